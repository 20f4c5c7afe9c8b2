"""Corpus build throughput: articles/s and peak RSS of `kg build`, against plain jieba.

Writes N variants of the seed article (or of ``--source`` files), or the first N records
of a JSONL corpus (``--jsonl``, e.g. real Xinwen Lianbo stories), into a temp folder,
builds them, and times a plain ``jieba.lcut`` pass over the same texts in the same run.
Wall seconds and CPU seconds (all processes) are both printed: on a shared machine the
CPU figure is the steadier one. ``--stages`` adds the CPU seconds of each stage of the
build (jobs=1; a stage called inside another is counted in both); ``--profile`` the most
expensive calls by cProfile, whose per-call cost inflates small, often-called functions.

    python bench/throughput.py [-n 400] [--jobs 1] [--source DIR | --jsonl FILE] [--stages | --profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
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
    ap.add_argument("--jsonl", type=Path, default=None, help="take the first N records of this JSONL corpus instead")
    ap.add_argument("--no-exports", action="store_true", help="time the store only, not graph.ttl/.trig/.nq")
    ap.add_argument("--profile", action="store_true", help="print the build's most expensive calls (jobs=1)")
    ap.add_argument("--stages", action="store_true", help="print the CPU seconds of each build stage (jobs=1)")
    args = ap.parse_args()
    if args.jsonl:
        with open(args.jsonl, encoding="utf-8") as f:
            records = [json.loads(line) for _, line in zip(range(args.n), f)]
        files = [args.jsonl]
    else:
        src = args.source or ROOT.parent / "shared" / "seed"
        files = sorted(src.glob("*.txt")) or sorted((ROOT / "examples").glob("*.txt"))
        if not files:
            sys.exit("no .txt articles found to benchmark")
        records = [{"id": f"{i:06d}", "text": t} for i, t in enumerate(corpus(args.n, files))]
    args.n = len(records)

    from kg.model import Document
    from kg.pipeline import build
    from kg.sources import read_file

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "in.jsonl"
        data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        docs = [d for d in read_file(data) if isinstance(d, Document)]
    texts = [d.text for d in docs]  # the texts as the pipeline reads them
    chars = sum(map(len, texts))

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t, cpu = time.perf_counter(), _cpu()
    for text in texts:
        jieba.lcut(text)
    jieba_s, jieba_cpu = time.perf_counter() - t, _cpu() - cpu

    from kg.extract import extract

    extract(Document("warm", texts[0], "warm.txt"))  # load lexicons and spaCy once
    t, cpu = time.perf_counter(), _cpu()
    for doc in docs:
        extract(doc)
    extract_s, extract_cpu = time.perf_counter() - t, _cpu() - cpu

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "in.jsonl"
        d.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        prof = cProfile.Profile(time.process_time) if args.profile else None  # CPU time: steady on a shared machine
        stages = _timed_stages() if args.stages else None
        t, cpu = time.perf_counter(), _cpu()
        if prof:
            prof.enable()
        report = build([d], Path(tmp) / "out", jobs=args.jobs, progress=False, exports=not args.no_exports)
        kg_s, kg_cpu = time.perf_counter() - t, _cpu() - cpu
        if prof:
            prof.disable()
    assert len(report.built) == args.n, report.errors[:3]
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    rows = [
        (f"kg build, jobs={args.jobs}, {'store only' if args.no_exports else 'store + exports'}", kg_s, kg_cpu),
        ("extraction only, 1 core (normalise..extract, no RDF)", extract_s, extract_cpu),
        ("jieba.lcut only, 1 core", jieba_s, jieba_cpu),
    ]
    print(f"{args.n} articles, {chars / args.n:,.0f} characters each, from {len(files)} source file(s)")
    print(f"  {'':<55}{'wall s':>8} {'articles/s':>11} {'x jieba':>8} {'CPU s':>8} {'x jieba per CPU-s':>18}")
    for name, secs, cpu in rows:
        print(f"  {name:<55}{secs:8.2f} {args.n / secs:11.1f} {jieba_s / secs:8.2f} {cpu:8.2f} {jieba_cpu / cpu:18.2f}")
    print(f"  peak RSS {rss / 1024:.0f} MiB")
    if stages:
        print("  build stages (CPU s of the whole process, jobs=1):")
        for name, secs in stages.items():  # in the order of the build
            print(f"    {name:<53}{secs:8.2f} {secs / kg_cpu:8.0%}")
    if prof:
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)


def _timed_stages() -> dict[str, float]:
    """Wrap the build's stages so each adds up its CPU seconds (this process) in the dict returned."""
    import importlib

    totals: dict[str, float] = {}
    stages = [  # (module, function, what it is)
        ("kg.pipeline", "extract", "extraction (both name passes)"),
        ("kg.extract.context", "normalise", "  of which normalise"),
        ("kg.extract.context", "recognise", "  of which the recognisers"),
        ("kg.rdf", "article_triples", "RDF triples"),
        ("kg.rdf", "to_nquads", "N-Quads text"),
        ("kg.store", "put_graphs", "store writes (bulk load, replaced graphs, seals)"),
        ("kg.names", "mentioned", "second pass: which stories name a new name"),
        ("kg.corpus", "update", "corpus pass (people, tenures)"),
        ("kg.export", "Spool.put", "exports: keeping the graphs as written"),
        ("kg.pipeline", "write_build_files", "exports: graph.nq, .trig, .ttl"),
    ]
    for mod_name, fn, label in stages:
        owner = importlib.import_module(mod_name)
        *path, name = fn.split(".")  # Class.method wraps the method
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, name, _adding(getattr(owner, name), label, totals))
        totals[label] = 0.0
    return totals


def _adding(fn, label: str, totals: dict[str, float]):
    def timed(*args, **kwargs):
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[label] = totals.get(label, 0.0) + time.process_time() - t
    return timed


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the worker processes)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

if __name__ == "__main__":
    main()
