#!/usr/bin/env bash
# The cost of the operations side (metrics, request log): two builds started side by side, each at its default log
# level (the request log's line per request written to a file), measured in turns with wrk on GET /health and on
# POST chats/messages/ (a slicer command on the embedded path, H2, each request with its own Idempotency-Key), after a
# warm-up; prints each one's requests per second and the service's CPU time per request (user and system, from
# /proc: unlike the rate, it hardly moves when other processes load the machine) per round, the medians and the
# second's against the first's.
#
#   BENCH_JARS="/tmp/before.jar bootstrap/target/slicewise.jar" bench/ops-overhead.sh [seconds, default 10] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10}
ROUNDS=${2:-3}
read -r -a JARS <<< "${BENCH_JARS:?BENCH_JARS names two jars: the build before and the build after}"
[ "${#JARS[@]}" -eq 2 ] || { echo "BENCH_JARS names two jars" >&2; exit 1; }
JARS=("$(realpath "${JARS[0]}")" "$(realpath "${JARS[1]}")")
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
JAVA=$(./slicewise java-home)/bin/java
WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

USERS=32
for i in 0 1; do
  port=$((18610 + i))
  mkdir -p "$WORK/$i"
  (cd "$WORK/$i" && exec env SLICEWISE_PORT=$port SLICEWISE_PARTNER_TOKENS=bench-partner \
    SLICEWISE_CREDITS_INITIAL_GRANT=1000000000 "$JAVA" -jar "${JARS[$i]}") > "$WORK/$i/server.log" 2>&1 &
  PIDS+=($!)
done
for i in 0 1; do
  port=$((18610 + i))
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.1; done
  for u in $(seq 1 $USERS); do
    curl -fs -X POST "http://127.0.0.1:$port/ent/partners/api/elegoo/user_access_token/" \
      -H 'Authorization: Token bench-partner' -H 'Content-Type: application/json' \
      -d "{\"elegoo_user_id\":\"bench-$u\",\"access_token\":\"bench-token-$u\",\"expire_in\":86400}" >/dev/null
  done
done

cat > "$WORK/slice.lua" <<LUA
local threads = 0
function setup(thread)
  thread:set("first", threads)
  threads = threads + 1
end
local run = tostring(os.time()) .. tostring(math.random(1000000))
local n = 0
request = function()
  n = n + 1
  local u = first * ($USERS / 2) + n % ($USERS / 2) + 1
  local body = '{"elegoo_user_id":"bench-' .. u .. '","access_token":"bench-token-' .. u .. '",'
    .. '"messages":[{"role":"user","content":"Please slice my model"}]}'
  local headers = {["Content-Type"] = "application/json", ["Idempotency-Key"] = "slice-" .. run .. "-" .. first .. "-" .. n}
  return wrk.format("POST", nil, headers, body)
end
LUA

HZ=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# requests per second, then the service's CPU microseconds per request
measure() {
  local before after out
  before=$(ticks "$4")
  out=$(wrk -t2 -c32 -d"$2s" ${3:+-s "$3"} "$1")
  after=$(ticks "$4")
  awk -v t=$((after - before)) -v hz="$HZ" '/requests in/ {n = $1} /Requests\/sec/ {r = $2} END {printf "%s %.1f", r, 1e6 * t / hz / n}' <<< "$out"
}
echo "warm-up..."
for i in 0 1; do
  measure "http://127.0.0.1:$((18610 + i))/health" 10 "" "${PIDS[$i]}" >/dev/null
  measure "http://127.0.0.1:$((18610 + i))/ent/partners/api/elegoo/chats/messages/" 20 "$WORK/slice.lua" "${PIDS[$i]}" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  for i in 0 1; do
    base="http://127.0.0.1:$((18610 + i))"
    read -r health health_cpu <<< "$(measure "$base/health" "$DURATION" "" "${PIDS[$i]}")"
    read -r slice slice_cpu <<< "$(measure "$base/ent/partners/api/elegoo/chats/messages/" "$DURATION" "$WORK/slice.lua" "${PIDS[$i]}")"
    echo "round $round ${JARS[$i]}: health $health req/s $health_cpu us, slice $slice req/s $slice_cpu us" | tee -a "$WORK/results.txt"
  done
done
python3 - "$WORK/results.txt" "${JARS[0]}" "${JARS[1]}" <<'PY'
import re, statistics, sys
pattern = r"round \d+ (\S+): health (\S+) req/s (\S+) us, slice (\S+) req/s (\S+) us"
rows = [re.match(pattern, line).groups() for line in open(sys.argv[1])]
med = {jar: [statistics.median(float(r[k]) for r in rows if r[0] == jar) for k in (1, 2, 3, 4)] for jar in sys.argv[2:]}
before, after = sys.argv[2], sys.argv[3]
for jar in (before, after):
    print(f"{jar}: median health {med[jar][0]:.0f} req/s, {med[jar][1]:.1f} us CPU each; "
          f"slice {med[jar][2]:.0f} req/s, {med[jar][3]:.0f} us CPU each")
print(f"after / before: health {med[after][0] / med[before][0]:.3f} req/s, {med[after][1] / med[before][1]:.3f} CPU; "
      f"slice {med[after][2] / med[before][2]:.3f} req/s, {med[after][3] / med[before][3]:.3f} CPU")
PY
echo "request log lines written by the second: $(grep -c ' dev.slicewise.requests - ' "$WORK/1/server.log" || true)"
