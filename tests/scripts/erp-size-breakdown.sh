#!/usr/bin/env bash
# `make size-breakdown`: what each group of ErpClient's methods costs `switchboard/erp`, for the
# size budget of issue 7 (one back end ≤ 60 KB gzip). Builds the ERP module in a scratch copy of
# the sources with some groups of methods no longer exported (their code then drops out of the
# module), through the package's own pipeline (optimize-module.sh), and prints each variant's
# gzip size counted as tests/packaging/sizes.mjs counts it (module, glue, snippets, entry file).
# The groups are the modules under src/erp/ that hold `#[wasm_bindgen] impl ErpClient` blocks;
# the constructor and the session methods (src/erp/client.rs, src/erp/session/) are always kept.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
groups=(account orders portal tickets)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Its own target directory: the package's cached build in target/ stays as it is.
export CARGO_TARGET_DIR=$repo/target/size-breakdown

# variant LABEL GROUP...: the size of switchboard/erp with only the session and GROUP... exported.
variant() {
  local label=$1 src=$scratch/src out=$scratch/out; shift
  rm -rf "$src" "$out" && mkdir -p "$src"
  # -m: the copies get new modification times, so cargo rebuilds every variant.
  git ls-files -z --cached --others --exclude-standard -- src Cargo.toml Cargo.lock tests/emulator |
    tar --null -T - -cf - | tar -xmf - -C "$src"
  for g in "${groups[@]}"; do
    [[ " $* " == *" $g "* ]] && continue
    # Not exported: the impl block stays (other code may call it) but wasm-bindgen skips it.
    perl -0pi -e 's/#\[wasm_bindgen\]\nimpl ErpClient \{/#[allow(dead_code)]\nimpl ErpClient {/g;
      s/#\[wasm_bindgen\([^\]]*\)\]\s*//g' "$src/src/erp/$g/client.rs"
  done
  (cd "$src" && cargo build --release -q --lib --target wasm32-unknown-unknown --no-default-features --features erp)
  tests/scripts/optimize-module.sh "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/switchboard.wasm" "$out" m >/dev/null
  node --input-type=module - "$label" "$out" pkg-template/entry/index.js <<'JS'
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
const [label, dir, entry] = process.argv.slice(2);
const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;
let wasm = 0, js = gz(entry);
for (const d of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())) {
  const f = join(d.parentPath, d.name);
  if (f.endsWith(".wasm")) wasm += gz(f);
  else if (f.endsWith(".js")) js += gz(f);
}
// The methods the variant exports, from wasm-bindgen's declarations of the class.
const dts = readFileSync(join(dir, "m.d.ts"), "utf8");
const cls = dts.slice(dts.indexOf("export class ErpClient"));
const methods = (cls.slice(0, cls.indexOf("\n}")).match(/^ {4}(?!constructor\(|free\()\w+\(/gm) ?? []).length;
const kb = (b) => (b / 1024).toFixed(1).padStart(5);
console.log(`${label.padEnd(34)} ${String(methods).padStart(7)} ${kb(wasm)} ${kb(js)} ${kb(wasm + js)} KB`);
JS
}

echo "switchboard/erp by groups of methods (gzip -9, 1 KB = 1024 bytes; budget 60 KB):"
echo "variant                            methods  wasm    JS total"
variant "session only (constructor, login…)"
for g in "${groups[@]}"; do variant "session + $g" "$g"; done
for g in "${groups[@]}"; do
  rest=()
  for h in "${groups[@]}"; do [ "$h" = "$g" ] || rest+=("$h"); done
  variant "all but $g" "${rest[@]}"
done
variant "all (switchboard/erp as shipped)" "${groups[@]}"
