#!/usr/bin/env bash
# Embedded engine benchmark: the per-request cost (classification and reply, the conversation summary included) of a
# print troubleshooting conversation of 4, 40 and 400 messages, median and p99, and the ratio to the 4-message one.
#
#   bench/conversation-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -Pbench -pl bench -am -DskipTests package exec:java -Dexec.mainClass=dev.slicewise.bench.ConversationBenchmark
