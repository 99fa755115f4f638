#!/usr/bin/env bash
# What linking events to agreements costs the store: the same real events (the batch command's output on a corpus,
# default every ../shared/corpus/*.jsonl) published to `events` for a store-only process, once with agreements on and
# once off (ACCORD_AGREEMENTS_ENABLED=false), each on a fresh embedded broker and database. CPU of the Accord JVM and
# its PostgreSQL processes from /proc, from the first publish until every event is stored (and, with agreements on,
# linked and published), divided by the events. Prints numbers; asserts nothing.
# usage: bench/link-cpu.sh [FILE.jsonl …]        (after: mvn -B package -DskipTests; needs kcat)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/corpus/*.jsonl)
work=$(mktemp -d)
for f in "${files[@]}"; do
    java -jar target/quarkus-app/quarkus-run.jar extract --input "$f" --output "$work/out.jsonl" --threads "$(nproc)" --quiet
    python3 -c "import json,sys; [print(json.dumps(e)) for l in open(sys.argv[1]) for e in json.loads(l)['events']]" "$work/out.jsonl" >>"$work/events.jsonl"
done
n=$(sort -u <(python3 -c "import json,sys; [print(json.loads(l)['id']) for l in open(sys.argv[1])]" "$work/events.jsonl") | wc -l)
echo "== $n distinct events from ${files[*]}"
cpu() {  # user+system ticks of the JVM and every postgres process
    local t=0
    t=$(awk '{print $14 + $15}' /proc/$1/stat)
    for p in $(pgrep -x postgres); do t=$((t + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0))); done
    echo "$t"
}
for mode in true false; do
    ACCORD_DATA_DIR="$work/data-$mode" ACCORD_ROLES=store ACCORD_AGREEMENTS_ENABLED=$mode java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/accord-$mode.log" 2>&1 &
    pid=$!
    trap 'kill -INT $pid 2>/dev/null; sleep 5; kill -9 $pid 2>/dev/null || true; rm -rf "$work"' EXIT
    for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
    sleep 3
    before=$(cpu $pid); start=$(date +%s.%N)
    kcat -b localhost:9092 -P -t events -l "$work/events.jsonl"
    for i in $(seq 1 600); do
        stored=$(curl -s localhost:8080/q/metrics | awk '/^accord_events_stored_total\{outcome="new"\}/ {print int($2)}')
        [ "${stored:-0}" -ge "$n" ] && break
        sleep 0.5
    done
    after=$(cpu $pid); end=$(date +%s.%N)
    hz=$(getconf CLK_TCK)
    agreements=$(curl -s 'localhost:8080/agreements?limit=1' | python3 -c 'import json,sys; print("on" if json.load(sys.stdin)["items"] else "off")')
    python3 -c "print(f'agreements {\"$agreements\":3}: {$n} events stored in {$end - $start:.1f} s, {($after - $before) / $hz:.2f} CPU-s = {1000 * ($after - $before) / $hz / $n:.2f} ms of CPU per event (JVM with its broker, and PostgreSQL)')"
    kill -INT $pid; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done
    trap - EXIT
done
rm -rf "$work"
