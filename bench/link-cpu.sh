#!/usr/bin/env bash
# What linking events to agreements costs the store: the same real events (the batch command's output on a corpus,
# default every ../shared/corpus/*.jsonl, repeated COPIES times (6) as if the same news came again a year later each
# time: new article and event ids, dates a year on) published to `events` for a store-only process, once with
# agreements on and once off (ACCORD_AGREEMENTS_ENABLED=false), each on a fresh embedded broker and database. CPU of
# the Accord JVM and its PostgreSQL processes from /proc over the steady window from a fifth of the events stored to
# all of them (the JVM's start and first JIT compilations fall before it), divided by the events stored in it.
# With BROKER=own the broker runs in a JVM of its own (an ingest-only Accord, whose CPU is printed apart), as in
# production, and the store's JVM is the store alone.
# Prints numbers; asserts nothing.
# usage: [MODES='true false'] [BROKER=own] bench/link-cpu.sh [FILE.jsonl …]        (after: mvn -B package -DskipTests; needs kcat)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(../shared/corpus/*.jsonl)
work=$(mktemp -d)
for f in "${files[@]}"; do
    java -jar target/quarkus-app/quarkus-run.jar extract --input "$f" --output "$work/out.jsonl" --threads "$(nproc)" --quiet
    python3 -c "import json,sys; [print(json.dumps(e)) for l in open(sys.argv[1]) for e in json.loads(l)['events']]" "$work/out.jsonl" >>"$work/real.jsonl"
done
python3 - "$work/real.jsonl" "$work/events.jsonl" "${COPIES:-6}" <<'PY'
import datetime, json, sys
real = [json.loads(l) for l in open(sys.argv[1])]
with open(sys.argv[2], "w") as out:
    for copy in range(int(sys.argv[3])):
        for e in real:
            e = json.loads(json.dumps(e))
            if copy:
                e["id"] = f"{e['id']}-{copy}"
                e["article"]["id"] = f"{e['article']['id']}-{copy}"
                for field in ("date",):
                    if e.get(field):
                        e[field] = str(datetime.date.fromisoformat(e[field][:10]) + datetime.timedelta(days=365 * copy))
                if e["article"].get("published"):
                    e["article"]["published"] = str(datetime.date.fromisoformat(e["article"]["published"][:10]) + datetime.timedelta(days=365 * copy))
            out.write(json.dumps(e) + "\n")
PY
n=$(sort -u <(python3 -c "import json,sys; [print(json.loads(l)['id']) for l in open(sys.argv[1])]" "$work/events.jsonl") | wc -l)
echo "== $n distinct events: $(wc -l <"$work/real.jsonl") from ${files[*]}, ${COPIES:-6} times"
brokercpu() { if [ -n "$broker" ]; then awk '{print $14 + $15}' /proc/$broker/stat; else echo 0; fi; }
cpu() {  # user+system ticks of the JVM, and of every postgres process
    local t=0
    for p in $(pgrep -x postgres); do t=$((t + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0))); done
    echo "$(awk '{print $14 + $15}' /proc/$1/stat) $t"
}
for mode in ${MODES:-true false}; do
    port=8080 broker=""
    if [ "${BROKER:-}" = own ]; then
        ACCORD_DATA_DIR="$work/broker-$mode" ACCORD_ROLES=ingest java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/broker-$mode.log" 2>&1 &
        broker=$!
        for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
        port=8081
    fi
    env ${broker:+KAFKA_BOOTSTRAP_SERVERS=localhost:9092} QUARKUS_HTTP_PORT=$port \
        ACCORD_DATA_DIR="$work/data-$mode" ACCORD_ROLES=store ACCORD_AGREEMENTS_ENABLED=$mode java -Xmx512m ${JFR:+-XX:StartFlightRecording=filename=$JFR-$mode.jfr,settings=profile} -jar target/quarkus-app/quarkus-run.jar >"$work/accord-$mode.log" 2>&1 &
    pid=$!
    trap 'kill -INT $pid $broker 2>/dev/null; sleep 5; kill -9 $pid $broker 2>/dev/null || true; rm -rf "$work"' EXIT
    for i in $(seq 1 120); do curl -sf localhost:$port/q/health/ready >/dev/null && break; sleep 1; done
    sleep 3
    kcat -b localhost:9092 -P -t events -l "$work/events.jsonl" &
    publisher=$!
    first=""
    # polled once a second: each poll's metrics scrape costs the JVM CPU too
    for i in $(seq 1 600); do
        stored=$(curl -s localhost:$port/q/metrics | awk '/^accord_events_stored_total\{outcome="new"\}/ {print int($2)}')
        if [ -z "$first" ] && [ "${stored:-0}" -ge $((n / 5)) ]; then
            first=$stored; read -r jvm0 pg0 < <(cpu $pid); b0=$(brokercpu); start=$(date +%s.%N)
        fi
        [ "${stored:-0}" -ge "$n" ] && break
        sleep 1
    done
    read -r jvm1 pg1 < <(cpu $pid); b1=$(brokercpu); end=$(date +%s.%N)
    wait $publisher
    hz=$(getconf CLK_TCK)
    agreements=$(curl -s "localhost:$port/agreements?limit=1" | python3 -c 'import json,sys; print("on" if json.load(sys.stdin)["items"] else "off")')
    python3 -c "j=($jvm1 - $jvm0) / $hz; p=($pg1 - $pg0) / $hz; k=$n - $first; print(f'agreements {\"$agreements\":3}: {k} events stored in {$end - $start:.1f} s in the steady window; CPU per event {1000 * (j + p) / k:.2f} ms = JVM{\"\" if \"$broker\" else \" with its broker\"} {1000 * j / k:.2f} + PostgreSQL {1000 * p / k:.2f}' + (f'; the broker JVM apart {1000 * ($b1 - $b0) / $hz / k:.2f}' if '$broker' else ''))"
    kill -INT $pid; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done
    if [ -n "$broker" ]; then kill -INT $broker; for i in $(seq 1 60); do kill -0 $broker 2>/dev/null || break; sleep 1; done; fi
    trap - EXIT
done
rm -rf "$work"
