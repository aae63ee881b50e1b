#!/usr/bin/env bash
# Everything `make test` runs, failing on the first failure; the throwaway PostgreSQL cluster
# is removed on every exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
pg_dir="/tmp/tavana-pg.$$"
cleanup() { .ci/postgres.sh stop "$pg_dir"; }
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all --check

step "clippy (server and shared code)"
cargo clippy --workspace --exclude frontend --all-targets --release -- -D warnings
step "clippy (browser build)"
cargo clippy -p frontend --target wasm32-unknown-unknown --profile wasm-release -- -D warnings

step "release build (server and WASM)"
cargo leptos build --release --split

step "PostgreSQL (throwaway cluster)"
pg_url=$(.ci/postgres.sh start "$pg_dir" "${TAVANA_TEST_PG_PORT:-55433}")
echo "$pg_url"

step "unit, conformance and integration tests on SQLite and PostgreSQL"
# One test at a time: two test servers on two runtimes in one process, one shutting down
# while the other renders, now and then left a render waiting forever (never with one runtime).
# With the server's feature and the output name cargo-leptos gives the build, the tests reuse the
# release build's compiled leptos, sqlx and app instead of compiling them again.
LEPTOS_OUTPUT_NAME=tavana TAVANA_TEST_PG_URL="$pg_url" TAVANA_REQUIRE_PG=1 \
  cargo test --release --workspace --exclude frontend --features server/ssr -- --test-threads=1

step "end-to-end in Chromium"
(cd end2end && npx playwright test)
