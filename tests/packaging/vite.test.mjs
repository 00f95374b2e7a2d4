// A Vite app with no configuration imports one back end ("switchboard/perfex"): the production
// build and the dev server both make the call, and neither carries or fetches another back end's wasm.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { assertTickets, bin, browserApp, freePort, waitForServer, listFiles, makeProject, openApp, perfexScope, run, serve, whichWasm } from "./helper.mjs";

const dir = await makeProject("vite", {
  "index.html": `<!doctype html><title>vite</title><script type="module" src="/main.js"></script>`,
  "main.js": browserApp("switchboard/perfex"),
});

test("vite build: the app calls the emulator, and the output holds only the perfex wasm", async () => {
  await run(bin("vite"), ["build", "--logLevel", "warn"], { cwd: dir });
  const dist = join(dir, "dist");
  const wasmFiles = (await listFiles(dist)).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasmFiles.length, 1, `one .wasm in the build output: ${wasmFiles}`);
  assert.equal(await whichWasm(await readFile(join(dist, wasmFiles[0]))), "perfex");

  const scope = perfexScope();
  const { outcome, wasm, errors } = await openApp(`${await serve(dist)}/?api=${encodeURIComponent(scope.baseUrl)}`);
  await assertTickets(outcome, scope);
  assert.equal(wasm.length, 1, `the page fetched one .wasm: ${wasm}`);
  assert.deepEqual(errors, []);
});

test("vite dev server: the app calls the emulator and fetches only the perfex wasm", async () => {
  const port = String(await freePort());
  const server = spawn(bin("vite"), ["--host", "127.0.0.1", "--port", port, "--strictPort", "--clearScreen", "false"],
    { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
  after(() => server.kill());
  let printed = "";
  server.stdout.on("data", (chunk) => { printed += chunk; });
  server.stderr.on("data", (chunk) => { printed += chunk; });
  // Wait for the port we named to answer rather than reading Vite's banner: its wording and
  // colours vary (with CI set, the port is printed bold, between escape codes).
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin, server, () => printed);

  const scope = perfexScope();
  const { outcome, wasm, errors } = await openApp(`${origin}/?api=${encodeURIComponent(scope.baseUrl)}`);
  await assertTickets(outcome, scope);
  assert.equal(wasm.length, 1, `the page fetched one .wasm: ${wasm}`);
  const served = Buffer.from(await (await fetch(wasm[0])).arrayBuffer());
  assert.equal(await whichWasm(served), "perfex");
  assert.deepEqual(errors, []);
});
