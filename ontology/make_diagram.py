"""Draw ontology/diagram.svg from ontology/kg.ttl: classes as boxes, subclass and object-property edges.

Plain Python writing SVG (no Graphviz), deterministic, so the diagram is regenerated and
diffed like any other file:  python ontology/make_diagram.py [kg.ttl] [diagram.svg]

Three columns: the reused classes kg: specialises (left), the kg: classes with their data
properties (middle), the reused classes kg: properties point to (right).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from html import escape
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

HERE = Path(__file__).resolve().parent
KG = "https://w3id.org/kg-cn/ontology#"
DOMAIN_INCLUDES = URIRef("https://schema.org/domainIncludes")
CHAR_W, LINE_H, PAD, COL_GAP, ROW_GAP, MARGIN = 7.2, 16, 8, 360, 22, 30


def short(g: Graph, term: URIRef) -> str:
    """``kg:Meeting`` style name; kg: terms lose the prefix."""
    name = g.namespace_manager.normalizeUri(term)
    return name.removeprefix("kg:")


def model(g: Graph) -> tuple[dict[int, list], dict, set, list]:
    """Columns of class IRIs, box lines per class, subclass edges, grouped property edges."""
    kg_classes = sorted(c for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(KG))
    supers = {(c, s) for c in kg_classes for s in g.objects(c, RDFS.subClassOf) if isinstance(s, URIRef)}
    lines: dict[URIRef, list[str]] = defaultdict(list)
    edges: dict[tuple, list[str]] = defaultdict(list)
    inverses = {q: p for p, q in g.subject_objects(OWL.inverseOf)}
    for p in sorted(set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(g.subjects(RDF.type, OWL.DatatypeProperty))):
        if p in inverses:  # drawn once, on the edge of its inverse
            continue
        domains = sorted(set(g.objects(p, RDFS.domain)) | set(g.objects(p, DOMAIN_INCLUDES)))
        rng = g.value(p, RDFS.range)
        datatype = (p, RDF.type, OWL.DatatypeProperty) in g or rng is None
        for d in domains:
            if datatype:
                lines[d].append(f"{short(g, p)} : {short(g, rng).split(':')[-1] if rng else 'IRI'}")
            else:
                inverse = g.value(p, OWL.inverseOf)
                edges[(d, rng)].append(short(g, p) + (f" (inverse: {short(g, inverse)})" if inverse else ""))
    left = {s for _, s in supers if not str(s).startswith(KG)}
    right = {n for pair in edges for n in pair if n not in left and not str(n).startswith(KG)}
    cols = {0: sorted(left), 1: kg_classes, 2: sorted(right)}
    for c in (c for cs in cols.values() for c in cs):
        lines[c].extend(f"«{short(g, i)}»" for i in sorted(g.subjects(RDF.type, c)) if str(i).startswith(KG))
    return cols, lines, supers, sorted(edges.items())


def order(cols: dict[int, list], supers: set, edges: list) -> None:
    """Middle column: classes with properties first (targets only last), grouped by superclass; outer columns by
    the mean row of their neighbours, so edges run as flat as they can."""
    linked = {n for (d, r), _ in edges for n in (d, r)}
    sources = {d for (d, _), _ in edges}
    first_super = {c: min((s for k, s in supers if k == c), default=None) for c in cols[1]}
    cols[1].sort(key=lambda c: (c not in linked, c not in sources, str(first_super[c] or "~"), str(c)))
    pos = {c: i for i, c in enumerate(cols[1])}
    for k in (0, 2):
        cols[k].sort(key=lambda n: (_mean([pos[c] for c in _neighbours(n, supers, edges) if c in pos]), str(n)))


def _neighbours(n, supers: set, edges: list) -> list:
    return [c for c, s in supers if s == n] + [d for (d, r), _ in edges if r == n] + [r for (d, r), _ in edges if d == n]


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 1e9


def layout(g: Graph, cols: dict[int, list], lines: dict, supers: set, edges: list) -> dict[URIRef, tuple[float, float, float, float]]:
    """Box (x, y, width, height) of every class: the middle column stacked, each outer box
    as level as it can be with the middle boxes it is linked to."""
    boxes, top = {}, MARGIN + 40
    widths = {k: max(CHAR_W * max([len(short(g, c))] + [len(s) for s in lines[c]]) + 2 * PAD for c in cols[k]) for k in cols}
    heights = {c: LINE_H * (1 + len(lines[c])) + 2 * PAD + (4 if lines[c] else 0) for cs in cols.values() for c in cs}
    xs = {0: MARGIN, 1: MARGIN + widths[0] + COL_GAP, 2: MARGIN + widths[0] + widths[1] + 2 * COL_GAP}
    y = top
    for c in cols[1]:
        boxes[c] = (xs[1], y, widths[1], heights[c])
        y += heights[c] + ROW_GAP
    for k in (0, 2):
        y = top
        for c in cols[k]:
            centres = [boxes[n][1] + boxes[n][3] / 2 for n in _neighbours(c, supers, edges) if n in boxes and n in cols[1]]
            want = _mean(centres) - heights[c] / 2 if centres else y
            y = max(y, want)
            boxes[c] = (xs[k], y, widths[k], heights[c])
            y += heights[c] + ROW_GAP
    return boxes


def _n(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def svg(g: Graph) -> str:
    """The diagram of the ontology in ``g`` as SVG text."""
    cols, lines, supers, edges = model(g)
    order(cols, supers, edges)
    boxes = layout(g, cols, lines, supers, edges)
    col_of = {c: k for k, cs in cols.items() for c in cs}
    width = max(x + w for x, _, w, _ in boxes.values()) + MARGIN + 260
    height = max(y + h for _, y, _, h in boxes.values()) + MARGIN
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}" height="{_n(height)}" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="12">',
        "<defs>",
        '<marker id="sub" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" orient="auto">'
        '<path d="M1,1 L11,6 L1,11 Z" fill="white" stroke="#333"/></marker>',
        '<marker id="prop" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">'
        '<path d="M0,0 L10,5 L0,10 Z" fill="#1f5fa8"/></marker>',
        "</defs>",
        f'<rect width="{_n(width)}" height="{_n(height)}" fill="white"/>',
        f'<text x="{MARGIN}" y="{MARGIN + 4}" font-size="15" font-weight="bold">kg: ontology (ontology/kg.ttl)</text>',
        f'<text x="{MARGIN}" y="{MARGIN + 22}" fill="#555">hollow arrow: rdfs:subClassOf   blue arrow: object property (domain to range)'
        "   «name»: individual</text>",
    ]
    for c, s in sorted(supers):
        (x1, y1, w1, h1), (x2, y2, w2, h2) = boxes[c], boxes[s]
        out.append(f'<path d="M{_n(x1)},{_n(y1 + h1 / 2)} L{_n(x2 + w2)},{_n(y2 + h2 / 2)}" stroke="#333" fill="none" marker-end="url(#sub)"/>')
    arcs, labels = 0, []
    for (d, r), names in edges:
        same = col_of[d] == col_of[r] and d != r
        path, label = _edge(boxes[d], boxes[r], same, ", ".join(names), arcs)
        out.append(f'<path d="{path}" stroke="#1f5fa8" stroke-dasharray="5,3" fill="none" marker-end="url(#prop)"/>')
        labels.append(label)
        arcs += same
    for x, y, anchor, text in _spread(labels):
        out.append(f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" fill="#1f5fa8" stroke="white" stroke-width="3" '
                   f'paint-order="stroke">{escape(text)}</text>')
    for c, (x, y, w, h) in sorted(boxes.items()):
        own = str(c).startswith(KG)
        out.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" rx="4" '
                   f'fill="{"#fff6d5" if own else "#eef3fb"}" stroke="{"#a07800" if own else "#5a7bb5"}"/>')
        out.append(f'<text x="{_n(x + PAD)}" y="{_n(y + PAD + 12)}" font-weight="bold">{escape(short(g, c))}</text>')
        if lines[c]:
            out.append(f'<line x1="{_n(x)}" y1="{_n(y + PAD + LINE_H + 4)}" x2="{_n(x + w)}" y2="{_n(y + PAD + LINE_H + 4)}" stroke="#ccc"/>')
        for j, text in enumerate(lines[c]):
            out.append(f'<text x="{_n(x + PAD)}" y="{_n(y + PAD + 12 + LINE_H * (j + 1) + 4)}" fill="#333">{escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _edge(a, b, same_column: bool, label: str, arc: int) -> tuple[str, tuple]:
    """A property edge: straight between columns, an arc on the right within a column, a loop to itself."""
    (x1, y1, w1, h1), (x2, y2, w2, h2) = a, b
    if a == b:
        sx, sy = x1 + w1, y1 + 8
        path = f"M{_n(sx)},{_n(sy)} C{_n(sx + 45)},{_n(sy - 22)} {_n(sx + 45)},{_n(sy + 30)} {_n(sx)},{_n(sy + 14)}"
        lx, ly, anchor = sx + 40, sy - 8, "start"
    elif same_column:
        sx, sy, ex, ey = x1 + w1, y1 + h1 / 2 + 6, x2 + w2, y2 + h2 / 2 - 6
        bulge = 50 + 40 * arc
        path = f"M{_n(sx)},{_n(sy)} C{_n(sx + bulge)},{_n(sy)} {_n(ex + bulge)},{_n(ey)} {_n(ex)},{_n(ey)}"
        lx, ly, anchor = max(sx, ex) + bulge * 0.75 + 4, (sy + ey) / 2 + 4, "start"
    else:
        forward = x2 > x1
        sx, ex = (x1 + w1, x2) if forward else (x1, x2 + w2)
        sy, ey = y1 + h1 / 2, y2 + h2 / 2
        path = f"M{_n(sx)},{_n(sy)} L{_n(ex)},{_n(ey)}"
        lx, ly, anchor = sx + (ex - sx) * 0.62, sy + (ey - sy) * 0.62 - 3, "middle"
    return path, (lx, ly, anchor, label)


def _spread(labels: list[tuple]) -> Iterator[tuple]:
    """Move labels down until none overlaps another (greedy, top to bottom)."""
    placed: list[tuple] = []
    for x, y, anchor, text in sorted(labels, key=lambda t: (t[1], t[0])):
        w = len(text) * CHAR_W
        left = x - w / 2 if anchor == "middle" else x
        while any(abs(y - py) < LINE_H - 2 and left < pl + pw and pl < left + w for pl, py, pw in placed):
            y += 4
        placed.append((left, y, w))
        yield x, y, anchor, text


def main(argv: list[str]) -> None:
    src = Path(argv[0]) if argv else HERE / "kg.ttl"
    dest = Path(argv[1]) if len(argv) > 1 else HERE / "diagram.svg"
    g = Graph().parse(src, format="turtle")
    dest.write_text(svg(g), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
