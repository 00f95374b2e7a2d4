#!/usr/bin/env bash
# Builds the npm package into pkg/: release wasm → wasm-bindgen → wasm-opt → pkg-template/ merged in.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=pkg
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)

cargo build --release -q --lib --target wasm32-unknown-unknown
rm -rf "$out" && mkdir -p "$out/wasm"
wasm-bindgen --target web --out-dir "$out/wasm" --out-name switchboard \
  target/wasm32-unknown-unknown/release/switchboard.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-reference-types --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$out/wasm/switchboard_bg.wasm" -o "$out/wasm/switchboard_bg.wasm"

cp -R pkg-template/. "$out/"
sed -i "s/\"version\": \"0.0.0-template\"/\"version\": \"$version\"/" "$out/package.json"
# The public declarations: wasm-bindgen's, without its loader internals, plus `init`.
# `[Symbol.dispose]` is dropped from the types (it stays at runtime): it needs lib
# esnext.disposable, which a consumer compiling for es2022 does not have.
{
  sed -e '/^export type InitInput/,$d' -e '/\[Symbol.dispose\]()/d' "$out/wasm/switchboard.d.ts"
  cat pkg-template/init.d.ts.in
} > "$out/index.d.ts"
rm "$out/init.d.ts.in"
# The sample page (www/) imports DOMPurify from /vendor/ to sanitize server HTML.
mkdir -p www/vendor && cp node_modules/dompurify/dist/purify.es.mjs www/vendor/purify.es.mjs
echo "pkg: built $out/ (switchboard $version)"
