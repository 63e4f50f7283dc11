#!/usr/bin/env bash
# Blind benchmark (issue 12): sends every message of the blind test set (bench/blind/*.tsv, written without reading the
# engine's training data or tables) through POST chats/messages/ of the jar, each as the first turn of a new chat with
# the real Elegoo Centauri Carbon presets (PLA and 0.20mm Standard selected) and a plate of one model, and prints per
# language and overall: workflow accuracy, goal accuracy, the share of settings requests answered with a recommendation,
# the share that moved the named setting the right way, explicit values landed, off-topic messages without a slicer
# action, then per intent and per goal, the time per message and the service's CPU time per message (steadier than
# the time when other processes load the machine: compare builds on it, BENCH_JAR). The failures (id, message,
# expected, got) go to a file. The exit status is 0 whatever the scores (it is a measurement); non-zero only when the service cannot be run.
#
# Builds the jar first (./mvnw -DskipTests package), or measures another build: BENCH_JAR.
# The service runs on a free port of 127.0.0.1 with a fresh H2 database in a temporary folder and the embedded
# assistant; the folder is removed at the end.
#
#   bench/blind-benchmark.sh
#   BENCH_JAR=/tmp/old.jar bench/blind-benchmark.sh               # another build, e.g. the one before a change
#   BENCH_FAILURES=/tmp/blind-failures.tsv bench/blind-benchmark.sh  # default bench/target/blind-failures.tsv
#   MAVEN_ARGS=-o bench/blind-benchmark.sh                        # Maven offline, once ~/.m2 is filled
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${BENCH_JAR:-}" ]; then
  [ -f "$BENCH_JAR" ] || { echo "no $BENCH_JAR" >&2; exit 1; }
  JAR=$(realpath "$BENCH_JAR")
else
  ./mvnw -q -DskipTests package
  JAR=$(realpath bootstrap/target/slicewise.jar)
fi
FAILURES=$(realpath -m "${BENCH_FAILURES:-bench/target/blind-failures.tsv}")
JAVA=$(./slicewise java-home)/bin/java
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d)

cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

(cd "$WORK" && exec env SLICEWISE_PORT="$PORT" SLICEWISE_PARTNER_TOKENS=blind-partner SLICEWISE_ASSISTANT_MODE=embedded \
  SLICEWISE_CREDITS_INITIAL_GRANT=1000000000 SLICEWISE_LOG_LEVEL=warn SLICEWISE_DATA_DIR="$WORK/data" \
  SLICEWISE_DB_URL="jdbc:h2:file:$WORK/data/slicewise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  "$JAVA" -jar "$JAR") > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the service did not start:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }

# system properties, not exec.args: exec.args would also replace the arguments of the intent model's training (-am)
echo "blind benchmark: $JAR on $("$JAVA" -version 2>&1 | head -1), $(nproc) processors"
./mvnw -q -Pbench -pl bench -am -DskipTests package exec:java -Dexec.mainClass=dev.slicewise.bench.blind.BlindBenchmark \
  -Dblind.api="http://127.0.0.1:$PORT/ent/partners/api/elegoo/" -Dblind.partner-token=blind-partner \
  -Dblind.set="$PWD/bench/blind" -Dblind.presets="$PWD/domain/src/test/resources/presets/orca-elegoo-cc" \
  -Dblind.failures="$FAILURES" -Dblind.service-pid="$SERVER" -Dblind.clock-ticks="$(getconf CLK_TCK)"
if grep -qE "ERROR|Exception" "$WORK/server.log"; then
  echo "service log lines with ERROR or Exception:"
  grep -E "ERROR|Exception" "$WORK/server.log" | head -5
fi
