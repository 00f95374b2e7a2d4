// Entry for Node ≥ 20: the .wasm is read from disk (fetch cannot load a file: URL).
import { readFileSync } from "node:fs";
import { initSync } from "./wasm/full/switchboard.js";

export * from "./wasm/full/switchboard.js";

initSync({ module: readFileSync(new URL("./wasm/full/switchboard_bg.wasm", import.meta.url)) });

/** Already done when this module loads in Node; kept so the same code runs everywhere. */
export function init() {
  return Promise.resolve();
}
