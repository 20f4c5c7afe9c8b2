"""Appointments, removals and resignations stated by the text.

任命X为Y / 选举X为Y / X当选Y / 免去X的Y职务 / 接受X辞去Y职务, and the party's wording
X同志任Y / X同志不再担任Y职务: the title list is split on 、 and each part must read as a title.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from kg import grammar, lexicons
from kg.extract import posts
from kg.extract.context import Context
from kg.extract.meetings import resolve_date
from kg.model import Appointment, PostObservation

__all__ = ["as_posts", "extract", "held_posts", "took_office"]

_PATTERNS = (
    ("appointed", lexicons.guarded(r"(?:决定)?任命"), ("为", "担任")),
    ("appointed", lexicons.guarded(r"(?<!被)选举"), ("为", "担任")),
    ("appointed", lexicons.guarded(r"(?<!被)推选"), ("为", "担任")),  # 主席团会议推选X为书记处第一书记
    ("appointed", lexicons.guarded(r"(?<!被)批准"), ("为", "担任")),  # 最高领袖批准X为总统, 执行董事会批准X担任下任行长
    # a sitting's vote on its officers (会议…通过大会主席团名单，通过X为大会秘书长): only where the sitting acts, after a clause break or its name
    ("appointed", lexicons.guarded(r"(?:(?<=[，,；;])|(?<=会议)|(?<=会议并)|(?<=会议还)|(?<=表决))通过"), ("为",)),
    # 决定：\n许其亮、张又侠为…副主席 or a body that appoints before it (常委会决定X为…), never a bare 决定
    # (县委决定X为优秀共产党员), or a vote just told (会议经过表决，决定X、Y为大会副秘书长); the optional 决定 before 增补 only keeps the 决定 branch from taking it first
    ("appointed", lexicons.guarded(r"(?:决定[：:，,]?\s*)?(?:增补|递补)|决定[：:]|决定(?:(?<=常委会决定)|(?<=主席团决定)|(?<=人大决定)|(?<=国务院决定)|(?<=军委决定)|(?<=常委会会议决定)|(?<=主席团会议决定)|(?<=表决，决定)|(?<=表决,决定))(?![任免])"), ("为",)),
    ("removed", lexicons.guarded(r"(?:决定)?免去|免除|解除"), ("的", "同志的", "兼任的")),  # 免去X兼任的Y职务: the post he held besides
    ("resigned", lexicons.guarded(r"接受"), ("辞去", "请辞")),  # 接受X、Y请辞…委员的决定
)
_TITLES_END = {
    "appointed": re.compile(r"[,，;；。\n]|$"),
    "removed": re.compile(r"(?:的)?(?:职务|职位)|[,，;；。\n]"),
    "resigned": re.compile(r"(?:的)?职务|的(?=请求|申请|决定)|[,，;；。\n]"),  # (请辞…委员的决定: no 职务 to close it)
}


def extract(ctx: Context, drafts: bool = False) -> tuple[Appointment, ...]:
    """The personnel actions of a story; with ``drafts``, also those a draft only proposes
    (关于接受X辞去…职务的请求的决定草案) or a life story tells (1928年11月，X当选…), dated as of the
    story: those are only for the persons they name, never records for the graph."""
    text, out = ctx.text, []
    known = ctx.vouched_names  # the formula vouches for the post
    for action, cue, joins in _PATTERNS:
        for m in cue.finditer(text):
            if ctx.rec.in_meta(m.start()) or (action == "appointed" and _not_done(text, m.start())):
                continue
            p = _skip_space(text, m.end(), "：:")
            # a cue may head a list, one entry per line: 任命\n  张三为…;\n  李四为…
            while not _PUT_FORWARD.match(text, p) and (entry := _entry(ctx, action, p, joins, known, drafts)) is not None:
                records, p = entry
                out.extend(records)
                p = _skip_space(text, p, "。;；,，、")  # (选举X为…，提名Y担任…: a nomination after it is no entry of the cue)
    out.extend(_party_decisions(ctx, known, past=drafts))
    out.extend(_no_longer(ctx, known, out))
    out.extend(_passives(ctx))
    out.extend(_titled_removals(ctx))
    out.extend(_removed_by_pronoun(ctx, out))
    out.extend(_removed_passive(ctx))
    out.extend(_resigned_announced(ctx))
    out.extend(_resigned_plainly(ctx))
    return tuple(sorted(set(out), key=lambda a: (a.person_mention.start, a.title_mention.start, a.action)))


# before an elect or appoint verb in its clause: one that failed or was refused (议会未能选举X为总理, 否决任命…),
# or one still to come (国会将于下周投票选举X为总理, 拟任命…): no post given
_FAILED = re.compile(r"(?:未能|没能|没有|未|拒绝|否决|不)(?:投票|正式|再次|再度)*$")
_TO_COME = re.compile(r"(?:(?<![中少上大])将(?!军|领|士)|拟|计划|准备|即将|下周|下个?月|明天|明日)[^，,。；;！？\n]{0,16}$")


def _not_done(text: str, v: int) -> bool:
    """Whether the elect or appoint verb at ``v`` is told as failed, refused or still to come."""
    cs = _clause_start(text, v)
    return _FAILED.search(text, cs, v) is not None or _TO_COME.search(text, cs, v) is not None


_AGAIN = ("再次", "再度", "全票", "高票")  # how one is elected: X再次|全票当选Y
_PARTY = lexicons.guarded(r"同志(?P<verb>任|兼任|不再担任)|(?:同志)?(?:" + "|".join(_AGAIN) + r")?(?P<elected>当选为|当选)")
_STILL = lexicons.guarded(r"同志继续担任")  # 习近平同志继续担任中共中央总书记、中央军委主席
_PARTY_END = re.compile(r"(?:的)?职务|[,，;；。\n（(]")


def _party_decisions(ctx: Context, known, cue: re.Pattern = _PARTY, past: bool = False, cheered: bool = False) -> list[Appointment]:
    """经省委研究决定：张三同志任临汾市委委员、常委、书记；李四同志不再担任…职务。With ``past``, also
    those told of a life (1928年11月，X当选…), for the persons they name. An election congratulated (致函，热烈祝贺X
    当选Y) is no appointment of the story's day, the vote came days before the message: only with ``cheered``,
    which gives those alone (as posts observed, ``took_office``)."""
    text, out = ctx.text, []
    for m in cue.finditer(text):
        if ctx.rec.in_meta(m.start()):
            continue
        p = next((h.start for h in ctx.rec.persons if h.end == m.start()), None)  # 帕巴拉·格列朗杰|当选
        if p is None and not any(c in "·-" for c in text[max(0, m.start() - 5) : m.start()]) and text.startswith(("同志", "当选"), m.start()):
            # no foreign name's tail, and no name guessed before an adverb (_AGAIN only after a name found: 祝贺卡|里莫夫再次当选)
            p = next((p for p in (m.start() - 3, m.start() - 2, m.start() - 4)
                      if p >= 0 and _left_edge(text, p)
                      and grammar.name_end(text, p, known, extra=("同志", "当选"), min_strength=2) == m.start()
                      and not (text[m.start() - 1] in "其他她" and m.start() - 1 - p >= 2 and text[p : m.start() - 1] in lexicons.common_words())), None)
            # (祝贺|其|当选: a verb and a pronoun, no name)
        q = m.start()
        told_to = p  # the past is looked for before the name
        if p is None and m.groupdict().get("elected") and text[q - 1 : q] in "，," and (h := _elected_subject(ctx, q)) is not None:
            p, q = h.start, h.end  # 岸田文雄在…选举中得票均超半数，|当选日本第101任首相: the sentence's subject
            told_to = m.start()  # and up to 当选 (特朗普在2016年大选中击败…，当选…: a past election)
        if p is None:
            continue
        if m.groupdict().get("elected") and any(h.name == text[p : m.start()] and any("当选" in t.text for t in h.titles) for h in ctx.rec.persons):
            continue  # 美国当选总统特朗普…特朗普当选美国总统: the story calls him elect, the post is not yet his
        if not past and cheered != bool(m.groupdict().get("elected") and text.endswith("祝贺", 0, p)):
            continue  # 祝贺X当选Y: read by ``took_office`` alone
        action = "removed" if m.groupdict().get("verb") == "不再担任" else "appointed"  # 任, 兼任, 当选, 继续担任
        if not past and _told_of_past(ctx, max(text.rfind("。", 0, p), text.rfind("\n", 0, p)) + 1, told_to):
            continue  # 2003年3月，X同志不再担任…职务, 1928年11月，X当选…: a life's story, the post left or taken long before
        end = _PARTY_END.search(text, m.end())
        names = _elected_list(ctx, known, p) + [(p, q)] if m.groupdict().get("elected") and q == m.start() else [(p, q)]
        out += _respective(ctx, names, _records(ctx, action, names, m.end(), te := end.start() if end else len(text)), m.end(), te)
    return out


_BOTH_RANKS = re.compile(r"正、?副")  # 正、副主席: two posts written as one


def _respective(ctx: Context, names: list[tuple[int, int]], records: list[Appointment], ts: int, te: int) -> list[Appointment]:
    """The records of a list of the elect over a list of titles, paired one to one in order (A、B当选为美国总统和副总统:
    A the first, B the second; as many names as titles), else none (A、B当选为正、副主席: the titles cannot be told
    apart); one title is everyone's (A、B当选为副主席)."""
    titles = sorted({r.title_mention.start for r in records})
    both = _BOTH_RANKS.search(ctx.text, ts, te) is not None
    if len(names) < 2 or len(titles) <= 1 and not both:
        return records
    if both or len(titles) != len(names):
        return []
    people = [ctx.norm.to_original(a, b)[0] for a, b in names]
    return [r for r in records if people.index(r.person_mention.start) == titles.index(r.title_mention.start)]


_LIST_OPENS = "；;。：:，,\n\u3000 "  # where a list of the elect opens its clause (宣布：|A、B当选为…; …；|A、B当选为…; 表决后，|A、B当选…)


def _elected_list(ctx: Context, known, p: int) -> list[tuple[int, int]]:
    """The names of a 、-list closing on the name at ``p`` before 当选 (张三、李四、王五当选为…副委员长): each is
    elected too; only a list of names alone that opens its clause, else none (祝贺A、B当选: read elsewhere)."""
    text, found = ctx.text, []
    while p > 0 and text[p - 1] == "、":
        e = p - 1
        s = next((h.start for h in ctx.rec.persons if h.end == e), None)
        if s is None:  # a name the recogniser left: the whole item between two marks is one (艾力更-依明巴海)
            s = max(text.rfind(ch, 0, e) for ch in _LIST_OPENS + "、") + 1
            if not 2 <= e - s <= 12 or grammar.name_end(text, s, known, extra=("、",), min_strength=2) != e:
                s = None
        if s is None:
            return []
        found.insert(0, (s, e))
        p = s
    return found if found and (p == 0 or text[p - 1] in _LIST_OPENS) else []


_NO_LONGER = lexicons.guarded(r"不再(?:担任|兼任)")
# what may open the clause of a decision before its name list (会议决定，|关于同意|X不再担任…): the decision, no subject
_DECIDED = re.compile(r"[\s\u3000]*(?:本次)?(?:会议)?(?:还|并)?(?:决定|通过)?(?:关于)?(?:同意)?")


def _no_longer(ctx: Context, known, told: list[Appointment]) -> list[Appointment]:
    """A post left by a decision without 同志 before the cue: A、B不再担任|不再兼任Y (会议决定，朴道春不再担任…; 通过关于同意
    X不再兼任…职务的决定), the names opening their clause after the decision's words; or …，不再担任Y right after an
    appointment's titles (娄勤俭同志任江苏省委书记，不再担任陕西省委书记职务; 增补X为…副主任，不再担任…): its person.
    Never in a sentence told of the past (1993年，X不再担任…)."""
    text, out = ctx.text, []
    for m in _NO_LONGER.finditer(text):
        if ctx.rec.in_meta(m.start()) or text[m.start() - 2 : m.start()] == "同志":
            continue  # (X同志不再担任: the party decisions read it)
        sentence = _sentence_opening(text, m.start())
        if _told_of_past(ctx, sentence, m.start()):
            continue
        end = _TITLES_END["removed"].search(text, m.end())
        te = end.start() if end else len(text)
        if text[m.start() - 1 : m.start()] in ("，", ","):
            at = ctx.norm.to_original(m.start() - 1, m.start())[0]
            names = {(a.person_mention, a.person) for a in told if a.action == "appointed" and a.title_mention.end == at}
            for mention, person in names:
                out += [dataclasses.replace(a, person=person, person_mention=mention)
                        for a in _records(ctx, "removed", [(0, 0)], m.end(), te)]
            continue
        cs = _clause_start(text, m.start())
        lead = _DECIDED.match(text, cs)
        entry = _entry(ctx, "removed", lead.end(), ("不再担任", "不再兼任"), known)
        if entry is not None and entry[0] and all(a.person_mention.end <= ctx.norm.to_original(m.start(), m.end())[0] for a in entry[0]) \
                and _names_reach(ctx, lead.end(), m.start(), entry[0]):
            out += entry[0]
    return out


def _names_reach(ctx: Context, s: int, e: int, records: list[Appointment]) -> bool:
    """Whether the names of ``records`` fill ``text[s:e]`` but their 、 (A、B不再担任: nothing else before the cue)."""
    spans = sorted({(r.person_mention.norm, r.person_mention.start) for r in records}, key=lambda x: x[1])
    return "、".join(n for n, _ in spans) == ctx.text[s:e]


_EDITION_OPEN = re.compile(r"第[\d一二三四五六七八九十百]+[届任]")  # 当选第58届|美国总统: which holder, before the state
# what may open a sentence before its subject: a time (10日，), a word of his side (执政党), a former rank (前)
_SUBJECT_LEAD = re.compile(r"[\s\u3000]*(?:(?:当地时间)?(?:\d{1,2}月)?\d{1,2}[日号]|[今昨]天|当天|当日)?(?:上午|下午|晚上)?[，,]?(?:执政党|反对党|前|现任)?")
_BEATS = re.compile(r"击败|战胜|打败")
# what makes the elect's own clause an election (…在选举中获胜，|获得392张有效选票，|在…全体会议上，), never one
# who runs or announces it (议长X主持投票，…候选人获得多数票，当选…; 主席X宣布，…)
_ELECTION = re.compile(_BEATS.pattern + r"|胜出|获胜|胜利|赢得|得票|选票|推举|选举|大选|投票中|会议上|大会上")
_SAYING = re.compile(r"表示|说|称|指出|强调|认为|希望|预计|有望|可能|如果|若|将")  # words said, or a 当选 still to come


def _elected_subject(ctx: Context, c: int):
    """The subject of a 当选 opening a clause at ``c`` (…岸田文雄在两院选举中得票均超半数，|当选…; X击败Y，|
    再次当选…): the first person of the sentence, with only a time or his titles before him, at most two
    clauses back, no other person between but one he beats, no words said and no 的 after him, and his own
    clause telling of the election (not 议长X主持投票，…); else None.
    The clauses before his own (…统计结果显示，) may frame the news but name no person."""
    text = ctx.text
    s = max(text.rfind(ch, 0, c) for ch in _SENTENCE_ENDS) + 1
    persons = sorted((h for h in ctx.rec.persons if s <= h.start < c), key=lambda h: h.start)
    if not persons:
        return None
    h = persons[0]
    lead = h.titles[0].start if h.titles and h.titles[0].start >= s else h.start
    cs = max(s, max(text.rfind(ch, s, lead) for ch in "，,：:") + 1)  # …结果显示，|美国共和党总统候选人X: a frame before his clause
    if not _SUBJECT_LEAD.fullmatch(text, cs, lead) or text.startswith("的", h.end) or sum(text.count(ch, h.end, c) for ch in "，,") > 2:
        return None
    if _SAYING.search(text, h.end, c) or any(not _BEATS.search(text, h.end, g.start) for g in persons[1:]):
        return None
    own = min((i for i in (text.find("，", h.end, c), text.find(",", h.end, c)) if i >= 0), default=c)
    if not _ELECTION.search(text, h.end, own):
        return None
    return h


_REMOVAL_CUE = re.compile(r"(?:免去|免除|解除|撤销)了?$")
_REMOVAL_TAIL = re.compile(r"的?(?:一切|全部|所有|各项)?(?:职务|职位)")  # never 党内职务: the party posts, not the titles named
_LIST_AND = ("、", "和")


def _titled_removals(ctx: Context) -> list[Appointment]:
    """解除(了)[title][name](、[title][name])的职务 (解除了国防部长X、总参谋长Y的职务): the titles the
    story puts before each name are the posts taken away; every name of the list must carry its own."""
    text, out = ctx.text, []
    if "职" not in text:
        return out
    hits = sorted((h for h in ctx.rec.persons if h.titles), key=lambda h: h.start)
    by_title = {h.titles[0].start: h for h in hits}
    for h in hits:
        if not _REMOVAL_CUE.search(text, max(0, h.titles[0].start - 3), h.titles[0].start) or ctx.rec.in_meta(h.start):
            continue
        listed = [h]
        while text[listed[-1].end : listed[-1].end + 1] in _LIST_AND and (nxt := by_title.get(listed[-1].end + 1)) is not None:
            listed.append(nxt)
        if not _REMOVAL_TAIL.match(text, listed[-1].end):
            continue
        for g in listed:
            out += _titled_records(ctx, g, "removed", "appointments.titled", 0.9, ctx.reference_date)
    return out


_PRONOUN_REMOVAL = lexicons.guarded(r"(?:决定)?(?:免去|免除)其")
_OTHER_POSTS = re.compile(r"(?:及|和|以及)?(?:所?兼任的|所兼)?其他的?$")
# 其 is the one a decision is about: named after 给予/任命/对 in his clause (给予X开除党籍处分，免去其…), or opening it
# (X同志…, X不再担任…, X因…)
_OBJECT_BEFORE = re.compile(r"给予|任命|对")
_SUBJECT_AFTER = re.compile(r"同志|不再|因")  # 董事长及兼任的其他|职务: the posts left unnamed


def _removed_by_pronoun(ctx: Context, told: list[Appointment]) -> list[Appointment]:
    """免去其Y职务 (给予X…处分，依程序免去其…董事长职务; 任命X为…，免去其…副主任职务): 其 is the one person named
    before it in its clause run up to a ；, or else, none named there, in its sentence (a name the story reads
    anywhere, or one an appointment ``told`` names); the formula must close on 职务, and 及兼任的其他 (the posts
    it does not name) is no title. Never where two persons stand there (whose post it is the text does not say)."""
    text, out = ctx.text, []
    names = {h.name for h in ctx.rec.persons} | {a.person_mention.norm for a in told}
    for m in _PRONOUN_REMOVAL.finditer(text):
        if ctx.rec.in_meta(m.start()):
            continue
        end = _TITLES_END["removed"].search(text, m.end())
        if end is None or not end.group().endswith("职务"):
            continue
        te = end.start()
        if (rest := _OTHER_POSTS.search(text, m.end(), te)) is not None:
            te = rest.start()
        named: dict[str, int] = {}
        for stops in ("。；;！？\n", "。！？\n"):
            s = max(text.rfind(c, 0, m.start()) for c in stops) + 1
            if named := {n: k for n in names if len(n) >= 2 and (k := text.rfind(n, s, m.start())) >= 0}:
                break
        if len(named) != 1 or any(n != o and n in o for n in named for o in names):
            continue  # (马建 of 马建国: no name of its own)
        (n, k), = named.items()
        opens = max(text.rfind(c, 0, k) for c in "，,：:；;。！？\n") + 1
        if not (_OBJECT_BEFORE.search(text, opens, k) or _SUBJECT_AFTER.match(text, k + len(n))):
            continue  # 习近平签署主席令…免去其…: one who signs, speaks or hears, not the one removed
        out += _records(ctx, "removed", [(k, k + len(n))], m.end(), te)
    return out


def _titled_hits(ctx: Context) -> tuple[list, set[int]]:
    """The story's names with a title before them, in order, and where every name starts: what the removal and
    resignation formulas read after a name."""
    hits = sorted((h for h in ctx.rec.persons if h.titles and h.titles[-1].end <= h.start), key=lambda h: h.start)
    return hits, {h.start for h in ctx.rec.persons}


def _list_closing_on(text: str, h, by_end: dict) -> list:
    """``h`` and each titled name of the 、|和-list that closes on it (副局长A、顾问B等多名高官已被解职), first to
    last; ``by_end``: the titled names by where they end, built once per story."""
    listed = [h]
    while text[listed[0].titles[0].start - 1 : listed[0].titles[0].start] in _LIST_AND and (
            prev := by_end.get(listed[0].titles[0].start - 1)) is not None:
        listed.insert(0, prev)
    return listed


def _titled_records(ctx: Context, g, action: str, source: str, conf: float, date) -> list[Appointment]:
    """One record per title the story puts before the name ``g`` (the three rules that read the titles
    before a name as the posts taken away or given up), on ``date``."""
    return [Appointment(g.name, t.text, action, date, ctx.mention(g.start, g.end, "PERSON", source),
                        ctx.mention(t.start, t.end, "TITLE", source, conf), conf) for t in g.titles]


def _on_day(ref, day: str | None):
    """The date of 3日 in a story of ``ref``: that day of its month when not after the story's (14日 in a story
    of the 15th), else none (28日 in a story of the 2nd: a month the text does not say); no day, the story's."""
    if day is None or ref is None:
        return ref
    return ref.replace(day=int(day)) if 0 < int(day) <= ref.day else None


# told before the name in its paragraph: a month not the story's (上月，…; 2月，…), so a bare 14日 or none is of it
_MONTH_TOLD = re.compile(r"上个?月|去年|前年|(?P<month>\d{1,2})月")
_BEFORE_NOW = re.compile(r"此前|早前|先前")  # 此前，X被免职: some time before the story


def _told_date(ctx: Context, h, cue: str, day: str | None):
    """The date of a removal or resignation told right after the name ``h`` by ``cue`` (with its own ``day``): that
    day (``_on_day``); 当天|当日 the last day its paragraph told before; none after 此前 in its sentence or a month
    not the story's told before it in the paragraph (上月，…。X14日宣布辞职); else the story's."""
    text, ref = ctx.text, ctx.reference_date
    para = text.rfind("\n", 0, h.start) + 1
    sentence = _sentence_opening(text, h.start)
    month = None
    for month in _MONTH_TOLD.finditer(text, para, h.start):
        pass
    if ref is None or _BEFORE_NOW.search(text, sentence, h.start) or month and month["month"] != str(ref.month):
        return None
    if day is None and ("当天" in cue or "当日" in cue) \
            and (told := [d for d in ctx.rec.dates if para <= d.start < h.start and d.day and d.relative_days is None]):
        return resolve_date(told[-1], ref)[0] if told[-1].month else _on_day(ref, str(told[-1].day))
    return _on_day(ref, day)


_BY_RULE = "依法依纪|依法|依纪|依规"  # how a removal is done (被依法依纪免职), in both its patterns below
# X(因…)(已)被免职|解职|撤职 right after the titled name, or after 等…, 和另两名…, a day or an adverb
# (当天, 已, 均) and a clause of cause (因…, 是由于…而): never 的 (X的秘书被免职), never a verb of its
# own (发言人X证实…被免职), never one said may happen or not done: no modal, negation or hedge right before
# 被 (将被免职, 应该被解职, 因…而没有被撤职, 面临被解职),
# no condition before the name in its sentence (如果…, 一旦…)
_REMOVED_PASSIVE = re.compile(
    r"(?:等[^，,。；;！？\n被]{0,8}|[和及与]另(?:外)?[一二两三四五六七八九十\d]+(?:名|位|个)[^，,。；;！？\n被]{0,6})?"
    r"(?:当天|今天|日前|近日|随即|已经|已|均|也|都)*(?:是?(?:因|由于)[^，,。；;！？\n：:]{1,28}?而?)?"
    rf"(?:已经|已|均|也|都|随即)?被(?:{_BY_RULE})?(?:免职|解职|撤职)(?!的)")
_REMOVED_ANYWHERE = re.compile(rf"被(?:{_BY_RULE})?(?:免职|解职|撤职)")  # one scan a story before any name is tried
# right before 被: a removal that may come (将|应该被免职), was not done (没有|未被撤职, 免于被撤职, 拒绝被解职)
# or only threatened (面临|险些|恐被解职)
_MAY = re.compile(r"(?:将|会|应|该|要|能|或|不|没|没有|未|免于|面临|险些|差点|几乎|恐|拒绝|不愿|是否)$")
_IF = re.compile(r"如果|假如|一旦|若|倘若|如若")
# said, not done, before the name in its clause: asked for (要求X宣布辞职), denied or rumoured
# (否认X被解职, 有媒体称X已被解职), guessed (预计X将…)
_HEDGES = r"要求|敦促|呼吁|逼迫|迫使|否认|传言|传闻|谣言|据传|有消息称|有媒体称|媒体报道称|据称|被指|猜测|预计"
_NOT_ASSERTED = re.compile(_HEDGES)
# or in the clause before, when it frames the name's as words said: 有传言称，X…; 据传，X… (not 否认了相关传言，并证实X…)
_HEDGED_FRAME = re.compile(rf"(?:(?:{_HEDGES})[^，,。；;！？\n]*?(?:称|说|表示|透露)|据传|据称|有消息称|有媒体称|媒体报道称)[，,：:]$")



def _not_asserted(text: str, sentence: int, e: int) -> bool:
    """Whether the name ending its clause's words at ``e`` is told only as asked for, denied, rumoured or guessed:
    a hedge in its own clause, or a clause of saying before it that carries one."""
    clause = max(sentence, max(text.rfind(c, sentence, e) for c in "，,：:") + 1)
    return _NOT_ASSERTED.search(text, clause, e) is not None or clause > sentence and _HEDGED_FRAME.search(text, sentence, clause) is not None


# right after the act: a thing talked about (…被解职的消息, 宣布辞职只是时间问题|是迟早的事)
_TALKED_OF = re.compile(r"的(?:消息|传言|传闻|说法|报道|可能)|一说|(?:只|仅)?是(?:迟早|时间问题)")


def _former(text: str, first: grammar.Title) -> bool:
    """Whether the title chain opening with ``first`` is a former post, as the posts layer reads it: 原|前|时任
    before it (``posts.former_post``, 日前|此前 not) or 前|原 ending its body (韩国前总统, 国防部前部长)."""
    return posts.former_post(text, first.start, not first.org) or first.org.endswith(("前", "原", "前任")) or posts.former_of_state(first.org)


# a verb of saying read into a title (东洲国防部证实|国防部副部长X, 并证实|…): the speaker's words, no post
_SAYING_IN_TITLE = re.compile(r"证实|宣布|透露|表示|确认")


def _cut(text: str, first: grammar.Title) -> bool:
    """Whether ``first`` is a bare role whose body stands unread before it (…和陆军|司令Y): no post the
    posts layer would read, so no record rather than a bare 司令; or a title with a verb of saying read into it."""
    return not first.org and posts.cut_from_body(text, first) or _SAYING_IN_TITLE.search(first.text) is not None


def _removed_passive(ctx: Context) -> list[Appointment]:
    """[title][name](因…)被免职|解职|撤职 (某局局长张三因…被免职): the titles the story puts before the
    name are the posts taken away, and before each name of a 、|和-list closing on that one
    (副局长A、顾问B等多名高官已被解职); never a former post (原局长X), nor a removal still to come, nor in
    a paragraph told of the past from its last sentence opening on a time (2016年，…。国防部长X当天被解职)."""
    text, out = ctx.text, []
    if _REMOVED_ANYWHERE.search(text) is None:
        return out
    hits, starts = _titled_hits(ctx)
    by_end = {g.end: g for g in hits}
    for h in hits:
        m = _REMOVED_PASSIVE.match(text, h.end)
        if m is None or ctx.rec.in_meta(h.start) or any(h.end < s < m.end() for s in starts):
            continue
        sentence = max(text.rfind(c, 0, h.start) for c in "。；;！？\n") + 1
        if _MAY.search(text, h.end, text.rindex("被", h.end, m.end())) or _IF.search(text, sentence, h.start) \
                or _told_of_past(ctx, _time_set_from(text, text.rfind("\n", 0, h.start) + 1, h.start), h.start) \
                or _not_asserted(text, sentence, h.start) or _TALKED_OF.match(text, m.end()):
            continue
        date = _told_date(ctx, h, m[0], None)
        listed = _list_closing_on(text, h, by_end)
        for g in listed:
            first = g.titles[0]
            if _former(text, first) or _cut(text, first):
                continue
            out += _titled_records(ctx, g, "removed", "appointments.passive", 0.85, date)
    return out


# X(，)(14日|当天|随即…)宣布辞职 (or 决定辞职) or 宣布辞去Y一职|职务: a resignation the person announces, told right
# after the name or a day or adverb only (not 宣布辞职的X, not 要求X辞职; 可能宣布辞职 fails as 可能 is no slot's word)
_RESIGN_CUE = re.compile(r"[，,]?(?:(?P<day>\d{1,2})[日号](?:晚|早|上午|下午|晚间)?|当天|今天|当日|日前|随即|随后|突然|也|都|已经|已)*"
                        r"(?P<cue>(?:宣布|决定)(?:正式)?辞职(?![的信])|(?:宣布|决定)(?:正式)?辞去(?:其)?)")
_RESIGN_END = re.compile(r"(?:的)?(?:职务|一职|职位)")
_RUMOURED = re.compile(r"猜测|据传|传闻|传言|可能|或将|据报道称|有消息称")  # 有媒体猜测，首相X决定辞职: a guess, no resignation
# what may stand before the titled name in its clause when the cue follows a comma (X，决定辞职): a time or a
# place, or a clause that describes him ending in 的 (…交往的日本法务大臣X，今天决定辞职); never a verb he is the
# object of (他无法支持首相X，决定辞职: the one who resigns is the writer, not X)
_RESIGN_SUBJECT_LEAD = re.compile(r"[\s\u3000]*(?:(?:当地时间)?(?:\d{1,2}月)?\d{1,2}[日号]|[今昨]天|当天|当日|日前|近日)?(?:上午|下午|晚上|晚间)?")


# X(已经)(代表政府)向总统Y提交辞呈，Y(对此)予以接受: a resignation handed in and accepted in the same sentence
_TENDERED = re.compile(r"(?:已经?|正式|(?P<day>\d{1,2})[日号](?:晚|上午|下午|晚间)?|当天|今天|当日)*(?:代表[^，,。；;\n]{1,12}?)?"
                       r"向(?P<to>[^，,。；;\n]{1,20}?)(?P<cue>(?:提交|递交|呈交)了?辞呈)")
# between 向 and 提交辞呈: a speech verb makes the one after 向 a listener told of someone else's resignation
# (官房长官X向记者表示Y已提交辞呈: X resigns nothing)
_TOLD_TO = re.compile(r"表示|透露|证实|说|介绍|称|指出|宣布|告诉|通报|记者|媒体")
_ACCEPTED = re.compile(r"[，,](?P<gap>[^，,。；;！？\n]{0,12}?)(?:(?:对此|随即|已|当即)?予以接受|接受了?(?:其|他的|她的|该)?辞呈)")
# before the accepting word in its clause: a refusal, a denial or a decision still to come (拒绝接受其辞呈,
# 暂不予以接受, 将于下周决定是否接受)
_NOT_ACCEPTED = re.compile(r"拒绝|不|未|没|是否|将|尚|待|如何")


def _resigned_announced(ctx: Context) -> list[Appointment]:
    """[title]X宣布辞职 (意大利总理X13号宣布辞职): X resigns the titles before the name; X宣布辞去Y一职|职务
    (外长X14日宣布辞去外交部长一职): X resigns Y. Never a former post (时任总理X), nor in a paragraph
    told of the past, nor a resignation said may come (将宣布辞职) or asked for (要求X辞职)."""
    text, out = ctx.text, []
    if "辞" not in text:
        return out
    for h in ctx.rec.persons:
        m = _RESIGN_CUE.match(text, h.end)
        if m is None and (m := _TENDERED.match(text, h.end)) is not None and not _handed_and_accepted(ctx, h, m):
            m = None  # a resignation handed in, never accepted in the story: not (yet) given up
        if m is None or ctx.rec.in_meta(h.start) or (h.start and text[h.start - 1] in "·-－"):
            continue
        sentence = max(text.rfind(c, 0, h.start) for c in "。；;！？\n") + 1
        if _IF.search(text, sentence, h.start) \
                or _told_of_past(ctx, _time_set_from(text, text.rfind("\n", 0, h.start) + 1, h.start), h.start) \
                or _not_asserted(text, sentence, h.start):
            continue
        if _RUMOURED.search(text, sentence, m.start("cue")):
            continue
        if m["cue"].endswith(("辞职", "辞呈")):
            if _TALKED_OF.match(text, m.end()):
                continue
            first = h.titles[0] if h.titles and h.titles[-1].end <= h.start else None
            if first is None or _former(text, first) or _cut(text, first):
                continue
            if m[0].startswith(("，", ",")) and not _subject_of_clause(text, first.start):
                continue
            g = h
            if m["cue"].endswith("辞呈"):  # handed to the head of state: the government post only, not a party one
                if not (state := [t for t in h.titles if t.end <= h.start and not _PARTY_TITLE.search(t.text)]):
                    continue
                g = dataclasses.replace(h, titles=(state[-1],))
            out += _titled_records(ctx, g, "resigned", "appointments.announced", 0.85, _told_date(ctx, h, m[0], m["day"]))
        elif (end := _RESIGN_END.search(text, m.end(), min(len(text), m.end() + 30))) is not None and not any(
                c in "，,。；;！？\n" for c in text[m.end() : end.start()]) and not _TALKED_OF.match(text, end.end()):
            out += [dataclasses.replace(a, date=_told_date(ctx, h, m[0], m["day"]))
                    for a in _records(ctx, "resigned", [(h.start, h.end)], m.end(), end.start())]
    return out


# [title]X(、|和[title]Y)(两名…官员|等在内的多名官员)(，因…，|在…中)(已于当天|先后|也都…)辞职|辞去了职务, the clause ending
# there: a resignation told as done, the posts the titles before each name (交通部长A和教育部长B两名内阁官员先后辞职;
# 议长X，因…受到批评，已于当天辞职; 事务大臣X也辞去了职务); never 辞职的, 辞职后, 辞职信 (no clause end), nor one to come
# (将辞职: 将 is no slot's word), nor a refusal (拒绝辞职, 不会辞职)
# a resignation to come, refused or weighed, inside the cause told before it (因健康原因将辞职, 因受到批评拒绝辞职)
_NOT_DONE = "将|拒绝|不会|不愿|考虑|可能|准备|计划|打算|威胁|拟"
_PLAIN_RESIGN = re.compile(
    r"(?P<group>等[^，,。；;！？\n辞]{0,8}?|[两二三四五六七八九十\d]+(?:名|位)[^，,。；;！？\n辞]{0,6}?)?"
    r"(?:[，,]?(?:在(?![^，,。；;！？\n]{0,12}?(?:\d{4}年|去年|前年))[^，,。；;！？\n]{1,12}中"
    r"|(?:因|由于)(?![^，,。；;！？\n：:]{0,28}?(?:" + _NOT_DONE + r"))[^，,。；;！？\n：:]{1,28}?而?)[，,]?)?"
    r"(?:(?P<day>\d{1,2})[日号]|(?:已?于)?(?:当天|当日)|今天|已经|已|先后|相继|也|都|均|随即|随后|突然|正式|被迫|宣布|引咎)*"
    r"(?P<cue>辞职|辞去了?(?:其|所有|全部|一切)?职务)(?=[，,。；;！？\n]|$)")
# in the clause before the title: one who urges, not one who resigns (希望总理X辞职, 逼迫…)
_URGED = re.compile(r"希望|促|逼|劝|请求|建议|施压|号召|威胁")


def _resigned_plainly(ctx: Context) -> list[Appointment]:
    """[title]X(，因…，)(已于当天|先后|也)辞职 (议长X，因滥用经费受到批评，已于当天辞职) or 辞去了职务: X resigns
    the titles before the name, and so does each titled name of a 、|和-list closing on X (部长A和部长B两名官员先后
    辞职; 包括A、B等在内的多名官员也都宣布辞职). Read like ``_resigned_announced``: the title opens its clause,
    never a former post, nor in a paragraph told of the past, nor one said, asked for or rumoured."""
    text, out = ctx.text, []
    if "辞" not in text:
        return out
    hits, starts = _titled_hits(ctx)
    by_end = {g.end: g for g in hits}
    for h in hits:
        m = _PLAIN_RESIGN.match(text, h.end)
        if m is None or ctx.rec.in_meta(h.start) or (h.start and text[h.start - 1] in "·-－") or any(h.end < s < m.end() for s in starts):
            continue
        listed = _list_closing_on(text, h, by_end)
        first = listed[0].titles[0]
        sentence = _sentence_opening(text, first.start)
        cs = _clause_start(text, first.start)
        lead_ok = _subject_of_clause(text, first.start) or m["group"] and m["group"].startswith("等") and text[cs : first.start] == "包括"
        if not lead_ok or _URGED.search(text, cs, listed[0].start) or _IF.search(text, sentence, h.start) \
                or _told_of_past(ctx, _time_set_from(text, text.rfind("\n", 0, h.start) + 1, h.start), h.start) \
                or _not_asserted(text, sentence, listed[0].start) or _RUMOURED.search(text, sentence, m.start("cue")):
            continue
        date = _told_date(ctx, h, m[0], m["day"])
        for g in listed:
            if _former(text, g.titles[0]) or _cut(text, g.titles[0]) or g is h and _RESIGN_CUE.match(text, h.end):
                continue  # (X宣布辞职 alone: ``_resigned_announced`` reads it)
            out += _titled_records(ctx, g, "resigned", "appointments.plain", 0.85, date)
    return out


_PARTY_TITLE = re.compile(r"党|书记")  # 民主党总书记, 党主席: a party post, not the government's


def _handed_and_accepted(ctx: Context, h, m: re.Match) -> bool:
    """Whether the resignation ``m`` (X向Y提交辞呈) is X's, handed to Y (an office or one named, no speech verb
    and no other name between 向 and 辞呈), and accepted in the same sentence with no refusal or decision to
    come before the accepting word (拒绝接受, 暂不予以接受, 将决定是否接受)."""
    if _TOLD_TO.search(m["to"]) or any(m.start("to") <= p.start < m.start("cue") != p.end for p in ctx.rec.persons):
        return False
    a = _ACCEPTED.match(ctx.text, m.end())
    return a is not None and not _NOT_ACCEPTED.search(a["gap"])


def _subject_of_clause(text: str, t: int) -> bool:
    """Whether the title at ``t`` opens its clause as its subject: nothing before it there but a time word, a
    place, or a describing clause ending in 的 (…交往的|日本法务大臣X，决定辞职)."""
    cs = _clause_start(text, t)
    lead = text[cs:t]
    return bool(_RESIGN_SUBJECT_LEAD.fullmatch(lead) or lead.endswith("的") or (
        (k := len(lexicons.country_at(lead) or "")) and _RESIGN_SUBJECT_LEAD.fullmatch(lead, k)))


def held_posts(posts: tuple[PostObservation, ...], appointments: tuple[Appointment, ...]) -> tuple[PostObservation, ...]:
    """The posts but those read at the very name a removal names (解除了…代理局长X的职务): the
    title there is the post taken away, not one held."""
    gone = {(a.person_mention.start, a.person_mention.end) for a in appointments
            if a.action == "removed" and a.title_mention.end <= a.person_mention.start}  # 免去副市长X的局长职务 keeps 副市长
    return tuple(p for p in posts if (p.person_mention.start, p.person_mention.end) not in gone) if gone else posts


_PASSIVE = re.compile(r"(?:本人)?(?:今天|今日|昨天|昨日|日前|近日|当天|当日|\d{1,2}[日号])?被(?:正式)?(?:任命|选举|推选|选)为")  # X本人被任命为: the same person (not 已被…为: a rumour or a nomination as often as a deed)
# the past: 时年56岁的宋文骢被任命为…, 2001年，余留芬被选为… (with its month, read for the story's own year)
# (not 自2022年…以来, 2020年以来, 2019年起: a span that reaches the story's present)
_THEN = re.compile(r"时年|当年|那年|早在|上世纪|年代|(?<![自从])(?P<year>\d{4})年(?!度|以来|起)(?:(?P<month>\d{1,2})月)?")
# a sentence that opens on a time: a past one (2016年，…) or the story's own day (14日，…)
_OPENS_ON_TIME = re.compile(r"[ \u3000]*(?:早在|上世纪|时年|当年|那年|去年|前年|\d{4}年|\d{1,2}月|\d{1,2}[日号]|今天|今日)")
# a sentence opening on a year before the story's told by its distance (去年3月，…随后X当选…)
_OPENS_ON_PAST = re.compile(r"[ \u3000]*(?:去年|前年)")
_SENTENCE_ENDS = "。；;！？!?\n"


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens: after the last sentence end before it."""
    return max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1


def _time_set_from(text: str, para: int, e: int) -> int:
    """Where the time told of a name at ``e`` is set: the last sentence of its paragraph (from ``para``) that opens
    on a time word, else the name's own sentence; so one background year far before the name tells no past."""
    own = s = max(para, max(text.rfind(c, para, e) for c in _SENTENCE_ENDS) + 1)
    while not _OPENS_ON_TIME.match(text, s):
        if s <= para:
            return own
        s = max(para, max(text.rfind(c, para, s - 1) for c in _SENTENCE_ENDS) + 1)
    return s


def _told_of_past(ctx: Context, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` tells of the past: 时年/当年/早在/上世纪/年代, a year before the story's own
    (2001年，余留芬被选为…), or a month of its own year two or more before the story's (2024年1月，X任… in a
    profile of November); not the day (2024年4月12日，经省委研究决定… in April); in a story with no date, any year.
    So does a sentence (at ``s``, or the one holding ``e``) opening on 去年|前年 (去年3月，…随后X当选临时总统)."""
    ref, text = ctx.reference_date, ctx.text
    if any(_OPENS_ON_PAST.match(text, o) for o in (s, max(s, max(text.rfind(c, s, e) for c in _SENTENCE_ENDS) + 1))):
        return True
    return any(m["year"] is None or ref is None or int(m["year"]) < ref.year
               or int(m["year"]) == ref.year and m["month"] is not None and int(m["month"]) < ref.month - 1
               for m in _THEN.finditer(ctx.text, s, e))


def _passives(ctx: Context) -> list[Appointment]:
    """X被任命为Y (法国内政部长卡泽纳夫今天被任命为新总理): only for a whole name the story already
    found, right before the cue (or a day word), and never in a paragraph told of the past
    (1927年…，周文雍被选为…; 2001年，余留芬被选为…)."""
    text, out = ctx.text, []
    for h in ctx.rec.persons:
        m = _PASSIVE.match(text, h.end)
        if m is None or ctx.rec.in_meta(h.start) or (h.start and text[h.start - 1] in "·-－"):
            continue  # 穆罕默德·本·|萨勒曼被任命为: a part of a longer name
        if _told_of_past(ctx, text.rfind("\n", 0, h.start) + 1, h.start):
            continue
        end = _TITLES_END["appointed"].search(text, m.end())
        for a in _records(ctx, "appointed", [(h.start, h.end)], m.end(), end.start() if end else len(text)):
            if a.title.startswith("政府") and (t := grammar.split_title(a.title)) is not None and t.org == "政府":
                a = dataclasses.replace(a, title=t.role)  # 迪亚卜被任命为新一届政府总理: told of no state, the post is 总理
            out.append(a)
    return out


# (X总书记亲自担任Y: a leader named by his leading title heading the group he leads, said of now; not
# 邓小平同志亲自担任…, nor in a sentence of the past: 改革开放之初，…亲自担任)
_TOOK_OFFICE = re.compile(r"(?:宣誓)?就任|出任|(?P<lead>总书记|主席|总理)?亲自担任|(?P<kept>继续担任)")
_LEADING_ROLE = ("总书记", "主席", "总理", "委员长", "书记", "省长", "市长", "县长", "区长")  # 国家主席X|亲自担任: his title before him
_PAST_IN_SENTENCE = re.compile(r"之初|初期|那时|当时|曾经?|早年|昔日|时任|\d{4}年")  # (当年, 那年, 年代: _told_of_past reads them)
# one only put forward for the post, in the clause before the name (提名副总裁张三出任…, 同意由李四出任…), or
# charged to form a government (总统指派X出任总理: the premier-designate): no post held
_PUT_FORWARD = re.compile(r"提名|同意|推荐|推举|希望|建议|邀请|指派|指定|(?<![自理经缘])由")
# a post still to come: a time ahead in the sentence (18个月后，X出任总理) or the next holder (出任下一任大使)
_AHEAD = re.compile(r"(?:\d+|[一二两三四五六七八九十半]+)(?:个月|年|周|天)后|届时|将来|未来|今后")
_NEXT_HOLDER = re.compile(r"下一?任|候任")
_OFFICE_EDGE = re.compile(r"后|以来|之后|之际|时|不久|一职|职务|[,，;；。\n]")  # 就任国家主席|后: what closes the post taken
# a post kept told as a past story: how long it lasted or how it ended, in its sentence or the next
# (…继续担任起乡长，这一当就是23年。卸任后的…), or another's leaving before it (父亲退休后，女儿继续担任起…)
_KEPT_PAST = re.compile(r"[这那]?一(?:当|干|做|任|待)就是|卸任|离任|退休|去世|病逝|后来|此后|从此")


def took_office(ctx: Context, appointments: tuple[Appointment, ...] = ()) -> tuple[PostObservation, ...]:
    """X就任Y后/以来 (习近平就任国家主席后, 特朗普就任美国总统以来) or X出任Y， (林芳正出任外相): the post held
    since, for a whole name the story already found right before the cue (not one only put forward,
    提名X出任Y, nor a post still to come, 18个月后，X出任Y), up to a clear edge after a role; never in a
    paragraph told of the past; the post a message congratulates its addressee on (see
    ``_congratulated``); and the post a party decision says one keeps (X同志继续担任Y). A post
    observed, not an appointment: the day the post was taken is not the story's, and a post kept
    starts no tenure; and a post kept besides a new one (任命X为Y，并继续担任Z一职)."""
    return as_posts(tuple(_took_office(ctx) + _congratulated(ctx) + _party_decisions(ctx, ctx.vouched_names, _STILL)
                          + _party_decisions(ctx, ctx.vouched_names, cheered=True) + _group_set_up(ctx)
                          + _kept_besides(ctx, appointments)), ctx.doc.text)


_KEPT_BESIDES = re.compile(r"[，,]\s*(?:并|同时)?(?:继续|仍)担任")


def _kept_besides(ctx: Context, appointments: tuple[Appointment, ...]) -> list[Appointment]:
    """任命X为Y，并继续担任Z一职: the post the one just appointed keeps, told right after the appointment's titles."""
    text, out = ctx.text, []
    for a in appointments:
        if a.action != "appointed" or (m := _KEPT_BESIDES.match(text, a.title_mention.end)) is None:
            continue
        if (end := _office_end(text, m.end())) is not None:
            out += _records(ctx, "appointed", [(a.person_mention.start, a.person_mention.end)], m.end(), end)
    return out


_SET_UP = re.compile(r"成立了?(?P<body>[^，,。；;、“”《》\s]{2,24}?(?:小组|起草组|工作组|专班|指挥部))[，,]")
_SERVES = re.compile(r"(?:同志)?(?:分别)?担?任")
_LIST_JOIN = re.compile(r"(?:同志)?[、和]")


def _group_set_up(ctx: Context) -> list[Appointment]:
    """成立X组，由A同志担任组长，B、C同志担任副组长 (由A任组长): the group the sentence sets up, each found name
    in the clauses after it holding a bare role of that group (文件起草组组长). A post observed: the
    story tells when the group was set up, rarely on its own day; none where its sentence tells of a past year."""
    text, out = ctx.text, []
    if "成立" not in text:
        return out
    for m in _SET_UP.finditer(text):  # (opening on 成立, the search itself is the gate: 任 is in almost every story)
        if ctx.rec.in_meta(m.start()) or _told_of_past(ctx, _sentence_opening(text, m.start()), m.start()):
            continue  # 2013年12月30日，…成立…领导小组，由X任组长 in a story of 2016: a group set up long before
        stop = min((i for i in (text.find(c, m.end()) for c in "。；;\n") if i >= 0), default=len(text))
        cs = m.end()
        while cs < stop:
            ce = min((i for i in (text.find(c, cs, stop) for c in "，,") if i >= 0), default=stop)
            out += _serves_in_group(ctx, m["body"], cs, ce)
            cs = ce + 1
    return out


def _serves_in_group(ctx: Context, body: str, cs: int, ce: int) -> list[Appointment]:
    """One clause after a group set up, when it is only names joined, then 担任 and a bare role
    (由A同志担任组长, B、C同志担任副组长): each name holds that role of ``body``."""
    text = ctx.text
    names = [h for h in ctx.rec.persons if cs <= h.start < ce]
    p = cs + text.startswith("由", cs)
    for h in names:
        if h.start != p:
            return []
        p = h.end
        if (j := _LIST_JOIN.match(text, p)) is not None and j.end() < ce and any(g.start == j.end() for g in names):
            p = j.end()
    serve = _SERVES.match(text, p) if names else None
    t = grammar.split_title(text[serve.end() : ce], serve.end()) if serve else None
    if t is None or t.start != serve.end() or not grammar.is_bare_role(t):
        return []
    return [Appointment(h.name, body + t.role, "appointed", ctx.reference_date,
                        ctx.mention(h.start, h.end, "PERSON", "appointments.group"),
                        ctx.mention(t.start, t.end, "TITLE", "appointments.group", 0.85), 0.85) for h in names]


def _clause_start(text: str, p: int) -> int:
    """Where the clause holding ``p`` starts: after the last comma, stop or line break before it."""
    return max(text.rfind(c, 0, p) for c in "，,。；;\n") + 1


def _took_office(ctx: Context) -> list[Appointment]:
    text, out = ctx.text, []
    for h in ctx.rec.persons:
        m = _TOOK_OFFICE.match(text, h.end)
        if m is None or ctx.rec.in_meta(h.start) or (h.start and text[h.start - 1] in "·-－"):
            continue
        if m.group() == "出任" and (_PUT_FORWARD.search(text, _clause_start(text, h.start), h.start) or _NEXT_HOLDER.match(text, m.end())
                                    or _AHEAD.search(text, max(text.rfind(c, 0, h.start) for c in "。；;！？\n") + 1, h.start)):
            continue
        if _told_of_past(ctx, text.rfind("\n", 0, h.start) + 1, h.start):
            continue
        if m.group().endswith("亲自担任") and (not m["lead"] and not any(t.role.endswith(_LEADING_ROLE) for t in h.titles)
                                             or _PAST_IN_SENTENCE.search(text, _sentence_opening(text, h.start), m.start())):
            continue  # X同志亲自担任…: no leading title says he leads now; 改革开放之初，X主席亲自担任…: the post of then
        start = m.end()
        if m["kept"]:
            if _kept_of_past(text, h.start, m.start()):
                continue
            start += text.startswith("起", start)  # 继续担任起乡长: 起 is the verb's (took up), no part of the post
        if (end := _office_end(text, start)) is None:
            continue
        out += _records(ctx, "appointed", [(h.start, h.end)], start, end)
    return out


def _office_end(text: str, start: int) -> int | None:
    """The end of the post taken or kept from ``start``: a role within 30 characters followed by a clear edge
    (就任国家主席|后, 继续担任国防大臣|一职), no punctuation between; None when there is none."""
    end = next((r.end() for r in grammar.any_role().finditer(text, start, min(len(text), start + 30)) if _OFFICE_EDGE.match(text, r.end())), None)
    return None if end is None or any(c in grammar.PUNCT for c in text[start:end]) else end


def _kept_of_past(text: str, name: int, cue: int) -> bool:
    """Whether X继续担任Y is told as a past story: a past marker in its sentence before the name, or how long the
    post lasted or how it ended in its sentence or the next (这一当就是23年。卸任后的…)."""
    s = _sentence_opening(text, name)
    e = cue
    for _ in range(2):
        e = min((i for i in (text.find(c, e) for c in _SENTENCE_ENDS) if i >= 0), default=len(text)) + 1
    return bool(_PAST_IN_SENTENCE.search(text, s, name) or _KEPT_PAST.search(text, s, min(e, len(text))))


_ADDRESSEE = re.compile(r"(?:致电|致函|致信|致贺电|致贺函)$")
_CONGRATULATED = re.compile(r"[,，]\s*(?:并)?(?:热烈|衷心)?祝贺(?:他|她|其)(?:再次|首次)?(?:宣誓就任|就任|当选连任|当选|连任)")
_CONGRATULATED_END = re.compile(r"[,，;；。\n（(]|$")


def _congratulated(ctx: Context) -> list[Appointment]:
    """致电X，祝贺他就任|当选|连任Y (a message to a leader on taking office): X holds Y, read like
    took_office: a post observed, not an appointment, since the election or the oath came
    days before the message, not on the story's day."""
    text, out = ctx.text, []
    for h in ctx.rec.persons:
        role = grammar.any_role().match(text, h.end)  # 致电X总统，祝贺他…: the role he is addressed by
        m = _CONGRATULATED.match(text, role.end() if role else h.end)
        if m is None or ctx.rec.in_meta(h.start) or not _ADDRESSEE.search(text, max(0, h.start - 3), h.start):
            continue
        end = _CONGRATULATED_END.search(text, m.end())
        out += _records(ctx, "appointed", [(h.start, h.end)], m.end(), end.start())
    return out


def _left_edge(text: str, p: int) -> bool:
    """Whether a name may start at ``p``: after punctuation, a function word or a whole word
    (祝贺|张三当选), never inside one (祝贺岸|田文雄当选)."""
    if p == 0 or not "\u4e00" <= text[p - 1] <= "\u9fff" or text[p - 1] in "和与及对向由同的了在是经":
        return True
    return text[max(0, p - 2) : p] in lexicons.common_words()


_LIST_CLOSE = re.compile(r"等(?:一切|全部|所有|各项)?$")
_ANY_TITLE = r"[\u4e00-\u9fff]{2,30}(长|官|师|主任|委员)"  # a title the role lexicon lacks: 幕僚长, 特别检察官; no 员 (本次活动联络员, 安全员: a job for one event)


def _records(ctx: Context, action: str, names: list[tuple[int, int]], ts: int, te: int) -> list[Appointment]:
    """One record per name and per title in the 、-list ``text[ts:te]``; later titles without
    an organisation of their own share the first one's (…法院副院长、审判员 -> …法院审判员). A name
    the annotator read as a short form keeps the whole name it stands for (肯雅塔 -> 乌胡鲁-肯雅塔)."""
    text, records, first_org = ctx.text, [], None
    items: list[tuple[int, int, grammar.Title | None, bool]] = []
    for a, b, joined in ((*span, k > 0) for a0, b0 in grammar.split_list(text, ts, te) for k, span in enumerate(_and_joined(text, a0, b0))):
        listed = grammar.field_list_title(text, ts, a, b)
        if listed is False:
            continue  # 国民教育、青年和体育部长 the grammar cannot read as one body: no title, never its last field's
        if listed is not None:
            items = [it for it in items if it[1] <= listed.start]
        items.append((listed.start, b, listed, False) if listed else (a, b, None, joined))  # 市文化、体育和旅游局局长: one body, the 、 inside its name
    before = ""  # the body of the title before, as written, for one after 和
    for t_start, t_end, listed, joined in items:
        for new in ("新一届", "新一任", "下一任", "下任", "新任", "新的", "新"):
            rest = text[t_start + len(new) : t_end]
            if text.startswith(new, t_start) and (new != "新" or text[t_start : t_start + 2] not in lexicons.common_words()) and (
                    grammar.split_title(rest) is not None or re.fullmatch(_ANY_TITLE, rest)):
                t_start += len(new)  # 任命X为新的幕僚长, 任命X为新任总干事, X当选新议长, 新一届政府首相: when the post began, not its name
                break
        if (o := _EDITION_OPEN.match(text, t_start, t_end)) and lexicons.country_at(text, o.end()) and grammar.split_title(text[o.end() : t_end]) is not None:
            t_start = o.end()  # 当选第58届美国总统: which holder he is, before the state, no part of the post
        if (close := _LIST_CLOSE.search(text, t_start, t_end)) is not None and close.start() - t_start > 2:
            t_end = close.start()  # 辞去…常委会委员等职务, 解除…副委员长等一切职务: the list's 等 closes it, no part of its last title
        if text[t_start : t_start + 1] == "“" and text[t_end - 1 : t_end] == "”" and not set(text[t_start + 1 : t_end - 1]) & set("“”"):
            t_start, t_end = t_start + 1, t_end - 1  # 任命X担任“某某协调官”: a post named anew, quoted whole
        title = text[t_start:t_end]
        parsed = listed or grammar.split_title(title)
        if parsed is None and title.startswith("“") and (quoted := grammar.quoted_title(text, t_start, t_end)) is not None and quoted.start == t_start:
            parsed = quoted  # 辞去“国民阵线”主席一职: a body named in quotes, then its role
        if parsed is None and not re.fullmatch(_ANY_TITLE, title) or grammar.is_honour(title):
            continue  # 决定王芳为优秀共产党员: an honour, no post
        if parsed and parsed.org.endswith(_TERM_WORDS) and title == parsed.text and grammar.org_ok(
                body := parsed.org.removesuffix(next(w for w in _TERM_WORDS if parsed.org.endswith(w)))):
            title = body + parsed.role  # 尼泊尔政府新总理, 墨西哥下届总统: when the post begins, as before the body, no part of the body
            parsed = grammar.split_title(title)
        if joined:  # 副委员长和秘书长: the body before the 和, whole; 主席和亚篮联中央局委员: a body of its own, none
            if before and parsed and parsed.org and before.endswith(parsed.org) and before != parsed.org:
                title = before.removesuffix(parsed.org) + title  # 中央政治局常委和政治局委员: the body named again, not twice
            elif before and not (parsed and parsed.org) and not grammar.has_own_org(title) and grammar.org_ok(before) and (
                    before in lexicons.countries() or not (parsed and parsed.role.endswith(tuple(posts.STATE_ROLES)))):
                title = before + title  # (外交部长和第一副总理: no 外交 body; 党主席和总理: a state's office, not the party's)
        elif first_org is None:
            first_org = grammar.institution(parsed.org) if parsed and parsed.org else ""
        elif first_org and parsed and parsed.org and first_org.endswith(parsed.org):
            title = first_org.removesuffix(parsed.org) + title  # 朝鲜劳动党中央政治局常委、政治局委员: the body named again, not twice
        elif first_org and not grammar.has_own_org(title):
            title = first_org + title
        before = (t.org if (t := grammar.split_title(title)) is not None else "")
        held = title == text[t_start:t_end]
        pieces = [(pc.text, t_start + pc.start if held else t_start, t_start + pc.end if held else t_end)
                  for pc in posts.concurrent(title)] or [(title, t_start, t_end)]  # 主席兼部长会议主席: two posts, not one
        for p0, p1 in names:
            for piece, m0, m1 in pieces:
                records.append(
                    Appointment(
                        person=ctx.person_names.get((p0, p1), text[p0:p1]),
                        title=piece,
                        action=action,
                        date=ctx.reference_date,
                        person_mention=ctx.mention(p0, p1, "PERSON", "appointments"),
                        title_mention=ctx.mention(m0, m1, "TITLE", "appointments", 0.9),
                        confidence=0.9,
                    )
                )
    return records


def _and_joined(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The titles a 和 or 及 joins in the list item ``text[a:b]`` (王储和副首相, 副首相和内政大臣): two posts when a whole
    title ends in a role before the join and another follows it; one item otherwise (外交和欧洲事务部部长)."""
    for k in range(a + 2, b - 1):
        if text[k] in "和及" and grammar.role_ends(text, k) and (first := grammar.split_title(text[a:k])) is not None and \
                grammar.any_role().match(text, k - len(first.role)) and grammar.split_title(text[k + 1 : b]) is not None:
            return [(a, k), *_and_joined(text, k + 1, b)]
    return [(a, b)]


def _skip_space(text: str, p: int, extra: str = "") -> int:
    while p < len(text) and (text[p].isspace() or text[p] in extra):
        p += 1
    return p


def _entry(ctx: Context, action: str, p: int, joins: tuple[str, ...], known, drafts: bool = False) -> tuple[list[Appointment], int] | None:
    """One ``NAMES join TITLES`` entry at ``p``: its records and where it ends."""
    text = ctx.text
    names = []
    while True:
        q = grammar.name_end(text, p, known, extra=joins + ("、", "同志", "(", "（"), min_strength=2)  # the formula vouches for it
        if q is None:  # 任命原政府第一副总理|巴特尔别科夫|为临时总理: a name the recogniser read, right before the join
            q = next((h.end for h in ctx.rec.persons if h.start == p and text.startswith(joins + ("、",), h.end)), None)
        if q is None:
            break
        if "为" in joins and text.startswith("为为", q):
            q += 1  # 任命陈国为|为副部长: the given name's 为, then the formula's
        names.append((p, q))
        if note := grammar.PERSON_NOTE.match(text, q):
            q = note.end()  # 任命吴大山(蒙古族)|为…: a note of nation or sex after the name, no part of it
        if text.startswith("、", q):
            p = q + 1
            continue
        break
    if action == "removed" and (not names or not text.startswith(joins, names[-1][1])) and (
            q := _name_before_body(text, p, known, {h.end for h in ctx.rec.persons if h.start == p})) is not None:
        names, joins = [(p, q)], ("",)  # 免去王五|临汾市财政局局长职务: no 的, the body's name is the name's edge
    if not names and (kin := _KIN.match(text, p)) is not None:
        return _entry(ctx, action, kin.end(), joins, known, drafts)  # 任命|自己儿子、|X为…, 免去|他的侄子|X的…职位: the kin word describes the one named after it
    if not names and (age := _AGE.match(text, p)) is not None:
        return _entry(ctx, action, age.end(), joins, known, drafts)  # 选举|81岁的|X为…: the age describes the one named after it
    if not names:  # 任命|政治学教授|哈西为总理: the candidate's present title stands before the name
        return next((e for t in _titles_before_name(text, p) if (e := _entry(ctx, action, t, joins, known, drafts)) is not None), None)
    q = names[-1][1]
    if note := grammar.PERSON_NOTE.match(text, q):
        q = note.end()
    if text.startswith("同志", q):
        q += 2
    join = next((j for j in joins if text.startswith(j, q)), None)
    if join is None:
        return None
    ts = q + len(join)
    te = _TITLES_END[action].search(text, ts)
    stop, end = (te.start(), te.end()) if te else (len(text), len(text))
    if join == "为" and (k := _next_entry(text, ts, stop, known)) is not None:
        stop = end = k  # 增补X为经济委员会副主任、Y为…: the next entry opens at the 、
    records = _records(ctx, action, names, ts, stop)
    for tail in ("的请求", "请求"):
        if text.startswith(tail, end):
            end += len(tail)
    if _DRAFT.match(text, end) and not drafts:
        records = []  # 关于接受X辞去…职务的请求的决定草案: a draft heard, nothing decided yet
    return records, end


_DRAFT = re.compile(r"的?(?:决定|议案)?(?:草案|代拟稿)")
_KIN = re.compile(r"(?:他|她|其|自己)的?(?:" + "|".join(grammar.KIN) + r")、?")
_AGE = re.compile(r"(?:现年|年仅|年近|年逾)?\d{1,3}岁(?:高龄)?的")


def _next_entry(text: str, ts: int, te: int, known) -> int | None:
    """The 、 in a title list ``text[ts:te]`` that opens the next entry, names then 为
    (…为经济委员会副主任、刘敬民为…), or None."""
    k = text.find("、", ts, te)
    while k >= 0:
        p = k + 1
        while (q := grammar.name_end(text, p, known, extra=("为", "、", "同志"), min_strength=2)) is not None and q < te:
            if text.startswith(("为", "同志为"), q):
                return k
            if not text.startswith("、", q):
                break
            p = q + 1
        k = text.find("、", k + 1, te)
    return None


def _name_before_body(text: str, p: int, known, read: set[int] = frozenset()) -> int | None:
    """End of a name at ``p`` right before the title it is removed from, when that title opens
    with a place or a national body (免去王五|临汾市财政局局长职务), and only one split reads so;
    None otherwise. A name the story reads at ``p`` (ending at one of ``read``) is one split too,
    though the grammar alone would not end it there (免去令计划|政协…副主席职务: 计划 a common word)."""
    end = _TITLES_END["removed"].search(text, p)
    if end is None or not text.startswith("职务", end.start() + text.startswith("的", end.start())):
        return None  # the formula must close with 职务: it vouches for the title list
    ends = []
    for k in (2, 3):
        q = p + k
        t = note.end() if (note := grammar.PERSON_NOTE.match(text, q)) else q  # 免去X(蒙古族)|国家民族事务委员会主任职务
        first = grammar.split_list(text, t, end.start())[:1]
        title = text[t : first[0][1]] if first else ""
        if not title or grammar.split_title(title) is None or not (lexicons.place_prefix(title) or title.startswith(_NATIONAL)):
            continue
        if q in read or grammar.name_end(text, p, known, extra=(text[q : q + 1] if note else title[:2],), min_strength=2, titled=False) == q:
            ends.append(q)
    return ends[0] if len(ends) == 1 else None


_NATIONAL = ("中共", "中国", "中华", "中央", "全国", "国务院", "国家", "政协第", "最高人民法院", "最高人民检察院")


def _titles_before_name(text: str, p: int) -> Iterator[int]:
    """Where a name may start after a title that opens at ``p`` (任命|政治学教授|哈西为总理, 选举|老挝人民革命党中央
    政治局委员|潘坎为政府总理): after each role of the clause's first 24 characters that ends a title read from ``p``."""
    for m in grammar.any_role().finditer(text, p, p + 24):
        if any(c in grammar.PUNCT for c in text[p : m.end()]) or (m.start() > p and m.group().startswith("候补")):
            return  # (递补…候补委员X、Y为委员: the alternates promoted, read by the clause's first role alone)
        if grammar.parse_title(text, p, m.end()) is not None and m.end() < len(text) and "\u4e00" <= text[m.end()] <= "\u9fff":
            yield m.end()


_NEXT_TERM = ("下一任", "下任", "下届")  # 当选下任智利总统, 当选墨西哥下届总统: a term still to begin
_TERM_WORDS = ("新一届", "新任", "新", "下一任", "下任", "下届")  # 美国下一任|总统, 塞尔维亚新一届|总统: which term, no part of the body
_ELECTED_BEFORE = re.compile(r"当选为?(?:下一任|下任|下届)?$")


def _next_term(a: Appointment, text: str) -> bool:
    """Whether one is elected to a term still to begin (当选下任智利总统): the president-elect is not
    in office yet, so no post held now (当选新任议长: at once; a board's 批准X担任下任行长 is the
    appointment itself, as the golds read it)."""
    s = a.title_mention.start
    return _ELECTED_BEFORE.search(text, max(0, s - 6), s) is not None and (
        text.endswith(_NEXT_TERM, max(0, s - 3), s) or any(w in a.title_mention.text for w in (*_NEXT_TERM, "新一届")))  # (当选|新一届议长: the mention starts after it)


def as_posts(appointments: tuple[Appointment, ...], text: str = "") -> tuple[PostObservation, ...]:
    """An appointment is evidence that the person holds the new post (not one of a term still to
    begin, in the original ``text``)."""
    out = []
    for a in appointments:
        if a.action != "appointed" or (text and _next_term(a, text)):
            continue
        t = grammar.split_title(a.title)
        out.append(
            PostObservation(
                person=a.person,
                title=a.title,
                role=t.role if t else a.title,
                organization=(t.org or None) if t else None,
                observed=a.date,
                person_mention=a.person_mention,
                title_mention=a.title_mention,
                confidence=a.confidence,
            )
        )
    return tuple(out)
