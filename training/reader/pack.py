#!/usr/bin/python3
"""Packs what fine-tuning the encoder needs into one folder small enough to travel to an accelerator: the base
encoder's weights (fp16, read from its ONNX file) and the passages' tokens and labels (from Passages.java tokens).

    /usr/bin/python3 training/reader/pack.py BASE.onnx TRAIN_TOKENS.jsonl HELDOUT_TOKENS.jsonl OUT_DIR [REF_PREFIX]
"""
import json, sys
import numpy as np
import onnx
from onnx import numpy_helper

MATMULS = ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense"]


def base_weights(path):
    """Hugging Face BERT names: the named initializers as they are, the anonymous MatMul weights (x @ W) by their
    order in the graph, six per layer, transposed to nn.Linear's [out, in]."""
    model = onnx.load(path)
    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    weights = {k: v for k, v in inits.items() if not k.startswith("onnx::") and k != "embeddings.position_ids"}
    anonymous = [n.input[1] for n in model.graph.node if n.op_type == "MatMul" and n.input[1] in inits]
    assert len(anonymous) == 36, len(anonymous)
    for k, name in enumerate(anonymous):
        weights[f"encoder.layer.{k // 6}.{MATMULS[k % 6]}.weight"] = inits[name].T
    return {k: v.astype(np.float16) for k, v in weights.items()}, anonymous


def passages(path, length=128):
    rows = [json.loads(l) for l in open(path)]
    n = len(rows)
    ids = np.zeros((n, length), np.int16)
    parts = np.zeros((n, length), np.int8)
    tags = np.zeros((n, length), np.int8)
    for k, r in enumerate(rows):
        m = len(r["ids"])
        ids[k, :m], parts[k, :m], tags[k, :m] = r["ids"], r["parts"], r["tags"]
    articles = sorted({r["a"] for r in rows})
    index = {a: k for k, a in enumerate(articles)}
    return dict(ids=ids, parts=parts, tags=tags, n=np.array([len(r["ids"]) for r in rows], np.int16),
                y=np.array([r["y"] for r in rows], np.int8), s=np.array([r["s"] for r in rows], np.int8),
                article=np.array([index[r["a"]] for r in rows], np.int32),
                modern=np.array([r["src"] == "Reuters 2010-13" for r in rows], np.int8)), rows


def main():
    base, train, heldout, out = sys.argv[1:5]
    weights, names = base_weights(base)
    np.savez(f"{out}/base.npz", **weights)
    json.dump(names, open(f"{out}/matmul-names.json", "w"))
    arrays, _ = passages(train)
    np.savez_compressed(f"{out}/train.npz", **arrays)
    arrays, rows = passages(heldout)
    if len(sys.argv) > 5:
        # the Java encoder's states for the first held-out passage: the device checks its copy of the encoder by them
        ref = json.loads(open(sys.argv[5] + ".jsonl").readline())
        states = np.memmap(sys.argv[5] + ".f32", dtype="<f4", mode="r").reshape(-1, 384)
        assert (ref["a"], ref["i"]) == (rows[0]["a"], rows[0]["i"])
        arrays["reference"] = np.array(states[ref["row"]: ref["row"] + ref["n"]])
    np.savez_compressed(f"{out}/heldout.npz", **arrays)
    json.dump([[r["a"], r["i"]] for r in rows], open(f"{out}/heldout-keys.json", "w"))


if __name__ == "__main__":
    main()
