#!/usr/bin/env bash
# Every test: lint, native unit and property tests, wasm tests in headless Chromium, and the
# Playwright end-to-end suite against the release build in demo mode. Installs what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
# A clean clone builds once: incremental caches would only take disk (about 2 GB).
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --locked --features split -- -D warnings
# No import cycle between files; the pure modules never import the fetch layer.
node scripts/check-imports.mjs

step "native tests (app logic and atrium-server)"
cargo test --workspace --locked

step "release build"
bash scripts/build.sh

step "wasm tests in headless Chromium"
# The browser tests fetch from a live server: the runner serves its own page, so point them at
# nothing but their own origin (see tests/web.rs).
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver.json" \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web --locked

step "end-to-end (Playwright, Chromium, demo portal)"
mkdir -p target/screenshots
(cd tests/e2e && npx playwright test)
