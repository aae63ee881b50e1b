# Tavana — `make run` starts the portal with demo data; `make test` runs everything.
SHELL := /bin/bash
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
DATABASE_URL ?= sqlite://data/tavana.db
TAVANA_ADDR ?= 127.0.0.1:3000

.PHONY: run build test tools bench size lighthouse clean

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

## Lighthouse mobile on the visitor pages, a board and a proposal form (signed in).
lighthouse: build
	.ci/tools.sh test
	.ci/lighthouse.sh

## Raw and brotli size of the islands' main WASM, JS loader and CSS, then what each lazy island
## (and the card dialog) fetches on top of the main module.
size:
	@for f in target/site/pkg/tavana.*.wasm target/site/pkg/tavana.*.js target/site/pkg/*.css; do \
	  printf '%-60s %8d bytes, brotli %8d\n' "$$(basename $$f)" "$$(stat -c %s $$f)" "$$(brotli -c -q 11 $$f | wc -c)"; done
	@python3 .ci/split_sizes.py target/site/pkg

clean:
	cargo clean
	rm -rf end2end/node_modules end2end/test-results
