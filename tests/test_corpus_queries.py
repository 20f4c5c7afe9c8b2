"""The corpus summary (``schema:mentions`` in the corpus graph) and the queries that read it:
the summary names exactly the people and organisations the article graphs refer to, the
``organizations`` query and the co-attendance projection give what the per-article joins
gave, and a rebuild that changes or drops an article updates the summary. The articles are
ours (real cities, invented officials)."""

from __future__ import annotations

import pytest

from kg import network, queries, store
from kg.corpus import corpus_graph_iri
from kg.pipeline import build
from kg.rdf import SPARQL_PREFIXES

LINFEN = "临汾新闻网"


def article(date: str, title: str, body: str) -> str:
    return f"{title}\n\n{date} 10:00:00 来源：{LINFEN}\n\n{LINFEN}讯（记者 钱晓岚）{body}\n"


CORPUS = {
    "c1": article("2021-03-09", "市委常委会召开会议", "3月8日上午，市委书记周文斌主持召开市委常委会会议。市委副书记、市长刘振邦，"
                  "市人大常委会主任马国梁出席会议。市发展改革委、市财政局负责同志列席会议。"),
    "c2": article("2021-05-12", "市政府召开常务会议", "5月11日，市委副书记、市长刘振邦主持召开市政府常务会议。副市长许丽华出席会议。"),
    "c3": article("2021-06-02", "市委理论学习中心组集中学习", "6月1日，市委书记周文斌主持市委理论学习中心组集中学习，市委副书记、市长刘振邦出席。"),
}
# c2 rewritten: the meeting is now chaired by another vice mayor and names the finance bureau.
C2_CHANGED = article("2021-05-12", "市政府召开常务会议", "5月11日，副市长许丽华主持召开市政府常务会议。市财政局负责同志列席会议。")

# The organizations query as it was before the summary: a join inside every article graph.
ORGANIZATIONS_PER_GRAPH = SPARQL_PREFIXES + """
SELECT ?organization ?name ?parent (GROUP_CONCAT(DISTINCT STR(?alt); separator="|") AS ?aliases) ?doc WHERE {
  GRAPH ?g {
    ?organization a org:Organization ; rdfs:label ?name .
    FILTER EXISTS { ?mention itsrdf:taIdentRef ?organization }
    OPTIONAL { ?organization org:subOrganizationOf ?po . ?po rdfs:label ?parent }
    OPTIONAL { ?organization skos:altLabel ?alt }
    ?art a schema:NewsArticle ; schema:identifier ?doc .
  }
}
GROUP BY ?organization ?name ?parent ?doc
ORDER BY ?doc ?name"""

# Who each article names, read from the article graphs themselves (the mentions' referents).
NAMED_IN_ARTICLES = SPARQL_PREFIXES + """
SELECT DISTINCT ?doc ?e ?label WHERE {
  VALUES ?cls { foaf:Person org:Organization }
  GRAPH ?g { ?m itsrdf:taIdentRef ?e . ?e a ?cls ; rdfs:label ?label . ?art a schema:NewsArticle ; schema:identifier ?doc }
}"""
NAMED_IN_SUMMARY = SPARQL_PREFIXES + """
SELECT DISTINCT ?doc ?e ?label WHERE {
  GRAPH <%s> { ?art schema:mentions ?e . ?e rdfs:label ?label }
  GRAPH ?g { ?art schema:identifier ?doc }
}"""


def write(folder, texts: dict[str, str]) -> None:
    for old in folder.glob("*.txt"):
        old.unlink()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def rows(out, sparql: str) -> list[tuple[str, ...]]:
    return sorted(map(tuple, queries.run(store.open_store(out, read_only=True), sparql)[1]))


def summary(out) -> list[tuple[str, ...]]:
    return rows(out, NAMED_IN_SUMMARY % corpus_graph_iri())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src, out = tmp_path_factory.mktemp("cq_in"), tmp_path_factory.mktemp("cq_out")
    write(src, CORPUS)
    build([src], out, progress=False, jobs=1, exports=False)
    return src, out


def test_the_summary_names_what_the_article_graphs_refer_to(built):
    _, out = built
    got = summary(out)
    assert got == rows(out, NAMED_IN_ARTICLES)
    names = {(doc, label) for doc, _, label in got}
    assert {("c1", "周文斌"), ("c1", "马国梁"), ("c2", "许丽华"), ("c3", "刘振邦")} <= names
    assert ("c2", "周文斌") not in names  # c2 does not name him


def test_organizations_query_gives_the_per_article_rows(built):
    _, out = built
    st = store.open_store(out, read_only=True)
    new = queries.run(st, queries.named_query("organizations"))
    old = queries.run(st, ORGANIZATIONS_PER_GRAPH)
    assert new[0] == old[0] == ["organization", "name", "parent", "aliases", "doc"]
    assert new[1] == old[1] and {r[4] for r in new[1]} == set(CORPUS)


def test_coattendance_from_the_store_matches_the_entity_graph(built):
    _, out = built
    st = store.open_store(out, read_only=True)
    light, full = network.coattendance_graph(network.attendance_graph(st)), network.coattendance_graph(st)
    assert list(light.nodes) == list(full.nodes) and light.number_of_edges() > 0
    assert sorted(light.edges(data=True)) == sorted(full.edges(data=True))
    assert {light.nodes[n]["label"] for n in light} == {full.nodes[n]["label"] for n in full}
    assert network.centrality(light) == network.centrality(full)
    assert network.communities(light) == network.communities(full)


NETWORK_MEASURES = SPARQL_PREFIXES + """
SELECT ?p ?degree ?strength ?betweenness ?community WHERE { GRAPH <%s> {
  ?p kg:coAttendeeCount ?degree ; kg:sharedMeetingCount ?strength ; kg:betweenness ?betweenness ; kg:community ?community } }"""


def measured(out) -> dict[str, tuple]:
    return {p: (int(d), int(s), float(b), int(c)) for p, d, s, b, c in rows(out, NETWORK_MEASURES % corpus_graph_iri())}


def test_the_build_stores_the_network_measures_that_kg_stats_prints(built, capsys):
    from kg import cli

    _, out = built
    G = network.coattendance_graph(network.attendance_graph(store.open_store(out, read_only=True)))
    live = network.centrality(G, k=len(G))
    community = {p: i for i, members in enumerate(network.communities(G)) for p in members}
    assert len(G) == 4 and measured(out) == {r["node"]: (r["degree"], r["strength"], r["betweenness"], community[r["node"]])
                                             for r in live}
    assert cli.main(["stats", str(out), "--top", "3"]) == 0
    printed = capsys.readouterr().out
    assert f"co-attendance: 4 people, {G.number_of_edges()} pairs, {len(set(community.values()))} communities" in printed
    table = [line.split() for line in printed.split("co-attendance:")[1].splitlines()[3:6]]
    assert [row[0] for row in table] == [r["label"] for r in live[:3]]
    assert [row[1:3] for row in table] == [[str(r["degree"]), str(r["strength"])] for r in live[:3]]


def test_kg_stats_measures_a_store_built_without_the_measures(built, tmp_path, capsys):
    """A store from before the build measured the network: the same output, measured on the spot."""
    import shutil

    from kg import cli

    _, out = built
    assert cli.main(["stats", str(out)]) == 0
    stored = capsys.readouterr().out
    old = tmp_path / "old"
    shutil.copytree(out, old)
    st = store.open_store(old)
    st.update(SPARQL_PREFIXES + "DELETE WHERE { GRAPH ?c { ?n a kg:CoAttendanceNetwork ; ?p ?o } }")
    st.flush()
    del st
    assert cli.main(["stats", str(old)]) == 0
    assert capsys.readouterr().out == stored


def test_a_rebuild_that_changes_and_drops_articles_updates_the_summary(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    write(src, CORPUS)
    build([src], out, progress=False, jobs=1, exports=False)
    before = summary(out)
    assert ("c3", "周文斌") in {(d, label) for d, _, label in before}

    write(src, {"c1": CORPUS["c1"], "c2": C2_CHANGED})  # c2 changed, c3 gone
    report = build([src], out, progress=False, jobs=1, exports=False, prune=True)
    assert report.built == ["c2"] and report.unchanged == ["c1"] and len(report.pruned) == 1

    after = summary(out)
    assert after == rows(out, NAMED_IN_ARTICLES)
    assert {d for d, _, _ in after} == {"c1", "c2"}
    c2 = {label for d, _, label in after if d == "c2"}
    assert "许丽华" in c2 and "刘振邦" not in c2  # the rewrite names her, no longer him
    assert [r for r in after if r[0] == "c1"] == [r for r in before if r[0] == "c1"]
    st = store.open_store(out, read_only=True)
    assert queries.run(st, queries.named_query("organizations")) == queries.run(st, ORGANIZATIONS_PER_GRAPH)
    G = network.coattendance_graph(network.attendance_graph(st))
    shared = {G.nodes[p]["label"]: m[1] for p, m in measured(out).items()}
    assert shared == {"周文斌": 2, "刘振邦": 2, "马国梁": 2, "许丽华": 0}  # c1 alone links people now
