#!/usr/bin/env bash
# Video encoding benchmark: MP4 (H.264), WebM (VP9, with and without alpha) and PNG sequences of 1280x720
# frames, MP4 decoding, and ImageIO's PNG writer for comparison. Runs ai.fvgs.video.tests.VideoBenchmark on a
# plain class path made of the product's own jars (ai.fvgs.video, JavaCV, JavaCPP, FFmpeg and its natives), so
# it measures exactly the shipped encoders. Prints a Markdown table.
#
#   tests/benchmarks/video.sh [FRAMES [WIDTH HEIGHT]]     (default 300 1280 720)
#
# Build first: ./mvnw -B package -DskipTests (the product and tests/ai.fvgs.video.tests/target/classes).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
plugins="$root/product/target/products/ai.fvgs.product/linux/gtk/x86_64/fvgs/plugins"
classes="$root/tests/ai.fvgs.video.tests/target/classes"
[ -d "$plugins" ] && [ -d "$classes/ai/fvgs/video/tests" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
# shellcheck source=../../.mvn/select-jdk.sh
. "$root/.mvn/select-jdk.sh"
fvgs_select_jdk

cp="$classes"
for jar in "$plugins"/ai.fvgs.video_*.jar "$plugins"/org.bytedeco.*.jar; do cp="$cp:$jar"; done
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "-Dorg.bytedeco.javacpp.cachedir=$cache" \
  -cp "$cp" ai.fvgs.video.tests.VideoBenchmark "$@"
