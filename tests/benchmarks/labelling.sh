#!/usr/bin/env bash
# Labelling latency (tests/ai.fvgs.dataset.ui.tests, LabellingUITest, a real H2 file database in a temporary
# folder, on the X display): opening the next entry of the queue including its 1280x960 image (target: p95
# under 100 ms), the same reads without read-ahead, and the entry browser with 20,000 entries (search, jumps
# to unread pages, the grid's End). Builds the modules it needs with `mvnw verify` (nothing is installed) and
# prints the figures the tests report.
#
#   DISPLAY=:99 tests/benchmarks/labelling.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
: "${DISPLAY:?the Dataset parts need an X display, e.g. DISPLAY=:99 with Xvfb}"
modules=bundles/ai.fvgs.dataset.ui,tests/ai.fvgs.dataset.ui.tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$root/mvnw" -B -o -f "$root/pom.xml" verify -pl "$modules" \
    -Dtest='LabellingUITest#openingTheNextEntryOfTheQueueIsQuick+theBrowserStaysSmoothWith20000Entries' \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
  tail -50 "$log" >&2
  exit 1
fi
grep -E '^(open next entry|read and decode|browser with|grid:|created)' "$log"
echo "system load: $(cut -d' ' -f1-3 /proc/loadavg)"
