#!/usr/bin/env bash
# One command to try Atrium: installs what is missing, builds in release mode, and starts
# atrium-server with the built-in demo portal at http://127.0.0.1:8080.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
bash scripts/build.sh
mkdir -p target/demo
echo
echo "  Atrium is starting at  http://127.0.0.1:8080"
echo "  Demo login:            demo@atrium.test / demo1234"
echo "  (add --reset to restore the seed data; Ctrl+C stops)"
echo
exec target/release/atrium-server --addr 127.0.0.1:8080 --dist dist demo --db target/demo/atrium-demo.sqlite "$@"
