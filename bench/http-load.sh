#!/usr/bin/env bash
# HTTP load benchmark: requests per second of POST chats/messages/ on the embedded path, against GET /health
# (a minimal endpoint of the same server) in the same run, reported as a ratio. Needs wrk (apt-get install wrk)
# and a built jar (./mvnw -DskipTests package). Traffic goes to 127.0.0.1 only; every wrk run is bounded in time.
#
#   bench/http-load.sh [seconds per run, default 15] [connections, default 32]
#   BENCH_ENV="SLICEWISE_PERSISTENCE=memory" bench/http-load.sh   # extra settings for the service
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-15}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-18080}
JAR=bootstrap/target/slicewise.jar
WORK=$(mktemp -d)
BASE=http://127.0.0.1:$PORT/ent/partners/api/elegoo

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

started=$(date +%s%N)
(cd "$WORK" && exec env $BENCH_ENV SLICEWISE_PORT=$PORT SLICEWISE_PARTNER_TOKENS=bench-partner SLICEWISE_CREDITS_INITIAL_GRANT=1000000000 \
  SLICEWISE_LOG_LEVEL=warn "$JAVA" -jar "$OLDPWD/$JAR") > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { echo "the service did not start:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
ready=$(date +%s%N)
echo "start-up until the first answer: $(( (ready - started) / 1000000 )) ms"
echo "jar size: $(du -h "$JAR" | cut -f1)"

# Many users, as in real traffic: one user's turns are serial (each is charged on the user's balance row).
USERS=${BENCH_USERS:-64}
for u in $(seq 1 "$USERS"); do
  curl -fs -X POST "$BASE/user_access_token/" -H 'Authorization: Token bench-partner' -H 'Content-Type: application/json' \
    -d "{\"elegoo_user_id\":\"bench-$u\",\"access_token\":\"bench-token-$u\",\"expire_in\":86400}" >/dev/null
done

cat > "$WORK/turn.json" <<JSON
{"elegoo_user_id":"bench-1","access_token":"bench-token-1",
 "messages":[{"role":"user","content":"Please slice my model"}],
 "slicing_profiles":{"filament_presets":[{"name":"Elegoo PLA @ECC","is_selected":true,"config":{"filament_type":["PLA"]}}],
   "print_process_presets":[{"name":"0.20mm Standard","is_selected":true,"config":{"layer_height":"0.2"}}]},
 "plates":[{"model_objects":[{"extruder_id":-1,"id":"1","name":"cube.stl"}]}]}
JSON
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$WORK/turn.json", "r")
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
local n = 0
request = function()
  n = (n + 1) % ($USERS / 2)
  return wrk.format(nil, nil, nil, bodies[first * ($USERS / 2) + n + 1])
end
LUA

curl -fs -X POST "$BASE/chats/messages/" -H 'Content-Type: application/json' --data @"$WORK/turn.json" | head -c 300; echo

run() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@"; }
rps() { awk '/Requests\/sec/ {print $2}'; }

echo "warm-up..."
wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT/health" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/post.lua" "$BASE/chats/messages/" >/dev/null

echo "== baseline: GET /health"
run "http://127.0.0.1:$PORT/health" | tee "$WORK/health.txt"
echo "== POST chats/messages/ (embedded assistant, H2 file database, embedded ledger)"
run -s "$WORK/post.lua" "$BASE/chats/messages/" | tee "$WORK/messages.txt"

health=$(rps < "$WORK/health.txt")
messages=$(rps < "$WORK/messages.txt")
errors=$(grep -E "Non-2xx|Socket errors" "$WORK/messages.txt" || true)
echo "health: $health req/s; chats/messages/: $messages req/s; ratio messages/health: $(awk -v m="$messages" -v h="$health" 'BEGIN {printf "%.3f", m/h}')"
[ -z "$errors" ] || echo "errors: $errors"
