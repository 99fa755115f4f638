#!/usr/bin/env bash
# Retrains the mention gate shipped in src/main/resources/accord/models/en/ from the labelled articles:
# ../shared/eval/train-articles.jsonl and src/main/training/corpus-labels.jsonl (texts from ../shared/corpus).
# Run it after any change to the rules (the candidates the gate learns from change with them), then rebuild;
# GateTrainerTest fails while the shipped model differs from what this makes.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
java -jar target/quarkus-app/quarkus-run.jar train-gate \
  --labels "$shared/eval/train-articles.jsonl" --labels src/main/training/corpus-labels.jsonl \
  --articles "$shared/corpus/bbc.jsonl" --articles "$shared/corpus/reuters.jsonl" \
  --output src/main/resources/accord/models/en
