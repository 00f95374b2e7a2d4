// A Node ESM script imports the package (its "node" entry reads the .wasm from disk) and makes
// the call, through the full package and through a per-back-end entry.
import { test } from "node:test";
import { assertTickets, appSource, makeProject, perfexScope, run } from "./helper.mjs";

const report = `console.log(JSON.stringify(outcome));`;
const baseUrl = `process.env.PERFEX_URL`;
const dir = await makeProject("node", {
  "full.js": appSource("switchboard", { baseUrl, report }),
  "perfex.js": appSource("switchboard/perfex", { baseUrl, report }),
});

for (const script of ["full.js", "perfex.js"]) {
  test(`node ${script}: the script calls the emulator`, async () => {
    const scope = perfexScope();
    const stdout = await run(process.execPath, [script], { cwd: dir, env: { ...process.env, PERFEX_URL: scope.baseUrl } });
    await assertTickets(JSON.parse(stdout), scope);
  });
}
