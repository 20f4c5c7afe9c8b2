"""Exports: each parses with an independent parser, says the same as the store, and is deterministic."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.namespace import XSD
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import queries, rdf, store
from kg.corpus import corpus_graph_iri
from kg.export import FORMATS, context, export, union_graph

RAPPER_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads"}


@pytest.fixture(scope="module")
def exported(corpus_build, tmp_path_factory) -> dict:
    """Each format in memory, and written to a file (a folder for csv)."""
    dest = tmp_path_factory.mktemp("exports")
    for fmt in FORMATS:
        assert export(corpus_build, fmt, dest / fmt) is None
    return {fmt: (export(corpus_build, fmt), dest / fmt) for fmt in FORMATS}


def test_files_hold_what_memory_holds_and_no_temporary_is_left(exported):
    for fmt, (data, path) in exported.items():
        if fmt != "csv":
            assert path.read_bytes() == (data if isinstance(data, bytes) else data.encode("utf-8")), fmt
    assert not [p for p in next(iter(exported.values()))[1].parent.rglob("*") if "kg-tmp" in p.name]


@pytest.fixture(scope="module")
def union(corpus_build) -> Graph:
    return union_graph(store.open_store(corpus_build, read_only=True))


def same(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"graphs differ:\nonly in first: {sorted(only_a)[:5]}\nonly in second: {sorted(only_b)[:5]}")


@pytest.mark.parametrize("fmt", sorted(RAPPER_FORMATS))
def test_rapper_parses_the_export(exported, corpus_build, fmt):
    if shutil.which("rapper") is None:
        pytest.skip("rapper is not installed (Debian package raptor2-utils; `make system-deps`)")
    _, path = exported[fmt]
    run = subprocess.run(["rapper", "-i", RAPPER_FORMATS[fmt], "-c", str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    count = int(re.search(r"returned (\d+) triples", run.stderr).group(1))
    quads = store.nquad_lines(store.open_store(corpus_build, read_only=True))
    assert count == (len({q[: q.rindex(" <")] for q in quads}) if fmt == "turtle" else len(quads))


def test_turtle_is_the_union(exported, union):
    text, _ = exported["turtle"]
    same(Graph().parse(data=text, format="turtle"), union)


def test_trig_and_nquads_keep_one_graph_per_article(exported, corpus_build):
    n_articles = len(queries.run(store.open_store(corpus_build, read_only=True),
                                 "SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> }")[1])
    for fmt, kind in (("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS)):
        text, _ = exported[fmt]
        names = {q.graph_name for q in ox.parse(text, format=kind)} - {ox.NamedNode(corpus_graph_iri())}  # + the corpus graph
        assert len(names) == n_articles, fmt


def test_nquads_come_graph_by_graph_each_sorted(exported):
    lines = exported["nquads"][0].splitlines()
    graphs = [line[line.rindex(" <") :] for line in lines]
    runs = [g for i, g in enumerate(graphs) if i == 0 or g != graphs[i - 1]]
    assert len(runs) == len(set(runs)), "each graph's quads are contiguous"
    assert runs == sorted(runs), "the graphs come in IRI order"
    for g in set(runs):
        mine = [line for line in lines if line.endswith(g)]
        assert mine == sorted(mine)


@pytest.mark.parametrize(("fmt", "name"), [("nquads", "graph.nq"), ("trig", "graph.trig"), ("turtle", "graph.ttl")])
def test_the_builds_files_from_what_it_wrote_are_the_stores_dump(exported, corpus_build, fmt, name):
    """The build writes its files from the graphs as it stored them (kg.export.Spool), `kg export`
    from a dump of the store: the bytes must be the same."""
    assert (corpus_build / name).read_text(encoding="utf-8") == exported[fmt][0]


def test_an_update_writes_the_stores_bytes_too(tmp_path):
    """An update keeps only the graphs it rebuilt; the others come from one dump of the store,
    split into graphs: the files are still `kg export`'s bytes."""
    from kg.pipeline import build

    src = tmp_path / "src"
    src.mkdir()
    for f in sorted((Path(__file__).resolve().parents[2] / "examples").glob("00*")):
        shutil.copy(f, src / f.name)
    out = tmp_path / "out"
    build([src], out, progress=False)
    changed = src / "002_city_executive.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("。", "。 ", 1), encoding="utf-8")
    report = build([src], out, progress=False)
    assert len(report.built) == 1 and len(report.unchanged) == 7
    assert (out / "graph.nq").read_text(encoding="utf-8") == export(out, "nquads")
    assert (out / "graph.ttl").read_text(encoding="utf-8") == export(out, "turtle")


def test_literals_are_written_as_the_store_keeps_them():
    """kg.rdf.lit's N-Triples are byte for byte what Oxigraph dumps: language tags, integer
    types, decimals and the escapes of control characters."""
    values = [rdf.lit("a\tb\x00\x7f\x1f\u2028\b\f\r\n\"\\", lang="zh-Hans"), rdf.lit("x", lang="en-GB"),
              rdf.lit(7, datatype=XSD.nonNegativeInteger), rdf.lit("0.90", datatype=XSD.decimal),
              rdf.lit("12.000000", datatype=XSD.decimal), rdf.lit("0.000100", datatype=XSD.decimal),
              rdf.lit("true", datatype=XSD.boolean), rdf.lit("2019-03-05", datatype=XSD.date), rdf.lit("--03-19", datatype=XSD.gMonthDay)]
    mine = rdf.to_nquads([("urn:x:s", f"urn:x:p{i}", v) for i, v in enumerate(values)], "urn:x:g")
    st = ox.Store()
    st.load(mine.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    assert sorted(st.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8").split("\n")) == sorted(mine.split("\n"))


def test_jsonld_expands_to_the_same_triples_as_the_turtle(exported):
    jsonld, _ = exported["jsonld"]
    nt = ox.serialize(ox.parse(jsonld, format=ox.RdfFormat.JSON_LD), format=ox.RdfFormat.N_TRIPLES)
    same(Graph().parse(data=nt.decode("utf-8"), format="nt"), Graph().parse(data=exported["turtle"][0], format="turtle"))


def test_jsonld_is_compact_with_the_context_inline(exported):
    doc = json.loads(exported["jsonld"][0])
    assert doc["@context"] == context()
    keys = {k for node in doc["@graph"] for k in node}
    assert {"@id", "@type", "label", "holds", "anchorOf"} <= keys
    assert not [k for k in keys if k.startswith("http")], "every property is a term or a compact IRI"


def test_csv_writes_the_six_named_queries(exported):
    posts, folder = exported["csv"]
    assert sorted(p.stem for p in folder.glob("*.csv")) == sorted(queries.NAMED)
    assert (folder / "posts.csv").read_text(encoding="utf-8") == posts
    header = next(csv.reader(io.StringIO(posts)))
    assert header[:2] == ["person_name", "title"]


def test_graphml_is_a_property_graph(exported, union):
    data, path = exported["graphml"]
    assert path.read_bytes() == data
    g = nx.read_graphml(path)
    kinds = {d["type"] for _, d in g.nodes(data=True)}
    assert kinds <= {"person", "organization", "post", "meeting"} and {"person", "post"} <= kinds
    relations = {d["relation"] for *_, d in g.edges(data=True)}
    assert {"holds", "postIn"} <= relations
    assert all(d["label"] for _, d in g.nodes(data=True)), "literals are attributes"
    roles = {d.get("role") for *_, d in g.edges(data=True) if d["relation"] == "participation"}
    assert roles <= {"chair", "speaker", "attendee", "observer", "absent"}


def test_exports_are_deterministic(exported, corpus_build):
    for fmt in FORMATS:
        assert export(corpus_build, fmt) == exported[fmt][0], fmt


def test_unknown_format_says_which_exist(corpus_build):
    with pytest.raises(ValueError, match="turtle"):
        export(corpus_build, "rdfxml")


def test_the_external_sort_gives_the_same_bytes_as_one_run_in_memory(corpus_build, tmp_path, monkeypatch):
    import kg.export

    st = store.open_store(corpus_build, read_only=True)
    kg.export.write_rdf(st, {"turtle": tmp_path / "one.ttl"})
    monkeypatch.setattr(kg.export, "_RUN_BYTES", 20_000)  # dozens of runs spilled to disk and merged
    kg.export.write_rdf(st, {"turtle": tmp_path / "merged.ttl", "nquads": tmp_path / "merged.nq"})
    assert (tmp_path / "merged.ttl").read_bytes() == (tmp_path / "one.ttl").read_bytes() == (corpus_build / "graph.ttl").read_bytes()
    assert (tmp_path / "merged.nq").read_bytes() == (corpus_build / "graph.nq").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["merged.nq", "merged.ttl", "one.ttl"], "no run file is left"


def test_trig_and_turtle_are_written_as_oxigraph_writes_them():
    """kg.export writes TriG and Turtle itself from sorted N-Quads lines; the bytes must be
    what Oxigraph's serialiser gives for the same quads, prefixes included: every kind of term
    (prefixed names that need escapes or cannot be prefixed, rdf:type, bare and typed numbers,
    booleans, escaped and tagged strings, blank nodes), in several graphs and subjects."""
    from kg.export import _Terse, _prefixes

    kg_, xsd, schema = "https://w3id.org/kg-cn/ontology#", "http://www.w3.org/2001/XMLSchema#", "https://schema.org/"
    s1, s2 = ox.NamedNode("https://w3id.org/kg-cn/id/person/1"), ox.NamedNode(kg_ + "Thing")
    objects = [
        ox.NamedNode(kg_ + "Post"), ox.NamedNode(kg_ + "a.b"), ox.NamedNode(kg_ + "end."), ox.NamedNode(kg_ + "1st"),
        ox.NamedNode(kg_ + "x~y"), ox.NamedNode(kg_ + "-x"), ox.NamedNode(kg_ + "q%20r"), ox.NamedNode(kg_),
        ox.NamedNode(kg_ + "中央_委员"), ox.NamedNode(schema + "a/b?c=d#e"), ox.NamedNode(kg_ + "x\u00b7y"),
        ox.BlankNode("b0"), ox.Literal("说\"好\"\n\t\\"), ox.Literal("王勇", language="zh-Hans"),
        ox.Literal("3", datatype=ox.NamedNode(xsd + "integer")), ox.Literal("-07", datatype=ox.NamedNode(xsd + "integer")),
        ox.Literal("0.95", datatype=ox.NamedNode(xsd + "decimal")), ox.Literal("1", datatype=ox.NamedNode(xsd + "decimal")),
        ox.Literal("true", datatype=ox.NamedNode(xsd + "boolean")), ox.Literal("1", datatype=ox.NamedNode(xsd + "boolean")),
        ox.Literal("1.5e3", datatype=ox.NamedNode(xsd + "double")), ox.Literal("INF", datatype=ox.NamedNode(xsd + "double")),
        ox.Literal("2015-11-29", datatype=ox.NamedNode(xsd + "date")),
        ox.Literal("x", datatype=ox.NamedNode("https://example.org/type")),
    ]
    preds = [ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(kg_ + "p"),
             ox.NamedNode(schema + "name")]
    graphs = [ox.NamedNode("https://w3id.org/kg-cn/id/graph/1"), ox.NamedNode("https://w3id.org/kg-cn/id/graph/2")]
    quads = [ox.Quad(s, p, o, g) for g in graphs for s in (s1, s2, ox.BlankNode("s")) for p in preds for o in objects]
    lines = sorted(set(ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)))
    for named, fmt in ((True, ox.RdfFormat.TRIG), (False, ox.RdfFormat.TURTLE)):
        given = lines if named else sorted({line[: line.rindex(b" <")] + b" .\n" for line in lines})
        mine = io.BytesIO()
        _Terse().write(given, mine, named=named)
        kind = ox.RdfFormat.N_QUADS if named else ox.RdfFormat.N_TRIPLES
        assert mine.getvalue() == ox.serialize(ox.parse(b"".join(given), format=kind), format=fmt, prefixes=_prefixes())
    empty = io.BytesIO()
    _Terse().write([], empty, named=True)
    assert empty.getvalue() == (ox.serialize([], format=ox.RdfFormat.TRIG, prefixes=_prefixes()) or b"")
