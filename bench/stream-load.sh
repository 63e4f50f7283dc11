#!/usr/bin/env bash
# Streaming benchmark of POST /api/v1/chat with "stream": true, the jar in llm mode against the fake provider of the
# tests (adapters-llm/src/test/.../FakeOpenAi.java) streaming its answer. Two phases, each with its own service and
# fake on 127.0.0.1 (client: bench/src/.../StreamLoad.java):
#
#  1. first event: the fake's first text comes after FIRST_MS (default 200 ms); COUNT streamed chats one after
#     another (default 200): time to the first `message` event through the service next to the time to the first
#     text chunk straight from the fake, alternating, in the same run;
#  2. load: CONCURRENT streamed chats at once (default 1000) against a fake that streams for STREAM_MS (default
#     2000 ms) in 40 pieces: streams complete, failures, the service's peak used heap, threads, resident memory. The
#     service runs with -Xmx512m (BENCH_JAVA_OPTS to change it), so no error also means the heap stayed under 512 MB.
#
#   bench/stream-load.sh
#   FIRST_MS=200 COUNT=200 STREAM_MS=2000 CONCURRENT=1000 PHASES="1 2" BENCH_ENV="SLICEWISE_PERSISTENCE=memory" \
#   bench/stream-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

FIRST_MS=${FIRST_MS:-200}
COUNT=${COUNT:-200}
STREAM_MS=${STREAM_MS:-2000}
CONCURRENT=${CONCURRENT:-1000}
PHASES=${PHASES:-1 2}
PORT=${BENCH_PORT:-18085}
FAKE_PORT=${BENCH_FAKE_PORT:-18099}
JAR=bootstrap/target/slicewise.jar
FAKE=adapters-llm/src/test/java/dev/slicewise/adapter/llm/openai/FakeOpenAi.java
WORK=$(mktemp -d)

[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
JAVA_HOME=$(./slicewise java-home)
export JAVA_HOME
JAVA=$JAVA_HOME/bin/java

stop() { for pid in ${SERVER:-} ${PROVIDER:-}; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT

# Starts the fake provider (delay, pieces, pace) and the service pointed at it.
start() {
  local delay=$1 pieces=$2 pace=$3
  stop
  "$JAVA" "$FAKE" "$FAKE_PORT" "$delay" "$pieces" "$pace" > "$WORK/fake.log" 2>&1 &
  PROVIDER=$!
  (cd "$WORK" && exec env ${BENCH_ENV:-} SLICEWISE_PORT=$PORT SLICEWISE_PARTNER_TOKENS=bench-partner \
    SLICEWISE_CREDITS_INITIAL_GRANT=1000000000 SLICEWISE_LOG_LEVEL=warn SLICEWISE_DATA_DIR="$WORK/data-$pieces" \
    SLICEWISE_DB_URL="jdbc:h2:file:$WORK/data-$pieces/slicewise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    SLICEWISE_ASSISTANT_MODE=llm SLICEWISE_FALLBACK_THRESHOLD=1 SLICEWISE_LLM_BASE_URL="http://127.0.0.1:$FAKE_PORT" \
    SLICEWISE_LLM_API_KEY=bench-key SLICEWISE_LLM_MODEL=fake-model SLICEWISE_LLM_TIMEOUT_MS=60000 \
    "$JAVA" ${BENCH_JAVA_OPTS:--Xmx512m} -jar "$OLDPWD/$JAR") > "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the service did not start:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
}

client() {
  ./mvnw -q -o -Pbench -pl bench exec:java -Dexec.mainClass=dev.slicewise.bench.StreamLoad \
    -Dbench.base="http://127.0.0.1:$PORT" -Dbench.partner=bench-partner -Dbench.fake="http://127.0.0.1:$FAKE_PORT" \
    -Dbench.pid="$SERVER" "$@"
}

echo "stream benchmark: $("$JAVA" -version 2>&1 | head -1), $(nproc) processors, ${BENCH_JAVA_OPTS:--Xmx512m}${BENCH_ENV:+, $BENCH_ENV}"
./mvnw -q ${MAVEN_ARGS:-} -Pbench -pl bench -am -DskipTests install

if [[ " $PHASES " == *" 1 "* ]]; then
  echo "== phase 1: first event, the provider's first text after $FIRST_MS ms"
  start $((FIRST_MS - 10)) 10 10
  client -Dbench.phase=first -Dbench.count="$COUNT"
fi

if [[ " $PHASES " == *" 2 "* ]]; then
  echo "== phase 2: $CONCURRENT streams at once, the provider streaming for $STREAM_MS ms"
  start 0 40 $((STREAM_MS / 40))
  client -Dbench.phase=load -Dbench.concurrent="$CONCURRENT"
fi
