#!/usr/bin/env bash
# Command 2: install what the tests need and run every test suite. Exits
# non-zero on the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "module structure: no dependency cycle among sibling modules of any crate"
for src in src crates/*/src; do python3 scripts/module_cycles.py "$src"; done

step "lints (cargo clippy)"
cargo clippy --workspace --all-targets --locked -q -- -D warnings

step "engine, CLI and app unit tests (host)"
cargo test --workspace --locked

step "Python package: pip install ./crates/python into target/py-venv, then pytest (API, Arrow, Spark local[2])"
(
  PATH="$PWD/target/py-venv/bin:$PATH"
  # Built as pip builds it for a user, but in the dev profile, whose engine
  # the step above compiled (the wheel's own profile is optimised, and
  # compiling it again would add minutes to a cold run); the reports it is
  # checked against are the CLI's, built by that step too.
  MATURIN_PEP517_ARGS="--profile dev" pip install -q --disable-pip-version-check \
    --no-build-isolation --no-deps --force-reinstall ./crates/python
  STORYDIFF_CLI="$PWD/target/debug/storydiff" python -m pytest -q -p no:cacheprovider \
    crates/python/tests
)

step "component tests in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown -p storydiff-web --test web

step "release build of the app (trunk build --release)"
trunk build --release
python3 scripts/postbuild.py dist

step "end-to-end tests in headless Chromium (Playwright)"
STORYDIFF_DIST="$PWD/dist" npm test --prefix e2e

step "all test suites passed"
