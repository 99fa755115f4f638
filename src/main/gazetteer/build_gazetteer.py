#!/usr/bin/env python3
"""Builds src/main/resources/accord/gazetteer/actors.tsv from its sources.

Sources: world-countries 5.1.0 (npm, ODbL) for country names, alternative spellings, demonyms and capitals;
PETRARCH2/Phoenix country actors (openeventdata/petrarch2, MIT) for further spellings and heads of state/government;
curated.tsv beside this script (Accord's own) for international bodies, state companies and aliases.

usage: build_gazetteer.py COUNTRIES_JSON PHOENIX_COUNTRIES_ACTORS OUT_TSV
"""
import json
import os
import re
import sys

COMMON_WORDS = {"of", "deal", "march", "may", "chad", "georgia", "jordan", "guinea", "turkey", "niger", "mali",
                "man", "us", "in", "is", "it", "no", "to", "an", "as", "at", "be", "by", "do", "go", "he", "me",
                "my", "on", "or", "so", "up", "we", "am", "republic", "union", "island", "islands", "kingdom",
                "states", "state", "peace", "victoria", "hope", "male", "roseau", "praia", "lima", "split"}


def surface_ok(s):
    s = s.strip()
    if len(s) < 2 or not re.search(r"[A-Za-z]", s):
        return False
    return s.lower() not in COMMON_WORDS or s[0].isupper() and s.lower() in {"georgia", "jordan", "chad", "guinea", "niger", "mali", "lima", "praia", "roseau"}


def main(countries_json, phoenix, out):
    rows = {}

    def add(surface, name, code, sector, kind, curated=False):
        surface = re.sub(r"\s+", " ", surface.replace("_", " ")).strip()
        if not curated and not surface_ok(surface):
            return
        key = surface.lower()
        rows.setdefault(key, (surface, name, code, sector, kind))

    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "curated.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        surface, name, code, sector, kind = line.rstrip("\n").split("\t")
        add(surface, name, code, sector, kind, curated=True)

    countries = json.load(open(countries_json, encoding="utf-8"))
    iso3 = set()
    # a demonym or spelling shared by a state and a territory ("French", "Dutch") is the state's: UN members first
    for c in sorted(countries, key=lambda c: not c.get("unMember", False)):
        code = c["cca3"]
        iso3.add(code)
        name = c["name"]["common"]
        add(name, name, code, "GOV", "country")
        add(c["name"]["official"], name, code, "GOV", "country")
        for alt in c.get("altSpellings", []):
            if len(alt) > 3 and re.fullmatch(r"[A-Za-z .'\-]+", alt):
                add(alt, name, code, "GOV", "country")
        for lang in ("eng",):
            dem = c.get("demonyms", {}).get(lang, {})
            for g in ("m", "f"):
                if dem.get(g):
                    add(dem[g], name, code, "GOV", "country")
        for cap in c.get("capital", []):
            if re.fullmatch(r"[A-Za-z .'\-]+", cap):
                add(cap, name, code, "GOV", "government")

    # Phoenix country blocks: NAME_ then +ALTERNATES, then [CODE ...] lines; the last code is the current one.
    block, codes = [], []

    def flush():
        if not block or not codes:
            return
        code = codes[-1]
        head = block[0]
        official = [c for c in codes if re.fullmatch(r"[A-Z]{3}(GOV|MIL)", c)]
        if re.fullmatch(r"[A-Z]{3}", code) and code in iso3:
            canonical = next((c["name"]["common"] for c in countries if c["cca3"] == code), head.title())
            for i, s in enumerate(block):
                if re.fullmatch(r"[A-Z .'\-]+", s) and len(s) > 3:
                    # alternates that are not spellings of the country's name are its places (cities, regions)
                    spelling = i == 0 or s[:4] == head[:4] or s.startswith(head.split()[0][:4])
                    add(s.title(), canonical, code, "GOV" if spelling else "", "country" if spelling else "place")
        elif official and len(head.split()) >= 2:
            code = official[-1]
            for s in block:
                if len(s.split()) >= 2 or len(s) >= 5:
                    add(s.title(), head.title(), code[:3], code[3:], "person")

    for raw in open(phoenix, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("\t") or line.startswith(" "):
            for m in re.finditer(r"\[([A-Z]+)(?:\s+[^\]]*)?\]", line):
                codes.append(m.group(1))
            continue
        if line.startswith("+"):
            block.append(line[1:].strip().strip("_").replace("_", " "))
            continue
        flush()
        block, codes = [], []
        m = re.match(r"([^\[\t]+?)_?\s*(\[.*)?$", line)
        if m:
            block.append(m.group(1).strip().strip("_").replace("_", " "))
            for c in re.finditer(r"\[([A-Z]+)(?:\s+[^\]]*)?\]", m.group(2) or ""):
                codes.append(c.group(1))
    flush()

    with open(out, "w", encoding="utf-8") as f:
        f.write("# surface\tname\tcode\tsector\tkind — generated by src/main/gazetteer/build_gazetteer.py; "
                "sources: world-countries 5.1.0 (ODbL), PETRARCH2 Phoenix dictionaries (MIT), Accord curated list\n")
        for key in sorted(rows):
            f.write("\t".join(rows[key]) + "\n")
    print(f"{len(rows)} surfaces -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
