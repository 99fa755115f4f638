#!/usr/bin/python3
"""Trains the reader's own layers (ReaderModel.java) on the frozen base encoder's states that Passages.java wrote, and
exports them to ONNX: one transformer layer over the passage's tokens and three heads — does the sentence report an
agreement development (event), its status, and which tokens name its sides (B/I/O).

    /usr/bin/python3 training/reader/train.py FEATURES_PREFIX OUT.onnx [--share S] [--epochs N] [--subset F]

FEATURES_PREFIX.jsonl/.f32 come from `Passages.java features PREFIX S …`: every evidence sentence and a share S of
the other sentences; the event head's odds are corrected by S so that its probability holds on whole articles.
"""
import argparse, json, math, random
import numpy as np
import torch
from torch import nn

WIDTH, STATUSES, SEED = 384, 7, 20261204


class Layer(nn.Module):
    """BERT's layer, written out so that it exports to plain ONNX operators."""

    def __init__(self, width=WIDTH, heads=6, inner=1024, dropout=0.1):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(width, 3 * width)
        self.out = nn.Linear(width, width)
        self.norm1 = nn.LayerNorm(width)
        self.ff = nn.Sequential(nn.Linear(width, inner), nn.GELU(), nn.Linear(inner, width))
        self.norm2 = nn.LayerNorm(width)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, mask):
        b, t, w = x.shape
        q, k, v = self.qkv(x).view(b, t, 3, self.heads, w // self.heads).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-1, -2) / math.sqrt(w // self.heads)
        scores = scores + (1.0 - mask[:, None, None, :]) * -10000.0
        attended = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, t, w)
        x = self.norm1(x + self.drop(self.out(attended)))
        return self.norm2(x + self.drop(self.ff(x)))


class Reader(nn.Module):
    def __init__(self):
        super().__init__()
        self.parts = nn.Embedding(4, WIDTH)
        nn.init.zeros_(self.parts.weight)
        self.layer = Layer()
        self.event = nn.Sequential(nn.Linear(2 * WIDTH, WIDTH), nn.GELU(), nn.Linear(WIDTH, 1))
        self.status = nn.Sequential(nn.Linear(2 * WIDTH, WIDTH), nn.GELU(), nn.Linear(WIDTH, STATUSES))
        self.tags = nn.Linear(WIDTH, 3)
        self.register_buffer("prior", torch.zeros(1))

    def forward(self, hidden, mask, parts):
        h = self.layer(hidden + self.parts(parts), mask)
        sentence = (parts == 3).float() * mask
        pooled = (h * sentence[:, :, None]).sum(1) / sentence.sum(1, keepdim=True).clamp(min=1.0)
        both = torch.cat([h[:, 0], pooled], dim=-1)
        return self.event(both).squeeze(-1) + self.prior, self.status(both), self.tags(h)


def load(prefix, subset=1.0):
    rows = [json.loads(l) for l in open(prefix + ".jsonl")]
    states = np.memmap(prefix + ".f32", dtype="<f4", mode="r").reshape(-1, WIDTH)
    if subset < 1.0:
        articles = sorted({r["a"] for r in rows})
        random.Random(SEED).shuffle(articles)
        keep = set(articles[: int(len(articles) * subset)])
        rows = [r for r in rows if r["a"] in keep]
    return [r for r in rows if r["y"] in (0, 1)], states


def batch(rows, states):
    t = max(r["n"] for r in rows)
    hidden = np.zeros((len(rows), t, WIDTH), dtype=np.float32)
    mask = np.zeros((len(rows), t), dtype=np.float32)
    parts = np.zeros((len(rows), t), dtype=np.int64)
    tags = np.zeros((len(rows), t), dtype=np.int64)
    for i, r in enumerate(rows):
        hidden[i, : r["n"]] = states[r["row"] : r["row"] + r["n"]]
        mask[i, : r["n"]] = 1
        parts[i, : r["n"]] = r["parts"]
        tags[i, : r["n"]] = r["tags"]
    y = torch.tensor([float(r["y"]) for r in rows])
    s = torch.tensor([max(r["s"], 0) for r in rows])
    return torch.from_numpy(hidden), torch.from_numpy(mask), torch.from_numpy(parts), torch.from_numpy(tags), y, s


def train(rows, states, epochs, share):
    torch.manual_seed(SEED)
    model = Reader()
    opt = torch.optim.AdamW(model.parameters(), lr=5e-4, weight_decay=0.01)
    steps = epochs * math.ceil(len(rows) / 32)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=5e-4, total_steps=steps, pct_start=0.1)
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(order)
        model.train()
        total = 0.0
        for start in range(0, len(order), 32):
            hidden, mask, parts, tags, y, s = batch([rows[i] for i in order[start : start + 32]], states)
            event, status, tag = model(hidden, mask, parts)
            loss = nn.functional.binary_cross_entropy_with_logits(event, y)
            positive = y > 0.5
            if positive.any():
                loss = loss + nn.functional.cross_entropy(status[positive], s[positive])
                tokens = positive[:, None] & (mask > 0)
                loss = loss + nn.functional.cross_entropy(tag[tokens], tags[tokens])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
        print(f"epoch {epoch + 1}: loss {total / math.ceil(len(order) / 32):.4f}", flush=True)
    # the others were sampled at this share: their odds on whole articles are that much lower
    model.prior.fill_(math.log(share))
    return model.eval()


def export(model, path):
    hidden = torch.zeros(2, 16, WIDTH)
    mask = torch.ones(2, 16)
    parts = torch.zeros(2, 16, dtype=torch.long)
    torch.onnx.export(model, (hidden, mask, parts), path, opset_version=14,
                      input_names=["hidden", "mask", "parts"], output_names=["event", "status", "tags"],
                      dynamic_axes={"hidden": {0: "b", 1: "t"}, "mask": {0: "b", 1: "t"}, "parts": {0: "b", 1: "t"},
                                    "event": {0: "b"}, "status": {0: "b"}, "tags": {0: "b", 1: "t"}})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("out")
    ap.add_argument("--share", type=float, default=0.15)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--subset", type=float, default=1.0)
    a = ap.parse_args()
    torch.set_num_threads(2)
    rows, states = load(a.features, a.subset)
    print(f"{len(rows)} passages, {sum(r['y'] for r in rows)} evidence sentences", flush=True)
    model = train(rows, states, a.epochs, a.share)
    torch.save(model.state_dict(), a.out + ".pt")
    export(model, a.out)


if __name__ == "__main__":
    main()
