#!/usr/bin/env python3
"""Draws the articles for the news labels, before anyone reads them (labelling protocol, step 1).

    python3 training/labels/draw.py ../shared > training/labels/draw.tsv            # round 1: 3,000 articles
    python3 training/labels/draw.py ../shared 2 > training/labels/draw-2.tsv        # round 2: 1,200 more of 2010-13

Per source: half a seeded random draw, half among the remaining articles with an agreement word in the title or
lead (stratum "vocab"). Articles already in the shared dev and train sets are left out. Output: one line per
article, "id<TAB>source<TAB>stratum", in a seeded shuffle (the order batches are cut in)."""
import gzip, json, random, re, sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else "../shared"
ROUND = int(sys.argv[2]) if len(sys.argv) > 2 else 1
SEED = 20261204 + (ROUND - 1)
PLANS = {  # (source, file, random, vocab)
    1: [
        ("Reuters 2010-13", "corpus/reuters-2010s.jsonl.gz", 900, 900),
        ("BBC", "corpus/bbc.jsonl", 300, 300),
        ("Reuters-21578", "corpus/reuters.jsonl", 300, 300),
    ],
    2: [("Reuters 2010-13", "corpus/reuters-2010s.jsonl.gz", 600, 600)],
}
PLAN = PLANS[ROUND]
AGREEMENT_WORDS = re.compile(
    r"\b(agree\w*|accord|deal|deals|pact|treaty|contract\w*|memorandum|letter of intent|cease-?fire|truce|"
    r"joint venture|partnership|alliance|merger|merge|acquir\w*|acquisition|takeover|buy|buys|sell|sells|sale|"
    r"talks|negotiat\w*|settle\w*|sign\w*|licen[cs]e\w*|loan|credit facility)\b", re.I)


def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(f"{SHARED}/{path}", "rt") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def lead(article):
    return (article.get("title") or "") + "\n" + article["text"][:500]


taken = set()
for name in ("eval/dev-articles.jsonl", "eval/train-articles.jsonl"):
    taken |= {a["id"] for a in read(name)}
for earlier in range(1, ROUND):
    with open(__file__.replace("draw.py", "draw.tsv" if earlier == 1 else f"draw-{earlier}.tsv")) as rows:
        taken |= {row.split("\t")[0] for row in rows}

rng = random.Random(SEED)
drawn = []
for source, path, n_random, n_vocab in PLAN:
    pool = [a for a in read(path) if a["id"] not in taken and len(a["text"].strip()) >= 200]
    rng.shuffle(pool)
    randoms = pool[:n_random]
    rest = [a for a in pool[n_random:] if AGREEMENT_WORDS.search(lead(a))]
    vocab = rest[:n_vocab]
    drawn += [(a["id"], source, "random") for a in randoms] + [(a["id"], source, "vocab") for a in vocab]

rng.shuffle(drawn)
for row in drawn:
    print("\t".join(row))
