"""The explorer: one self-contained, offline HTML file to browse a build's graph.

Built on pyvis's ``Network`` (its node/edge lists filled directly: its ``add_node`` and
``add_edge`` are quadratic) and the vis-network copy that pyvis ships, inlined, but not on
pyvis's templates: they link Bootstrap from a CDN and turn every tooltip into raw HTML as
soon as one title contains "href". Article text is untrusted, so data reaches the page only
as an escaped JSON block that the page's script turns into DOM text.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from functools import lru_cache
from pathlib import Path

import networkx as nx

from kg import network
from kg.store import open_store

__all__ = ["TYPE_STYLE", "VIEWS", "explore", "render"]

VIEWS = ("entities", "coattendance", "person-org")

# vis-network shape, colour, legend glyph and name per node type.
TYPE_STYLE = {
    "person": {"shape": "dot", "color": "#4e79a7", "glyph": "●", "name": "person 人物"},
    "post": {"shape": "diamond", "color": "#f28e2b", "glyph": "◆", "name": "post 职务"},
    "organization": {"shape": "square", "color": "#59a14f", "glyph": "■", "name": "organisation 机构"},
    "meeting": {"shape": "triangle", "color": "#e15759", "glyph": "▲", "name": "meeting 会议"},
}
_SPACING = 70  # pixels per layout unit
_ASSETS = Path(__file__).parent / "explorer_assets"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def explore(build_dir: str | Path, out_html: str | Path, view: str = "entities", focus: str | None = None,
            depth: int = 1, since: str | dt.date | None = None, until: str | dt.date | None = None,
            physics_threshold: int = 1500) -> Path:
    """Write an explorer of the build in ``build_dir`` to ``out_html``; returns its path.

    ``view``: "entities" (people, posts, organisations, meetings), "coattendance" (people
    linked by shared meetings) or "person-org" (people and the organisations of their
    posts). ``focus``: only what lies within ``depth`` hops of the node so named.
    ``since``/``until``: only what was seen in that window (ISO dates).
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}")
    since, until = _iso(since, "since"), _iso(until, "until")
    G = network.entity_graph(open_store(build_dir, read_only=True))
    if view == "coattendance":
        G = network.coattendance_graph(G)
    elif view == "person-org":
        G = network.person_org_graph(G)
    G = network.between(G, since, until)
    if focus:
        G = network.neighbourhood(G, focus, depth)
    parts = [Path(build_dir).resolve().name, view] + ([f"{focus} ±{depth}"] if focus else []) \
        + ([f"{since or '…'} – {until or '…'}"] if since or until else [])
    return render(G, out_html, title="kg explorer · " + " · ".join(parts), physics_threshold=physics_threshold)


def _iso(value, name: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"{name} expects an ISO date like 2023-05-01, got {value!r}") from None


def render(G: nx.Graph, out_html: str | Path, title: str = "kg explorer", physics_threshold: int = 1500) -> Path:
    """Write any graph shaped like ``kg.network``'s projections as an explorer page.

    Nodes need ``type`` and ``label``; ``aliases``, ``docs``, ``first_seen``/``last_seen``,
    ``date`` and edge ``relation``, ``dates``, ``docs``, ``sentences``, ``weight``,
    ``meetings``/``posts`` are shown when present. Positions are precomputed (seeded);
    physics runs only up to ``physics_threshold`` nodes.
    """
    from pyvis.network import Network

    unknown = {t for _, t in G.nodes(data="type")} - set(TYPE_STYLE)
    if unknown:
        raise ValueError(f"render draws node types {', '.join(TYPE_STYLE)}; this graph also has {sorted(unknown, key=str)}")
    pos = network.layout(G)
    ids = {n: i for i, n in enumerate(G)}
    net = Network(directed=G.is_directed())
    net.nodes = [_node(i, n, G, pos[n]) for n, i in ids.items()]
    net.node_ids = list(ids.values())
    net.node_map = {d["id"]: d for d in net.nodes}
    net.edges = _edges(G, ids)
    physics = 0 < len(G) <= physics_threshold
    net.options = _options(physics, G.is_directed(), large=len(G) > physics_threshold)

    dates = [d for n in net.nodes for d in (n["first"], n["last"]) if d]
    docs = {d for item in net.nodes + net.edges for d in item["docs"]}
    articles = G.graph.get("articles", {})
    data = {
        "title": title,
        "directed": G.is_directed(),
        "types": TYPE_STYLE,
        "span": [min(dates), max(dates)] if dates else None,
        "articles": {d: articles[d] for d in sorted(docs) if d in articles},
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
    }
    page = _fill(_asset("explorer.html"), {
        "TITLE": html.escape(title),
        "VIS_CSS": _vendored("vis-network.css", "</style"),
        "VIS_JS": _vendored("vis-network.min.js", "</script"),
        "APP_JS": _asset("explorer.js"),
        "DATA": _script_json(data),
    })
    out = Path(out_html)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def _script_json(data) -> str:
    """JSON safe to place inside a <script> element: ``<``, ``>``, ``&`` are \\u-escaped.

    >>> _script_json({"t": "</script><img src=x>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _node(i: int, n, G: nx.Graph, xy: tuple[float, float]) -> dict:
    d = G.nodes[n]
    style = TYPE_STYLE[d["type"]]
    rec = {
        "id": i, "iri": str(n), "label": str(d.get("label", n)), "type": d["type"],
        "shape": style["shape"], "color": style["color"],
        "size": round(min(10 + 3 * math.log2(1 + G.degree(n)), 36), 1),
        "x": round(xy[0] * _SPACING, 1), "y": round(xy[1] * _SPACING, 1),
        "aliases": list(d.get("aliases", [])), "docs": list(d.get("docs", [])),
        "first": d.get("first_seen"), "last": d.get("last_seen"),
    }
    for k in ("date", "part_of_day"):
        if d.get(k):
            rec[k] = d[k]
    return rec


def _edges(G: nx.Graph, ids: dict) -> list[dict]:
    """One vis edge per node pair; parallel relations (chair and speaker, say) merged."""
    pairs: dict[tuple[int, int], list[dict]] = {}
    for u, v, d in G.edges(data=True):
        pairs.setdefault((ids[u], ids[v]), []).append(d)
    out = []
    for j, ((a, b), ds) in enumerate(sorted(pairs.items())):
        weight = sum(d.get("weight", 1) for d in ds)
        relations = sorted({d.get("relation", "") for d in ds} - {""})
        out.append({
            "id": j, "from": a, "to": b,
            "kind": ", ".join(relations) + (f" ×{weight}" if weight > 1 else ""),
            "items": sorted({x for d in ds for x in d.get("meetings", d.get("posts", []))}),
            "dates": sorted({x for d in ds for x in d.get("dates", [])}),
            "docs": sorted({x for d in ds for x in d.get("docs", [])}),
            "sentences": sorted({x for d in ds for x in d.get("sentences", [])}),
            "width": round(1 + math.log2(weight), 2),
        })
    return out


def _options(physics: bool, directed: bool, large: bool) -> dict:
    """vis-network options: straight edges, no improvedLayout (positions are given)."""
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "nodes": {"borderWidth": 1, "font": {"size": 13}},
        "edges": {
            "smooth": False,
            "color": {"color": "#a0a7b0", "highlight": "#333333", "hover": "#555555"},
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.5}},
        },
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -3000, "springLength": _SPACING, "avoidOverlap": 0.1},
            "stabilization": {"enabled": physics, "iterations": 150, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 200, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def _fill(template: str, parts: dict[str, str]) -> str:
    """Replace @@NAME@@ markers in one pass (inserted text is never rescanned)."""
    return re.sub(r"@@([A-Z_]+)@@", lambda m: parts[m.group(1)], template)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _vendored(name: str, closing: str) -> str:
    """A vis-network file shipped inside pyvis, checked safe to inline."""
    import pyvis

    text = (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    if closing in text.lower():
        raise RuntimeError(f"pyvis's {name} contains {closing!r} and cannot be inlined")
    return text
