#!/usr/bin/env bash
# Runs a command with the emulator listening on a free port; SWITCHBOARD_EMULATOR_URL tells where.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release -q -p switchboard-emulator
log=$(mktemp)
PORT=0 target/release/switchboard-emulator >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  url=$(sed -n 's/^switchboard-emulator listening on \(http[^ ]*\)$/\1/p' "$log")
  [ -n "$url" ] && break
  kill -0 $pid 2>/dev/null || { cat "$log"; echo "the emulator did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "the emulator did not print its URL" >&2; exit 1; }
export SWITCHBOARD_EMULATOR_URL=${url%/}
echo "emulator: $SWITCHBOARD_EMULATOR_URL"
"$@"
