#!/usr/bin/env bash
# Start-up benchmark: the packaged jar started with `java -jar` in an empty folder, as at a user's first start (no
# SLICEWISE_PARTNER_TOKENS, so it generates one; no SLICEWISE_LOG_LEVEL). Reports the milliseconds from starting the
# process to the first 200 of POST chats/messages/ (a user registered with the generated token as soon as it
# exists; both requests polled every 10 ms), the CPU time the process had used by then (user and system, all its
# threads: unlike the milliseconds, it does not grow when other processes load the machine), the number of console
# lines (once nothing more was written for 2 s; the request log's line per request, dev.slicewise.requests, is not
# start-up output and is left out) and the last one; per entry, the medians over the runs. Traffic goes
# to 127.0.0.1 on a free port only.
#
#   bench/startup.sh [runs, default 5] [entry ..., default bootstrap/target/slicewise.jar]
#
# An entry is a jar, started with `java -jar` (the launcher's JDK), or the launcher itself (./slicewise, which runs
# bootstrap/target/slicewise.jar from the JVM's cache of its classes). Several entries (an older build copied aside,
# say) are measured in turns: each round starts each entry once, so that the load of other processes on the machine
# falls on all of them alike. A first round is not counted: it warms the file cache, and the launcher writes its cache
# when that run stops.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
shift $(( $# > 0 ? 1 : 0 ))
[ $# -gt 0 ] || set -- bootstrap/target/slicewise.jar
for entry in "$@"; do
  [ -f "$entry" ] || { echo "no $entry: build the jar first (./mvnw -q -DskipTests package)" >&2; exit 1; }
done
JAVA=$(./slicewise java-home)/bin/java

exec python3 - "$JAVA" "$RUNS" "$@" <<'PY'
import json, os, shutil, socket, statistics, subprocess, sys, tempfile, time, urllib.error, urllib.request

java, runs, entries = sys.argv[1], int(sys.argv[2]), [os.path.abspath(entry) for entry in sys.argv[3:]]
USER = {"elegoo_user_id": "startup", "access_token": "startup-token", "expire_in": 3600}
MESSAGE = {"elegoo_user_id": "startup", "access_token": "startup-token",
           "messages": [{"role": "user", "content": "Please slice my model"}],
           "plates": [{"model_objects": [{"extruder_id": -1, "id": "1", "name": "cube.stl"}]}]}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post(url, body, headers=None):
    request = urllib.request.Request(url, json.dumps(body).encode(),
                                     {"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, ConnectionError):
        return None


def quiet(path, seconds=2, longest=60):
    """The file's lines but the request log's, once nothing was added to it for the given seconds."""
    size, still_since, started = -1, time.monotonic(), time.monotonic()
    while time.monotonic() - still_since < seconds and time.monotonic() - started < longest:
        if os.path.getsize(path) != size:
            size, still_since = os.path.getsize(path), time.monotonic()
        time.sleep(0.1)
    with open(path, encoding="utf-8", errors="replace") as console:
        return [line for line in console.read().splitlines() if " dev.slicewise.requests - " not in line]


def cpu_ms(pid):
    """User and system CPU time of the process so far (Linux)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return round((int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK"))


def run(entry):
    folder = tempfile.mkdtemp(prefix="slicewise-startup-")
    port = free_port()
    api = f"http://127.0.0.1:{port}/ent/partners/api/elegoo/"
    environment = {k: v for k, v in os.environ.items() if k not in ("SLICEWISE_PARTNER_TOKENS", "SLICEWISE_LOG_LEVEL")}
    environment["SLICEWISE_PORT"] = str(port)
    console_path = os.path.join(folder, "console.txt")
    token_path = os.path.join(folder, "data", "partner-token")
    with open(console_path, "w") as console:
        started = time.monotonic()
        command = [java, "-jar", entry] if entry.endswith(".jar") else [entry]
        service = subprocess.Popen(command, cwd=folder, env=environment, stdout=console,
                                   stderr=subprocess.STDOUT)
    try:
        registered = False
        while True:
            if service.poll() is not None or time.monotonic() - started > 120:
                sys.exit("the service did not answer:\n" + "\n".join(quiet(console_path, 0)))
            if not registered and os.path.exists(token_path):
                token = open(token_path).read().strip()
                registered = bool(token) and post(api + "user_access_token/", USER,
                                                  {"Authorization": "Token " + token}) == 201
            if registered and post(api + "chats/messages/", MESSAGE) == 200:
                answered_ms = round((time.monotonic() - started) * 1000)
                return answered_ms, cpu_ms(service.pid), quiet(console_path)
            time.sleep(0.01)
    finally:
        service.terminate()
        service.wait()
        shutil.rmtree(folder)


print(f"{subprocess.run([java, '-version'], capture_output=True, text=True).stderr.splitlines()[0]}; "
      f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start")
results = {entry: [] for entry in entries}
for round_ in range(runs + 1):
    for entry in entries:
        measured = run(entry)
        if round_ > 0:
            results[entry].append(measured)
print(f"load average {os.getloadavg()[0]:.2f} at the end")
for entry, measured in results.items():
    times = [ms for ms, _, _ in measured]
    cpu = [ms for _, ms, _ in measured]
    counts = [len(lines) for _, _, lines in measured]
    print(f"\n{entry}")
    print(f"  first answered chats/messages/: median {statistics.median(times):.0f} ms "
          f"(min {min(times)}, max {max(times)}; runs: {', '.join(map(str, times))})")
    print(f"  CPU time used by then: median {statistics.median(cpu):.0f} ms (runs: {', '.join(map(str, cpu))})")
    print(f"  console lines at the default log level: median {statistics.median(counts):.0f} "
          f"(runs: {', '.join(map(str, counts))})")
    last = measured[-1][2]
    print(f"  last line: {last[-1] if last else '(none)'}")
PY
