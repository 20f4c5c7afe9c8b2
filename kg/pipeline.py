"""The flow in one place: sources -> normalise/annotate/extract -> rdf -> store -> exports."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path

from kg import corpus, names, rdf, store
from kg.export import Spool, staged, write_build_files
from kg.extract import extract
from kg.model import Document, SourceError
from kg.sources import iter_files, read_corpus

__all__ = ["BuildReport", "Built", "build", "check_base", "content_hash", "process", "process_all"]


@dataclass
class BuildReport:
    """What a build did: counts, and every input it had to skip, with the reason."""

    out: str
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)  # graph IRIs removed by ``prune``

    def to_json(self) -> dict:
        return {
            "out": self.out,
            "built": sorted(self.built),
            "unchanged": sorted(self.unchanged),
            "errors": [{"source": e.source, "reason": e.reason} for e in self.errors],
            "pruned": sorted(self.pruned),
        }


_SEAL = str(rdf.KG.contentHash)
_BATCH = 200  # articles per batch sent to workers
# N-Quads per store write: each bulk load lands as new files that RocksDB compacts with the rest,
# so the store's CPU per quad falls with fewer, larger loads (3,000 real stories: 6.4 CPU s in
# loads of 8 MB, 5.2 in 16 MB, 4.3 in 24 MB), while the loader holds about six times what it is
# given (the build's peak: 300, 320, 383 MB)
_STORE_BYTES = 16 << 20
_CHUNK = 16  # articles per task a worker takes: the known names travel with every task


@dataclass(frozen=True)
class Built:
    """One article, extracted and turned into N-Quads (UTF-8) for its named graph."""

    doc_id: str
    graph: str  # named graph IRI
    nquads: bytes
    seal: bytes  # the content-hash quad, written only after the graph is stored
    source: str = ""
    names: frozenset[str] = frozenset()  # names this article vouches for (kg.names)
    found: frozenset[str] = frozenset()  # every person name extracted from it


# the files that read an article into triples: when one changes (an upgraded kg), every article is read again
_RULES = ("extract", "grammar.py", "lexicons", "model.py", "names.py", "nlp.py", "rdf.py", "resolve.py", "tagger.py")


@functools.cache
def rules_fingerprint() -> str:
    """SHA-256 of the rule files (``_RULES``, the package's own copies), so a build made by other rules is not kept."""
    root, h = Path(__file__).parent, hashlib.sha256()
    for name in _RULES:
        for f in sorted((root / name).rglob("*") if (root / name).is_dir() else [root / name]):
            if f.is_file() and f.suffix in (".py", ".txt", ".tsv", ".json"):
                h.update(f"{f.relative_to(root).as_posix()}\0".encode() + f.read_bytes() + b"\0")
    return h.hexdigest()


def content_hash(doc: Document, tagger: bool = False) -> str:
    """What an article's graph was made from: a rebuild from the same is skipped.

    The id, the text and the publication metadata, the rules that read them and whether the
    name tagger was on; not the path, so building ``x.jsonl`` after ``/tmp/…/x.jsonl`` changes nothing.
    """
    meta = (doc.id, doc.text, doc.title, doc.url, doc.published, doc.publisher, rules_fingerprint(), "tagger" if tagger else "")
    return hashlib.sha256("\x1f".join("" if v is None else str(v) for v in meta).encode("utf-8", "surrogatepass")).hexdigest()


def process(
    doc: Document, base: str = rdf.DEFAULT_BASE, known_names: frozenset[str] = frozenset(), tagger: bool = False
) -> Built | SourceError:
    """Extract one document into its graph; a failure becomes a SourceError, never a crash.

    ``known_names``: names other articles of the corpus vouch for (kg.names); ``tagger``:
    the optional LAC name cue.
    """
    try:
        ext = extract(doc, known_names, tagger)
        triples = rdf.article_triples(ext, base)
        art = rdf.article_iri(doc.id, base)
        g = rdf.graph_iri(doc.id, base)
        seal = rdf.to_nquads([(art, rdf.KG.contentHash, rdf.lit(content_hash(doc, tagger)))], g)
        nquads = rdf.to_nquads(triples, g)
    except Exception as exc:  # one broken article must not stop a corpus build
        return SourceError(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")
    try:  # encoded here, in the worker: text the store cannot take fails this article only
        return Built(doc.id, str(g), nquads.encode("utf-8"), seal.encode("utf-8"), doc.source,
                     names.confirmed_names(ext), frozenset(name for name, _ in ext.persons))
    except UnicodeEncodeError as exc:
        return SourceError(doc.source, f"cannot be stored: {exc.reason} at character {exc.start} of its quads")


def process_again(item: tuple, new: frozenset[str], before: frozenset[str] = frozenset(),
                  changed: frozenset[str] = frozenset(), **kw) -> Built | SourceError | None:
    """The second name pass for one article (``item``: it and the names already extracted
    from it, packed): extracted again only if ``names.needs_again``, else None. An article an
    earlier build stored (``item``: (document, names, True)) is decided by ``names.again_with``
    (``before``: the names that build decided with, ``changed``: the names in one set only)."""
    doc, found, *stored = item
    if not stored:
        return process(doc, **kw) if names.needs_again(doc, new, found) else None
    known = names.again_with(doc, new, before, changed, found)
    return None if known is None else process(doc, **{**kw, "known_names": known})


def process_all(
    items: Iterable[Document | SourceError | tuple[Document, str]], base: str, jobs: int = 1,
    dask: str | object | None = None, known_names: frozenset[str] = frozenset(), tagger: bool = False,
    again: frozenset[str] | None = None, before: frozenset[str] = frozenset(),
) -> Iterator[Built | SourceError | None]:
    """Results in input order: here (``jobs`` processes) or on a Dask cluster (``dask``: a
    scheduler address or a ``distributed.Client``). ``again``: the names first confirmed by
    this build; the items are then (document, names found[, True]) for ``process_again``
    (``before``: the names an earlier build decided its stored articles with)."""
    work = partial(process, base=base, known_names=known_names, tagger=tagger)
    if again is not None:
        work = partial(process_again, new=again, before=before, changed=again ^ before, base=base,
                       known_names=known_names, tagger=tagger)
    if dask is not None:
        from distributed import Client

        client = dask if isinstance(dask, Client) else Client(dask, set_as_default=False)
        try:
            yield from _in_order(items, lambda docs: _gathered(client.map(work, docs, pure=False)))
        finally:
            if client is not dask:
                client.close()
        return
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, SourceError) else work(item)
        return
    _warm()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from _in_order(items, lambda docs: pool.map(work, docs, chunksize=_CHUNK))


def _warm() -> None:
    """Load the lexicons and models here, once, before the workers fork: each worker of each
    pool (the second name pass starts another) would otherwise load them itself, about a
    second of CPU apiece."""
    process(Document("warm", "国务院总理李克强在北京会见美国国务卿。", "warm.txt"))


def _gathered(futures: list) -> Iterator:
    for f in futures:
        yield f.result()


def _in_order(items: Iterable, submit) -> Iterator:
    """Documents sent off in batches, results yielded in input order; the next batch is
    already submitted while the results of the last one are consumed (written to the store)."""
    it = iter(items)
    pending = None
    while True:
        batch = list(islice(it, _BATCH))
        nxt = (batch, submit([b for b in batch if not isinstance(b, SourceError)])) if batch else None
        if pending is not None:
            done, results = pending
            results = iter(results)
            for b in done:
                yield b if isinstance(b, SourceError) else next(results)
        if nxt is None:
            return
        pending = nxt


def build(
    inputs: Iterable[str | Path],
    out: str | Path,
    base: str = rdf.DEFAULT_BASE,
    jobs: int | None = None,
    progress: bool | None = None,
    exports: bool = True,
    prune: bool = False,
    dask: str | object | None = None,
    tagger: bool = False,
    identities: str | Path | None = None,
) -> BuildReport:
    """Build (or update) the graph of ``inputs`` in the folder ``out``.

    Writes ``out/store`` (Oxigraph), ``report.json`` and, unless ``exports`` is False,
    ``graph.ttl`` (union), ``graph.trig`` and ``graph.nq`` (graph by graph). Articles already
    in the store with the same content are skipped; changed ones replace their named graph;
    with ``prune``, graphs of articles not among ``inputs`` are deleted. ``dask`` runs the
    per-article stages on a Dask cluster (same bytes as a local build). ``tagger`` turns on
    the optional LAC name cue; ``identities`` is a file of identity overrides for the
    corpus pass (default ``out/identities.tsv``). Every file is written under a temporary
    name and renamed when complete.
    """
    from tqdm import tqdm

    check_base(base)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(str(out))
    st = store.open_store(out)
    store.remove_bulk_leftovers(out)  # we hold the store's lock: these are a killed build's
    recorded = store.recorded_base(st)
    if recorded is not None and recorded != base:
        raise store.StoreError(f"{out} was built with --base {recorded}, not {base}: "
                               "build into another --out, or give the same --base")
    inputs = list(inputs)
    if jobs is None:  # worker start-up costs seconds: parallel only for a sizeable corpus
        size = sum(f.stat().st_size for f in iter_files(inputs) if f.is_file())
        jobs = min(os.cpu_count() or 1, max(1, size // 2_000_000))
    seen: set[str] = set()  # ids of the inputs (read_corpus already skips duplicate ids), for --prune

    def todo() -> Iterator[Document | SourceError]:
        for item in read_corpus(inputs):
            if isinstance(item, Document):
                seen.add(item.id)
                if recorded is not None and store.content_hash_of(  # a new store holds nothing to skip
                        st, rdf.graph_iri(item.id, base), _SEAL) == content_hash(item, tagger):
                    report.unchanged.append(item.id)
                    continue
            yield item

    bar = tqdm(unit="doc", disable=not (sys.stderr.isatty() if progress is None else progress), file=sys.stderr)
    pending: list[Built] = []
    held = 0  # bytes of N-Quads pending
    by_doc = names.load(out)  # names confirmed by earlier builds, per article
    # what each article's first pass (no corpus names, as in a fresh build) vouched for and extracted:
    # the second pass is decided on them, as a fresh build decides it (a folder of an older build
    # kept no such file: its names stand in, and its articles are checked by their text alone)
    first_vouched, found = names.load_first(out) or (dict(by_doc), {})
    before = names.usable(first_vouched)  # the names the last build's second pass decided with
    built: set[str] = set()  # articles whose stored graph is their first pass's: built now or by a killed build
    # a killed build's first pass: its articles are second-passed as if built now (its second pass's
    # entries are not taken: this build's second pass, the same, makes them again)
    for doc_id, (vouched, extracted) in names.journaled_first_pass(out).items():
        found[doc_id] = extracted
        built.add(doc_id)
        for table in (by_doc, first_vouched):
            if vouched:
                table[doc_id] = vouched
            else:
                table.pop(doc_id, None)
    fresh: list[tuple] = []  # names of the batch being built, journaled before it is stored
    digests: dict[str, bytes] = {}  # the first pass's quads, per article built now, as a short digest
    Spool.remove_stale(out)
    spool = Spool(out) if exports else None  # the graphs as written, for the exports
    try:
        for item in process_all(todo(), base, jobs, dask=dask, tagger=tagger):
            bar.update(1)
            if isinstance(item, SourceError):
                report.errors.append(item)
                continue
            pending.append(item)
            held += len(item.nquads)
            found[item.doc_id] = names.pack(item.found)
            built.add(item.doc_id)
            _vouched(by_doc, item, fresh, found[item.doc_id])
            _vouched(first_vouched, item, [])
            digests[item.doc_id] = _digest(item)
            if held >= _STORE_BYTES:
                _forget(digests, _store(st, pending, report, out, fresh, spool))
                pending, held = [], 0
        _forget(digests, _store(st, pending, report, out, fresh, spool))
        pending, held = [], 0
        known = names.usable(first_vouched)
        if (built and known) or known != before:  # second pass: articles naming someone the corpus confirms
            again = names.second_pass(read_corpus(inputs), found, built, stored=known != before)
            for item in process_all(again, base, jobs, dask=dask, known_names=known, tagger=tagger, again=known,
                                    before=before):
                if isinstance(item, Built):
                    _vouched(by_doc, item, fresh)
                    if digests.get(item.doc_id) != _digest(item):  # the same quads: stored already
                        pending.append(item)
                        held += len(item.nquads)
                if held >= _STORE_BYTES:
                    _store(st, pending, report, out, fresh, spool, again=True)
                    pending, held = [], 0
            _store(st, pending, report, out, fresh, spool, again=True)
        names.save(out, by_doc, (first_vouched, found))
        if prune:
            keep = {str(rdf.graph_iri(doc_id, base)) for doc_id in seen}
            report.pruned = sorted(set(store.article_graphs(st)) - keep)
            store.remove_graphs(st, report.pruned)
        corpus.update(st, out, base, overrides=identities, spool=spool)  # corpus-level people and tenures: one graph, replaced
        st.flush()
        if spool is not None:
            write_build_files(st, out, spool)
    except OSError as exc:  # a full disk: RocksDB's message names its own file, not the folder
        store.remove_bulk_leftovers(out)
        if exc.filename:
            raise
        raise OSError(exc.errno, str(exc).rsplit(": ", 1)[-1], str(out / store.STORE_DIR)) from exc
    finally:
        bar.close()
        if spool is not None:
            spool.close()
    with staged(out / "report.json") as (tmp,):
        tmp.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return report


def _vouched(by_doc: dict[str, list[str]], item: Built, fresh: list[tuple], found: str | None = None) -> None:
    """Record the names an article vouches for; one that vouches for none keeps no entry
    (tens of thousands of empty lists are memory for nothing). ``fresh`` collects them for the
    journal: every article of the first pass (with ``found``, the names extracted from it), and
    an article of the second pass when its entry changes."""
    if found is not None:
        fresh.append((item.doc_id, item.names, found))
    elif item.names or item.doc_id in by_doc:
        fresh.append((item.doc_id, item.names))
    if item.names:
        by_doc[item.doc_id] = sorted(item.names)
    else:
        by_doc.pop(item.doc_id, None)


def _digest(item: Built) -> bytes:
    return hashlib.blake2b(item.nquads, digest_size=16).digest()


def _forget(digests: dict[str, bytes], refused: list[str]) -> None:
    """An article the store refused has no stored quads to compare the second pass's with."""
    for doc_id in refused:
        digests.pop(doc_id, None)


def _store(st, built: list[Built], report: BuildReport, out: Path, fresh: list[tuple],
           spool: Spool | None, again: bool = False) -> list[str]:
    """Write a batch of graphs, after journaling the names they vouch for (``fresh``, emptied),
    and keep them in ``spool``; an article the store refuses is reported and skipped alone
    (returns their ids). ``again``: graphs of the second name pass, which replace graphs
    already counted."""
    names.journal(out, fresh)
    fresh.clear()
    refused = dict(store.put_graphs(st, [(b.graph, b.nquads, b.seal) for b in built]))
    for i, b in enumerate(built):
        if spool is not None:
            spool.drop(b.graph) if i in refused else spool.put(b.graph, b.nquads, b.seal)
        if i in refused:
            report.errors.append(SourceError(b.source, refused[i]))
        elif not again:
            report.built.append(b.doc_id)
    return [built[i].doc_id for i in refused]


def check_base(base: str) -> None:
    """Refuse a base that cannot prefix IRIs, before anything is created or loaded."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(base + "x")
    except ValueError as exc:
        raise ValueError(f"--base {base!r} is not an absolute IRI ({exc})") from None
    if not base.endswith(("/", "#")):
        raise ValueError(f"--base {base!r} must end with '/' or '#'")
