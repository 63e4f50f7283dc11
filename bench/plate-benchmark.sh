#!/usr/bin/env bash
# Plate analysis benchmark: the time of the embedded analysis of four 512x512 JPEG views (the reference client's
# request), per rendered test plate: median, p90, p99 and max over 100 analyses after a warm-up, one thread.
#
#   bench/plate-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -Pbench -pl bench -am -DskipTests package exec:java -Dexec.mainClass=dev.slicewise.bench.PlateAnalysisBenchmark
