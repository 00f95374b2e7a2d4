# Switchboard: `make demo` and `make test` work on a fresh machine (they install what is missing).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
PORT ?= 8080
# Seconds of fuzzing per back end for `make fuzz` (`make test` fuzzes 10 s per back end).
FUZZ_SECONDS ?= 120
# The fuzz tests' common name (src/*/fuzz.rs).
FUZZERS := decoders_survive_mutated_samples
export CARGO_TERM_COLOR ?= never

.PHONY: help setup setup-browser pkg docs emulator demo test test-native test-fuzz fuzz test-wasm test-types test-page test-packaging bench size-breakdown

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

setup: ## install the wasm target, wasm-bindgen CLI (pinned), npm dev dependencies
	@tests/scripts/setup.sh

setup-browser: setup ## also Chromium and chromedriver (Debian packages)
	@tests/scripts/setup.sh --browser

pkg: setup ## build the npm package into pkg/
	@tests/scripts/build-pkg.sh

docs: pkg ## the API reference, generated from the package's .d.ts, into target/docs/
	@node_modules/.bin/typedoc --options typedoc.json

emulator: ## run the back-end emulator alone (PORT=8080; PORT=0 picks a free one)
	@cargo build --release -q -p switchboard-emulator
	@PORT=$(PORT) target/release/switchboard-emulator

demo: pkg ## build the package, start the emulator and serve the sample page
	@cargo build --release -q -p switchboard-emulator
	@echo "Sample page: http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	@PORT=$(PORT) target/release/switchboard-emulator

test: setup-browser test-native test-fuzz pkg test-wasm test-types test-page test-packaging ## run every test
	@echo "make test: all suites passed"

test-native: setup ## unit tests of the library and the emulator (native), fuzzers aside
	cargo test --workspace -q -- --skip $(FUZZERS)

test-fuzz: setup ## the four back ends' answer decoders fuzzed, 10 s each
	FUZZ_SECONDS=10 cargo test --lib -q $(FUZZERS) -- --nocapture --test-threads=2

fuzz: setup ## the same fuzzers for longer: FUZZ_SECONDS per back end (default 120)
	FUZZ_SECONDS=$(FUZZ_SECONDS) cargo test --lib -q $(FUZZERS) -- --nocapture --test-threads=2

test-wasm: setup-browser ## the clients against the emulator, in Node and headless Chromium
	@tests/scripts/with-emulator.sh tests/scripts/wasm-tests.sh

test-types: pkg ## a strict TypeScript consumer compiles; deliberate misuse does not; every declaration documented
	@tests/scripts/type-tests.sh

test-page: pkg setup-browser ## the sample page's flows, clicked through in headless Chromium
	@tests/scripts/with-emulator.sh tests/scripts/page-tests.sh

test-packaging: pkg setup-browser ## sizes; the packed tarball in fresh Vite, webpack, HTML, Node and TypeScript projects
	@tests/scripts/with-emulator.sh tests/scripts/packaging-tests.sh

bench: pkg setup-browser ## benchmarks in headless Chromium against the emulator: a table, target/bench.json
	@tests/scripts/bench.sh

size-breakdown: setup ## what each group of the ERP client's methods costs switchboard/erp (gzip), for its size budget
	@tests/scripts/erp-size-breakdown.sh
