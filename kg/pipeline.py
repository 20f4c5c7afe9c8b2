"""The flow in one place: sources -> normalise/annotate/extract -> rdf -> store -> exports."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal

from kg import rdf, store
from kg.extract import extract
from kg.model import Document, Extraction, SourceError
from kg.sources import read_corpus

__all__ = ["BuildReport", "build", "extract_all", "process"]


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


def _hash(doc: Document) -> str:
    return hashlib.sha256(f"{doc.id}\x1f{doc.source}\x1f{doc.text}".encode()).hexdigest()


def process(doc: Document) -> Extraction | SourceError:
    """Extract one document; an unexpected failure becomes a SourceError, never a crash."""
    try:
        return extract(doc)
    except Exception as exc:  # one broken article must not stop a corpus build
        return SourceError(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


def extract_all(items: Iterable[Document | SourceError], jobs: int = 1) -> Iterator[Extraction | SourceError]:
    """Extractions in input order, on ``jobs`` processes."""
    docs = (i for i in items)
    if jobs <= 1:
        for item in docs:
            yield item if isinstance(item, SourceError) else process(item)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        batch: list = []
        for item in docs:
            batch.append(item)
            if len(batch) >= 64 * jobs:
                yield from _run_batch(pool, batch)
                batch = []
        yield from _run_batch(pool, batch)


def _run_batch(pool, batch):
    docs = [b for b in batch if isinstance(b, Document)]
    results = iter(pool.map(process, docs, chunksize=8))
    for b in batch:
        yield b if isinstance(b, SourceError) else next(results)


def build(
    inputs: Iterable[str | Path],
    out: str | Path,
    base: str = rdf.DEFAULT_BASE,
    jobs: int | None = None,
    progress: bool | None = None,
) -> BuildReport:
    """Build (or update) the graph of ``inputs`` in the folder ``out``.

    Writes ``out/store`` (Oxigraph), ``graph.ttl`` (union), ``graph.trig``, ``graph.nq``
    (sorted) and ``report.json``. Articles already in the store with the same content are
    skipped; changed ones replace their named graph.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(str(out))
    st = store.open_store(out)
    items = list(read_corpus(inputs))
    todo: list[Document | SourceError] = []
    for item in items:
        if isinstance(item, Document) and store.content_hash_of(st, rdf.graph_iri(item.id, base), str(rdf.KG.contentHash)) == _hash(item):
            report.unchanged.append(item.id)
        else:
            todo.append(item)
    n_docs = sum(isinstance(i, Document) for i in todo)
    if jobs is None:
        jobs = min(os.cpu_count() or 1, max(1, n_docs // 40))
    from tqdm import tqdm

    bar = tqdm(total=len(todo), unit="doc", disable=not (sys.stderr.isatty() if progress is None else progress), file=sys.stderr)
    for item in extract_all(todo, jobs):
        bar.update(1)
        if isinstance(item, SourceError):
            report.errors.append(item)
            continue
        g = rdf.article_graph(item, base)
        art = rdf.URIRef(f"{base}article/{rdf._h(item.document.id)}")
        g.add((art, rdf.KG.contentHash, Literal(_hash(item.document))))
        store.put_graph(st, rdf.graph_iri(item.document.id, base), g)
        report.built.append(item.document.id)
    bar.close()
    st.flush()
    write_exports(st, out)
    (out / "report.json").write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return report


def write_exports(st, out: Path) -> None:
    """graph.nq (sorted), graph.trig and graph.ttl (the union) beside the store."""
    import pyoxigraph as ox
    from rdflib import Graph

    nq = store.dump_nquads(st)
    (out / "graph.nq").write_text(nq, encoding="utf-8")
    (out / "graph.trig").write_bytes(st.dump(format=ox.RdfFormat.TRIG, prefixes=_PREFIXES))
    union = rdf.bind_prefixes(Graph())
    for q in st.quads_for_pattern(None, None, None):
        union.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
    (out / "graph.ttl").write_text(union.serialize(format="longturtle"), encoding="utf-8")


_PREFIXES = {
    "kg": str(rdf.KG), "schema": str(rdf.SCHEMA), "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/", "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "nif": str(rdf.NIF), "itsrdf": str(rdf.ITSRDF),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _to_rdflib(term):
    import pyoxigraph as ox
    from rdflib import BNode, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
