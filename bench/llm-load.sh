#!/usr/bin/env bash
# LLM-path benchmark (SLICEWISE_ASSISTANT_MODE=llm) against the fake OpenAI-compatible provider of the tests
# (adapters-llm/src/test/.../FakeOpenAi.java), which answers every request after a fixed delay. Two phases, each with
# its own service and fake on 127.0.0.1; every wrk run is bounded in time. Needs wrk and a built jar.
#
#  1. overhead: the latency of a message that goes to the model (mean, p50 and p90 of wrk's distribution) minus the
#     provider's as curl sees it (its mean from the mean, its median from the percentiles), next to the latency of a
#     slicer command the embedded engine answers locally, in the same run; one connection, so that the figures are the
#     service's own work, not queueing for the CPU; then the service's CPU time per message of each kind with 16 in
#     flight (a few dozen messages at one connection would mostly measure the JIT and the GC). It begins with
#     BENCH_WARMUP (40) seconds of model messages: at 80 messages a second the JIT compiles for about a minute after
#     the start, and its compilations were half of the CPU per message 40 s in;
#  2. concurrency: CONCURRENT connections (default 1000) keep a message in flight each against a provider that takes
#     SLOW_MS (default 2000 ms): errors, throughput against the ideal CONCURRENT / delay, the service's platform
#     threads and memory.
#
# BENCH_JARS measures several builds in one run, each phase for each jar in turn (ROUNDS times over), and ends with a
# table of each jar's phase 1 figures against the first jar's: an older build as the baseline of a change.
#
#   bench/llm-load.sh [seconds per run, default 20]
#   FAST_MS=200 SLOW_MS=2000 CONCURRENT=1000 PHASES="1 2" BENCH_JAVA_OPTS=-Xmx1g \
#   BENCH_ENV="SLICEWISE_PERSISTENCE=memory" BENCH_JARS="/tmp/before.jar bootstrap/target/slicewise.jar" ROUNDS=2 \
#   bench/llm-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20}
FAST_MS=${FAST_MS:-200}
SLOW_MS=${SLOW_MS:-2000}
CONCURRENT=${CONCURRENT:-1000}
PHASES=${PHASES:-1 2}
PORT=${BENCH_PORT:-18080}
FAKE_PORT=${BENCH_FAKE_PORT:-18098}
JARS=${BENCH_JARS:-bootstrap/target/slicewise.jar}
ROUNDS=${ROUNDS:-1}
WARMUP=${BENCH_WARMUP:-40}
FAKE=adapters-llm/src/test/java/dev/slicewise/adapter/llm/openai/FakeOpenAi.java
WORK=$(mktemp -d)
BASE=http://127.0.0.1:$PORT/ent/partners/api/elegoo

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
for jar in $JARS; do
  [ -f "$jar" ] || { echo "$jar is missing; build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
done
JARS=$(for jar in $JARS; do realpath "$jar"; done)
JAVA=$(./slicewise java-home)/bin/java

stop() { for pid in ${SERVER:-} ${PROVIDER:-}; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT

# Starts the fake provider with a delay and the service of JAR pointed at it, on a database of its own, and registers
# USERS users.
start() {
  local delay=$1 users=$2
  stop
  STARTS=$((${STARTS:-0} + 1))
  "$JAVA" "$FAKE" "$FAKE_PORT" "$delay" > "$WORK/fake.log" 2>&1 &
  PROVIDER=$!
  (cd "$WORK" && exec env ${BENCH_ENV:-} SLICEWISE_PORT=$PORT SLICEWISE_PARTNER_TOKENS=bench-partner \
    SLICEWISE_CREDITS_INITIAL_GRANT=1000000000 SLICEWISE_LOG_LEVEL=warn SLICEWISE_DATA_DIR="$WORK/data-$STARTS" \
    SLICEWISE_DB_URL="jdbc:h2:file:$WORK/data-$STARTS/slicewise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    SLICEWISE_ASSISTANT_MODE=llm SLICEWISE_LLM_BASE_URL="http://127.0.0.1:$FAKE_PORT" SLICEWISE_LLM_API_KEY=bench-key \
    SLICEWISE_LLM_MODEL=fake-model SLICEWISE_LLM_STREAM=false SLICEWISE_LLM_TIMEOUT_MS=$((delay * 3 + 5000)) \
    "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$JAR") > "$WORK/server.log" 2>&1 &
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

# wrk's mean latency, or with a percentile (50, 90) that line of its distribution, in milliseconds.
latency_ms() {
  awk -v p="${2:-}" 'function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v }
    sub(/s$/, "", v); return v * 1000 }
    p == "" && /^    Latency/ { print ms($2) } p != "" && $1 == p "%" { print ms($2) }' "$1"
}
memory() {
  local pid=$1
  echo "service threads (platform): $(awk '/^Threads/ {print $2}' /proc/"$pid"/status), resident peak $(awk '/^VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status), resident now $(awk '/^VmRSS/ {printf "%.0f MB", $2/1024}' /proc/"$pid"/status)"
  ${JAVA_HOME:+$JAVA_HOME/bin/}jcmd "$pid" GC.heap_info 2>/dev/null | grep -iE "garbage-first heap|total" | head -1 || true
  # What of it is live: the heap used after a full collection, the turns still in flight included.
  ${JAVA_HOME:+$JAVA_HOME/bin/}jcmd "$pid" GC.run >/dev/null 2>&1 || true
  ${JAVA_HOME:+$JAVA_HOME/bin/}jcmd "$pid" GC.heap_info 2>/dev/null | grep -iE "garbage-first heap|total" | head -1 \
    | sed 's/^/after a full GC: /' || true
}

# Phase 1 for the service of JAR; its figures go to a line of $WORK/summary.
overhead() {
echo "== phase 1: overhead per message (provider delay $FAST_MS ms, one connection)"
start "$FAST_MS" 64
script model "What do you think, is a print farm a good hobby?" 64
script local "Please slice the model" 64
first_answer 1
echo "warm-up (JIT): $WARMUP s of model messages with 16 connections"
wrk -t1 -c16 -d"${WARMUP}s" -s "$WORK/model.lua" "$BASE/chats/messages/" >/dev/null
wrk -t1 -c4 -d5s -s "$WORK/local.lua" "$BASE/chats/messages/" >/dev/null
for name in model local; do
  echo "-- $name"
  wrk -t1 -c1 -d"${DURATION}s" --latency -s "$WORK/$name.lua" "$BASE/chats/messages/" | tee "$WORK/$name.txt"
done
# The CPU per message, from many messages.
for name in model local; do
  before=$(cpu_ms)
  wrk -t1 -c16 -d"${DURATION}s" -s "$WORK/$name.lua" "$BASE/chats/messages/" > "$WORK/$name-cpu.txt"
  after=$(cpu_ms)
  awk -v c=$((after - before)) '/requests in/ {printf "%.2f", c / $1}' "$WORK/$name-cpu.txt" > "$WORK/$name.cpu"
done
for _ in $(seq 1 40); do curl -s -o /dev/null -w '%{time_total}\n' -X POST "http://127.0.0.1:$FAKE_PORT/v1/chat/completions" \
  -H 'Content-Type: application/json' -d '{"model":"fake-model","messages":[]}'; done | sort -n > "$WORK/fake.txt"
local fake fake50
fake=$(awk '{s += $1} END {printf "%.2f", s * 1000 / NR}' "$WORK/fake.txt")
fake50=$(awk '{v[NR] = $1} END {printf "%.2f", (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) * 500}' "$WORK/fake.txt")
awk -v jar="$JAR" -v m="$(latency_ms "$WORK/model.txt")" -v m50="$(latency_ms "$WORK/model.txt" 50)" \
  -v m90="$(latency_ms "$WORK/model.txt" 90)" -v f="$fake" -v f50="$fake50" -v cpu="$(cat "$WORK/model.cpu")" \
  -v l="$(latency_ms "$WORK/local.txt")" -v l50="$(latency_ms "$WORK/local.txt" 50)" \
  -v l90="$(latency_ms "$WORK/local.txt" 90)" -v lcpu="$(cat "$WORK/local.cpu")" -v summary="$WORK/summary" 'BEGIN {
  printf "LLM path: mean %.1f ms, p50 %.1f ms, p90 %.1f ms; the provider as curl sees it: mean %.1f ms, p50 %.1f ms\n", m, m50, m90, f, f50
  printf "service overhead on the LLM path: mean %.1f ms, p50 %.1f ms, p90 %.1f ms; CPU per message (16 in flight) %.2f ms\n", m - f, m50 - f50, m90 - f50, cpu
  printf "embedded path (same run): mean %.1f ms, p50 %.1f ms, p90 %.1f ms; CPU per message (16 in flight) %.2f ms\n", l, l50, l90, lcpu
  printf "%s %.2f %.2f %.2f %.2f %.2f %.2f\n", jar, m - f, m50 - f50, m90 - f50, cpu, l50, lcpu >> summary }'
}

# Phase 2 for the service of JAR.
in_flight() {
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
{ grep -cE "ERROR|WARN|Exception" "$WORK/server.log" || true; } | xargs echo "service log lines with ERROR, WARN or Exception:"
grep -E "ERROR|WARN|Exception" "$WORK/server.log" | cut -c14- | sed -E 's/[0-9]+/N/g' | sort | uniq -c | sort -rn | head -5 || true
}

for round in $(seq 1 "$ROUNDS"); do
  for JAR in $JARS; do
    echo "==== round $round: $JAR ($(stat -c %s "$JAR") bytes, $(du -h "$JAR" | cut -f1))"
    if [[ " $PHASES " == *" 1 "* ]]; then overhead; fi
    if [[ " $PHASES " == *" 2 "* ]]; then in_flight; fi
  done
done

# Each jar's phase 1 figures (medians of its rounds), and their ratio to the first jar's.
if [ -f "$WORK/summary" ] && [ "$(echo $JARS | wc -w)" -gt 1 ]; then
  echo "== phase 1 summary, medians of $ROUNDS round(s); ratio to the first jar"
  echo "jar | overhead mean | p50 | p90 | CPU per message | embedded p50 | embedded CPU per message"
  awk '{ n[$1]++; for (i = 2; i <= 7; i++) v[$1, i, n[$1]] = $i; if (!($1 in seen)) { seen[$1] = 1; order[++jars] = $1 } }
    function median(jar, i,   k, j, t, a) { for (k = 1; k <= n[jar]; k++) a[k] = v[jar, i, k]
      for (k = 1; k <= n[jar]; k++) for (j = k + 1; j <= n[jar]; j++) if (a[j] < a[k]) { t = a[k]; a[k] = a[j]; a[j] = t }
      return n[jar] % 2 ? a[(n[jar] + 1) / 2] : (a[n[jar] / 2] + a[n[jar] / 2 + 1]) / 2 }
    END { for (i = 2; i <= 7; i++) base[i] = median(order[1], i)
      for (k = 1; k <= jars; k++) { line = order[k]
        for (i = 2; i <= 7; i++) { m = median(order[k], i); line = line sprintf(" | %.2f ms", m) (k > 1 && base[i] > 0 ? sprintf(" (%.2fx)", m / base[i]) : "") }
        print line } }' "$WORK/summary"
fi
