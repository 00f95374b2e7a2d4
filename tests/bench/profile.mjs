// Summarises a Chrome DevTools CPU profile (Profiler.stop): self time per function and per stage.

/** Where a profile node's time goes, from its function name and script URL. */
function stageOf({ functionName, url }) {
  if (url.startsWith("wasm://") || url.endsWith(".wasm") || functionName.startsWith("wasm-function") || functionName.startsWith("$")) {
    return "wasm (Rust: read, decode, convert, serialize)";
  }
  if (url.includes("/pkg/wasm/switchboard.js")) return "JS glue (wasm-bindgen imports: objects, strings, fetch)";
  if (url.includes("/bench.js")) return "bench page";
  if (functionName === "(garbage collector)") return "garbage collector";
  if (functionName === "(program)" || functionName === "(idle)" || functionName === "(root)") return "idle / engine";
  if (functionName === "parse" && url === "") return "JSON.parse (native)";
  return `native: ${functionName || "(anonymous)"}`;
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
    if (stage === "idle / engine") continue;
    total += ms;
    const name = `${frame.functionName || "(anonymous)"} [${stage.split(" ")[0]}]`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byStage.set(stage, (byStage.get(stage) ?? 0) + ms);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { busyMs: total, stages: sorted(byStage), functions: sorted(byFunction).slice(0, top) };
}
