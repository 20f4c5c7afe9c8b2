"""Audit a build by hand: sample facts, each with its evidence sentence, judge them, score them.

    python bench/audit.py BUILD [--n 120] [--seed S] [--kinds pairs,people,participants,meetings] [--out SHEET]
    python bench/audit.py --score SHEET

Samples distinct (person, title) pairs, distinct people, participant rows, meetings and
(on request, ``--kinds organizations``) distinct (organisation, written form) mentions from the
store of BUILD (a `kg build` folder) and prints each with the sentence it came from and its
document id. ``--out sheet.jsonl`` writes a judge sheet (one JSON object a line, ``verdict`` and
``error_class`` empty; ``.md`` writes the same as a Markdown table for reading). Fill ``verdict``
with ``y``/``n`` (or ``ok``/``wrong``) and ``error_class`` with the issue's class (1–8) of a wrong
one, then ``--score sheet.jsonl`` prints precision per kind with a 95% Wilson interval and the
count of each error class.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

from kg.rdf import SPARQL_PREFIXES

# kind -> (SPARQL giving the item's fields, then doc, sentence begin and end; the fields that make an item distinct)
QUERIES = {
    "pairs": ("""SELECT ?person ?title ?doc ?sb ?se WHERE { GRAPH ?g {
        ?obs a kg:PostObservation ; org:member ?p ; kg:titleAsWritten ?title ; prov:wasDerivedFrom ?art ; kg:evidence ?mn .
        ?p rdfs:label ?person . ?art schema:identifier ?doc .
        ?mn itsrdf:taIdentRef ?p ; nif:sentence ?s . ?s nif:beginIndex ?sb ; nif:endIndex ?se } }""", ("person", "title")),
    "people": ("""SELECT ?person ?doc ?sb ?se WHERE { GRAPH ?g {
        ?p a foaf:Person ; rdfs:label ?person . ?art a schema:NewsArticle ; schema:identifier ?doc .
        ?mn itsrdf:taIdentRef ?p ; nif:sentence ?s . ?s nif:beginIndex ?sb ; nif:endIndex ?se } }""", ("person",)),
    "participants": ("""SELECT ?meeting ?person ?role ?doc ?sb ?se WHERE { GRAPH ?g {
        ?q a kg:Participation ; kg:meeting ?m ; kg:participant ?p ; kg:participantRole ?r ; prov:wasDerivedFrom ?art ;
           kg:evidence ?mn .
        ?m rdfs:label ?meeting . ?p rdfs:label ?person . ?art schema:identifier ?doc .
        ?mn nif:sentence ?s . ?s nif:beginIndex ?sb ; nif:endIndex ?se .
        BIND(LCASE(STRAFTER(STR(?r), "#")) AS ?role) } }""", ("meeting", "person", "role", "doc")),
    "meetings": ("""SELECT ?meeting ?date ?doc ?sb ?se WHERE { GRAPH ?g {
        ?m a kg:Meeting ; rdfs:label ?meeting ; prov:wasDerivedFrom ?art . ?art schema:identifier ?doc .
        OPTIONAL { ?m schema:startDate ?date }
        ?mn itsrdf:taIdentRef ?m ; nif:sentence ?s . ?s nif:beginIndex ?sb ; nif:endIndex ?se } }""", ("meeting", "date", "doc")),
    "organizations": ("""SELECT ?organization ?written ?doc ?sb ?se WHERE { GRAPH ?g {
        ?o a org:Organization ; rdfs:label ?organization . ?art a schema:NewsArticle ; schema:identifier ?doc .
        ?mn itsrdf:taIdentRef ?o ; nif:anchorOf ?written ; nif:sentence ?s .
        ?s nif:beginIndex ?sb ; nif:endIndex ?se } }""", ("organization", "written")),
}
_TEXTS = """SELECT ?doc ?text WHERE { GRAPH ?g { ?art schema:identifier ?doc ; kg:text ?c . ?c nif:isString ?text } }"""
YES = {"y", "yes", "ok", "1", "correct", "true"}
NO = {"n", "no", "wrong", "0", "incorrect", "false"}


def sample(build: Path, kinds: list[str], n: int, seed: int) -> list[dict]:
    """``n`` distinct items of each kind, each with the first sentence (by doc, offset) stating it."""
    from kg import queries, store

    st = store.open_store(build, read_only=True)
    items: list[dict] = []
    for kind in kinds:
        sparql, key_fields = QUERIES[kind]
        cols, rows = queries.run(st, SPARQL_PREFIXES + sparql)
        first: dict[tuple, dict] = {}
        for row in sorted(rows, key=lambda r: (r[cols.index("doc")], int(r[cols.index("sb")]))):
            rec = dict(zip(cols, row))
            first.setdefault(tuple(rec[f] for f in key_fields), rec)
        keys = sorted(first)
        for key in random.Random(seed).sample(keys, min(n, len(keys))):
            rec = first[key]
            item = {f: rec[f] for f in cols if f not in ("doc", "sb", "se")}
            items.append({"kind": kind, "item": item, "doc": rec["doc"], "span": [int(rec["sb"]), int(rec["se"])]})
    docs = sorted({it["doc"] for it in items})
    texts: dict[str, str] = {}
    for i in range(0, len(docs), 200):  # the article texts of the sampled documents only
        values = " ".join(json.dumps(d, ensure_ascii=False) for d in docs[i : i + 200])
        _, rows = queries.run(st, SPARQL_PREFIXES + _TEXTS.replace("WHERE {", f"WHERE {{ VALUES ?doc {{ {values} }}", 1))
        texts.update({d: t for d, t in rows})
    for it in items:
        s, e = it.pop("span")
        it["evidence"] = texts.get(it["doc"], "")[s:e].replace("\n", " ")
        it["verdict"] = ""
        it["error_class"] = ""
    return items


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n.

    >>> [round(x, 3) for x in wilson(74, 100)]
    [0.646, 0.816]
    """
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def score(items: list[dict]) -> str:
    """Precision per kind with its interval, and wrong items per error class."""
    lines = []
    for kind in sorted({it["kind"] for it in items}):
        judged = [it for it in items if it["kind"] == kind and str(it.get("verdict", "")).strip().lower() in YES | NO]
        right = sum(str(it["verdict"]).strip().lower() in YES for it in judged)
        lo, hi = wilson(right, len(judged))
        prec = right / len(judged) if judged else 0.0
        unjudged = sum(it["kind"] == kind for it in items) - len(judged)
        lines.append(f"{kind:<13} precision {prec:.3f}  95% CI {lo:.3f}–{hi:.3f}  ({right}/{len(judged)} judged, {unjudged} not judged)")
        classes = Counter(str(it.get("error_class") or "?").strip() or "?" for it in judged if str(it["verdict"]).strip().lower() in NO)
        if classes:
            lines.append("              wrong by class: " + ", ".join(f"{c}: {k}" for c, k in sorted(classes.items())))
    return "\n".join(lines)


def _row(it: dict) -> str:
    return " | ".join(str(v) for v in it["item"].values())


def write_sheet(items: list[dict], path: Path) -> None:
    if path.suffix == ".md":
        lines = ["| kind | item | doc | evidence | verdict | error_class |", "|---|---|---|---|---|---|"]
        lines += [f"| {it['kind']} | {_row(it)} | {it['doc']} | {it['evidence'].replace('|', '¦')} |  |  |" for it in items]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        path.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", nargs="?", type=Path, help="a kg build folder")
    ap.add_argument("--n", type=int, default=120, help="items per kind (default 120)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--kinds", default="pairs,people,participants,meetings")
    ap.add_argument("--out", type=Path, help="write a judge sheet (.jsonl, or .md to read)")
    ap.add_argument("--score", type=Path, help="score a judged .jsonl sheet instead of sampling")
    args = ap.parse_args(argv)
    if args.score:
        items = [json.loads(line) for line in args.score.read_text(encoding="utf-8").splitlines() if line.strip()]
        print(score(items))
        return
    if args.build is None:
        ap.error("BUILD is required unless --score is given")
    kinds = [k for k in args.kinds.split(",") if k]
    if unknown := [k for k in kinds if k not in QUERIES]:
        ap.error(f"unknown kind(s) {', '.join(unknown)}; choose from {', '.join(QUERIES)}")
    items = sample(args.build, kinds, args.n, args.seed)
    for it in items:
        print(f"[{it['kind']}] {_row(it)}  ({it['doc']})\n    {it['evidence']}")
    if args.out:
        write_sheet(items, args.out)
        print(f"wrote {len(items)} items to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
