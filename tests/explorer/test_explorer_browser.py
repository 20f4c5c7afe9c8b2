"""The explorer in headless Chromium: offline load, search, filters, escaping, a screenshot."""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg import network
from kg.explorer import explore, explore_page
from kg.store import open_store

ARTIFACTS = Path(__file__).parent / "artifacts"  # git-ignored


@pytest.fixture(scope="module")
def corpus_page(corpus, tmp_path_factory):
    return explore_page(corpus, tmp_path_factory.mktemp("html") / "explorer.html")


@pytest.fixture(scope="module")
def corpus_html(corpus_page):
    return corpus_page.path


def node_id(page, label):
    return page.evaluate("(l) => kg.byLabel(l)", label)


def connected(G) -> list:
    """The nodes with an edge to another node."""
    return [n for n in G if any(v != n for v in nx.all_neighbors(G, n))]


def test_loads_offline_and_draws_every_connected_node(open_explorer, offline_page, corpus, corpus_page):
    page = open_explorer(corpus_page.path)
    assert page.attempted == [] and not page.errors
    G = network.entity_graph(open_store(corpus, read_only=True))
    shown = len(connected(G))
    assert (corpus_page.nodes, corpus_page.nodes - corpus_page.isolated) == (len(G), shown)
    assert page.evaluate("kg.network.body.nodeIndices.length") == shown < len(G)
    assert page.evaluate("kg.network.body.edgeIndices.length") == corpus_page.edges
    assert page.evaluate("document.getElementById('kg-count').textContent") == \
        f"{shown:,} / {len(G):,} nodes · {corpus_page.edges:,} edges · {len(G) - shown:,} isolated hidden"


def test_search_selects_and_focuses(open_explorer, corpus_html):
    page = open_explorer(corpus_html)
    page.fill("#kg-search", "欧阳志远")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kg.network.getSelectedNodes()") == [node_id(page, "欧阳志远")]
    assert "欧阳志远" in page.inner_text("#kg-info")
    page.fill("#kg-search", "陳立峰")  # an alias
    page.press("#kg-search", "Enter")
    assert page.evaluate("kg.network.getSelectedNodes()") == [node_id(page, "陈立峰")]


def test_type_and_date_filters(open_explorer, corpus, corpus_html):
    page = open_explorer(corpus_html)
    G = network.entity_graph(open_store(corpus, read_only=True))
    posts = sum(1 for n in connected(G) if G.nodes[n]["type"] == "post")
    shown = page.evaluate("kg.network.body.nodeIndices.length")
    page.uncheck("#kg-legend input[value=post]")
    assert page.evaluate("kg.network.body.nodeIndices.length") == shown - posts
    page.check("#kg-legend input[value=post]")
    page.fill("#kg-from", "2023-04-01")
    page.fill("#kg-to", "2023-04-30")
    page.dispatch_event("#kg-to", "change")
    april = network.between(G, "2023-04-01", "2023-04-30")
    assert 0 < page.evaluate("kg.network.body.nodeIndices.length") == len(connected(april)) < len(G)


def test_untrusted_text_stays_text(open_explorer, offline_page, xss_build, tmp_path, payloads):
    page = open_explorer(explore(xss_build, tmp_path / "xss.html"))
    box = page.locator("#kg-graph").bounding_box()
    points = page.evaluate("""() => {
        const net = kg.network, at = (p) => net.canvasToDOM(p);
        const nodes = net.body.nodeIndices.map((id) => at(net.getPosition(id)));
        const edges = kg.edges.get().map((e) => {
            const a = net.getPosition(e.from), b = net.getPosition(e.to);
            return at({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
        });
        return nodes.concat(edges);
    }""")
    shown = []
    for p in points:
        page.mouse.move(box["x"] + p["x"], box["y"] + p["y"])
        page.wait_for_timeout(30)
        shown.append(page.inner_text("#kg-tip"))
        page.mouse.click(box["x"] + p["x"], box["y"] + p["y"])
        shown.append(page.inner_text("#kg-info"))
    text = "\n".join(shown)
    assert payloads[0] in text and payloads[1] in text  # rendered, as text
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == [] and page.attempted == [] and not page.errors
    assert page.evaluate("document.querySelectorAll('img, #kg-tip script, #kg-info script, a[href^=javascript]').length") == 0


def test_screenshot(open_explorer, corpus_html, tmp_path):
    page = open_explorer(corpus_html)
    page.fill("#kg-search", "陈立峰")
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(400)  # the focus animation
    shot = page.screenshot(path=tmp_path / "explorer.png")
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 20_000
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(tmp_path / "explorer.png", ARTIFACTS / "explorer.png")
