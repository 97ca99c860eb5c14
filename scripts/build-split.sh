#!/usr/bin/env bash
# The app's wasm, split by area (see src/areas.rs), into dist/pkg-<hash>/: the main module (sign-in,
# shell, dashboard) and one chunk per lazily loaded route. The recipe is ../shared/split-recipe.md:
# link with --emit-relocs, split with wasm-split-cli, wasm-bindgen --keep-lld-exports, wasm-opt
# each part. The folder is named by a hash of everything in it, so atrium-server can cache it
# forever (chunk names hash their call site, not their contents). dist/index.html's
# %ATRIUM_PKG% placeholders are then pointed at that folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIST="${1:-dist}"
OUT=target/split-out
rm -rf "$OUT" && mkdir -p "$OUT"

# RUSTFLAGS replaces .cargo/config.toml's flags, so they are repeated here.
RUSTFLAGS='--cfg erase_components --cfg getrandom_backend="wasm_js" -Clink-args=--emit-relocs' \
  cargo build --release --locked --target wasm32-unknown-unknown --bin atrium --features split \
  --target-dir target/split
wasm-split-cli target/split/wasm32-unknown-unknown/release/atrium.wasm "$OUT/split" \
  --out-name atrium --target web >/dev/null
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-name atrium --out-dir "$OUT/bindgen" "$OUT/split/atrium.wasm"

FEATURES="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"
mkdir -p "$OUT/pkg"
cp "$OUT/bindgen/atrium.js" "$OUT/split/__wasm_split.js" "$OUT/pkg/"
# Atrium's chunk loading: progress, "Try again", reload into a new build, idle prefetch.
node scripts/patch-split-loader.mjs "$OUT/pkg/__wasm_split.js" web/split-runtime.js
# shellcheck disable=SC2086
wasm-opt -Oz $FEATURES "$OUT/bindgen/atrium_bg.wasm" -o "$OUT/pkg/atrium_bg.wasm"
# `split_*` are the routes' own chunks, `chunk_*` code that several of them share.
for chunk in "$OUT"/split/split_*.wasm "$OUT"/split/chunk_*.wasm; do
  # shellcheck disable=SC2086
  wasm-opt -Oz $FEATURES "$chunk" -o "$OUT/pkg/$(basename "$chunk")" 2>/dev/null
done

HASH="$(cd "$OUT/pkg" && cat $(ls | sort) | sha256sum | cut -c1-16)"
PKG="pkg-$HASH"
rm -rf "$DIST"/pkg-*
cp -r "$OUT/pkg" "$DIST/$PKG"
sed -i "s|%ATRIUM_PKG%|$PKG|g" "$DIST/index.html"
echo "[build-split] $DIST/$PKG: main $(stat -c %s "$DIST/$PKG/atrium_bg.wasm") bytes, $(ls "$DIST/$PKG"/split_*.wasm | wc -l) route chunks, $(ls "$DIST/$PKG" | grep -c '^chunk_') shared chunks"
