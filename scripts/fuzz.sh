#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 600). Not part of CI.
# cargo fuzz wants nightly's -Z flags; RUSTC_BOOTSTRAP lets the stable
# toolchain (the only one these machines have) accept them.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH="${1:-600}"
shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
export RUSTC_BOOTSTRAP=1
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo fuzz list)
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  echo "==> fuzzing $t for ${SECONDS_EACH}s"
  cargo fuzz run "$t" "corpus/$t" -- -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096
done
