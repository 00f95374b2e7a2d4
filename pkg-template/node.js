// Entry for Node ≥ 20: the .wasm is read from disk (fetch cannot load a file: URL).
import { readFileSync } from "node:fs";
import { initSync } from "./wasm/switchboard.js";

export * from "./wasm/switchboard.js";

initSync({ module: readFileSync(new URL("./wasm/switchboard_bg.wasm", import.meta.url)) });

/** Already done when this module loads in Node; kept so the same code runs everywhere. */
export function init() {
  return Promise.resolve();
}
