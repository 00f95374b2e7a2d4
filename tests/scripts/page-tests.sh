#!/usr/bin/env bash
# The sample page: its code type-checks, then every flow is clicked through in headless Chromium
# against the emulator (tests/page/*.test.mjs). Screenshots land in target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${SWITCHBOARD_EMULATOR_URL:?run me through tests/scripts/with-emulator.sh}"
node_modules/.bin/tsc -p www/tsconfig.json
echo "page: www/ type-checks (tsc --checkJs, strict)"
rm -rf target/screenshots && mkdir -p target/screenshots
node --test --test-reporter=spec --test-timeout=300000 tests/page/*.test.mjs
echo "page: screenshots in target/screenshots/"
