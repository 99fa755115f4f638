#!/usr/bin/env bash
# GET /events and GET /agreements at scale, alone: a fresh embedded default, N synthetic events (and N/3 agreements)
# written straight into the store's tables, then the query shapes timed (bench/QueryLoad.java). Step 4 of bench/run.sh
# without the three before it. Prints numbers; asserts nothing.
# usage: bench/query.sh [N]        (after: mvn -B package -DskipTests)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
N=${1:-1000000}
LIB="target/quarkus-app/lib/main/*"
work=$(mktemp -d)
ACCORD_DATA_DIR="$work/data" java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/accord.log" 2>&1 &
pid=$!
trap 'kill -INT $pid 2>/dev/null; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done; kill -9 $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
echo "== machine: $(nproc) cores; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); $N events"
java -cp "$LIB" bench/QueryLoad.java load jdbc:postgresql://localhost:5433/postgres postgres postgres "$N" 2>&1 | grep -v '^SLF4J\|^org.slf4j'
# a fresh JVM: more warm-up rounds than run.sh, whose JVM has served for minutes before this step
java -Dwarmup=${WARMUP:-200} -cp "$LIB" bench/QueryLoad.java query http://localhost:8080 300 2>&1 | grep -v '^SLF4J\|^org.slf4j'
# the same shapes again from the same JVM, which has now served for minutes: what a long-running store answers
echo "== again, after the minutes of serving above"
java -Dwarmup=0 -cp "$LIB" bench/QueryLoad.java query http://localhost:8080 300 2>&1 | grep -v '^SLF4J\|^org.slf4j'
