#!/usr/bin/python3
"""Scores the reader's predictions on held-out passages (finetune.py's heldout-F.jsonl) as whole articles: events
from the passages at or above a threshold, sides from the tagged tokens' words (Passages.java features PREFIX all
gives the words), one event per set of sides, scored by the evaluation material's score_news.py; then a reliability
table of the events' confidence.

    /usr/bin/python3 training/reader/score_predictions.py PREDICTIONS.jsonl WORDS_PREFIX LABELS.jsonl [THRESHOLD …]
"""
import json, subprocess, sys, tempfile
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from probe import spans, STATUSES

SCORER = "../shared/eval/score_news.py"


def events(predictions, words, threshold):
    by_article = {}
    for p in predictions:
        w = words[(p["a"], p["i"])]
        sides = spans(w, p["tags"])
        if p["p"] < threshold or len(sides) < 2:
            continue
        key = tuple(sorted(s.lower() for s in sides))
        best = by_article.setdefault(p["a"], {}).get(key)
        if best is None or p["p"] > best["confidence"]:
            by_article[p["a"]][key] = {"status": STATUSES[p["s"]], "confidence": p["p"],
                                       "parties": [{"name": s, "country": None} for s in sides]}
    return by_article


def main():
    predictions = [json.loads(l) for l in open(sys.argv[1])]
    words = {(r["a"], r["i"]): r for r in map(json.loads, open(sys.argv[2] + ".jsonl"))}
    labels = sys.argv[3]
    ids = [json.loads(l)["id"] for l in open(labels)]
    for threshold in [float(t) for t in sys.argv[4:]] or [0.5]:
        found = events(predictions, words, threshold)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
            for a in ids:
                out.write(json.dumps({"id": a, "events": list(found.get(a, {}).values())}) + "\n")
        print(f"threshold {threshold}: ", end="", flush=True)
        subprocess.run(["python3", SCORER, labels, out.name], check=True)
        result = json.loads(subprocess.run(["python3", SCORER, labels, out.name, "--json", "--errors", "100000"],
                                           capture_output=True, text=True).stdout.splitlines()[0])
    evidence = [p["p"] for p in predictions if words[(p["a"], p["i"])]["y"] == 1]
    others = [p["p"] for p in predictions if words[(p["a"], p["i"])]["y"] == 0]
    for t in (0.3, 0.5, 0.8):
        print(f"passages at {t}: evidence kept {sum(p >= t for p in evidence) / len(evidence):.3f}, "
              f"others passed {sum(p >= t for p in others) / len(others):.4f}")


if __name__ == "__main__":
    main()
