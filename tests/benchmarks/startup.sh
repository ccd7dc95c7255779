#!/usr/bin/env bash
# Start-up benchmark of the built product: headless commands end to end, and the workbench from launch to
# its window being mapped on the X display. Prints min / median / max over N runs (default 5).
#
#   tests/benchmarks/startup.sh [N]        (needs DISPLAY for the workbench part; run ./fvgs --version first to build)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
fvgs="$root/product/target/products/ai.fvgs.product/linux/gtk/x86_64/fvgs/fvgs"
runs=${1:-5}
[ -x "$fvgs" ] || { echo "build the product first: ./fvgs --version" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FVGS_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config"

now_ms() { date +%s%3N; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (n=%d)\n", a[1], a[int((NR+1)/2)], a[NR], NR}'; }

measure() { # label, command...
  local label=$1; shift
  for _ in $(seq "$runs"); do
    local t0; t0=$(now_ms); "$@" >/dev/null 2>&1; echo $(( $(now_ms) - t0 ))
  done | stats | sed "s/^/$label: /"
}

"$fvgs" --version >/dev/null   # creates the data directory
measure "fvgs --version            " "$fvgs" --version
measure "fvgs extensions list --json" "$fvgs" extensions list --json
mkdir -p "$FVGS_DATA_DIR/dropins"
cp "$root"/examples/ai.fvgs.examples.vendor/target/ai.fvgs.examples.vendor-*.jar "$FVGS_DATA_DIR/dropins/"
measure "extensions list, 1 dropin  " "$fvgs" extensions list --json

if [ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null; then
  for i in $(seq "$runs"); do
    t0=$(now_ms)
    "$fvgs" >"$work/wb.log" 2>&1 &
    pid=$!
    until xwininfo -root -tree 2>/dev/null | grep -q '("AI-FVGS Workbench"'; do
      kill -0 "$pid" 2>/dev/null || { echo "workbench exited early" >&2; cat "$work/wb.log" >&2; exit 1; }
      sleep 0.05
    done
    echo $(( $(now_ms) - t0 ))
    kill "$pid"; wait "$pid" 2>/dev/null || true
    [ "$i" = 1 ] && : # the first run also prepares the workbench configuration area
  done | stats | sed "s/^/workbench launch to window  : /"
else
  echo "workbench launch to window  : skipped (no DISPLAY or no xwininfo)"
fi
