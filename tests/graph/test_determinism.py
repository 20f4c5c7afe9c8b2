"""Same input, same bytes; a changed article replaces its own named graph and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import store
from kg.pipeline import build

ARTICLE = """临汾市召开市委常委会会议

2022-03-21 09:20:53 来源：临汾新闻网

临汾新闻网讯（记者 刘玉林）3月19日上午，市委书记闫晨曦主持召开市委常委会会议。市委副书记、市长李云峰，市委常委、副市长张潞萍出席会议。

闫晨曦强调，要从严从紧抓细抓实各项工作措施。

责任编辑：姚建
"""


@pytest.fixture(scope="module")
def second_build(tmp_path_factory, corpus_inputs) -> Path:
    out = tmp_path_factory.mktemp("second")
    build(corpus_inputs, out, progress=False, jobs=1)
    return out


def test_two_builds_give_identical_files(corpus_build, second_build):
    for name in ("graph.nq", "graph.trig", "graph.ttl"):
        assert (second_build / name).read_bytes() == (corpus_build / name).read_bytes(), name


def test_rebuilding_into_the_same_folder_changes_nothing(second_build, corpus_inputs):
    before = {name: (second_build / name).read_bytes() for name in ("graph.nq", "graph.trig", "graph.ttl")}
    report = build(corpus_inputs, second_build, progress=False, jobs=1)
    assert report.built == [] and report.unchanged
    assert {name: (second_build / name).read_bytes() for name in before} == before


def graphs(out: Path) -> dict[str, set[str]]:
    by_graph: dict[str, set[str]] = {}
    for line in store.nquad_lines(store.open_store(out, read_only=True)):
        cut = line.rindex(" <")
        by_graph.setdefault(line[cut + 1 :].strip(" .\n"), set()).add(line[:cut])
    return by_graph


def test_a_changed_article_replaces_its_named_graph(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    article, other = src / "a.txt", src / "b.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    other.write_text(ARTICLE.replace("临汾", "岚州"), encoding="utf-8")
    out = tmp_path / "out"
    build([src], out, progress=False, jobs=1)
    before = graphs(out)

    article.write_text(ARTICLE.replace("李云峰", "王志强"), encoding="utf-8")
    report = build([src], out, progress=False, jobs=1)
    after = graphs(out)

    assert len(report.built) == 1 and len(report.unchanged) == 1
    assert set(after) == set(before), "the article keeps its named graph IRI"
    changed = [g for g in after if after[g] != before[g] and not g.endswith("/graph/corpus>")]  # corpus graph: recomputed
    assert len(changed) == 1, "only the changed article's graph differs"
    old_only = before[changed[0]] - after[changed[0]]
    assert any("李云峰" in t for t in old_only) and not any("李云峰" in t for t in after[changed[0]])

    fresh = tmp_path / "fresh"
    build([src], fresh, progress=False, jobs=1)
    assert (fresh / "graph.nq").read_bytes() == (out / "graph.nq").read_bytes()
