#!/usr/bin/env bash
# Command 1: install what is missing, build the app (release) and serve it
# locally. Usage: scripts/serve.sh [PORT]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8080}"
scripts/setup.sh
source scripts/env.sh
printf '\033[1m==> building the app (trunk build --release)\033[0m\n'
trunk build --release
python3 scripts/postbuild.py dist
printf '\n\033[1mstorydiff is at http://127.0.0.1:%s/\033[0m  (Ctrl-C to stop)\n\n' "$PORT"
exec python3 -m http.server --bind 127.0.0.1 --directory dist "$PORT"
