#!/usr/bin/env bash
# Release build of the app (dist/, with .br and .gz side files) and of atrium-server.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/scripts/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "[build] trunk build --release (styles, copied files, index.html)"
trunk build --release --offline
echo "[build] the app's wasm, split by area (a cold build takes several minutes)"
bash scripts/build-split.sh dist
echo "[build] pre-compressing dist/ (brotli 11, gzip 9)"
node scripts/precompress.mjs dist
echo "[build] atrium-server (release)"
cargo build --release -p atrium-server --locked
