#!/usr/bin/env bash
# One agreement, many reports, on a real corpus (default ../shared/corpus/bbc.jsonl): the batch `extract` command
# counts the events to expect, the corpus goes end to end through the embedded default, then /agreements is read whole.
# Prints the number of events and agreements, the agreements told by several articles, the largest ones, and those of
# any WATCH pairs (actor keys, e.g. "org:verizon org:mci"); with SHUFFLE=1 the articles are published in a shuffled
# order, so that two runs show whether the groups depend on arrival order (SUMMARY=file writes the groups; DUMP=file
# the agreements told by several articles, with their reports, for reading; MENTIONED=file 40 random agreements known
# only from mentions). Asserts nothing.
# usage: bench/agreements.sh [FILE.jsonl]        (after: mvn -B package -DskipTests)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/bbc.jsonl}
LIB="target/quarkus-app/lib/main/*"
work=$(mktemp -d)
if [ "${SHUFFLE:-0}" = 1 ]; then
    python3 -c "import random,sys; l=[x for x in open(sys.argv[1]) if x.strip()]; random.Random(int(sys.argv[3])).shuffle(l); open(sys.argv[2],'w').writelines(l)" \
        "$corpus" "$work/articles.jsonl" "${SEED:-1}"
else
    cp "$corpus" "$work/articles.jsonl"
fi
java -jar target/quarkus-app/quarkus-run.jar extract --input "$work/articles.jsonl" --output "$work/events.jsonl" --threads "$(nproc)" --quiet
expected=$(python3 -c "import json; print(len({e['id'] for l in open('$work/events.jsonl') for e in json.loads(l)['events']}))")
ACCORD_DATA_DIR="$work/data" java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$work/accord.log" 2>&1 &
pid=$!
trap 'kill -INT $pid 2>/dev/null; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done; kill -9 $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
java -cp "$LIB" bench/EndToEnd.java throughput "$work/articles.jsonl" "$expected" 2>&1 | grep '^end-to-end'
# the last records are linked in the store's last transaction: wait until the agreements count no longer moves
python3 bench/agreements.py wait
python3 bench/agreements.py report "$expected" ${SUMMARY:+--summary "$SUMMARY"} ${DUMP:+--dump "$DUMP"} \
    ${MENTIONED:+--mentioned "$MENTIONED"} ${WATCH:+--watch $WATCH}
