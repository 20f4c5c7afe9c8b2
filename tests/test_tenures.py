"""Tenures across the corpus: 市长 changes hands in articles we wrote, read back through the
`tenures` and `holders` named queries, the OWL-Time interval and `kg timeline`."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import queries, store
from kg.cli import main
from kg.corpus import corpus_graph_iri
from kg.pipeline import build

HEADER = "{title}\n\n{date} 09:30:00 来源：临汾新闻网\n\n"

ARTICLES = {
    "m1_spring": ("市政府召开第四十次常务会议", "2021-03-10",
                  "临汾新闻网讯（记者 郑小雨）3月9日下午，市委副书记、市长高明远主持召开市政府第四十次常务会议，"
                  "研究春季农业生产工作。副市长孙静怡出席会议。\n\n高明远要求，各县区要抓好春耕备耕。\n"),
    "m2_autumn": ("市政府召开第四十八次常务会议", "2021-09-15",
                  "临汾新闻网讯（记者 郑小雨）9月14日上午，市委副书记、市长高明远主持召开市政府第四十八次常务会议，"
                  "研究秋粮收购工作。\n\n高明远强调，要确保颗粒归仓。\n"),
    "m3_congress": ("市人大常委会举行第三十一次会议", "2022-01-20",
                    "临汾新闻网讯（记者 郑小雨）1月19日，市人大常委会举行第三十一次会议。市人大常委会主任韩伯钧主持会议。\n\n"
                    "会议决定接受高明远辞去临汾市人民政府市长职务的请求；会议选举宋立新为临汾市人民政府市长。\n"),
    "m4_march": ("市政府召开第一次全体会议", "2022-03-05",
                 "临汾新闻网讯（记者 郑小雨）3月4日上午，市委副书记、市长宋立新主持召开市政府第一次全体会议。"
                 "副市长孙静怡出席会议。\n\n宋立新强调，要以新的作风开好局。\n"),
    "m5_summer": ("市政府召开第九次常务会议", "2022-08-01",
                  "临汾新闻网讯（记者 郑小雨）7月31日下午，市委副书记、市长宋立新主持召开市政府第九次常务会议，"
                  "研究防汛工作。\n\n宋立新要求，要压实防汛责任。\n"),
}


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    src = tmp_path_factory.mktemp("mayors_in")
    for name, (title, date, body) in ARTICLES.items():
        (src / f"{name}.txt").write_text(HEADER.format(title=title, date=date) + body, encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def mayors(tmp_path_factory, articles):
    out = tmp_path_factory.mktemp("mayors")
    build([articles], out, progress=False, jobs=1, exports=False)
    return out


def named(out, name: str) -> list[dict[str, str]]:
    cols, rows = queries.run(store.open_store(out, read_only=True), queries.named_query(name))
    return [dict(zip(cols, r)) for r in rows]


def test_holders_of_the_mayoralty_in_order(mayors):
    rows = [r for r in named(mayors, "holders") if r["post"] == "临汾市市长"]
    assert [(r["person_name"], r["from"], r["to"]) for r in rows] == [
        ("高明远", "2021-03-10", "2022-01-20"),  # first seen; left by resigning
        ("宋立新", "2022-01-20", "2022-08-01"),  # elected; last seen
    ]


def test_tenure_rows(mayors):
    rows = {r["person_name"]: r for r in named(mayors, "tenures") if r["post"] == "临汾市市长"}
    gao, song = rows["高明远"], rows["宋立新"]
    assert gao["organization"] == "临汾市人民政府"
    assert (gao["first_observed"], gao["last_observed"], gao["appointed"], gao["left"], gao["articles"]) == (
        "2021-03-10", "2021-09-15", "", "2022-01-20", "3")
    assert (song["first_observed"], song["last_observed"], song["appointed"], song["left"], song["articles"]) == (
        "2022-01-20", "2022-08-01", "2022-01-20", "", "3")


def test_interval_is_open_where_no_record_says(mayors):
    """高明远's start and 宋立新's end are unknown: no time:hasBeginning / time:hasEnd is invented."""
    st = store.open_store(mayors, read_only=True)
    q = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX time: <http://www.w3.org/2006/time#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX kg: <https://w3id.org/kg-cn/ontology#>
    SELECT ?name (BOUND(?b) AS ?begins) (BOUND(?e) AS ?ends) WHERE { GRAPH <%s> {
      ?t a kg:Tenure ; org:member/rdfs:label ?name ; kg:post/rdfs:label "临汾市市长"@zh-Hans ; org:memberDuring ?i .
      ?i a time:Interval . OPTIONAL { ?i time:hasBeginning ?b } OPTIONAL { ?i time:hasEnd ?e } } } ORDER BY ?name"""
    got = {r["name"].value: (r["begins"].value, r["ends"].value) for r in st.query(q % corpus_graph_iri())}
    assert got == {"宋立新": ("true", "false"), "高明远": ("false", "true")}


def test_the_corpus_graph_is_one_graph_replaced_on_rebuild(mayors, articles):
    name = ox.NamedNode(corpus_graph_iri())
    st = store.open_store(mayors, read_only=True)
    before = sorted(str(q) for q in st.quads_for_pattern(None, None, None, name))
    del st
    assert before
    report = build([articles], mayors, progress=False, jobs=1, exports=False)
    assert report.built == []
    after = sorted(str(q) for q in store.open_store(mayors, read_only=True).quads_for_pattern(None, None, None, name))
    assert after == before


def test_timeline_prints_posts_and_meetings_in_order(mayors, capsys):
    assert main(["timeline", "宋立新", str(mayors)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "宋立新"
    lines = [line.split()[:3] for line in out[1:]]
    assert ["2022-01-20", "post", "临汾市市长"] in lines
    assert ["2022-03-04", "meeting", "市政府第一次全体会议"] in lines
    dates = [line[0] for line in lines]
    assert dates == sorted(dates)


def test_timeline_of_an_unknown_name_fails_cleanly(mayors, capsys):
    assert main(["timeline", "无此人", str(mayors)]) == 1
    assert "无此人" in capsys.readouterr().err
