#!/usr/bin/env bash
# `make bench`: the page root target/bench-www/ (tests/bench/page/ plus a copy of the package's
# wasm that keeps its function names, for the CPU profile), then tests/bench/run.mjs against the
# emulator, which serves that root instead of www/ (WWW_DIR). Expects `make pkg` to have run.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=target/bench-www
wasm=target/pkg-wasm/full.cargo.wasm
mkdir -p "$root/named"
cp tests/bench/page/* "$root/"
# The same wasm-bindgen output as pkg/ (so pkg/'s glue fits it), optimised the same way but with
# the name section kept (-g): the profile then shows Rust function names, and the same short import
# and export names. Redone when the wasm build is newer.
if [ "$wasm" -nt "$root/named/switchboard_bg.wasm" ]; then
  tests/scripts/optimize-module.sh "$wasm" "$root/named" switchboard --named
fi
# pkg/ ships its glue minified; its source map holds the glue as wasm-bindgen wrote it.
node -e 'const fs = require("fs"), [glue, map] = process.argv.slice(1);
  process.exit(JSON.parse(fs.readFileSync(map, "utf8")).sourcesContent[0] === fs.readFileSync(glue, "utf8") ? 0 : 1)' \
  "$root/named/switchboard.js" pkg/wasm/full/switchboard.js.map ||
  { echo "bench: pkg/ is older than the wasm build; run make pkg" >&2; exit 1; }
export WWW_DIR=$PWD/$root BENCH_NAMED_WASM=/named/switchboard_bg.wasm
tests/scripts/with-emulator.sh node tests/bench/run.mjs
