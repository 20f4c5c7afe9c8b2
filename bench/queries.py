"""Corpus query times: every named query, `kg stats` as a whole and its parts, and typical
GROUP BY queries, on one or more builds (one column per build: how times scale with size).

Each query runs in-process on the read-only store (best of ``--repeat`` runs, CPU seconds:
Oxigraph evaluates in this thread, so it is the query's own cost even on a loaded machine).
The GROUP BY queries come in the ``GRAPH ?g`` form (a join inside every article graph) and
the summary form (the corpus graph's ``schema:mentions`` index, labels bound after the
aggregation); the union-default-graph forms take minutes and run only with ``--union``.

    python bench/queries.py BUILD [BUILD ...] [--repeat 2] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

_P = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
"""

# Typical analyst GROUP BY queries, each in the union-default-graph form and the GRAPH ?g form.
GROUP_BY = {
    "orgs by mentions (union)": _P + """SELECT ?name (COUNT(?m) AS ?n) WHERE {
  ?o a org:Organization ; rdfs:label ?name . ?m itsrdf:taIdentRef ?o } GROUP BY ?name ORDER BY DESC(?n) ?name""",
    "orgs by mentions (GRAPH ?g)": _P + """SELECT ?name (COUNT(?m) AS ?n) WHERE { GRAPH ?g {
  ?o a org:Organization ; rdfs:label ?name . ?m itsrdf:taIdentRef ?o } } GROUP BY ?name ORDER BY DESC(?n) ?name""",
    "people by articles (union)": _P + """SELECT ?name (COUNT(DISTINCT ?art) AS ?n) WHERE {
  ?p a foaf:Person ; rdfs:label ?name . ?obs org:member ?p ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?art }
  GROUP BY ?name ORDER BY DESC(?n) ?name""",
    "people by articles (GRAPH ?g)": _P + """SELECT ?name (COUNT(DISTINCT ?art) AS ?n) WHERE { GRAPH ?g {
  ?p a foaf:Person ; rdfs:label ?name . ?obs org:member ?p ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?art } }
  GROUP BY ?name ORDER BY DESC(?n) ?name""",
    "orgs by articles (summary)": _P + """SELECT ?name ?n WHERE {
  { SELECT ?o (COUNT(?art) AS ?n) WHERE { GRAPH ?s { ?art schema:mentions ?o FILTER EXISTS { ?o a org:Organization } } } GROUP BY ?o }
  GRAPH ?s2 { ?x schema:mentions ?o . ?o rdfs:label ?name } } GROUP BY ?name ?n ORDER BY DESC(?n) ?name""",
    "people by articles (summary)": _P + """SELECT ?name ?n WHERE {
  { SELECT ?p (COUNT(?art) AS ?n) WHERE { GRAPH ?s { ?art schema:mentions ?p FILTER EXISTS { ?p a foaf:Person } } } GROUP BY ?p }
  GRAPH ?s2 { ?x schema:mentions ?p . ?p rdfs:label ?name } } GROUP BY ?name ?n ORDER BY DESC(?n) ?name""",
    "meetings per month (union)": _P + """SELECT ?month (COUNT(DISTINCT ?m) AS ?n) WHERE {
  ?m a kg:Meeting ; schema:startDate ?d . BIND(SUBSTR(STR(?d), 1, 7) AS ?month) } GROUP BY ?month ORDER BY ?month""",
    "meetings per month (GRAPH ?g)": _P + """SELECT ?month (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g {
  ?m a kg:Meeting ; schema:startDate ?d . BIND(SUBSTR(STR(?d), 1, 7) AS ?month) } } GROUP BY ?month ORDER BY ?month""",
}


def _network_queries(network) -> dict[str, str]:
    """The SPARQL that kg.network (and so `kg stats` and `kg explore`) runs."""
    return {n.strip("_").lower(): q for n, q in vars(network).items() if n.startswith("_") and isinstance(q, str) and "SELECT" in q}


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """Best wall-clock and CPU seconds over ``repeat`` runs (CPU: Oxigraph evaluates in this
    thread, so it is the query's own cost even on a loaded machine)."""
    wall = cpu = float("inf")
    out = None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        wall, cpu = min(wall, time.perf_counter() - t), min(cpu, time.process_time() - c)
    return wall, cpu, out


def _kg_stats(cli, build: Path):
    """`kg stats BUILD` in-process, its output discarded (counts, co-attendance, centrality)."""
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()) as out:
        cli.main(["stats", str(build)])
    return out.getvalue().splitlines()


def cases(build: Path, union: bool) -> dict:
    """name -> a zero-argument function that runs the query on ``build``."""
    from kg import cli, network, queries, store

    st = store.open_store(build, read_only=True)
    out = {f"named {n}": (lambda n=n: queries.run(st, queries.named_query(n))) for n in queries.NAMED}
    out["kg stats (whole command)"] = lambda: _kg_stats(cli, build)
    out["stats counts"] = lambda: queries.run(st, cli._COUNTS)
    light = getattr(network, "attendance_graph", None)  # absent before the corpus summary
    out["stats co-attendance graph"] = lambda: network.coattendance_graph(light(st) if light else st)
    out.update({f"network {n}": (lambda q=q: queries.run(st, q)) for n, q in _network_queries(network).items()})
    out.update({n: (lambda q=q: queries.run(st, q)) for n, q in GROUP_BY.items() if union or "union" not in n})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("builds", type=Path, nargs="+")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--only", nargs="*", help="substrings of the query names to run")
    ap.add_argument("--union", action="store_true", help="also the union-default-graph forms (minutes on 3k articles)")
    args = ap.parse_args()

    from kg import queries, store

    columns = []
    for build in args.builds:
        st = store.open_store(build, read_only=True)
        _, (n_articles,) = queries.run(st, _P + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a a schema:NewsArticle } }")
        print(f"build {build}: {n_articles[0]} articles, {len(st)} quads", flush=True)
        del st
        times = {}
        for name, fn in cases(build, args.union).items():
            if args.only and not any(s in name for s in args.only):
                continue
            wall, cpu, out = timed(fn, args.repeat)
            times[name] = (cpu, len(out) if not isinstance(out, tuple) else len(out[1]))
            print(f"  {name:36} {wall:8.2f} wall s {cpu:8.2f} cpu s {times[name][1]:8} rows", flush=True)
        columns.append((f"{n_articles[0]} articles", times))
    names = list(dict.fromkeys(n for _, t in columns for n in t))
    print("\nCPU seconds per query (rows)")
    print(f"{'query':36} " + " ".join(f"{h:>22}" for h, _ in columns))
    for n in names:
        cells = [f"{t[n][0]:8.2f} ({t[n][1]:>8})" if n in t else "" for _, t in columns]
        print(f"{n:36} " + " ".join(f"{c:>22}" for c in cells))


if __name__ == "__main__":
    main()
