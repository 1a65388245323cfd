#!/usr/bin/env bash
# Installs what building storydiff needs, skipping whatever is already there.
# Everything comes from the package registries (crates.io, npm, Debian); see
# ../shared/docs/TOOLCHAIN.md for why each piece is pinned as it is.
#
#   scripts/setup.sh          toolchain for building the app
#   scripts/setup.sh --test   also what the tests need (Chromium, chromedriver;
#                             Java 17+ and the Python test virtualenv,
#                             target/py-venv, for the Python package and Spark)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  # Not --locked: the locked install wants a webpki-roots the registry here lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

# wasm-opt (binaryen 132 on node) and the browser-test packages, from the
# committed lockfile.
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "installing npm packages of e2e/ (wasm-opt, playwright-core)"
  npm ci --prefix e2e --no-audit --no-fund
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q chromium chromium-driver
  fi
  # PySpark 4 runs on Java 17 or later.
  java_major() { java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'; }
  if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ] 2>/dev/null; then
    say "installing Debian openjdk-17-jre-headless (for PySpark)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q openjdk-17-jre-headless
  fi
  # The Python package's build and test tools, pinned, in a virtualenv kept
  # under target/ (ignored by git); reinstalled only when the list changes.
  PY_VENV=target/py-venv
  PY_REQS=crates/python/requirements-test.txt
  if [ ! -x "$PY_VENV/bin/python" ]; then
    say "creating the Python test virtualenv ($PY_VENV)"
    python3 -m venv "$PY_VENV"
  fi
  if ! cmp -s "$PY_REQS" "$PY_VENV/requirements-test.txt"; then
    say "installing $PY_REQS into $PY_VENV (maturin, pytest, pyarrow, pyspark, pandas)"
    "$PY_VENV/bin/pip" install -q --disable-pip-version-check -r "$PY_REQS"
    cp "$PY_REQS" "$PY_VENV/requirements-test.txt"
  fi
fi

# trunk builds offline, so fetch the crates first.
cargo fetch --locked -q
