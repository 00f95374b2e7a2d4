// Entry for browsers and bundlers (Vite, webpack): `await init()` once, then use the clients.
import initWasm from "./wasm/full/switchboard.js";

export * from "./wasm/full/switchboard.js";

let ready;

/**
 * Loads the WebAssembly module; call (and await) it once before using a client. Calling it
 * again returns the same promise; after a failed load (the promise rejected), the next call
 * tries again. `module` may be a URL, a Response, bytes or a compiled module; by default the
 * .wasm beside this file is fetched.
 */
export function init(module) {
  ready ??= initWasm(module === undefined ? undefined : { module_or_path: module }).then(
    () => undefined,
    (error) => {
      ready = undefined;
      throw error;
    },
  );
  return ready;
}
