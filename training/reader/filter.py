#!/usr/bin/python3
"""Trains the passage filter (PassageFilter.java): logistic regression over hashed words and word pairs of each
sentence, positives the gold events' evidence sentences. Its threshold is the highest that keeps, cross-validated by
article, at least RECALL of the positive passages.

    /usr/bin/python3 training/reader/filter.py PASSAGES.jsonl OUT.bin [RECALL]
"""
import json, random, re, struct, sys
import torch

BUCKETS = 1 << 18
SEED = 20261204


def bucket(feature):
    h = 0x811C9DC5
    for b in feature.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return (h & 0x7FFFFFFF) % BUCKETS


def features(sentence):
    words = re.findall(r"[a-z0-9]+", sentence.lower())
    out = [bucket("u:" + w) for w in words]
    out += [bucket("b:" + a + " " + b) for a, b in zip(words, words[1:])]
    return out


def fit(rows, epochs=4):
    torch.manual_seed(SEED)
    weights = torch.nn.EmbeddingBag(BUCKETS, 1, mode="sum")
    torch.nn.init.zeros_(weights.weight)
    bias = torch.zeros(1, requires_grad=True)
    opt = torch.optim.Adam(list(weights.parameters()) + [bias], lr=0.02)
    pos = sum(r["y"] for r in rows)
    pos_weight = torch.tensor((len(rows) - pos) / max(pos, 1))
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(order)
        for start in range(0, len(order), 512):
            batch = [rows[i] for i in order[start:start + 512]]
            flat, offsets = [], []
            for r in batch:
                offsets.append(len(flat))
                flat += r["f"]
            z = weights(torch.tensor(flat, dtype=torch.long), torch.tensor(offsets, dtype=torch.long)).squeeze(1) + bias
            y = torch.tensor([float(r["y"]) for r in batch])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y, pos_weight=pos_weight)
            loss = loss + 1e-6 * weights.weight.pow(2).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return weights.weight.detach().squeeze(1), bias.detach()


def score(w, b, row):
    return torch.sigmoid(w[row["f"]].sum() + b).item() if row["f"] else torch.sigmoid(b).item()


def main():
    path, out = sys.argv[1], sys.argv[2]
    recall = float(sys.argv[3]) if len(sys.argv) > 3 else 0.985
    rows = [json.loads(l) for l in open(path)]
    rows = [r for r in rows if r["y"] in (0, 1)]
    for r in rows:
        r["f"] = features(r["text"])
    articles = sorted({r["a"] for r in rows})
    random.Random(SEED).shuffle(articles)
    fold = {a: i % 5 for i, a in enumerate(articles)}
    scored = []
    for k in range(5):
        w, b = fit([r for r in rows if fold[r["a"]] != k])
        scored += [(score(w, b, r), r["y"]) for r in rows if fold[r["a"]] == k]
    positives = sorted(s for s, y in scored if y == 1)
    for r in (0.9, 0.95, 0.97, 0.98, 0.99):
        t = positives[int((1 - r) * len(positives))]
        print(f"  recall {r}: threshold {t:.4f} passes {sum(1 for s, _ in scored if s >= t) / len(scored):.3f}")
    threshold = positives[int((1 - recall) * len(positives))]
    passed = sum(1 for s, _ in scored if s >= threshold) / len(scored)
    kept = sum(1 for s in positives if s >= threshold) / len(positives)
    print(f"cross-validated: threshold {threshold:.4f} keeps {kept:.3f} of {len(positives)} evidence sentences "
          f"and passes {passed:.3f} of {len(scored)} sentences")
    w, b = fit(rows)
    with open(out, "wb") as f:
        f.write(b"AFLT")
        f.write(struct.pack(">ff", b.item(), threshold))
        f.write(struct.pack(f">{BUCKETS}f", *w.tolist()))


if __name__ == "__main__":
    main()
