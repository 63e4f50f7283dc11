#!/usr/bin/env bash
# What a long native session costs: POST /api/v1/chat on a session that already holds 400 messages against the same
# message opening a new session, in the same run, interleaved, reported as medians, p90 and their ratio (the goal:
# the long session within 1.5x of the new one). Needs a built jar (./mvnw -DskipTests package) and curl.
#
#   bench/native-chat-depth.sh [requests per kind, default 300]
#   BENCH_ENV="DATASOURCES_DEFAULT_URL=jdbc:postgresql://... DATASOURCES_DEFAULT_USERNAME=... " bench/native-chat-depth.sh
#   BENCH_JAR=/tmp/old.jar bench/native-chat-depth.sh
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${1:-300}
PORT=${BENCH_PORT:-18082}
JAR=${BENCH_JAR:-bootstrap/target/slicewise.jar}
WORK=$(mktemp -d)
V1=http://127.0.0.1:$PORT/api/v1

[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
JAR=$(realpath "$JAR")
JAVA=$(./slicewise java-home)/bin/java

cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

(cd "$WORK" && exec env ${BENCH_ENV:-} SLICEWISE_PORT=$PORT SLICEWISE_PARTNER_TOKENS=bench-partner \
  SLICEWISE_CREDITS_INITIAL_GRANT=1000000000 SLICEWISE_LOG_LEVEL=warn "$JAVA" -jar "$JAR") > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the service did not start:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }

KEY=$(curl -fs -X POST "$V1/api_keys" -H 'Authorization: Token bench-partner' -H 'Content-Type: application/json' \
  -d '{"name": "bench", "rate_limit_per_minute": 100000}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
chat() { curl -fs -o "$WORK/answer" -w '%{time_total}\n' -X POST "$V1/chat" -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' -d "$1"; }

# The long session: 200 turns of a troubleshooting conversation and settings questions, 400 messages.
chat '{"message": "My PETG prints have a lot of stringing"}' >/dev/null
SESSION=$(sed -E 's/.*"session_id":"([^"]+)".*/\1/' "$WORK/answer")
LINES=("Yes" "No" "Not sure" "PLA" "It did not help" "How do I make it stronger?" "slice it" "what is my layer height?")
for i in $(seq 2 200); do
  chat "{\"message\": \"${LINES[$((i % ${#LINES[@]}))]}\", \"session_id\": \"$SESSION\"}" >/dev/null
done
COUNT=$(curl -fs "$V1/sessions/$SESSION" -H "Authorization: Bearer $KEY" | sed -E 's/.*"message_count":([0-9]+).*/\1/')
echo "long session: $COUNT messages; $REQUESTS requests of each kind, interleaved (after 50 of each to warm up)"

for i in $(seq 1 50); do
  chat '{"message": "How do I make it stronger?"}' >/dev/null
  chat "{\"message\": \"How do I make it stronger?\", \"session_id\": \"$SESSION\"}" >/dev/null
done
: > "$WORK/new"; : > "$WORK/long"
for i in $(seq 1 "$REQUESTS"); do
  chat '{"message": "How do I make it stronger?"}' >> "$WORK/new"
  chat "{\"message\": \"How do I make it stronger?\", \"session_id\": \"$SESSION\"}" >> "$WORK/long"
done
stats() { sort -n "$1" | awk '{a[NR]=$1} END {printf "%.2f %.2f", a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000}'; }
read -r NEW50 NEW90 <<< "$(stats "$WORK/new")"
read -r LONG50 LONG90 <<< "$(stats "$WORK/long")"
echo "new session:        median ${NEW50} ms, p90 ${NEW90} ms"
echo "400+ message session: median ${LONG50} ms, p90 ${LONG90} ms"
awk -v a="$LONG50" -v b="$NEW50" -v c="$LONG90" -v d="$NEW90" \
  'BEGIN {printf "ratio long/new: median %.2f, p90 %.2f (goal: at most 1.5)\n", a/b, c/d}'
