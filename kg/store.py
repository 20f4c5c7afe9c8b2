"""The embedded, persistent SPARQL store (Oxigraph) in a build's output folder.

One named graph per article: replacing an article replaces its graph, adding an article
that is already there (same content hash) changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

__all__ = ["STORE_DIR", "content_hash_of", "dump_nquads", "open_store", "put_graph", "rdflib_dataset"]

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


def put_graph(store: ox.Store, graph_iri: URIRef, graph: Graph) -> None:
    """Replace the named graph ``graph_iri`` with ``graph``'s triples."""
    name = ox.NamedNode(str(graph_iri))
    data = graph.serialize(format="nt", encoding="utf-8")
    store.remove_graph(name) if store.contains_named_graph(name) else None
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=name)


def content_hash_of(store: ox.Store, graph_iri: URIRef, prop: str) -> str | None:
    """The content hash recorded in an article's graph, if that graph exists."""
    name = ox.NamedNode(str(graph_iri))
    for q in store.quads_for_pattern(None, ox.NamedNode(prop), None, name):
        return q.object.value
    return None


def dump_nquads(store: ox.Store) -> str:
    """All quads as sorted N-Quads: byte-identical for identical graphs."""
    lines = store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    return "".join(line + "\n" for line in sorted(set(lines)) if line)


def rdflib_dataset(out: str | Path):
    """The build's store as an rdflib Dataset (oxrdflib), for code that speaks rdflib."""
    from rdflib import Dataset

    ds = Dataset(store="Oxigraph")
    ds.open(str(Path(out) / STORE_DIR), create=False)
    return ds
