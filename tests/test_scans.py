"""The fast scans of the recognisers find exactly what the plain scans they replace find."""

from __future__ import annotations

import re

import pytest

from kg import names, nlp

TEXTS = [
    "市委常委会10日召开第十二次专题会议暨市安全生产委员会全体会议，传达学习全国安全生产电视电话会议精神。",
    "县政府召开了2023年第三次常务会议，研究部署防汛工作。会议指出，要压实责任。",
    # a long run of Han characters before the meeting word: starts more than 40 characters back cannot match
    "这是一段很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的没有标点的文字后面才有座谈会",
    "在省会议中心报告厅举行的应对气候变化研讨会上，专家们发言。学习贯彻党的二十大精神中央宣讲团动员会7日在京召开。",
    "省人大常委会党组召开会议，市政协开展第五次集中学习会，区委举行理论学习中心组学习会",
    "会议会议会议大会大会全会",  # meeting words back to back
    "第六届中国—中东欧国家（16+1）经贸论坛4日在宁波开幕，各方代表参加16+1经贸论坛。",  # a + between digits inside a name
    # the org, a full date, a part of day and 在北京 before the verb: 31 characters back
    "全国人民代表大会常务委员会义务教育法执法检查组12月12日上午在北京举行第一次全体会议。",
    "",
    "没有任何会的文字",
]


@pytest.mark.parametrize("text", TEXTS)
def test_meeting_scans_match_finditer(text):
    for rx, anchor, reach in ((nlp._NTH, nlp._HOLDS, 31), (nlp._MEETING_RE, nlp._MEETING_TYPE, 40)):
        want = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in nlp._near(rx, anchor, reach, text)] == want


def test_meeting_scans_find_something():
    """The texts above exercise both scans (a comparison of two empty lists proves nothing)."""
    assert sum(1 for t in TEXTS for _ in nlp._near(nlp._NTH, nlp._HOLDS, 31, t)) >= 3
    assert sum(1 for t in TEXTS for _ in nlp._near(nlp._MEETING_RE, nlp._MEETING_TYPE, 40, t)) >= 8


def test_mentioned_takes_the_longest_name_at_each_place():
    found = frozenset({"王小明", "王小明远", "李华", "华为", "欧阳晓", "迪亚斯-卡内尔", "a.b"})
    text = "王小明远、李华为代表，欧阳晓出席；迪亚斯-卡内尔会见王小明。a.b不是axb"
    assert names.mentioned(text, found) == found - {"华为"}  # only inside 李华为, read from its left
    assert names.mentioned("王小明远出席", found) == {"王小明远"}  # not also 王小明 inside it
    assert names.mentioned("axb", frozenset({"a.b"})) == set()  # a regex character is taken literally
    assert names.mentioned(text, frozenset()) == set()


def test_corpus_names_found_by_scan_as_by_every_position():
    text = "会议由李晓明主持，张建国、赵丽华出席。李晓明强调，要抓好落实。"
    hits = nlp._corpus_mentions(text, [], frozenset({"李晓明", "张建国", "赵丽华", "晓明"}), ())
    assert [(h.start, h.name) for h in hits] == [(m.start(), m.group()) for m in re.finditer("李晓明|张建国|赵丽华", text)]


def test_scan_reach_matches_the_patterns():
    """``_near`` is exact only while every match holds its anchor within the reach given: the
    reach follows the patterns' own bounds (2–20 org characters + date, part of day and 在北京: 31; 0–40)."""
    assert r"(?P<org>[\u4e00-\u9fff]{2,20}?)(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上)?(?:在京|在北京)?(?:召开|举行|开展)" in nlp._NTH.pattern
    # a name holds at most 40 units: a character (a + only between digits: 16+1), or one 《book title》 or “quoted words” (read whole
    # from a start within the reach; a raw match that would start earlier is trimmed to the same name)
    assert nlp._MEETING_RE.pattern.startswith(
        r"(?P<name>(?:[\u4e00-\u9fff\dA-Za-z（）()]|(?<=[\u4e00-\u9fff])[-—－](?=[\u4e00-\u9fff])|(?<=\d)\+(?=\d)|《[^》\n]{1,30}》|“[^”\n]{1,12}”(?=[\u4e00-\u9fff])){0,40}?(?:"
    )


def test_spacy_pipeline_and_build_context_see_the_same_annotations():
    """The build calls the recognisers directly; the spaCy pipeline wraps the same ones."""
    from kg.extract import make_context
    from kg.model import Document

    text = "新华社北京3月5日电 国务院总理李晓明5日在人民大会堂出席全国安全生产电视电话会议并讲话。副总理王建华主持会议。"
    ctx = make_context(Document("a", text, "a.txt"), frozenset({"王建华"}))
    doc = nlp.make_nlp()(ctx.text)
    assert doc._.kg == nlp.recognise(ctx.text) and doc._.kg.persons
    spans = [(s.label_, s.start_char, s.end_char) for s in doc.spans[nlp.SPAN_KEY]]
    assert spans == nlp.spans_of(ctx.rec) and ("PERSON", text.index("李晓明"), text.index("李晓明") + 3) in spans
