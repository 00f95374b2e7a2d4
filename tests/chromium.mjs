// Headless Chromium for the page, packaging and bench scripts: Debian's /usr/bin/chromium (or
// $CHROMIUM) with the flags this machine's closed network needs. playwright-core gives every
// launch a fresh, temporary --user-data-dir. The wasm tests' browser (tests/webdriver.json, for
// wasm-bindgen-test-runner) carries the same flags.
import { chromium } from "playwright-core";

/** The flags: no sandbox (root), no GPU, and none of Chromium's own calls home. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
  "--disable-quic"];

/** Starts headless Chromium. */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}
