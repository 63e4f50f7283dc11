#!/usr/bin/env bash
# LLM-path benchmark (SLICEWISE_ASSISTANT_MODE=llm) against the fake OpenAI-compatible provider of the tests
# (adapters-llm/src/test/.../FakeOpenAi.java), which answers every request after a fixed delay. Two phases, each with
# its own service and fake on 127.0.0.1; every wrk run is bounded in time. Needs wrk and a built jar.
#
#  1. overhead: mean latency of a message that goes to the model, minus the provider's delay, next to the mean
#     latency of a slicer command the embedded engine answers locally, in the same run; one connection, so that
#     the figures are the service's own work, not queueing for the CPU;
#  2. concurrency: CONCURRENT connections (default 1000) keep a message in flight each against a provider that takes
#     SLOW_MS (default 2000 ms): errors, throughput against the ideal CONCURRENT / delay, the service's platform
#     threads and memory.
#
#   bench/llm-load.sh [seconds per run, default 20]
#   FAST_MS=200 SLOW_MS=2000 CONCURRENT=1000 PHASES="1 2" BENCH_JAVA_OPTS=-Xmx1g \
#   BENCH_ENV="SLICEWISE_PERSISTENCE=memory" bench/llm-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20}
FAST_MS=${FAST_MS:-200}
SLOW_MS=${SLOW_MS:-2000}
CONCURRENT=${CONCURRENT:-1000}
PHASES=${PHASES:-1 2}
PORT=${BENCH_PORT:-18080}
FAKE_PORT=${BENCH_FAKE_PORT:-18098}
JAR=bootstrap/target/slicewise.jar
FAKE=adapters-llm/src/test/java/dev/slicewise/adapter/llm/openai/FakeOpenAi.java
WORK=$(mktemp -d)
BASE=http://127.0.0.1:$PORT/ent/partners/api/elegoo

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
JAVA=$(./slicewise java-home)/bin/java

stop() { for pid in ${SERVER:-} ${PROVIDER:-}; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT

# Starts the fake provider with a delay and the service pointed at it, and registers USERS users.
start() {
  local delay=$1 users=$2
  stop
  "$JAVA" "$FAKE" "$FAKE_PORT" "$delay" > "$WORK/fake.log" 2>&1 &
  PROVIDER=$!
  (cd "$WORK" && exec env ${BENCH_ENV:-} SLICEWISE_PORT=$PORT SLICEWISE_PARTNER_TOKENS=bench-partner \
    SLICEWISE_CREDITS_INITIAL_GRANT=1000000000 SLICEWISE_LOG_LEVEL=warn SLICEWISE_DATA_DIR="$WORK/data-$delay" \
    SLICEWISE_DB_URL="jdbc:h2:file:$WORK/data-$delay/slicewise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    SLICEWISE_ASSISTANT_MODE=llm SLICEWISE_LLM_BASE_URL="http://127.0.0.1:$FAKE_PORT" SLICEWISE_LLM_API_KEY=bench-key \
    SLICEWISE_LLM_MODEL=fake-model SLICEWISE_LLM_TIMEOUT_MS=$((delay * 3 + 5000)) \
    "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$OLDPWD/$JAR") > "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.1; done
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the service did not start:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
  for u in $(seq 1 "$users"); do
    echo "{\"elegoo_user_id\":\"bench-$u\",\"access_token\":\"bench-token-$u\",\"expire_in\":86400}"
  done | xargs -d '\n' -P 32 -I{} curl -fs -o /dev/null -X POST "$BASE/user_access_token/" \
    -H 'Authorization: Token bench-partner' -H 'Content-Type: application/json' -d '{}'
}

# A wrk script: each wrk thread takes its own half of the users in turn, so that with twice as many users as
# connections no user has two turns in flight (two debits of one balance row at once are a conflict, not load); each
# request gets a fresh Idempotency-Key (an identical body would otherwise be answered from the stored reply).
script() {
  local name=$1 text=$2 users=$3
  cat > "$WORK/$name.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local threads, half, n = 0, $users / 2, 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
request = function()
  n = n + 1
  local u = id * half + n % half + 1
  local body = '{"elegoo_user_id":"bench-' .. u .. '","access_token":"bench-token-' .. u .. '",'
    .. '"messages":[{"role":"user","content":"$text"}]}'
  return wrk.format(nil, nil, {["Idempotency-Key"] = "$name-" .. os.time() .. "-" .. id .. "-" .. n}, body)
end
LUA
}

# One message through the model, which also waits for the intent classifier's training at start-up.
first_answer() {
  curl -fs -m 120 -X POST "$BASE/chats/messages/" -H 'Content-Type: application/json' -H "Idempotency-Key: first-$1" \
    -d '{"elegoo_user_id":"bench-1","access_token":"bench-token-1","messages":[{"role":"user","content":"What do you think, is a print farm a good hobby?"}]}' | head -c 300; echo
}

# CPU time (user + system) the service has used so far, in milliseconds.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' /proc/"$SERVER"/stat; }

mean_ms() { awk '/^    Latency/ {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; print v}' "$1"; }
memory() {
  local pid=$1
  echo "service threads (platform): $(awk '/^Threads/ {print $2}' /proc/"$pid"/status), resident peak $(awk '/^VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status), resident now $(awk '/^VmRSS/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status)"
  ${JAVA_HOME:+$JAVA_HOME/bin/}jcmd "$pid" GC.heap_info 2>/dev/null | grep -iE "garbage-first heap|total" | head -1 || true
}

echo "jar size: $(stat -c %s "$JAR") bytes ($(du -h "$JAR" | cut -f1))"

if [[ " $PHASES " == *" 1 "* ]]; then
echo "== phase 1: overhead per message (provider delay $FAST_MS ms, one connection)"
start "$FAST_MS" 64
script model "What do you think, is a print farm a good hobby?" 64
script local "Please slice the model" 64
first_answer 1
wrk -t1 -c4 -d5s -s "$WORK/model.lua" "$BASE/chats/messages/" >/dev/null
wrk -t1 -c4 -d5s -s "$WORK/local.lua" "$BASE/chats/messages/" >/dev/null
for name in model local; do
  echo "-- $name"
  wrk -t1 -c1 -d"${DURATION}s" --latency -s "$WORK/$name.lua" "$BASE/chats/messages/" | tee "$WORK/$name.txt"
done
fake=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -X POST "http://127.0.0.1:$FAKE_PORT/v1/chat/completions" \
  -H 'Content-Type: application/json' -d '{"model":"fake-model","messages":[]}'; done | awk '{s += $1} END {printf "%.1f", s * 1000 / NR}')
awk -v m="$(mean_ms "$WORK/model.txt")" -v l="$(mean_ms "$WORK/local.txt")" -v f="$fake" 'BEGIN {
  printf "LLM path: mean %.1f ms = the provider as curl sees it %.1f ms + service overhead %.1f ms; embedded path (same run): mean %.1f ms\n", m, f, m - f, l }'
fi

if [[ " $PHASES " == *" 2 "* ]]; then
echo "== phase 2: $CONCURRENT requests in flight, provider delay $SLOW_MS ms"
start "$SLOW_MS" $((2 * CONCURRENT))
script slow "What do you think, is a print farm a good hobby?" $((2 * CONCURRENT))
first_answer 2
echo "warm-up (JIT): 20 s with 200 connections"
wrk -t2 -c200 -d20s --timeout 30s -s "$WORK/slow.lua" "$BASE/chats/messages/" >/dev/null
before=$(cpu_ms)
wrk -t2 -c"$CONCURRENT" -d"${DURATION}s" --timeout 30s --latency -s "$WORK/slow.lua" "$BASE/chats/messages/" | tee "$WORK/slow.txt"
after=$(cpu_ms)
memory "$SERVER"
awk -v c=$((after - before)) -v cores="$(nproc)" '/requests in/ {printf "service CPU per request: %.2f ms; with %d cores the CPU alone allows %.0f req/s\n", c / $1, cores, cores * 1000 * $1 / c}' "$WORK/slow.txt"
awk -v c="$CONCURRENT" -v d="$SLOW_MS" '/Requests\/sec/ {printf "throughput %.1f req/s; ideal with %d in flight and %d ms each: %.1f req/s\n", $2, c, d, c * 1000 / d}' "$WORK/slow.txt"
grep -E "Non-2xx|Socket errors" "$WORK/slow.txt" || echo "errors: none (no socket errors, no non-2xx answers)"
grep -cE "ERROR|WARN|Exception" "$WORK/server.log" | xargs echo "service log lines with ERROR, WARN or Exception:"
grep -E "ERROR|WARN|Exception" "$WORK/server.log" | cut -c14- | sed -E 's/[0-9]+/N/g' | sort | uniq -c | sort -rn | head -5
fi
