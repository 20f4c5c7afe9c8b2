"""The fast scans of the recognisers find exactly what the plain scans they replace find."""

from __future__ import annotations

import re

import pytest

from kg import lexicons, names, nlp

TEXTS = [
    "市委常委会10日召开第十二次专题会议暨市安全生产委员会全体会议，传达学习全国安全生产电视电话会议精神。",
    "县政府召开了2023年第三次常务会议，研究部署防汛工作。会议指出，要压实责任。",
    # a long run of Han characters before the meeting word: starts more than 40 characters back cannot match
    "这是一段很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的没有标点的文字后面才有座谈会",
    "在省会议中心报告厅举行的应对气候变化研讨会上，专家们发言。学习贯彻党的二十大精神中央宣讲团动员会7日在京召开。",
    "省人大常委会党组召开会议，市政协开展第五次集中学习会，区委举行理论学习中心组学习会",
    "会议会议会议大会大会全会",  # meeting words back to back
    "第六届中国—中东欧国家（16+1）经贸论坛4日在宁波开幕，各方代表参加16+1经贸论坛。",  # a + between digits inside a name
    "国务院新闻办公室今天在京举行省（区、市）系列新闻发布会，介绍有关情况。",  # a bracketed list inside a name
    # the org, a full date, a part of day and 在北京 before the verb: 31 characters back
    "全国人民代表大会常务委员会义务教育法执法检查组12月12日上午在北京举行第一次全体会议。",
    # the org, a full date, a part of day and a venue of 在 and twelve characters: 41 characters back
    "全国人民代表大会常务委员会义务教育法执法检查组12月12日上午在某国首都某某会议中心大楼举行会议。",
    "",
    "没有任何会的文字",
]


@pytest.mark.parametrize("text", TEXTS)
def test_meeting_scans_match_finditer(text):
    for rx, anchor, reach in ((nlp._NTH, nlp._HOLDS, nlp._NTH_REACH), (nlp._MEETING_RE, nlp._MEETING_TYPE, 40)):
        want = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in nlp._near(rx, anchor, reach, text)] == want


ORG_TEXTS = [
    "中共中央、国务院印发通知。省委常委会召开会议，市人民政府、县政协和区纪委监委负责人出席。",
    "中央全面深化改革委员会、国务院应对新型冠状病毒感染肺炎疫情联防联控机制和市疫情防控工作领导小组办公室发布公告。",
    "党中央高度重视。全国人大常委会、全国政协、中央军委，中共浙江省委、杭州市委和临安区法院。",
    "这是一段很长很长很长很长很长很长很长很长很长很长很长很长很长很长的文字，后面才有领导小组",
]


@pytest.mark.parametrize("text", TEXTS + ORG_TEXTS)
def test_org_scan_matches_finditer(text):
    want = [(m.span(), m.groups()) for m in nlp._ORG_RE.finditer(text)]
    assert [(m.span(), m.groups()) for m in nlp._near(nlp._ORG_RE, nlp._ORG_ANCHOR, 20, text)] == want


def test_org_scan_reach_matches_the_pattern():
    """Every branch of _ORG_RE holds its anchor within 20 characters: 2–20 before 领导小组, at most
    中共 and 6 before a level, the level first, or a central body's own word."""
    assert sum(1 for t in ORG_TEXTS for _ in nlp._near(nlp._ORG_RE, nlp._ORG_ANCHOR, 20, t)) >= 12
    assert r"|(?:中共)?[\u4e00-\u9fff]{0,6}?(?:省|市|县|区|州|镇|乡)" in nlp._ORG_RE.pattern
    assert r"|[\u4e00-\u9fff]{2,20}?领导小组(?:办公室)?" in nlp._ORG_RE.pattern


def test_meeting_scans_find_something():
    """The texts above exercise both scans (a comparison of two empty lists proves nothing)."""
    assert sum(1 for t in TEXTS for _ in nlp._near(nlp._NTH, nlp._HOLDS, nlp._NTH_REACH, t)) >= 3
    assert sum(1 for t in TEXTS for _ in nlp._near(nlp._MEETING_RE, nlp._MEETING_TYPE, 40, t)) >= 8


DESIGNATED = "中国队组合夺冠，歌唱组合演出。黑人青年布朗、白人少年和中国青年在场。农民代表、获奖者代表和人民代表发言，代表人物、村民王五到场。"


def test_designations_read_their_context_after_the_word():
    """_DESIGNATION opens every branch with its word (a scan by first characters), the word before it checked
    after it: the same matches as the look-behinds written first (组合 after 国 or 队, 代表 after 农民 or 获奖者)."""
    words = nlp._DESIGNATION.pattern.split("|组合(?<=")[0]
    behind_first = re.compile(words + r"|(?<=[国队])组合|(?<=黑人|白人|非裔)(?:青年|少年)"
                              r"|(?<=大户|头人|农民|青年|群众|职工|员工|妇女|学生|家长|患者|网民)代表|(?<=获奖者)代表)")
    for text in [DESIGNATED, *TEXTS, *ORG_TEXTS]:
        assert [m.span() for m in nlp._DESIGNATION.finditer(text)] == [m.span() for m in behind_first.finditer(text)]
    assert [m.group() for m in nlp._DESIGNATION.finditer(DESIGNATED)] == ["组合", "青年", "少年", "农民", "代表", "代表", "代表人物", "村民"]


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
    reach follows the patterns' own bounds (2–20 org characters, a comma before the day, month and day — 今天 or N日/N号,
    今天（N日）, N日(下午)至N日, or 日前/近日 —, a two-character part of day, a venue of up to 13 characters and 也/还/又: 49 ≤ _NTH_REACH; 0–40)."""
    assert r"(?P<org>[\u4e00-\u9fff]{2,20}?)(?P<comma>，(?=\d{1,2}[日号]|今天|昨天))?(?:\d{1,2}月)?(?P<day>\d{1,2}[日号](?:(?:上午|下午|晚上|晚间|早上|中午|傍晚|凌晨)?[至到]\d{1,2}[日号])?|(?:今天|昨天|当天)(?:[（(]\d{1,2}[日号][）)])?|日前|近日)?(?:上午|下午|晚上|晚间|早上|中午|傍晚|凌晨)?(?:在京|在北京|(?P<venue>在[^，,。；;在“”]{2,12}?))?(?:也|还|又)?(?:召开|举行|开展)" in nlp._NTH.pattern
    assert nlp._NTH_REACH >= 20 + 1 + 12 + 2 + 13 + 1
    # a name holds at most 40 units: a character (a + only between digits or letters: 16+1, 5G+4K; a dash, or a double
    # one, only between characters: 中国——中东欧…; a · only after 大会:
    # 世界互联网大会·互联网之光博览会), or one bracketed list （区、市）, 《book title》
    # or “quoted words” (read whole from a start within the reach; a raw match that would start earlier is trimmed to the same name)
    assert nlp._MEETING_RE.pattern.startswith(
        r"(?P<name>(?:[\u4e00-\u9fff\dA-Za-z（）()]|（[\u4e00-\u9fff、]{1,10}）|(?<=[\u4e00-\u9fff])(?:[-—－]|——)(?=[\u4e00-\u9fff])|(?<=大会)·(?=[\u4e00-\u9fff])|(?<=[\dA-Za-z])\+(?=[\dA-Za-z])|《[^》\n]{1,30}》|“[^”\n]{1,12}”(?=[\u4e00-\u9fff\d])){0,40}?(?:"
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


GUARD_TEXTS = TEXTS + ORG_TEXTS + [
    "3月5日至7日，主席团常务主席会议在京举行，李晓明主持并讲话，王建华出席。今天（4月2日）上午，因事请假。",
    "会议应出席委员2158人。他们是：张三、李四。决定免去赵六的职务，接受钱七辞去职务的请求。",
    "網(wǎng)易新闻 约翰 · 基 <p>段落</p>&amp; 锟斤拷 这是?？乱码 Ã©",
]


def _unguarded(rx: re.Pattern) -> re.Pattern:
    return re.compile(rx.pattern.split(")(?:", 1)[1][:-1], rx.flags) if rx.pattern.startswith("(?=[") else rx


def test_guarded_patterns_find_what_the_plain_ones_find():
    """Each pattern compiled behind its first-character guard matches as the plain one does."""
    from kg import grammar, normalise
    from kg.extract import appointments, meetings

    guarded = [rx for _, rx in meetings._CUES] + [rx for _, rx, _ in appointments._PATTERNS] + [
        appointments._PARTY, nlp._DATE_RE, lexicons.country_re(foreign=True), lexicons.country_re(not_after=("驻", "统")),
        lexicons.country_re(**grammar._COUNTRY_SCAN), grammar._minority_re(),
        normalise._NOISE, normalise._MOJIBAKE, nlp._role_follow_re(), nlp._role_then_speaker(), grammar.any_role(),
        grammar.role_re(), meetings._ROLE_THEN_NAME(), nlp._NO_SHORT_NAME, nlp._MEETING_LEFT, nlp._ACTIVITY_BEFORE, nlp._ANNOUNCED]
    assert sum(rx.pattern.startswith("(?=[") for rx in guarded) >= 24
    found = 0
    for rx in guarded:
        plain = _unguarded(rx)
        for text in GUARD_TEXTS:
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in rx.finditer(text)] == want, rx.pattern[:40]
            found += len(want)
    assert found >= 25


@pytest.mark.parametrize(("pattern", "guard"), [
    (r"(?<!被)选举", "(?=[选])"),  # a look-behind first
    (r"(?:决定)?任命|免除", "(?=[任免决])"),  # an optional word first
    (r"(?:(?P<y>\d{4})年)?(?P<d>\d{1,2})日|今天", r"(?=[\d今])"),  # a class of digits
    (r"(?=乌云|白玛)", "(?=[乌白])"),  # a look-ahead only: its own first characters
    (r"[^，]{2}会", None),  # any character may start it: no guard
    (r"主持(?!人)", None),  # a literal first: ``re`` skips to it by itself
    (r"(?:会议)?", None),  # it may match nothing
])
def test_guard_reads_the_first_characters(pattern, guard):
    from kg import lexicons

    rx = lexicons.guarded(pattern)
    assert rx.pattern == (f"{guard}(?:{pattern})" if guard else pattern)


def test_lexicon_patterns_are_compiled_once():
    """The role, country and minority scans are built from the lexicons once per process (a merge
    once moved the cache off the role scan and made extraction three times slower)."""
    from kg import grammar

    for build in (nlp._role_follow_re, grammar._minority_re):
        assert build() is build(), build.__name__
    for scan in ({"foreign": True}, {"not_after": ("驻", "统")}, grammar._COUNTRY_SCAN):
        assert lexicons.country_re(**scan) is lexicons.country_re(**scan), scan


@pytest.mark.parametrize("unit", ["第12集团军", "陆军第七十四集团军某旅", "79集团军机关", "91708部队", "火箭军某部", "武警部队某部",
                                  "联勤保障部队某基地", "海军东海舰队", "黑海舰队"])
def test_every_army_unit_holds_an_anchor(unit):
    """The army-unit scan skips a text holding none of lexicons.ARMY_ANCHORS: every unit it reads holds one."""
    from kg import lexicons

    m = lexicons.ARMY_UNIT.search(f"他在{unit}服役。")
    assert m is not None and any(a in m.group() for a in lexicons.ARMY_ANCHORS)
