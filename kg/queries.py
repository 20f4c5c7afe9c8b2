"""SPARQL over a build: free queries and the named queries of ``ontology/queries``."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

__all__ = ["NAMED", "format_rows", "named_query", "ontology_dir", "run"]

NAMED = ("appointments", "holders", "meetings", "organizations", "participants", "people", "posts", "tenures")


def ontology_dir() -> Path:
    """Where the ontology, shapes and queries are: inside the package, or the source tree."""
    here = Path(__file__).parent
    for cand in (here / "ontology", here.parent / "ontology"):
        if (cand / "queries").is_dir():
            return cand
    raise FileNotFoundError("kg's ontology folder is missing from the installation")


@lru_cache(maxsize=None)
def named_query(name: str) -> str:
    if name not in NAMED:
        raise KeyError(f"unknown named query {name!r}; choose one of: {', '.join(NAMED)}")
    return (ontology_dir() / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def _value(term) -> str:
    if term is None:
        return ""
    return term.value


def run(store: ox.Store, sparql: str) -> tuple[list[str], list[list[str]]]:
    """Run a SELECT (or ASK) query; returns (columns, rows of strings).

    The default graph is the union of all article graphs.
    """
    res = store.query(sparql, use_default_graph_as_union=True)
    if isinstance(res, bool):
        return ["ask"], [["true" if res else "false"]]
    if isinstance(res, ox.QuerySolutions):
        cols = [v.value for v in res.variables]
        return cols, [[_value(sol[c]) for c in cols] for sol in res]
    rows = [[t.subject.value, t.predicate.value, _value(t.object)] for t in res]
    return ["subject", "predicate", "object"], rows


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def format_rows(cols: list[str], rows: list[list[str]], fmt: str) -> str:
    """Render rows as csv, tsv, json (a list of objects) or an aligned text table."""
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "table":
        widths = [max([_width(c)] + [_width(r[i]) for r in rows]) for i, c in enumerate(cols)]
        def line(cells):
            return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()
        out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in rows]
        return "\n".join(out) + f"\n({len(rows)} rows)\n"
    raise ValueError(f"unknown format {fmt!r}: use csv, tsv, json or table")
