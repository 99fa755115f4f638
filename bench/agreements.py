"""Reads every agreement from a running Accord (localhost:8080) and summarises them; used by bench/agreements.sh."""
import json
import random
import sys
import time
import urllib.parse
import urllib.request

BASE = "http://localhost:8080"


def get(path, **params):
    url = BASE + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url) as r:
        return json.load(r)


def all_agreements():
    items, cursor = [], None
    while True:
        page = get("/agreements", limit=200, **({"cursor": cursor} if cursor else {}))
        items += page["items"]
        cursor = page["next"]
        if not cursor:
            return items


def wait():
    last = None
    for _ in range(60):
        now = sum(a["events"] + a.get("mentions", 0) for a in all_agreements())
        if now == last:
            return
        last = now
        time.sleep(2)


def report(expected, summary=None, watch=(), dump=None, mentioned=None):
    agreements = all_agreements()
    events = sum(a["events"] for a in agreements)
    mentions = sum(a.get("mentions", 0) for a in agreements)
    reported = [a for a in agreements if a.get("reported", True)]
    multi = [a for a in agreements if a["articles"] > 1]
    print(f"events linked: {events} (the batch command found {expected}); mentions linked: {mentions}; "
          f"agreements: {len(agreements)} ({len(reported)} reported by an event, {len(agreements) - len(reported)} "
          f"known only from mentions); told by 2+ articles: {len(multi)}, by 3+: "
          f"{sum(1 for a in multi if a['articles'] >= 3)}; reported and told by 2+ stories: "
          f"{sum(1 for a in reported if a.get('stories', a['articles']) > 1)}")
    print("largest agreements (articles, events, latest stage, sides, subject):")
    for a in sorted(agreements, key=lambda a: (-a["articles"], -a["events"], a["id"]))[:15]:
        sides = " / ".join(p["name"] for p in a["parties"])
        print(f"  {a['articles']:3d} {a['events']:3d}  {a['status']:<11} {sides}  ({a['subject']})  {a['id']}")
    pairs = [watch[i:i + 2] for i in range(0, len(watch), 2)]
    for pair in pairs:
        found = [a for a in agreements if all(any(p["actor"] == k or (p["actor"] or "").startswith(k + "-") for p in a["parties"]) for k in pair)]
        print(f"{' + '.join(pair)}: {len(found)} agreement(s): "
              + "; ".join(f"{a['id']} {a['articles']} articles, {a.get('stories')} stories, {a['events']} events, "
                          f"{a.get('mentions', 0)} mentions, stages {[s['status'] for s in a['timeline']]}" for a in found))
    if dump:
        with open(dump, "w") as f:
            for a in multi:
                detail = get("/agreements/" + a["id"])
                f.write(json.dumps(detail) + "\n")
        print(f"{len(multi)} agreements told by 2+ articles written with their reports to {dump}")
    if mentioned:
        # a reproducible sample of the agreements known only from mentions, with their mentions, for reading
        only = sorted((a for a in agreements if not a.get("reported", True)), key=lambda a: a["id"])
        random.Random(20261205).shuffle(only)
        with open(mentioned, "w") as f:
            for a in only[:40]:
                f.write(json.dumps(get("/agreements/" + a["id"])) + "\n")
        print(f"{min(40, len(only))} of {len(only)} agreements known only from mentions written to {mentioned}")
    if summary:
        groups = []
        for a in agreements:
            reports = get("/agreements/" + a["id"])["reports"]
            groups.append(sorted(r["id"] for r in reports))
        with open(summary, "w") as f:
            for g in sorted(groups):
                f.write(" ".join(g) + "\n")
        print(f"groups written to {summary}")


if __name__ == "__main__":
    if sys.argv[1] == "wait":
        wait()
    else:
        args = sys.argv[3:]
        summary = args[args.index("--summary") + 1] if "--summary" in args else None
        dump = args[args.index("--dump") + 1] if "--dump" in args else None
        mentioned = args[args.index("--mentioned") + 1] if "--mentioned" in args else None
        watch = args[args.index("--watch") + 1:] if "--watch" in args else []
        report(int(sys.argv[2]), summary, watch, dump, mentioned)
