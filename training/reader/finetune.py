#!/usr/bin/python3
"""Fine-tunes the base encoder with low-rank adapters (LoRA, rank 8, on all 36 weight matrices of its 6 layers) and
trains the reader's heads on top: does the sentence report an agreement development, its status, which tokens name
its sides. Only the adapters and heads are written (a few MB): Accord adds each adapter's product to the base
weight it belongs to when it loads the base encoder from its Maven jar.

    python3 training/reader/finetune.py WORK_DIR OUT_DIR [--fractions 1.0 0.25 0.5] [--epochs 3] [--steps N]

WORK_DIR is what pack.py wrote. For each fraction of the training articles it writes OUT_DIR/reader-F.pt and the
held-out passages' predictions OUT_DIR/heldout-F.jsonl. Runs on a GPU when there is one, else on the CPU (slowly).
"""
import argparse, json, math, os, random, time
import numpy as np
import torch
from torch import nn

WIDTH, HEADS, LAYERS, INNER, STATUSES, SEED = 384, 12, 6, 1536, 7, 20261204
MATMULS = ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense"]


class LoraLinear(nn.Module):
    def __init__(self, weight, bias, rank=8, alpha=16.0):
        super().__init__()
        self.weight = nn.Parameter(weight, requires_grad=False)
        self.bias = nn.Parameter(bias, requires_grad=False)
        self.a = nn.Parameter(torch.randn(rank, weight.shape[1]) / math.sqrt(weight.shape[1]))
        self.b = nn.Parameter(torch.zeros(weight.shape[0], rank))
        self.scale = alpha / rank

    def forward(self, x):
        return nn.functional.linear(x, self.weight, self.bias) + (x @ self.a.T @ self.b.T) * self.scale


class Encoder(nn.Module):
    """BERT as the base encoder's ONNX graph computes it (post-norm, exact GELU, LayerNorm eps 1e-12)."""

    def __init__(self, w):
        super().__init__()
        t = lambda k: torch.tensor(w[k], dtype=torch.float32)
        self.word = nn.Parameter(t("embeddings.word_embeddings.weight"), requires_grad=False)
        self.position = nn.Parameter(t("embeddings.position_embeddings.weight"), requires_grad=False)
        self.types = nn.Parameter(t("embeddings.token_type_embeddings.weight"), requires_grad=False)
        self.norm = nn.LayerNorm(WIDTH, eps=1e-12)
        self.norm.weight = nn.Parameter(t("embeddings.LayerNorm.weight"), requires_grad=False)
        self.norm.bias = nn.Parameter(t("embeddings.LayerNorm.bias"), requires_grad=False)
        self.layers = nn.ModuleList()
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            layer = nn.Module()
            for m in MATMULS:
                setattr(layer, m.replace(".", "_"), LoraLinear(t(p + m + ".weight"), t(p + m + ".bias")))
            for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
                norm = nn.LayerNorm(WIDTH, eps=1e-12)
                norm.weight = nn.Parameter(t(p + ln + ".weight"), requires_grad=False)
                norm.bias = nn.Parameter(t(p + ln + ".bias"), requires_grad=False)
                setattr(layer, ln.replace(".", "_"), norm)
            self.layers.append(layer)

    def forward(self, ids, mask, types):
        b, n = ids.shape
        x = self.norm(self.word[ids] + self.position[:n][None] + self.types[types])
        bias = (1.0 - mask[:, None, None, :]) * -10000.0
        for l in self.layers:
            q, k, v = (f(x).view(b, n, HEADS, WIDTH // HEADS).transpose(1, 2) for f in
                       (l.attention_self_query, l.attention_self_key, l.attention_self_value))
            att = ((q @ k.transpose(-1, -2)) / math.sqrt(WIDTH // HEADS) + bias).softmax(-1) @ v
            x = l.attention_output_LayerNorm(x + l.attention_output_dense(att.transpose(1, 2).reshape(b, n, WIDTH)))
            h = nn.functional.gelu(l.intermediate_dense(x))
            x = l.output_LayerNorm(x + l.output_dense(h))
        return x


class Reader(nn.Module):
    def __init__(self, base):
        super().__init__()
        self.encoder = Encoder(base)
        self.event = nn.Sequential(nn.Linear(2 * WIDTH, WIDTH), nn.GELU(), nn.Linear(WIDTH, 1))
        self.status = nn.Sequential(nn.Linear(2 * WIDTH, WIDTH), nn.GELU(), nn.Linear(WIDTH, STATUSES))
        self.tags = nn.Linear(WIDTH, 3)

    def forward(self, ids, mask, parts):
        types = (torch.cumsum((parts >= 2).long(), 1) > 0).long()
        h = self.encoder(ids, mask, types)
        sentence = (parts == 3).float() * mask
        pooled = (h * sentence[:, :, None]).sum(1) / sentence.sum(1, keepdim=True).clamp(min=1.0)
        both = torch.cat([h[:, 0], pooled], dim=-1)
        return self.event(both).squeeze(-1), self.status(both), self.tags(h), h


def tensors(d, rows, device):
    n = int(d["n"][rows].max())
    ids = torch.from_numpy(d["ids"][rows, :n].astype(np.int64)).to(device)
    parts = torch.from_numpy(d["parts"][rows, :n].astype(np.int64)).to(device)
    mask = (torch.arange(n)[None, :] < torch.from_numpy(d["n"][rows].astype(np.int64))[:, None]).float().to(device)
    tags = torch.from_numpy(d["tags"][rows, :n].astype(np.int64)).to(device)
    y = torch.from_numpy(d["y"][rows].astype(np.float32)).to(device)
    s = torch.from_numpy(np.maximum(d["s"][rows], 0).astype(np.int64)).to(device)
    return ids, mask, parts, tags, y, s


def train(base, d, fraction, epochs, device, steps_cap):
    torch.manual_seed(SEED)
    model = Reader(base).to(device)
    articles = np.unique(d["article"])
    rng = np.random.default_rng(SEED)
    chosen = set(rng.permutation(articles)[: int(len(articles) * fraction)].tolist())
    rows = np.array([k for k in range(len(d["y"])) if d["y"][k] in (0, 1) and d["article"][k] in chosen])
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=5e-4, weight_decay=0.01)
    per_epoch = math.ceil(len(rows) / 64)
    total = min(epochs * per_epoch, steps_cap or 10**9)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=5e-4, total_steps=total, pct_start=0.06)
    step, started = 0, time.time()
    model.train()
    while step < total:
        for start in range(0, len(rows), 64):
            if step >= total:
                break
            # batches drawn with replacement: as many steps as epochs of the rows, each row once per epoch on average
            ids, mask, parts, tags, y, s = tensors(d, rows[rng.integers(0, len(rows), 64)], device)
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                event, status, tag, _ = model(ids, mask, parts)
            event, status, tag = event.float(), status.float(), tag.float()
            loss = nn.functional.binary_cross_entropy_with_logits(event, y)
            pos = y > 0.5
            if pos.any():
                loss = loss + nn.functional.cross_entropy(status[pos], s[pos])
                tokens = pos[:, None] & (mask > 0)
                loss = loss + nn.functional.cross_entropy(tag[tokens], tags[tokens])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            if step % 200 == 0:
                print(f"  fraction {fraction}: step {step}/{total} loss {loss.item():.4f} ({time.time() - started:.0f} s)",
                      flush=True)
    return model.eval(), len(rows), int(d["y"][rows].sum())


@torch.no_grad()
def predict(model, d, device):
    out = []
    for start in range(0, len(d["y"]), 256):
        rows = np.arange(start, min(start + 256, len(d["y"])))
        ids, mask, parts, _, _, _ = tensors(d, rows, device)
        event, status, tag, _ = model(ids, mask, parts)
        for k, r in enumerate(rows):
            out.append({"p": round(torch.sigmoid(event[k]).item(), 5), "s": int(status[k].argmax()),
                        "tags": tag[k, : int(d["n"][r])].argmax(-1).tolist()})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("out")
    ap.add_argument("--fractions", type=float, nargs="+", default=[1.0, 0.25, 0.5])
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--steps", type=int, default=0, help="stop after this many steps (a quick check)")
    a = ap.parse_args()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    base = dict(np.load(f"{a.work}/base.npz"))
    train_d = dict(np.load(f"{a.work}/train.npz"))
    held = dict(np.load(f"{a.work}/heldout.npz"))
    keys = json.load(open(f"{a.work}/heldout-keys.json"))
    os.makedirs(a.out, exist_ok=True)
    check = Reader(base).to(device).eval()
    with torch.no_grad():
        ids, mask, parts, _, _, _ = tensors(held, np.array([0]), device)
        h = check(ids, mask, parts)[3][0].float().cpu().numpy()
    diff = float(np.abs(h - held["reference"]).max())
    print(f"the base encoder here against Java's ONNX Runtime on a held-out passage: max difference {diff:.5f}",
          flush=True)
    assert diff < 0.02, diff
    for fraction in a.fractions:
        model, rows, positives = train(base, train_d, fraction, a.epochs, device, a.steps)
        print(f"fraction {fraction}: {rows} passages, {positives} evidence sentences", flush=True)
        torch.save({k: v.cpu() for k, v in model.state_dict().items() if "encoder." not in k or k.endswith((".a", ".b"))},
                   f"{a.out}/reader-{fraction}.pt")
        with open(f"{a.out}/heldout-{fraction}.jsonl", "w") as f:
            for key, p in zip(keys, predict(model, held, device)):
                f.write(json.dumps({"a": key[0], "i": key[1], **p}) + "\n")


if __name__ == "__main__":
    main()
