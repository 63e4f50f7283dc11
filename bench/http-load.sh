#!/usr/bin/env bash
# HTTP load benchmark: requests per second of POST chats/messages/ on the embedded path, against GET /health
# (a minimal endpoint of the same server) in the same run, reported as a ratio. Needs wrk (apt-get install wrk)
# and a built jar (./mvnw -DskipTests package). Traffic goes to 127.0.0.1 only; every wrk run is bounded in time.
#
#   bench/http-load.sh [seconds per run, default 15] [connections, default 32]
#   BENCH_WARMUP=20 bench/http-load.sh                            # seconds of warm-up per scenario (default 20)
#   BENCH_ENV="SLICEWISE_PERSISTENCE=memory" bench/http-load.sh   # extra settings for the service
#   BENCH_JAR=/tmp/old.jar bench/http-load.sh                     # another build, e.g. the one before a change
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-15}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-18080}
JAR=${BENCH_JAR:-bootstrap/target/slicewise.jar}
WORK=$(mktemp -d)
BASE=http://127.0.0.1:$PORT/ent/partners/api/elegoo

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
JAR=$(realpath "$JAR")
JAVA=$(./slicewise java-home)/bin/java

cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

started=$(date +%s%N)
(cd "$WORK" && exec env ${BENCH_ENV:-} SLICEWISE_PORT=$PORT SLICEWISE_PARTNER_TOKENS=bench-partner SLICEWISE_CREDITS_INITIAL_GRANT=1000000000 \
  SLICEWISE_LOG_LEVEL=warn "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$JAR") > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the service did not start:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
ready=$(date +%s%N)
echo "start-up until the first answer: $(( (ready - started) / 1000000 )) ms"
echo "jar size: $(du -h "$JAR" | cut -f1)"

# Many users, as in real traffic: one user's turns are serial (each is charged on the user's balance row). Each
# request carries its own Idempotency-Key: the same body without one is a retry, answered from the stored reply.
USERS=${BENCH_USERS:-64}
for u in $(seq 1 "$USERS"); do
  curl -fs -X POST "$BASE/user_access_token/" -H 'Authorization: Token bench-partner' -H 'Content-Type: application/json' \
    -d "{\"elegoo_user_id\":\"bench-$u\",\"access_token\":\"bench-token-$u\",\"expire_in\":86400}" >/dev/null
done

# Two turns: a slicer command (classification and a short reply) and a settings recommendation with the real
# Elegoo Centauri Carbon presets (every preset's full config, as the reference client sends them).
python3 - "$WORK" domain/src/test/resources/presets/orca-elegoo-cc <<'PY'
import json, os, sys
work, fixtures = sys.argv[1], sys.argv[2]
def presets(kind, selected):
    folder = os.path.join(fixtures, kind)
    return [{"name": name[:-5], "is_selected": name[:-5] == selected,
             "config": json.load(open(os.path.join(folder, name), encoding="utf-8"))}
            for name in sorted(os.listdir(folder)) if name.endswith(".json")]
profiles = {"filament_presets": presets("filament", "Elegoo PLA @ECC"),
            "print_process_presets": presets("process", "0.20mm Standard @Elegoo CC 0.4 nozzle"),
            "filament_overrides": {}, "print_process_overrides": {"sparse_infill_density": "20%"}}
plates = [{"name": "", "index": 0, "model_objects": [{"extruder_id": -1, "id": "52", "name": "bracket.stl"}]}]
def turn(text):
    return {"elegoo_user_id": "bench-1", "access_token": "bench-token-1",
            "messages": [{"role": "user", "content": text}], "slicing_profiles": profiles, "plates": plates}
json.dump(turn("Please slice my model"), open(os.path.join(work, "slice.json"), "w"))
json.dump(turn("I need this bracket to be much stronger, and use 4 walls"), open(os.path.join(work, "determine.json"), "w"))
PY

for scenario in slice determine; do
cat > "$WORK/$scenario.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/$scenario.json", "r")
local template = f:read("*a")
f:close()
local bodies = {}
for u = 1, $USERS do
  bodies[u] = template:gsub("bench%-1\"", "bench-" .. u .. "\""):gsub("bench%-token%-1\"", "bench-token-" .. u .. "\"")
end
-- each wrk thread takes its own half of the users, so no user has two turns in flight at once
local threads = 0
function setup(thread)
  thread:set("first", threads)
  threads = threads + 1
end
-- every request is a new turn: a key of its own, or the service would answer a repeated body from its stored reply
local run = tostring(os.time())
local n = 0
request = function()
  n = n + 1
  local headers = {["Content-Type"] = "application/json", ["Idempotency-Key"] = "$scenario-" .. run .. "-" .. first .. "-" .. n}
  return wrk.format(nil, nil, headers, bodies[first * ($USERS / 2) + n % ($USERS / 2) + 1])
end
LUA
done
echo "request bodies: slice $(wc -c < "$WORK/slice.json") bytes, determine $(wc -c < "$WORK/determine.json") bytes"

for scenario in slice determine; do
  curl -fs -X POST "$BASE/chats/messages/" -H 'Content-Type: application/json' --data @"$WORK/$scenario.json" | head -c 400; echo
done

run() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@"; }
rps() { awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt"; }
requests() { awk '/requests in/ {print $1}' "$WORK/$1.txt"; }
# the service's own CPU time (user + system, in clock ticks) and resident memory, from /proc
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)

# Until the JIT has compiled the hot paths, its compiler threads take as much CPU as the requests: measure after it.
WARMUP=${BENCH_WARMUP:-20}
echo "warm-up (${WARMUP} s per scenario)..."
wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT/health" >/dev/null
for scenario in slice determine; do
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/$scenario.lua" "$BASE/chats/messages/" >/dev/null
done

echo "== baseline: GET /health"
run "http://127.0.0.1:$PORT/health" | tee "$WORK/health.txt"
for scenario in slice determine; do
  echo "== POST chats/messages/: $scenario (embedded assistant, ${BENCH_ENV:-H2 file database}, embedded ledger)"
  before=$(cpu_ticks)
  run -s "$WORK/$scenario.lua" "$BASE/chats/messages/" | tee "$WORK/$scenario.txt"
  echo $(( $(cpu_ticks) - before )) > "$WORK/$scenario.ticks"
done

for scenario in slice determine; do
  awk -v name="$scenario" -v m="$(rps "$scenario")" -v h="$(rps health)" -v t="$(cat "$WORK/$scenario.ticks")" \
    -v n="$(requests "$scenario")" -v hz="$TICKS_PER_SECOND" \
    'BEGIN {printf "%-10s %10.1f req/s   health %10.1f req/s   ratio %.4f   service CPU %.2f ms per request\n", name, m, h, m / h, 1000 * t / hz / n}'
  grep -E "Non-2xx|Socket errors" "$WORK/$scenario.txt" || true
done
echo "resident memory of the service: $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$SERVER/status") (peak $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$SERVER/status"))"
