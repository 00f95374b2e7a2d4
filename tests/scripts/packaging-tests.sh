#!/usr/bin/env bash
# The npm package as users get it: sizes against the budget and the ceiling, then `npm pack` and
# the tarball installed into fresh Vite, webpack, plain-HTML, Node and strict TypeScript projects
# (tests/packaging/*.test.mjs), each making a real call to the emulator.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${SWITCHBOARD_EMULATOR_URL:?run me through tests/scripts/with-emulator.sh}"
node tests/packaging/sizes.mjs
packed=$(mktemp -d)
trap 'rm -rf "$packed"' EXIT
(cd pkg && npm pack --silent --pack-destination "$packed" >/dev/null)
export SWITCHBOARD_TARBALL=$(echo "$packed"/*.tgz)
echo "packaging: packed $(basename "$SWITCHBOARD_TARBALL") ($(du -k "$SWITCHBOARD_TARBALL" | cut -f1) KB)"
node --test --test-reporter=spec --test-concurrency=2 --test-timeout=300000 tests/packaging/*.test.mjs
