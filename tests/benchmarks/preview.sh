#!/usr/bin/env bash
# Studio preview latency: the time from a change of the model to the new preview frame, (1) rendered by
# PreviewRenderer alone (tests/ai.fvgs.studio.tests, PreviewRendererTest#latencyPerChange, 360x480) and
# (2) painted in the Model Builder part on the X display (tests/ai.fvgs.studio.ui.tests,
# StudioUITest#previewLatencyAndScreenshot, the part's preview at its size in a 1180x820 window), and (3) of a
# dressed model (OutfitPreviewTest#dressedLatencyPerChange: a T-shirt and trousers, 360x480). Builds the
# modules it needs with `mvnw verify` (nothing is installed) and prints the figures the tests report.
#
#   DISPLAY=:99 tests/benchmarks/preview.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
: "${DISPLAY:?the Model Builder part needs an X display, e.g. DISPLAY=:99 with Xvfb}"
modules=bundles/ai.fvgs.scene,bundles/ai.fvgs.studio,bundles/ai.fvgs.studio.ui,tests/ai.fvgs.studio.tests,tests/ai.fvgs.studio.ui.tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$root/mvnw" -B -f "$root/pom.xml" verify -pl "$modules" \
    -Dtest='PreviewRendererTest#latencyPerChange,OutfitPreviewTest#dressedLatencyPerChange,StudioUITest#previewLatencyAndScreenshot' \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
  tail -50 "$log" >&2
  exit 1
fi
grep '^preview latency' "$log"
echo "system load: $(cut -d' ' -f1-3 /proc/loadavg)"
