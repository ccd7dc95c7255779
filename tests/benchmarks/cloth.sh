#!/usr/bin/env bash
# Cloth solver benchmark: milliseconds per frame of a skirt on the walking 20-capsule body
# (tests/ai.fvgs.cloth.tests, WalkingBody) for several skirt resolutions. Builds the two modules it needs, then
# runs ai.fvgs.cloth.tests.ClothBenchmark on plain Java (the solver needs no OSGi framework).
#
#   tests/benchmarks/cloth.sh [ClothBenchmark options, e.g. --sizes 96x32 --substeps 8 --fps 30 --runs 9]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../.mvn/select-jdk.sh
. "$root/.mvn/select-jdk.sh"
fvgs_select_jdk
if [ ! -d "$root/tests/ai.fvgs.cloth.tests/target/classes" ] || [ -n "${FVGS_REBUILD:-}" ]; then
  "$root/mvnw" -B -q -f "$root/pom.xml" verify -DskipTests -pl bundles/ai.fvgs.cloth,tests/ai.fvgs.cloth.tests >&2
fi
cp="$root/bundles/ai.fvgs.cloth/target/classes:$root/tests/ai.fvgs.cloth.tests/target/classes"
exec "$JAVA_HOME/bin/java" -Xms256m -Xmx256m -cp "$cp" ai.fvgs.cloth.tests.ClothBenchmark "$@"
