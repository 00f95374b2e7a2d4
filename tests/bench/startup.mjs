// Start-up and size of every entry the package exports (read from pkg/package.json, so entries
// added later are measured too): time to import and init it in a fresh Chromium page and in a
// fresh Node process, and the gzip size of the files the browser loaded for it.
import { readFile } from "node:fs/promises";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { summary } from "./stats.mjs";

const run = promisify(execFile);
const PKG = new URL("../../pkg/", import.meta.url);

/** The file a condition map (or a plain string) resolves to for `conditions`, in order. */
function resolve(target, conditions) {
  if (typeof target === "string") return target;
  if (!target || typeof target !== "object") return undefined;
  for (const condition of conditions) {
    if (condition in target) return resolve(target[condition], conditions);
  }
  return undefined;
}

/** The package's JS entries: `{ name, browser, node }` (paths relative to pkg/). */
export async function packageEntries() {
  const manifest = JSON.parse(await readFile(new URL("package.json", PKG), "utf8"));
  const exportsMap = typeof manifest.exports === "string" ? { ".": manifest.exports } : manifest.exports;
  const isJs = (file) => typeof file === "string" && /\.(m?js)$/.test(file);
  return Object.entries(exportsMap)
    .map(([name, target]) => ({
      name: name === "." ? manifest.name : `${manifest.name}${name.slice(1)}`,
      browser: resolve(target, ["browser", "import", "default"]),
      node: resolve(target, ["node", "import", "default"]),
    }))
    .filter((entry) => isJs(entry.browser) || isJs(entry.node));
}

/** Raw and gzip (level 9) bytes of the pkg/ files behind `urls` (paths under /pkg/). */
async function sizes(paths) {
  const files = [];
  for (const path of [...paths].sort()) {
    const bytes = await readFile(new URL(path.replace(/^\/pkg\//, ""), PKG));
    files.push({ path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  const sum = (filter, key) => files.filter(filter).reduce((total, f) => total + f[key], 0);
  const isWasm = (f) => f.path.endsWith(".wasm");
  return {
    files,
    wasmGzip: sum(isWasm, "gzip"),
    jsGzip: sum((f) => !isWasm(f), "gzip"),
    totalGzip: sum(() => true, "gzip"),
    totalRaw: sum(() => true, "raw"),
  };
}

/** Import + init of `entry` in `rounds` fresh browser contexts; the files it loaded. */
async function browserStartup(browser, emulator, entry, rounds) {
  const samples = { importMs: [], initMs: [], totalMs: [] };
  const loaded = new Set();
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${emulator}/blank.html`);
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith("/pkg/")) loaded.add(path);
    });
    const timing = await page.evaluate(async (url) => {
      const start = performance.now();
      const module = await import(url);
      const imported = performance.now();
      if (typeof module.init === "function") await module.init();
      const ready = performance.now();
      return { importMs: imported - start, initMs: ready - imported, totalMs: ready - start };
    }, `/pkg/${entry.browser.replace(/^\.\//, "")}`);
    for (const key of Object.keys(samples)) samples[key].push(timing[key]);
    await context.close();
  }
  return { samples, loaded };
}

/** Import + init of `entry` in `rounds` fresh Node processes (ms). */
async function nodeStartup(entry, rounds) {
  const file = new URL(entry.node.replace(/^\.\//, ""), PKG).href;
  const script = `const start = performance.now(); const m = await import(${JSON.stringify(file)});
    if (typeof m.init === "function") await m.init(); console.log(performance.now() - start);`;
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script]);
    samples.push(Number(stdout.trim()));
  }
  return samples;
}

/** Start-up times and sizes of every entry. */
export async function measureStartup(browser, emulator, { rounds = 9 } = {}) {
  const results = [];
  for (const entry of await packageEntries()) {
    const result = { entry: entry.name, browserFile: entry.browser, nodeFile: entry.node };
    if (entry.browser) {
      const { samples, loaded } = await browserStartup(browser, emulator, entry, rounds);
      result.browser = { samples, totalMs: summary(samples.totalMs), initMs: summary(samples.initMs) };
      result.size = await sizes(loaded);
    }
    if (entry.node) {
      const samples = await nodeStartup(entry, rounds);
      result.node = { samples, totalMs: summary(samples) };
    }
    results.push(result);
  }
  return results;
}
