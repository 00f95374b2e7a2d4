// Summarises a Chrome DevTools CPU profile (Profiler.stop): self time per function and per stage
// of a call (read the body, decode the JSON, convert, build the JS objects).

/** The stages of a call, each with the function names (wasm or JS) that belong to it; first match wins. */
const STAGES = [
  ["read body (stream → wasm memory)", /Transport|read_body|^read$|^Response$|copy_to|memcpy|memset|memmove/],
  ["parse JSON (core::json, kept keys only)", /core::json::parse|plain_run|from_utf8|Keep|Cow|memcmp|PartialEq/],
  ["convert rows to the caller's records", /perfex::|erp::|pbx::|neucrm::|core::record|core::json::value|ToJson|From<|convert|clone/],
  ["build JS objects (JSON text → JSON.parse)", /write_json|write_quoted|js_of|JSON|^parse$|externref|__wbg|__wbindgen|getStringFromWasm|decodeText|^decode$|wasm-to-js|passStringToWasm/],
  ["allocator", /talc|alloc|free|realloc/],
  ["garbage collector", /^\(garbage collector\)$/],
];

/** Where a profile node's time goes, from its function name (idle time is left out). */
function stageOf({ functionName }) {
  if (["(program)", "(idle)", "(root)"].includes(functionName)) return undefined;
  return STAGES.find(([, pattern]) => pattern.test(functionName))?.[0] ?? "other";
}

/**
 * Self time (ms) per function (top `top`) and per stage. Sample times come from `timeDeltas`;
 * each sample's time goes to the node it was taken in.
 */
export function summarizeProfile(profile, top = 25) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map();
  const byStage = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = nodes.get(id).callFrame;
    const stage = stageOf(frame);
    if (!stage) continue;
    total += ms;
    const name = `${frame.functionName || "(anonymous)"}${frame.url.includes(".wasm") || frame.url.startsWith("wasm") ? " [wasm]" : ""}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byStage.set(stage, (byStage.get(stage) ?? 0) + ms);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { busyMs: total, stages: sorted(byStage), functions: sorted(byFunction).slice(0, top) };
}
