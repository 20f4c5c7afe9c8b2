"""Posts: (person, title) observations from title chains before names.

A bare role after a titled person in the same sentence takes that title's organisation
(省政协主席张三,常务副主席李四 -> 省政协常务副主席), but a role with its own level does not
(市委副书记、市长 -> 市长), as the gold conventions say.
"""

from __future__ import annotations

import dataclasses
import re

from kg import grammar, lexicons
from kg.extract.context import Context
from kg.grammar import Title, is_bare_role, split_list, split_title
from kg.model import PostObservation
from kg.nlp import chinese_number

__all__ = ["concurrent", "extract", "headline_guests"]

# Personal ranks, not posts of the organisation before them: never take its prefix.
_OWN_RANK = frozenset({"教授", "研究员", "创始人", "院士"})
_PARTY_GROUPS = frozenset({"党组", "党委"})  # the party body of the organisation the title before names (董事长、党组书记)
_PARTY_GROUP_END = re.compile(r"(?:党组|党委|党工委|机关党委|党总支|党支部)$")  # (物价局党支部书记、|局长: the bureau's, never the branch's)


def _without_party_group(org: str) -> str:
    """The body a party group belongs to (人民银行党委 → 人民银行): what a bare role after it is held in."""
    return _PARTY_GROUP_END.sub("", org)


_DIVISION_HEAD = re.compile(r"(?:常务)?副?[省市县区州]长")  # 河北省|省长: a division's head, whose party group is its government's
_CALLINGS = frozenset({"航天员"})  # a calling, not a post of the body before it (神舟十号|航天员)


_PROFILE_POST = re.compile(r"(?P<cue>现任|拟任|拟提名为)(?P<titles>[^。；;，,\n]+)")


def extract(ctx: Context) -> tuple[PostObservation, ...]:
    found = _titled(ctx) + _profiles(ctx) + _academicians(ctx)
    have = {(o.person, o.title) for o in found}
    found += tuple(o for o in _bracketed(ctx) + _heads(ctx) + _predicates(ctx) + _capacities(ctx) + _counted(ctx) if (o.person, o.title) not in have)
    return found + _by_surname(ctx, {(o.person, o.role) for o in found})


# X是中国科学院院士，…: a named academy's membership said of the person the clause opens with (not 生前是: of a life told)
_ACADEMICIAN = re.compile(r"(?:同志)?是(?P<title>(?:中国|美国|英国|俄罗斯|法国|德国|欧洲|第三世界)?(?:科学院|工程院|中科院)(?:外籍)?院士)(?=[，,。；;、])")


def _academicians(ctx: Context) -> tuple[PostObservation, ...]:
    """A person named at a clause's opening and said to be an academician of a named academy (卢某是中国科学院院士，…):
    the title as written, a personal rank held for life."""
    text, out = ctx.text, []
    if "院士" not in text:
        return ()
    for h in ctx.rec.persons:
        if (m := _ACADEMICIAN.match(text, h.end)) is None or ctx.rec.in_meta(h.start) or text[h.start - 1 : h.start] not in ("", "。", "，", ",", "\n", "\u3000", " ", "；", "：", "”"):
            continue
        out.append(PostObservation(person=h.name, title=m["title"], role="院士", organization=m["title"][:-2].removesuffix("外籍"),
                                   observed=ctx.reference_date, person_mention=ctx.mention(h.start, h.end, "PERSON", "posts.academician"),
                                   title_mention=ctx.mention(m.start("title"), m.end("title"), "TITLE", "posts.academician", 0.85), confidence=0.85))
    return tuple(out)


# X代表是<org><role>，…: the post the clause says its opening person holds (not 曾是, 也是…的: a past or a description;
# not X同志是…: a life honoured at a memorial); X为<org><role>。: the post a vote or decision names him to (王某为大会秘书长)
_PREDICATE = re.compile(r"(?:(?:代表|委员)?是|为)(?P<title>[\u4e00-\u9fff“”]{3,30}?)(?=[，,。；;])")
_BEFORE_NOW = re.compile(r"之前|以前|此前|从前|过去|当年|当时|那时|那一?年|早年|年前|年代|\d{4}年|去年|前年|上个?月|上周|卸任|离任|曾|前[，,]|时[，,]|有人说|据说|传言|传闻")
# (来驻村之前，X是…, 去年以…身份, 退休前，…, 上世纪九十年代，…, 地震发生时，…: a post of then; 有人说，X是…: hearsay)
_INDEFINITE = re.compile(r"[的某兼]|^(?:该|这|那|此|本|当地|村里|县里|乡里|镇里)|[一两几][所家个名位座]"  # 一所小学校长, 某企业的…, 该院院长, …院长兼…: no named body, or two posts run together
                         r"|(?:原|前|退休|名誉|首任|第[一二三四五六七八九十\d]+任|候任|代理|新任|老)(?:党委|党组|党支部)?副?$"  # 公安局原局长, 医院退休院长, 美国候任总统: a former, honorary or coming post (or a modifier taken for the body)
                         r"|(?:长|书记|主任|主席)$")  # 医院院长助理: the role read is another's aide


def _predicates(ctx: Context) -> tuple[PostObservation, ...]:
    """A person found at a clause's opening whose predicate is one whole title of a named body
    (罗某代表是某市人民医院院长，…): the post as written; not in a story of a life told."""
    text, out = ctx.text, []
    for h in ctx.rec.persons:
        if (m := _PREDICATE.match(text, h.end)) is None or ctx.rec.in_meta(h.start) or text[h.start - 1 : h.start] not in ("", "。", "，", ",", "\n", "\u3000", " ", "；", "：", "”"):
            continue
        t = grammar.split_title(m["title"])
        sent = ctx.rec.sentence_of(h.start)
        s_start, s_end = ctx.rec.sentences[sent] if ctx.rec.sentences else (0, len(text))
        if t is None or not t.org or _INDEFINITE.search(t.org) or t.role in _OWN_RANK or _PAST_LIFE.search(text, s_start, s_end) or _BEFORE_NOW.search(text, s_start, h.start):
            continue
        out.append(_said_post(ctx, h, t, m, "posts.predicate"))
    return tuple(out)


def _said_post(ctx: Context, h, t: Title, m: re.Match[str], rule: str) -> PostObservation:
    """The post ``t`` that a clause says of ``h`` (its text at ``m``'s title group), as written."""
    return PostObservation(person=h.name, title=t.text, role=t.role, organization=t.org,
                           observed=ctx.reference_date, person_mention=ctx.mention(h.start, h.end, "PERSON", rule),
                           title_mention=ctx.mention(m.start("title"), m.end("title"), "TITLE", rule, 0.8), confidence=0.8)


# X…以<org><role>名义/身份: the post in whose name the clause's person acts (以自民党总裁名义献上祭祀费)
_CAPACITY = re.compile(r"(?P<gap>[^，,。；;：:！？\n]{0,12}?)以(?P<title>[\u4e00-\u9fff]{3,24}?)的?(?:名义|身份)")
# words in the gap that make the act another's: a verb he does to someone (会见, 邀请, 希望, 代表), or 的 (X的继任者)
_NOT_OWN_ACT = re.compile(r"的|会见|会晤|接见|邀请|邀|请|希望|同意|支持|欢迎|代表|委托|派|让|要求|感谢|祝贺|陪同|不再")  # (不再以…身份: a capacity given up)
_CLAUSE_END = re.compile(r"[，,。；;：:！？\n]")


def _capacities(ctx: Context) -> tuple[PostObservation, ...]:
    """A person whose clause says he acts as the holder of one whole title of a named body (X今天以自民党总裁名义…):
    the post as written; not a post of before (曾, a year, 原/前), nor one another person acts as (X邀请Y以…身份,
    X代表Y以…, X的继任者以…, X会见以…身份访华的Y)."""
    text, out = ctx.text, []
    for h in ctx.rec.persons:
        if (m := _CAPACITY.match(text, h.end)) is None or ctx.rec.in_meta(h.start) or _BEFORE_NOW.search(m["gap"]) or _NOT_OWN_ACT.search(m["gap"]):
            continue
        clause = _CLAUSE_END.search(text, m.end())
        if any(h.end <= p.start < m.start("title") or m.end() < p.start and "的" in text[m.end() : p.start] and (clause is None or p.start < clause.start())
               for p in ctx.rec.persons if p is not h):
            continue  # another person in the gap, or the one the 以…身份…的 clause describes
        t = grammar.split_title(m["title"])
        if t is None or t.start or not t.org or _INDEFINITE.search(t.org) or t.role in _OWN_RANK:
            continue
        out.append(_said_post(ctx, h, t, m, "posts.capacity"))
    return tuple(out)


# A list of names, then its count and the title they share (A、B、C等五位全国政协委员…): each holds it.
_COUNTED = re.compile(r"(?P<deng>等)?(?P<n>[两二三四五六七八九十]|\d{1,2})[位名](?P<title>[\u4e00-\u9fff]{3,16})")


def _counted(ctx: Context) -> tuple[PostObservation, ...]:
    """The names a list runs through (joined by 、, the last by 和/及 too) right before 等?N位/名 and a whole title
    of a named body: each name's post, as written. The count must fit the list (N names, or more after 等);
    a bare role (N位代表, N位委员) is left: readers differ on it."""
    text, out = ctx.text, []
    persons = sorted(ctx.rec.persons, key=lambda h: h.start)
    for i, h in enumerate(persons):
        if (m := _COUNTED.match(text, h.end)) is None or ctx.rec.in_meta(h.start):
            continue
        t = next((t for k in range(len(m["title"]), 2, -1) if (t := split_title(m["title"][:k], m.start("title"))) is not None
                  and t.start == m.start("title")), None)
        if t is None or not t.org or _INDEFINITE.search(t.org) or former_of_state(t.org):
            continue
        names = [h]
        while (j := i - len(names)) >= 0 and text[persons[j].end : names[0].start] in ("、", "和", "及") and not (
                names[0].titles or text[persons[j].end : names[0].start] != "、" and len(names) > 1):
            names.insert(0, persons[j])
        count = chinese_number(m["n"])
        if len(names) < 2 or any(n.titles for n in names) or (count < len(names) if m["deng"] else count != len(names)):
            continue
        out += [_said_post(ctx, n, t, m, "posts.counted") for n in names]
    return tuple(out)


# 以<titles>X为团长的中央代表团 (…访问团, …访京团): the titled person heads the group named after 的 (a bare name is read in nlp)
_LED_AS = re.compile(r"(?:同志|女士|先生)?为(?P<role>副?团长)的(?P<body>[\u4e00-\u9fff]{2,10}?(?:代表团|访问团|访京团|访华团))")  # (叶某女士为团长的…访京团)
# 担任中央代表团副团长的<titles>A，<titles>B…: the post every person the clause then lists holds
# (当选X、Y的<name>: the posts just taken; not 曾担任, 先后担任: held once)
_SERVING_AS = re.compile(r"(?<![曾原])(?<!先后)(?:担任|当选为?)(?P<title>[\u4e00-\u9fff][\u4e00-\u9fff、]{2,40}?)的")
_LIST_GAP = frozenset({"，", ",", "、", "和", "及", "以及"})
_PLURAL_ROLE = re.compile(r"^副|(?:委员|成员|团员|代表|顾问)$")  # posts more than one person holds: only these run on to the next name
_PAST_LIFE = re.compile(r"去世|逝世|病逝|离世|生前|牺牲|连续[一二三四五六七八九十\d]+届")  # a life told, not a post held now


def _heads(ctx: Context) -> tuple[PostObservation, ...]:
    """The post of a group's head or deputy told around the names, not before them: 以<titles>X为团长的
    中央代表团 (X: 中央代表团团长) and 担任中央代表团副团长的<titles>A，<titles>B (each listed: 中央代表团副团长).
    The title must read whole with its body; the list is the run of names each right after the last
    one's separator (its own titles between), in the clause's sentence."""
    text, rec, out = ctx.text, ctx.rec, []
    persons = sorted(rec.persons, key=lambda h: h.start)
    for h in persons:
        opens = h.titles[0].start if h.titles else h.start
        if h.via != "title" or text[opens - 1 : opens] != "以" or not (m := _LED_AS.match(text, h.end)) \
                or grammar.led_long_ago(text, opens):
            continue
        if (t := split_title(m["body"] + m["role"], m.start("body"))) is None or t.org != m["body"]:
            continue
        out.append(_head_post(ctx, h, t.text, t.role, t.org, m.start("role"), m.end("role")))
    for m in _SERVING_AS.finditer(text):
        items = split_list(text, m.start("title"), m.end("title"))
        titles = [split_title(text[a:b], a) for a, b in items]
        if not titles or any(t is None or not t.org or t.start != a for t, (a, _) in zip(titles, items)) or rec.in_meta(m.start()):
            continue  # every item a whole title with its body (not 担任过去…的)
        sent, at = rec.sentence_of(m.start()), m.end()
        if _told_before(ctx, rec.sentences[sent][0] if rec.sentences else 0, m.start()):
            continue  # 2003年春节前夕，刚刚担任浙江省委书记的X: the post of then
        if rec.sentences and _PAST_LIFE.search(text, *rec.sentences[sent]):
            continue  # 连续五届当选…的X，…直到因病去世: a life's story
        plural = all(_PLURAL_ROLE.search(t.role) for t in titles)
        for h in persons:
            opens = min(h.start, h.titles[0].start) if h.titles else h.start  # (习近平|总书记: the role after the name)
            if opens < at:
                continue
            if rec.sentence_of(h.start) != sent or text[at:opens] not in _LIST_GAP and (at != m.end() or opens != at):
                break
            if at != m.end() and (not plural or any(o.org == t.org for o in h.titles for t in titles)):
                break  # 担任…团长的A，副团长B / 担任…主席的A，局长B: one holds a head's post; B tells his own
            if any(p.name == h.name and p.start < m.start() for p in persons):
                break  # …的田某，…担任…副总编辑的田某: named before, the clause recalls his past
            if any(text[max(0, o.start - 1) : o.start] in "原前" for o in h.titles):
                break  # 担任…的原党委书记X: a former holder
            out += [_head_post(ctx, h, t.text, t.role, t.org, t.start, t.end) for t in titles]
            at = h.end
    return tuple(out)


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")


def _told_before(ctx: Context, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` sets what follows in the past: a clause of the past (上世纪, 当年, 曾经), 曾, or a
    year before the story's."""
    year = ctx.reference_date.year if ctx.reference_date else None
    return bool(_PAST_CLAUSE.search(ctx.text, s, e)) or "曾" in ctx.text[s:e] or any(
        year is None or int(y) < year for y in _YEAR.findall(ctx.text, s, e))


def _head_post(ctx: Context, h, title: str, role: str, org: str, s: int, e: int) -> PostObservation:
    return PostObservation(person=h.name, title=title, role=role, organization=org, observed=ctx.reference_date,
                           person_mention=ctx.mention(h.start, h.end, "PERSON", "posts.heads"),
                           title_mention=ctx.mention(s, e, "TITLE", "posts.heads", 0.85), confidence=0.85)


# A leader called by surname and role (李总理, 习主席): only the holders of lexicons.leaders(), on their days
_LEADER_ROLE = re.compile(r"主席|总理|总书记|委员长")
_LEADER_NAMES = frozenset(n for n, _ in lexicons.leaders())
_GREETING = re.compile(r"好[！!]?[”」]")  # “习主席好！”: a crowd's greeting, which states no post


def _by_surname(ctx: Context, have: set[tuple[str, str]]) -> tuple[PostObservation, ...]:
    """Posts told by surname and role (罗塞芙说，李总理此访…): the holder is the one person of that
    surname the story names, when lexicons.leaders() has them in that role on the story's date (never 周总理 for a
    周强 named there), the story gives them no 副 of it and no state abbreviation stands before (日韩总理)."""
    text, persons, day = ctx.text, ctx.rec.persons, ctx.reference_date
    by_surname: dict[str, set[str]] = {}
    for p in persons:
        if 2 <= len(p.name) <= 3:
            by_surname.setdefault(p.name[0], set()).add(p.name)
    leaders = {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1}
    leaders = {k: v for k, v in leaders.items() if v in _LEADER_NAMES}
    out: list[PostObservation] = []
    for m in _LEADER_ROLE.finditer(text) if leaders else ():
        i = m.start() - 1
        if i < 0 or (name := leaders.get(text[i])) is None or (name, m.group()) in have:
            continue
        held = lexicons.leaders().get((name, m.group()))
        if held is None or day is not None and not held[0] <= day < held[1] or any(n == name and "副" + m.group() in r for n, r in have):
            continue  # 张主席 for a 张德江, 李总理 for 李克强 before 2013, 副总理李克强 of the story
        if i and text[i - 1] in grammar.STATE_ONE:
            continue  # 日韩|总理: the surname's character is a state's
        if _GREETING.match(text, m.end()):
            continue  # 齐声欢呼“习主席好”: a greeting, not the text saying what the person holds
        if any(p.start <= i < p.end for p in persons) or text[max(0, i - 1) : i + 1] in lexicons.common_words():
            continue  # 习近平|主席, 国家|主席, 杜马|主席: the character ends a name or a word
        have.add((name, m.group()))
        out.append(PostObservation(
            person=name, title=m.group(), role=m.group(), organization=None, observed=ctx.reference_date,
            person_mention=ctx.mention(i, i + 1, "PERSON", "posts", 0.8),
            title_mention=ctx.mention(m.start(), m.end(), "TITLE", "posts", 0.8), confidence=0.8,
        ))
    return tuple(out)


# A headline of one audience or talks with a foreign head named by title only: 习近平同巴林国王会谈,
# 李克强会见越南总理, 习近平同德国总理通电话.
_AUDIENCE_HEADLINE = re.compile(r"^(?P<host>[\u4e00-\u9fff]{2,4}?)(?:(?P<meet>会见)|(?P<with>同|与))(?P<title>[\u4e00-\u9fff]{3,20}?)"
                                r"(?(with)(?:举行)?(?:会谈|会晤|通电话))$")
_HEADLINE_PARTS = re.compile(r"[ \u3000]+")
_GUEST_END = {"meet": re.compile(r"(?:一行)?(?:时|[，,。；;]|并)"), "with": re.compile(r"(?:举行了?)?(?:会谈|会晤|通电话)")}
_GUEST_VERB = {"meet": re.compile(r"会见了?"), "with": re.compile(r"同|与")}


def headline_guests(ctx: Context) -> tuple[PostObservation, ...]:
    """The foreign guest a headline names by title only (习近平同巴林国王会谈), whom the body names
    bare at its first audience of the headline's host (习近平同哈马德举行会谈, 在会见久卡诺维奇时，
    李克强表示): one guest alone, a name found or a transliteration right after the verb; the
    headline's title is the guest's post."""
    title = ctx.article.title if ctx.article else ctx.doc.title
    if not title or not ("会见" in title or "会谈" in title or "会晤" in title or "通电话" in title):
        return ()
    parts = _HEADLINE_PARTS.split(title.strip())
    if any(grammar.split_title(p) is not None for p in parts[1:]):
        return ()  # 会见塞尔维亚总统 拉脱维亚总统, 会见…人民党主席 政府首相: another guest's title, or more of one guest's, after a space
    m = next(filter(None, map(_AUDIENCE_HEADLINE.match, parts)), None)  # (…举行会谈 强调…: a headline of two parts)
    t = grammar.split_title(m["title"]) if m else None
    if t is None or not t.org or t.org != m["title"][: len(t.org)] or not (state := lexicons.country_at(t.org)) or state.startswith("中国") or former_of_state(t.org):
        return ()  # a foreign state's post (not 美国前总统)
    text, rec, kind = ctx.text, ctx.rec, "meet" if m["meet"] else "with"
    for v in _GUEST_VERB[kind].finditer(text):
        if rec.in_meta(v.start()) or rec.in_headline(v.start()):
            continue
        s, e = rec.sentences[rec.sentence_of(v.start())]
        if m["host"] not in text[s:e] or kind == "with" and (text[v.start() : v.end() + 1] in lexicons.common_words() or text[v.start() - 1 : v.end()] in lexicons.common_words()):
            continue  # (同志, 同时, 共同: no preposition)
        p = v.end()
        hit = next((h for h in rec.persons if h.start == p), None)
        if hit is not None and (hit.name == m["host"] or any(x.org for x in hit.titles)):
            return ()  # the body names the guest's post itself
        if hit is None and text.startswith(t.org, p):
            return ()  # 会见|利比里亚临时参议长X: the body names the post itself, its holder after it
        q = hit.end if hit is not None else None
        if q is None and not grammar.any_role().match(text, p):
            f = next((f for f in range(p + 2, min(len(text), p + 9)) if _GUEST_END[kind].match(text, f)), None)
            q = f if f is not None and grammar.foreign_name_end(text[:f] + "，", p) == f else None  # 在会见|布尔纳比奇|时: a transliteration the headline vouches for
        if q is None:
            return ()
        after = q + len(t.role) if text.startswith(t.role, q) else q  # 同基奎特|总统举行会谈
        if not _GUEST_END[kind].match(text, after):
            return ()
        pm = ctx.mention(p, q, "PERSON", "posts.headline")
        head = ctx.headline_meetings()
        at = head.text.find(m["title"]) if head is not None else -1
        out = []
        for piece in concurrent(m["title"]) or (t,):
            tm = head.mention(at + piece.start, at + piece.end, "TITLE", "posts.headline", 0.8) if at >= 0 else pm
            out.append(PostObservation(text[p:q], piece.text, piece.role, piece.org or None, ctx.reference_date, pm, tm, 0.8))
        return tuple(out)
    return ()


def concurrent(title: str) -> tuple[Title, ...]:
    """The posts of a headline title joined by 兼 (古巴国务委员会主席兼部长会议主席), each as the body chain
    reads it, or () when the title is one post: two posts held at once, never one compound title. A later
    piece that names no state takes the first's (新加坡副总理兼财政部长: 新加坡财政部长; 总理兼外长: 巴基斯坦外长); a bare
    role or a party group the first's whole body, as a 、 list does (常委会副委员长兼秘书长, 人民银行行长兼党委副书记)."""
    if "兼" not in title:
        return ()
    pieces = grammar.title_chain(title, 0, len(title))
    if len(pieces) < 2 or pieces[0].start != 0 or any(title[a.end : b.start] != "兼" for a, b in zip(pieces, pieces[1:])):
        return ()
    first = pieces[0]
    state = (_foreign_owner(first.org) or ("", ""))[1]

    def whole(t: Title) -> Title:
        if first.org and (is_bare_role(t) and _may_inherit(title, first, t, "concurrent") or t.org in _PARTY_GROUPS):
            body = _without_party_group(first.org) if t.org in _PARTY_GROUPS or first.org.endswith(tuple(_PARTY_GROUPS)) else first.org
            return dataclasses.replace(t, text=body + t.text, org=body + t.org)
        return dataclasses.replace(t, text=state + t.text, org=state + t.org) if state and not _foreign_owner(t.org) else t

    return (first, *(whole(t) for t in pieces[1:]))


def _profiles(ctx: Context) -> tuple[PostObservation, ...]:
    """现任/拟任 lines of a personnel notice (任前公示), for the person the paragraph is about."""
    text, out = ctx.text, []
    for h in ctx.rec.persons:
        if h.via != "profile":
            continue
        end = text.find("\n", h.end)
        end = len(text) if end < 0 else end
        pm = ctx.mention(h.start, h.end, "PERSON", "posts.profile")
        for m in _PROFILE_POST.finditer(text, h.end, end):
            if m["cue"] == "拟提名为":
                continue  # a category of candidates, not a post
            for ts, te in split_list(text, m.start("titles"), m.end("titles")):
                t = split_title(text[ts:te], ts)
                if t is None:
                    continue
                conf = 0.9 if m["cue"] == "现任" else 0.7
                out.append(PostObservation(h.name, t.text, t.role, t.org or None, ctx.reference_date, pm,
                                           ctx.mention(ts, te, "TITLE", "posts.profile", conf), conf))
    return tuple(out)


_BRACKET_CLAUSE = re.compile(r"[（(](?P<titles>[^（()）。；;，,：:]{2,40})(?=[）)，,；;])")  # 对X（某局局长，分管…）给予…: the first clause


def _bracketed(ctx: Context) -> tuple[PostObservation, ...]:
    """Titles bracketed right after a name (对张三（某省副省长，分管…）予以免职): the first clause only, and only
    when it is wholly a 、 chain of titles (not 王五（藏族）, not 2016年任…: of then), read as the same chain before the name."""
    text, out = ctx.text, []
    for h in ctx.rec.persons:
        if (m := _BRACKET_CLAUSE.match(text, h.end)) is None or h.name in lexicons.historical_figures():
            continue  # 毛泽东（中共中央主席）: a post of history
        cs, ce = m.span("titles")
        chain = grammar.title_chain(text, cs, ce)
        if not chain or chain[0].start != cs or chain[-1].end != ce or any(text[a.end : b.start] != "、" for a, b in zip(chain, chain[1:])):
            continue
        if former_post(text, cs, not chain[0].org) or _lost_here(ctx, h):
            continue  # （原…）, X（某省副省长）被免职: not held on the article's date
        pm, last = ctx.mention(h.start, h.end, "PERSON", "posts.bracket"), None
        for t in chain:
            if _ends_chain(text, t, chain[0]):
                break  # （某国前总统）, （…局长、原…）: a former post, and 原 covers the rest
            elect, t = _elect(text, t), _as_written(text, t, last)
            if (is_bare_role(t) or t.org == "村") and not elect:
                if (body := _inherited(text, last, t, "bracket")) is None:
                    continue  # (副局长), (校长、教授), (村支书): whose, the bracket does not say
                t = dataclasses.replace(t, org=body, text=body + t.role)
            elif t.org and not elect:
                last = t
            out.append(PostObservation(h.name, t.text, t.role, t.org or None, ctx.reference_date, pm,
                                       ctx.mention(t.start, t.end, "TITLE", "posts.bracket", 0.85), 0.85))
    return tuple(out)


def _lost_here(ctx: Context, h) -> bool:
    """Whether the sentence of ``h`` says the post is lost (…已被免职, 助理X…，X已…辞职)."""
    s_end = ctx.rec.sentences[ctx.rec.sentence_of(h.start)][1] if ctx.rec.sentences else len(ctx.text)
    return _LOST.search(ctx.text, h.end, s_end) is not None or any(
        ctx.text.endswith(h.name, 0, m.start()) for m in _RESIGNED.finditer(ctx.text, h.end, s_end))


# A state funeral's or a memorial's formula: the titles of the one mourned, each after a comma, run up to the
# name and its 同志/先生 (…全国委员会副主席，…中央委员会主席，原国务委员，国务院原副总理X同志，因病…逝世).
_MOURNED = re.compile(r"逝世|去世|病逝|辞世|享年|追悼|遗体|诞辰")
_MOURNED_TAIL = re.compile(r"(?:同志|先生)(?:的?遗体|逝世|病逝|去世|辞世|追悼|诞辰|，?因病|，于)")  # of him, not of another later
_FORMER_MARK = re.compile(r"原|前|时任")
_FORMER_LEADS = ("原", "前任", "时任")


def _mourned_titles(text: str, h, first: Title | None) -> list[Title]:
    """The titles a comma-separated chain gives the one a sentence mourns, before the chain the grammar read up to
    his name (…副主席，|九三学社…主席X同志的遗体): each segment back from the name read whole as titles with their
    bodies; a former one (原, 前 or 时任 in it) is skipped and the walk goes on; the first segment that reads as no
    titles ends it (无产阶级革命家, 九三学社的杰出领导人: what he is praised as)."""
    if first is None or not _MOURNED_TAIL.match(text, h.end):
        return []
    close = min((i for i in (text.find(c, h.end) for c in "。；;！？\n") if i >= 0), default=len(text))
    cur = text.rfind("，", 0, first.start)
    if _MOURNED.search(text, h.end, close) is None or cur < 0 or text[cur + 1 : first.start] not in ("", *_FORMER_LEADS):
        return []  # no death told, or the chain read opens after no comma (or its 原)
    out: list[Title] = []
    while cur > 0:
        s = max(text.rfind(c, 0, cur) for c in "，,。；;：:！？\n>") + 1
        seg, chain = text[s:cur], grammar.title_chain(text, s, cur)
        if not chain or chain[-1].end != cur or chain[0].start - s > 2 or chain[0].start > s and not seg.startswith(_FORMER_LEADS):
            break  # no segment read whole as titles: what the one mourned is praised as
        if _FORMER_MARK.search(seg) is None:
            out.extend(t for t in chain if t.org)
        if s == 0 or text[s - 1] != "，":
            break
        cur = s - 1
    return out


def _ends_chain(text: str, t: Title, first: Title) -> bool:
    """Whether ``t`` is a former post, and so the rest of its chain (韩国前总统, 赞比亚开国总统, 某局原党组书记、局长,
    某大学老校长, 某局股长、时任…; 首任 anywhere: 某工程首任…首席科学家)."""
    return t.org.endswith(("前", "原", "前任", "已故", "建国", "开国")) or "首任" in t.org or former_of_state(t.org) or (
        grammar.former_inside(t.org, t.role) is not None) or (t.org.endswith("老") and not t.org.endswith("养老")) or (
        t is not first and (text[t.start - 1 : t.start] in ("前", "原") or text[t.start - 2 : t.start] == "时任"))


def _elect(text: str, t: Title) -> bool:
    """Whether ``t`` is a coming post (香港特别行政区候任行政长官, 候任|总理)."""
    return t.org.endswith("候任") or text[max(0, t.start - 2) : t.start] == "候任"


def _as_written(text: str, t: Title, last: Title | None) -> Title:
    """The post one title of a chain names: 候任 as written (the golds keep it so), the body without 反对派 or 新任
    (英国新任首相 → 英国首相), a party group of the body just named (某集团公司董事长、|党组书记)."""
    if _elect(text, t):  # never the post itself
        return dataclasses.replace(t, org=t.org[:-2], text=t.text) if t.org.endswith("候任") else dataclasses.replace(t, text="候任" + t.text)
    for cue in (grammar.OPPOSITION_BEFORE_PARTY, grammar.TENURE_IN):  # the mention keeps the literal span
        if cue.search(t.org):
            body = cue.sub("", t.org)
            t = dataclasses.replace(t, org=body, text=body + t.role)
    if t.org in _PARTY_GROUPS and last is not None and last.end + 1 == t.start and text[t.start - 1] == "、" and (
            last.role not in _OWN_RANK and not _DIVISION_HEAD.fullmatch(last.role)):  # not 院士、|党委书记, 省长、|党组书记
        body = last.org + t.org  # t.org is the joined body from here on
        t = dataclasses.replace(t, org=body, text=body + t.role)
    return t


def _inherited(text: str, last: Title | None, t: Title, via: str) -> str | None:
    """The body a bare role takes from the title before it in its chain (董事长、|总经理: the company's), or None: not a
    personal rank (校长、|教授), and an officer is the company's, not its board's (董事会主席、|首席执行官)."""
    if last is None or t.role in _OWN_RANK or not _may_inherit(text, last, t, via):
        return None
    org = _without_party_group(last.org)  # the body, not its party group
    return _BOARD_END.sub("", org) if _EXECUTIVE.fullmatch(t.role) else org


_LOST = re.compile(r"被免职|被解职|被撤职|被免去|被撤销|被开除|被双开|被逮捕|被判处|落马|被查|被解雇")
_RESIGNED = re.compile(r"已[^，,。；;“”]{0,10}?辞职")  # 助理X…，X|已在他的要求下辞职: gone by now (said of X by name)
# Roles of foreign states: never under a Chinese body (国务院|总统, 全国政协|议长).
# Offices of a state: a bare one takes only a country from the title before it (俄罗斯总统…、总理…).
STATE_ROLES = frozenset({"总统", "副总统", "总理", "副总理", "第一副总理", "第一副总统", "第一副首相", "首相", "副首相", "国王", "外长", "副外长", "外相", "外务相", "议长", "参议长", "众议长"})
_FOREIGN_ROLES = frozenset({"总统", "首相", "国王", "女王", "王储", "总督", "议长", "参议长", "众议长", "大臣", "外交大臣", "外长"})


_FORMER = ("原", "时任", "前任", "已故", "前", "递补")  # 递补|中央委员会候补委员X为中央委员会委员: the seat he leaves
# Words ending in 前 that say when, not that a post is former: 日前|国务院总理… (not 以前 alone: 以|前首相X为团长,
# 以|前总理英拉…罪名判处, the preposition then a former post; but 在此以前|总统普京, 多年以前, 会谈以前: before)
_NOT_FORMER = ("日前", "此前", "目前", "当前", "之前", "会前", "节前", "赛前", "行前", "提前", "面前", "眼前",
               "空前", "事前", "年前", "天前", "月前", "前前", "跟前", "战前", "考前",
               "此以前", "这以前", "那以前", "年以前", "久以前", "天以前", "月以前", "谈以前")


# A clause that tells of the past: 上世纪70年代，墨西哥总统X访华时 names the post he held then.
_PAST_CLAUSE = re.compile(r"上世纪|世纪\d+年代|\d+年代|早在|当年|那年|那时|曾经")
# 原联合国-阿盟…特别代表: 原 before the first part of a hyphenated body covers the whole title
_NOW = re.compile(r"如今|现在|目前|今天|今年|当前")
# Posts of the revolutionary era, or of someone remembered (诞辰, 革命事迹): history, not a post now.
_HISTORICAL_ORG = re.compile(r"红军|八路军|新四军|抗联|苏维埃|野战军|人民志愿军")
_REMEMBERED = re.compile(r"(?:同志)?(?:诞辰|的革命事迹|的英雄事迹|烈士)")
# X|当时…: the title is the one of then, but only in a sentence that tells the past before the name (a
# year, 那时, 曾, an event of history: 皖南事变中，政治部主任X|当时身中数弹) or in an obituary; in a story
# of today (暴雨来袭，市长X|当时正在指挥) it is the post now.
_TOLD_PAST = re.compile(_PAST_CLAUSE.pattern + r"|\d{4}年|曾|事变|战役|战争|战斗|起义|抗战|长征")
_MONARCHS = frozenset({"泰王", "国王", "女王"})


def _quoted_of_a_past_year(ctx, at: int, sent: int) -> bool:
    """Whether ``at`` lies inside a quotation (“…) whose sentence, before the quotation opens, names a year before
    the article's (2007年12月曾致信…，信中…“…布拉特主席与姆贝基总统…”): the words of an old document or speech."""
    if ctx.reference_date is None or not ctx.rec.sentences:
        return False
    start = ctx.rec.sentences[sent][0]
    opened = ctx.text.rfind("“", start, at)
    if opened < 0 or ctx.text.rfind("”", start, at) > opened:
        return False
    # (not a year that opens a span to now: 2017年以来, 自2017年起, 2017年至今)
    return any(int(y[1]) < ctx.reference_date.year and not _SINCE_YEAR.match(ctx.text, y.end()) and not ctx.text.endswith("自", 0, y.start())
               for y in _YEAR.finditer(ctx.text, start, opened))


_SINCE_YEAR = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?|[初底末])?(?:以来|起|至今|来)")
_OBITUARY = re.compile(r"逝世|去世|病逝|辞世|享年|追悼")
_MONTH_BEFORE = re.compile(r"\d月前$")
_THEN_OF = ("当时的", "那时的", "彼时的")  # 当时的|政治部主任X: the post of the time told, not one held now
_CLAIMED = re.compile(r"(?:自封|自称|自任|自命|自立|自行宣布|自我宣布|承认)的$")
_FORMER_HYPHENED = re.compile(r"(?:原|时任|前任)[\u4e00-\u9fff]{1,10}[-－]$")


def former_post(text: str, start: int, bare: bool = False) -> bool:
    """Whether the title chain starting at ``start`` is a former post (原, 时任, 前 …, or told in
    a clause about the past); 老 right before a bare role (老校长, 老书记) marks a former or
    honorary one too, 好 (好支书) praise."""
    before = text[max(0, start - 2) : start]
    if bare and before.endswith("老") and before not in ("养老", "古老"):
        return True
    if bare and before.endswith("好") and (len(before) < 2 or before not in lexicons.common_words()):
        return True  # 好支书, 一位好书记: a word of praise, no post (but 做好|书记…: a verb's complement)
    if _FORMER_HYPHENED.search(text, max(0, start - 14), start):
        return True
    if _SUCCESSIVE.search(text, max(0, start - 5), start):
        return True  # 该国历任|总统X、Y: holders one after another, one of them at most holds it now
    piece = text[max(text.rfind(c, 0, start) for c in "、，,：:。；;！？\n") + 1 : start]
    if piece.startswith(("原", "前任", "时任")) and not lexicons.place_prefix(piece) and not piece.startswith(("原定", "原计划")):
        return True  # 原国防科工委…正军职常任|委员: 原 opens the part the grammar could not read (not 原定于…卸任的|主席: as planned)
    sentence = grammar.sentence_start(text, start)
    if (m := _PAST_CLAUSE.search(text, max(sentence, start - 40), start)) and not _NOW.search(text, m.end(), start):
        return True
    if _former_item_before(text, start):
        return True
    if text.endswith(_THEN_OF, 0, start):
        return True  # 当时的|某委员会主任X: the post he held then, told as of then
    if _MONTH_BEFORE.search(text, max(0, start - 3), start):
        return True  # 去年11月|前总统: a month of the calendar, then 前 (months ago is 个月前)
    return before.endswith(_FORMER) and not text[max(0, start - 3) : start].endswith(_NOT_FORMER)


def _former_item_before(text: str, start: int) -> bool:
    """Whether the chain at ``start`` goes on after 、 from a former post the grammar did not read
    (工务段原段长、|党委副书记, 某公司原总经理、|党委副书记): 原 covers the whole chain after it."""
    if text[start - 1 : start] != "、":
        return False
    item = text[max(text.rfind(c, 0, start - 1) for c in "、，,：:。；;！？\n") + 1 : start - 1]
    if not (item.endswith("长") or grammar.role_re().search(item)):
        return False  # 某局原局长张三、|副局长李四: a name closes the item, the next title is another's
    return item.startswith(("原", "前任", "时任")) or grammar.former_inside(item) is not None


# How many holders in turn (法国三任|总统X、Y和Z, 历任|总统): the names are its holders one after another, so the
# post is held now by one of them at most, and the count no part of its body (第三任 is which holder, not how many;
# 新一任, 上一任, 下一任: which one).
_SUCCESSIVE = re.compile(r"(?:(?<![第统唯新上下同这那每\d一二两三四五六七八九十])" + grammar.COUNT + r"|历|几|数)任$")


def former_of_state(org: str) -> bool:
    """美国前财政部, 美国前驻华, 法国时任: 前/原/时任 right after a state opens a former post; so does a count of
    holders in turn (法国三任|总统, 历任|总统): one of them at most holds it now."""
    state = lexicons.country_at(org)
    rest = org[len(state) :]
    if _SUCCESSIVE.search(org):
        return True
    return bool(state) and (rest.startswith(("时任", "前任")) or (rest.startswith(("前", "原", "已故")) and rest[:2] not in lexicons.common_words()))  # not 伊朗|原子能组织


_PORTFOLIO_MINISTERS = frozenset({"外交大臣", "财务大臣", "防卫大臣", "外务大臣", "内政大臣", "国防大臣", "财政大臣", "司法大臣", "卫生大臣"})
_ENVOY_ROLES = ("代表", "特别代表", "特使")
_ENVOY_OF_HEAD = re.compile(r"(?:首相|总统|总理|政府|女王|国王)$")  # whose envoy: a head or a government
# A body that is a state's head's envoy to a place (英国女王大曼彻斯特|代表): the state, for a state's office after it.
_HEADS_ENVOY = re.compile(r"(?P<state>[\u4e00-\u9fff]{2,6}?)(?:女王|国王|总统)[\u4e00-\u9fff]{2,8}$")


def _may_inherit(text: str, source: Title, t: Title, via: str) -> bool:
    """Whether a bare role takes the organisation of an earlier title in its sentence: not
    习近平主席 after 法国总统, not a foreign role from a Chinese body, not across a country,
    not a role cut from a longer title (…组织结核病防治亲善|大使 after 国家主席)."""
    if via == "name-title" or source.org.endswith("主席团"):
        return False  # 大会主席团常务主席、执行主席: the session's 执行主席, not the presidium's
    if t.start > 0 and "\u4e00" <= text[t.start - 1] <= "\u9fff" and text[t.start - 1] not in "和与及兼" and not (
            text.endswith(grammar.GROUP_MEMBER, 0, t.start) and source.end == t.start):
        return False  # the role is the tail of words the grammar could not read as a title (not 局党组成员|副局长: two titles)
    if t.role in _PORTFOLIO_MINISTERS and source.org not in lexicons.countries():
        return False  # 发展合作事务大臣X、卫生大臣Y, 首席大臣兼|财政大臣: a minister named by his portfolio takes a state, never another's portfolio
    if source.role in _ENVOY_ROLES and _ENVOY_OF_HEAD.search(source.org):
        return False  # 英国首相特别代表、|财政大臣X: the minister's office is the state's, never the head's or the government's
    if text[t.start - 1 : t.start] == "、" and text[: t.start - 1].endswith(grammar.KIN):
        return False  # 自己儿子、|副王储X: the 、 joins the holder's kin, no title whose body the role shares
    if t.role in _FOREIGN_ROLES and not source.org.startswith(lexicons.countries()):
        return False
    if t.role in grammar.HOUSE_SPEAKERS and source.org not in lexicons.countries():
        return False  # 国会主席兼|下议长: the role names its house, only a state is shared
    if t.role in STATE_ROLES and source.org not in lexicons.countries():
        return False  # 苏丹人民解放运动主席、总统基尔: the head of state of a country, not of a party
    between = text[source.end : t.start]
    return not any(c in between for c in lexicons.countries())


def _foreign_owner(org: str) -> tuple[str, str] | None:
    """The foreign (party, state) a title's body names first (越共中央政治局委员: 越共, 越南; 新加坡副总理:
    "", 新加坡); ("", "") for China's; None when it names none."""
    if centre := next((c for c in lexicons.foreign_centres() if org.startswith(c)), None):
        party = centre.removesuffix("中央")
        return party, lexicons.country_at(party) or lexicons.STATE_ABBREVIATIONS.get(party[:1], "")
    state = lexicons.country_at(org)
    return ("", "" if state in ("中国", "中华人民共和国") else state) if state else None


def _chinese_central(org: str, role: str) -> bool:
    """A body of China's centre by its bare name (财政部, 财政|部长, 中央宣传部): another state's when a
    chain or list names that state first."""
    if (unit := re.match(r"副?([部局厅])长$", role)) and not org.endswith(unit.group(1)):
        org += unit.group(1)
    row = lexicons.organizations().get(org)
    return org.startswith("中央") or (row is not None and row.level == "national" and not lexicons.country_at(org))


_MINISTERS = frozenset({"大臣", "担当大臣"})  # a minister named by his portfolio (总务大臣, 经济再生担当大臣), never bare
# Roles that are a title only with the body before them (载人潜水器总设计师, 第二舰队司令, “维基揭秘”网站
# 创始人, 秘书长古特雷斯的发言人, 总务大臣: a minister by his portfolio): bare after other words, they are the tail
# of a title the grammar did not read.
_BODY_ROLES = frozenset({"总设计师", "副总设计师", "总指挥", "副总指挥", "司令", "副司令", "司令员", "副司令员", "长官", "创始人",
                         "发言人", "新闻发言人", "总裁", "副总裁", "队长", "董事", "参谋长", "亲善大使", "共同主席", "轮值主席", "特使", *_MINISTERS})
# Members named by their body and portfolio (欧委会贸易|委员, 欧洲|议员): after words of the body, its tail.
_MEMBER_ROLES = frozenset({"委员", "议员"})
# The end of a body's name the grammar did not read (阿曼协商会议|主席, 国民党|副主席, 西共体|轮值主席).
_BODY_END = re.compile(r"(?:会议|舰队|网站|论坛|联盟|工程|共体|委员会|理事会|组织|政府|议会|集团|公司|[党军队])$")
_BODY_TAILS = frozenset("城都")  # 金融城|市长: the last character of a body unread, never a time or a position (晚上|市长, 会上|市长)
# Teachers' roles, a post only at a school the title names (北京市第四中学高级教师, not 乡村教师 nor 宁波教师).
_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2}(?P<kind>小学|中学|大学|学院|学校|幼儿园|附中|附小|学部|系|研究生院)(?P<rest>" + grammar.SCHOOL_SUBJECT_GRADE + r")$")
# What a school is before its kind when the words name none (农村小学, 全市中小学, 这所学校, 老年大学): a sort of school, no one school.
_SCHOOL_SORT = re.compile(r"(?:农村|乡村|山区|城市|城区|城镇|偏远|边远|贫困|全[国省市州县区镇乡村]|当地|本地|外地|这所|那所|该|一所|各|各地|每所|普通|重点|公办|民办|私立|公立|老年|中小?|寄宿制?|乡镇|村级|基层|国外|海外|外国|当时)$")


def _named_school(org: str, school: re.Match[str]) -> bool:
    """Whether a teacher's school is one school by its name (佳木斯市第十九中学, 复旦大学马克思主义学院, 某镇中心小学), not
    a sort of school (农村小学, 当地中学, 全市中小学) nor one of a state (日本小学)."""
    before = org[: school.start("kind")]
    return not _SCHOOL_SORT.search(before) and before not in lexicons.countries()


# One side of a joint body named before (委员会哈方|主席): no body's name.
_SIDE_ONLY = re.compile(r"(?:委员会|理事会)[\u4e00-\u9fff]方$")


def cut_from_body(text: str, t: Title) -> bool:
    """Whether a bare role is the tail of a title whose body stands unread right before it (Han
    text, not a conjunction, a role or a state: 副总理兼|外长, 习近平主席|特使, 中国|航天员 stay)."""
    i = t.start
    if i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in "和与及兼":
        return False
    if grammar.role_ends(text, i) or lexicons.country_before(text, i):
        return False
    if t.role in _BODY_ROLES or t.role in _MEMBER_ROLES:
        return True
    return _SIDE_ONLY.search(text, max(0, i - 5), i) is not None or _BODY_END.search(text, max(0, i - 3), i) is not None


# The head of one institution (校长, 董事长, 行长, 理事长): a level of its own, but right after unread words
# (峰会大陆方面|理事长, 三一重工|董事长) those words are its body, read whole or no post.
_INSTITUTION_HEAD = re.compile(r"(?:常务)?副?(?:校长|董事长|总经理|院长|行长|理事长)$")
_SECOND_NAME = re.compile(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{2,12}[）)]$")  # 党校（行政学院）: a body's second name in brackets
_IN_CHARGE = re.compile(r"(?:负责|分管)[^，,。；;、：:“”的]{1,12}的$")  # 联合国|负责和平行动的|副秘书长, 某工委|分管日常工作的|副书记: the body is before 负责/分管
_UNIT_TAIL = re.compile(r"[村站所科队室馆处]")  # the last character of an unread unit before a role: 保护站|站长, 某某村|第一书记


_BOARD_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:董事会|监事会|理事会)$")  # a company's board, after its name
_EXECUTIVE = re.compile(r"(?:副|执行|高级)?(?:总裁|总经理|首席[\u4e00-\u9fff]{1,4}官)")  # an officer of the company, no member of its board


def _with_body(t: Title, start: int, body: str) -> Title:
    """``t`` read with the body the grammar found before it, from ``start``: the whole title."""
    return Title(body + t.role, body, t.role, start, t.end)


def _named_body(body: str) -> bool:
    """Whether unread words before a role are one proper name of the dictionary, no place
    (三星电子|副会长, 欧足联|主席): the body itself, not a modifier (高级, 临时, 首任)."""
    tag = lexicons.common_words().get(body, "")
    return tag.startswith(("nz", "nt")) or tag.startswith("ns") and body not in lexicons.places()


def _after_words(text: str, t: Title, persons) -> bool:
    """Whether a bare role stands right after Han words that are none of a conjunction, a role, a
    state, a tenure word, 的, a side (军方, 外方) or a person's name (外事|顾问, 保护站|站长, 高级|顾问): the words may be
    its body, which the grammar did not read."""
    i = t.start
    if i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or text[i - 1] in "和与及兼的方" or t.role in _OWN_RANK or t.role in _CALLINGS:
        return False  # (…任务的|航天员, 著名…学家: a person described, no body)
    if not grammar.any_role().fullmatch(t.role) or grammar.role_ends(text, i) or lexicons.country_before(text, i) or text.endswith(grammar.TENURE_END, 0, i):
        return False
    if text.endswith(_NOT_FORMER, 0, i):
        return False  # 多年以前|总统: a time word, no body
    return not any(p.end == i for p in persons)


_ANY_STATES_BODIES = ("执政党", "反对党", "在野党", *lexicons.FOREIGN_BODIES, *lexicons.FOREIGN_HOUSES)  # 执政党, 议会: whose, the title before says


def _past_names(text: str, read: tuple[int, str] | None, i: int, persons) -> tuple[int, str] | None:
    """An unread body before the role at ``i`` (as ``body_before`` read it) from after the last
    person named inside it (``persons``: the sentence's) and his conjunction: 希腊总统X和|左联党|主席 is
    another's title, a name, then the body; with no conjunction the name is the body's (法国总统马克龙外交|顾问).
    A body every state has keeps the state that opens the first title when that title is the state's own office
    (塞尔维亚总统X和|执政党|主席: 塞尔维亚执政党); not China's or an envoy's (中国驻塞尔维亚大使X和|执政党|主席: the host's party)."""
    if not read or not read[1]:
        return read
    end = max((p.end for p in persons if read[0] <= p.start and p.end <= i), default=None)
    if end is None or text[end] not in "和与及、":
        return read
    body = text[end + 1 : i]
    if body in _ANY_STATES_BODIES and (state := lexicons.country_at(read[1])) and state != "中国" and "驻" not in text[read[0] : end]:
        body = state + body
    return end + 1, body


_JOINS_TWO = re.compile("[和与及、]")  # (not 国家主席习近平特使, 胡锦涛主席办公室主任: a title named after another person)


def _titled(ctx: Context) -> tuple[PostObservation, ...]:
    out: list[PostObservation] = []
    last_org: dict[int, Title] = {}  # sentence -> last title with an organisation
    # sentence -> (end of the last titled name, the foreign party and state its titles named): 美国国务卿X、|财政部长Y
    listed: dict[int, tuple[int, tuple[str, str]]] = {}
    seen: set[tuple[str, str]] = set()
    obituary: bool | None = None  # whether the story tells of a death (X|当时… is of then)
    read_orgs = {(a, e) for a, e, _ in ctx.rec.orgs}  # spans the organisation reader named (美联储|主席: a body, though no title's)
    persons_of: dict[int, list] = {}  # sentence -> its persons, for _past_names
    for p in ctx.rec.persons:
        persons_of.setdefault(ctx.rec.sentence_of(p.start), []).append(p)
    for h in ctx.rec.persons:
        if h.via not in ("title", "list", "name-title") or h.name in lexicons.historical_figures():
            continue  # 周恩来总理: a post of history
        sent = ctx.rec.sentence_of(h.start)
        pm = ctx.mention(h.start, h.end, "PERSON", "posts")
        first = h.titles[0] if h.titles else None
        for t in _mourned_titles(ctx.text, h, first):
            if (h.name, t.text) not in seen:
                seen.add((h.name, t.text))
                out.append(PostObservation(h.name, t.text, t.role, t.org, ctx.reference_date, pm,
                                           ctx.mention(t.start, t.end, "TITLE", "posts.mourned", 0.9), 0.9))
        if first is not None and former_post(ctx.text, first.start, not first.org):
            continue  # a former post: not evidence of holding it on the article's date
        if _quoted_of_a_past_year(ctx, h.start, sent):
            continue  # 2007年曾致信…，信中称“…与姆贝基总统之间的讨论”: the words of an old document, the post of then
        if first is not None and (c := _CLAIMED.search(ctx.text, max(0, first.start - 8), first.start)) is not None and (
                c[0] != "承认的" or "政府" not in first.org):
            continue  # 自封的临时总统X, 美国承认的临时总统X: a post claimed or recognised by others, not held (受联合国承认的…政府总理X: the government is recognised, its head holds the post)
        if _lost_here(ctx, h):
            continue  # 院长王莉…已被免职, 助理X…，X已…辞职: the post is lost in this very sentence
        if _REMEMBERED.match(ctx.text, h.end) or any(_HISTORICAL_ORG.search(t.org) for t in h.titles):
            continue  # 红军第十三军政治部主任X的革命事迹, …创始人X诞辰120周年: a post of history
        if first is not None and first.role in _MONARCHS and ctx.text.startswith("曾", h.end):
            continue  # 泰王X曾多次访问中国: a reign told of as past
        if ctx.text.startswith("当时", h.end):
            if obituary is None:
                obituary = _OBITUARY.search(ctx.text) is not None  # read once a story, only when 当时 follows a name
            if obituary or _TOLD_PAST.search(ctx.text, ctx.rec.sentences[sent][0] if ctx.rec.sentences else 0, h.start):
                continue  # 那时，主任X|当时…: the post of then
        before = listed.get(sent)
        owner = before[1] if before and first is not None and ctx.text[before[0] : first.start] in ("、", "和", "及", "以及") else ("", "")
        inner_former = -1  # end of the last title held formerly by 前 inside its body
        elect_end = -1  # end of the last coming (候任) title
        for t in h.titles:
            if any(t.start <= o.start < t.end and _JOINS_TWO.search(ctx.text, o.end, t.end) for o in persons_of.get(sent, ()) if o is not h):
                continue  # 英国约克公爵安德鲁王子和财政部首席大臣X: another's name, then a joint: two persons' titles run together
            if elect_end >= 0 and ctx.text[elect_end : t.start] == "兼":
                elect_end = t.end
                continue  # 某国候任总理兼|国防部长: the 兼 post is coming too, not yet held
            inside = grammar.former_inside(t.org, t.role)
            if inside is not None and inside["body"] or inner_former >= 0 and (is_bare_role(t) or ctx.text[inner_former : t.start] == "兼"):
                inner_former = t.end
                continue  # 特区政府前律政司司长(兼…)、基本法委员会副主任: only the first (and its 兼) is former
            if (own := _foreign_owner(t.org)) is not None:
                owner = own  # 新加坡副总理兼|财政部长, 越共中央政治局委员、|中央宣传部部长: that state's, that party's
            if _ends_chain(ctx.text, t, first):
                break  # a former post, and 原 covers the rest of the chain
            elect = _elect(ctx.text, t)
            elect_end = t.end if elect else -1
            if not t.org and ctx.text[max(0, t.start - 2) : t.start] == "当选":
                t = dataclasses.replace(t, text="当选" + t.role)  # 某国总理、当选|总统X: the president-elect's title as written (美国当选总统), never the post itself
            if t.role == "领导人" and t.org in lexicons.countries():
                continue  # 巴勒斯坦领导人, 古巴领导人: how a state's head is described, not an office (朝鲜最高领导人, 哈马斯领导人 are)
            if t.role == "代表" and grammar.HONOURED.search(t.org):
                continue  # 全国杰出专业技术人才代表: one of those an honour names speaks for them, no office
            t = _as_written(ctx.text, t, last_org.get(sent))  # 柬埔寨反对派救国党主席, 老挝新任政府总理, 董事长、|党组书记
            if not t.org and not is_bare_role(t) and ctx.text[t.start - 1 : t.start] in _BODY_TAILS and ctx.text[t.start - 1 : t.start + 1] in lexicons.common_words():
                continue  # 伦敦金融城|市长: a role of a level whose first character ends a word (城市), its body unread
            if elect:
                pass  # 候任|总理: the coming post is read as written, no body before it
            elif h.via != "name-title" and is_bare_role(t) and (charge := _IN_CHARGE.search(ctx.text, max(0, t.start - 18), t.start)):
                s, body = grammar.body_before(ctx.text, charge.start()) or (t.start, "")
                if body and not grammar.org_ok(body):
                    continue  # 某某协调机构负责…的|主任: a body the grammar cannot read, no post rather than a bare one
                if body:
                    t = _with_body(t, s, body)  # 联合国负责政治事务的|副秘书长: the body's
            elif h.via != "name-title" and is_bare_role(t) and cut_from_body(ctx.text, t):
                read = _past_names(ctx.text, grammar.body_before(ctx.text, t.start), t.start, persons_of[sent])
                s, body = read or (t.start, "")
                if _SIDE_ONLY.search(body):
                    continue  # (上述)委员会哈方|主席: the side of a body named earlier, not read here
                if re.search("者[和与]", body) and not grammar.org_ok(body):
                    continue  # 肝脏外科的开拓者和主要|创始人: a pioneer joined by 和 to the role, words of praise, no body
                if _BODY_END.fullmatch(body) and body != "论坛" or any(p.end == t.start for p in ctx.rec.persons):
                    read, body = None, ""  # 出席会议|主席, 习近平特使: a lone generic word or a person's name is no body (but 论坛共同主席, the forum's, as the golds read it)
                if not body and t.role in _MINISTERS:
                    continue  # 经济再生担当|大臣: a minister is named by his portfolio, never by a bare 大臣
                if body.startswith(_FORMER) or read is not None and not body and (
                        _BODY_END.search(ctx.text, max(0, t.start - 3), t.start) or t.role in _BODY_ROLES and ctx.text[t.start - 1] == "的"):
                    continue  # 前空军|司令, 秘书长古特雷斯的|发言人: no post of a body the words there do not name (but 该党|副主席 stays)
                if body:
                    t = _with_body(t, s, body)  # 新任|第二舰队司令: the whole title
            elif h.via != "name-title" and not t.org and _INSTITUTION_HEAD.match(t.role) and _SECOND_NAME.search(ctx.text, max(0, t.start - 14), t.start):
                continue  # 中央党校（国家行政学院）|副校长: the body stands before its bracketed second name, unread (not …公司(IBM)|董事长)
            elif h.via != "name-title" and (is_bare_role(t) or not t.org and _INSTITUTION_HEAD.match(t.role)) and _after_words(ctx.text, t, ctx.rec.persons) and (
                    read := _past_names(ctx.text, grammar.body_before(ctx.text, t.start), t.start, persons_of[sent])) is not None:
                s, body = read
                if body and (body.startswith(_FORMER) or not (grammar.org_ok(body) or _named_body(body) or (s, t.start) in read_orgs)) \
                        or not body and _UNIT_TAIL.match(ctx.text, t.start - 1):
                    continue  # 国家安全和外事|顾问, 白宫高级|顾问, 生态保护站|站长: a body the words name but the grammar cannot read; no post rather than a bare one
                if body:  # (no body: 会见|总统, the role stands alone after a verb)
                    t = _with_body(t, s, body)  # 某某研究院|顾问: the whole title
            org, title = t.org, t.text
            if org == "反对派":
                org = ""  # 反对派领导人X with no state told: the title as written, no body (an opposition is of some state)
            if grammar.EPITHETS.fullmatch(org):
                org, title = "", t.role  # 和英雄机长X: what the holder is praised as, no body (the bare role)
            if elect:
                pass  # nor the body of the title before it (未来阵线主席、候任|总理)
            elif is_bare_role(t) and (inherited := _inherited(ctx.text, last_org.get(sent), t, h.via)) is not None:
                org = inherited  # 集团董事会主席兼|首席执行官: the company's officer, not its board's
                title = org + t.role
            elif is_bare_role(t) and sent in last_org and t.role in STATE_ROLES and ctx.text[t.start - 1 : t.start] == "、" \
                    and last_org[sent].role in ("代表", "特使") and (envoy := _HEADS_ENVOY.match(last_org[sent].org)) \
                    and envoy["state"] in lexicons.countries() and _may_inherit(ctx.text, dataclasses.replace(last_org[sent], org=envoy["state"]), t, h.via):
                org = envoy["state"]  # 英国女王大曼彻斯特代表X、|首相Y: the state whose head the envoy stands for
                title = org + t.role
            elif t.org:
                last_org[sent] = t
            if own is None and org and _chinese_central(org, t.role):
                party, state = owner  # the title stays as written; its body is 越共中央宣教部, 新加坡财政部, 越南外交部
                org = party + org if party and org.startswith("中央") else state + org
            if t.role in grammar.TEACHERS:
                if (school := _SCHOOL.search(org)) is None or not _named_school(org, school):
                    continue  # 浙江宁波教师, 乡村教师: an occupation; a school's teacher (某某中学高级教师) holds a post there
                org = org[: school.start("rest")]  # the school, without the subject or grade (某中学语文|教师)
            if (h.name, title) in seen:
                continue
            seen.add((h.name, title))
            conf = 0.95 if h.via == "title" else 0.85
            out.append(
                PostObservation(
                    person=h.name,
                    title=title,
                    role=t.role,
                    organization=org or None,
                    observed=ctx.reference_date,
                    person_mention=pm,
                    title_mention=ctx.mention(t.start, t.end, "TITLE", "posts", conf),
                    confidence=conf,
                )
            )
        listed[sent] = (h.end, owner)
    return tuple(out)
