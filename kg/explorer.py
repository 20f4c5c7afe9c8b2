"""The explorer: one self-contained, offline HTML file to browse a build's graph.

Built on pyvis's ``Network`` (its node/edge lists filled directly: its ``add_node`` and
``add_edge`` are quadratic) and the vis-network copy that pyvis ships, inlined, but not on
pyvis's templates: they link Bootstrap from a CDN and turn every tooltip into raw HTML as
soon as one title contains "href". Article text is untrusted, so data reaches the page only
as an escaped JSON block that the page's script turns into DOM or canvas text.

At corpus scale it reads like Gephi or Bloom: nodes without an edge start hidden, Louvain
communities are coloured (and collapse into one node each), and the page draws labels
itself, best-connected first and never overlapping, so few show when zoomed out and all
when zoomed in.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx

from kg import network
from kg.store import open_store

__all__ = ["PALETTE", "TYPE_STYLE", "VIEWS", "Page", "explore", "explore_page", "render"]

VIEWS = ("entities", "coattendance", "person-org")

# vis-network shape, colour, legend glyph and name per node type.
TYPE_STYLE = {
    "person": {"shape": "dot", "color": "#4e79a7", "glyph": "●", "name": "person 人物"},
    "post": {"shape": "diamond", "color": "#f28e2b", "glyph": "◆", "name": "post 职务"},
    "organization": {"shape": "square", "color": "#59a14f", "glyph": "■", "name": "organisation 机构"},
    "meeting": {"shape": "triangle", "color": "#e15759", "glyph": "▲", "name": "meeting 会议"},
}
# Community colours (Tableau 20 without its greys), largest community first; the rest grey.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#a0cbe8", "#ffbe7d", "#8cd17d", "#b6992d", "#499894", "#86bcb6", "#d37295", "#fabfd2", "#d4a6c8",
           "#f1ce63", "#8f7a6b")
_OTHER = "#b4b9bf"
_MIN_COMMUNITY = 3  # smaller groups are neither coloured nor collapsible
_SPACING = 70  # pixels per layout unit
_ASSETS = Path(__file__).parent / "explorer_assets"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@dataclass(frozen=True)
class Page:
    """An explorer file and what it shows when opened."""

    path: Path
    nodes: int  # in the file
    edges: int  # drawn lines (parallel relations of a pair merged)
    isolated: int  # nodes without an edge: in the file, hidden until the reader shows them
    communities: int  # coloured and collapsible (3 nodes or more)

    @property
    def summary(self) -> str:
        """'1,234 nodes, 2,345 edges shown; 3,464 isolated hidden; 20 communities'."""
        return (f"{self.nodes - self.isolated:,} nodes, {self.edges:,} edges shown; "
                f"{self.isolated:,} isolated hidden; {self.communities:,} communit{'y' if self.communities == 1 else 'ies'}")


def explore(build_dir: str | Path, out_html: str | Path, view: str = "entities", focus: str | None = None,
            depth: int = 1, since: str | dt.date | None = None, until: str | dt.date | None = None,
            physics_threshold: int = 1500) -> Path:
    """Write an explorer of the build in ``build_dir`` to ``out_html``; returns its path.

    ``view``: "entities" (people, posts, organisations, meetings), "coattendance" (people
    linked by shared meetings) or "person-org" (people and the organisations of their
    posts). ``focus``: only what lies within ``depth`` hops of the node so named.
    ``since``/``until``: only what was seen in that window (ISO dates). ``explore_page``
    does the same and also says what the page shows.
    """
    return explore_page(build_dir, out_html, view, focus, depth, since, until, physics_threshold).path


def explore_page(build_dir: str | Path, out_html: str | Path, view: str = "entities", focus: str | None = None,
                 depth: int = 1, since: str | dt.date | None = None, until: str | dt.date | None = None,
                 physics_threshold: int = 1500) -> Page:
    """``explore``, returning the written ``Page`` (path and counts)."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: use one of {', '.join(VIEWS)}")
    since, until = _iso(since, "since"), _iso(until, "until")
    E = network.entity_graph(open_store(build_dir, read_only=True))
    if view == "coattendance":
        G = network.coattendance_graph(E)
    elif view == "person-org":
        G = network.person_org_graph(E)
    else:
        G = E
    G = network.between(G, since, until)
    if focus:
        G = network.neighbourhood(G, focus, depth)
    seen = network.between(E, since, until)  # a person's timeline: what the window holds
    for n, typ in G.nodes(data="type"):
        if typ == "person":
            G.nodes[n]["timeline"] = network.timeline(seen, n)
    parts = [Path(build_dir).resolve().name, view] + ([f"{focus} ±{depth}"] if focus else []) \
        + ([f"{since or '…'} – {until or '…'}"] if since or until else [])
    return render(G, out_html, title="kg explorer · " + " · ".join(parts), physics_threshold=physics_threshold,
                  window=(since, until))


def _iso(value, name: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"{name} expects an ISO date like 2023-05-01, got {value!r}") from None


def render(G: nx.Graph, out_html: str | Path, title: str = "kg explorer", physics_threshold: int = 1500,
           window: tuple[str | None, str | None] = (None, None)) -> Page:
    """Write any graph shaped like ``kg.network``'s projections as an explorer page.

    Nodes need ``type`` and ``label``; ``aliases``, ``docs``, ``first_seen``/``last_seen``,
    ``date``, ``timeline`` (``network.timeline`` rows) and edge ``relation``, ``dates``,
    ``docs``, ``sentences``, ``weight``, ``meetings``/``posts`` are shown when present.
    Nodes without an edge start hidden; communities (Louvain) are coloured and can be
    collapsed. Positions are precomputed (seeded); physics runs only up to
    ``physics_threshold`` drawn nodes. ``window`` (ISO since, until) is what the date
    pickers show.
    """
    from pyvis.network import Network

    unknown = {t for _, t in G.nodes(data="type")} - set(TYPE_STYLE)
    if unknown:
        raise ValueError(f"render draws node types {', '.join(TYPE_STYLE)}; this graph also has {sorted(unknown, key=str)}")
    U = nx.Graph()
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())
    U.remove_edges_from(nx.selfloop_edges(U))
    isolated = {n for n in U if not U[n]}
    core = nx.Graph()  # built in G's order: a subgraph view would iterate in set order
    core.add_nodes_from(n for n in U if n not in isolated)
    core.add_edges_from(U.edges())
    groups = [c for c in network.communities(core) if len(c) >= _MIN_COMMUNITY]
    community = {n: i for i, c in enumerate(groups) for n in c}
    pos = _with_isolated(network.layout(core, groups=community), [n for n in U if n in isolated])
    ids = {n: i for i, n in enumerate(G)}
    shown = len(G) - len(isolated)
    net = Network(directed=G.is_directed())
    net.nodes = [_node(i, n, G, U, pos[n], community.get(n), n in isolated) for n, i in ids.items()]
    net.node_ids = list(ids.values())
    net.node_map = {d["id"]: d for d in net.nodes}
    net.edges = _edges(G, ids)
    physics = 0 < shown <= physics_threshold
    net.options = _options(physics, G.is_directed(), large=shown > physics_threshold)

    dates = [d for n in net.nodes for d in (n["first"], n["last"]) if d]
    span = [window[0] or min(dates), window[1] or max(dates)] if dates else None
    docs = {d for item in net.nodes + net.edges for d in item["docs"]}
    articles = G.graph.get("articles", {})
    data = {
        "title": title,
        "directed": G.is_directed(),
        "types": TYPE_STYLE,
        "span": span,
        "communities": [_community(i, c, U, G) for i, c in enumerate(groups)],
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
    return Page(out, nodes=len(G), edges=len(net.edges), isolated=len(isolated), communities=len(groups))


def _with_isolated(pos: dict, isolated: list) -> dict:
    """``pos`` plus the isolated nodes in rows one unit apart below it: out of the way
    (and of the fitted view) while hidden, a tidy block when shown."""
    if not isolated:
        return pos
    xs = [x for x, _ in pos.values()] or [0.0]
    left, width = min(xs), max(max(xs) - min(xs), math.sqrt(len(isolated)))
    top = max((y for _, y in pos.values()), default=0.0) + 3
    per_row = max(1, int(width) + 1)
    return {**pos, **{n: (round(left + i % per_row, 3), round(top + i // per_row, 3)) for i, n in enumerate(isolated)}}


def _community(i: int, members: list, U: nx.Graph, G: nx.Graph) -> dict:
    """A community's colour, size and name (its best-connected members' labels)."""
    top = sorted(members, key=lambda n: (-U.degree(n), str(G.nodes[n].get("label", n))))[:3]
    return {"id": i, "size": len(members), "color": _colour(i),
            "label": "、".join(str(G.nodes[n].get("label", n)) for n in top)}


def _colour(community: int | None) -> str:
    return PALETTE[community] if community is not None and community < len(PALETTE) else _OTHER


def _script_json(data) -> str:
    """JSON safe to place inside a <script> element: ``<``, ``>``, ``&`` are \\u-escaped.

    >>> _script_json({"t": "</script><img src=x>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def _node(i: int, n, G: nx.Graph, U: nx.Graph, xy: tuple[float, float], community: int | None, isolated: bool) -> dict:
    d = G.nodes[n]
    style = TYPE_STYLE[d["type"]]
    rec = {
        "id": i, "iri": str(n), "label": str(d.get("label", n)), "type": d["type"],
        "shape": style["shape"], "color": _colour(community), "community": community, "degree": U.degree(n),
        "size": round(min(10 + 3 * math.log2(1 + U.degree(n)), 36), 1),
        "x": round(xy[0] * _SPACING, 1), "y": round(xy[1] * _SPACING, 1),
        "aliases": list(d.get("aliases", [])), "docs": list(d.get("docs", [])),
        "first": d.get("first_seen"), "last": d.get("last_seen"),
    }
    if isolated:
        rec.update(hidden=True, physics=False)
    for k in ("date", "part_of_day"):
        if d.get(k):
            rec[k] = d[k]
    if d.get("timeline"):
        rec["timeline"] = [[r["first"], r["last"], r["relation"], r["label"], r["articles"]] for r in d["timeline"]]
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
