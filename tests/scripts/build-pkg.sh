#!/usr/bin/env bash
# Builds the npm package into pkg/: one release wasm per entry (the full package and one per back
# end, feature-gated) → wasm-bindgen → wasm-opt, then pkg-template/ merged in.
#   pkg/index.js, node.js, index.d.ts            the full package ("switchboard")
#   pkg/<backend>/index.js, node.js, index.d.ts   "switchboard/<backend>" (erp, pbx, perfex, neucrm)
#   pkg/wasm/<entry>/                             each entry's wasm-bindgen glue (switchboard[_<backend>].js,
#                                                 its snippets/) and module (…_bg.wasm); <entry> = full or a back end
set -euo pipefail
cd "$(dirname "$0")/../.."
out=pkg
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
backends=(erp pbx perfex neucrm)
# Optimized modules are kept here between runs: an entry is rebuilt only when a source, the
# manifest, the lock or this script changed (every feature set overwrites cargo's one output
# file, so cargo alone would relink each time). `rm -rf target/pkg-wasm` forces a rebuild.
cache=target/pkg-wasm
mkdir -p "$cache"

# module_name ENTRY: the file name of an entry's glue and module (switchboard, switchboard_erp, …).
module_name() { if [ "$1" = full ]; then echo switchboard; else echo "switchboard_$1"; fi; }

# build_wasm ENTRY [CARGO_FEATURE_ARGS...]: $cache/ENTRY/ (glue, snippets, optimized module), fresh.
build_wasm() {
  local entry=$1 name; shift
  name=$(module_name "$entry")
  local wasm="$cache/$entry/${name}_bg.wasm"
  if [ -f "$wasm" ] && [ -z "$(find src Cargo.toml Cargo.lock tests/scripts/build-pkg.sh tests/scripts/optimize-module.sh tests/scripts/minify-names.mjs -newer "$wasm" -print -quit)" ]; then
    return
  fi
  echo "pkg: building $entry"
  cargo build --release -q --lib --target wasm32-unknown-unknown "$@"
  rm -rf "${cache:?}/$entry"
  # The module as cargo built it (with function names), kept for `make bench`'s profile.
  cp target/wasm32-unknown-unknown/release/switchboard.wasm "$cache/$entry.cargo.wasm"
  tests/scripts/optimize-module.sh "$cache/$entry.cargo.wasm" "$cache/$entry" "$name"
}

# entry_summary ENTRY: one line on what the entry holds, for its declarations' module comment.
entry_summary() {
  case $1 in
    full) echo "all four clients (Perfex CRM, Cal4care ERP, PBX admin API, NeuCRM) in one module." ;;
    *) echo "only the $1 client, with its own smaller .wasm; the errors and options are the full package's." ;;
  esac
}

# write_entry ENTRY: its index.js, node.js and index.d.ts (in pkg/ for full, else pkg/ENTRY/).
# The templates name the full package's files (./wasm/full/switchboard…); an entry in a
# sub-directory points one level up, at its own module.
write_entry() {
  local entry=$1 name dir=$out up=.
  name=$(module_name "$entry")
  [ "$entry" = full ] || { dir=$out/$entry; up=..; }
  mkdir -p "$dir"
  for f in index.js node.js; do
    sed "s#\"\./wasm/full/switchboard#\"$up/wasm/$entry/$name#" "pkg-template/entry/$f" > "$dir/$f"
  done
  # The public declarations: wasm-bindgen's, without its loader internals, plus `init`.
  # `[Symbol.dispose]` is dropped from the types (it stays at runtime): it needs lib
  # esnext.disposable, which a consumer compiling for es2022 does not have. wasm-bindgen's
  # `free()` gets the doc comment it lacks.
  {
    local spec=switchboard
    [ "$entry" = full ] || spec=switchboard/$entry
    printf '/**\n * `%s`: %s\n * @module %s\n */\n' "$spec" "$(entry_summary "$entry")" "$spec"
    sed -e '/^export type InitInput/,$d' -e '/\[Symbol.dispose\]()/d' \
      -e 's#^\(\s*\)free(): void;#\1/** Frees the client'"'"'s WebAssembly memory now rather than when it is garbage-collected; the client is unusable after. */\n&#' \
      "$cache/$entry/$name.d.ts"
    cat pkg-template/entry/init.d.ts.in
  } > "$dir/index.d.ts"
}

build_wasm full
for b in "${backends[@]}"; do build_wasm "$b" --no-default-features --features "$b"; done

rm -rf "$out" && mkdir -p "$out/wasm"
cp pkg-template/package.json pkg-template/README.md pkg-template/LICENSE CHANGELOG.md "$out/"
sed -i "s/\"version\": \"0.0.0-template\"/\"version\": \"$version\"/" "$out/package.json"
for entry in full "${backends[@]}"; do
  # The glue, its snippets and the module; wasm-bindgen's own .d.ts files are replaced by index.d.ts.
  cp -R "$cache/$entry" "$out/wasm/$entry"
  find "$out/wasm/$entry" -name '*.d.ts' -delete
  write_entry "$entry"
done

# The sample page (www/) imports DOMPurify from /vendor/ to sanitize server HTML.
mkdir -p www/vendor && cp node_modules/dompurify/dist/purify.es.mjs www/vendor/purify.es.mjs
echo "pkg: built $out/ (switchboard $version: the full package and ${backends[*]})"
