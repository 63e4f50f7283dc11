#!/usr/bin/env bash
# The records' export at scale: 1,000,000 records of a year in an embedded PostgreSQL, then the jar (built first when
# missing, or BENCH_JAR) with -Xmx256m exporting the whole year as CSV and as xlsx over HTTP, twice each: time to the
# first byte, total time, size and the service's peak used heap (client: bench/src/.../ExportBenchmark.java). About
# ten minutes on 2 cores.
#
#   bench/export.sh
#   BENCH_JAR=/tmp/old.jar bench/export.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_JAR=$(realpath "${BENCH_JAR:-bootstrap/target/slicewise.jar}" 2>/dev/null || true)
[ -f "$BENCH_JAR" ] || { ./mvnw -q -DskipTests package; BENCH_JAR=$(realpath bootstrap/target/slicewise.jar); }
export BENCH_JAR
exec ./mvnw -q -Pbench -pl bench -am -DskipTests package exec:java -Dexec.mainClass=dev.slicewise.bench.ExportBenchmark
