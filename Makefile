# Switchboard: `make demo` and `make test` work on a fresh machine (they install what is missing).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
PORT ?= 8080
export CARGO_TERM_COLOR ?= never

.PHONY: help setup setup-browser pkg emulator demo test test-native test-wasm test-types test-page bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

setup: ## install the wasm target, wasm-bindgen CLI (pinned), npm dev dependencies
	@tests/scripts/setup.sh

setup-browser: setup ## also Chromium and chromedriver (Debian packages)
	@tests/scripts/setup.sh --browser

pkg: setup ## build the npm package into pkg/
	@tests/scripts/build-pkg.sh

emulator: ## run the back-end emulator alone (PORT=8080; PORT=0 picks a free one)
	@cargo build --release -q -p switchboard-emulator
	@PORT=$(PORT) target/release/switchboard-emulator

demo: pkg ## build the package, start the emulator and serve the sample page
	@cargo build --release -q -p switchboard-emulator
	@echo "Sample page: http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	@PORT=$(PORT) target/release/switchboard-emulator

test: setup-browser test-native pkg test-wasm test-types test-page ## run every test
	@echo "make test: all suites passed"

test-native: setup ## unit tests of the library and the emulator (native)
	cargo test --workspace -q

test-wasm: setup-browser ## the clients against the emulator, in Node and headless Chromium
	@tests/scripts/with-emulator.sh tests/scripts/wasm-tests.sh

test-types: pkg ## a strict TypeScript consumer compiles; deliberate misuse does not
	@tests/scripts/type-tests.sh

test-page: pkg setup-browser ## the sample page's flows, clicked through in headless Chromium
	@tests/scripts/with-emulator.sh tests/scripts/page-tests.sh

bench: pkg setup-browser ## benchmarks in headless Chromium against the emulator: a table, target/bench.json
	@tests/scripts/bench.sh
