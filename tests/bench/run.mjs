// `make bench`: drives tests/bench/page/ in headless Chromium against the emulator, prints a
// table and writes target/bench.json. Run through tests/scripts/bench.sh (it builds the page
// root and starts the emulator). See tests/bench/README.md for what each measure does.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import { randomUUID } from "node:crypto";
import { launchChromium } from "../chromium.mjs";
import { interleavedRatio, summary } from "./stats.mjs";
import { summarizeProfile } from "./profile.mjs";
import { measureStartup } from "./startup.mjs";

const EMU = process.env.SWITCHBOARD_EMULATOR_URL ?? "";
if (!EMU) throw new Error("run me through tests/scripts/bench.sh (SWITCHBOARD_EMULATOR_URL is not set)");
const OUT = new URL("../../target/bench.json", import.meta.url);
const TARGETS = { overhead_ratio: 1.15, decode_ratio: 3, memory_ratio: 1.5 };
const RUN = randomUUID().slice(0, 8);
/** How many decode calls the CPU profile covers. */
const PROFILED_CALLS = 10;

const browser = await launchChromium();

/** A fresh context with the bench page loaded (`query` picks e.g. the named wasm). */
async function openBench(query = "") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${EMU}/index.html${query}`);
  await page.waitForSelector("body[data-ready]", { state: "attached", timeout: 30_000 }).catch(() => {
    throw new Error(`the bench page did not load: ${errors.join("; ") || "no error reported"}`);
  });
  const measure = (name, args) => page.evaluate(([n, a]) => window.bench[n](a), [name, { scope: `bench-${RUN}-${name}`, ...args }]);
  return { context, page, measure };
}

/** Runs `fn` with a fresh bench page, closing it after. */
async function withBench(fn, query) {
  const bench = await openBench(query);
  try {
    return await fn(bench);
  } finally {
    await bench.context.close();
  }
}

function log(line) {
  process.stderr.write(`bench: ${line}\n`);
}

async function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: browser.version(),
    node: process.version,
    switchboard: JSON.parse(await readFile(new URL("../../pkg/package.json", import.meta.url), "utf8")).version,
    date: new Date().toISOString(),
    // Other work on the machine (1, 5, 15 min) when the run started; the ratios are interleaved
    // so they hold up under it, the absolute times do not.
    loadAverage: os.loadavg(),
  };
}

/** Wasm memory after each checkpoint of a 10,000-call memory run (a fresh page per run). */
async function memoryRun(kind) {
  return withBench(async ({ page, context, measure }) => {
    const cdp = await context.newCDPSession(page);
    const jsHeap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    await measure("memoryPrepare", { kind });
    const checkpoints = [];
    let calls = 0;
    for (const step of [100, 900, ...Array(9).fill(1000)]) {
      const { wasmBytes, errorKinds } = await page.evaluate((count) => window.bench.memoryStep({ count }), step);
      calls += step;
      checkpoints.push({ calls, wasmBytes, jsHeapBytes: await jsHeap(), errorKinds });
    }
    const first = checkpoints[0];
    const last = checkpoints.at(-1);
    return {
      kind, checkpoints,
      wasmRatio: last.wasmBytes / first.wasmBytes,
      jsHeapRatio: last.jsHeapBytes / first.jsHeapBytes,
      errorKinds: last.errorKinds,
    };
  });
}

/** A CPU profile of the decode-only loop, with the wasm's function names when available. */
async function decodeProfile() {
  const named = process.env.BENCH_NAMED_WASM ?? "";
  return withBench(async ({ page, context, measure }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await page.exposeFunction("startProfile", () => cdp.send("Profiler.start"));
    const { bytes } = await measure("decodeLoop", { rounds: PROFILED_CALLS });
    const { profile } = await cdp.send("Profiler.stop");
    return { namedWasm: Boolean(named), calls: PROFILED_CALLS, bytes, ...summarizeProfile(profile) };
  }, named ? `?wasm=${encodeURIComponent(named)}` : "");
}

const results = { machine: await machine(), targets: TARGETS };

log("1/6 per-call overhead (50-row ticket list, interleaved)");
const overhead = await withBench(({ measure }) => measure("overhead", {}));
results.overhead = {
  rows: overhead.rows,
  switchboardMs: summary(overhead.switchboardMs),
  baselineMs: summary(overhead.baselineMs),
  ratio: interleavedRatio(overhead.switchboardMs, overhead.baselineMs),
  samples: { switchboardMs: overhead.switchboardMs, baselineMs: overhead.baselineMs },
};

log("2/6 decode throughput (5 MB ticket list)");
const decode = await withBench(({ measure }) => measure("decode", {}));
results.decode = {
  rows: decode.rows,
  bytes: decode.bytes,
  switchboardMs: summary(decode.switchboardMs),
  jsonParseMs: summary(decode.jsonParseMs),
  ratio: interleavedRatio(decode.switchboardMs, decode.jsonParseMs),
  switchboardMBps: decode.bytes / 1e6 / (summary(decode.switchboardMs).median / 1000),
  e2e: {
    switchboardMs: summary(decode.e2eSwitchboardMs),
    baselineMs: summary(decode.e2eBaselineMs),
    ratio: interleavedRatio(decode.e2eSwitchboardMs, decode.e2eBaselineMs),
  },
  samples: { switchboardMs: decode.switchboardMs, jsonParseMs: decode.jsonParseMs, e2eSwitchboardMs: decode.e2eSwitchboardMs, e2eBaselineMs: decode.e2eBaselineMs },
};

log("3/6 decode CPU profile");
results.decodeProfile = await decodeProfile();

log("4/6 concurrency (1,000 calls at once)");
results.concurrency = await withBench(({ measure }) => measure("concurrency", { calls: 1000 }));

log("5/6 memory (10,000 successful calls, 10,000 failing calls)");
results.memory = { success: await memoryRun("success"), failure: await memoryRun("failure") };

log("6/6 start-up and size of every package entry");
results.startup = await measureStartup(browser, EMU);
await browser.close();
results.machine.loadAverageAtEnd = os.loadavg();

results.overhead_ratio = results.overhead.ratio.median;
results.decode_ratio = results.decode.ratio.median;
results.memory_ratio = Math.max(results.memory.success.wasmRatio, results.memory.failure.wasmRatio);
results.concurrency_ok = results.concurrency.correct === results.concurrency.calls;

await mkdir(new URL(".", OUT), { recursive: true });
await writeFile(OUT, `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
console.log(`\nraw figures: target/bench.json`);

function printTable(r) {
  const ms = (v) => `${v.toFixed(2)} ms`;
  const x = (v) => `${v.toFixed(2)}x`;
  const kb = (v) => `${(v / 1024).toFixed(1)} KiB`;
  const mib = (v) => `${(v / 2 ** 20).toFixed(2)} MiB`;
  const verdict = (value, target) => (value <= target ? "meets" : "MISSES");
  const m = r.machine;
  console.log(`Switchboard ${m.switchboard} — ${m.cpuModel}, ${m.cores} cores, Chromium ${m.chromium}, Node ${m.node}\n`);
  const rows = [
    ["measure", "switchboard", "baseline", "ratio", "target", ""],
    [`overhead: ${r.overhead.rows}-row list (median of ${r.overhead.switchboardMs.n})`, ms(r.overhead.switchboardMs.median), ms(r.overhead.baselineMs.median), x(r.overhead_ratio), "<= 1.15", verdict(r.overhead_ratio, 1.15)],
    [`decode: ${(r.decode.bytes / 1e6).toFixed(1)} MB, ${r.decode.rows} rows, bytes in memory`, ms(r.decode.switchboardMs.median), ms(r.decode.jsonParseMs.median), x(r.decode_ratio), "<= 3", verdict(r.decode_ratio, 3)],
    [`decode end to end (vs fetch + JSON.parse)`, ms(r.decode.e2e.switchboardMs.median), ms(r.decode.e2e.baselineMs.median), x(r.decode.e2e.ratio.median), "", ""],
    [`concurrency: ${r.concurrency.calls} calls at once`, `${r.concurrency.correct} correct`, `${ms(r.concurrency.ms)} total`, "", "all", r.concurrency_ok ? "meets" : "MISSES"],
    ...["success", "failure"].map((kind) => {
      const run = r.memory[kind];
      const first = run.checkpoints[0];
      const last = run.checkpoints.at(-1);
      return [`memory: wasm after ${last.calls} ${kind === "success" ? "successful" : "failing"} calls vs first ${first.calls}`, mib(last.wasmBytes), mib(first.wasmBytes), x(run.wasmRatio), "<= 1.5", verdict(run.wasmRatio, 1.5)];
    }),
  ];
  const startRows = [["entry", "browser import+init", "node import+init", "wasm gzip", "JS gzip", "total gzip"]];
  for (const e of r.startup) {
    startRows.push([e.entry, e.browser ? ms(e.browser.totalMs.median) : "-", e.node ? ms(e.node.totalMs.median) : "-",
      e.size ? kb(e.size.wasmGzip) : "-", e.size ? kb(e.size.jsGzip) : "-", e.size ? kb(e.size.totalGzip) : "-"]);
  }
  const stageRows = [["decode profile: stage (self time)", "ms per call", "share"],
    ...r.decodeProfile.stages.map((s) => [s.name, (s.ms / r.decodeProfile.calls).toFixed(1), `${(s.share * 100).toFixed(1)}%`])];
  for (const table of [rows, stageRows, startRows]) {
    const widths = table[0].map((_, c) => Math.max(...table.map((row) => String(row[c]).length)));
    for (const [i, row] of table.entries()) {
      console.log(row.map((cell, c) => String(cell).padEnd(widths[c])).join("  ").trimEnd());
      if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
    }
    console.log("");
  }
}
