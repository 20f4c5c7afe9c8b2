"""The embedded, persistent SPARQL store (Oxigraph) in a build's output folder.

One named graph per article: replacing an article replaces its graph, adding an article
that is already there (same content hash) changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

__all__ = [
    "STORE_DIR", "bulk_load_pieces", "StoreError", "article_graphs", "content_hash_of", "nquad_lines", "open_store", "put_graphs",
    "rdflib_dataset", "recorded_base", "remove_bulk_leftovers", "remove_graphs",
]

STORE_DIR = "store"
_KG = "https://w3id.org/kg-cn/ontology#"
_NAMED_GRAPH = ox.NamedNode(_KG + "namedGraph")


class StoreError(ValueError):
    """A store that cannot be used as asked: locked by another process, corrupt, or built with another base."""


def open_store(out: str | Path, read_only: bool = False) -> ox.Store:
    """The Oxigraph store of a build folder (created if missing, unless read-only).

    A store held by another process (a running build or server) or a damaged one is a
    one-line StoreError, not RocksDB's message."""
    path = Path(out) / STORE_DIR
    if read_only and not path.exists():
        raise FileNotFoundError(f"{out} holds no kg store (expected {path}); run `kg build` first")
    try:
        if read_only:
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except (OSError, RuntimeError) as exc:
        raise _store_error(path, exc) from exc


def _store_error(path: Path, exc: Exception) -> Exception:
    msg = str(exc)
    if "lock" in msg.lower():
        return StoreError(f"the store {path} is in use by another process (a running `kg build` or server?); "
                          "stop it first or build into another --out")
    if "corrupt" in msg.lower() or "CURRENT" in msg or isinstance(exc, RuntimeError):
        return StoreError(f"the store {path} is damaged ({msg.splitlines()[0][:120]}); delete it and build again")
    return OSError(getattr(exc, "errno", None), msg.rsplit(": ", 1)[-1], str(path))  # read-only, full disk


def put_graphs(store: ox.Store, graphs: list[tuple[str, bytes, bytes]]) -> list[tuple[int, str]]:
    """Replace named graphs, given as (IRI, N-Quads, seal quad); returns (index, reason) of those refused.

    The quads go in with the fast, non-transactional bulk loader; each graph's seal (its
    content hash) is written afterwards in one transaction, so a graph interrupted
    half-way has no seal and is rebuilt on the next run. If the store refuses a batch,
    the graphs are loaded one by one, so one bad article never costs the others.
    """
    if not graphs:
        return []
    try:
        _load(store, graphs)
        return []
    except (SyntaxError, ValueError) as exc:
        if len(graphs) == 1:
            remove_graphs(store, [graphs[0][0]])  # no half-loaded graph left behind
            return [(0, f"the store refused its quads: {exc}")]
    refused = []
    for i, one in enumerate(graphs):
        refused += [(i, reason) for _, reason in put_graphs(store, [one])]
    return refused


def _load(store: ox.Store, graphs: list[tuple[str, bytes, bytes]]) -> None:
    remove_graphs(store, [iri for iri, _, _ in graphs])
    # lenient: every IRI is a hash under a base checked once, and literals are escaped by kg.rdf
    _add(store, b"".join(nq for _, nq, _ in graphs), lenient=True)
    store.load(b"".join(seal for _, _, seal in graphs), format=ox.RdfFormat.N_QUADS)


_LOAD_BYTES = 8 << 20  # N-Quads per bulk load: the loader holds what it is given, and more, in memory
# below this, N-Quads go in by a transaction: a bulk load writes new files for every index of the
# store, whatever its size, and RocksDB compacts them with the rest (a second pass's few graphs,
# the corpus graph's pieces: 20-100 ms of CPU a load, against 1-3 ms by a transaction)
_SMALL_BYTES = 1 << 20


def _add(store: ox.Store, nquads: bytes, lenient: bool = False) -> None:
    """Add N-Quads: a few in one transaction, more with the bulk loader (not atomic)."""
    if len(nquads) < _SMALL_BYTES:
        store.load(nquads, format=ox.RdfFormat.N_QUADS, lenient=lenient)
    else:
        store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS, lenient=lenient)


def bulk_load_pieces(store: ox.Store, nquads: bytes) -> None:
    """Add N-Quads, however many, with the bulk loader in flat memory: they go in pieces of
    whole lines (not atomic: what an interrupted load wrote is replaced by the next build)."""
    start = 0
    while start < len(nquads):
        end = nquads.find(b"\n", min(start + _LOAD_BYTES, len(nquads)) - 1) + 1 or len(nquads)
        _add(store, nquads[start:end])
        start = end


def remove_bulk_leftovers(out: str | Path) -> None:
    """Delete the SST files a failed bulk load leaves in the store folder (e.g. on a full disk)."""
    for leftover in (Path(out) / STORE_DIR).glob("bulk-*.sst"):
        leftover.unlink(missing_ok=True)


def remove_graphs(store: ox.Store, iris: list[str]) -> None:
    """Delete named graphs (those absent are ignored)."""
    for iri in iris:
        name = ox.NamedNode(iri)
        if store.contains_named_graph(name):
            store.remove_graph(name)


def article_graphs(store: ox.Store) -> Iterator[str]:
    """The IRIs of the article graphs in the store (each article names its graph)."""
    for q in store.quads_for_pattern(None, _NAMED_GRAPH, None, None):
        yield q.object.value


def recorded_base(store: ox.Store) -> str | None:
    """The base IRI the store was built with (read off an article IRI), or None if it is empty."""
    for q in store.quads_for_pattern(None, _NAMED_GRAPH, None, None):
        iri = q.subject.value
        return iri[: iri.rindex("article/")] if "article/" in iri else None
    return None


def content_hash_of(store: ox.Store, graph_iri: URIRef, prop: str) -> str | None:
    """The content hash recorded in an article's graph, if that graph exists."""
    name = ox.NamedNode(str(graph_iri))
    for q in store.quads_for_pattern(None, ox.NamedNode(prop), None, name):
        return q.object.value
    return None


def nquad_lines(store: ox.Store) -> list[str]:
    """All quads as sorted N-Quads lines: identical graphs give identical lines (small stores: in memory)."""
    lines = store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    return [line + "\n" for line in sorted(set(lines)) if line]


def rdflib_dataset(out: str | Path):
    """The build's store as an rdflib Dataset (oxrdflib), for code that speaks rdflib."""
    from rdflib import Dataset

    ds = Dataset(store="Oxigraph")
    ds.open(str(Path(out) / STORE_DIR), create=False)
    return ds
