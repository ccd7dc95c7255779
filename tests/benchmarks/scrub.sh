#!/usr/bin/env bash
# Scene part scrub latency: the time from moving the scrubber to the new frame of the animation, (1) rendered by
# AnimationPreview alone through the production pipeline at 640x360 (tests/ai.fvgs.studio.tests,
# AnimationPreviewTest#scrubLatency: playing on by one frame, jumping ahead, jumping back, a cached frame, a
# changed scene) and (2) painted in the Scene part on the X display (tests/ai.fvgs.studio.ui.tests,
# SceneUITest#scrubLatencyAndScreenshot: the runway stage background, scrubbing forward and back). Builds the
# modules it needs with `mvnw verify` (nothing is installed) and prints the figures the tests report.
#
#   DISPLAY=:99 tests/benchmarks/scrub.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
: "${DISPLAY:?the Scene part needs an X display, e.g. DISPLAY=:99 with Xvfb}"
modules=bundles/ai.fvgs.studio,bundles/ai.fvgs.studio.ui,tests/ai.fvgs.studio.tests,tests/ai.fvgs.studio.ui.tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$root/mvnw" -B -f "$root/pom.xml" verify -pl "$modules" \
    -Dtest='AnimationPreviewTest#scrubLatency,SceneUITest#scrubLatencyAndScreenshot' \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
  tail -50 "$log" >&2
  exit 1
fi
grep '^scrub latency' "$log"
echo "system load: $(cut -d' ' -f1-3 /proc/loadavg)"
