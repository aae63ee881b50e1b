#!/usr/bin/env bash
# Lighthouse (mobile: Slow 4G, 4x CPU) on the release build with the demo data: the visitor
# pages, then a board and a proposal form signed in through a session cookie. Prints the
# performance and accessibility scores, total blocking time and the JS + WASM transferred,
# and fails when a page misses the figures of issue 14. Run `make build` first (or
# `make lighthouse`, which does).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$PATH"
port=${TAVANA_LH_PORT:-3300}
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

DATABASE_URL="sqlite://$data/lh.db" TAVANA_ADDR="127.0.0.1:$port" RUST_LOG=warn \
  TAVANA_FILES_DIR="$data/files" ./target/release/server serve --demo >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

session() {
  curl -sf -c "$data/$1.jar" -o /dev/null -H "Origin: http://127.0.0.1:$port" \
    --data "username=$1&password=tavana-demo-1404&next=/" "http://127.0.0.1:$port/api/login"
  echo "tavana_session=$(awk '$6 == "tavana_session" { print $7 }' "$data/$1.jar")"
}
chair=$(session chair)
ngo=$(session ngo)

CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} python3 .ci/lighthouse.py "http://127.0.0.1:$port" "$data" \
  "visitor /" "visitor /committees" "visitor /organisations" "visitor /neighbourhoods" \
  "visitor /projects" "visitor /projects/1" "visitor /neighbourhoods/1" "visitor /reports/1" \
  "board /working-groups/1/board $chair" "form /proposals/new $ngo"
