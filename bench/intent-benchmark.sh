#!/usr/bin/env bash
# Intent classifier benchmark: trains on the training split of the shipped dataset, then prints per-intent
# precision, recall, F1 and support on the held-out split, accuracy, the threshold table, training time, time per
# classification (median, p99) against a tokenise-only baseline, and throughput on all processors.
#
#   bench/intent-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# The bench classes inline the threshold constants of Ranking, so they are compiled afresh; their classes are removed
# by hand rather than with `clean`, which needs a plugin that an offline build may lack.
rm -rf bench/target/classes
exec ./mvnw -q -Pbench -pl bench -am -DskipTests package exec:java -Dexec.mainClass=dev.slicewise.bench.IntentBenchmark
