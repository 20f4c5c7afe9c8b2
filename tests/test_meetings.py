"""Meetings: names, dates, format and roles, as a table of short realistic cases."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract
from kg.model import Document

PUBLISHED = dt.date(2024, 4, 13)


def _meetings(text: str, published: dt.date | None = PUBLISHED):
    return extract(Document("t", text, "t.txt", published=published)).meetings


def _roles(meeting) -> set[tuple[str, str]]:
    return {(p.person, p.role) for p in meeting.participants}


def test_standing_committee_with_lists():
    (m,) = _meetings(
        "12日上午,市委书记张伟主持召开市委常委会会议并讲话。市委副书记、市长李明,市委常委王刚、赵强出席会议。"
        "市人大常委会主任孙平列席会议。市委常委陈立因公请假。"
    )
    assert (m.name, m.date_text, m.part_of_day) == ("市委常委会会议", "2024-04-12", "上午")
    assert _roles(m) == {("张伟", "chair"), ("张伟", "speaker"), ("李明", "attendee"), ("王刚", "attendee"),
                         ("赵强", "attendee"), ("孙平", "observer"), ("陈立", "absent")}


def test_entrusted_chair_and_nth_meeting_name():
    (m,) = _meetings("受县长黄海波委托,常务副县长周涛主持召开县政府第45次常务会议。")
    assert m.name == "县政府第45次常务会议" and m.ordinal == 45
    assert _roles(m) == {("周涛", "chair")}


def test_joint_meeting_is_one_record_with_parts():
    (m,) = _meetings("昨日,市委召开第十二次专题会议暨市安全生产委员会全体会议。市委书记张伟主持。")
    assert m.parts == ("市委第十二次专题会议", "市安全生产委员会全体会议")
    assert m.date_text == "2024-04-12" and m.ordinal == 12


def test_x_holds_nth_meeting_is_normalised_with_the_literal_as_alias():
    (m,) = _meetings("9日,县委理论学习中心组召开2024年第3次集中学习会。县委书记马超主持会议。")
    assert m.name == "县委理论学习中心组2024年第3次集中学习会"
    assert "县委理论学习中心组召开2024年第3次集中学习会" in m.aliases


@pytest.mark.parametrize(
    ("text", "mode"),
    [("会议以视频形式召开。", "video"), ("会议采取线上线下相结合方式召开。", "mixed"), ("会议在市行政中心召开。", None)],
)
def test_format(text, mode):
    (m,) = _meetings("5日,市委书记张伟主持召开市委常委会会议。" + text)
    assert m.mode == mode


def test_audiences_one_per_guest():
    ms = _meetings("国家副主席令狐志坚昨天在北京分别会见新西兰议会议长玛格丽特·安·惠特克和乌兹别克斯坦副总理贾洪吉尔·图拉耶夫。")
    assert sorted(m.name for m in ms) == ["会见玛格丽特·安·惠特克", "会见贾洪吉尔·图拉耶夫"]
    for m in ms:
        assert ("令狐志坚", "attendee") in _roles(m) and m.date_text == "2024-04-12"


def test_day_without_month_goes_back_a_month_when_needed():
    (m,) = _meetings("28日,市委书记张伟主持召开市委常委会会议。")
    assert m.date_text == "2024-03-28"


def test_no_publication_date_gives_month_day_only():
    (m,) = _meetings("3月28日,市委书记张伟主持召开市委常委会会议。", published=None)
    assert m.date is None and m.date_text == "--03-28"


def test_inspection_is_not_a_meeting():
    assert _meetings("近日,市委书记张伟深入高桥镇调研乡村振兴工作,实地察看产业园建设。") == ()


def test_watched_meeting_is_not_reported():
    assert _meetings("3月19日,我市收听收看全国安全生产电视电话会议。") == ()


# --- national news (issue 8, class 8) and real local news gaps (item 6) ----------------------


def test_counted_past_meetings_are_not_meetings():
    text = "五年来，中央先后召开了6次大会、9次座谈会，部署脱贫攻坚工作。"
    assert _meetings(text) == ()


def test_announced_meeting_is_not_held_on_the_announcement_day():
    text = "委员长会议决定，十四届全国人大常委会第九次会议4月23日至26日在北京举行。"
    assert _meetings(text) == ()
    assert _meetings("第三届中非经贸博览会将于6月29日在长沙开幕。") == ()


def test_today_with_the_date_in_brackets():
    (m,) = _meetings("全国春季农业生产工作会议今天（4月11日）在江西南昌召开。", published=dt.date(2024, 4, 12))
    assert m.date_text == "2024-04-11"


def test_a_range_is_dated_by_its_start_and_keeps_its_end():
    (m,) = _meetings("3月10日至12日，省委书记张伟主持召开省委全会。")
    assert (m.date_text, m.end_date_text) == ("2024-03-10", "2024-03-12")
    (m,) = _meetings("省政协十三届二次会议1月14日至16日在省会召开，主席王刚主持开幕会。", published=dt.date(2024, 1, 20))
    assert (m.date_text, m.end_date_text) == ("2024-01-14", "2024-01-16")


def test_a_foreign_chamber_keeps_its_country():
    (m,) = _meetings("日本众议院全体会议5日举行，首相出席。")
    assert m.name == "日本众议院全体会议"


def test_the_cppcc_is_an_organisation_not_a_meeting():
    assert _meetings("参加中国人民政治协商会议的各党派、各团体对此表示坚决支持。") == ()


def test_attendee_list_without_titles_after_the_cue():
    (m,) = _meetings("4月10日，市委召开全市组织工作会议。出席会议的有：王建军、李晓红、赵海峰等。")
    assert {("王建军", "attendee"), ("李晓红", "attendee"), ("赵海峰", "attendee")} <= _roles(m)


def test_speakers_and_reporters_as_the_gold_conventions_say():
    (m,) = _meetings("4月10日，县委书记张伟主持召开全县乡村振兴推进会。副县长王刚作交流发言，县农业农村局局长刘洋汇报工作。")
    assert {("张伟", "chair"), ("王刚", "speaker"), ("刘洋", "attendee")} <= _roles(m)
    assert ("刘洋", "speaker") not in _roles(m)


def test_meeting_named_by_its_type_only():
    (m,) = _meetings("4月10日下午，市长王刚主持召开调度会，研究重点项目推进工作。")
    assert (m.name, m.date_text) == ("调度会", "2024-04-10") and _roles(m) == {("王刚", "chair")}


def test_year_from_the_article_without_a_publication_date():
    (m,) = _meetings("市委理论学习中心组召开2019年第3次集体学习。3月28日，市委书记张伟主持学习。", published=None)
    assert m.date_text == "2019-03-28"


@pytest.mark.parametrize("text", [
    "3月5日，省委书记张伟主持召开省委常委会会议，传达学习习近平总书记在全国两会期间的重要讲话精神。",
    "国务院总理李克强5日主持召开国务院常务会议。会议指出，要贯彻习近平总书记在中央经济工作会议上的讲话要求。",
    "4月10日，市委书记王刚主持召开座谈会。他说，正如习近平总书记所强调的，发展是第一要务。",
])
def test_a_person_only_quoted_is_no_participant(text):
    (m,) = _meetings(text)
    assert all(p.person != "习近平" for p in m.participants)


def test_phone_call_is_a_meeting_of_both_principals():
    (m,) = _meetings("国家主席习近平4月10日晚同南非总统拉马福萨通电话。")
    assert (m.name, m.date_text) == ("同南非总统拉马福萨通电话", "2024-04-10")
    assert _roles(m) == {("习近平", "attendee"), ("拉马福萨", "attendee")}


def test_formal_report_to_a_session_is_a_speech():
    (m,) = _meetings("全国人大常委会第十次会议10日在北京举行。受国务院委托，财政部部长刘昆作了关于2023年中央决算的报告。")
    assert ("刘昆", "speaker") in _roles(m)
