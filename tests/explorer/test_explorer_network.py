"""NetworkX projections of a build (kg.network) against the examples (001 and 006 above all) and the named queries."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
import pytest

from kg import network
from kg.queries import named_query, run
from kg.store import open_store

REF_PERSONS = {"陈立峰", "欧阳志远", "孟凡", "贺建军", "阿依古丽·买买提", "宋雨桐"}  # examples/001_city_standing.txt
REF_MEETING = "市委常委会第三十一次会议"
REF_DOC = "001_city_standing"
RELATIONS = {"holds", "appointed", "removed", "resigned", "postIn", "subOrganizationOf", "organizer", "jointPart",
             *network.PARTICIPATION}


@pytest.fixture(scope="module")
def store(corpus):
    return open_store(corpus, read_only=True)


@pytest.fixture(scope="module")
def G(store):
    return network.entity_graph(store)


def labels(G, typ):
    return {d["label"] for _, d in G.nodes(data=True) if d["type"] == typ}


def node(G, label):
    (n,) = [n for n, d in G.nodes(data=True) if d["label"] == label]
    return n


def test_entity_graph_types_and_no_literal_nodes(G):
    assert {d["type"] for _, d in G.nodes(data=True)} == {"person", "post", "organization", "meeting"}
    assert all(n.startswith("https://") for n in G)
    assert {k for *_, k in G.edges(keys=True)} <= RELATIONS
    assert all(k == d["relation"] for *_, k, d in G.edges(keys=True, data=True))


def test_reference_persons_and_meeting(G):
    assert REF_PERSONS <= labels(G, "person")
    m = G.nodes[node(G, REF_MEETING)]
    assert (m["date"], m["part_of_day"], m["docs"]) == ("2023-04-17", "上午", [REF_DOC])
    assert m["first_seen"] == "2023-04-17"
    roles = {(G.nodes[v]["label"], rel) for _, v, rel in G.out_edges(node(G, REF_MEETING), keys=True)}
    assert {("陈立峰", "chair"), ("陈立峰", "speaker"), ("欧阳志远", "attendee"), ("贺建军", "attendee"),
            ("吴冠华", "observer"), ("万启明", "absent")} <= roles


def test_node_counts_match_named_queries(store, G):
    _, people = run(store, named_query("people"))
    _, orgs = run(store, named_query("organizations"))
    _, meetings = run(store, named_query("meetings"))
    assert {r[0] for r in people} == {n for n, t in G.nodes(data="type") if t == "person"}
    graph_orgs = {n for n, t in G.nodes(data="type") if t == "organization"}
    written = {r[0] for r in orgs}  # the query lists the organisations an article writes …
    assert written <= graph_orgs
    _, mentioned = run(store, "SELECT DISTINCT ?o WHERE { ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?o }")
    # … the graph also holds organisations no article writes: of posts (市长 -> 市政府), publishers
    assert not (graph_orgs - written) & {r[0] for r in mentioned}
    assert {r[0] for r in meetings} <= {n for n, t in G.nodes(data="type") if t == "meeting"}


def test_evidence_on_edges(G):
    chair = G.edges[node(G, REF_MEETING), node(G, "陈立峰"), "chair"]
    assert chair["docs"] == [REF_DOC] and chair["dates"] == ["2023-04-17"]
    assert any("主持" in s for s in chair["sentences"])
    holds = G.edges[node(G, "陈立峰"), node(G, "岚州市委书记"), "holds"]
    assert holds["dates"] == ["2023-06-15"] and holds["docs"] == ["006_province_inspection"]
    assert G.has_edge(node(G, "岚州市委书记"), node(G, "中共岚州市委员会"), "postIn")


def test_aliases_are_attributes(G):
    assert "陳立峰" in G.nodes[node(G, "陈立峰")]["aliases"]


def test_coattendance_among_reference_attendees(G):
    C = network.coattendance_graph(G)
    assert set(C.nodes(data="type")) <= {(n, "person") for n in C}
    for a, b in combinations(("陈立峰", "欧阳志远", "贺建军"), 2):
        e = C.edges[node(G, a), node(G, b)]
        assert REF_MEETING in e["meetings"] and "2023-04-17" in e["dates"] and e["weight"] == len(e["meetings"])
    two = C.edges[node(G, "欧阳志远"), node(G, "贺建军")]  # also together at 002's executive meeting
    assert two["weight"] == 2 and two["meetings"] == [REF_MEETING, "市政府第二十五次常务会议"]
    assert not C.has_edge(node(G, "万启明"), node(G, "陈立峰"))  # absent from the only meeting they share


def test_absent_people_do_not_coattend():
    G = nx.MultiDiGraph()
    G.add_node("m", type="meeting", label="会", docs=[])
    G.add_node("a", type="person", label="a")
    G.add_node("b", type="person", label="b")
    G.add_edge("m", "a", key="chair", dates=[])
    G.add_edge("m", "b", key="absent", dates=[])
    assert network.coattendance_graph(G).number_of_edges() == 0


def test_person_org_through_posts(G):
    P = network.person_org_graph(G)
    oy = node(G, "欧阳志远")
    orgs = {P.nodes[o]["label"]: P.edges[oy, o] for o in P[oy]}
    assert {"岚州市人民政府", "中共岚州市委员会"} <= set(orgs)
    assert orgs["岚州市人民政府"]["posts"] == ["岚州市市长"]
    assert {P.nodes[n]["type"] for n in P} == {"person", "organization"}


def test_projections_accept_a_store(store, G):
    assert nx.utils.graphs_equal(network.coattendance_graph(store), network.coattendance_graph(G))


def test_meeting_timeline_sorted(G):
    rows = network.meeting_timeline(G)
    dated = [r["date"] for r in rows if r["date"][:1].isdigit()]
    assert dated == sorted(dated)
    ref = next(r for r in rows if r["name"] == REF_MEETING)
    assert ref["chair"] == ["陈立峰"] and {"欧阳志远", "贺建军"} <= set(ref["attendee"]) and ref["absent"] == ["万启明"]
    assert ref["organizers"] == ["市委常委会"]


def test_between_and_neighbourhood(G):
    april = network.between(G, "2023-04-01", "2023-04-30")
    assert april and all(d["first_seen"] <= "2023-04-30" and d["last_seen"] >= "2023-04-01" for _, d in april.nodes(data=True))
    assert REF_PERSONS <= labels(april, "person") and "程远航" not in labels(april, "person")  # only in July (005)
    ego = network.neighbourhood(G, "陳立峰", depth=1)  # an alias finds the node
    assert {"岚州市委书记", REF_MEETING} <= {d["label"] for _, d in ego.nodes(data=True)}
    with pytest.raises(ValueError, match="立峰"):
        network.neighbourhood(G, "立峰")


def test_centrality_and_communities(G):
    C = network.coattendance_graph(G)
    top = network.centrality(C, k=3)
    assert len(top) == 3 and top == network.centrality(C, k=3)
    assert top[0]["betweenness"] >= top[-1]["betweenness"]
    parts = network.communities(C)
    assert sorted(n for p in parts for n in p) == sorted(C)
    trio = {node(G, x) for x in ("陈立峰", "欧阳志远", "贺建军")}
    assert any(trio <= set(p) for p in parts)


def test_layout_is_deterministic_and_spread():
    G = nx.barabasi_albert_graph(1200, 2, seed=3)  # past networkx's dense spring layout
    pos = network.layout(G)
    assert pos == network.layout(G) and set(pos) == set(G)
    assert len(set(pos.values())) == len(G)


def test_components_packed_without_overlap_largest_top_left():
    parts = [nx.barabasi_albert_graph(300, 1, seed=1)] + [nx.path_graph(2 + i % 4) for i in range(150)]
    G = nx.disjoint_union_all(parts)
    pos = network.layout(G)
    assert pos == network.layout(G) and len(set(pos.values())) == len(G)
    boxes, start = [], 0
    for part in parts:
        xy = [pos[start + i] for i in range(len(part))]
        boxes.append((min(x for x, _ in xy), min(y for _, y in xy), max(x for x, _ in xy), max(y for _, y in xy)))
        start += len(part)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)
    left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    assert (boxes[0][0], boxes[0][1]) == (left, top)  # the largest component sits top left
    beside = [b for b in boxes[1:] if b[0] > boxes[0][2] and boxes[0][1] + 2 < b[1] < boxes[0][3]]
    assert len(beside) > 20  # small ones fill the band beside it, not one row along its top
    right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    assert 1.0 < (right - left) / (bottom - top) < 2.5  # a block wider than high, like a screen


def test_betweenness_is_networkx_to_the_last_bit():
    """network._betweenness, Brandes over node numbers, gives networkx's very floats, exact and
    sampled (the same seeded sources), on graphs with ties, isolated nodes and several parts."""
    import networkx as nx

    from kg.network import _betweenness

    for n in range(12):
        g = nx.gnm_random_graph(20 + 25 * n, 3 * (20 + 25 * n), seed=n)
        g.add_nodes_from(range(1000, 1003))  # isolated
        g = nx.relabel_nodes(g, {i: f"人{(i * 7919) % 10007}" for i in g})
        for k in (None, 15):
            assert _betweenness(g, k) == nx.betweenness_centrality(g, k=k, seed=0 if k else None)
