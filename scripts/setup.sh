#!/usr/bin/env bash
# Installs everything Atrium needs to build and test, idempotently: a second run skips whatever
# is already installed at the right version. Source it (`. scripts/setup.sh`) to get PATH too.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# Debian: Chromium + ChromeDriver for browser tests (never a browser downloaded by a test tool).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver (apt)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Debian: QEMU, a static busybox and cpio for the demo's real VM (issue 19); its kernel comes
# from Debian's kernel package, unpacked by scripts/vm-image.sh (no image download).
if ! command -v qemu-system-x86_64 >/dev/null || ! command -v cpio >/dev/null \
  || ! dpkg -s busybox-static >/dev/null 2>&1; then
  say "installing qemu-system-x86, busybox-static and cpio (apt)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    qemu-system-x86 busybox-static cpio >/dev/null
fi
bash "$ROOT/scripts/vm-image.sh"

# Rust: the wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# trunk, pinned (0.22 needs a newer rustc than these machines have).
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-split-cli, pinned: splits the release wasm by area (scripts/build-split.sh).
WASM_SPLIT_VERSION="0.2.4"
if [ ! -x "$HOME/.cargo/bin/wasm-split-cli" ] || [ "$(cat "$HOME/.cargo/.wasm-split-cli-version" 2>/dev/null || true)" != "$WASM_SPLIT_VERSION" ]; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about two minutes once)"
  cargo install --locked "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
  echo "$WASM_SPLIT_VERSION" > "$HOME/.cargo/.wasm-split-cli-version"
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock")"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION (takes several minutes once)"
  # Not --locked: its lock file names a yanked crate.
  cargo install "wasm-bindgen-cli@$WB_VERSION"
fi

# npm: wasm-opt (binaryen) for trunk, Playwright for the end-to-end tests. `npm ci` only when the
# lock file changed since the last install.
npm_install() {
  local dir="$1"
  local stamp="$dir/node_modules/.atrium-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    say "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}
npm_install "$ROOT/scripts/tools"
npm_install "$ROOT/tests/e2e"

export PATH="$ROOT/scripts/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
say "toolchain ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1)"
