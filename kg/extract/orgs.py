"""Organisations written in the text, with their kind and administrative level."""

from __future__ import annotations

import re
from functools import lru_cache

from kg import grammar, lexicons
from kg.extract.context import Context
from kg.model import Organization

__all__ = ["classify", "extract", "level_of", "same_body"]

_KINDS = (
    ("leading-group", re.compile(r"(领导小组|指挥部|委员会办公室|领导小组办公室|防控办)$")),
    ("discipline", re.compile(r"(纪委|监委|纪委监委|纪律检查委员会)$")),
    ("cppcc", re.compile(rf"(政协|政治协商会议.*委员会|政协党组)$|^政协第?{lexicons.TERM}全国委员会")),
    ("congress", re.compile(r"(人大常委会|人大|人民代表大会常务委员会|人民代表大会)$")),
    ("government", re.compile(r"(人民政府|政府|政府党组|国务院|管委会)$")),
    ("party-committee", re.compile(r"(党中央|中共中央|政治局|政治局常务委员会|政治局常委会|委常委会|党委|党组|党工委|工委|党支部|党总支部?|^中共.*委员会|[省市县区州镇乡旗盟]委)$")),
    ("enterprise", re.compile(r"(公司|集团)$")),
    ("university", re.compile(r"(大学|学院|学校)$")),
    ("media", re.compile(r"(新闻网|日报|电视台|广播电视台|报社|新华社)$")),
    ("department", re.compile(r"(局|厅|部|办|办公室|委员会|中心|院|署|委)$")),
)
_LEVEL_START = (
    ("national", ("党中央", "中共中央", "中央", "全国", "国务院", "国家")),
    ("province", ("省",)),
    ("city", ("市",)),
    ("county", ("县",)),
    ("district", ("区",)),
    ("township", ("镇", "乡", "街道")),
)


def classify(name: str) -> str:
    """Kind of an organisation from its name.

    >>> classify("市委"), classify("县人大常委会"), classify("市新冠肺炎疫情防控工作领导小组")
    ('party-committee', 'congress', 'leading-group')
    """
    for kind, rx in _KINDS:
        if rx.search(name):
            return kind
    return "organization"


def level_of(name: str) -> str | None:
    """Administrative level of an organisation from its first words.

    >>> level_of("市委"), level_of("临汾市委"), level_of("国务院")
    ('city', 'city', 'national')
    """
    name = name.removeprefix("中共")
    if "届全国委员会" in name:
        return "national"  # 政协第十三届全国委员会: a term of the national committee
    for level, starts in _LEVEL_START:
        if name.startswith(starts):
            return level
    place = lexicons.place_prefix(name)
    return place.level if place else None


def same_body(a: str, b: str) -> bool:
    """Whether two written names are one body by the lexicon alone, wherever the article is:
    forms of one table row, or a state's one-character form and its full name.

    >>> same_body("国土部", "国土资源部"), same_body("叙政府", "叙利亚政府"), same_body("市委", "临汾市委")
    (True, True, False)
    """
    table = lexicons.organizations()
    if a in table and b in table:
        return table[a] == table[b]
    state = lexicons.STATE_ABBREVIATIONS.get(a[:1])
    return bool(state) and state + a[1:] == b  # not 乌: Ukraine, Uganda, Uzbekistan or Uruguay


def _may_shorten(title: str, names: set[str]) -> bool:
    """Whether ``title`` holds another form of a body in ``names`` (``same_body``): only then is the
    title read in full for its bodies, which costs a tenth of the extraction."""
    table = lexicons.organizations()
    for n in names:
        if (e := table.get(n)) is not None and any(
                f != n and f not in names and table.get(f) == e and f in title for f in (e.name, e.short, *e.aliases)):
            return True
        if any(a + n[k:] in title for k in _abbreviated()[1] for a in _abbreviated()[0].get(n[:k], ())):
            return True
    return False


@lru_cache(maxsize=1)
def _abbreviated() -> tuple[dict[str, tuple[str, ...]], tuple[int, ...]]:
    """Each state that has one-character forms -> those forms, and the states' lengths: the
    states a name opens with, found by a lookup per length."""
    forms: dict[str, list[str]] = {}
    for a, state in lexicons.STATE_ABBREVIATIONS.items():
        if state:
            forms.setdefault(state, []).append(a)
    return {s: tuple(f) for s, f in forms.items()}, tuple(sorted({len(s) for s in forms}))


def _headline_forms(ctx: Context, names: set[str]) -> dict[str, list[str]]:
    """Short forms of the body's organisations that only the title writes (国土部 住建部发出紧急通知
    over 国土资源部、住房和城乡建设部…): body name -> the title's forms."""
    title = ctx.headline_meetings()
    head = ctx.headline() if title is not None and _may_shorten(title.text, names) else None
    out: dict[str, list[str]] = {}
    for _, _, written in head.rec.orgs if head else ():
        body = next((n for n in sorted(names) if written not in names and same_body(written, n)), None)
        if body is not None and written not in out.get(body, []):
            out.setdefault(body, []).append(written)
    return out


_GOVERNMENTS = tuple(k + "政府" for k in lexicons.GOVERNMENT_KINDS)  # 联邦政府, 过渡政府…


def _named_state(ctx: Context, written: str) -> str | None:
    """The full name of a body a state's ambiguous one-character form opens (乌议会, 乌政府军), or a form the
    lexicon lacks (哈议会, 柬参议院), when the article names one state only that the character can stand for
    (乌克兰, not 乌克兰 and 乌拉圭); a kind of government after any state's one character (美联邦政府)."""
    if written[1:] not in (*lexicons.FOREIGN_BODIES, *lexicons.FOREIGN_HOUSES, *lexicons.ARMED_BODIES, *_GOVERNMENTS):
        return None
    state = lexicons.initial_states(ctx.foreign_states).get(written[:1]) \
        or written[1:] in _GOVERNMENTS and lexicons.STATE_ABBREVIATIONS.get(written[:1])  # 美联邦政府: 美国联邦政府
    return state + written[1:] if state else None


_BARE_HOUSES = tuple(h for h in lexicons.FOREIGN_HOUSES if h not in lexicons.OWN_WORD_HOUSES)  # 国家杜马 is Russia's alone


def _named_ministry(written: str, names: set[str]) -> str | None:
    """The state's ministry a bare 省 (外务省, 防卫省), government a bare kind (联邦政府) or house (民族院) is, when the
    article names it with one state only (日本外务省…外务省发言人): None where it names none or two (日本外务省, 朝鲜外务省)."""
    if written not in (*lexicons.LONE_MINISTRIES, *_GOVERNMENTS, *_BARE_HOUSES):
        return None
    full = {n for n in names if n != written and n.endswith(written) and lexicons.country(n[: -len(written)]) is not None}
    return full.pop() if len(full) == 1 else None


_BUILDING_AS_PLACE = ("附近", "门口", "门前", "门外")
_TERM_ORDINAL = re.compile(rf"第(?={lexicons.TERM})")
_CPPCC_NAME = "中国人民政治协商会议"


def _term_forms(names: list[str]) -> dict[str, str]:
    """A term's body written with and without 第 and by the CPPCC's full name or its short one
    (中国人民政治协商会议第十三届全国委员会, 政协第十三届全国委员会, 政协十三届全国委员会) is one body: each
    later form -> the form the article writes first."""
    first: dict[str, str] = {}
    out = {}
    for name in names:
        key = _TERM_ORDINAL.sub("", name)
        key = "政协" + key.removeprefix(_CPPCC_NAME) if key.startswith(_CPPCC_NAME) else key
        if first.setdefault(key, name) != name:
            out[name] = first[key]
    return out


def _mirrored_forms(names: list[str]) -> dict[str, str]:
    """A commission of two states written from each side (中俄投资合作委员会…俄中投资合作委员会, 中哈合作委员会…哈中合作委员会)
    is one body: the later side's form -> the form the article writes first."""
    first: dict[str, str] = {}
    out = {}
    for name in names:
        if name.endswith("委员会") and "中" in name[:2]:
            key = "".join(sorted(name[:2])) + name[2:]
            if first.setdefault(key, name) != name:
                out[name] = first[key]
    return out


_SESSION_PRESIDIUM = "大会主席团"
_SESSION_PRESIDIUM_OF = re.compile(r"(?:次会议|代表大会)主席团$")  # 十三届全国人大一次会议主席团, 中国共产党第十八次全国代表大会主席团
_BODY_SESSION = re.compile(r"(全国人大|人民代表大会|全国政协|政治协商会议)[^。；;，,]{0,12}?次会议")


def _other_bodys_session(text: str, presidium: str) -> bool:
    """Whether the story names a session of the other body than the presidium's (十二届全国人大五次会议主席团 beside
    全国政协十二届五次会议): its bare 大会主席团 may be either's."""
    cppcc = "政协" in presidium or "政治协商" in presidium
    return any(("政协" in m[1] or "政治协商" in m[1]) != cppcc for m in _BODY_SESSION.finditer(text))
_GLOSS_BETWEEN = ("（", "(", "，也就是", "，即", "也就是", "即")


def _glossed_forms(ctx: Context) -> dict[str, str]:
    """Bare names the story writes for a body it names in full, each -> that body: 大会主席团 for the one session's
    presidium it names (十三届全国人大一次会议主席团…大会主席团常务主席), a bare house glossing a named one
    (俄国家杜马（议会下院）, 国家杜马，也就是议会下院)."""
    out: dict[str, str] = {}
    presidia = {n for _, _, n in ctx.rec.orgs if _SESSION_PRESIDIUM_OF.search(n)}
    if len(presidia) == 1 and not _other_bodys_session(ctx.text, next(iter(presidia))):
        out[_SESSION_PRESIDIUM] = presidia.pop()
    orgs = sorted(ctx.rec.orgs)
    for (_, e, house), (s, _, gloss) in zip(orgs, orgs[1:]):
        if gloss in _BARE_HOUSES and house != gloss and house.endswith(lexicons.FOREIGN_HOUSES) and ctx.text[e:s] in _GLOSS_BETWEEN:
            out.setdefault(gloss, _named_state(ctx, house) or house)
    return out



def _group_of_story(ctx: Context, name: str) -> bool:
    """Whether a group of a shared name (国民军) is that group in this story: it names the group's state and
    is dated no earlier than the year the group took the name (a story with no date, any year)."""
    state, since = lexicons.SHARED_NAME_GROUPS[name]
    return state in ctx.foreign_states.values() and not (ctx.reference_date and ctx.reference_date.year < since)


def extract(ctx: Context) -> tuple[Organization, ...]:
    by_name: dict[str, list] = {}
    ends_of: dict[str, list[int]] = {}
    forms: dict[str, list[str]] = {}
    written = {name for _, _, name in ctx.rec.orgs}
    terms = _term_forms([name for _, _, name in ctx.rec.orgs if "届" in name]) | _mirrored_forms([name for _, _, name in ctx.rec.orgs])
    glossed = _glossed_forms(ctx)
    for s, e, name in ctx.rec.orgs:
        if name in lexicons.SHARED_NAME_GROUPS and not _group_of_story(ctx, name):
            continue  # 国民军 in a story of 2012 or of no Libya: another army
        if (full := glossed.get(name) or _named_state(ctx, name) or _named_ministry(name, written) or terms.get(name)) is not None:
            if name not in forms.get(full, []):
                forms.setdefault(full, []).append(name)
            name = full  # 乌议会 in an article about 乌克兰: 乌克兰议会; 外务省 beside 日本外务省: 日本外务省; a term body: its first form
        by_name.setdefault(name, []).append(ctx.mention(s, e, "ORG", "orgs", 0.8))
        ends_of.setdefault(name, []).append(e)
    buildings = [n for n, ends in ends_of.items() if all(ctx.text.startswith(_BUILDING_AS_PLACE, e) for e in ends)]
    for name in buildings:
        if not any(o not in buildings and (name.endswith(o) or same_body(o, name)) for o in by_name):
            del by_name[name]  # 美国国会附近发生袭警事件: the building as a place (but 日本国会附近 where the story names 国会 as the body)
    names = set(by_name)
    for body, written in _headline_forms(ctx, names).items():
        forms.setdefault(body, []).extend(w for w in written if w not in forms.get(body, []))
    out = []
    for name, ms in sorted(by_name.items()):
        parent = next((p for p in sorted(names, key=len, reverse=True) if p != name and name.startswith(p) and len(p) >= 2), None) or grammar.party_committee(name)
        out.append(Organization(name, classify(name), level_of(name), tuple(ms), parent, tuple(forms.get(name, ()))))
    return tuple(out)
