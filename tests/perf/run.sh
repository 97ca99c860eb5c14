#!/usr/bin/env bash
# Builds the release app and runs the benchmarks. Not part of the test suite: it measures.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
npm_install "$ROOT/tests/perf"   # Lighthouse
bash scripts/build.sh
node tests/perf/bench.mjs
node tests/perf/api-calls.mjs
node tests/perf/invoice-list.mjs
node tests/perf/dns-zone.mjs
node tests/perf/vm-console.mjs
node tests/perf/order-quote.mjs
node tests/perf/lighthouse.mjs
