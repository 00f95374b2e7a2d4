#!/usr/bin/env bash
# A strict TypeScript consumer compiles against pkg/, and every deliberate misuse fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
node_modules/.bin/tsc -p tests/types/tsconfig.json
echo "types: strict consumer compiles; $(grep -cE '^\s*// @ts-expect-error' tests/types/misuse.ts) deliberate misuses are rejected"

# The public declarations say what they hold: no `any` (not even in a comment, so a grep can check).
if grep -nE '\bany\b' pkg/*.d.ts; then
  echo "types: the lines above put 'any' into the public declarations" >&2
  exit 1
fi
echo "types: no 'any' in the public declarations"
