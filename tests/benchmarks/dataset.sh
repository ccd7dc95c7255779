#!/usr/bin/env bash
# Dataset benchmark: a 20,000-entry Fashion Media Database on the embedded H2 file database and on the
# PostgreSQL server. Runs ai.fvgs.dataset.tests.DatasetBenchmark on a plain class path made of the product's
# own jars, so it measures the shipped code: import throughput (SHA-256, thumbnail, perceptual hash), p95 of
# "next entry in my queue", p95 of filtered searches. Prints a Markdown table per database.
#
#   tests/benchmarks/dataset.sh [ENTRIES [POSTGRESQL-URL]]
#       default 20000 entries and jdbc:postgresql://127.0.0.1:5432/test?user=postgres (a fresh schema,
#       dropped afterwards); POSTGRESQL-URL "none" skips PostgreSQL.
#
# Build first: ./mvnw -B package -DskipTests (the product and tests/ai.fvgs.dataset.tests/target/classes).
# The generated images are kept in target/dataset-benchmark/images-ENTRIES for later runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
plugins="$root/product/target/products/ai.fvgs.product/linux/gtk/x86_64/fvgs/plugins"
classes="$root/tests/ai.fvgs.dataset.tests/target/classes"
[ -d "$plugins" ] && [ -f "$classes/ai/fvgs/dataset/tests/DatasetBenchmark.class" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
# shellcheck source=../../.mvn/select-jdk.sh
. "$root/.mvn/select-jdk.sh"
fvgs_select_jdk

entries=${1:-20000}
pg=${2:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
cp="$classes"
for jar in "$plugins"/ai.fvgs.dataset_*.jar "$plugins"/ai.fvgs.sdk_*.jar "$plugins"/ai.fvgs.settings_*.jar "$plugins"/ai.fvgs.cli_*.jar \
           "$plugins"/ai.fvgs.video_*.jar "$plugins"/com.fasterxml.jackson.*.jar "$plugins"/com.h2database_*.jar "$plugins"/org.flywaydb.*.jar \
           "$plugins"/org.postgresql.jdbc_*.jar "$plugins"/org.eclipse.osgi_*.jar "$plugins"/org.bytedeco.*.jar; do
  cp="$cp:$jar"
done
images="$root/target/dataset-benchmark/images-$entries"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { "$JAVA_HOME/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED "-Dorg.bytedeco.javacpp.cachedir=$work/javacpp" \
          -cp "$cp" ai.fvgs.dataset.tests.DatasetBenchmark --entries "$entries" --images "$images" "$@"; }

echo "## H2 (embedded file)"
run --db h2 --work "$work/h2"
if [ "$pg" != none ]; then
  schema="fvgs_bench_$$"
  echo
  echo "## PostgreSQL"
  run --db "$pg&currentSchema=$schema" --work "$work/pg"
  "$JAVA_HOME/bin/java" -cp "$cp" ai.fvgs.dataset.tests.DatasetBenchmark --drop-schema "$pg" "$schema"
fi
