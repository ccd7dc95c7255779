#!/usr/bin/env bash
# Renderer benchmark: frames per second on the reference scene (tests/ai.fvgs.render.tests, ReferenceScene)
# for each frame size and thread count. Builds the two modules it needs, then runs
# ai.fvgs.render.tests.RenderBenchmark on plain Java (no OSGi framework is needed to render).
#
#   tests/benchmarks/render.sh [RenderBenchmark options, e.g. --sizes 1280x720 --threads 1,2 --runs 7]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../.mvn/select-jdk.sh
. "$root/.mvn/select-jdk.sh"
fvgs_select_jdk
if [ ! -d "$root/tests/ai.fvgs.render.tests/target/classes" ] || [ -n "${FVGS_REBUILD:-}" ]; then
  "$root/mvnw" -B -q -f "$root/pom.xml" verify -DskipTests -pl bundles/ai.fvgs.sdk,bundles/ai.fvgs.render,tests/ai.fvgs.render.tests >&2
fi
cp="$root/bundles/ai.fvgs.sdk/target/classes:$root/bundles/ai.fvgs.render/target/classes:$root/tests/ai.fvgs.render.tests/target/classes"
exec "$JAVA_HOME/bin/java" -Xms1g -Xmx1g -cp "$cp" ai.fvgs.render.tests.RenderBenchmark "$@"
