// A strict TypeScript project (strict, skipLibCheck false, noUncheckedIndexedAccess) compiles the
// type tests (tests/types/*.ts) against the installed tarball, under both module resolutions a
// consumer uses; the deliberate misuse, without its @ts-expect-error directives, fails on every line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { bin, makeProject, run } from "./helper.mjs";

const TYPES = new URL("../types/", import.meta.url);
const sources = (await readdir(TYPES)).filter((f) => f.endsWith(".ts"));
const files = Object.fromEntries(await Promise.all(sources.map(async (f) => [f, await readFile(new URL(f, TYPES), "utf8")])));

// The repository's tsconfig for tests/types, without the `paths` that point at pkg/.
const { compilerOptions } = JSON.parse(await readFile(new URL("tsconfig.json", TYPES), "utf8"));
delete compilerOptions.paths;
const tsconfig = (resolution, names) => JSON.stringify({ compilerOptions: { ...compilerOptions, ...resolution }, files: names });
const RESOLUTIONS = {
  bundler: { module: "es2022", moduleResolution: "bundler" },
  nodenext: { module: "nodenext", moduleResolution: "nodenext" },
};

// misuse.ts with every `// @ts-expect-error` line removed: the line after each must be an error.
const misuse = files["misuse.ts"].split("\n");
const misuseLines = misuse.flatMap((line, i) => (/^\s*\/\/ @ts-expect-error/.test(line) ? [i + 1 - misuse.slice(0, i).filter((l) => /^\s*\/\/ @ts-expect-error/.test(l)).length] : []));
const bare = misuse.filter((line) => !/^\s*\/\/ @ts-expect-error/.test(line)).join("\n");

const dir = await makeProject("typescript", {
  ...files,
  "bare-misuse.ts": bare,
  ...Object.fromEntries(Object.entries(RESOLUTIONS).map(([name, r]) => [`tsconfig.${name}.json`, tsconfig(r, sources)])),
  "tsconfig.bare.json": tsconfig(RESOLUTIONS.bundler, ["bare-misuse.ts"]),
});

for (const name of Object.keys(RESOLUTIONS)) {
  test(`tsc (${name} resolution): ${sources.join(", ")} compile against the installed package`, async () => {
    await run(bin("tsc"), ["-p", `tsconfig.${name}.json`], { cwd: dir });
  });
}

test("tsc: each deliberate misuse is a compile error", async () => {
  const failure = await run(bin("tsc"), ["-p", "tsconfig.bare.json"], { cwd: dir }).then(() => undefined, (e) => e.message);
  assert.ok(failure, "the misuse compiled");
  const errorLines = new Set([...failure.matchAll(/bare-misuse\.ts\((\d+),\d+\): error TS/g)].map((m) => Number(m[1])));
  assert.deepEqual([...errorLines].sort((a, b) => a - b), misuseLines);
});
