#!/usr/bin/env bash
# Plate analysis memory benchmark: the service's resident memory while PARALLEL plate analyses (default 12) with VIEWS
# PNG views (default 8) of SIDE x SIDE pixels (default 4096, the largest accepted) each arrive at once, the worst input
# the limits let through. Starts the jar with the default heap (or BENCH_JAVA_OPTS) on a fresh H2 database; prints the
# resident memory after start-up and one analysis of the reference client's four 512x512 views, each answer's status
# and time, and the peak resident memory (VmHWM). Needs a built jar.
#
#   bench/plate-memory.sh
#   PARALLEL=12 VIEWS=8 SIDE=4096 BENCH_ENV="SLICEWISE_PLATE_PIXEL_BUDGET_MP=64" bench/plate-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PARALLEL=${PARALLEL:-12}
VIEWS=${VIEWS:-8}
SIDE=${SIDE:-4096}
PORT=${BENCH_PORT:-18083}
JAR=bootstrap/target/slicewise.jar
WORK=$(mktemp -d)

[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
JAVA=$(./slicewise java-home)/bin/java

cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

(cd "$WORK" && exec env ${BENCH_ENV:-} SLICEWISE_PORT=$PORT SLICEWISE_PARTNER_TOKENS=bench-partner \
  SLICEWISE_LOG_LEVEL=warn SLICEWISE_DATA_DIR="$WORK/data" \
  SLICEWISE_DB_URL="jdbc:h2:file:$WORK/data/slicewise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$OLDPWD/$JAR") > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the service did not start:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }

echo "plate memory benchmark: $("$JAVA" -version 2>&1 | head -1), $(nproc) processors, $(awk '/MemTotal/ {printf "%d MB", $2 / 1024}' /proc/meminfo) of memory, ${BENCH_JAVA_OPTS:-default heap}${BENCH_ENV:+, $BENCH_ENV}"
./mvnw -q -Pbench -pl bench -am -DskipTests package exec:java -Dexec.mainClass=dev.slicewise.bench.PlateMemoryLoad \
  -Dbench.base="http://127.0.0.1:$PORT/ent/partners/api/elegoo/" -Dbench.partner=bench-partner -Dbench.pid="$SERVER" \
  -Dbench.parallel="$PARALLEL" -Dbench.views="$VIEWS" -Dbench.side="$SIDE"
