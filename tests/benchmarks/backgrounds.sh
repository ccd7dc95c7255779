#!/usr/bin/env bash
# Background benchmark: milliseconds per frame of the runway stage (and, for comparison, the first runway
# implementation, the cyclorama and the solid colour) along the benchmark scene's tracking camera, on one
# thread. Builds the modules it needs (verify, no install), then runs
# ai.fvgs.backgrounds.basic.BackgroundBenchmark on plain Java (painting needs no OSGi framework).
#
#   tests/benchmarks/backgrounds.sh [BackgroundBenchmark options, e.g. --sizes 1280x720 --runs 7 --only runway]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../.mvn/select-jdk.sh
. "$root/.mvn/select-jdk.sh"
fvgs_select_jdk
if [ ! -d "$root/tests/ai.fvgs.backgrounds.basic.tests/target/classes" ] || [ -n "${FVGS_REBUILD:-}" ]; then
  "$root/mvnw" -B -q -f "$root/pom.xml" verify -DskipTests \
    -pl bundles/ai.fvgs.sdk,bundles/ai.fvgs.backgrounds.basic,tests/ai.fvgs.backgrounds.basic.tests >&2
fi
cp="$root/bundles/ai.fvgs.sdk/target/classes:$root/bundles/ai.fvgs.backgrounds.basic/target/classes"
cp="$cp:$root/tests/ai.fvgs.backgrounds.basic.tests/target/classes"
exec "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -cp "$cp" ai.fvgs.backgrounds.basic.BackgroundBenchmark "$@"
