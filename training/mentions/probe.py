"""Can the gate's own features tell a mention from the other candidates the gate turns away? Five-fold
cross-validated logistic regression (numpy only) over the features training/mentions/Candidates.java writes, against
the labels of training/mentions/labels.jsonl; prints precision and recall of 'mention' at several thresholds.

usage: python3 training/mentions/probe.py CANDIDATES.jsonl training/mentions/labels.jsonl
"""
import json
import random
import sys

import numpy as np

rows = [json.loads(line) for line in open(sys.argv[1])]
labels = {json.loads(line)["n"]: json.loads(line)["label"] for line in open(sys.argv[2])}
y = np.array([1 if labels[i + 1] == "mention" else 0 for i in range(len(rows))])
vocab = {}
features = [{vocab.setdefault(f, len(vocab)) for f in r["features"]} for r in rows]


def matrix(ids):
    m = np.zeros((len(ids), len(vocab)), dtype=np.float32)
    for k, i in enumerate(ids):
        m[k, list(features[i])] = 1
    return m


order = list(range(len(rows)))
random.Random(1).shuffle(order)
scores = np.zeros(len(rows))
for fold in range(5):
    test = order[fold::5]
    train = [i for i in order if i not in set(test)]
    a, t = matrix(train), y[train]
    w, b = np.zeros(len(vocab)), 0.0
    for _ in range(300):
        p = 1 / (1 + np.exp(-(a @ w + b)))
        w -= (a.T @ (p - t) / len(t) + 0.01 * w)
        b -= (p - t).mean()
    scores[test] = 1 / (1 + np.exp(-(matrix(test) @ w + b)))
print(f"{len(rows)} candidates, {y.sum()} mentions ({y.mean():.3f}), {len(vocab)} features")
for threshold in (0.2, 0.3, 0.4):
    predicted = scores >= threshold
    tp = (predicted & (y == 1)).sum()
    print(f"threshold {threshold}: {predicted.sum()} predicted, precision {tp / max(1, predicted.sum()):.2f},"
          f" recall {tp / y.sum():.2f}")
ranked = np.argsort(-scores)
print(f"precision of the 20 / 40 most likely: {y[ranked[:20]].mean():.2f} / {y[ranked[:40]].mean():.2f}")
