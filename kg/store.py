"""The embedded, persistent SPARQL store (Oxigraph) in a build's output folder.

One named graph per article: replacing an article replaces its graph, adding an article
that is already there (same content hash) changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

__all__ = ["STORE_DIR", "content_hash_of", "nquad_lines", "open_store", "put_graphs", "rdflib_dataset"]

STORE_DIR = "store"


def open_store(out: str | Path, read_only: bool = False) -> ox.Store:
    """The Oxigraph store of a build folder (created if missing, unless read-only)."""
    path = Path(out) / STORE_DIR
    if read_only:
        if not path.exists():
            raise FileNotFoundError(f"{out} holds no kg store (expected {path}); run `kg build` first")
        return ox.Store.read_only(str(path))
    path.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(path))


def put_graphs(store: ox.Store, graphs: list[tuple[str, str, str]]) -> None:
    """Replace named graphs, given as (IRI, N-Quads, seal quad).

    The quads go in with the fast, non-transactional bulk loader; each graph's seal (its
    content hash) is written afterwards in one transaction, so a graph interrupted
    half-way has no seal and is rebuilt on the next run.
    """
    for iri, _, _ in graphs:
        name = ox.NamedNode(iri)
        if store.contains_named_graph(name):
            store.remove_graph(name)
    if graphs:
        store.bulk_load("".join(nq for _, nq, _ in graphs), format=ox.RdfFormat.N_QUADS)
        store.load("".join(seal for _, _, seal in graphs), format=ox.RdfFormat.N_QUADS)


def content_hash_of(store: ox.Store, graph_iri: URIRef, prop: str) -> str | None:
    """The content hash recorded in an article's graph, if that graph exists."""
    name = ox.NamedNode(str(graph_iri))
    for q in store.quads_for_pattern(None, ox.NamedNode(prop), None, name):
        return q.object.value
    return None


def nquad_lines(store: ox.Store) -> list[str]:
    """All quads as sorted N-Quads lines: identical graphs give identical lines."""
    lines = store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    return [line + "\n" for line in sorted(set(lines)) if line]


def rdflib_dataset(out: str | Path):
    """The build's store as an rdflib Dataset (oxrdflib), for code that speaks rdflib."""
    from rdflib import Dataset

    ds = Dataset(store="Oxigraph")
    ds.open(str(Path(out) / STORE_DIR), create=False)
    return ds
