"""Reading a graph at scale, in headless Chromium, on the build of examples/ (``corpus``):
isolated nodes hidden, labels by degree and zoom, communities that collapse, the searched
node's label on top, the --since/--until window in the pickers, a person's timeline."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg import network
from kg.explorer import explore, render
from kg.store import open_store

SINCE, UNTIL = "2023-05-01", "2023-06-30"


@pytest.fixture(scope="module")
def G(corpus):
    return network.entity_graph(open_store(corpus, read_only=True))


@pytest.fixture(scope="module")
def html(corpus, tmp_path_factory) -> Path:
    return explore(corpus, tmp_path_factory.mktemp("reading") / "examples.html")


def connected(G) -> set:
    return {n for n in G if any(v != n for v in nx.all_neighbors(G, n))}


def drawn(page) -> dict:
    """What vis-network draws now: node IRIs, edge dates, and drawn nodes without a drawn edge."""
    return page.evaluate("""() => {
        const b = kg.network.body, touched = new Set();
        b.edgeIndices.forEach((id) => { touched.add(b.edges[id].fromId); touched.add(b.edges[id].toId); });
        return {
            nodes: b.nodeIndices.filter((id) => typeof id === "number").map((id) => kg.info(id).iri),
            edgeDates: b.edgeIndices.map((id) => kg.edge(id).dates),
            alone: b.nodeIndices.filter((id) => !touched.has(id)).length,
        };
    }""")


def search(page, text):
    page.fill("#kg-search", text)
    page.press("#kg-search", "Enter")
    page.wait_js("!kg.moving()")  # the zoom animation
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def test_isolated_hidden_by_default_and_toggled(open_explorer, html, G):
    page = open_explorer(html)
    lonely = set(G) - connected(G)
    assert lonely  # the examples have organisations no relation reaches
    now = drawn(page)
    assert set(now["nodes"]) == connected(G) and now["alone"] == 0
    page.check("#kg-isolated")
    assert set(drawn(page)["nodes"]) == set(G)
    page.uncheck("#kg-isolated")
    assert set(drawn(page)["nodes"]) == connected(G)
    assert f"{len(lonely):,} isolated hidden" in page.inner_text("#kg-count")
    assert page.inner_text("#kg-isolated-count") == f"{len(lonely):,}"


def test_search_zooms_in_with_the_label_on_top(open_explorer, html, G):
    page = open_explorer(html)
    fitted = page.evaluate("kg.network.getScale()")
    hub = max((n for n, t in G.nodes(data="type") if t == "person"), key=lambda n: (len(list(nx.all_neighbors(G, n))), n))
    name = G.nodes[hub]["label"]
    search(page, name)
    seen = page.evaluate("""() => {
        const labels = kg.labels(), f = labels.find((l) => l.focus);
        if (!f) return null;
        const over = labels.filter((l) => !l.focus && l.x < f.x + f.w && f.x < l.x + l.w && l.y < f.y + f.h && f.y < l.y + l.h);
        const canvas = kg.network.canvas.frame.canvas, pr = kg.network.canvas.pixelRatio;
        const px = canvas.getContext("2d").getImageData(Math.ceil((f.x + 2) * pr), Math.ceil((f.y + 2) * pr),
                                                         Math.floor((f.w - 4) * pr), Math.floor((f.h - 4) * pr)).data;
        // every pixel is the label's paper (255, 251, 230), its black ink, or a blend of the two
        let paper = 0, ink = 0, foreign = 0;
        for (let i = 0; i < px.length; i += 4) {
            const k = px[i] / 255;
            if (Math.abs(px[i + 1] - 251 * k) > 12 || Math.abs(px[i + 2] - 230 * k) > 12) foreign++;
            else if (k === 1) paper++;
            else if (k < 0.5) ink++;
        }
        return {id: f.id, text: f.text, x: f.x, y: f.y, w: f.w, h: f.h, over: over.length, paper: paper, ink: ink, foreign: foreign,
                pixels: px.length / 4, W: canvas.clientWidth, H: canvas.clientHeight, scale: kg.network.getScale(),
                selected: kg.network.getSelectedNodes()};
    }""")
    assert seen is not None, "no label drawn for the searched node"
    assert seen["selected"] == [seen["id"]] and page.evaluate("(id) => kg.info(id).iri", seen["id"]) == hub
    assert seen["text"] == name
    assert seen["scale"] >= max(fitted, 1.2)  # zoomed in
    assert 0 <= seen["x"] and seen["x"] + seen["w"] <= seen["W"] and 0 <= seen["y"] and seen["y"] + seen["h"] <= seen["H"]
    assert seen["over"] == 0  # no other label overlaps it
    # the canvas there shows the label: its own paper and ink, nothing drawn over it
    assert seen["foreign"] == 0 and seen["ink"] > 30 and seen["paper"] > 0.3 * seen["pixels"]


def test_search_shows_an_isolated_node(open_explorer, html, G):
    page = open_explorer(html)
    labels = [d["label"] for _, d in G.nodes(data=True)]
    lonely = sorted(G.nodes[n]["label"] for n in set(G) - connected(G) if labels.count(G.nodes[n]["label"]) == 1)
    search(page, lonely[0])
    focus = [l for l in page.evaluate("kg.labels()") if l["focus"]]
    assert [l["text"] for l in focus] == [lonely[0]]
    assert page.evaluate("(id) => kg.isHidden(id)", focus[0]["id"]) is False


def test_date_window_in_the_pickers_and_the_graph(open_explorer, corpus, G, tmp_path):
    page = open_explorer(explore(corpus, tmp_path / "window.html", since=SINCE, until=UNTIL))
    assert (page.input_value("#kg-from"), page.input_value("#kg-to")) == (SINCE, UNTIL)
    window = network.between(G, SINCE, UNTIL)
    now = drawn(page)
    assert now["nodes"] and set(now["nodes"]) == connected(window) and now["alone"] == 0
    assert all(any(SINCE <= d <= UNTIL for d in dates) for dates in now["edgeDates"])


def test_pickers_narrow_like_since_until(open_explorer, html, G):
    page = open_explorer(html)
    page.fill("#kg-from", SINCE)
    page.fill("#kg-to", UNTIL)
    page.dispatch_event("#kg-to", "change")
    now = drawn(page)
    assert set(now["nodes"]) == connected(network.between(G, SINCE, UNTIL)) and now["alone"] == 0


def test_communities_collapse_and_open_on_double_click(open_explorer, html):
    page = open_explorer(html)
    before = page.evaluate("kg.network.body.nodeIndices.length")
    community = page.evaluate("""() => {
        const ids = kg.network.body.nodeIndices.filter((id) => kg.info(id).community === 0);
        return {members: ids.length, colours: [...new Set(ids.map((id) => kg.network.body.nodes[id].options.color.background))]};
    }""")
    assert community["members"] >= 3 and len(community["colours"]) == 1
    page.check("#kg-communities input[value='0']")
    assert page.evaluate("kg.network.isCluster('community:0')")
    assert page.evaluate("kg.network.body.nodeIndices.length") == before - community["members"] + 1
    assert page.evaluate("kg.network.body.nodes['community:0'].options.color.background") == community["colours"][0]
    page.evaluate("kg.network.focus('community:0', {scale: 1})")
    page.wait_for_timeout(100)
    box = page.locator("#kg-graph").bounding_box()
    at = page.evaluate("kg.network.canvasToDOM(kg.network.getPosition('community:0'))")
    page.mouse.dblclick(box["x"] + at["x"], box["y"] + at["y"])
    assert not page.evaluate("kg.network.isCluster('community:0')")
    assert page.evaluate("kg.network.body.nodeIndices.length") == before
    assert not page.is_checked("#kg-communities input[value='0']")
    page.click("#kg-collapse-all")
    clusters = page.evaluate("kg.network.body.nodeIndices.filter((id) => kg.network.isCluster(id)).length")
    assert clusters == page.evaluate("kg.collapsed().length") >= 2


def test_person_timeline_in_the_card(open_explorer, html, G):
    page = open_explorer(html)
    person = max((n for n, t in G.nodes(data="type") if t == "person"), key=lambda n: (len(network.timeline(G, n)), n))
    rows = network.timeline(G, person)
    search(page, G.nodes[person]["label"])
    assert f"timeline ({len(rows)})" in page.inner_text("#kg-info")
    items = page.locator("#kg-info .kg-timeline li").all_inner_texts()
    assert len(items) == len(rows) >= 5
    for item, r in zip(items, rows):
        assert item.startswith(r["first"]) and r["relation"] in item and r["label"] in item
    assert [r["first"] for r in rows if r["first"]] == sorted(r["first"] for r in rows if r["first"])


def test_labels_few_when_fitted_all_when_zoomed_in(open_explorer, tmp_path):
    """A 1,500-node tree with hubs: at the fitted zoom only hubs are named; zoomed in, every node in view."""
    T = nx.barabasi_albert_graph(1500, 1, seed=2)
    H = nx.Graph()
    for n in T:
        H.add_node(f"n{n}", type=("person", "post", "organization", "meeting")[n % 4], label=f"节点{n}")
    H.add_edges_from((f"n{u}", f"n{v}") for u, v in T.edges())
    page = open_explorer(render(H, tmp_path / "tree.html", physics_threshold=0).path)
    fitted = page.evaluate("kg.labels()")
    degree = sorted((d for _, d in H.degree()), reverse=True)
    assert 10 <= len(fitted) <= 30
    assert min(H.degree(page.evaluate("(id) => kg.info(id).iri", l["id"])) for l in fitted) >= degree[150]
    hub = page.evaluate("(l) => kg.byLabel(l)", H.nodes[max(H, key=H.degree)]["label"])
    named = []
    for scale in (2.5, 4):  # around the biggest hub, where nodes are densest
        page.evaluate("([id, s]) => kg.network.moveTo({position: kg.network.getPosition(id), scale: s})", [hub, scale])
        page.wait_for_timeout(100)
        named.append(page.evaluate("""() => {
            const net = kg.network, c = net.canvas.frame.canvas, W = c.clientWidth, H = c.clientHeight;
            const inside = net.body.nodeIndices.filter((id) => {
                const p = net.canvasToDOM(net.getPosition(id));
                return p.x > 60 && p.x < W - 60 && p.y > 20 && p.y < H - 60;
            });
            const named = new Set(kg.labels().map((l) => l.id));
            return [inside.length, inside.filter((id) => named.has(id)).length];
        }"""))
    (inside, some), (close, every) = named
    assert inside > 30 and some >= 0.9 * inside  # past the budget: nearly all fit beside each other
    assert close >= 10 and every == close
