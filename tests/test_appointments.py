"""Personnel actions in the wordings of congress notices, lists and party decisions."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract
from kg.model import Document


def _actions(text: str) -> set[tuple[str, str, str]]:
    return {(a.person, a.title, a.action) for a in extract(Document("t", text, "t.txt")).appointments}


def test_congress_formulas():
    got = _actions("会议决定任命王建国为市财政局局长;免去李卫东同志的市财政局局长职务;接受赵振华辞去市人民政府副市长职务的请求。")
    assert got == {("王建国", "市财政局局长", "appointed"), ("李卫东", "市财政局局长", "removed"),
                   ("赵振华", "市人民政府副市长", "resigned")}


def test_list_under_one_heading_shares_the_institution():
    got = _actions("一、决定任命：\n\n  马骁为某某市中级人民法院副院长、审判委员会委员、审判员；\n\n  艾力·吐尔洪为某某市人民检察院检察长。\n")
    assert got == {("马骁", "某某市中级人民法院副院长", "appointed"), ("马骁", "某某市中级人民法院审判委员会委员", "appointed"),
                   ("马骁", "某某市中级人民法院审判员", "appointed"), ("艾力·吐尔洪", "某某市人民检察院检察长", "appointed")}


def test_party_decisions():
    got = _actions("经省委研究决定：张建军同志任临汾市委委员、常委、书记；李国华同志不再担任临汾市委书记职务。")
    assert got == {("张建军", "临汾市委委员", "appointed"), ("张建军", "临汾市委常委", "appointed"),
                   ("张建军", "临汾市委书记", "appointed"), ("李国华", "临汾市委书记", "removed")}


def test_appointed_posts_are_observations_removed_ones_are_not():
    x = extract(Document("t", "任命王建国为市财政局局长;免去李卫东的市商务局局长职务。", "t.txt"))
    assert {(p.person, p.title) for p in x.posts} == {("王建国", "市财政局局长")}


def test_elections():
    got = _actions("会议选举王建国为市人民政府市长。李卫东当选为市政协主席。")
    assert got == {("王建国", "市人民政府市长", "appointed"), ("李卫东", "市政协主席", "appointed")}


def test_a_public_figure_vouches_for_a_name_in_the_formula():
    # a four-character name the grammar cannot read alone: the lexicon gives its edges, the formula
    # the post; the following entry after the comma is read too, and both are persons of the story
    x = extract(Document("t", "越南国会先后选举阮氏金银为国会主席，陈大光为国家主席。", "t.txt"))
    assert {(a.person, a.title) for a in x.appointments} == {("阮氏金银", "国会主席"), ("陈大光", "国家主席")}
    assert {n for n, _ in x.persons} == {"阮氏金银", "陈大光"}


def test_removal_by_jiechu_and_a_title_before_the_candidate():
    got = _actions("议会宣布解除卡里姆的政府总理职务，并任命经济学教授贝希尔为总理。")
    assert got == {("卡里姆", "政府总理", "removed"), ("贝希尔", "总理", "appointed")}


def test_when_the_post_began_is_no_part_of_its_title():
    got = _actions("首相任命前议员马克·贝尔为新的幕僚长。议会选举王建国为新一届政府总理。会议选举李卫东为新疆维吾尔自治区主席。")
    assert got == {("马克·贝尔", "幕僚长", "appointed"), ("王建国", "政府总理", "appointed"),
                   ("李卫东", "新疆维吾尔自治区主席", "appointed")}


def test_new_before_the_post_is_no_part_of_it():
    # 新任 says when the post began, like 新的 and 新一届: 任命X为新任总干事 appoints X 总干事
    got = _actions("组织全体成员一致同意，任命贝克尔为新任总干事。董事会任命王建国为新任总经理。")
    assert got == {("贝克尔", "总干事", "appointed"), ("王建国", "总经理", "appointed")}


def test_approval_of_an_elected_president():
    got = _actions("最高领袖正式批准阿里-哈桑尼为伊朗第12届总统。国务院批准黄山为国家级风景名胜区。")
    assert got == {("阿里-哈桑尼", "伊朗第12届总统", "appointed")}


def test_approval_to_take_a_post():
    # 担任 joins the name and the post like 为; 下任 says when the post begins, it is no part of it
    got = _actions("国际货币组织执行董事会5日一致批准罗伯茨担任下任总裁。")
    assert got == {("罗伯茨", "总裁", "appointed")}


def test_a_later_short_form_is_the_full_name_the_formula_read():
    x = extract(Document("t", "最高领袖批准阿里-哈桑尼为伊朗总统。哈桑尼随后宣誓就职。", "t.txt"))
    assert {n for n, _ in x.persons} == {"阿里-哈桑尼"}


def test_removal_with_the_title_right_after_the_name():
    # no 的 between name and title: a place opening the title is the name's edge, and the titles
    # of a 、-list after the first share its body
    got = _actions("县纪委决定，免去周立新临汾市财政局副局长职务;免去郑海涛临汾市财政局党组成员、纪检组长职务。")
    assert got == {("周立新", "临汾市财政局副局长", "removed"), ("郑海涛", "临汾市财政局党组成员", "removed"),
                   ("郑海涛", "临汾市财政局纪检组长", "removed")}
    # no place or national body after the name: the split is not vouched for, nothing is read
    assert _actions("免去王五市委书记职务。") == set()


def test_removal_from_a_numbered_cppcc_national_committee_right_after_the_name():
    # 政协第N届全国委员会 opens the title as a national body does: the name ends before it
    got = _actions("会议决定免去张卫国政协第十三届全国委员会常务委员、提案委员会副主任职务。")
    assert got == {("张卫国", "政协第十三届全国委员会常务委员", "removed"), ("张卫国", "政协提案委员会副主任", "removed")}


def test_nominated_by_a_presidium_and_a_resignation_list_closed_by_deng():
    got = _actions("主席团第一次会议推选周立新为书记处第一书记。会议表决通过了关于接受郑海涛辞去全国人大常委会委员等职务的请求的决定。")
    assert got == {("周立新", "书记处第一书记", "appointed"), ("郑海涛", "全国人大常委会委员", "resigned")}
    assert _actions("他被推选为村民代表。") == set()


def test_a_draft_decision_on_a_resignation_names_a_person_but_decides_nothing():
    text = "会议听取了关于接受郑海涛辞去全国人大常委会委员职务的请求的决定草案代拟稿的汇报。"
    x = extract(Document("t", text, "t.txt"))
    assert not x.appointments
    assert {n for n, _ in x.persons} == {"郑海涛"}


def test_removal_with_the_title_before_the_name():
    # 解除(了)[title][name]的职务: the title before each name is the post taken away, and no post held
    x = extract(Document("t", "总统当天解除了国家移民和边境管理局代理局长罗伯茨的职务，并解除了国防部长张建国、"
                              "总参谋长李卫东的职务。国王当天解除了朝鲜劳动党中央政治局委员、国防委员会副委员长王立新一切职务。", "t.txt"))
    assert {(a.person, a.title, a.action) for a in x.appointments} == {
        ("罗伯茨", "国家移民和边境管理局代理局长", "removed"), ("张建国", "国防部长", "removed"),
        ("李卫东", "总参谋长", "removed"), ("王立新", "朝鲜劳动党中央政治局委员", "removed"),
        ("王立新", "国防委员会副委员长", "removed")}
    assert not x.posts


def test_a_titled_name_removed_in_the_passive():
    # [title][name](因…)被免职|解职|撤职: the titles before the name, and before each name of a list
    # closing on it, are the posts taken away; not 的 (his secretary), a verb of his own, a modal
    got = _actions("某省交通厅公路局党委副书记、局长王建国因下属单位违纪问题被免职。"
                   "东洲国防部长卡尔·马丁、内政部长约翰·布朗等三名高官已被解职。"
                   "某县财政局局长李卫东和另两名副局长已被撤职，调查仍在继续。西洲卫生部长安娜·卡罗因应对疫情不力被解职。")
    assert got == {("王建国", "某省交通厅公路局党委副书记", "removed"), ("王建国", "局长", "removed"),
                   ("卡尔·马丁", "东洲国防部长", "removed"), ("约翰·布朗", "内政部长", "removed"),
                   ("李卫东", "某县财政局局长", "removed"), ("安娜·卡罗", "西洲卫生部长", "removed")}
    assert not _actions("市长王建国的秘书被免职。发言人赵振华证实局长被免职。如果调查属实，市长张建军将被免职。"
                        "一旦查实，局长刘建华被免职。处长陈建明因违纪应该被撤职。"
                        "某县原县长刘国华因违纪被撤职。")


def test_one_named_again_with_benren_is_appointed():
    # X本人被任命为Y: "himself" closes a name the story gave before, and the appointment is his
    got = _actions("财政部长卡尔松宣布，基金正式启动。卡尔松本人被任命为欧洲投资基金理事会主席。")
    assert got == {("卡尔松", "欧洲投资基金理事会主席", "appointed")}


def test_the_party_concerned_is_no_part_of_the_title_removed():
    # 当事人 (the one the case is about) before a titled name opens no body: the post is the title after it
    assert _actions("目前，当事人江北县财政局局长陈立新已被免职，并接受纪委调查。") == {("陈立新", "江北县财政局局长", "removed")}


def test_a_removal_not_done_or_only_threatened():
    # a negation or a hedge right before 被, past a clause of cause or a 等-slot, is no removal
    assert not _actions("某县水利局局长王建国因证据不足没有被撤职。某市财政局局长李卫东因及时退赃而免于被撤职。"
                        "东洲总统卡尔·马丁因贪腐丑闻面临被解职。西洲国防部长约翰·布朗因涉嫌泄密险些被解职。"
                        "南洲内政部长彼得·怀特因涉嫌泄密恐被解职。北洲外交部长安娜·卡罗等多名高官拒绝被解职。"
                        "某县交通局局长刘国华因违纪而未被免职。")


def test_a_removal_or_resignation_in_a_paragraph_of_the_past():
    # a year one sentence before the name tells of the past for the whole paragraph, as for 被任命为
    assert not _actions("2016年，东洲陷入政治危机。国防部长卡尔·马丁当天被解职。\n"
                        "2011年，西洲陷入债务危机。总理约翰·布朗当天宣布辞职。")
    # (read from the last sentence opening on a time: a background year before it, or a span up to now, is no past)
    assert _actions("东洲自2022年爆发冲突以来，国防部多次更换负责人。14日，东洲总统约翰·布朗签署命令，东洲国防部长卡尔·马丁当天被解职。"
                    "据悉，这是2020年以来西洲第三位被解职的防长。西洲国防部长彼得·怀特当天被解职。"
                    "南洲政府总理安娜·卡罗自2019年起执政。南洲政府总理安娜·卡罗14日宣布辞职。") == {
        ("卡尔·马丁", "东洲国防部长", "removed"), ("彼得·怀特", "西洲国防部长", "removed"), ("安娜·卡罗", "南洲政府总理", "resigned")}


def test_a_resignation_or_removal_of_one_named_by_a_former_post():
    # bare 前 right before the title (no state before it) is a former post too; 日前 is a day
    assert not _actions("前总理卡尔·马丁宣布辞职。前国防部长约翰·布朗被解职。")
    assert _actions("东洲政府总理约翰·布朗日前宣布辞职。") == {("约翰·布朗", "东洲政府总理", "resigned")}


def test_a_removal_of_a_bare_role_cut_from_its_body():
    # …和陆军|司令Y: the role's body stands unread before it, so no record rather than a bare 司令
    assert not _actions("东洲国防部长卡尔·马丁和陆军司令约翰·布朗均被解职。")


def test_a_resignation_dated_by_its_own_day():
    # X3日宣布辞职 in a story of the 13th: the 3rd; a day after the story's names a month not told: no date
    x = extract(Document("t", "东洲政府总理卡尔·马丁3日宣布辞职。西洲外交部长约翰·布朗28日宣布辞去外交部长一职。"
                              "南洲政府总理彼得·怀特宣布辞职。", "t.txt", published=dt.date(2024, 4, 13)))
    assert {(a.person, a.date) for a in x.appointments} == {
        ("卡尔·马丁", dt.date(2024, 4, 3)), ("约翰·布朗", None), ("彼得·怀特", dt.date(2024, 4, 13))}


def test_a_resignation_or_removal_dated_by_the_month_and_day_its_paragraph_told():
    # 上月，…/2月，… before it: a bare 14日 is of that month, no date; 当天: the day told before; 此前: none
    def dates(text):
        return {a.person: a.date for a in extract(Document("t", text, "t.txt", published=dt.date(2024, 4, 15))).appointments}
    assert dates("上月，东洲爆发大规模抗议。东洲政府总理卡尔·马丁14日宣布辞职。\n2月，西洲议会通过不信任案。西洲政府总理约翰·布朗14日宣布辞职。\n"
                 "此前，南洲国防部长彼得·怀特被免职。") == {"卡尔·马丁": None, "约翰·布朗": None, "彼得·怀特": None}
    assert dates("13日，东洲议会通过不信任案。东洲政府总理卡尔·马丁当天宣布辞职。\n4月12日，西洲总统签署命令。西洲国防部长约翰·布朗当天被解职。") == {
        "卡尔·马丁": dt.date(2024, 4, 13), "约翰·布朗": dt.date(2024, 4, 12)}


def test_a_resignation_the_person_announces():
    # [title]X宣布辞职: the titles before the name; X宣布辞去Y一职: Y. Not one asked for, one of the past,
    # a former post's holder, nor 宣布辞职的X (the name after the cue)
    got = _actions("东洲政府总理卡尔·马丁13号宣布辞职。西洲外交部长约翰·布朗14日宣布辞去外交部长一职，以应对起诉。")
    assert got == {("卡尔·马丁", "东洲政府总理", "resigned"), ("约翰·布朗", "外交部长", "resigned")}
    assert not _actions("反对派要求东洲总理卡尔·马丁宣布辞职。去年10月，时任西洲总理约翰·布朗宣布辞职。"
                        "这与刚刚宣布辞职的足联主席彼得·怀特有关。")


def test_a_removal_or_resignation_denied_rumoured_or_guessed():
    # said, not done: denied (否认X被解职), rumoured (有传言称…), talked of after the act (…被解职的消息,
    # 宣布辞职只是时间问题): no record, from either rule
    assert not _actions("南洲政府否认国防部长卡尔·马丁被解职。有传言称，东洲内政部长约翰·布朗已被解职，政府予以否认。"
                        "西洲央行行长彼得·怀特被撤职的消息纯属谣言。据传，北洲财政部长安娜·卡罗已被免职。")
    assert not _actions("东洲总统府否认总理卡尔·马丁已宣布辞职。西洲总理约翰·布朗宣布辞去总理职务的传言不实。"
                        "反对派领导人表示，南洲总理彼得·怀特宣布辞职只是时间问题。")
    # (有媒体称，据称，: hedged frames too; a hedge of another clause is not the name's: 预计…，X当天被解职 is told)
    assert not _actions("有媒体称，东洲国防部长卡尔·马丁已被解职。据称，西洲内政部长约翰·布朗已被免职。")
    assert _actions("东洲总统预计战事还将持续，东洲国防部长卡尔·马丁当天被解职。") == {("卡尔·马丁", "东洲国防部长", "removed")}
    # (a verb of saying read into the title is no post: no 证实国防部副部长)
    assert not _actions("东洲国防部否认了相关传言，并证实国防部副部长卡尔·马丁已被免职。")


def test_a_title_kept_before_a_removal_named_after_the_name():
    # 免去副市长X的市公安局局长职务: the post after 的 is taken away, the one before the name stays;
    # 党内职务 are the party's posts, not the title before the name
    x = extract(Document("t", "会议决定免去副市长王建国的市公安局局长职务。省委决定撤销了市财政局局长李卫东的党内职务。", "t.txt"))
    assert {(a.person, a.title, a.action) for a in x.appointments} == {("王建国", "市公安局局长", "removed")}
    assert {(p.person, p.title) for p in x.posts} >= {("王建国", "副市长"), ("李卫东", "市财政局局长")}


def test_a_post_left_in_a_life_story_is_no_removal_of_the_day():
    # 1998年3月，X同志不再担任…职务 in an obituary: left long ago; the decision of the day still reads
    got = _actions("1998年3月，王建国同志不再担任市人大常委会主任职务。经省委研究决定，李卫东同志不再担任临汾市委书记职务。")
    assert got == {("李卫东", "临汾市委书记", "removed")}


def test_a_post_taken_in_a_life_story_is_no_appointment_of_the_day():
    # 1931年5月，X当选…; 1985年6月，X同志任…: a life's story (as for 不再担任 above); no post either
    x = extract(Document("t", "1931年5月，赵振华当选省苏维埃政府主席。1985年6月，王建国同志任国务院副总理。经省委研究决定，李卫东同志任临汾市委书记。", "t.txt"))
    assert {(a.person, a.title, a.action) for a in x.appointments} == {("李卫东", "临汾市委书记", "appointed")}
    assert {(p.person, p.title) for p in x.posts} == {("李卫东", "临汾市委书记")}
    assert {name for name, _ in x.persons} == {"赵振华", "王建国", "李卫东"}  # persons all the same


def test_a_decision_dated_in_the_story_s_own_year_is_of_the_day():
    # the life-story guard counts a year only before the published one: 2024年4月12日 in a story of
    # 2024 dates the decision, 2024年度 and a meeting's 2024年 name no past; 1928年 still does
    import datetime as dt
    text = ("2024年4月12日，经省委研究决定：张三同志任临汾市委委员、常委、书记。"
            "在2024年4月12日举行的县十八届人大三次会议上，李明当选县人民政府县长。"
            "在当天举行的2024年度省政协全体会议上，王刚当选省政协主席。"
            "1928年11月，赵振华当选为中共湘赣边界特委书记。2023年5月，孙立同志不再担任市委书记职务。")
    x = extract(Document("t", text, "t.txt", published=dt.date(2024, 4, 13)))
    assert {(a.person, a.title, a.action) for a in x.appointments} == {
        ("张三", "临汾市委委员", "appointed"), ("张三", "临汾市委常委", "appointed"), ("张三", "临汾市委书记", "appointed"),
        ("李明", "县人民政府县长", "appointed"), ("王刚", "省政协主席", "appointed")}


def test_an_appointment_months_before_in_the_story_s_own_year_is_of_the_past():
    # a profile in November telling 2024年1月，X任… : the story's year, but months before, so no appointment of the
    # day (and no post); a month just before publication still counts as the day
    import datetime as dt
    for text in ("张伟同志生平：……2024年1月，张伟同志任市委副书记。",
                 "2024年1月，经省委研究决定，张伟同志任市委副书记。此后，他分管全市农业农村工作。"):
        x = extract(Document("t", text, "t.txt", published=dt.date(2024, 11, 20)))
        assert x.appointments == () and not {p.title for p in x.posts if p.person == "张伟"}, text
    x = extract(Document("t", "2024年10月30日，经省委研究决定，张伟同志任市委副书记。", "t.txt", published=dt.date(2024, 11, 20)))
    assert {(a.person, a.title, a.action) for a in x.appointments} == {("张伟", "市委副书记", "appointed")}


def test_a_congress_decision_and_additions_to_a_committee():
    # 决定：then one entry a line (names, 为, the post); 增补 adds members the same way
    got = _actions("根据省军区司令员的提名，大会于3月18日决定：\n王建国、李卫东为省国防动员委员会副主任；\n赵振华为省国防动员委员会委员。")
    assert got == {("王建国", "省国防动员委员会副主任", "appointed"), ("李卫东", "省国防动员委员会副主任", "appointed"),
                   ("赵振华", "省国防动员委员会委员", "appointed")}
    got = _actions("会议决定，增补周海涛、钱立新为市政协委员；增补周海涛为市政协经济委员会副主任。")
    assert got == {("周海涛", "市政协委员", "appointed"), ("钱立新", "市政协委员", "appointed"),
                   ("周海涛", "市政协经济委员会副主任", "appointed")}
    # never a day or a thing set as something (决定每年9月为…, 决定将…列为…)
    assert _actions("会议决定每年9月为全市安全生产月，决定将城东新区列为重点开发区。") == set()


def test_a_bare_decision_names_no_post_nor_does_an_honour_or_a_job_for_one_event():
    # 决定 appoints only after a colon or a body that appoints (常委会决定X为…)
    assert _actions("县委决定张伟为全县优秀共产党员。会议决定刘洋为本次活动联络员、赵磊为安全员。") == set()
    got = _actions("主席团会议决定张明为大会秘书长、李华为副秘书长。市人大常委会决定王海涛为市人民政府秘书长。")
    assert got == {("张明", "大会秘书长", "appointed"), ("李华", "副秘书长", "appointed"),
                   ("王海涛", "市人民政府秘书长", "appointed")}
    # an honour, a job for one event: no post even after 决定：
    assert _actions("厂党委决定：王芳为优秀共产党员、张伟为先进工作者；刘洋为本次活动联络员、赵磊为安全员。") == set()


def test_a_comma_in_a_title_list_opens_the_next_entry_at_its_name():
    # 任命X为A、Y为B: Y's entry is no title of X's
    got = _actions("会议任命孙建华为市委组织部副部长、刘敬明为市委宣传部副部长。")
    assert got == {("孙建华", "市委组织部副部长", "appointed"), ("刘敬明", "市委宣传部副部长", "appointed")}


def test_elected_again_or_unanimously():
    # an adverb of how one is elected between a name found and 当选 (X再次当选, X全票当选); never a name guessed
    # before it (祝贺卡|里莫夫再次当选: 贺卡 is a word, 里莫夫 no name)
    got = _actions("大会在人民大会堂举行，习近平再次当选中共中央总书记。大会第四次全体会议上，李克强再度当选国务院总理。")
    assert got == {("习近平", "中共中央总书记", "appointed"), ("李克强", "国务院总理", "appointed")}
    x = extract(Document("t", "王刚致电卡里莫夫，祝贺卡里莫夫再次当选乌兹别克斯坦总统。", "t.txt"))
    assert not any(a.person == "里莫夫" for a in x.appointments)


def test_a_list_of_the_elect_before_one_cue():
    # 主持人宣布：|A、B、C当选为Y: each name of a list opening its clause is elected (a name the recogniser
    # left, 阿不都热合曼-艾买提, is one item whole); a list after a verb (祝贺A、B当选) is not read here
    got = _actions("主持人宣布：\n赵振华当选为省人民代表大会常务委员会主任；王建国、阿不都热合曼-艾买提、孙立华当选为省人民代表大会常务委员会副主任。")
    assert got == {("赵振华", "省人民代表大会常务委员会主任", "appointed"), ("王建国", "省人民代表大会常务委员会副主任", "appointed"),
                   ("阿不都热合曼-艾买提", "省人民代表大会常务委员会副主任", "appointed"), ("孙立华", "省人民代表大会常务委员会副主任", "appointed")}
    got = _actions("大会表决后，王建国、孙立华当选为市政协副主席。")
    assert {p for p, _, _ in got} >= {"王建国", "孙立华"}



def test_a_list_of_the_elect_over_a_list_of_titles():
    # A、B当选为X和Y: the titles go one to one in order, never each to everyone; 正、副主席 cannot be paired: none
    got = _actions("在当天举行的总统选举中，拜登、哈里斯当选为美国总统和副总统。")
    assert got == {("拜登", "美国总统", "appointed"), ("哈里斯", "美国副总统", "appointed")}
    got = _actions("会议选举产生新一届领导班子，王建国、李卫东当选为主席、副主席。")
    assert got == {("王建国", "主席", "appointed"), ("李卫东", "副主席", "appointed")}
    assert _actions("会议选举产生新一届领导班子，王建国、李卫东当选为正、副主席。") == set()

def test_the_subject_of_elected_two_clauses_back():
    # X…，当选Y: the sentence's subject is elected, his clause opening it (a frame before it names no one);
    # one he beats is not; words said, or an election still to come, elect no one; 下届 is no part of the post
    got = _actions("选举委员会宣布，执政党人民党主席艾哈迈德·卡里姆在议会两院选举中得票均超半数，当选巴基斯坦第23任总理。")
    assert got == {("艾哈迈德·卡里姆", "巴基斯坦第23任总理", "appointed")}
    got = _actions("工党今天举行党内选举，前总理约翰·米勒击败现任工党主席苏珊·格林，再次当选工党主席。")
    assert got == {("约翰·米勒", "工党主席", "appointed")}
    got = _actions("反对党总统候选人卡洛斯·门德斯在总统选举中获胜，当选墨西哥下届总统。")
    assert got == {("卡洛斯·门德斯", "墨西哥总统", "appointed")}
    got = _actions("共和党总统候选人约翰·米勒在选举中击败民主党候选人苏珊·格林，当选第58届美国总统。")
    assert got == {("约翰·米勒", "美国总统", "appointed")}
    assert _actions("候选人卡洛斯·门德斯表示，当选总统后将推动改革。") == set()


def test_the_one_who_runs_or_announces_the_vote_is_not_elected():
    # his own clause must tell of the election: 主持投票 or 宣布 is no win, the candidate after him is elected
    assert _actions("众议院议长约翰逊主持投票，共和党候选人获得多数票，当选议长。") == set()
    assert _actions("议会议长马丁主持投票，执政党候选人获得65票，当选总理。") == set()
    assert _actions("选举委员会主席阿里宣布，执政党候选人在第二轮投票中胜出，当选总统。") == set()
    got = _actions("执政党候选人阿里在第二轮投票中胜出，当选总统。")
    assert got == {("阿里", "总统", "appointed")}


def test_a_past_election_told_after_the_elect_is_no_post_today():
    # 特朗普在2016年大选中击败…，当选…: the year after the name, before 当选, tells of the past
    def elected(text):
        x = extract(Document("t", text, "t.txt", published=dt.date(2024, 11, 7)))
        return {(a.person, a.title) for a in x.appointments}
    assert elected("约翰·米勒在2016年大选中击败苏珊·格林，当选美国总统。") == set()
    assert elected("约翰·米勒在5日举行的大选中击败苏珊·格林，当选美国总统。") == {("约翰·米勒", "美国总统")}


def test_elected_for_a_term_still_to_begin_holds_no_post_yet():
    # 当选下任X: elected now, in office later; the election is told, no post held today (当选新任X: at once)
    x = extract(Document("t", "选举委员会宣布，前总统卡洛斯·门德斯获得52%的选票，当选下任秘鲁总统。", "t.txt"))
    assert {(a.person, a.title, a.action) for a in x.appointments} == {("卡洛斯·门德斯", "秘鲁总统", "appointed")}
    assert not any(p.person == "卡洛斯·门德斯" for p in x.posts)
    x = extract(Document("t", "议会今天投票，执政党议员约翰·米勒当选新任议长。", "t.txt"))
    assert ("约翰·米勒", "议长") in {(p.person, p.title) for p in x.posts}
    # a board's approval of the next head is the appointment itself (the golds' reading)
    x = extract(Document("t", "执行董事会5日一致批准美国财政部副部长戴维·马丁担任下任行长。马丁将于下月上任。", "t.txt"))
    assert ("戴维·马丁", "行长") in {(p.person, p.title) for p in x.posts}


def test_a_long_title_before_the_elected_name():
    got = _actions("会议选举老挝人民革命党中央委员会总书记本宁为国家主席，选举老挝人民革命党中央政治局委员西沙瓦为政府总理。")
    assert ("西沙瓦", "政府总理", "appointed") in got


def test_a_resignation_decided_after_the_titled_name():
    got = _actions("据报道，被曝出收受政治献金的日本总务大臣山口健一，今天决定辞职。")
    assert got == {("山口健一", "日本总务大臣", "resigned")}


def test_a_vote_told_before_decides_an_appointment():
    """会议经过表决，决定X、Y为大会副秘书长: the presidium's vote appoints the list; 决定将…提请 names nobody."""
    text = "会议经过表决，决定赵明远、钱立新、孙建国为大会副秘书长。会议经过表决，决定将决议草案提请各代表团审议。"
    assert _actions(text) == {(n, "大会副秘书长", "appointed") for n in ("赵明远", "钱立新", "孙建国")}


def test_a_nomination_after_an_election_is_no_entry_of_the_election():
    got = _actions("理事会3日选举前总理卡尔松为理事会主席，提名财政大臣贝克担任下任央行行长。")
    assert ("贝克", "央行行长", "appointed") not in got


def test_a_resignation_after_a_comma_is_the_subjects_only():
    """X，决定辞职 gives the resignation to X only when X's title opens the clause as its subject, never to the
    one a verb makes its object (他无法支持首相X，决定辞职), nor when a guess or rumour frames it."""
    for text in ("南洲交通大臣汤姆森16日在公开信中表示，他无法继续支持首相彼得·怀特，决定辞职。",
                 "多名内阁部长因不满总理卡里姆，决定辞职。",
                 "执政联盟议员纷纷指责总理卡里姆，决定辞职以示抗议。",
                 "有媒体猜测，首相彼得·怀特决定辞职。",
                 "据传，南洲首相彼得·怀特当天决定辞职。"):
        assert _actions(text) == set(), text
    assert _actions("今天，英国交通大臣汤姆森，决定辞职。") == {("汤姆森", "英国交通大臣", "resigned")}


def test_a_failed_or_coming_election_appoints_nobody():
    """未能|没有|拒绝|否决 before 选举|任命, or 将|将于|拟|下周 … before it: no one is elected yet."""
    for text in ("泰国国会当天未能选举人民力量党党首他纳通为总理。",
                 "泰国国会将于下周投票选举人民力量党中央执行委员会主席他纳通为总理。",
                 "泰国议会当天未能选出新总理，将于9日再次投票选举人民力量党党首他纳通为总理。",
                 "泰国议会以多数票否决任命人民力量党党首他纳通为国防部长。"):
        assert _actions(text) == set(), text
    assert _actions("泰国国会今天投票选举人民力量党党首他纳通为总理。") == {("他纳通", "总理", "appointed")}


def test_an_election_told_under_last_year_is_not_of_the_story():
    """去年3月，…随后X当选临时总统: an election of last year, not of the story's day."""
    def got(text):
        return {(a.person, a.date) for a in extract(Document("t", text, "t.txt", published=dt.date(2024, 1, 11))).appointments}
    assert got("去年3月，反对派武装推翻了前总统的政权，随后“塞雷卡”领导人朱玛当选临时总统。") == set()
    assert got("今天，“塞雷卡”领导人朱玛当选临时总统。") == {("朱玛", dt.date(2024, 1, 11))}


def test_a_resignation_handed_in_and_accepted():
    # X向Y提交辞呈，Y予以接受: the titles before the name are given up; one only handed in is not (yet)
    assert _actions("东洲总统府发表声明说，东洲政府总理卡尔·马丁已经代表政府向总统约翰·布朗提交辞呈，约翰·布朗对此予以接受。") == {
        ("卡尔·马丁", "东洲政府总理", "resigned")}
    assert not _actions("据报道，西洲政府总理彼得·怀特已向议长提交辞呈，议会将于下周讨论。")


def test_an_age_before_the_name_elected():
    # 选举81岁的X为…: the age describes the one elected, the entry is his
    assert _actions("东洲国民议会24号选举68岁的卡尔·马丁为东洲国务委员会主席，即日起开始他的第二个任期。") == {
        ("卡尔·马丁", "东洲国务委员会主席", "appointed")}


def test_a_kin_word_before_the_name_removed():
    # 免去他的侄子X的…: the kin word describes the one removed, the entry is his
    assert ("穆克林", "王储", "removed") in _actions("沙特阿拉伯国王今天发布命令，免去他的侄子穆克林的王储、副首相职位。")


def test_rm40b_a_resignation_refused_or_still_to_be_decided_is_not_given_up():
    # 拒绝接受, 暂不予以接受, 将决定是否接受: handed in, not accepted
    for text in ("据当地媒体报道，南洲政府总理马里奥·罗萨15日向总统卡洛斯·贝拉提交辞呈，但卡洛斯·贝拉拒绝接受其辞呈。",
                 "北洲总理阿兰·杜布瓦当天向总统让·马丁递交辞呈，让·马丁表示暂不予以接受。",
                 "西洲总理哈米德·拉希德向国民议会提交辞呈，议会将于本月底决定是否接受他的辞呈。",
                 "东洲总理汉斯·穆勒向总统提交辞呈，总统尚未接受其辞呈。"):
        assert _actions(text) == set(), text


def test_rm40b_the_one_who_tells_of_a_resignation_resigns_nothing():
    # X向记者表示|透露Y已提交辞呈: X speaks to a listener of another's resignation
    for text in ("东洲政府发言人彼得·施密特向记者表示财政部长已提交辞呈，总理对此予以接受。",
                 "总统府秘书长若昂·席尔瓦向媒体透露内阁全体成员已经提交辞呈，总统予以接受。",
                 "东洲总统府办公厅主任安娜·科斯塔向议长证实总理卡尔·马丁已提交辞呈，议长予以接受。"):
        assert all(p != "彼得·施密特" and p != "若昂·席尔瓦" and p != "安娜·科斯塔" for p, _, _ in _actions(text)), text


def test_rm40b_a_resignation_handed_to_the_head_of_state_gives_up_the_government_post_only():
    # 总理、某党总书记X向总统Y递交辞呈: he leaves the government, not his party's post
    assert _actions("葡萄牙总理、社会党总书记马可·罗西7日向总统保罗·比安奇递交辞呈，保罗·比安奇予以接受。") == {
        ("马可·罗西", "葡萄牙总理", "resigned")}


def _posts_on(text: str, day: dt.date) -> set[tuple[str, str]]:
    return {(p.person, p.title) for p in extract(Document("t", text, "t.txt", published=day)).posts}


def test_a_town_former_chain_covers_every_title():
    """某镇原党委副书记、镇长X: 原 after the town covers the whole chain (镇原 is a county's name only before 县)."""
    assert not _posts_on("湖南省某县新塘镇原党委副书记、镇长李志刚截留扶贫资金问题。", dt.date(2016, 8, 1))
    assert ("李明", "甘肃省庆阳市镇原县委书记") in _posts_on("甘肃省庆阳市镇原县委书记李明到乡村调研。", dt.date(2016, 8, 1))



def test_a_village_or_school_whose_name_opens_on_yuan_is_no_former_post():
    """闽宁镇原隆村党支部书记X, 镇原中学校长Y: 原 opens a village's or school's name, the post is current."""
    day = dt.date(2016, 8, 1)
    assert ("张立新", "西川镇原丰村党支部书记") in _posts_on("西川镇原丰村党支部书记张立新说，村里新修了水渠。", day)
    assert ("王国强", "东川镇原峰村村委会主任") in _posts_on("东川镇原峰村村委会主任王国强说，今年收成不错。", day)
    assert ("刘志远", "庆阳市镇原中学校长") in _posts_on("庆阳市镇原中学校长刘志远说，学校今年扩招。", day)
    assert not _posts_on("西川镇原党支部书记张立新因违纪被查处。", day)


def test_a_title_quoted_after_a_year_that_opens_a_span_to_now_is_current():
    """发言人说，2017年以来，“在…主席和…总统的引领下…”: a span to the article's day, the posts are current."""
    day = dt.date(2019, 6, 3)
    for since in ("2017年以来", "自2017年起", "2017年至今"):
        assert {("汉斯·穆勒", "总统")} <= _posts_on(f"发言人王立新说，{since}，“在汉斯·穆勒总统的引领下，两国关系稳定发展。”", day)
    assert ("汉斯·穆勒", "总统") not in _posts_on("发言人王立新说，2007年，“在汉斯·穆勒总统的引领下，两国关系稳定发展。”", day)


def test_a_title_quoted_from_a_document_of_an_earlier_year_is_the_post_of_then():
    """2009年致信…，信中写道“…奥巴马总统…”: the quotation is of then, no post on the article's day."""
    day = dt.date(2015, 6, 8)
    assert not _posts_on("报道称，该组织负责人2009年曾致信有关部门，信中写道，此事“已与奥巴马总统商定”。", day)
    assert ("奥巴马", "总统") in _posts_on("报道称，该组织负责人今年曾致信有关部门，信中写道，此事“已与奥巴马总统商定”。", day)


def test_a_concurrent_chain_in_an_appointment_is_two_posts():
    """选举X担任某国国务委员会主席兼部长会议主席: two posts held at once, the state shared, never one compound title."""
    got = _actions("智利议会10日选举罗伯托·桑切斯担任秘鲁国务委员会主席兼部长会议主席，接替前任。")
    assert ("罗伯托·桑切斯", "秘鲁国务委员会主席", "appointed") in got and ("罗伯托·桑切斯", "秘鲁部长会议主席", "appointed") in got
    assert not any("兼" in t for _, t, _ in got)


def test_two_whole_titles_joined_by_he_are_two_posts():
    """任命X为王储和副首相, 免去Y的副首相和内政大臣职位: each side a whole title; 外交和欧洲事务部部长 stays one body."""
    got = _actions("约旦国王今天发布命令，任命阿卜杜拉·哈桑为副总理和财政部长。")
    assert {("阿卜杜拉·哈桑", "副总理", "appointed"), ("阿卜杜拉·哈桑", "财政部长", "appointed")} <= got
    got = _actions("国王今天发布命令，免去阿卜杜拉·哈桑的王储、副首相和内政大臣职位。")
    assert got == {("阿卜杜拉·哈桑", t, "removed") for t in ("王储", "副首相", "内政大臣")}
    assert ("米兰·科瓦奇", "外交和欧洲事务部部长", "appointed") in _actions("议会任命米兰·科瓦奇为外交和欧洲事务部部长。")


def test_kin_before_the_appointee_and_a_post_kept_besides():
    """任命自己儿子、副王储X为王储，并继续担任国防大臣一职: the kin word opens no name, the kept post is his too."""
    day = dt.date(2017, 6, 21)
    text = "国王今天发布命令，免去他的侄子阿卜杜拉·哈桑的王储职位，任命自己儿子、副王储费萨尔·本·哈立德为王储，并继续担任国防大臣一职。"
    got = _actions(text)
    assert {("阿卜杜拉·哈桑", "王储", "removed"), ("费萨尔·本·哈立德", "王储", "appointed")} <= got
    posts = _posts_on(text, day)
    assert {("费萨尔·本·哈立德", "副王储"), ("费萨尔·本·哈立德", "王储"), ("费萨尔·本·哈立德", "国防大臣")} <= posts
    assert ("阿卜杜拉·哈桑", "王储") not in posts
    assert ("劳尔·门多萨", "秘鲁共产党中央第一书记") in _posts_on("劳尔·门多萨继续担任秘鲁共产党中央第一书记。", day)


def test_a_post_kept_told_as_a_past_story_is_none_and_qi_is_the_verb():
    """父亲退休后，女儿X继续担任起村党支部书记，这一干就是18年: 起 belongs to the verb, and a post kept in a past
    story (how long it lasted, 卸任后) is no post now."""
    day = dt.date(2019, 11, 26)
    posts = _posts_on("老支书刘德山退休后，女儿刘秀英继续担任起东坪村党支部书记，这一干就是18年。卸任后的刘秀英仍在村里帮忙。", day)
    assert not any(p == "刘秀英" for p, _ in posts)
    posts = _posts_on("村民代表大会上，女儿刘秀英继续担任起东坪村党支部书记。", day)
    assert not any(t.startswith("起") for _, t in posts)


def test_a_title_after_he_or_jian_takes_the_whole_body_before_unless_it_names_its_own():
    """任命X为某常委会副委员长和秘书长 / 兼秘书长: the standing committee's secretary-general, not the congress's; 行长兼党委副书记:
    the bank's party committee; 主席和亚篮联中央局委员: a body of its own, none added."""
    got = _actions("会议任命张德明为全国人大常委会副委员长和秘书长。")
    assert ("张德明", "全国人大常委会秘书长", "appointed") in got and ("张德明", "全国人大秘书长", "appointed") not in got
    got = _actions("会议任命张德明为全国人大常委会副委员长兼秘书长。")
    assert ("张德明", "全国人大常委会秘书长", "appointed") in got and ("张德明", "秘书长", "appointed") not in got
    got = _actions("国务院任命李国华为中国人民银行行长兼党委副书记。")
    assert ("李国华", "中国人民银行党委副书记", "appointed") in got
    got = _actions("王立新当选亚洲足球联合会主席和亚足联执委会委员。")
    assert ("王立新", "亚足联执委会委员", "appointed") in got
    assert not any(t.startswith("亚洲足球联合会亚足联") for _, t, _ in got)
    got = _actions("议会任命阿卜杜拉·哈桑为外交部长和第一副总理。")
    assert ("阿卜杜拉·哈桑", "第一副总理", "appointed") in got and not any(t.startswith("外交第一") for _, t, _ in got)


def test_a_sitting_that_votes_its_secretary_general_appoints_him():
    # 会议…通过大会主席团名单，通过X为大会秘书长: the sitting's vote gives the post; 通过 of means (通过视频为…致辞) gives none
    got = _actions("会议以举手表决方式，通过由200人组成的大会主席团名单，通过王大明为大会秘书长。")
    assert ("王大明", "大会秘书长", "appointed") in got
    assert not _actions("国务院总理王大明通过视频为论坛致辞。")


def test_a_person_said_to_hold_a_named_bodys_post():
    """X代表是<org>院长，…: the clause's opening person holds the whole title it predicates (t43b)."""
    from kg.extract import extract
    from kg.model import Document

    got = {(p.person, p.title) for p in extract(Document("t", "会上，张建国代表是湖南岳阳市第一人民医院院长，他介绍了救治经验。", "t.txt")).posts}
    assert ("张建国", "湖南岳阳市第一人民医院院长") in got
    got = {(p.person, p.title) for p in extract(Document("t", "会上，张建国代表是一所乡村小学的校长，李明华是市公安局原局长。来驻村之前，王志刚是省农业科学院副院长。", "t.txt")).posts}
    assert not {t for n, t in got if "校长" in t or "局长" in t or "院长" in t}


def test_a_quoted_post_named_in_an_appointment():
    """任命X担任“…协调官”: the quoted post is the title, without its quotes (t43b)."""
    from kg.extract import extract
    from kg.model import Document

    text = "美国总统宣布任命约翰·斯坦利担任“流感疫情应对协调官”，负责协调各部门的工作。"
    got = {(p.person, p.title) for p in extract(Document("t", text, "t.txt")).posts}
    assert ("约翰·斯坦利", "流感疫情应对协调官") in got


@pytest.mark.parametrize("text", [
    "退休前，张建国代表是湖南岳阳市第一人民医院院长，如今他仍坚持为群众义诊。",
    "上世纪八十年代，张建国代表是湖南岳阳市第一人民医院院长，后来调任省卫生厅。",
    "有人说，张建国代表是湖南岳阳市第一人民医院院长，其实他只是一名普通医生。",
    "张建国代表是湖南岳阳市第一人民医院退休院长，如今他仍坚持为群众义诊。",
    "张建国代表是湖南岳阳市第一人民医院名誉院长，他介绍了救治经验。",
    "张建国代表是该院院长，他介绍了救治经验。",
    "张建国代表是湖南岳阳市第一人民医院院长助理，他介绍了救治经验。",
    "王海涛是湖南某建设集团有限公司原党委副书记，涉嫌受贿罪被提起公诉。",
    "纪念刘光明同志诞辰100周年座谈会今天举行。刘光明同志是中共第八届中央委员，是我军优秀的指挥员。",
])
def test_a_predicate_of_then_hearsay_or_no_named_post_is_no_post(text):
    """Rev43g: a post told of another time, by hearsay, as former, honorary or an aide's, or of a body
    not named is no post held now."""
    from kg.extract import extract
    from kg.model import Document

    got = {(p.person, p.title) for p in extract(Document("t", text, "t.txt")).posts}
    assert not {t for _, t in got if t.endswith(("院长", "助理", "书记", "委员"))}


@pytest.mark.parametrize("text", [
    "有传言称，英国财政大臣哈蒙德已被任命为英格兰银行行长，但英国政府对此予以否认。",
    "据消息人士透露，前外长穆罕默德已被任命为首相，官方尚未证实。",
])
def test_one_told_as_already_named_is_no_appointment(text):
    # 已被任命为 is told of rumours and nominations as often as of deeds: no appointment read from it (review of t44)
    assert not extract(Document("t", text, "t.txt")).appointments


def test_a_given_name_ending_in_wei_before_the_formula_wei():
    """任命陈国为为副部长: 为为 is the given name's 为, then the formula's; never (陈国, 为副部长)."""
    got = _actions("国务院任命张国为为商务部副部长，免去李建华的商务部副部长职务。")
    assert ("张国为", "商务部副部长", "appointed") in got and not any(p == "张国" or t.startswith("为") for p, t, _ in got)


def test_a_note_of_nation_or_sex_after_the_name_is_no_part_of_it():
    got = _actions("常委会决定：免去马文清(回族)的国家民族事务委员会副主任职务；任命乌云图(蒙古族)为国家民族事务委员会副主任；任命李秀兰（女）为市审计局局长。")
    assert got == {("马文清", "国家民族事务委员会副主任", "removed"), ("乌云图", "国家民族事务委员会副主任", "appointed"),
                   ("李秀兰", "市审计局局长", "appointed")}


def test_a_note_of_sex_and_nation_or_a_concurrent_post_after_the_name():
    # （女，回族）, （兼）: the note a list gives is skipped as in nlp; a word merely ending in 族 is no nation
    got = _actions("会议决定：任命韩玉珍（女，回族）为市人民政府副市长；任命赵明远（兼）为市发展和改革委员会主任。")
    assert got == {("韩玉珍", "市人民政府副市长", "appointed"), ("赵明远", "市发展和改革委员会主任", "appointed")}
    assert _actions("董事会决定任命孙立（家族）为集团董事长。") == set()


def test_a_removal_without_de_after_a_note_of_nation():
    # 免去X（蒙古族）国家…职务: the note stands between the name and the body, as the name alone would
    assert _actions("会议决定：免去韩立新（回族）国家民族事务委员会副主任职务。") == {
        ("韩立新", "国家民族事务委员会副主任", "removed")}


def test_a_post_held_besides_and_a_resignation_asked_for_by_qingci():
    # 免去X兼任的Y职务: the post he held besides is taken; 接受A、B请辞Y的决定: no 职务 closes the title
    assert _actions("根据常委会的决定：免去周立新兼任的水利部部长职务；任命陈海平为水利部部长。") == {
        ("周立新", "水利部部长", "removed"), ("陈海平", "水利部部长", "appointed")}
    assert _actions("会议通过了关于接受郑明远、黄秀兰请辞第十届全国政协委员的决定。") == {
        ("郑明远", "第十届全国政协委员", "resigned"), ("黄秀兰", "第十届全国政协委员", "resigned")}


def test_no_longer_holding_without_tongzhi():
    # A、B不再担任Y opening its clause after the decision's words; …，不再担任Y after an appointment: its person
    got = _actions("会议经过表决，通过关于同意方建华不再兼任政协第九届全国委员会秘书长职务的决定；任命孔德明为第九届全国政协副秘书长，"
                   "罗志远、丁海涛不再担任第九届全国政协副秘书长。")
    assert got == {("方建华", "政协第九届全国委员会秘书长", "removed"), ("孔德明", "第九届全国政协副秘书长", "appointed"),
                   ("罗志远", "第九届全国政协副秘书长", "removed"), ("丁海涛", "第九届全国政协副秘书长", "removed")}
    assert ("钱立群", "甘肃省委书记", "removed") in _actions("中共中央决定：钱立群同志任江西省委书记，不再担任甘肃省委书记职务。")
    # a life told: no removal now; a clause whose subject is no name list: none
    assert _actions("1995年，65岁的孙德福不再担任县人大常委会副主任。") == set()
    assert _actions("这次改组最大的变化在于王志刚不再担任外交部长。") == set()


def test_a_resignation_told_plainly_after_the_titled_name():
    # [title]X(，因…，)(已于当天|先后|也)辞职 or 辞去了职务: the titles before each name of the list are given up
    got = _actions("东洲总理府3日宣布，东洲国民议会议长卡尔·马丁，因挪用公务经费遭到批评，已于当天辞职。"
                   "4日，西洲农业部长约翰·布朗和卫生部长安娜·卡罗两名内阁官员先后辞职。"
                   "此前，英国财政大臣彼得·怀特也辞去了职务。"
                   "包括美国总统特使马可·罗西、国家安全事务副助理汤姆·格林等在内的多名官员也都宣布辞职。")
    assert got == {("卡尔·马丁", "东洲国民议会议长", "resigned"), ("约翰·布朗", "西洲农业部长", "resigned"),
                   ("安娜·卡罗", "卫生部长", "resigned"), ("彼得·怀特", "英国财政大臣", "resigned"),
                   ("马可·罗西", "美国总统特使", "resigned"), ("汤姆·格林", "国家安全事务副助理", "resigned")}
    # asked for, refused, still to come, a former post, or no clause end (辞职后, 辞职信): none
    assert not _actions("反对派希望东洲总理卡尔·马丁辞职。西洲总理约翰·布朗拒绝辞职。南洲总理彼得·怀特将辞职。"
                        "前北洲总理安娜·卡罗辞职后，北洲政局动荡。东洲外长马可·罗西辞职信已经公开。")
    # …nor when the cause told before it hides the word that it is to come, refused or weighed, nor in a past year
    for text in ("日本首相山田一郎因健康原因，将于下月正式辞职。", "韩国总理金正浩因受到批评，拒绝辞职。",
                 "英国首相彼得·怀特因党内压力，考虑辞职。", "日本首相山田一郎因健康原因将辞职。",
                 "英国首相彼得·怀特在2016年公投中辞职。"):
        assert not _actions(text), text


def test_a_removal_whose_person_is_qi():
    # 免去其Y职务: 其 is the one person named before it in its clause run, or else in its sentence; 及兼任的其他 is no title
    got = _actions("集团纪委查处了东方电力股份有限公司原党委书记王建国违纪问题。山西省委常委李卫东接受审查。"
                   "经集团纪委研究决定，给予王建国撤销党内职务处分，依程序免去其东方电力股份有限公司总经理及兼任的其他职务。"
                   "会议决定给予李卫东开除党籍处分；免去其山西省委委员职务。")
    assert got == {("王建国", "东方电力股份有限公司总经理", "removed"), ("李卫东", "山西省委委员", "removed")}
    # two persons before it: whose post it is the text does not say
    assert not _actions("市长王建国、副市长李卫东出席。会议听取了王建国关于李卫东问题的汇报，决定免去其市财政局局长职务。")
    # the one named signs, speaks or reports, no one is named as its object: none (review rev56b)
    assert not _actions("国家主席王建国签署主席令，根据全国人大常委会的决定，免去其外交部部长职务。")
    assert not _actions("会议听取了市长赵振华的报告，决定免去其市政府秘书长职务。")


def test_a_removal_of_a_name_the_story_reads_before_a_national_body():
    # 免去X政协…职务 with no 的: a name the story reads (titled elsewhere) ends where the body opens, though its
    # given name is a common word the grammar alone would not end it on
    # (a public figure of the lexicon, the story's only reading of his name here)
    got = _actions("常委会议审议了有关人事事项，通过关于免去令计划政协第十二届全国委员会常务委员职务的决定。")
    assert got == {("令计划", "政协第十二届全国委员会常务委员", "removed")}


def test_an_election_congratulated_is_a_post_observed_not_an_appointment():
    # 致函，热烈祝贺X当选Y: the vote came days before the message, so no appointment of the story's day; the post is held
    x = extract(Document("t", "一些国家领导人近日继续致电或致函，热烈祝贺王建国当选东洲共产党中央委员会总书记。"
                              "会议选举李卫东为市人民政府市长。", "t.txt", published=dt.date(2024, 4, 13)))
    assert {(a.person, a.title, a.action) for a in x.appointments} == {("李卫东", "市人民政府市长", "appointed")}
    assert {(p.person, p.title) for p in x.posts} >= {("王建国", "东洲共产党中央委员会总书记"), ("李卫东", "市人民政府市长")}


def test_p58_removal_without_de_from_a_supreme_court_or_procuratorate():
    """免去X|最高人民法院副院长…职务: the supreme court and procuratorate open the title list as a national body
    does, so the name's edge is read there with no 的; the later titles share its body."""
    got = _actions("会议经表决免去周立新最高人民法院副院长、审判委员会委员职务，免去林海涛最高人民检察院副检察长职务。")
    assert got == {("周立新", "最高人民法院副院长", "removed"), ("周立新", "最高人民法院审判委员会委员", "removed"),
                   ("林海涛", "最高人民检察院副检察长", "removed")}


def test_p58_a_body_named_in_quotes_in_the_title_list():
    """辞去“某某阵线”总书记职务, 选举X为“某某运动”主席: the quoted body and its role read as one title (as before a
    name), kept with its quotes as the story writes it."""
    got = _actions("大会选举阿卜杜拉·拉希德为“民族团结运动”主席。议会议长萨米尔·哈达德宣布辞去“未来阵线”总书记职务。")
    assert got == {("阿卜杜拉·拉希德", "“民族团结运动”主席", "appointed"), ("萨米尔·哈达德", "“未来阵线”总书记", "resigned")}
