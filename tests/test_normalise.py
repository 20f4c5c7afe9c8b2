"""Normalisation keeps a faithful map from every normalised character to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalise import normalise, to_simplified

CASES = [
    ("臨汾新聞網(wǎng)訊", "临汾新闻网讯"),
    ("各縣(市、區(qū))和相關部門", "各县(市、区)和相关部门"),
    ("(記者 劉玉林)3月19日", "(记者 刘玉林)3月19日"),
    ("<p>市委書記&nbsp;張三</p><br/>", "市委书记 张三"),
    ("阿依古丽•买买提", "阿依古丽·买买提"),
    ("新西兰总理约翰 · 基。贾卡亚· 姆里绍 •基奎特", "新西兰总理约翰·基。贾卡亚·姆里绍·基奎特"),  # spaced middle dots
    ("Alpha · Beta", "Alpha · Beta"),  # Latin text keeps its spaces
    ("总统胡安.卡洛斯.罗德里格斯访华，增长1.5倍，www.gov.cn。", "总统胡安·卡洛斯·罗德里格斯访华，增长1.5倍，www.gov.cn。"),  # an ASCII full stop between Han is a name's dot
    ("座谈会在北京举行.国务院总理李强出席.", "座谈会在北京举行.国务院总理李强出席."),  # ... unless it is the text's sentence mark
    ("GDP(gdp)增長", "GDP(gdp)增长"),
    ("追记老党员周乾生同志", "追记老党员周乾生同志"),  # simplified already: 乾 in a name is no 干
    ("乾淨的會場，周乾生同志", "干净的会场，周干生同志"),  # traditional: t2s as OpenCC writes it
    ("委員會委員馬馼", "委员会委员马馼"),  # no supplementary-plane form (t2s writes 𫘜)
    ("ＧＤＰ增长７．５％，：；！？（）", "GDP增长7·5%，：；！？（）"),  # full-width ASCII folded, Chinese punctuation kept
    ("\u3000\u3000会议\xa0召开", "  会议 召开"),
    ("随后任命王明为新的外交大臣 。此前 ，他表示\u3000、", "随后任命王明为新的外交大臣。此前，他表示、"),  # a space typed before a mark
    ("Alpha 。Beta ，", "Alpha 。Beta ，"),  # (only after a Han character)
    ("来源 ：新华社（记者 王明 ）报道“稳中求进 ”", "来源：新华社（记者 王明）报道“稳中求进”"),  # before ：）” too (not after “ or （)
    ("重回西柏坡--新的赶考，A--B，3--2", "重回西柏坡—新的赶考，A--B，3--2"),  # a run of hyphens between Han is a dash typed by hand
    ("乌干达运动员莫卡巴--图维夺冠，选手莫卡巴--图维", "乌干达运动员莫卡巴-图维夺冠，选手莫卡巴—图维"),  # a name's separator after a country's sportsman
    ("中国选手李明--王刚，肯尼亚选手基普---科里尔", "中国选手李明—王刚，肯尼亚选手基普—科里尔"),  # (not two Chinese names, nor a part that is a word)
]


@pytest.mark.parametrize(("raw", "want"), CASES)
def test_normalise_examples(raw, want):
    assert normalise(raw).text == want


def test_mojibake_is_flagged_and_kept():
    raw = "落實好“六穩”“六?!比蝿?,有力有序"
    n = normalise(raw)
    assert n.mojibake, "the ?-run should be flagged"
    s, e = n.mojibake[0]
    assert "?" in raw[s:e]
    assert "比" in n.text  # kept, not repaired or dropped


def test_round_trip_debris_is_flagged():
    raw = "市委书记锟斤拷锟斤拷主持会议"
    n = normalise(raw)
    assert [raw[s:e] for s, e in n.mojibake] == ["锟斤拷锟斤拷"]


TRAD = "會議領導書記縣區網數調統經"
PINYIN = ["(huì)", "(lǐng)", "(wǎng)", "(shù)", "(diào)", "(qū)", "（jīng）"]
PARENS = ["(市、区)", "(记者 王五)", "（试行）", "(2022)"]
NOISE = ["?!", "\ufffd", "Ã¤Â¸", "<br>", "&nbsp;", "<p class=\"x\">", "</p>", " · ", "• "]

pieces = st.one_of(
    st.sampled_from(list(TRAD)),
    st.sampled_from(PINYIN),
    st.sampled_from(PARENS),
    st.sampled_from(NOISE),
    st.text(alphabet="市委书记张三李四召开会议,。、 \n", min_size=1, max_size=5),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=30))
def test_every_normalised_span_maps_back(parts):
    raw = "".join(parts)
    n = normalise(raw)
    assert len(n.starts) == len(n.ends) == len(n.text)
    for i, ch in enumerate(n.text):
        s, e = n.to_original(i, i + 1)
        orig = raw[s:e]
        # the original span is the character itself, its traditional form, the entity it decoded,
        # or the block tag that ends a paragraph (a newline)
        assert orig, (raw, i)
        if len(orig) == 1:
            assert to_simplified(orig) == ch or orig.translate({0x2022: 0xB7, 0x3000: 0x20}) == ch or ord(orig) - 0xFEE0 == ord(ch)
        else:
            assert orig.startswith("&") or (ch == "\n" and orig.startswith("<")), (raw, i)
    # multi-character spans stay ordered and inside the text
    for i in range(len(n.text)):
        for j in range(i + 1, min(len(n.text), i + 6) + 1):
            s, e = n.to_original(i, j)
            assert 0 <= s < e <= len(raw)
            assert to_simplified(raw[s:e]).replace("•", "·").count(n.text[i]) >= 1 or raw[s] == "&" or (n.text[i] == "\n" and raw[s] == "<")


def test_a_block_tag_between_two_runs_of_text_ends_a_paragraph():
    n = normalise("前景充满不确定性</p><p>美联储主席鲍尔斯表示。<br/>好的</p> <p>下一段")
    assert n.text == "前景充满不确定性\n美联储主席鲍尔斯表示。好的 下一段"
    i = n.text.index("\n")
    assert n.original_text(i, i + 1) == "<p>"


def test_the_horizontal_bar_joins_names_as_the_em_dash_does():
    n = normalise("出席中国―东盟商务与投资峰会")
    assert n.text == "出席中国—东盟商务与投资峰会"
    assert n.original_text(2, 7) == "中国―东盟"  # the original as written, for provenance
