# Tavana — `make run` starts the portal with demo data; `make test` runs everything.
SHELL := /bin/bash
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
DATABASE_URL ?= sqlite://data/tavana.db
TAVANA_ADDR ?= 127.0.0.1:3000

.PHONY: run build test tools bench size clean

## Build, migrate and start the portal on the embedded database with the demo data set.
run: build
	DATABASE_URL=$(DATABASE_URL) TAVANA_ADDR=$(TAVANA_ADDR) ./target/release/server serve --demo

## The release build: server binary and the size-tuned WASM.
build: tools
	cargo leptos build --release --split

tools:
	.ci/tools.sh

## fmt, clippy, unit and integration tests on SQLite and PostgreSQL, end-to-end in Chromium.
test:
	.ci/tools.sh test
	.ci/test.sh

## Load test of the release build (not part of `make test`).
bench: build
	.ci/tools.sh bench
	.ci/bench.sh

## Raw and brotli size of the main WASM, the split-off page chunks together, the JS and CSS.
size:
	@for f in target/site/pkg/tavana.*.wasm target/site/pkg/tavana.*.js target/site/pkg/*.css; do \
	  printf '%-50s %8d bytes, brotli %8d\n' "$$(basename $$f)" "$$(stat -c %s $$f)" "$$(brotli -c -q 11 $$f | wc -c)"; done
	@# Only the chunks the current build's manifest names: earlier builds may have left others.
	@raw=0; br=0; n=0; for c in $$(grep -ho '"\(chunk\|split\)_[^"]*"' target/site/pkg/__wasm_split_manifest.*.json | tr -d '"' | sort -u); do \
	  f=target/site/pkg/$$c.wasm; [ -e "$$f" ] || continue; n=$$((n+1)); raw=$$((raw+$$(stat -c %s $$f))); br=$$((br+$$(brotli -c -q 11 $$f | wc -c))); done; \
	  printf '%-50s %8d bytes, brotli %8d\n' "$$n split-off chunks (together)" $$raw $$br

clean:
	cargo clean
	rm -rf end2end/node_modules end2end/test-results
