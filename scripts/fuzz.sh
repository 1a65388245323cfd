#!/usr/bin/env bash
# Runs fuzz targets for SECONDS each (default 600), one after the other, one
# job each. Not part of CI.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     # no TARGET: every target
#
# cargo fuzz wants nightly's -Z flags; RUSTC_BOOTSTRAP lets the stable
# toolchain (the only one these machines have) accept them. Each target
# reads its committed seeds (fuzz/seeds/T) and grows a working corpus
# (fuzz/corpus/T, not committed); crashes, hangs (> 10 s) and inputs that
# need > 4 GB go to fuzz/artifacts/T/. The log, ending in libFuzzer's final
# stats, goes to fuzz/logs/T.log.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
SECONDS_EACH="${1:-600}"
shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
export RUSTC_BOOTSTRAP=1
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo fuzz list)
cargo fuzz build
mkdir -p logs
status=0
for t in "${targets[@]}"; do
  case "$t" in
    segment | claims) opts=(-max_len=16384 -dict=dict/story.dict) ;;
    analyze) opts=(-max_len=65536 -dict=dict/story.dict) ;;
    share_link) opts=(-max_len=65536 -dict=dict/json.dict) ;;
    decode_file | html) opts=(-max_len=65536 -dict=dict/html.dict) ;;
    *) opts=() ;;
  esac
  mkdir -p "corpus/$t" "seeds/$t"
  echo "==> fuzzing $t for ${SECONDS_EACH}s (log: fuzz/logs/$t.log)"
  if cargo fuzz run "$t" "corpus/$t" "seeds/$t" -- -max_total_time="$SECONDS_EACH" \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "${opts[@]}" >"logs/$t.log" 2>&1; then
    grep -E '^(Done|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb))' "logs/$t.log" || true
    echo "corpus: $(find "corpus/$t" -type f | wc -l) files"
  else
    status=1
    grep -E 'panicked|ERROR|SUMMARY|Test unit written|failed' "logs/$t.log" | head -20 || true
    echo "!! $t found a crash: see fuzz/logs/$t.log and fuzz/artifacts/$t/"
  fi
done
exit "$status"
