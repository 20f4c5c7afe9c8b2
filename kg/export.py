"""A build's graph in other formats: RDF for RDF tools, CSV for spreadsheets, GraphML for graph tools.

Every export is deterministic (same build, same bytes), so exports can be diffed and
kept as golden files. Turtle and JSON-LD are the union of the article graphs; TriG and
N-Quads keep one named graph per article.
"""

from __future__ import annotations

import glob
import heapq
import json
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDFS

from kg import queries, rdf, store

__all__ = ["FORMATS", "Spool", "context", "export", "render", "staged", "union_graph", "write_build_files", "write_rdf"]

FORMATS = ("csv", "graphml", "jsonld", "nquads", "trig", "turtle")


def render(st: ox.Store, fmt: str) -> str | bytes:
    """An open store as ``fmt`` (any format but csv), in memory: for small builds and tests."""
    if fmt in STREAMED:
        with tempfile.TemporaryDirectory(prefix="kg-export-") as tmp:
            path = Path(tmp) / "out"
            write_rdf(st, {fmt: path})
            return path.read_text(encoding="utf-8")
    return _WRITERS[fmt](st)


def write_build_files(st: ox.Store, out: Path, spool: Spool | None = None) -> None:
    """graph.nq, graph.trig and graph.ttl beside a build's store, in flat memory; ``spool``:
    the graphs this build wrote, taken from there rather than dumped from the store."""
    write_rdf(st, {"nquads": out / "graph.nq", "trig": out / "graph.trig", "turtle": out / "graph.ttl"}, spool)


class Spool:
    """The N-Quads of the graphs a build writes, kept as it writes them (a file and an index),
    so that its exports need not dump them back out of the store: decoding a dump costs about
    10 µs a quad, most of an export's time. kg.rdf writes literals as the store keeps them, so
    the bytes are the same either way."""

    def __init__(self, out: Path) -> None:
        Spool.remove_stale(out)
        self.path = out / f".graph.spool.{os.getpid()}{_TMP}"
        self._file = open(self.path, "wb")
        self.blocks: dict[str, tuple[int, int]] = {}  # graph IRI -> (offset, length) of its latest lines

    @staticmethod
    def remove_stale(out: Path) -> None:
        """Delete the spool a killed build left in ``out``."""
        _remove_stale(out / "graph.spool")

    def put(self, iri: str, *nquads: bytes) -> None:
        """The graph ``iri`` as stored now (its quads, given in any number of pieces). Sorted
        before they are made distinct: pieces already sorted (kg.rdf's) merge in linear time."""
        lines = b"".join(nquads).splitlines(keepends=True)
        lines.sort()
        lines = b"".join(dict.fromkeys(lines))
        self.blocks[iri] = (self._file.tell(), len(lines))
        self._file.write(lines)

    def drop(self, iri: str) -> None:
        """The graph ``iri`` is not in the store (refused, or removed)."""
        self.blocks.pop(iri, None)

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


def write_rdf(st: ox.Store, targets: dict[str, Path], spool: Spool | None = None) -> None:
    """Write N-Quads / TriG / Turtle files (``targets``: format -> path) in flat memory.

    N-Quads hold the store's named graphs in IRI order, each graph's lines sorted: a graph
    comes from ``spool`` when it holds it, else is dumped from the store. TriG is written from
    the N-Quads lines, and the Turtle union, deduplicated by an external merge sort, from its
    sorted triples, both as Oxigraph writes them (``_Terse``) but without parsing them into terms. Files appear under their names only when all are complete.
    """
    paths = list(targets.values())
    with staged(*paths) as temps:
        tmp = dict(zip(targets, temps))
        nquads = tmp.get("nquads") or temps[0].with_name(temps[0].name + ".nq")
        dumped = nquads.with_name(nquads.name + ".dumped")
        try:
            _write_graphs(st, spool, dumped, nquads)
            if "trig" in tmp:
                with open(nquads, "rb") as quads, open(tmp["trig"], "wb") as trig:
                    _Terse().write(quads, trig, named=True)
            if "turtle" in tmp:
                _write_turtle(_union_runs(nquads, tmp["turtle"]), tmp["turtle"])
        finally:
            dumped.unlink(missing_ok=True)
            if nquads not in temps:
                nquads.unlink(missing_ok=True)


def _write_graphs(st: ox.Store, spool: Spool | None, dumped: Path, dest: Path) -> None:
    """Every named graph of the store into ``dest`` in IRI order, each graph's lines sorted: from
    the spool, or from the store into ``dumped`` first — graph by graph when the spool holds most
    of them (the corpus graph, an update's few new articles), else in one dump split into graphs
    (dumping a graph alone costs about 1 ms). One graph's lines at a time are sorted in memory,
    beside an index entry per graph."""
    held = spool.blocks if spool is not None else {}
    stored = list(st.named_graphs())  # the truth: a graph the spool holds is written only if the store has it
    graphs = [g for g in stored if g.value not in held]
    at: dict[str, tuple[bool, int, int]] = {g.value: (True, *held[g.value]) for g in stored if g.value in held}
    with open(dumped, "wb") as f:

        def put(iri: str, lines: list[bytes]) -> None:
            lines.sort()
            at[iri] = (False, f.tell(), sum(map(len, lines)))
            f.writelines(lines)

        if len(graphs) <= len(held):
            one = dumped.with_name(dumped.name + ".one")
            for graph in graphs:
                st.dump(str(one), format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
                tail = f" <{graph.value}> .\n".encode()
                with open(one, "rb") as triples:
                    put(graph.value, [line[:-3] + tail for line in triples])  # `<s> <p> <o> .` + graph
            one.unlink(missing_ok=True)
        else:
            whole = dumped.with_name(dumped.name + ".whole")
            st.dump(str(whole), format=ox.RdfFormat.N_QUADS)  # graph by graph: each graph's quads together
            graph, lines = b"", []
            with open(whole, "rb") as quads:
                for line in quads:
                    cut = line.rindex(b" <")  # every quad is in a named graph: its IRI is the last term
                    if line[cut:] != graph:
                        if lines and graph[2:-4].decode() not in held:
                            put(graph[2:-4].decode(), lines)
                        graph, lines = line[cut:], []
                    lines.append(line)
            if lines and graph[2:-4].decode() not in held:
                put(graph[2:-4].decode(), lines)
            whole.unlink()
    if spool is not None:
        spool.flush()
    with open(dumped, "rb") as rest, (open(spool.path, "rb") if spool else nullcontext()) as kept, \
            open(dest, "wb") as out:
        for iri in sorted(at):
            in_spool, offset, length = at[iri]
            src = kept if in_spool else rest
            src.seek(offset)
            out.write(src.read(length))


_RUN_BYTES = 16 << 20  # a sort run: the most triple text held in memory at once (about twice that in RSS)


def _union_runs(nquads: Path, dest: Path) -> list[list[bytes] | Path]:
    """The union's distinct triples of an N-Quads file as sorted runs (lists in memory,
    spilled to files beside ``dest`` past ``_RUN_BYTES``)."""
    runs: list[list[bytes] | Path] = []
    chunk: set[bytes] = set()
    size = 0
    with open(nquads, "rb") as src:
        for line in src:
            triple = line[: line.rindex(b" <")] + b" .\n"  # every quad is in a named graph: its IRI is last
            if triple not in chunk:
                chunk.add(triple)
                size += len(triple)
                if size >= _RUN_BYTES:
                    runs.append(_spill(sorted(chunk), dest.with_name(f"{dest.name}.run{len(runs)}")))
                    chunk, size = set(), 0
    if chunk:
        runs.append(sorted(chunk))
    return runs


def _spill(lines: list[bytes], path: Path) -> Path:
    with open(path, "wb") as f:
        f.writelines(lines)
    return path


def _write_turtle(runs: list[list[bytes] | Path], dest: Path) -> None:
    """The union of the graphs as Turtle: the runs merged, duplicates dropped, triples sorted,
    written as Oxigraph writes Turtle (``_Terse``), not as rdflib's longturtle, which rewrites
    ``"1"^^xsd:decimal`` as ``1.0``: a different RDF term from the store's."""
    files = [open(r, "rb") for r in runs if isinstance(r, Path)]
    try:
        with open(dest, "wb") as out:
            if len(runs) == 1 and not files:  # the usual case: every triple fitted in one run
                _Terse().write(runs[0], out, named=False)
            else:
                _Terse().write(_distinct(heapq.merge(*files, *(r for r in runs if isinstance(r, list)))), out, named=False)
    finally:
        for f in files:
            f.close()
            Path(f.name).unlink(missing_ok=True)


def _distinct(lines: Iterator[bytes]) -> Iterator[bytes]:
    last = None
    for line in lines:
        if line != last:
            yield line
            last = line


_XSD = "http://www.w3.org/2001/XMLSchema#"
_BARE = {  # datatypes whose literals Turtle writes bare when the lexical form is Turtle's own
    f"<{_XSD}boolean>".encode(): re.compile(rb"true|false"),
    f"<{_XSD}integer>".encode(): re.compile(rb"[+-]?[0-9]+"),
    f"<{_XSD}decimal>".encode(): re.compile(rb"[+-]?[0-9]*\.[0-9]+"),
    f"<{_XSD}double>".encode(): re.compile(rb"[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+"),
}
_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_PN_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
            "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_PN_FIRST = re.compile(f"[{_PN_BASE}_:0-9]")
_PN_CHAR = re.compile(f"[{_PN_BASE}_:0-9\\-\u00B7\u0300-\u036F\u203F-\u2040]")
_PN_ESCAPABLE = frozenset("_~.-!$&'()*+,;=/?#@%")


class _Terse:
    """TriG and Turtle as Oxigraph writes them (oxttl's TriG serialiser, which also writes its
    Turtle), from N-Quads or N-Triples lines in Oxigraph's canonical form (the store's dump, or
    kg.rdf's): the same bytes as ``ox.serialize(ox.parse(lines), …, prefixes=_prefixes())``
    without making a Python object of every term. Subjects group with ``;``, objects of one
    predicate with ``,``, IRIs under a prefix are written prefixed, ``rdf:type`` as ``a``,
    booleans and numbers in Turtle's own lexical forms bare."""

    def __init__(self) -> None:
        prefixes = _prefixes()
        self.header = b"".join(line for line in ox.serialize(
            [ox.Triple(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                       ox.NamedNode("http://example.org/o"))],
            format=ox.RdfFormat.TURTLE, prefixes=prefixes).splitlines(keepends=True) if line.startswith(b"@prefix "))
        # Oxigraph tries the prefixes longest IRI first
        self.prefixes = sorted(((iri, name) for name, iri in prefixes.items()), key=lambda p: -len(p[0]))
        self.starts = tuple(f"<{iri}".encode() for iri, _ in self.prefixes)
        self.named: dict[bytes, bytes] = {}  # IRIs under a prefix, as written (ontology terms: few)

    def iri(self, term: bytes) -> bytes:
        """An IRI (``<…>``) as Turtle writes it."""
        if not term.startswith(self.starts):
            return term
        if (done := self.named.get(term)) is None:
            if len(self.named) >= 65536:  # data IRIs under a base that a prefix covers: memory stays flat
                self.named.clear()
            done = self.named[term] = self._prefixed(term[1:-1].decode("utf-8"))
        return done

    def _prefixed(self, iri: str) -> bytes:
        for prefix, name in self.prefixes:
            if iri.startswith(prefix):
                local = iri[len(prefix):]
                if not local:
                    return f"{name}:".encode()
                if (escaped := _local_name(local)) is not None:
                    return f"{name}:{escaped}".encode()
        return f"<{iri}>".encode()

    def term(self, term: bytes) -> bytes:
        """An object as Turtle writes it."""
        if term[0] == 60:  # <
            return self.iri(term)
        if term[0] != 34 or term[-1] != 62:  # a blank node, or a plain or language-tagged literal: as in N-Triples
            return term
        cut = term.rindex(b'"^^<')
        datatype = term[cut + 3:]
        if (bare := _BARE.get(datatype)) is not None and bare.fullmatch(term, 1, cut):
            return term[1:cut]
        return term[:cut + 1] + b"^^" + self.iri(datatype)

    def write(self, lines, out, named: bool) -> None:
        """Write ``lines`` (N-Quads if ``named``, else N-Triples), in the order given, to ``out``."""
        graph = subject = predicate = None
        tab = b"\t" if named else b""
        iri, term, starts, known = self.iri, self.term, self.starts, self.named
        said: dict[bytes, bytes] = {}  # predicates as written (a few hundred)
        typed: dict[bytes, bytes] = {}  # typed literals as written: offsets, dates, scores recur across graphs
        parts: list[bytes] = []
        add = parts.append
        tail, cut = b"\x00", 0  # matches no line
        for line in lines:
            s, p, o = line.split(b" ", 2)
            if named:
                if o.endswith(tail):  # the graph of the line before
                    o, g = o[:-cut], graph
                else:
                    o, g, _ = o.rsplit(b" ", 2)
                    tail = b" " + g + b" .\n"
                    cut = len(tail)
            else:
                o, g = o[:-3], None
            c = o[0]
            if c == 60:  # <
                if o.startswith(starts):
                    o = known.get(o) or iri(o)
            elif c == 34 and o[-1] == 62:  # a typed literal
                if (w := typed.get(o)) is None:
                    if len(typed) >= 65536:  # memory stays flat
                        typed.clear()
                    w = typed[o] = term(o)
                o = w
            if (pw := said.get(p)) is None:
                pw = said[p] = b"a" if p == _TYPE else iri(p)
            if s == subject and g == graph:
                if p == predicate:
                    add(b" , " + o)
                else:
                    predicate = p
                    add(b" ;\n" + tab + b"\t" + pw + b" " + o)
                continue
            if subject is None:
                add(self.header)
                if g is not None:
                    add(iri(g) + b" {\n\t")
            elif g == graph:
                add(b" .\n" + tab)
            else:
                add(b" .\n}\n" + iri(g) + b" {\n\t")
            graph, subject, predicate = g, s, p
            add(iri(s) + b" " + pw + b" " + o)
            if len(parts) > 8192:
                out.write(b"".join(parts))
                parts.clear()
        if subject is not None:
            add(b" .\n}\n" if graph is not None else b" .\n")
        out.write(b"".join(parts))


def _local_name(value: str) -> str | None:
    """A local name as Oxigraph writes it after a prefix (backslash escapes), or None if it cannot be one."""
    out = []
    last = len(value) - 1
    for i, c in enumerate(value):
        if (_PN_FIRST if i == 0 else _PN_CHAR).fullmatch(c) or (c == "." and 0 < i < last):
            out.append(c)
        elif c in _PN_ESCAPABLE:
            out.append("\\" + c)
        else:
            return None
    return "".join(out)


@contextmanager
def staged(*paths: Path) -> Iterator[list[Path]]:
    """Temporary names beside ``paths``, renamed onto them only when the block completes.

    On any failure the temporary files go and the previous files stay as they were; an
    OSError (full disk, read-only folder) is re-raised naming the file it was for.
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        p.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(p)
    temps = [p.with_name(f".{p.name}.{os.getpid()}{_TMP}") for p in paths]
    try:
        yield temps
        for t, p in zip(temps, paths):
            os.replace(t, p)
    except BaseException as exc:
        for t in temps:
            for leftover in t.parent.glob(t.name + "*"):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            named = str(exc.filename or "")
            target = next((p for t, p in zip(temps, paths) if named.startswith(str(t))), named or paths[0])
            raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc
        raise


_TMP = ".kg-tmp"


def _remove_stale(path: Path) -> None:
    """Temporary files for ``path`` left by a run that was killed (its process is gone)."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*{_TMP}*"):
        pid = leftover.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def export(out_dir: str | Path, fmt: str, dest: str | Path | None = None) -> str | bytes | None:
    """The build in ``out_dir`` as ``fmt``: returned (text, or bytes for ``graphml``) when no
    ``dest`` is given, else written to ``dest`` (replaced only once complete) and None returned.

    Turtle, TriG and N-Quads stream to ``dest`` in flat memory; JSON-LD and GraphML are
    built in memory. ``csv`` is the six named queries: with ``dest`` it writes
    ``dest/<query>.csv`` for each (``dest`` is a folder), else it returns the ``posts`` table.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    st = store.open_store(out_dir, read_only=True)
    if fmt == "csv":
        return _csv(st, dest)
    if dest is None:
        return render(st, fmt)
    if fmt in STREAMED:
        write_rdf(st, {fmt: Path(dest)})
        return None
    data = _WRITERS[fmt](st)
    with staged(Path(dest)) as (tmp,):
        tmp.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return None


def union_graph(st: ox.Store) -> Graph:
    """All article graphs of a store merged into one rdflib Graph (in memory)."""
    g = rdf.bind_prefixes(Graph())
    return g.parse(data=render(st, "turtle"), format="turtle")


def context() -> dict:
    """The JSON-LD context of the exports (``ontology/context.jsonld``)."""
    return json.loads((queries.ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def _prefixes() -> dict[str, str]:
    g = rdf.bind_prefixes(Graph(bind_namespaces="none"))
    g.bind("rdfs", RDFS)
    return {p: str(ns) for p, ns in sorted(g.namespaces()) if p}


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


def _csv(st: ox.Store, dest: str | Path | None) -> str | None:
    tables = {name: queries.format_rows(*queries.run(st, queries.named_query(name)), "csv") for name in queries.NAMED}
    if dest is not None:
        folder = Path(dest)
        folder.mkdir(parents=True, exist_ok=True)
        with staged(*(folder / f"{name}.csv" for name in tables)) as temps:
            for tmp, text in zip(temps, tables.values()):
                tmp.write_text(text, encoding="utf-8")
        return None
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


STREAMED = ("nquads", "trig", "turtle")  # formats written in flat memory
_WRITERS = {"jsonld": _jsonld, "graphml": _graphml}
