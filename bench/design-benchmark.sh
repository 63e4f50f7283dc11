#!/usr/bin/env bash
# Design benchmark (issue 16): reads every blind design request of bench/cad/requests.tsv (written without reading
# the parser) with the embedded PartRequestReader, designs the part, emits its JSCAD and OpenSCAD code and runs both
# on the real engines: all JSCAD programs in one Node process (bench/cad/jscad-batch.js with tools/jscad's
# @jscad/csg), OpenSCAD once per part on every processor. Prints per language and overall the share recognised, the
# share of the recognised whose code runs in both engines, the share within 0.5% of the asked size, the time, and
# every miss (id, expected, what came). The exit status is 0 whatever the scores (it is a measurement).
#
# Needs node with `npm ci --prefix tools/jscad` done, and openscad (Debian's package) or BENCH_OPENSCAD.
#
#   bench/design-benchmark.sh
#   MAVEN_ARGS=-o bench/design-benchmark.sh                  # Maven offline, once ~/.m2 is filled
#   BENCH_REQUESTS=/tmp/other.tsv bench/design-benchmark.sh  # another set in the same format
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d tools/jscad/node_modules/@jscad/csg ] || { echo "run: npm ci --prefix tools/jscad" >&2; exit 1; }
REQUESTS=$(realpath "${BENCH_REQUESTS:-bench/cad/requests.tsv}")
# system properties, not exec.args: exec.args would also replace the arguments of the intent model's training (-am)
exec ./mvnw -q -Pbench -pl bench -am -DskipTests package exec:java -Dexec.mainClass=dev.slicewise.bench.design.DesignBenchmark \
  -Ddesign.requests="$REQUESTS" -Ddesign.jscad-batch="$PWD/bench/cad/jscad-batch.js" \
  -Ddesign.openscad="${BENCH_OPENSCAD:-openscad}"
