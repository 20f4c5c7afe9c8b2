"""People across the corpus: homonyms in two provinces are split, a transfer is kept as one
person, each decision is in the graph with its evidence, and identities.tsv overrides it.
The articles are ours (real cities, invented officials)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import queries, rdf, store
from kg.corpus import CHAIN_DAYS, Observation, decide, read_overrides, tenures
from kg.pipeline import build

LINFEN = "临汾新闻网"  # 山西省
YIBIN = "宜宾新闻网"  # 四川省


def article(publisher: str, date: str, title: str, body: str) -> str:
    return f"{title}\n\n{date} 10:00:00 来源：{publisher}\n\n{publisher}讯（记者 钱晓岚）{body}\n"


# 周文斌 leads 临汾 and, at the same time, another 周文斌 runs 宜宾: two people.
# 刘振邦 is 临汾's mayor until 2020 and 宜宾's party secretary from 2021: a transfer, one person.
# 马国梁 is seen in 临汾 in 2014 and in 宜宾 in 2021, nothing between: two people.
CORPUS = {
    "h1": article(LINFEN, "2020-04-08", "市委常委会召开会议", "4月7日上午，市委书记周文斌主持召开市委常委会会议。市委副书记、市长刘振邦出席会议。"),
    "h2": article(LINFEN, "2020-11-12", "市委召开全面深化改革委员会会议", "11月11日，市委书记周文斌主持召开会议。市委副书记、市长刘振邦出席。"),
    "h3": article(YIBIN, "2020-06-18", "市政府召开常务会议", "6月17日，市委副书记、市长周文斌主持召开市政府常务会议。"),
    "h4": article(YIBIN, "2021-02-03", "市政府召开全体会议", "2月2日，市委副书记、市长周文斌主持召开市政府全体会议。"),
    "t1": article(YIBIN, "2021-09-09", "市委常委会召开会议", "9月8日，市委书记刘振邦主持召开市委常委会会议。"),
    "t2": article(YIBIN, "2022-03-15", "市委理论学习中心组集中学习", "3月14日，市委书记刘振邦主持市委理论学习中心组集中学习。"),
    "g1": article(LINFEN, "2014-05-06", "市政府召开专题会议", "5月5日，副市长马国梁主持召开专题会议。"),
    "g2": article(YIBIN, "2021-07-20", "市政府召开专题会议", "7月19日，副市长马国梁主持召开专题会议。"),
}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    src = tmp_path_factory.mktemp("people_in")
    for name, text in CORPUS.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def people(tmp_path_factory, corpus_dir):
    out = tmp_path_factory.mktemp("people")
    build([corpus_dir], out, progress=False, jobs=1, exports=False)
    return out


DECISIONS = """PREFIX kg: <https://w3id.org/kg-cn/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name ?outcome ?reason ?overridden (COUNT(DISTINCT ?p) AS ?people) WHERE { GRAPH ?g {
  ?d a kg:IdentityDecision ; rdfs:label ?name ; kg:outcome ?outcome ; kg:reason ?reason ; kg:overridden ?overridden ;
     kg:resultingPerson ?p } } GROUP BY ?name ?outcome ?reason ?overridden"""


def decisions(out) -> dict[str, tuple[str, str, str, int]]:
    st = store.open_store(out, read_only=True)
    return {r["name"].value: (r["outcome"].value, r["reason"].value, r["overridden"].value, int(r["people"].value))
            for r in st.query(DECISIONS)}


def holders(out, post: str) -> list[tuple[str, str, str]]:
    cols, rows = queries.run(store.open_store(out, read_only=True), queries.named_query("tenures"))
    return sorted((r[0], r[3], r[4]) for r in rows if r[1] == post)


def test_homonyms_in_two_provinces_at_once_are_two_people(people):
    outcome, reason, overridden, n = decisions(people)["周文斌"]
    assert (outcome, n, overridden) == ("split", 2, "false")
    assert "周文斌@四川省 2020-06-18..2021-02-03 overlaps 周文斌@山西省 2020-04-08..2020-11-12" in reason


def test_split_people_have_stable_iris_keyed_by_name_and_region(people):
    st = store.open_store(people, read_only=True)
    q = """PREFIX kg: <https://w3id.org/kg-cn/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?p ?key ?base WHERE { GRAPH ?g { ?p kg:identityKey ?key ; prov:specializationOf ?base } }"""
    got = {r["key"].value: (r["p"].value, r["base"].value) for r in st.query(q) if r["key"].value.startswith("周文斌")}
    base = rdf.entity_iri("person", "周文斌")
    assert got == {k: (rdf.entity_iri("person", k), base) for k in ("周文斌@山西省", "周文斌@四川省")}


def test_each_split_person_keeps_only_their_own_tenure(people):
    cols, rows = queries.run(store.open_store(people, read_only=True), """
        PREFIX kg: <https://w3id.org/kg-cn/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?key ?post WHERE { GRAPH ?g { ?t a kg:Tenure ; org:member ?p ; kg:post/rdfs:label ?post .
          ?p kg:identityKey ?key } } ORDER BY ?key ?post""")
    assert [r for r in rows if r[0].startswith("周文斌")] == [
        ["周文斌@四川省", "宜宾市委副书记"], ["周文斌@四川省", "宜宾市市长"], ["周文斌@山西省", "临汾市委书记"]]


def test_a_transfer_is_one_person_and_says_so(people):
    outcome, reason, _, n = decisions(people)["刘振邦"]
    assert (outcome, n) == ("one", 1)
    assert "刘振邦@四川省 2021-09-09..2022-03-15 follows 刘振邦@山西省 2020-04-08..2020-11-12: a transfer" in reason
    assert holders(people, "宜宾市委书记") == [("刘振邦", "2021-09-09", "2022-03-15")]
    assert holders(people, "临汾市市长") == [("刘振邦", "2020-04-08", "2020-11-12")]


def test_a_gap_no_transfer_chains_is_two_people(people):
    outcome, reason, _, n = decisions(people)["马国梁"]
    assert (outcome, n) == ("split", 2)
    assert f"no transfer chains them (over {CHAIN_DAYS} days)" in reason


def test_identities_file_overrides_both_ways(people, corpus_dir):
    (people / "identities.tsv").write_text(
        "# decided by hand\nsame\t周文斌@山西省\t周文斌@四川省\ndifferent 刘振邦@山西省 刘振邦@四川省\n", encoding="utf-8")
    try:
        build([corpus_dir], people, progress=False, jobs=1, exports=False)  # nothing to rebuild: only the corpus pass
        got = decisions(people)
        assert got["周文斌"][0::2] == ("one", "true") and got["周文斌"][3] == 1
        assert got["刘振邦"][0::2] == ("split", "true") and got["刘振邦"][3] == 2
        assert "different people (identities.tsv)" in got["刘振邦"][1]
    finally:
        (people / "identities.tsv").unlink()
        build([corpus_dir], people, progress=False, jobs=1, exports=False)
    assert decisions(people)["周文斌"][0] == "split"


def test_a_malformed_overrides_line_is_an_error(tmp_path):
    bad = tmp_path / "identities.tsv"
    bad.write_text("merge 甲 乙\n", encoding="utf-8")
    with pytest.raises(ValueError, match="identities.tsv:1"):
        read_overrides(bad)


def obs(name: str, org_label: str, day: str, post: str = "书记") -> Observation:
    base = rdf.entity_iri("person", name)
    return Observation(name, base, f"post:{org_label}{post}", org_label + post, f"org:{org_label}", org_label,
                       "role:" + post, org_label + post, dt.date.fromisoformat(day), f"article:{name}{day}")


def test_central_posts_bridge_a_gap_between_provinces():
    """河北 until 2017, a ministry 2017-2019, 湖北 from 2020: the ministry years chain the career."""
    seen = [obs("甲乙丙", "中共河北省委员会", "2016-01-01"), obs("甲乙丙", "公安部", "2017-06-01", "部长"),
            obs("甲乙丙", "公安部", "2019-06-01", "部长"), obs("甲乙丙", "中共湖北省委员会", "2020-03-01")]
    assign, (decision,) = decide(seen, {})
    assert decision.outcome == "one" and len(set(assign.values())) == 1
    assign, (decision,) = decide([seen[0], seen[3]], {})
    assert decision.outcome == "split", "without the central posts, 4 years unobserved"


def test_central_posts_of_a_split_name_go_to_the_nearest_career():
    seen = [obs("丁戊", "中共河北省委员会", "2016-01-01"), obs("丁戊", "中共河北省委员会", "2016-12-01"),
            obs("丁戊", "中共湖北省委员会", "2016-03-01"), obs("丁戊", "国务院", "2016-02-01", "副秘书长"),
            obs("丁戊", "国务院", "2016-03-05", "副秘书长")]
    assign, (decision,) = decide(seen, {})
    assert decision.outcome == "split" and "overlaps" in decision.reason
    assert assign[seen[3]].key == "丁戊@河北省"  # inside the 河北 span
    assert assign[seen[4]].key == "丁戊@河北省"  # inside it too, though nearer 湖北's only date


def test_a_foreign_leader_holds_no_central_post_of_ours():
    """老挝人民革命党总书记、国家主席X: in that article 国家主席 is Laos's, not the PRC's."""
    lao = obs("通甲", "老挝人民革命党中央", "2021-12-03", "总书记")
    ours = Observation("通甲", lao.person, "post:国家主席", "国家主席", "org:中华人民共和国", "中华人民共和国",
                       "role:主席", "国家主席", lao.date, lao.article)
    assign, _ = decide([lao, ours], {})
    assert [t.post_label for t in tenures([lao, ours], assign)] == ["老挝人民革命党中央总书记"]
