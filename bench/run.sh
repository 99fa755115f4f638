#!/usr/bin/env bash
# Throughput and latency of Accord on this machine, in one run (docs/benchmarks.md explains each step):
#   1. the extraction ceiling: the batch `extract` command on N generated ~4 KB articles;
#   2. end to end through the embedded default: the same N articles published to `articles` until every one is
#      extracted and every expected event stored (Accord's own metrics), with zero loss checked;
#   3. publish-to-queryable latency at half the measured end-to-end rate, from the live stream;
#   4. GET /events latency with filters and cursors after loading QUERY_EVENTS (default 1,000,000) events;
#   and prints end to end ÷ ceiling. Prints numbers; asserts nothing.
# usage: bench/run.sh [N] [QUERY_EVENTS]        (after: mvn -B package -DskipTests)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
N=${1:-4000}
QUERY_EVENTS=${2:-1000000}
THREADS=${THREADS:-$(nproc)}
LIB="target/quarkus-app/lib/main/*"
work=$(mktemp -d)
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "== commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown), N=$N, extraction threads=$THREADS"

java -cp "target/test-classes:$LIB" bench/Generate.java "$N" "$work/articles.jsonl" "run$$"
# a second, distinct set for the latency run
java -cp "target/test-classes:$LIB" bench/Generate.java "$N" "$work/latency.jsonl" "lat$$" >/dev/null

echo "== 1. extraction ceiling: batch extract, $THREADS threads"
start=$(date +%s.%N)
java -jar target/quarkus-app/quarkus-run.jar extract --input "$work/articles.jsonl" --output "$work/events.jsonl" --threads "$THREADS" --quiet
end=$(date +%s.%N)
read -r ceiling_aps ceiling_kbs expected < <(python3 - "$work/articles.jsonl" "$work/events.jsonl" "$start" "$end" <<'EOF'
import json, sys
text = sum(len(json.loads(l)["text"]) for l in open(sys.argv[1]))
ids = {e["id"] for l in open(sys.argv[2]) for e in json.loads(l)["events"]}
n = sum(1 for _ in open(sys.argv[1]))
secs = float(sys.argv[4]) - float(sys.argv[3])
print(f"{n / secs:.1f} {text / 1024 / secs:.0f} {len(ids)}")
EOF
)
echo "ceiling: $N articles in the batch command (JVM start and model loading included): $ceiling_aps articles/s, $ceiling_kbs KB/s; $expected distinct events expected"

echo "== 2. end to end through the embedded default (all roles, one JVM)"
log="$work/accord.log"
# a data folder of its own, so that every run starts empty and nothing is left in the repository
ACCORD_DATA_DIR="$work/data" java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
# SIGINT and a wait: Accord stops its embedded PostgreSQL only on a clean stop
trap 'kill -INT $pid 2>/dev/null; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done; kill -9 $pid 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
# the embedded PostgreSQL runs as its own processes: its memory counts too
pg=$(pgrep -d, -f "postgres.*-p 5433" || pgrep -d, -x postgres || true)
pids="$pid${pg:+,$pg}"
java -cp "$LIB" bench/EndToEnd.java throughput "$work/articles.jsonl" "$expected" --pid "$pids" 2>&1 | grep -v '^SLF4J\|^org.slf4j' | tee "$work/e2e.txt"
e2e_aps=$(sed -n 's/.*RESULT e2e_articles_per_s=\([0-9.]*\).*/\1/p' "$work/e2e.txt")

echo "== 3. publish-to-queryable latency at half the end-to-end rate"
rate=$(python3 -c "print(round($e2e_aps / 2, 1))")
seconds=$(python3 -c "print(min(60, int($N / $rate)))")
java -cp "$LIB" bench/EndToEnd.java latency "$work/latency.jsonl" "$rate" "$seconds" --pid "$pids" 2>&1 | grep -v '^SLF4J\|^org.slf4j'
echo "memory: JVM $(awk '/^Pss:/ {print int($2/1024)}' /proc/$pid/smaps_rollup) MB now (PSS); PostgreSQL processes $(for p in ${pg//,/ }; do awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null; done | awk '{s+=$1} END {print int(s/1024)}') MB"

echo "== 4. GET /events with $QUERY_EVENTS stored events"
java -cp "$LIB" bench/QueryLoad.java load jdbc:postgresql://localhost:5433/postgres postgres postgres "$QUERY_EVENTS" 2>&1 | grep -v '^SLF4J\|^org.slf4j' 
java -cp "$LIB" bench/QueryLoad.java query http://localhost:8080 300 2>&1 | grep -v '^SLF4J\|^org.slf4j' 

echo "== summary"
python3 -c "print(f'end to end / extraction ceiling = {$e2e_aps} / {$ceiling_aps} = {$e2e_aps / $ceiling_aps:.2f}')"
rm -rf "$work"
