#!/usr/bin/env bash
# optimize-module.sh CARGO_WASM OUT_DIR NAME [--named]
# The one way a cargo-built module becomes what a page downloads, for the package (build-pkg.sh),
# `make bench` (bench.sh) and the size breakdown (erp-size-breakdown.sh): wasm-bindgen's glue and
# module in OUT_DIR (NAME.js, NAME_bg.wasm, snippets/), optimized by wasm-opt, with short import
# and export names, and the glue minified with a source map.
# --named: keep the module's function names (a CPU profile then shows Rust names) and leave the
# glue as wasm-bindgen wrote it (bench.sh checks it against the package's source map).
set -euo pipefail
cd "$(dirname "$0")/../.."
in=$1 dir=$2 name=$3 named=${4:-}
keep=()
[ "$named" = --named ] && keep=(-g)
wasm-bindgen --target web --out-dir "$dir" --out-name "$name" "$in"
# -ocimfs=0: no inlining of a function into its only caller. Each exported method's promise
# closure would otherwise absorb its whole body; kept apart, the many near-identical bodies
# compress far better (measured: the module grows ~4 % raw but shrinks 8–17 % gzip).
# -Os with -aimfs=6 (always inline functions of up to 6 bytes) and --low-memory-unused (Rust
# puts the stack first, so addresses below 1 KiB are never data: constant offsets fold into
# loads and stores) is 0.4–1.0 KB gzip smaller than -Oz for every entry (measured).
node_modules/.bin/wasm-opt -Os -ocimfs=0 -aimfs=6 --low-memory-unused "${keep[@]}" --enable-bulk-memory \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext --enable-mutable-globals \
  --enable-multivalue "$dir/${name}_bg.wasm" -o "$dir/${name}_bg.wasm"
# Short import and export names, in the module and the glue (wasm-bindgen's are hashed).
node tests/scripts/minify-names.mjs "$dir/$name.js" "$dir/${name}_bg.wasm"
[ "$named" = --named ] && exit 0
# The glue is shipped minified (40 % of its gzip size is comments and long local names; the
# .d.ts carries the docs), with a source map for stepping through it. Class names and the
# exported functions' names are kept (the console shows them); the glue's internal helpers
# get short names, which the source map turns back into theirs.
terser=$PWD/node_modules/.bin/terser
(cd "$dir" && "$terser" "$name.js" --module --compress --keep-classnames \
  --mangle 'keep_fnames=/^(isSwitchboardError|initSync|__wbg_init)$/' \
  --source-map "url='$name.js.map',includeSources" -o "$name.min.js" &&
  mv "$name.min.js" "$name.js" && mv "$name.min.js.map" "$name.js.map")
