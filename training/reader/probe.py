#!/usr/bin/python3
"""Reads held-out articles with a trained reader, in Python, to measure it before it is wired into Accord: every
passage of each article (Passages.java features PREFIX all …), events from the passages the event head passes with
the sides its tags name, one event per set of sides, scored by the evaluation material's score_news.py.

    /usr/bin/python3 training/reader/probe.py MODEL.onnx.pt HELDOUT_PREFIX LABELS.jsonl [THRESHOLD …]
"""
import json, subprocess, sys, tempfile
import numpy as np
import torch
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from train import Reader, batch, WIDTH

STATUSES = ["signed", "agreed", "intent", "negotiating", "proposed", "rejected", "suspended"]


def spans(row, tags):
    out, current = [], None
    for t, tag in enumerate(tags[: row["n"]]):
        if tag == 1 or (tag == 2 and current is None):
            if current:
                out.append(current)
            current = row["tok"][t]
        elif tag == 2:
            current += (" " if row["gap"][t] else "") + row["tok"][t]
        else:
            if current:
                out.append(current)
            current = None
    if current:
        out.append(current)
    seen, names = set(), []
    for s in out:
        if s.lower() not in seen and len(s) > 1:
            seen.add(s.lower())
            names.append(s)
    return names


def main():
    model = Reader()
    model.load_state_dict(torch.load(sys.argv[1]))
    model.eval()
    prefix, labels = sys.argv[2], sys.argv[3]
    thresholds = [float(t) for t in sys.argv[4:]] or [0.5]
    rows = [json.loads(l) for l in open(prefix + ".jsonl")]
    states = np.memmap(prefix + ".f32", dtype="<f4", mode="r").reshape(-1, WIDTH)
    scored = []
    with torch.no_grad():
        for start in range(0, len(rows), 64):
            chunk = rows[start : start + 64]
            hidden, mask, parts, _, _, _ = batch(chunk, states)
            event, status, tags = model(hidden, mask, parts)
            for r, e, s, t in zip(chunk, torch.sigmoid(event), status.argmax(-1), tags.argmax(-1)):
                scored.append((r, e.item(), STATUSES[s.item()], spans(r, t.tolist())))
    gold_ids = [json.loads(l)["id"] for l in open(labels)]
    for threshold in thresholds:
        by_article = {a: {} for a in gold_ids}
        for r, p, status, sides in scored:
            if p < threshold or len(sides) < 2:
                continue
            key = tuple(sorted(s.lower() for s in sides))
            best = by_article.setdefault(r["a"], {}).get(key)
            if best is None or p > best["confidence"]:
                by_article[r["a"]][key] = {"status": status, "confidence": round(p, 3),
                                           "parties": [{"name": s, "country": None} for s in sides]}
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
            for a in gold_ids:
                out.write(json.dumps({"id": a, "events": list(by_article.get(a, {}).values())}) + "\n")
        print(f"threshold {threshold}:", flush=True)
        subprocess.run(["python3", "/work/shared/eval/score_news.py", labels, out.name], check=True)
    evidence = [p for r, p, _, _ in scored if r["y"] == 1]
    others = [p for r, p, _, _ in scored if r["y"] == 0]
    for t in (0.3, 0.5, 0.8):
        print(f"passages at {t}: evidence kept {sum(p >= t for p in evidence) / max(len(evidence), 1):.3f}, "
              f"others passed {sum(p >= t for p in others) / max(len(others), 1):.4f}")


if __name__ == "__main__":
    main()
