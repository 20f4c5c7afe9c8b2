"""NetworkX projections of a build: entities, person–organisation, co-attendance, timeline.

The store is read with a few SPARQL queries (never a dump of all triples); literals become
node and edge attributes, never nodes. The projections after ``entity_graph`` are pure
functions of the entity graph, so they also accept one (handy for doctests and for
reusing one graph across projections).
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

import networkx as nx
import numpy as np
import pyoxigraph as ox

from kg.queries import run
from kg.rdf import SPARQL_PREFIXES

__all__ = [
    "PARTICIPATION",
    "attendance_graph",
    "between",
    "centrality",
    "coattendance_graph",
    "communities",
    "entity_graph",
    "layout",
    "meeting_timeline",
    "neighbourhood",
    "person_org_graph",
    "timeline",
]

PARTICIPATION = ("chair", "speaker", "attendee", "observer", "absent")
_PRESENT = frozenset(PARTICIPATION) - {"absent"}
_PERSON_POST = ("holds", "appointed", "removed", "resigned")


_ARTICLES = SPARQL_PREFIXES + """
SELECT ?doc ?title ?url ?published WHERE {
  GRAPH ?g {
    ?art a schema:NewsArticle ; schema:identifier ?doc .
    OPTIONAL { ?art schema:headline ?title }
    OPTIONAL { ?art schema:url ?url }
    OPTIONAL { ?art schema:datePublished ?published }
  }
}"""

# One row per entity and article graph that describes it.
_NODES = SPARQL_PREFIXES + """
SELECT ?s ?type ?label ?doc WHERE {
  VALUES (?cls ?type) { (foaf:Person "person") (org:Post "post") (org:Organization "organization") (kg:Meeting "meeting") }
  GRAPH ?g {
    ?s a ?cls ; rdfs:label ?label .
    ?art a schema:NewsArticle ; schema:identifier ?doc .
  }
}"""

_ALIASES = SPARQL_PREFIXES + "SELECT DISTINCT ?s ?alt WHERE { ?s skos:altLabel ?alt }"

_MEETINGS = SPARQL_PREFIXES + """
SELECT DISTINCT ?s ?date ?part WHERE {
  ?s a kg:Meeting .
  OPTIONAL { ?s schema:startDate ?date }
  OPTIONAL { ?s kg:partOfDay ?part }
}"""

# Relations stated between two entities; dated by the article.
_LINKS = SPARQL_PREFIXES + """
SELECT DISTINCT ?u ?rel ?v ?doc WHERE {
  GRAPH ?g {
    { ?u org:postIn ?v BIND("postIn" AS ?rel) }
    UNION { ?u org:subOrganizationOf ?v BIND("subOrganizationOf" AS ?rel) }
    UNION { ?u schema:organizer ?v BIND("organizer" AS ?rel) }
    UNION { ?u kg:jointPart ?v BIND("jointPart" AS ?rel) }
    ?art a schema:NewsArticle ; schema:identifier ?doc .
  }
}"""

# Relations with evidence (post observations, appointments, participations), with the
# date they were true on and the sentence that says so (offsets index the original text).
_EVIDENCED = SPARQL_PREFIXES + """
SELECT DISTINCT ?u ?rel ?v ?doc ?when ?sentence WHERE {
  GRAPH ?g {
    {
      ?x a kg:PostObservation ; org:member ?u ; kg:post ?v ; kg:evidence ?m .
      OPTIONAL { ?x kg:observedOn ?when }
      BIND("holds" AS ?rel)
    } UNION {
      ?x a kg:Appointment ; kg:person ?u ; kg:post ?v ; kg:action ?rel ; kg:evidence ?m .
      OPTIONAL { ?x prov:atTime ?when }
    } UNION {
      ?x a kg:Participation ; kg:meeting ?u ; kg:participant ?v ; kg:participantRole ?r ; kg:evidence ?m .
      OPTIONAL { ?u schema:startDate ?when FILTER(DATATYPE(?when) = xsd:date) }
      BIND(LCASE(STRAFTER(STR(?r), "#")) AS ?rel)
    }
    ?x prov:wasDerivedFrom ?art .
    ?art schema:identifier ?doc .
    OPTIONAL {
      ?m nif:sentence ?sn . ?sn nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?ctx .
      ?ctx nif:isString ?text .
      BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?sentence)
    }
  }
}"""


# What the co-attendance projection reads of a store (``kg stats``): who took part in which
# meeting, in which role, on which date, said by which article; no evidence sentences.
_ATTENDANCE = SPARQL_PREFIXES + """
SELECT DISTINCT ?m ?p ?rel ?doc ?when ?published WHERE {
  GRAPH ?g {
    ?x a kg:Participation ; kg:meeting ?m ; kg:participant ?p ; kg:participantRole ?r ; prov:wasDerivedFrom ?art .
    ?art schema:identifier ?doc .
    OPTIONAL { ?m schema:startDate ?when FILTER(DATATYPE(?when) = xsd:date) }
    OPTIONAL { ?art schema:datePublished ?published }
    BIND(LCASE(STRAFTER(STR(?r), "#")) AS ?rel)
  }
}"""

# Each meeting's label(s) and the articles that describe it.
_MEETING_DOCS = SPARQL_PREFIXES + """
SELECT ?m ?label ?doc WHERE { GRAPH ?g { ?m a kg:Meeting ; rdfs:label ?label . ?art kg:namedGraph ?g ; schema:identifier ?doc } }"""

# People's labels from the corpus summary (kg/corpus.py: the graph holding schema:mentions), one
# row per person: found once, then read by class in that graph alone.
_PERSON_LABELS = SPARQL_PREFIXES + """
SELECT ?p ?label WHERE {
  { SELECT ?summary WHERE { GRAPH ?summary { ?art schema:mentions ?e } } LIMIT 1 }
  GRAPH ?summary { ?p a foaf:Person ; rdfs:label ?label } }"""


def _is_date(s: str) -> bool:
    return len(s) == 10 and s[4] == "-" and s[7] == "-" and s[:4].isdigit()


def entity_graph(store: ox.Store) -> nx.MultiDiGraph:
    """People, posts, organisations and meetings as a typed MultiDiGraph.

    Nodes are IRIs with ``type``, ``label``, ``aliases``, ``docs`` (article ids) and, when
    the evidence is dated, ``first_seen``/``last_seen`` (ISO dates); meetings may also carry
    ``date`` and ``part_of_day``. Edges follow the RDF property's direction, one per (u, v,
    relation) keyed by the relation, with ``relation``, ``dates``, ``docs`` and
    ``sentences``. ``G.graph["articles"]`` maps article ids to title, url, published.
    """
    _, rows = run(store, _ARTICLES)
    articles = {doc: {"title": t, "url": u, "published": p} for doc, t, u, p in sorted(rows)}
    published = {doc: a["published"] for doc, a in articles.items() if _is_date(a["published"])}

    labels: dict[str, tuple[str, str]] = {}
    docs: dict[str, set[str]] = defaultdict(set)
    for s, typ, label, doc in run(store, _NODES)[1]:
        labels[s] = min(labels.get(s, (typ, label)), (typ, label))
        docs[s].add(doc)
    aliases: dict[str, set[str]] = defaultdict(set)
    for s, alt in run(store, _ALIASES)[1]:
        aliases[s].add(alt)

    G = nx.MultiDiGraph(articles=articles)
    for s in sorted(labels):
        typ, label = labels[s]
        G.add_node(s, type=typ, label=label, aliases=sorted(aliases[s] - {label}), docs=sorted(docs[s]))
    for s, date, part in run(store, _MEETINGS)[1]:
        if s in G:
            G.nodes[s].update({k: v for k, v in (("date", date), ("part_of_day", part)) if v})

    edges: dict[tuple[str, str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for u, rel, v, doc in run(store, _LINKS)[1]:
        e = edges[u, v, rel]
        e["docs"].add(doc)
        e["dates"].add(published.get(doc, ""))
    for u, rel, v, doc, when, sentence in run(store, _EVIDENCED)[1]:
        e = edges[u, v, rel]
        e["docs"].add(doc)
        e["dates"].add(when if _is_date(when) else published.get(doc, ""))
        e["sentences"].add(sentence.strip())
    for (u, v, rel), e in sorted(edges.items()):
        if u in G and v in G:
            G.add_edge(u, v, key=rel, relation=rel, **{k: sorted(e[k] - {""}) for k in ("dates", "docs", "sentences")})

    for n, data in G.nodes(data=True):
        dates = {published[d] for d in data["docs"] if d in published}
        dates.update(d for *_, ds in G.edges(n, data="dates") for d in ds)
        dates.update(d for *_, ds in G.in_edges(n, data="dates") for d in ds)
        if _is_date(data.get("date") or ""):
            dates.add(data["date"])
        if dates:
            data["first_seen"], data["last_seen"] = min(dates), max(dates)
    return G


def _entities(source) -> nx.MultiDiGraph:
    return source if isinstance(source, nx.Graph) else entity_graph(source)


def attendance_graph(store: ox.Store) -> nx.MultiDiGraph:
    """The part of ``entity_graph`` that ``coattendance_graph`` reads: meetings (``type``,
    ``label``, ``docs``), the people who took part in one (``type``, ``label``) and the role edges
    (``dates``, ``docs``), from three light queries instead of every relation with its
    evidence sentence (what ``kg stats`` needs on a large build)."""
    labels: dict[str, str] = {}
    docs: dict[str, set[str]] = defaultdict(set)
    for m, label, doc in run(store, _MEETING_DOCS)[1]:
        labels[m] = min(labels.get(m, label), label)
        docs[m].add(doc)
    edges: dict[tuple[str, str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m, p, rel, doc, when, published in run(store, _ATTENDANCE)[1]:
        e = edges[m, p, rel]
        e["docs"].add(doc)
        e["dates"].add(when if _is_date(when) else published if _is_date(published) else "")
    took_part = {p for _, p, _ in edges}
    people = {p: label for p, label in run(store, _PERSON_LABELS)[1] if p in took_part}
    G = nx.MultiDiGraph()
    nodes = {**{m: ("meeting", label) for m, label in labels.items()}, **{p: ("person", label) for p, label in people.items()}}
    for n in sorted(nodes):
        typ, label = nodes[n]
        G.add_node(n, type=typ, label=label, **({"docs": sorted(docs[n])} if typ == "meeting" else {}))
    for (m, p, rel), e in sorted(edges.items()):
        if m in G and p in G:
            G.add_edge(m, p, key=rel, relation=rel, **{k: sorted(e[k] - {""}) for k in ("dates", "docs")})
    return G


def person_org_graph(source) -> nx.Graph:
    """Person–organisation graph: who holds (or was appointed to) a post in which organisation.

    ``source`` is a store or an ``entity_graph``. Edges carry ``relation`` (the person–post
    relations: "holds", "appointed, holds", …), ``posts`` (labels), ``dates``, ``docs``,
    ``sentences``.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", type="person", label="李云峰")
    >>> G.add_node("q", type="post", label="临汾市市长")
    >>> G.add_node("o", type="organization", label="临汾市人民政府")
    >>> _ = G.add_edge("p", "q", key="holds", relation="holds", dates=["2022-03-21"], docs=["a"], sentences=[])
    >>> _ = G.add_edge("q", "o", key="postIn", relation="postIn", dates=["2022-03-21"], docs=["a"], sentences=[])
    >>> H = person_org_graph(G)
    >>> sorted(H.edges(data=True))
    [('p', 'o', {'relation': 'holds', 'posts': ['临汾市市长'], 'dates': ['2022-03-21'], 'docs': ['a'], 'sentences': []})]
    """
    G = _entities(source)
    H = nx.Graph(articles=G.graph.get("articles", {}))
    acc: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p, q, rel, data in G.edges(keys=True, data=True):
        if rel not in _PERSON_POST or G.nodes[p]["type"] != "person":
            continue
        for _, o, r2 in G.out_edges(q, keys=True):
            if r2 == "postIn":
                e = acc[p, o]
                e["relation"].add(rel)
                e["posts"].add(G.nodes[q]["label"])
                for k in ("dates", "docs", "sentences"):
                    e[k].update(data[k])
    for (p, o), e in sorted(acc.items()):
        H.add_node(p, **G.nodes[p])
        H.add_node(o, **G.nodes[o])
        H.add_edge(p, o, **{k: ", ".join(sorted(v)) if k == "relation" else sorted(v) for k, v in e.items()})
    return H


def coattendance_graph(source) -> nx.Graph:
    """Person–person graph weighted by the number of meetings both attended.

    Chairs, speakers, attendees and observers count as present; people reported absent
    do not. Edges carry ``relation`` ("co-attended"), ``weight``, ``meetings`` (labels),
    ``dates`` and ``docs``. ``source`` is a store (people keep every ``entity_graph``
    attribute), an ``entity_graph``, or an ``attendance_graph`` (fast: people carry ``type``
    and ``label`` only; what ``kg stats`` uses).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("m", type="meeting", label="会议", docs=["a"])
    >>> for p in "xyz":
    ...     G.add_node(p, type="person", label=p)
    >>> for p, role in (("x", "chair"), ("y", "attendee"), ("z", "absent")):
    ...     _ = G.add_edge("m", p, key=role, relation=role, dates=["2022-03-19"], docs=["a"], sentences=[])
    >>> sorted(coattendance_graph(G).edges(data="weight"))
    [('x', 'y', 1)]
    """
    G = _entities(source)
    H = nx.Graph(articles=G.graph.get("articles", {}))
    for m, data in G.nodes(data=True):
        if data["type"] != "meeting":
            continue
        roles = [(v, d) for _, v, rel, d in G.out_edges(m, keys=True, data=True) if rel in _PRESENT]
        present = sorted({v for v, _ in roles})
        dates = sorted({x for _, d in roles for x in d.get("dates", ())})
        H.add_nodes_from((p, G.nodes[p]) for p in present)
        for a, b in combinations(present, 2):
            if not H.has_edge(a, b):
                H.add_edge(a, b, relation="co-attended", weight=0, meetings=[], dates=[], docs=[])
            e = H.edges[a, b]
            e["weight"] += 1
            e["meetings"] = sorted({*e["meetings"], data["label"]})
            e["dates"] = sorted({*e["dates"], *dates})
            e["docs"] = sorted({*e["docs"], *data.get("docs", [])})
    return H


def meeting_timeline(source) -> list[dict]:
    """Meetings in date order (undated last), each with organisers and participants by role."""
    G = _entities(source)
    rows = []
    for m, data in G.nodes(data=True):
        if data["type"] != "meeting":
            continue
        roles: dict[str, list[str]] = {r: [] for r in PARTICIPATION}
        organizers = []
        for _, v, rel in G.out_edges(m, keys=True):
            if rel in roles:
                roles[rel].append(G.nodes[v]["label"])
            elif rel == "organizer":
                organizers.append(G.nodes[v]["label"])
        rows.append({"meeting": m, "name": data["label"], "date": data.get("date") or "",
                     "part_of_day": data.get("part_of_day") or "", "organizers": sorted(organizers),
                     **{r: sorted(names) for r, names in roles.items()}, "docs": data.get("docs", [])})
    return sorted(rows, key=lambda r: (not _is_date(r["date"]), r["date"], r["name"], r["meeting"]))


def timeline(G: nx.MultiDiGraph, person) -> list[dict]:
    """A person's posts and meetings in date order, from an ``entity_graph``.

    One row per post relation (holds, appointed, removed, resigned) or meeting role, with
    ``first``/``last`` (ISO dates; "" when undated, listed last), ``relation``, ``type``
    ("post" or "meeting"), ``label`` and ``articles`` (how many say so).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p", type="person", label="王建华")
    >>> G.add_node("q", type="post", label="某市市长")
    >>> G.add_node("m", type="meeting", label="市政府常务会议")
    >>> _ = G.add_edge("p", "q", key="holds", dates=["2023-05-02", "2023-01-04"], docs=["a", "b"])
    >>> _ = G.add_edge("m", "p", key="chair", dates=["2023-03-01"], docs=["c"])
    >>> [(r["first"], r["last"], r["relation"], r["label"]) for r in timeline(G, "p")]
    [('2023-01-04', '2023-05-02', 'holds', '某市市长'), ('2023-03-01', '2023-03-01', 'chair', '市政府常务会议')]
    """
    edges = [(v, rel, d) for _, v, rel, d in G.out_edges(person, keys=True, data=True) if rel in _PERSON_POST]
    edges += [(u, rel, d) for u, _, rel, d in G.in_edges(person, keys=True, data=True)
              if rel in PARTICIPATION and G.nodes[u].get("type") == "meeting"]
    rows = []
    for other, rel, d in edges:
        dates = sorted(x for x in d.get("dates", ()) if _is_date(x))
        rows.append({"first": dates[0] if dates else "", "last": dates[-1] if dates else "", "relation": rel,
                     "type": G.nodes[other].get("type", ""), "label": G.nodes[other].get("label", str(other)),
                     "articles": len(d.get("docs", ()))})
    order = {r: i for i, r in enumerate(_PERSON_POST + PARTICIPATION)}
    return sorted(rows, key=lambda r: (not r["first"], r["first"], r["last"], order[r["relation"]], r["label"]))


def between(G: nx.Graph, since: str | None = None, until: str | None = None) -> nx.Graph:
    """The subgraph seen within [since, until] (ISO dates, either open).

    A node stays when its first_seen..last_seen span meets the window, an edge when it
    has a date in the window; undated nodes and edges drop out once a window is set.

    >>> G = nx.Graph()
    >>> G.add_node("a", first_seen="2022-01-01", last_seen="2022-06-01")
    >>> G.add_node("b", first_seen="2023-01-01", last_seen="2023-01-01")
    >>> G.add_edge("a", "b", dates=["2023-01-01"])
    >>> list(between(G, since="2022-05-01", until="2022-12-31"))
    ['a']
    """
    if not since and not until:
        return G
    lo, hi = since or "0000-00-00", until or "9999-99-99"
    keep = {n for n, d in G.nodes(data=True) if d.get("first_seen") and d["first_seen"] <= hi and d["last_seen"] >= lo}
    return _induced(G, keep, lambda d: any(lo <= x <= hi for x in d.get("dates", ())))


def _induced(G: nx.Graph, keep: set, edge_ok=lambda d: True) -> nx.Graph:
    """A copy of the subgraph on ``keep``, in G's order (``G.subgraph`` may follow set
    order), with the edges whose data pass ``edge_ok``."""
    H = G.__class__(**G.graph)
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if n in keep)
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    H.add_edges_from(e for e in edges if e[0] in keep and e[1] in keep and edge_ok(e[-1]))
    return H


def neighbourhood(G: nx.Graph, name: str, depth: int = 1) -> nx.Graph:
    """Everything within ``depth`` hops (either direction) of the node(s) named ``name``.

    ``name`` matches a label, an alias or a node id exactly.

    >>> G = nx.path_graph(4)
    >>> nx.set_node_attributes(G, {i: f"n{i}" for i in G}, "label")
    >>> sorted(neighbourhood(G, "n0", depth=2))
    [0, 1, 2]
    """
    centres = [n for n, d in G.nodes(data=True)
               if name == n or name == d.get("label") or name in d.get("aliases", ())]
    if not centres:
        close = sorted({d.get("label", "") for _, d in G.nodes(data=True) if name in d.get("label", "")})[:10]
        hint = f"; labels containing it: {', '.join(close)}" if close else ""
        raise ValueError(f"no node is named {name!r}{hint}")
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    keep = set()
    for c in centres:
        keep.update(nx.single_source_shortest_path_length(U, c, cutoff=depth))
    return _induced(G, keep)


def centrality(G: nx.Graph, k: int = 10, pivots: int = 200) -> list[dict]:
    """The k most central nodes by betweenness, with degree and weighted degree ("strength").

    Betweenness is exact up to ``pivots`` nodes and estimated from that many seeded
    sources past it (about 20 s for 20k nodes and 50k edges at the default).

    >>> [r["label"] for r in centrality(nx.path_graph(3), k=1)]
    [1]
    """
    U = nx.Graph()
    U.add_nodes_from(G)
    for u, v, w in G.edges(data="weight", default=1):
        U.add_edge(u, v, weight=U.get_edge_data(u, v, {"weight": 0})["weight"] + w)
    sample = pivots if len(U) > pivots else None
    bc = _betweenness(U, sample)
    rows = [{"node": n, "label": G.nodes[n].get("label", n), "type": G.nodes[n].get("type", ""),
             "degree": U.degree(n), "strength": U.degree(n, weight="weight"), "betweenness": round(bc[n], 6)}
            for n in U]
    return sorted(rows, key=lambda r: (-r["betweenness"], -r["strength"], str(r["label"])))[:k]


def _betweenness(U: nx.Graph, k: int | None) -> dict:
    """``nx.betweenness_centrality(U, k=k, seed=0 if k else None)`` of an undirected graph,
    the same floats (the same sources, visits and sums in the same order), over node numbers
    and lists instead of node keys and dicts: about half the time."""
    import random
    from collections import deque

    from networkx.algorithms.centrality.betweenness import _rescale

    nodes = list(U)
    number = {n: i for i, n in enumerate(nodes)}
    adj = [[number[w] for w in U._adj[n]] for n in nodes]
    sources = nodes if k is None else random.Random(0).sample(nodes, k)
    bc = [0.0] * len(nodes)
    for source in sources:
        s = number[source]
        order: list[int] = []  # Brandes' S: nodes in order of distance
        preds: list[list[int]] = [[] for _ in nodes]
        sigma = [0.0] * len(nodes)
        dist = [-1] * len(nodes)
        sigma[s], dist[s] = 1.0, 0
        queue = deque([s])
        while queue:
            v = queue.popleft()
            order.append(v)
            dv, sv = dist[v] + 1, sigma[v]
            for w in adj[v]:
                if dist[w] < 0:
                    queue.append(w)
                    dist[w] = dv
                if dist[w] == dv:
                    sigma[w] += sv
                    preds[w].append(v)
        delta = [0.0] * len(nodes)
        while order:
            w = order.pop()
            coeff = (1 + delta[w]) / sigma[w]
            for v in preds[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                bc[w] += delta[w]
    return _rescale(dict(zip(nodes, bc)), len(U), normalized=True, directed=False, endpoints=False,
                    sampled_nodes=None if k is None else sources)


def communities(G: nx.Graph) -> list[list]:
    """Louvain communities (seeded, weight-aware), largest first, each sorted.

    >>> communities(nx.Graph([(1, 2), (3, 4)]))
    [[1, 2], [3, 4]]
    """
    U = nx.Graph(G) if G.is_directed() or G.is_multigraph() else G
    parts = nx.community.louvain_communities(U, weight="weight", seed=0)
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p[0]))


_SPRING_MAX = 250  # networkx's spring layout is dense (quadratic) and needs scipy from 500 nodes


def layout(G: nx.Graph, seed: int = 0, groups: dict | None = None) -> dict:
    """Seeded 2-D positions, about one unit apart, that scale to tens of thousands of nodes.

    Why not plain ``nx.spring_layout``: it is quadratic and needs scipy past 500 nodes. So
    a large graph is laid out in pieces: connected components packed side by side, largest
    first; a large component as its communities (``groups``, node -> community, when given,
    so the picture matches the colours; else its Louvain communities), each laid out the
    same way and placed where a spring layout of the community graph puts them.

    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and pos == layout(nx.path_graph(3))
    True
    """
    U = nx.Graph()
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())
    if not U:
        return {}
    return {n: (round(float(x), 3), round(float(y), 3)) for n, (x, y) in _layout(U, seed, groups=groups).items()}


def _layout(U: nx.Graph, seed: int, split: bool = True, groups: dict | None = None) -> dict:
    comps = sorted(nx.connected_components(U), key=len, reverse=True)
    if len(comps) == 1:
        return _connected(U, seed, split, groups)
    rank = {v: i for i, v in enumerate(U)}
    return _pack([_connected(_sub(U, c, rank), seed, split, groups) for c in comps])


def _sub(U: nx.Graph, nodes, rank: dict) -> nx.Graph:
    """The subgraph on ``nodes`` in U's order (``U.subgraph`` may iterate in set order,
    which changes with the hash seed and would make layouts differ between runs)."""
    H = nx.Graph()
    H.add_nodes_from(sorted(nodes, key=rank.__getitem__))
    H.add_edges_from((u, v) for u in H for v in U[u] if v in H)
    return H


def _connected(H: nx.Graph, seed: int, split: bool, groups: dict | None = None) -> dict:
    """Positions of one connected graph, centred on the origin.

    Past the spring layout's size it is cut into ``groups`` or its Louvain communities
    (``split``; once only, as Louvain dominates the time) or else into breadth-first chunks.
    """
    n = len(H)
    if n <= 2:
        return {v: np.array([float(i), 0.0]) for i, v in enumerate(H)}
    if n <= _SPRING_MAX:
        pos = nx.spring_layout(H, seed=seed, method="force")
        return {v: p * math.sqrt(n) * 0.6 for v, p in pos.items()}
    rank = {v: i for i, v in enumerate(H)}
    if split and groups is not None:
        by_group = defaultdict(list)
        for v in H:
            by_group[groups.get(v)].append(v)
        parts = list(by_group.values())
    else:
        parts = [sorted(p, key=rank.__getitem__) for p in nx.community.louvain_communities(H, seed=seed)] if split else []
    if not 1 < len(parts) < n:
        order = list(nx.bfs_tree(H, next(iter(H))))
        parts = [order[i:i + _SPRING_MAX] for i in range(0, n, _SPRING_MAX)]
    part_of = {v: i for i, p in enumerate(parts) for v in p}
    Q = nx.Graph()
    Q.add_nodes_from(range(len(parts)))
    Q.add_edges_from((part_of[u], part_of[v]) for u, v in H.edges() if part_of[u] != part_of[v])
    centres = _connected(Q, seed, split)
    spread = 1.2 * math.sqrt(n / len(parts))
    pos = {}
    for i, p in enumerate(parts):
        for v, xy in _layout(_sub(H, p, rank), seed, split=False).items():
            pos[v] = centres[i] * spread + xy
    return pos


def _pack(pieces: list[dict], aspect: float = 1.6) -> dict:
    """Pack laid-out pieces into a block about ``aspect`` times as wide as it is high.

    Skyline packing, tallest first, each piece where it rests lowest (then leftmost): the
    largest component sits top left and the small ones fill the band beside and below it,
    instead of a shelf of tiny pieces as tall as the largest.
    """
    boxes = []
    for pos in pieces:
        xy = np.array(list(pos.values()))
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        boxes.append((pos, lo, *(hi - lo + 1.2)))
    width = max(math.sqrt(sum(w * h for *_, w, h in boxes) * aspect), max(b[2] for b in boxes))
    xs, ys = [0.0], [0.0]  # the skyline: from xs[k] to the next break (or width) it is ys[k] high
    out = {}
    for pos, lo, w, h in sorted(boxes, key=lambda b: -b[3]):  # stable: ties keep the largest-first order
        best = None
        for i, x in enumerate(xs):
            if x + w > width + 1e-9 and best is not None:
                break
            j, top = i, 0.0
            while j < len(xs) and xs[j] < x + w - 1e-9:
                top = max(top, ys[j])
                j += 1
            if best is None or top < best[0] - 1e-9:
                best = (top, i, j)
        top, i, j = best
        x, end, under = xs[i], xs[i] + w, ys[j - 1]
        for v, p in pos.items():
            out[v] = p - lo + (x, top)
        right = [] if j < len(xs) and xs[j] <= end + 1e-9 or end >= width else [(end, under)]
        xs[i:j], ys[i:j] = [x] + [e for e, _ in right], [top + h] + [u for _, u in right]
        for k in (i + 1, i):  # merge level neighbours: the skyline stays a few steps long
            if 0 < k < len(xs) and abs(ys[k] - ys[k - 1]) < 1e-9:
                del xs[k], ys[k]
    centre = np.array(list(out.values())).mean(axis=0)
    return {v: p - centre for v, p in out.items()}
