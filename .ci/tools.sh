#!/usr/bin/env bash
# Installs what building (and, with `test`, testing) Tavana needs — each tool only when it is
# missing or of the wrong version, so a warm run takes seconds. Registries only: crates.io,
# npm and Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}
export PATH="$HOME/.cargo/bin:$PATH"

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing Debian packages: ${missing[*]}"
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt

# cargo-leptos 0.3.11 needs a newer rustc than this machine's; 0.3.10 works.
if [ "$(cargo-leptos --version 2>/dev/null)" != "cargo-leptos 0.3.10" ]; then
  cargo install cargo-leptos --locked --version 0.3.10
fi

# The wasm-bindgen CLI must equal the library version in Cargo.lock exactly.
wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
  cargo install wasm-bindgen-cli --version "$wb" --force
fi

# wasm-opt from npm's binaryen (Debian's 108 breaks hydration), Playwright and axe.
if [ ! -f end2end/node_modules/.package-lock.json ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

if [ "$mode" = test ]; then
  apt_install chromium postgresql
  # The Nu HTML checker (npm's vnu-jar) runs on Java.
  command -v java >/dev/null || apt_install default-jre-headless
fi
if [ "$mode" = bench ]; then
  apt_install wrk brotli
fi
