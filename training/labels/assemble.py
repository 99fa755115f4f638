#!/usr/bin/env python3
"""Assembles the news labels from a labelling workspace (batches of 30 under claimed/, one labelling per batch under
out/ as <batch>.<labeller>.jsonl, doubled batches as <batch>-second.<labeller>.jsonl, settled ones as
<batch>.settled.jsonl) into the files of this folder:

    python3 training/labels/assemble.py /work/labelling ../shared

- news-train.jsonl    the labels training may use
- news-heldout.jsonl  the labelled ones of a seeded 10% of all drawn articles: nothing trains or tunes on these
- agreement/first.jsonl, agreement/second.jsonl  the two independent labellings of the doubled batches, as labelled
Each line: {"id", "source", "stratum", "round", "title", "published", "agreement", "gold", "note", "labeller"}; no
article text (the ids are those of ../shared/corpus)."""
import glob, gzip, json, os, random, sys

work, shared = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
HELD_OUT_SHARE, SEED = 0.10, 20261204

meta = {}
for name, rnd in (("draw.tsv", 1), ("draw-2.tsv", 2)):
    for row in open(os.path.join(here, name)):
        id_, source, stratum = row.rstrip("\n").split("\t")
        meta[id_] = {"source": source, "stratum": stratum, "round": rnd}
texts = {}
for path in ("corpus/reuters-2010s.jsonl.gz", "corpus/bbc.jsonl", "corpus/reuters.jsonl"):
    opener = gzip.open if path.endswith(".gz") else open
    for line in opener(os.path.join(shared, path), "rt"):
        a = json.loads(line)
        if a["id"] in meta:
            texts[a["id"]] = (a.get("title"), a.get("published"))


def labelling(batch, suffix=""):
    files = [f for f in glob.glob(f"{work}/out/{batch}{suffix}.L*.jsonl")]
    if len(files) != 1:
        return None, None
    labeller = files[0].rsplit(".", 2)[1]
    return [json.loads(l) for l in open(files[0]) if l.strip()], labeller


def row(label, labeller):
    m = meta[label["id"]]
    title, published = texts[label["id"]]
    return {"id": label["id"], "source": m["source"], "stratum": m["stratum"], "round": m["round"], "title": title,
            "published": published, "agreement": label["agreement"], "gold": label["gold"], "note": label["note"],
            "labeller": labeller}


batches = sorted({os.path.basename(f)[:-6] for f in glob.glob(f"{work}/claimed/*.jsonl")} - {None})
labels, first, second, missing = [], [], [], []
for batch in batches:
    if batch.endswith("-second"):
        continue
    one, who = labelling(batch)
    if one is None:
        missing.append(batch)
        continue
    two, who2 = labelling(batch, "-second")
    settled = f"{work}/out/{batch}.settled.jsonl"
    if two is not None:
        first += [row(l, who) for l in one]
        second += [row(l, who2) for l in two]
        if os.path.exists(settled):
            one, who = [json.loads(l) for l in open(settled) if l.strip()], f"{who}+{who2} settled"
    labels += [row(l, who) for l in one]

# drawn from every drawn article, not from those labelled so far, so that the share never moves once drawn; articles the
# gate's older labels (src/main/training/corpus-labels.jsonl) already train on cannot be held out
trained = {json.loads(l)["id"] for l in open(os.path.join(here, "../../src/main/training/corpus-labels.jsonl"))}
drawn = sorted(id_ for id_ in meta if id_ not in trained)
held = set(random.Random(SEED).sample(drawn, round(HELD_OUT_SHARE * len(drawn))))
order = {id_: i for i, id_ in enumerate(meta)}
labels.sort(key=lambda l: order[l["id"]])
os.makedirs(os.path.join(here, "agreement"), exist_ok=True)
for name, rows in (("news-train.jsonl", [l for l in labels if l["id"] not in held]),
                   ("news-heldout.jsonl", [l for l in labels if l["id"] in held]),
                   ("agreement/first.jsonl", first), ("agreement/second.jsonl", second)):
    with open(os.path.join(here, name), "w") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(labels)} labelled articles ({len(held)} held out), {len(first)} labelled twice; "
      f"batches not labelled yet: {missing}")
