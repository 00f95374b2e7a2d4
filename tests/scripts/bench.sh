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
  wasm-bindgen --target web --out-dir "$root/named" --out-name switchboard "$wasm"
  node_modules/.bin/wasm-opt -Os -ocimfs=0 -aimfs=6 --low-memory-unused -g --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-reference-types --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    "$root/named/switchboard_bg.wasm" -o "$root/named/switchboard_bg.wasm"
  node tests/scripts/minify-names.mjs "$root/named/switchboard.js" "$root/named/switchboard_bg.wasm"
fi
# pkg/ ships its glue minified; its source map holds the glue as wasm-bindgen wrote it.
node -e 'const fs = require("fs"), [glue, map] = process.argv.slice(1);
  process.exit(JSON.parse(fs.readFileSync(map, "utf8")).sourcesContent[0] === fs.readFileSync(glue, "utf8") ? 0 : 1)' \
  "$root/named/switchboard.js" pkg/wasm/full/switchboard.js.map ||
  { echo "bench: pkg/ is older than the wasm build; run make pkg" >&2; exit 1; }
export WWW_DIR=$PWD/$root BENCH_NAMED_WASM=/named/switchboard_bg.wasm
tests/scripts/with-emulator.sh node tests/bench/run.mjs
