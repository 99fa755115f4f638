#!/usr/bin/env bash
# What linking costs end to end (issue #28): the same articles through the embedded default with agreements on and
# with ACCORD_AGREEMENTS_ENABLED=false, alternating, ROUNDS times each (default 2), on each corpus (default: the BBC
# corpus and the first 5,000 articles of ../shared/corpus/reuters-2010s.jsonl.gz). A run is done when every event the
# batch command found is stored (and so linked); with MENTIONS=true (ACCORD_EXTRACT_MENTIONS) and agreements on, every
# mention too. Prints the articles/s of each run and the ratio of the medians; asserts nothing.
# usage: bench/link-throughput.sh [FILE.jsonl …]        (after: mvn -B package -DskipTests)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
LIB="target/quarkus-app/lib/main/*"
ROUNDS=${ROUNDS:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    python3 -c "import gzip, itertools, sys; sys.stdout.writelines(itertools.islice(gzip.open(sys.argv[1], 'rt'), 5000))" \
        ../shared/corpus/reuters-2010s.jsonl.gz > "$tmp/reuters-2010s-5000.jsonl"
    files=(../shared/corpus/bbc.jsonl "$tmp/reuters-2010s-5000.jsonl")
fi
echo "== machine: $(nproc) cores; commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
for corpus in "${files[@]}"; do
    name=$(basename "$corpus" .jsonl)
    java -jar target/quarkus-app/quarkus-run.jar extract --input "$corpus" --output "$tmp/found.jsonl" --quiet \
        $([ "${MENTIONS:-false}" = true ] && echo --mentions)
    read -r events mentions < <(python3 -c "
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
print(len({e['id'] for r in rows for e in r['events']}), len({m['id'] for r in rows for m in r.get('mentions', [])}))" "$tmp/found.jsonl")
    echo "== $name: $events events, $mentions mentions"
    for round in $(seq 1 "$ROUNDS"); do
        for agreements in true false; do
            ACCORD_EXTRACT_MENTIONS=${MENTIONS:-false} ACCORD_AGREEMENTS_ENABLED=$agreements ACCORD_DATA_DIR="$tmp/data" java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$tmp/accord.log" 2>&1 &
            pid=$!
            for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
            wanted=$([ "$agreements" = true ] && echo "$mentions" || echo 0)
            rate=$(java -Dmentions="$wanted" -cp "$LIB" bench/EndToEnd.java throughput "$corpus" "$events" 2>&1 \
                | sed -n 's/.*all extracted and stored in [0-9.]* s: \([0-9.]*\) articles\/s.*/\1/p')
            echo "$name agreements=$agreements round $round: $rate articles/s"
            echo "$name $agreements $rate" >> "$tmp/rates"
            kill -INT $pid; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done
            kill -9 $pid 2>/dev/null || true
            rm -rf "$tmp/data"
        done
    done
    python3 - "$tmp/rates" "$name" <<'PY'
import statistics, sys
rates = {"true": [], "false": []}
for line in open(sys.argv[1]):
    n, on, r = line.split()
    if n == sys.argv[2] and r:
        rates[on].append(float(r))
on, off = statistics.median(rates["true"]), statistics.median(rates["false"])
print(f"{sys.argv[2]}: median {on:.1f} articles/s with agreements, {off:.1f} without: {on / off:.2f}x")
PY
done
