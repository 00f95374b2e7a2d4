// What the page puts on `window` for the browser console.
interface Window {
  /** The package's exports plus the live clients, e.g. `await switchboard.erp.viewCart()`. */
  switchboard: typeof import("/pkg/index.js") & {
    perfex?: import("/pkg/index.js").PerfexClient;
    erp?: import("/pkg/index.js").ErpClient;
  };
}
