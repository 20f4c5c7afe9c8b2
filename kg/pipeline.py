"""The flow in one place: sources -> normalise/annotate/extract -> rdf -> store -> exports."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kg import names, rdf, store
from kg.extract import extract
from kg.model import Document, SourceError
from kg.sources import iter_files, read_corpus

__all__ = ["BuildReport", "Built", "build", "content_hash", "process", "process_all"]


@dataclass
class BuildReport:
    """What a build did: counts, and every input it had to skip, with the reason."""

    out: str
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "out": self.out,
            "built": sorted(self.built),
            "unchanged": sorted(self.unchanged),
            "errors": [{"source": e.source, "reason": e.reason} for e in self.errors],
        }


_SEAL = str(rdf.KG.contentHash)


@dataclass(frozen=True)
class Built:
    """One article, extracted and turned into N-Quads for its named graph."""

    doc_id: str
    graph: str  # named graph IRI
    nquads: str
    seal: str  # the content-hash quad, written only after the graph is stored
    names: frozenset[str] = frozenset()  # names this article vouches for (kg.names)
    found: frozenset[str] = frozenset()  # every person name extracted from it


def content_hash(doc: Document) -> str:
    """What identifies an article's content: a rebuild of the same content is skipped."""
    return hashlib.sha256(f"{doc.id}\x1f{doc.source}\x1f{doc.text}".encode()).hexdigest()


def process(
    doc: Document, base: str = rdf.DEFAULT_BASE, known_names: frozenset[str] = frozenset(), tagger: bool = False
) -> Built | SourceError:
    """Extract one document into its graph; a failure becomes a SourceError, never a crash."""
    try:
        ext = extract(doc, known_names, tagger)
        triples = rdf.article_triples(ext, base)
        art = rdf.article_iri(doc.id, base)
        g = rdf.graph_iri(doc.id, base)
        seal = rdf.to_nquads([(art, rdf.KG.contentHash, rdf.lit(content_hash(doc)))], g)
        found = frozenset(name for name, _ in ext.persons)
        return Built(doc.id, str(g), rdf.to_nquads(triples, g), seal, names.confirmed_names(ext), found)
    except Exception as exc:  # one broken article must not stop a corpus build
        return SourceError(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


def process_all(
    items: Iterable[Document | SourceError], base: str, jobs: int = 1, known_names: frozenset[str] = frozenset(),
    tagger: bool = False,
) -> Iterator[Built | SourceError]:
    """Results in input order, on ``jobs`` processes."""
    work = partial(process, base=base, known_names=known_names, tagger=tagger)
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, SourceError) else work(item)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        batch: list = []
        for item in items:
            batch.append(item)
            if len(batch) >= 500 * jobs:
                yield from _run_batch(pool, work, batch)
                batch = []
        yield from _run_batch(pool, work, batch)


def _run_batch(pool, work, batch):
    docs = [b for b in batch if isinstance(b, Document)]
    results = iter(pool.map(work, docs, chunksize=4))
    for b in batch:
        yield b if isinstance(b, SourceError) else next(results)


def build(
    inputs: Iterable[str | Path],
    out: str | Path,
    base: str = rdf.DEFAULT_BASE,
    jobs: int | None = None,
    progress: bool | None = None,
    exports: bool = True,
    tagger: bool = False,
) -> BuildReport:
    """Build (or update) the graph of ``inputs`` in the folder ``out``.

    Writes ``out/store`` (Oxigraph), ``report.json`` and, unless ``exports`` is False,
    ``graph.ttl`` (union), ``graph.trig`` and ``graph.nq`` (sorted). Articles already in the store with the same content are
    skipped; changed ones replace their named graph. ``tagger`` turns on the optional LAC
    name cue (the ``tagger`` extra).
    """
    from tqdm import tqdm

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(str(out))
    st = store.open_store(out)
    inputs = list(inputs)
    if jobs is None:  # worker start-up costs seconds: parallel only for a sizeable corpus
        size = sum(f.stat().st_size for f in iter_files(inputs) if f.is_file())
        jobs = min(os.cpu_count() or 1, max(1, size // 2_000_000))

    def todo() -> Iterator[Document | SourceError]:
        seen: dict[str, str] = {}
        for item in read_corpus(inputs):
            if isinstance(item, Document):
                if item.id in seen:
                    yield SourceError(item.source, f"duplicate document id {item.id!r} (first read from {seen[item.id]}); skipped")
                    continue
                seen[item.id] = item.source
                if store.content_hash_of(st, rdf.graph_iri(item.id, base), _SEAL) == content_hash(item):
                    report.unchanged.append(item.id)
                    continue
            yield item

    bar = tqdm(unit="doc", disable=not (sys.stderr.isatty() if progress is None else progress), file=sys.stderr)
    pending: list[Built] = []
    by_doc = names.load(out)  # names confirmed by earlier builds, per article
    known = names.usable(by_doc)
    found: dict[str, frozenset[str]] = {}  # names already extracted, per article built now
    for item in process_all(todo(), base, jobs, known, tagger):
        bar.update(1)
        if isinstance(item, SourceError):
            report.errors.append(item)
            continue
        pending.append(item)
        report.built.append(item.doc_id)
        by_doc[item.doc_id] = sorted(item.names)
        found[item.doc_id] = item.found
        if len(pending) >= 200:
            store.put_graphs(st, [(b.graph, b.nquads, b.seal) for b in pending])
            pending = []
    store.put_graphs(st, [(b.graph, b.nquads, b.seal) for b in pending])
    if new := names.usable(by_doc) - known:  # second pass: articles naming someone first confirmed now
        again = [b for b in process_all(names.second_pass(read_corpus(inputs), new, found), base, jobs, known | new, tagger) if isinstance(b, Built)]
        for i in range(0, len(again), 200):
            store.put_graphs(st, [(b.graph, b.nquads, b.seal) for b in again[i : i + 200]])
        by_doc.update({b.doc_id: sorted(b.names) for b in again})
    names.save(out, by_doc)
    bar.close()
    st.flush()
    if exports:
        from kg.export import write_build_files

        write_build_files(st, out)
    (out / "report.json").write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return report
