// The measures of `make bench`, run inside headless Chromium by tests/bench/run.mjs. Each one
// works in its own emulator scope (the page is served by the emulator, so its origin is the
// emulator's) and returns raw samples; the driver does the statistics.
import { init, PerfexClient, isSwitchboardError } from "/pkg/index.js";
// The same module instance the package loaded: its `default` export hands back the wasm
// exports once initialised, which is how the memory measure reads the linear memory.
import initWasm from "/pkg/wasm/full/switchboard.js";

const wasmUrl = new URLSearchParams(location.search).get("wasm") ?? undefined;
await init(wasmUrl);
const wasm = await initWasm();

const API = "/customers_api/v1";
const ACCOUNT = { email: "ada@example.com", password: "perfex-demo-1" };

/** POSTs JSON to a control endpoint of `scope`. */
async function control(scope, endpoint, body = {}) {
  const answer = await fetch(`/s/${scope}/__emulator/${endpoint}`, { method: "POST", body: JSON.stringify(body) });
  if (!answer.ok) throw new Error(`${endpoint} ${JSON.stringify(body)}: HTTP ${answer.status} ${await answer.text()}`);
}

/**
 * A fresh scope whose Perfex customer has at least `tickets` tickets, a signed-in client, and
 * what a hand-written call needs to make the same request (URL and Authorization token).
 */
async function perfexSession(scope, tickets, clientOptions = {}) {
  await control(scope, "reset");
  const baseUrl = `${location.origin}/s/${scope}/perfex`;
  const client = new PerfexClient({ baseUrl, ...clientOptions });
  await client.login(ACCOUNT);
  const seeded = (await client.listTickets()).length;
  if (tickets > seeded) await control(scope, "seed", { backend: "perfex", tickets: tickets - seeded });
  const url = `${baseUrl}${API}/tickets`;
  const token = client.sessionToken();
  /** The hand-written baseline: the same GET with the same header, then JSON.parse. */
  const handWritten = async () => {
    const answer = await fetch(url, { headers: { Authorization: token } });
    if (answer.status !== 200) throw new Error(`baseline: HTTP ${answer.status}`);
    return JSON.parse(await answer.text()).data;
  };
  return { client, url, token, handWritten };
}

/**
 * Runs `a` and `b` `rounds` times each, interleaved (the order flips every round so neither
 * always goes first), after `warmup` untimed rounds. Returns the durations in ms.
 */
async function interleaved(rounds, warmup, a, b) {
  const times = { a: [], b: [] };
  for (let round = -warmup; round < rounds; round++) {
    const order = round % 2 === 0 ? ["a", "b"] : ["b", "a"];
    for (const which of order) {
      const run = which === "a" ? a : b;
      const start = performance.now();
      await run();
      const took = performance.now() - start;
      if (round >= 0) times[which].push(took);
    }
  }
  return times;
}

/** Throws unless `rows` is a list of `count` tickets with ids. */
function expectTickets(rows, count, who) {
  if (!Array.isArray(rows) || rows.length !== count || rows.some((t) => !(t.id ?? t.ticketid))) {
    throw new Error(`${who}: expected ${count} tickets, got ${Array.isArray(rows) ? rows.length : typeof rows}`);
  }
}

/** 1. Per-call overhead: a 50-row ticket list through the client vs fetch + JSON.parse. */
async function overhead({ scope, rows = 50, rounds = 300, warmup = 30 }) {
  const { client, handWritten } = await perfexSession(scope, rows);
  expectTickets(await client.listTickets(), rows, "switchboard");
  expectTickets(await handWritten(), rows, "baseline");
  const times = await interleaved(rounds, warmup, () => client.listTickets(), handWritten);
  return { rows, switchboardMs: times.a, baselineMs: times.b };
}

/**
 * 2. Decode throughput: a list answer of at least `bytes` bytes. Decode-only: the answer's bytes
 * are already in memory (fetch hands them straight back) and the client's whole path runs:
 * reading the body, decoding, building the typed objects; against JSON.parse of the same text.
 * End to end: both fetch the answer from the emulator.
 */
async function decode({ scope, bytes = 5_000_000, rounds = 31, warmup = 5, e2eRounds = 9 }) {
  const small = await perfexSession(scope, 50);
  const rowBytes = new TextEncoder().encode(JSON.stringify(await small.handWritten())).length / 50;
  const { client, url, token, handWritten } = await perfexSession(scope, Math.ceil(bytes / rowBytes) + 1);
  const body = new Uint8Array(await (await fetch(url, { headers: { Authorization: token } })).arrayBuffer());
  const text = new TextDecoder().decode(body);
  const rows = JSON.parse(text).data.length;
  expectTickets(await client.listTickets(), rows, "switchboard");

  // One Response per call, made before the clock starts: its body is the answer's bytes, so
  // the timed part starts where the network would have handed them over.
  const answers = Array.from({ length: rounds + warmup + 1 }, () => new Response(body, {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Length": String(body.length) },
  }));
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => answers.pop();
  let decodeOnly;
  try {
    expectTickets(await client.listTickets(), rows, "switchboard (in memory)");
    decodeOnly = await interleaved(rounds, warmup, () => client.listTickets(), async () => JSON.parse(text));
  } finally {
    globalThis.fetch = realFetch;
  }
  const e2e = await interleaved(e2eRounds, 1, () => client.listTickets(), handWritten);
  return {
    rows, bytes: body.length,
    switchboardMs: decodeOnly.a, jsonParseMs: decodeOnly.b,
    e2eSwitchboardMs: e2e.a, e2eBaselineMs: e2e.b,
  };
}

/** The decode-only loop alone, for the CPU profile the driver records around it. */
async function decodeLoop({ scope, bytes = 5_000_000, rounds = 10 }) {
  const small = await perfexSession(scope, 50);
  const rowBytes = new TextEncoder().encode(JSON.stringify(await small.handWritten())).length / 50;
  const { client, url, token } = await perfexSession(scope, Math.ceil(bytes / rowBytes) + 1);
  const body = new Uint8Array(await (await fetch(url, { headers: { Authorization: token } })).arrayBuffer());
  const answers = Array.from({ length: rounds + 1 }, () => new Response(body, { status: 200, headers: { "Content-Type": "application/json" } }));
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => answers.pop();
  try {
    await client.listTickets(); // warm
    await window.startProfile?.();
    for (let i = 0; i < rounds; i++) await client.listTickets();
  } finally {
    globalThis.fetch = realFetch;
  }
  return { bytes: body.length };
}

/** 3. Concurrency: `calls` calls started at once (lists and single tickets) all settle correctly. */
async function concurrency({ scope, calls = 1000 }) {
  const { client } = await perfexSession(scope, 50);
  const list = await client.listTickets();
  const start = performance.now();
  const outcomes = await Promise.allSettled(Array.from({ length: calls }, (_, i) =>
    i % 2 === 0 ? client.listTickets() : client.getTicket(list[i % list.length].id)));
  const ms = performance.now() - start;
  let correct = 0;
  const problems = new Set();
  outcomes.forEach((outcome, i) => {
    if (outcome.status === "rejected") return problems.add(String(outcome.reason?.message ?? outcome.reason));
    const value = outcome.value;
    const expected = list[i % list.length];
    const ok = i % 2 === 0
      ? value.length === list.length && value.every((t, k) => t.id === list[k].id)
      : value.id === expected.id && value.subject === expected.subject;
    if (ok) correct++;
    else problems.add(`call ${i}: wrong result`);
  });
  return { calls, settled: outcomes.length, fulfilled: outcomes.filter((o) => o.status === "fulfilled").length, correct, ms, problems: [...problems].slice(0, 5) };
}

/** The wasm linear memory, in bytes. */
function wasmMemory() {
  return wasm.memory.buffer.byteLength;
}

let memoryRun;

/**
 * 4. Memory: prepares a run of successful calls (`kind: "success"`: 50-row lists) or failing
 * ones (`kind: "failure"`: half refused before sending for bad input, half answered by
 * injected faults: 503, invalid JSON, an HTML page, a 500 with a body). `memoryStep` then makes
 * calls `batch` at a time.
 */
async function memoryPrepare({ scope, kind, total = 10_000 }) {
  const { client } = await perfexSession(scope, 50, { retries: 0 });
  if (kind === "failure") {
    const faults = [
      { kind: "status", status: 503 },
      { kind: "malformed" },
      { kind: "html" },
      { kind: "status", status: 500, body: "{\"status\":false,\"message\":\"Database error\"}" },
    ];
    const times = Math.ceil(total / 2 / faults.length) + 1;
    for (const fault of faults) await control(scope, "faults", { match: "/tickets", times, ...fault });
  }
  let n = 0;
  const badInput = [() => client.getTicket(-1), () => client.getTicket({}), () => client.listTickets({ timeoutMs: -5 }), () => client.getTicket("")];
  const success = async () => expectTickets(await client.listTickets(), 50, "memory run");
  const failure = async () => {
    const i = n++;
    const call = i % 2 === 0 ? badInput[(i / 2) % badInput.length] : () => client.listTickets();
    try {
      await call();
    } catch (e) {
      if (isSwitchboardError(e)) return e.kind;
      throw e;
    }
    throw new Error(`call ${i} should have failed`);
  };
  memoryRun = { call: kind === "success" ? success : failure, kinds: {} };
  return { wasmBytes: wasmMemory() };
}

/** Makes `count` calls of the prepared memory run, `batch` at once; answers the wasm memory. */
async function memoryStep({ count, batch = 10 }) {
  for (let done = 0; done < count; done += batch) {
    const results = await Promise.all(Array.from({ length: Math.min(batch, count - done) }, () => memoryRun.call()));
    for (const kind of results) if (kind) memoryRun.kinds[kind] = (memoryRun.kinds[kind] ?? 0) + 1;
  }
  return { wasmBytes: wasmMemory(), errorKinds: memoryRun.kinds };
}

window.bench = { overhead, decode, decodeLoop, concurrency, memoryPrepare, memoryStep };
document.body.dataset.ready = "";
