// No bundler: a plain page imports the package's files with <script type="module">, and the
// browser console loads a per-back-end entry with a dynamic import().
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertTickets, browserApp, makeProject, openApp, perfexScope, serve } from "./helper.mjs";

const dir = await makeProject("html", {
  "index.html": `<!doctype html><title>plain</title><script type="module" src="./main.js"></script>`,
  "main.js": browserApp("./node_modules/switchboard/index.js"),
  "blank.html": `<!doctype html><title>console</title>`,
});
const origin = await serve(dir);

test("plain <script type=module>: the page calls the emulator with the full package", async () => {
  const scope = perfexScope();
  const { outcome, wasm, errors } = await openApp(`${origin}/?api=${encodeURIComponent(scope.baseUrl)}`);
  await assertTickets(outcome, scope);
  assert.deepEqual(wasm.map((u) => new URL(u).pathname), ["/node_modules/switchboard/wasm/full/switchboard_bg.wasm"]);
  assert.deepEqual(errors, []);
});

test("browser console: import() of switchboard/erp's file makes a call and fetches only the ERP wasm", async () => {
  const { page, wasm } = await openApp(`${origin}/index.html?api=${encodeURIComponent(perfexScope().baseUrl)}`);
  wasm.length = 0; // what the console does from here on
  const scope = perfexScope();
  const answer = await page.evaluate(async (erpUrl) => {
    const { init, ErpClient, isSwitchboardError } = await import("/node_modules/switchboard/erp/index.js");
    await init();
    const erp = new ErpClient({ baseUrl: erpUrl });
    try {
      return { first: await erp.login({ username: "demo@example.com", password: "erp-demo-1" }) };
    } catch (e) {
      return { error: isSwitchboardError(e) ? e.kind : String(e) };
    }
  }, scope.baseUrl.replace(/\/perfex$/, "/erp"));
  assert.equal(answer.error, undefined, `the call failed: ${answer.error}`);
  assert.equal(answer.first.step, "otp_required");
  assert.deepEqual(wasm.map((u) => new URL(u).pathname), ["/node_modules/switchboard/wasm/erp/switchboard_erp_bg.wasm"]);
});

test("browser console: a failed init() rejects, and the next init() loads the module", async () => {
  const { page } = await openApp(`${origin}/index.html?api=${encodeURIComponent(perfexScope().baseUrl)}`);
  const answer = await page.evaluate(async () => {
    const { init, PbxClient } = await import("/node_modules/switchboard/pbx/index.js");
    const failed = await init("/node_modules/switchboard/no-such.wasm").then(() => "loaded", () => "rejected");
    await init();
    const pbx = new PbxClient({ baseUrl: "https://pbx.example.com", username: "u", password: "p" });
    pbx.free();
    return { failed, again: await init().then(() => "same promise, resolved") };
  });
  assert.deepEqual(answer, { failed: "rejected", again: "same promise, resolved" });
});
