"""Per-thread CPU of a running Accord JVM and of PostgreSQL, for bench/cpu.sh.

  python3 bench/cpu.py sample PID DIR         snapshot every 2 s into DIR/snap.N until PID exits or DIR/stop exists
  python3 bench/cpu.py report DIR N           CPU per article by thread name over the window 40 %..90 % extracted

Reads /proc directly (no process forked per thread), so the sampler costs little itself.
"""
import collections
import glob
import os
import re
import sys
import time
import urllib.request


def ticks(stat_path, fields_wanted=(11, 12)):
    with open(stat_path) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return sum(int(fields[i]) for i in fields_wanted)


def sample(pid, work):
    i = 0
    while os.path.exists(f"/proc/{pid}") and not os.path.exists(f"{work}/stop"):
        i += 1
        lines = [f"time|{time.time_ns()}"]
        try:
            metrics = urllib.request.urlopen("http://localhost:8080/q/metrics", timeout=2).read().decode()
            found = re.search(r"^accord_articles_extracted_total\S* (\S+)", metrics, re.M)
            if found:
                lines.append("extracted|%d" % float(found.group(1)))
        except OSError:
            pass
        for task in glob.glob(f"/proc/{pid}/task/*"):
            try:
                name = re.sub(r"[0-9]+", "N", open(f"{task}/comm").read().strip())
                lines.append(f"{os.path.basename(task)}:{name}|{ticks(f'{task}/stat')}")
            except (OSError, IndexError, ValueError):
                pass  # the thread ended between listing and reading
        for proc in glob.glob("/proc/[0-9]*"):
            try:
                if open(f"{proc}/comm").read().strip() == "postgres":
                    # its own CPU and that of its finished children (backends that closed)
                    lines.append(f"{os.path.basename(proc)}:PostgreSQL (all processes)|{ticks(f'{proc}/stat', (11, 12, 13, 14))}")
            except (OSError, IndexError, ValueError):
                pass
        with open(f"{work}/snap.{i}", "w") as out:
            out.write("\n".join(lines) + "\n")
        time.sleep(2)


def report(work, n):
    hz = os.sysconf("SC_CLK_TCK")
    snaps = []
    for path in sorted(glob.glob(f"{work}/snap.*"), key=lambda p: int(p.rsplit(".", 1)[1])):
        d = {k: int(v) for k, v in (line.rstrip("\n").rsplit("|", 1) for line in open(path) if "|" in line)}
        if "extracted" in d:
            snaps.append(d)
    a = next(s for s in snaps if s["extracted"] >= 0.4 * n)
    b = [s for s in snaps if s["extracted"] <= 0.9 * n][-1]
    articles = b["extracted"] - a["extracted"]
    secs = (b["time"] - a["time"]) / 1e9
    by_name = collections.Counter()
    for key, value in b.items():
        if ":" in key:
            by_name[key.split(":", 1)[1]] += value - a.get(key, 0)
    total = sum(by_name.values())
    print(f"steady window: {articles} articles in {secs:.1f} s ({articles / secs:.0f} articles/s), "
          f"{total / hz:.1f} CPU-s = {1000 * total / hz / articles:.2f} ms per article")
    for name, t in by_name.most_common(12):
        print(f"{1000 * t / hz / articles:8.2f} ms/article  {name}")


if __name__ == "__main__":
    if sys.argv[1] == "sample":
        sample(sys.argv[2], sys.argv[3])
    else:
        report(sys.argv[2], int(sys.argv[3]))
