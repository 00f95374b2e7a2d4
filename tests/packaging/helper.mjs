// Shared by the packaging tests: fresh temporary projects that install the packed tarball, the
// tools from the repository's node_modules, a static server, headless Chromium, and the one
// real call every target makes. Run through tests/scripts/packaging-tests.sh.
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { launchChromium } from "../chromium.mjs";

export const EMU = process.env.SWITCHBOARD_EMULATOR_URL ?? "";
export const TARBALL = process.env.SWITCHBOARD_TARBALL ?? "";
if (!EMU || !TARBALL) throw new Error("run me through tests/scripts/packaging-tests.sh");
const ROOT = new URL("../../", import.meta.url).pathname;
/** The built package (pkg/): the wasm files the tests compare against. */
export const PKG = join(ROOT, "pkg");

/** The repository's own copy of a tool (vite, webpack, tsc): temp projects install nothing else. */
export const bin = (name) => join(ROOT, "node_modules", ".bin", name);

/** Runs a command; on failure the error carries its output. Resolves to stdout. */
export async function run(cmd, args, options = {}) {
  try {
    const { stdout } = await promisify(execFile)(cmd, args, { maxBuffer: 1 << 24, ...options });
    return stdout;
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`, { cause: e });
  }
}

/**
 * A fresh project in the system's temp directory with `files` ({path: text}) and the tarball
 * installed offline (the package has no dependencies); removed after the test file.
 */
export async function makeProject(name, files) {
  const dir = await mkdtemp(join(tmpdir(), `switchboard-${name}-`));
  after(() => rm(dir, { recursive: true, force: true }));
  const all = { "package.json": JSON.stringify({ name: `try-${name}`, private: true, type: "module" }), ...files };
  for (const [path, text] of Object.entries(all)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", TARBALL], { cwd: dir });
  return dir;
}

/** A fresh emulator scope's Perfex base URL, and a way to read what that scope received. */
export function perfexScope() {
  const scope = `pkg-${randomUUID().slice(0, 8)}`;
  return {
    baseUrl: `${EMU}/s/${scope}/perfex`,
    requests: async () => (await fetch(`${EMU}/s/${scope}/__emulator/requests`)).json(),
  };
}

/**
 * The app every target builds: signs in to Perfex with the emulator's seed contact and lists
 * the tickets, through `specifier` ("switchboard" or an entry such as "switchboard/perfex").
 * `report` is a statement given `outcome` ({subjects} or {error}); `baseUrl` an expression.
 */
export function appSource(specifier, { baseUrl, report }) {
  return `import { init, PerfexClient, isSwitchboardError } from ${JSON.stringify(specifier)};

async function main() {
  await init();
  const perfex = new PerfexClient({ baseUrl: ${baseUrl} });
  await perfex.login({ email: "ada@example.com", password: "perfex-demo-1" });
  const tickets = await perfex.listTickets();
  return { subjects: tickets.map((t) => t.subject) };
}

main().then(
  (outcome) => { ${report} },
  (e) => { const outcome = { error: isSwitchboardError(e) ? \`\${e.kind}: \${e.message}\` : String(e) }; ${report} },
);
`;
}

/** In a browser page: the outcome goes to <body data-outcome>. */
export const browserApp = (specifier) =>
  appSource(specifier, {
    baseUrl: `new URLSearchParams(location.search).get("api")`,
    report: `document.body.dataset.outcome = JSON.stringify(outcome);`,
  });

/** Asserts an outcome is the seed contact's tickets and that the emulator really answered them. */
export async function assertTickets(outcome, scope) {
  assert.equal(outcome.error, undefined, `the call failed: ${outcome.error}`);
  assert.ok(outcome.subjects.length > 0, "the seed contact has tickets");
  for (const s of outcome.subjects) assert.equal(typeof s, "string");
  const log = await scope.requests();
  assert.ok(log.some((r) => r.method === "GET" && r.path === "/perfex/customers_api/v1/tickets"),
    "the emulator received the ticket list request");
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm" };

/** Serves `dir` over HTTP on a free port (as a host would); resolves to its origin. */
export async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  after(() => server.close());
  return `http://127.0.0.1:${server.address().port}`;
}

/** A port that was free a moment ago, for a tool that wants one named. */
export async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, "127.0.0.1", ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/**
 * Resolves once `origin` answers HTTP; rejects if `child` exits first or 30 s pass, with what the
 * child printed (`printed()`).
 */
export async function waitForServer(origin, child, printed) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${printed()}`);
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 200));
    }
  }
  throw new Error(`${origin} did not answer within 30 s:\n${printed()}`);
}

/** @type {import("playwright-core").Browser} */
let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

/**
 * Opens `url` in headless Chromium and waits for the app's outcome. Resolves to the outcome,
 * the page, the URLs of every .wasm the page fetched and the page's errors.
 */
export async function openApp(url) {
  const page = await (await browser.newContext()).newPage();
  const wasm = [];
  const errors = [];
  page.on("request", (r) => { if (new URL(r.url()).pathname.endsWith(".wasm")) wasm.push(r.url()); });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-outcome]", { state: "attached", timeout: 30_000 });
  const outcome = JSON.parse(await page.evaluate(() => document.body.dataset.outcome ?? "{}"));
  return { outcome, page, wasm, errors };
}

/** Every file below `dir` (relative paths). */
export async function listFiles(dir) {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name).slice(dir.length + 1));
}

/** The package's .wasm files by entry ("full", "erp", …; pkg/wasm/<entry>/*.wasm), as bytes. */
export async function packageWasm() {
  const entries = await readdir(join(PKG, "wasm"));
  return Object.fromEntries(await Promise.all(entries.map(async (entry) => {
    const [file] = (await readdir(join(PKG, "wasm", entry))).filter((f) => f.endsWith(".wasm"));
    return [entry, await readFile(join(PKG, "wasm", entry, file))];
  })));
}

/** Which entry's module these bytes are, or undefined. */
export async function whichWasm(bytes) {
  for (const [entry, wasm] of Object.entries(await packageWasm())) if (Buffer.compare(wasm, bytes) === 0) return entry;
  return undefined;
}
