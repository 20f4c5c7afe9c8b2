"""Corpus build throughput: articles/s and peak RSS of `kg build`, against plain jieba.

Writes N variants of the seed article (or of ``--source`` files) into a temp folder,
builds them, and times a plain ``jieba.lcut`` pass over the same texts in the same run.

    python bench/throughput.py [-n 400] [--jobs 1] [--source DIR]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int, sources: list[Path]) -> list[str]:
    from kg.sources import decode

    texts = [decode(p.read_bytes())[0] for p in sources]
    return [texts[i % len(texts)].replace("3月19日", f"3月{1 + i % 28}日") for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=400)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--source", type=Path, default=None, help="folder of .txt articles (default: the seed)")
    ap.add_argument("--no-exports", action="store_true", help="time the store only, not graph.ttl/.trig/.nq")
    args = ap.parse_args()
    src = args.source or ROOT.parent / "shared" / "seed"
    files = sorted(src.glob("*.txt")) or sorted((ROOT / "examples").glob("*.txt"))
    if not files:
        sys.exit("no .txt articles found to benchmark")
    texts = corpus(args.n, files)
    chars = sum(map(len, texts))

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    jieba_s = time.perf_counter() - t

    from kg.extract import extract
    from kg.model import Document
    from kg.pipeline import build

    extract(Document("warm", texts[0], "warm.txt"))  # load lexicons and spaCy once
    t = time.perf_counter()
    for i, text in enumerate(texts):
        extract(Document(f"{i:06d}", text, f"{i:06d}.txt"))
    extract_s = time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "in"
        d.mkdir()
        for i, text in enumerate(texts):
            (d / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        t = time.perf_counter()
        report = build([d], Path(tmp) / "out", jobs=args.jobs, progress=False, exports=not args.no_exports)
        kg_s = time.perf_counter() - t
    assert not report.errors, report.errors[:3]
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    rows = [
        (f"kg build, jobs={args.jobs}, {'store only' if args.no_exports else 'store + exports'}", kg_s),
        ("extraction only, 1 core (normalise..extract, no RDF)", extract_s),
        ("jieba.lcut only, 1 core", jieba_s),
    ]
    print(f"{args.n} articles, {chars / args.n:,.0f} characters each, from {len(files)} source file(s)")
    for name, secs in rows:
        print(f"  {name:<55}{secs:8.2f} s {args.n / secs:8.1f} articles/s {jieba_s / secs:6.2f}x jieba")
    print(f"  peak RSS {rss / 1024:.0f} MiB")

if __name__ == "__main__":
    main()
