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

# RUSTFLAGS replaces .cargo/config.toml's flags, so they are repeated here. The crates' source
# folders are named from their own root (panic locations in the wasm read
# `tachys-0.2.19/src/..`, not `/root/.cargo/registry/src/index.crates.io-<hash>/tachys-..`): the
# same text, shorter, in every part.
# (Fetched first, so a first build on a fresh machine has the folders to name.)
cargo fetch --locked >/dev/null 2>&1 || true
REMAP=""
for d in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do REMAP="$REMAP --remap-path-prefix=$d="; done
RUSTFLAGS="--cfg erase_components --cfg getrandom_backend=\"wasm_js\" -Clink-args=--emit-relocs$REMAP" \
  cargo build --release --locked --target wasm32-unknown-unknown --bin atrium --features split \
  --target-dir target/split
wasm-split-cli target/split/wasm32-unknown-unknown/release/atrium.wasm "$OUT/split" \
  --out-name atrium --target web >/dev/null
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-name atrium --out-dir "$OUT/bindgen" "$OUT/split/atrium.wasm"

# Producers and target-features sections are of no use to a browser (~0.2 KB brotli per part).
STRIP="--strip-producers --strip-target-features"
FEATURES="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"
mkdir -p "$OUT/pkg"
cp "$OUT/bindgen/atrium.js" "$OUT/split/__wasm_split.js" "$OUT/pkg/"
# Atrium's chunk loading: progress, "Try again", reload into a new build, idle prefetch.
node scripts/patch-split-loader.mjs "$OUT/pkg/__wasm_split.js" web/split-runtime.js
# shellcheck disable=SC2086
wasm-opt -Oz $FEATURES $STRIP "$OUT/bindgen/atrium_bg.wasm" -o "$OUT/pkg/atrium_bg.wasm"
# Short import names between the main module and its JS (~4 KB brotli of hex digits less).
node scripts/shorten-imports.mjs "$OUT/pkg/atrium_bg.wasm" "$OUT/pkg/atrium.js"
# `split_*` are the areas' own chunks, `chunk_*` code that several of them share.
# One wasm-opt per part, as many at once as there are cores (there are a couple of hundred parts).
export FEATURES STRIP OUT
ls "$OUT"/split/split_*.wasm "$OUT"/split/chunk_*.wasm | xargs -P "$(nproc)" -I{} \
  sh -c 'wasm-opt -Oz $FEATURES $STRIP "$1" -o "$OUT/pkg/$(basename "$1")" 2>/dev/null' _ {}
# The shell, the dashboard and their shared chunks travel as one file (compressed together).
node scripts/bundle-signed-in.mjs "$OUT/pkg"
# The loaders of ~450 parts, each written out by wasm-split, as ranges of numbers (72 KB -> 11 KB
# of JavaScript in the first load, 2 KB less brotli).
node scripts/compact-split-loader.mjs "$OUT/pkg/__wasm_split.js"
# The generated JavaScript is ~3.5 KB (brotli) smaller minified; names of imports and exports stay.
# (wasm-bindgen writes the same import module key once per split import: harmless, the same module.)
for js in atrium.js __wasm_split.js; do
  esbuild --minify --format=esm --log-level=warning --log-override:duplicate-object-key=silent --allow-overwrite "$OUT/pkg/$js" --outfile="$OUT/pkg/$js"
done

# The VM console (noVNC and web/console/atrium-console.js) is one more file of the folder,
# fetched only when a customer opens a console (src/pages/vms/console_element.rs finds it beside
# atrium.js). noVNC is installed with the build tools (scripts/tools).
NODE_PATH="$ROOT/scripts/tools/node_modules" esbuild web/console/atrium-console.js --bundle \
  --minify --format=esm --target=es2022 --log-level=warning --outfile="$OUT/pkg/console.js"

HASH="$(cd "$OUT/pkg" && cat $(ls | sort) | sha256sum | cut -c1-16)"
PKG="pkg-$HASH"
rm -rf "$DIST"/pkg-*
cp -r "$OUT/pkg" "$DIST/$PKG"
sed -i "s|%ATRIUM_PKG%|$PKG|g" "$DIST/index.html"
# Styles only signed-in pages use are not fetched by the sign-in page: their links get a rel no
# browser fetches, and web/split-runtime.js makes them stylesheets when a signed-in area loads.
# Their integrity hashes go (0.3 KB of the first load, incompressible): like the wasm parts and
# the scripts, they come from this origin, which also serves the page naming them.
sed -i -E 's#<link href=(/(shell|cards|invoices|dns|vms|order)-[0-9a-f]+\.css) [^>]*rel=stylesheet>#<link href=\1 rel=atrium-area-style>#g' "$DIST/index.html"
[ "$(grep -o 'rel=atrium-area-style' "$DIST/index.html" | wc -l)" = 6 ] || { echo "[build-split] index.html's stylesheet links changed shape" >&2; exit 1; }
echo "[build-split] $DIST/$PKG: main $(stat -c %s "$DIST/$PKG/atrium_bg.wasm") bytes, $(ls "$DIST/$PKG"/split_*.wasm | wc -l) route chunks, $(ls "$DIST/$PKG" | grep -c '^chunk_') shared chunks"
