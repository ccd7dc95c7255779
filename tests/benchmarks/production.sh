#!/usr/bin/env bash
# End-to-end render benchmark of the built product: `fvgs render` of the reference scene (about 50k-triangle
# avatar, cloth skirt, runway stage, key light with shadows) for 10 s of video, at 1280x720 and 1920x1080,
# 30 fps, H.264, with --stats. Prints wall-clock seconds per run and the per-stage timings (wall clock and processor
# time) of the last run.
#
#   tests/benchmarks/production.sh [RUNS] [THREADS]     (default 3 runs, 2 threads; build first: ./fvgs --version)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
fvgs="$root/product/target/products/ai.fvgs.product/linux/gtk/x86_64/fvgs/fvgs"
runs=${1:-3}
threads=${2:-2}
[ -x "$fvgs" ] || { echo "build the product first: ./fvgs --version" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FVGS_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config"
"$fvgs" --version >/dev/null   # creates the data directory and extracts nothing yet

now_ms() { date +%s%3N; }
for size in 720p 1080p; do
  scene="$root/tests/benchmarks/scenes/reference-$size.json"
  "$fvgs" render "$scene" -o "$work/warm.mp4" --threads "$threads" >/dev/null 2>&1   # first use extracts FFmpeg
  rm -f "$work/warm.mp4"
  for i in $(seq "$runs"); do
    t0=$(now_ms)
    "$fvgs" render "$scene" -o "$work/run.mp4" --threads "$threads" --stats >"$work/out.txt" 2>"$work/err.txt"
    t1=$(now_ms)
    echo "$size run $i: $(( t1 - t0 )) ms wall clock for the whole command (JVM start included); $(grep -o 'render: [0-9]* frames in.*' "$work/err.txt")"
    rm -f "$work/run.mp4"
  done
  grep -E 'render: (stats|cpu)' "$work/err.txt" | sed "s/^/$size /"
done
