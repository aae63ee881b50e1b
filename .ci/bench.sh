#!/usr/bin/env bash
# Load test of the release build on loopback: the home page, a static asset, /healthz, the
# directory search, (signed in) an official's and a chair's home with "my work", the proposals
# list, a proposal, the dashboard, a board, a board of 300 cards, a meeting and 50 concurrent
# card movers, a campaign report of 500 centres and 5,000 actions, a project's page, and the
# volunteer routing of 10,000 volunteers and 500 requests.
# Prints requests/s, p50 and p99 for each, and the page/static throughput ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${TAVANA_BENCH_PORT:-3200}
seconds=${TAVANA_BENCH_SECONDS:-10}
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

DATABASE_URL="sqlite://$data/bench.db" ./target/release/server seed-demo >/dev/null
DATABASE_URL="sqlite://$data/bench.db" ./target/release/server seed-load --count 10000 >/dev/null
DATABASE_URL="sqlite://$data/bench.db" TAVANA_ADDR="127.0.0.1:$port" RUST_LOG=warn \
  ./target/release/server serve --demo >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

css=$(ls target/site/pkg/ | grep '\.css$' | head -1)
declare -A rps
run() {
  local name=$1 path=$2
  local out
  local c=${conns:-32}
  out=$(wrk -t"$((c < 2 ? 1 : 2))" -c"$c" -d"${seconds}s" --latency -H 'Accept-Encoding: br' \
    ${cookie:+-H "Cookie: $cookie"} "http://127.0.0.1:$port$path")
  local req p50 p99
  req=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  rps[$name]=$req
  printf '%-10s %-40s %10s req/s   p50 %8s   p99 %8s\n' "$name" "$path" "$req" "$p50" "$p99"
}
echo "wrk, 2 threads, 32 connections, ${seconds}s each, $(nproc) cores"
run page /
run static "/pkg/$css"
run healthz /healthz
# The directory search over 10,000 organisations (plus the demo province): the whole page.
conns=2 run search "/search?q=%D8%A7%D9%86%D8%AC%D9%85%D9%86%20%D8%B3%D9%84%D8%A7%D9%85%D8%AA"
# Signed-in pages: an official's proposals list (30 demo proposals) and one proposal's page.
curl -sf -c "$data/jar" -o /dev/null -H "Origin: http://127.0.0.1:$port" \
  --data 'username=official&password=tavana-demo-1404&next=/' "http://127.0.0.1:$port/api/login"
cookie="tavana_session=$(awk '$6 == "tavana_session" { print $7 }' "$data/jar")"
# The signed-in home: every "my work" group of an official, then of a committee chair.
conns=8 run home "/"
conns=8 run proposals "/proposals"
conns=8 run proposal "/proposals/4"
# The officials' dashboard: every count, the median and the stalled rule, four SVG charts.
conns=8 run dashboard "/dashboard"
# A working group's board: every card in its column, with places, assignees and the menus.
conns=8 run board "/working-groups/1/board"
# A board of 300 cards, one request at a time: how long one server-side render takes.
python3 .ci/bench_big_board.py "$port" "$data/bench.db" "$cookie" 2 300
conns=1 run board300 "/working-groups/2/board"
# A meeting's page: agenda, attendance with the quorum, minutes, decisions.
conns=8 run meeting "/meetings/1"
chair_jar="$data/chair.jar"
curl -sf -c "$chair_jar" -o /dev/null -H "Origin: http://127.0.0.1:$port" \
  --data 'username=chair&password=tavana-demo-1404&next=/' "http://127.0.0.1:$port/api/login"
official_cookie=$cookie
cookie="tavana_session=$(awk '$6 == "tavana_session" { print $7 }' "$chair_jar")"
conns=8 run homechair "/"
cookie=$official_cookie
# Card moves under contention: 50 people each moving their own task on the same board.
python3 .ci/bench_moves.py "$port" "$data/bench.db" "$data/server.log" "$cookie" 50 "$seconds"
# A campaign of 500 centres and 5,000 actions: its report drafted from the records (every
# figure, the ranking of 500 centres) and, frozen, read back as stored.
read -r big_campaign big_report < <(python3 .ci/bench_big_campaign.py "$port" "$data/bench.db" "$cookie" 500 5000)
conns=2 run draft500 "/reports/draft?campaign=$big_campaign"
cookie=
conns=2 run report500 "/reports/$big_report"
# A project's page with its whole journey, as the public sees it.
conns=8 run project "/projects/1"
# Routing, a pure function without the server: 10,000 volunteers and 500 requests ranked both
# ways (the same test `make test` runs; it fails above 100 ms).
LEPTOS_OUTPUT_NAME=tavana cargo test -q --release --workspace --exclude frontend --features server/ssr \
  --lib ten_thousand_volunteers -- --nocapture 2>/dev/null | grep '^routing'
awk -v p="${rps[page]}" -v s="${rps[static]}" 'BEGIN { printf "page/static throughput ratio: %.3f\n", p / s }'
