#!/usr/bin/env bash
# Horizontal scale of extract: one process runs ingest and store with the embedded broker (4 partitions per topic)
# and PostgreSQL; extract runs as separate processes in the accord-extract consumer group, first one, then two.
# Each extract process extracts one article at a time (ACCORD_EXTRACT_CONCURRENCY=1), so that the second process
# adds work capacity the way a second machine would. Prints numbers; asserts nothing.
# usage: bench/scale.sh [N]        (after: mvn -B package -DskipTests)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
N=${1:-2000}
LIB="target/quarkus-app/lib/main/*"
work=$(mktemp -d)
pids=()
# SIGINT and a wait: the first process stops its embedded PostgreSQL only on a clean stop
cleanup() {
    for p in "${pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done
    for i in $(seq 1 60); do alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done; [ $alive = 0 ] && break; sleep 1; done
    for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
ready() { for i in $(seq 1 120); do curl -sf "$1/q/health/ready" >/dev/null && return 0; sleep 1; done; echo "not ready: $1"; exit 1; }
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

ACCORD_DATA_DIR="$work/data" ACCORD_ROLES=ingest,store java -Xmx512m -Daccord.embedded.partitions=4 -jar target/quarkus-app/quarkus-run.jar >"$work/core.log" 2>&1 &
pids+=($!)
ready http://localhost:8080

extract() {
    ACCORD_ROLES=extract KAFKA_BOOTSTRAP_SERVERS=localhost:9092 QUARKUS_HTTP_PORT=$1 ACCORD_EXTRACT_CONCURRENCY=1 \
        java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/extract-$1.log" 2>&1 &
    pids+=($!)
    ready "http://localhost:$1"
}

run() {
    local label=$1 extractors=$2
    java -cp "target/test-classes:$LIB" bench/Generate.java "$N" "$work/$label.jsonl" "$label$$" >/dev/null
    java -jar target/quarkus-app/quarkus-run.jar extract --input "$work/$label.jsonl" --output "$work/$label.out" --quiet
    expected=$(python3 -c "import json,sys; print(len({e['id'] for l in open('$work/$label.out') for e in json.loads(l)['events']}))")
    echo "== $label"
    java -cp "$LIB" bench/EndToEnd.java throughput "$work/$label.jsonl" "$expected" --extract "$extractors" \
        --pid "$(IFS=,; echo "${pids[*]}")" 2>&1 | grep -v '^SLF4J\|^org.slf4j' 
}

extract 8091
run "one-extract-process" http://localhost:8091
extract 8092
sleep 5   # the group rebalances: each process gets two of the four partitions
run "two-extract-processes" http://localhost:8091,http://localhost:8092
rm -rf "$work"
