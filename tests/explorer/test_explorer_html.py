"""The explorer file itself: self-contained, escaped, deterministic."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import networkx as nx
import pytest

from kg import network
from kg.cli import main
from kg.explorer import PALETTE, VIEWS, explore, explore_page
from kg.store import open_store


class Tags(HTMLParser):
    """Collects start tags and the text of <style> and <script> elements."""

    def __init__(self):
        super().__init__()
        self.tags, self.styles, self.scripts, self._in = [], [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("style", "script") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self.styles.append(data)
        elif self._in == "script":
            self.scripts.append(data)


def parse(path) -> Tags:
    t = Tags()
    t.feed(path.read_text(encoding="utf-8"))
    return t


@pytest.mark.parametrize("view", VIEWS)
def test_no_external_references(corpus, tmp_path, view):
    page = parse(explore(corpus, tmp_path / f"{view}.html", view=view))
    assert not [a for tag, a in page.tags if tag == "script" and "src" in a]
    assert not [tag for tag, _ in page.tags if tag in ("link", "iframe", "img", "base", "object", "embed")]
    for tag, attrs in page.tags:
        for value in attrs.values():
            assert not re.match(r"\s*(https?:)?//", value or ""), (tag, attrs)
    for css in page.styles:
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", css)
    assert len(page.scripts) == 3  # the data block, vis-network, the explorer's own code


def test_data_block_and_determinism(corpus, tmp_path):
    a = explore(corpus, tmp_path / "a.html")
    b = explore(corpus, tmp_path / "b.html")
    assert a.read_bytes() == b.read_bytes()
    data = json.loads(parse(a).scripts[0])
    assert data["options"]["physics"]["enabled"] is True
    assert {n["type"] for n in data["nodes"]} == {"person", "post", "organization", "meeting"}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


DIGEST = """
import hashlib, sys
import networkx as nx
from kg.explorer import explore
from kg.network import layout
page = explore(sys.argv[1], sys.argv[2], focus="欧阳志远", depth=2).read_bytes()
big = nx.relabel_nodes(nx.barabasi_albert_graph(600, 2, seed=1), str)  # string nodes, past the spring size
print(hashlib.sha256(page + explore(sys.argv[1], sys.argv[2]).read_bytes() + repr(layout(big)).encode()).hexdigest())
"""


def test_same_output_across_hash_seeds(corpus, tmp_path):
    """Set iteration order changes with PYTHONHASHSEED; the page and layout must not."""
    digests = {
        subprocess.run([sys.executable, "-c", DIGEST, str(corpus), str(tmp_path / f"{seed}.html")],
                       env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_physics_threshold(corpus, tmp_path):
    data = json.loads(parse(explore(corpus, tmp_path / "x.html", physics_threshold=10)).scripts[0])
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True


def test_focus_and_window(corpus, tmp_path):
    data = json.loads(parse(explore(corpus, tmp_path / "f.html", focus="陈立峰", depth=1)).scripts[0])
    assert "陈立峰" in {n["label"] for n in data["nodes"]} and len(data["nodes"]) < 20
    data = json.loads(parse(explore(corpus, tmp_path / "w.html", since="2023-04-01", until="2023-04-30")).scripts[0])
    assert data["edges"] and all(any(d.startswith("2023-04-") for d in e["dates"]) for e in data["edges"])
    assert all(n["first"] <= "2023-04-30" and n["last"] >= "2023-04-01" for n in data["nodes"])
    with pytest.raises(ValueError, match="ISO date"):
        explore(corpus, tmp_path / "bad.html", since="last spring")
    with pytest.raises(ValueError, match="unknown view"):
        explore(corpus, tmp_path / "bad.html", view="everything")


def test_untrusted_text_never_raw(xss_build, tmp_path, payloads):
    html = explore(xss_build, tmp_path / "xss.html").read_text(encoding="utf-8")
    for p in payloads:
        assert p not in html
    data = json.loads(parse(tmp_path / "xss.html").scripts[0])
    assert payloads[0] + "日报" in {n["label"] for n in data["nodes"]}  # the payload survives as text


def test_page_counts_and_cli_summary(corpus, tmp_path, capsys):
    page = explore_page(corpus, tmp_path / "p.html")
    data = json.loads(parse(page.path).scripts[0])
    G = network.entity_graph(open_store(corpus, read_only=True))
    lonely = {n for n in G if not any(v != n for v in nx.all_neighbors(G, n))}
    assert (page.nodes, page.edges, page.isolated) == (len(G), len(data["edges"]), len(lonely))
    assert {n["iri"] for n in data["nodes"] if n.get("hidden")} == lonely
    assert main(["explore", str(corpus), "--out", str(tmp_path / "cli.html")]) == 0
    err = capsys.readouterr().err
    assert f"{len(G) - len(lonely):,} nodes, {page.edges:,} edges shown; {len(lonely):,} isolated hidden" in err


def test_isolated_nodes_wait_below_the_graph(corpus, tmp_path):
    data = json.loads(parse(explore(corpus, tmp_path / "i.html")).scripts[0])
    shown = [n for n in data["nodes"] if not n.get("hidden")]
    lonely = [n for n in data["nodes"] if n.get("hidden")]
    assert lonely and all(n["degree"] == 0 and n["physics"] is False for n in lonely)
    assert min(n["y"] for n in lonely) > max(n["y"] for n in shown)


def test_communities_coloured_largest_first(corpus, tmp_path):
    data = json.loads(parse(explore(corpus, tmp_path / "c.html")).scripts[0])
    sizes = [c["size"] for c in data["communities"]]
    assert sizes == sorted(sizes, reverse=True) and min(sizes) >= 3
    assert [c["color"] for c in data["communities"]][:len(PALETTE)] == list(PALETTE[:len(sizes)])
    members = {}
    for n in data["nodes"]:
        if n["degree"] == 0:
            assert n["community"] is None
        if n["community"] is not None:
            assert n["color"] == data["communities"][n["community"]]["color"]
            members[n["community"]] = members.get(n["community"], 0) + 1
    assert [members[i] for i in range(len(sizes))] == sizes


def test_window_is_what_the_pickers_show(corpus, tmp_path):
    data = json.loads(parse(explore(corpus, tmp_path / "w.html", since="2021-06-01", until="2023-06-30")).scripts[0])
    assert data["span"] == ["2021-06-01", "2023-06-30"]
    data = json.loads(parse(explore(corpus, tmp_path / "o.html", since="2021-06-01")).scripts[0])
    assert data["span"][0] == "2021-06-01" and data["span"][1] == max(n["last"] for n in data["nodes"] if n["last"])


def test_person_timeline_in_the_data(corpus, tmp_path):
    G = network.entity_graph(open_store(corpus, read_only=True))
    data = json.loads(parse(explore(corpus, tmp_path / "t.html")).scripts[0])
    people = [n for n in data["nodes"] if n["type"] == "person"]
    assert any(n.get("timeline") for n in people)
    assert not any(n.get("timeline") for n in data["nodes"] if n["type"] != "person")
    for n in people:
        rows = network.timeline(G, n["iri"])
        assert n.get("timeline", []) == [[r["first"], r["last"], r["relation"], r["label"], r["articles"]] for r in rows]
        dated = [r[0] for r in n.get("timeline", []) if r[0]]
        assert dated == sorted(dated)
