"""A build's graph in other formats: RDF for RDF tools, CSV for spreadsheets, GraphML for graph tools.

Every export is deterministic (same build, same bytes), so exports can be diffed and
kept as golden files. Turtle and JSON-LD are the union of the article graphs; TriG and
N-Quads keep one named graph per article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDFS

from kg import queries, rdf, store

__all__ = ["FORMATS", "context", "export", "render", "union_graph", "write_build_files"]

FORMATS = ("csv", "graphml", "jsonld", "nquads", "trig", "turtle")


def render(st: ox.Store, fmt: str) -> str | bytes:
    """An open store as ``fmt`` (any format but csv)."""
    return _WRITERS[fmt](st)


def write_build_files(st: ox.Store, out: Path) -> None:
    """graph.nq (sorted), graph.trig and graph.ttl beside a build's store, from one dump."""
    raw = st.dump(format=ox.RdfFormat.N_QUADS)
    lines = sorted(set(raw.decode("utf-8").splitlines(keepends=True)) - {"\n", ""})
    (out / "graph.nq").write_text("".join(lines), encoding="utf-8")
    quads = ox.parse(raw, format=ox.RdfFormat.N_QUADS)  # the store's (deterministic) order, graph by graph
    (out / "graph.trig").write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_prefixes()))
    (out / "graph.ttl").write_text(_turtle(st, lines), encoding="utf-8")


def export(out_dir: str | Path, fmt: str, dest: str | Path | None = None) -> str | bytes:
    """The build in ``out_dir`` as ``fmt``; written to ``dest`` too when given.

    Returns text, or bytes for ``graphml``. ``csv`` is the six named queries: with
    ``dest`` it writes ``dest/<query>.csv`` for each (``dest`` is a folder), and in
    both cases it returns the ``posts`` table, the one a single file has room for.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    st = store.open_store(out_dir, read_only=True)
    if fmt == "csv":
        return _csv(st, dest)
    data = _WRITERS[fmt](st)
    if dest is not None:
        path = Path(dest)
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return data


def union_graph(st: ox.Store) -> Graph:
    """All article graphs of a store merged into one rdflib Graph."""
    g = rdf.bind_prefixes(Graph())
    return g.parse(data=ox.serialize(_union(st), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")


def _union(st: ox.Store, lines: list[str] | None = None) -> list[ox.Triple]:
    """The distinct triples of all graphs, in the order of the sorted N-Quads lines."""
    triples = dict.fromkeys(q[: q.rindex(" <")] + " .\n" for q in (store.nquad_lines(st) if lines is None else lines))
    return list(ox.parse("".join(triples), format=ox.RdfFormat.N_TRIPLES))


def context() -> dict:
    """The JSON-LD context of the exports (``ontology/context.jsonld``)."""
    return json.loads((queries.ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def _turtle(st: ox.Store, lines: list[str] | None = None) -> str:
    """The union, triples sorted. Oxigraph writes it rather than rdflib's longturtle, which
    rewrites ``"1"^^xsd:decimal`` as ``1.0``: a different RDF term from the store's."""
    return ox.serialize(_union(st, lines), format=ox.RdfFormat.TURTLE, prefixes=_prefixes()).decode("utf-8")


def _trig(st: ox.Store, lines: list[str] | None = None) -> str:
    """One block per article graph. Oxigraph's own order: its indexes are keyed by hashes of
    the terms, so the same content always comes out in the same order, however it was built."""
    return st.dump(format=ox.RdfFormat.TRIG, prefixes=_prefixes()).decode("utf-8")


def _prefixes() -> dict[str, str]:
    g = rdf.bind_prefixes(Graph(bind_namespaces="none"))
    g.bind("rdfs", RDFS)
    return {p: str(ns) for p, ns in sorted(g.namespaces()) if p}


def _nquads(st: ox.Store, lines: list[str] | None = None) -> str:
    return "".join(store.nquad_lines(st) if lines is None else lines)


def _jsonld(st: ox.Store) -> str:
    """Compact JSON-LD with the context inline (no network needed to read it), nodes sorted by @id."""
    ctx = context()
    doc = json.loads(union_graph(st).serialize(format="json-ld", context=ctx, auto_compact=True))
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    body = [_sorted({k: v for k, v in n.items() if k != "@context"}) for n in nodes]
    out = {"@context": ctx, "@graph": sorted(body, key=lambda n: n["@id"])}
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"


def _sorted(value):
    """JSON-LD arrays are sets (no @list here): sort them so the text is stable."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return sorted((_sorted(v) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def _csv(st: ox.Store, dest: str | Path | None) -> str:
    tables = {name: queries.format_rows(*queries.run(st, queries.named_query(name)), "csv") for name in queries.NAMED}
    if dest is not None:
        folder = Path(dest)
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in tables.items():
            (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return tables["posts"]


_GRAPH_QUERY = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?kind ?a ?b ?c WHERE {
  { ?a a foaf:Person ; rdfs:label ?b . BIND("person" AS ?kind) }
  UNION { ?a a org:Organization ; rdfs:label ?b . BIND("organization" AS ?kind) }
  UNION { ?a a org:Post ; rdfs:label ?b . BIND("post" AS ?kind) }
  UNION { ?a a kg:Meeting ; rdfs:label ?b . BIND("meeting" AS ?kind) OPTIONAL { ?a schema:startDate ?c } }
  UNION { ?a org:holds ?b . BIND("holds" AS ?kind) }
  UNION { ?a org:postIn ?b . BIND("postIn" AS ?kind) }
  UNION { ?a org:subOrganizationOf ?b . BIND("subOrganizationOf" AS ?kind) }
  UNION { ?b schema:organizer ?a . BIND("organizer" AS ?kind) }
  UNION { ?q a kg:Participation ; kg:participant ?a ; kg:meeting ?b ; kg:participantRole ?r .
          BIND("participation" AS ?kind) BIND(LCASE(STRAFTER(STR(?r), "#")) AS ?c) }
}
"""

_NODE_KINDS = ("person", "organization", "post", "meeting")


def _graphml(st: ox.Store) -> bytes:
    """A property graph: persons, organisations, posts and meetings as nodes (literals as
    attributes), and holds / postIn / subOrganizationOf / organizer / participation edges,
    each with a ``relation`` attribute (and ``role`` for participation)."""
    import io

    import networkx as nx

    _, rows = queries.run(st, _GRAPH_QUERY)
    g = nx.MultiDiGraph()
    for kind, a, b, c in sorted(r for r in rows if r[0] in _NODE_KINDS):
        if a not in g:
            g.add_node(a, type=kind, label=b, **({"date": c} if c else {}))
    for kind, a, b, c in sorted(r for r in rows if r[0] not in _NODE_KINDS):
        if a in g and b in g:
            key = f"{kind}:{c}" if c else kind
            g.add_edge(a, b, key=key, relation=kind, **({"role": c} if c else {}))
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


_WRITERS = {"turtle": _turtle, "trig": _trig, "nquads": _nquads, "jsonld": _jsonld, "graphml": _graphml}
