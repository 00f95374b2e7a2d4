#!/usr/bin/env bash
# The wasm test suite (tests/*.rs), once in Node and once in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${SWITCHBOARD_EMULATOR_URL:?run me through tests/scripts/with-emulator.sh}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120
[ $# -gt 0 ] || set -- --tests
echo "== wasm tests in Node"
cargo test --target wasm32-unknown-unknown "$@"
echo "== wasm tests in headless Chromium"
# chromedriver gives each test binary's Chromium a fresh profile under $TMPDIR (about 25 MB) and
# the runner's shutdown leaves it behind: keep them in one directory, removed when the run ends.
profiles=$(mktemp -d)
trap 'rm -rf "$profiles"' EXIT
TMPDIR=$profiles CHROMEDRIVER=$(command -v chromedriver) WASM_BINDGEN_USE_BROWSER=1 \
WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json \
  cargo test --target wasm32-unknown-unknown "$@"
