#!/usr/bin/env bash
# A strict TypeScript consumer compiles against pkg/, and every deliberate misuse fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
node_modules/.bin/tsc -p tests/types/tsconfig.json
echo "types: strict consumer compiles; $(grep -cE '^\s*// @ts-expect-error' tests/types/misuse.ts) deliberate misuses are rejected"
