#!/usr/bin/env bash
# The disk cost of keeping article texts (GET /articles/{id}): publishes a corpus to a fresh embedded default and
# prints the size of the article_texts table once every article's text is stored. Prints numbers; asserts nothing.
# usage: bench/article-texts.sh [FILE.jsonl]      (default: ../shared/corpus/bbc.jsonl; after mvn -B package -DskipTests)
set -euo pipefail
set -m
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/bbc.jsonl}
tmp=$(mktemp -d)
trap 'kill -9 $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
ACCORD_DATA_DIR="$tmp/data" java -Xmx512m -jar target/quarkus-app/quarkus-run.jar >"$tmp/accord.log" 2>&1 &
pid=$!
for i in $(seq 1 120); do curl -sf localhost:8080/q/health/ready >/dev/null && break; sleep 1; done
# ids are hashes of the URL or text: count the distinct articles ingest will keep
articles=$(java -jar target/quarkus-app/quarkus-run.jar publish "$corpus" | tee /dev/stderr | sed -n 's/^published \([0-9]*\) article.*/\1/p')
java -cp "target/quarkus-app/lib/main/*" bench/ArticleTexts.java "$articles"
kill -INT $pid; for i in $(seq 1 60); do kill -0 $pid 2>/dev/null || break; sleep 1; done
