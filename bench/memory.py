"""Peak memory and time of `kg build` (with exports) as the corpus grows.

Takes the first N records of a JSONL corpus (the whole 2012-2021 Xinwen Lianbo when it is
there, else the 3,000-story sample, whose records are then reused under new ids to reach
N) and builds each size in a fresh process, printing seconds, stories/s, CPU milliseconds
per story (all processes: the steadier figure on a shared machine) and peak RSS of the
build process and of its largest worker.

    python bench/memory.py [--sizes 5000 10000 20000] [--jobs 2] [--corpus FILE.jsonl]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (Path("/work/data/xwlb_all.jsonl"), ROOT.parent / "shared" / "data" / "xwlb_2012_2021" / "sample3k.jsonl")


def write_corpus(src: Path, n: int, dest: Path) -> int:
    """The first ``n`` records of ``src`` in ``dest``; returns how many of them are reused records."""
    records = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(line)
            if len(records) >= n:
                break
    with open(dest, "w", encoding="utf-8") as out:
        for i in range(n):
            rec = json.loads(records[i % len(records)])
            if i >= len(records):
                rec["id"] = f"{rec['id']}-r{i // len(records)}"
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return max(0, n - len(records))


def one(corpus: Path, out: Path, jobs: int) -> None:
    """Child mode: build, then print the JSON line the parent reads."""
    from kg.pipeline import build

    t = time.perf_counter()
    report = build([corpus], out, jobs=jobs, progress=False)
    secs = time.perf_counter() - t
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "seconds": secs, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, "built": len(report.built), "errors": len(report.errors),
        "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "export_mb": sum((out / n).stat().st_size for n in ("graph.nq", "graph.trig", "graph.ttl")) / 1e6,
    }))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000, 20000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=next((c for c in CORPORA if c.exists()), None))
    ap.add_argument("--one", nargs=2, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(Path(args.one[0]), Path(args.one[1]), args.jobs)
        return
    if args.corpus is None:
        sys.exit("no corpus: give --corpus FILE.jsonl")
    print(f"corpus {args.corpus}, jobs={args.jobs}, build with exports")
    print(f"{'stories':>8} {'reused':>7} {'seconds':>8} {'stories/s':>10} {'CPU ms/story':>13} {'RSS main':>9} {'RSS worker':>11} "
          f"{'exports':>9}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="kg-mem-") as tmp:
            data = Path(tmp) / f"first{n}.jsonl"
            reused = write_corpus(args.corpus, n, data)
            run = subprocess.run([sys.executable, __file__, "--jobs", str(args.jobs), "--one", str(data), str(Path(tmp) / "out")],
                                 capture_output=True, text=True, check=True)
            r = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"{n:>8} {reused:>7} {r['seconds']:>8.1f} {r['built'] / r['seconds']:>10.1f} {1000 * r['cpu'] / n:>13.1f} "
              f"{r['rss_main_mb']:>7.0f}MB "
              f"{r['rss_worker_mb']:>9.0f}MB {r['export_mb']:>7.0f}MB", flush=True)


if __name__ == "__main__":
    main()
