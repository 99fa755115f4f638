#!/usr/bin/env bash
# Batch and end-to-end rates on real corpora (default: every ../shared/corpus/*.jsonl), in one run per corpus:
#   1. the batch `extract` command, JVM start and model loading included, 2 threads (or THREADS);
#   2. the same articles published to the embedded default until every event the batch command found is stored.
# Prints articles/s and KB/s of text for both and their ratio; asserts nothing.
# usage: bench/corpus.sh [FILE.jsonl …]        (after: mvn -B package -DskipTests)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
THREADS=${THREADS:-$(nproc)}
LIB="target/quarkus-app/lib/main/*"
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/corpus/*.jsonl)
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
for corpus in "${files[@]}"; do
    work=$(mktemp -d)
    name=$(basename "$corpus" .jsonl)
    echo "== $name: batch extract, $THREADS threads, JVM start included"
    start=$(date +%s.%N)
    java -jar target/quarkus-app/quarkus-run.jar extract --input "$corpus" --output "$work/events.jsonl" --threads "$THREADS" --quiet
    end=$(date +%s.%N)
    read -r n kb batch_aps batch_kbs expected < <(python3 - "$corpus" "$work/events.jsonl" "$start" "$end" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
kb = sum(len(r["text"].encode()) for r in rows) / 1024
ids = {e["id"] for l in open(sys.argv[2]) for e in json.loads(l)["events"]}
secs = float(sys.argv[4]) - float(sys.argv[3])
print(f"{len(rows)} {kb:.0f} {len(rows) / secs:.1f} {kb / secs:.0f} {len(ids)}")
PY
)
    echo "$name batch: $n articles, $kb KB: $batch_aps articles/s, $batch_kbs KB/s; $expected events"
    echo "== $name: end to end through the embedded default"
    ACCORD_DATA_DIR="$work/data" java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/accord.log" 2>&1 &
    pid=$!
    trap 'kill -INT $pid 2>/dev/null; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done; kill -9 $pid 2>/dev/null || true' EXIT
    for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
    java -cp "$LIB" bench/EndToEnd.java throughput "$corpus" "$expected" --pid "$pid" 2>&1 | grep -v '^SLF4J\|^org.slf4j' | tee "$work/e2e.txt"
    e2e_aps=$(sed -n 's/.*RESULT e2e_articles_per_s=\([0-9.]*\).*/\1/p' "$work/e2e.txt")
    kill -INT $pid; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done
    trap - EXIT
    python3 -c "a=$e2e_aps; b=$batch_aps; print(f'$name: end to end {a} articles/s, {a * $kb / $n:.0f} KB/s; batch {b} articles/s, $batch_kbs KB/s; end to end / batch = {a / b:.2f}')"
    rm -rf "$work"
done
