"""`kg` command line: thin wrappers over the library functions."""

from __future__ import annotations

import argparse
import json
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
    report = build(
        args.inputs, args.out, base=args.base, jobs=args.jobs,
        progress=None if not args.quiet else False, exports=not args.no_exports, tagger=args.tagger,
    )
    for e in report.errors:
        print(f"kg: skipped {e.source}: {e.reason}", file=sys.stderr)
    print(
        f"built {len(report.built)} article(s), {len(report.unchanged)} unchanged, "
        f"{len(report.errors)} skipped -> {args.out}",
        file=sys.stderr,
    )
    return 1 if (args.strict and report.errors) else 0


def _query(args) -> int:
    from kg import queries, store

    if args.named:
        sparql = queries.named_query(args.named)
    elif args.file:
        sparql = Path(args.file).read_text(encoding="utf-8")
    elif args.sparql:
        sparql = args.sparql
    else:
        print("kg query: give a SPARQL string, --file F.rq or --named NAME", file=sys.stderr)
        return 2
    st = store.open_store(args.dir, read_only=True)
    cols, rows = queries.run(st, sparql)
    sys.stdout.write(queries.format_rows(cols, rows, args.format))
    return 0


def _annotate(args) -> int:
    from kg.extract import make_context
    from kg.model import SourceError
    from kg.sources import read_corpus

    status = 0
    for item in read_corpus(args.inputs):
        if isinstance(item, SourceError):
            print(f"kg: skipped {item.source}: {item.reason}", file=sys.stderr)
            status = 1 if args.strict else status
            continue
        ctx = make_context(item, tagger=args.tagger)
        spans = [{"label": m.label, "start": m.start, "end": m.end, "text": m.text, "norm": m.norm} for m in ctx.all_spans()]
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
    from kg.export import export

    data = export(args.dir, args.format, args.out)
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
  ?x a ?class .
} GROUP BY ?what ORDER BY ?what
"""


def _explore(args) -> int:
    from kg.explorer import explore

    path = explore(
        args.dir, args.out, view=args.view, focus=args.focus, depth=args.depth,
        since=args.since, until=args.until, physics_threshold=args.physics_threshold,
    )
    print(f"explorer written to {path}", file=sys.stderr)
    return 0


def _stats(args) -> int:
    from kg import network, queries, store

    st = store.open_store(args.dir, read_only=True)
    cols, rows = queries.run(st, _COUNTS)
    sys.stdout.write(queries.format_rows(cols, rows, "table"))
    G = network.coattendance_graph(st)
    top = network.centrality(G, k=args.top) if len(G) else []
    print(f"\nco-attendance: {G.number_of_nodes()} people, {G.number_of_edges()} pairs, "
          f"{len(network.communities(G)) if len(G) else 0} communities")
    rows = [[r["label"], str(r["degree"]), str(r["strength"]), f"{r['betweenness']:.4f}"] for r in top]
    sys.stdout.write(queries.format_rows(["person", "co-attendees", "shared meetings", "betweenness"], rows, "table"))
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
    b.add_argument("--tagger", action="store_true", help="check person names with the optional LAC tagger (pip install 'kg[tagger]')")
    b.set_defaults(func=_build)

    q = sub.add_parser("query", help="run SPARQL or a named query against a build")
    q.add_argument("dir", help="a build folder")
    q.add_argument("sparql", nargs="?", help="a SPARQL query")
    q.add_argument("--named", choices=NAMED, help="one of the named queries")
    q.add_argument("--file", help="read the query from a file")
    q.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    q.set_defaults(func=_query)

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
    xp.add_argument("--physics-threshold", type=int, default=1500, help="above this many nodes, a fixed layout without physics")
    xp.set_defaults(func=_explore)

    st = sub.add_parser("stats", help="counts, and the most central people by co-attendance")
    st.add_argument("dir", help="a build folder")
    st.add_argument("--top", type=int, default=10)
    st.set_defaults(func=_stats)

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


if __name__ == "__main__":
    sys.exit(main())
