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
	cargo leptos build --release

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

## Raw and brotli size of the WASM and CSS.
size:
	@for f in target/site/pkg/*.wasm target/site/pkg/*.js target/site/pkg/*.css; do \
	  printf '%-50s %8d bytes, brotli %8d\n' "$$(basename $$f)" "$$(stat -c %s $$f)" "$$(brotli -c -q 11 $$f | wc -c)"; done

clean:
	cargo clean
	rm -rf end2end/node_modules end2end/test-results
