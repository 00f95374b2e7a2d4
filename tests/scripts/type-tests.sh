#!/usr/bin/env bash
# A strict TypeScript consumer compiles against pkg/ (every entry), and every deliberate misuse fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
node_modules/.bin/tsc -p tests/types/tsconfig.json
echo "types: strict consumer compiles; $(grep -cE '^\s*// @ts-expect-error' tests/types/misuse.ts) deliberate misuses are rejected"

# The public declarations say what they hold: no `any` (not even in a comment, so a grep can check).
if grep -nE '\bany\b' pkg/*.d.ts pkg/*/index.d.ts; then
  echo "types: the lines above put 'any' into the public declarations" >&2
  exit 1
fi
echo "types: no 'any' in the public declarations"

# Doc comments arrive as written: a `///` comment passed through a macro reaches wasm-bindgen's
# output as rustc's raw string (`* r" The …`); such docs must be written as #[doc = "…"].
if grep -nE '^\s*\* r#*"' pkg/*.d.ts pkg/*/index.d.ts; then
  echo "types: the doc comments above carry a raw-string prefix (write them as #[doc = \"…\"])" >&2
  exit 1
fi
echo "types: every doc comment reads as written"

# The package packs, with its entries and the wasm inside.
files=$(cd pkg && npm pack --dry-run --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[0].files.map(f=>f.path).join("\n")))')
expected=(package.json README.md LICENSE CHANGELOG.md index.js index.d.ts node.js wasm/full/switchboard.js wasm/full/switchboard_bg.wasm)
for b in erp pbx perfex neucrm; do
  expected+=("$b/index.js" "$b/index.d.ts" "$b/node.js" "wasm/$b/switchboard_$b.js" "wasm/$b/switchboard_${b}_bg.wasm")
done
for f in "${expected[@]}"; do
  grep -qx "$f" <<<"$files" || { echo "npm pack: $f is missing from the package" >&2; exit 1; }
done
echo "pack: npm pack includes every entry, its declarations and its wasm"

# Every exported class, method, field and type of every entry has a doc comment (TypeDoc's
# notDocumented validation, warnings are errors; `make docs` writes the same reference out).
node_modules/.bin/typedoc --options typedoc.json --emit none --logLevel Warn
echo "docs: every public declaration of every entry is documented"
