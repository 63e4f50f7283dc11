#!/usr/bin/env bash
# The native API's sessions at scale: 100,000 sessions and 1,000,000 messages of 100 keys on an embedded PostgreSQL
# (the schema Flyway makes, loaded with COPY), then p50 and p99 of listing, keyword search, history and the latest
# messages through JdbcSessionRepository, and the EXPLAIN of the indexed search. A few minutes on 2 cores.
#
#   bench/sessions-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -Pbench -pl bench -am -DskipTests package exec:java -Dexec.mainClass=dev.slicewise.bench.SessionsScaleBenchmark
