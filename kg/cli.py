"""`kg` command line: thin wrappers over the library functions."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

__all__ = ["main"]


def _build(args) -> int:
    from kg.pipeline import build

    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}")
    if args.tagger:
        from kg import tagger

        tagger.require()  # before the build: a missing extra is one clear error, not one per article
    try:
        report = build(
            args.inputs, args.out, base=args.base, jobs=args.jobs,
            progress=None if not args.quiet else False, exports=not args.no_exports,
            prune=args.prune, dask=args.dask, tagger=args.tagger, identities=args.merge_file,
        )
    except OSError as exc:
        return _cannot_write("build", exc)
    for e in report.errors:
        print(f"kg: skipped {e.source}: {e.reason}", file=sys.stderr)
    pruned = f", {len(report.pruned)} pruned" if args.prune else ""
    print(
        f"built {len(report.built)} article(s), {len(report.unchanged)} unchanged, "
        f"{len(report.errors)} skipped{pruned} -> {args.out}",
        file=sys.stderr,
    )
    return 1 if (args.strict and report.errors) else 0


def _cannot_write(command: str, exc: OSError) -> int:
    """A full disk, a read-only folder: one line naming the path, exit status 1."""
    where = f"{exc.filename}: " if exc.filename else ""
    print(f"kg {command}: {where}{exc.strerror or exc}", file=sys.stderr)
    return 1


def _query(args) -> int:
    from kg import queries

    if args.named:
        sparql = queries.named_query(args.named)
    elif args.file:
        sparql = Path(args.file).read_text(encoding="utf-8")
    elif args.sparql in queries.NAMED:  # `kg query DIR posts` means the named query, not SPARQL "posts"
        sparql = queries.named_query(args.sparql)
    elif args.sparql:
        sparql = args.sparql
    else:
        print("kg query: give a SPARQL string, --file F.rq or --named NAME", file=sys.stderr)
        return 2
    try:
        result = queries.bounded_query(args.dir, sparql, _limits(args))
    except KeyboardInterrupt:
        print("kg query: interrupted", file=sys.stderr)
        return 130
    cols, rows = result.strings()
    sys.stdout.write(queries.format_rows(cols, rows, args.format))
    if result.truncated:
        print(f"kg query: output cut at {args.max_rows} rows (--max-rows); add LIMIT/OFFSET or raise --max-rows",
              file=sys.stderr)
    return 0


def _limits(args):
    """Query limits from --timeout/--max-rows/--memory-mb/--allow-service (0 = no limit)."""
    from kg.queries import Limits

    return Limits(timeout=args.timeout or None, max_rows=args.max_rows or None,
                  memory_mb=args.memory_mb or None, allow_service=args.allow_service)


def _limit_options(p: argparse.ArgumentParser) -> None:
    """The query-limit options shared by `kg query` and `kg serve`."""
    p.add_argument("--timeout", type=float, default=60, help="seconds before a query is stopped (default 60; 0 = none)")
    p.add_argument("--max-rows", type=int, default=100_000, help="result rows at most (default 100000; 0 = none)")
    p.add_argument("--memory-mb", type=int, default=4096,
                   help="memory (address space) of the query process in MiB (default 4096; 0 = none)")
    p.add_argument("--allow-service", action="store_true", help="let SERVICE clauses contact other servers")


def _serve(args) -> int:
    from kg.serve import serve

    serve(args.dir, host=args.host, port=args.port, limits=_limits(args), workers=args.workers)
    return 0


def _push(args) -> int:
    from kg.push import push

    report = push(args.dir, args.to, args.graph_store, state_file=args.state, force=args.force,
                  progress=not args.quiet)
    print(f"pushed {report.pushed} graph(s), {report.skipped} unchanged -> {report.graph_store}", file=sys.stderr)
    return 0


def _annotate(args) -> int:
    from kg.extract import extract
    from kg.model import SourceError
    from kg.sources import read_corpus

    status = 0
    for item in read_corpus(args.inputs):
        if isinstance(item, SourceError):
            print(f"kg: skipped {item.source}: {item.reason}", file=sys.stderr)
            status = 1 if args.strict else status
            continue
        found = extract(item, tagger=args.tagger).spans  # long texts go in bounded pieces, offsets kept
        spans = [{"label": m.label, "start": m.start, "end": m.end, "text": m.text, "norm": m.norm} for m in found]
        print(json.dumps({"id": item.id, "spans": spans}, ensure_ascii=False))
    return status


def _eval(args) -> int:
    from kg.evaluate import evaluate, format_report

    report = evaluate(args.gold, args.inputs, build_dir=args.build)
    sys.stdout.write(format_report(report, details=not args.summary))
    if args.out:
        Path(args.out).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def _export(args) -> int:
    from kg.export import STREAMED, export, write_rdf
    from kg.store import open_store

    try:
        if args.out is None and args.format in STREAMED:  # stream through a temporary file, not memory
            import shutil
            import tempfile

            with tempfile.TemporaryDirectory(prefix="kg-export-") as tmp:
                write_rdf(open_store(args.dir, read_only=True), {args.format: Path(tmp) / "out"})
                with open(Path(tmp) / "out", "rb") as f:
                    shutil.copyfileobj(f, sys.stdout.buffer)
            return 0
        data = export(args.dir, args.format, args.out)
    except OSError as exc:
        return _cannot_write("export", exc)
    if args.out is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
    return 0


def _validate(args) -> int:
    from kg.validate import format_violations, validate

    ok, found = validate(args.dir)
    if found:
        sys.stdout.write(format_violations(found))
    print(f"{'conforms' if ok else 'does not conform'}: {len(found)} result(s)", file=sys.stderr)
    return 0 if ok else 1


_COUNTS = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES (?what ?class) { ("articles" schema:NewsArticle) ("people" foaf:Person) ("organisations" org:Organization)
    ("posts" org:Post) ("post observations" kg:PostObservation) ("appointments" kg:Appointment)
    ("meetings" kg:Meeting) ("participations" kg:Participation) ("mentions" kg:Mention) }
  GRAPH ?g { ?x a ?class }
} GROUP BY ?what ORDER BY ?what
"""


def _explore(args) -> int:
    from kg.explorer import explore_page

    page = explore_page(
        args.dir, args.out, view=args.view, focus=args.focus, depth=args.depth,
        since=args.since, until=args.until, physics_threshold=args.physics_threshold,
    )
    print(f"{page.summary} -> {page.path}", file=sys.stderr)
    return 0


# The co-attendance network's measures, as the build stored them in the corpus graph
# (kg/corpus.py); the most central people first, in network.centrality's order.
_NETWORK = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
SELECT ?people ?pairs ?communities WHERE { GRAPH ?c {
  ?n a kg:CoAttendanceNetwork ; kg:personCount ?people ; kg:pairCount ?pairs ; kg:communityCount ?communities } }
"""
_CENTRAL = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label ?degree ?strength ?betweenness WHERE {
  { SELECT ?c WHERE { GRAPH ?c { ?n a kg:CoAttendanceNetwork } } }
  GRAPH ?c { ?p kg:betweenness ?betweenness ; kg:coAttendeeCount ?degree ; kg:sharedMeetingCount ?strength ;
                rdfs:label ?label } }
ORDER BY DESC(?betweenness) DESC(?strength) STR(?label) LIMIT %d
"""


def _stats(args) -> int:
    from kg import network, queries, store

    st = store.open_store(args.dir, read_only=True)
    cols, rows = queries.run(st, _COUNTS)
    sys.stdout.write(queries.format_rows(cols, rows, "table"))
    _, measured = queries.run(st, _NETWORK)
    if measured:  # measured by the build
        people, pairs, communities = measured[0]
        top = [[label, degree, strength, f"{float(b):.4f}"] for label, degree, strength, b in
               queries.run(st, _CENTRAL % args.top)[1]] if args.top > 0 else []
    else:  # a store built before the build measured the network: measure it now
        G = network.coattendance_graph(network.attendance_graph(st))
        people, pairs, communities = G.number_of_nodes(), G.number_of_edges(), len(network.communities(G)) if len(G) else 0
        top = [[r["label"], str(r["degree"]), str(r["strength"]), f"{r['betweenness']:.4f}"]
               for r in (network.centrality(G, k=args.top) if len(G) else [])]
    print(f"\nco-attendance: {people} people, {pairs} pairs, {communities} communities")
    sys.stdout.write(queries.format_rows(["person", "co-attendees", "shared meetings", "betweenness"], top, "table"))
    return 0


def _timeline(args) -> int:
    from kg import corpus, store

    events = corpus.timeline(store.open_store(args.dir, read_only=True), args.name)
    if not events:
        print(f"kg timeline: no post or meeting of {args.name!r} in {args.dir}", file=sys.stderr)
        return 1
    person = None
    for e in events:
        if e.person != person:
            person = e.person
            print(person)
        print(f"  {e.date.isoformat() if e.date else '?':10}  {e.kind:7}  {e.text}  [{e.detail}]")
    return 0


def parser() -> argparse.ArgumentParser:
    from kg.queries import NAMED
    from kg.rdf import DEFAULT_BASE

    p = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese official news.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build or update a graph from files and folders")
    b.add_argument("inputs", nargs="+", help=".txt/.html/.jsonl files or folders")
    b.add_argument("--out", required=True, help="output folder (store, graph.ttl, graph.trig, graph.nq)")
    b.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI for entities (default {DEFAULT_BASE})")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: by corpus size and cores)")
    b.add_argument("--strict", action="store_true", help="exit non-zero if any input was skipped")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--no-exports", action="store_true", help="only the store: skip graph.ttl/.trig/.nq (use `kg export` later)")
    b.add_argument("--prune", action="store_true", help="delete the graphs of articles no longer among the inputs")
    b.add_argument("--dask", metavar="ADDRESS", help="run the per-article stages on the Dask scheduler at ADDRESS (tcp://host:8786)")
    b.add_argument("--tagger", action="store_true", help="check person names with the optional LAC tagger (pip install 'kg[tagger]')")
    b.add_argument("--merge-file", metavar="TSV", help="identity overrides (same|different NAME@REGION NAME@REGION); default DIR/identities.tsv")
    b.set_defaults(func=_build)

    q = sub.add_parser("query", help="run SPARQL or a named query against a build")
    q.add_argument("dir", help="a build folder")
    q.add_argument("sparql", nargs="?", help="a SPARQL query, or the name of a named query")
    q.add_argument("--named", choices=NAMED, help="one of the named queries")
    q.add_argument("--file", help="read the query from a file")
    q.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    _limit_options(q)
    q.set_defaults(func=_query)

    sv = sub.add_parser("serve", help="a read-only SPARQL endpoint over a build, with a query page")
    sv.add_argument("dir", help="a build folder")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 = any free port)")
    sv.add_argument("--workers", type=int, default=2, help="query processes (default 2)")
    _limit_options(sv)
    sv.set_defaults(func=_serve)

    pu = sub.add_parser("push", help="load a build into a SPARQL store (Graph Store Protocol, one PUT per article)")
    pu.add_argument("dir", help="a build folder")
    pu.add_argument("--to", required=True, help="the store's base URL (Oxigraph server: http://HOST:7878)")
    pu.add_argument("--graph-store", help="its Graph Store Protocol endpoint, if not TO/store (Fuseki: .../DATASET/data)")
    pu.add_argument("--state", help="state file of pushed graphs (default DIR/push-state.json)")
    pu.add_argument("--force", action="store_true", help="ignore the state file: send every graph")
    pu.add_argument("--quiet", action="store_true", help="no progress bar")
    pu.set_defaults(func=_push)

    a = sub.add_parser("annotate", help="print recogniser spans (original offsets) per document")
    a.add_argument("inputs", nargs="+")
    a.add_argument("--format", default="jsonl", choices=["jsonl"])
    a.add_argument("--strict", action="store_true")
    a.add_argument("--tagger", action="store_true", help="check person names with the optional LAC tagger (pip install 'kg[tagger]')")
    a.set_defaults(func=_annotate)

    x = sub.add_parser("export", help="write the graph as turtle, trig, nquads, jsonld, csv or graphml")
    x.add_argument("dir", help="a build folder")
    x.add_argument("--format", required=True, choices=["turtle", "trig", "nquads", "jsonld", "csv", "graphml"])
    x.add_argument("--out", help="file to write (a folder for csv: one file per named query); default stdout")
    x.set_defaults(func=_export)

    v = sub.add_parser("validate", help="check a build against the SHACL shapes (exit 1 on violations)")
    v.add_argument("dir", help="a build folder")
    v.set_defaults(func=_validate)

    xp = sub.add_parser("explore", help="write a self-contained HTML graph explorer (works offline)")
    xp.add_argument("dir", help="a build folder")
    xp.add_argument("--out", required=True, help="the HTML file to write")
    xp.add_argument("--view", default="entities", choices=["entities", "coattendance", "person-org"])
    xp.add_argument("--focus", help="only the neighbourhood of the node with this name (label or alias)")
    xp.add_argument("--depth", type=int, default=1, help="hops around --focus (default 1)")
    xp.add_argument("--since", help="only what was seen on or after this ISO date")
    xp.add_argument("--until", help="only what was seen on or before this ISO date")
    xp.add_argument("--physics-threshold", type=int, default=1500,
                    help="above this many drawn nodes (isolated ones hidden), a fixed layout without physics")
    xp.set_defaults(func=_explore)

    st = sub.add_parser("stats", help="counts, and the most central people by co-attendance")
    st.add_argument("dir", help="a build folder")
    st.add_argument("--top", type=int, default=10)
    st.set_defaults(func=_stats)

    tl = sub.add_parser("timeline", help="a person's posts (tenures) and meetings, in date order")
    tl.add_argument("name", help="the person's name (simplified)")
    tl.add_argument("dir", help="a build folder")
    tl.set_defaults(func=_timeline)

    e = sub.add_parser("eval", help="build inputs and score them against a gold file")
    e.add_argument("gold", help="gold JSON (shared/gold/FORMAT.md)")
    e.add_argument("inputs", nargs="+")
    e.add_argument("--out", help="write the full report as JSON")
    e.add_argument("--build", help="keep the build in this folder (default: a temporary one)")
    e.add_argument("--summary", action="store_true", help="only the table, no per-document errors")
    e.set_defaults(func=_eval)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except SyntaxError as exc:  # pyoxigraph's SPARQL parse errors
        print(f"kg {args.command}: invalid SPARQL: {exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, KeyError, ValueError) as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (`kg query … | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
