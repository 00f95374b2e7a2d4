// A webpack 5 app with no configuration imports the full package ("switchboard"): the build
// carries the full wasm as an asset, and the page makes the call.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assertTickets, bin, browserApp, listFiles, makeProject, openApp, perfexScope, run, serve, whichWasm } from "./helper.mjs";

const dir = await makeProject("webpack", { "src/index.js": browserApp("switchboard") });

test("webpack 5 build: the app calls the emulator with the full package", async () => {
  await run(bin("webpack"), ["--mode", "production"], { cwd: dir });
  const dist = join(dir, "dist");
  await writeFile(join(dist, "index.html"), `<!doctype html><title>webpack</title><script src="main.js"></script>`);
  const wasmFiles = (await listFiles(dist)).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasmFiles.length, 1, `one .wasm in the build output: ${wasmFiles}`);
  assert.equal(await whichWasm(await readFile(join(dist, wasmFiles[0]))), "full");

  const scope = perfexScope();
  const { outcome, wasm, errors } = await openApp(`${await serve(dist)}/?api=${encodeURIComponent(scope.baseUrl)}`);
  await assertTickets(outcome, scope);
  assert.equal(wasm.length, 1, `the page fetched one .wasm: ${wasm}`);
  assert.deepEqual(errors, []);
});
