#!/usr/bin/env bash
# Where the CPU goes per article once the pipeline runs steadily: N articles end to end through the embedded
# default, per-thread CPU of the Accord JVM and of the PostgreSQL processes read from /proc every 2 s, and the
# difference taken over the window from 40 % to 90 % of the articles extracted (ingest has finished by then, and the
# JVM's start is outside it). Compare with the batch command's CPU per article. Prints numbers; asserts nothing.
# usage: bench/cpu.sh [N]        (after: mvn -B package -DskipTests; Linux /proc)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
N=${1:-12000}
LIB="target/quarkus-app/lib/main/*"
work=$(mktemp -d)
java -cp "target/test-classes:$LIB" bench/Generate.java "$N" "$work/articles.jsonl" "cpu$$" >/dev/null

# the batch command, for comparison: its whole CPU time (user + system) per article
TIMEFORMAT='%U %S'
{ time java -jar target/quarkus-app/quarkus-run.jar extract --input "$work/articles.jsonl" --output "$work/events.jsonl" \
    --threads "$(nproc)" --quiet 2>/dev/null; } 2>"$work/batch.time"
expected=$(python3 -c "import json; print(len({e['id'] for l in open('$work/events.jsonl') for e in json.loads(l)['events']}))")

ACCORD_DATA_DIR="$work/data" java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/accord.log" 2>&1 &
pid=$!
trap 'touch "$work/stop"; kill -INT $pid 2>/dev/null; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done; kill -9 $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
python3 bench/cpu.py sample "$pid" "$work" &
sampler=$!
java -cp "$LIB" bench/EndToEnd.java throughput "$work/articles.jsonl" "$expected" 2>&1 | grep -v '^SLF4J\|^org.slf4j'
touch "$work/stop"
wait $sampler || true
python3 bench/cpu.py report "$work" "$N"
read -r user system < "$work/batch.time"
python3 -c "print(f'batch command, whole run (JVM start, JIT and model loading included): {1000 * ($user + $system) / $N:.2f} ms per article')"
