"""One entity per real thing: canonical labels and keys for organisations, countries and posts.

Keys never contain a document id, so the same body is one node across the corpus:
- central bodies, publishers and international organisations come from the shipped table
  ``lexicons/organizations.tsv`` (市场监管总局 = 国家市场监督管理总局, alias kept);
- a country is a place (``country``); where a post needs an organisation (俄罗斯总统) it is
  the country's government, ``俄罗斯政府``;
- local bodies are scoped by locality: 市委 in a 临汾 article is 中共临汾市委员会 (alt 临汾市委);
  a relative name whose locality cannot be read (区政府 in a national story) is no node;
- any other name becomes a node only if it reads as a whole name (a known ending such as
  委员会, 部, 局, 集团, 党): a fragment (政协第, 团常务, 以色列国防) is kept as text only.
閆晨曦 and 闫晨曦 are one person (people are keyed by the simplified name; kg/corpus.py
splits homonyms across the corpus).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from kg import grammar, lexicons
from kg.lexicons import Place
from kg.model import Extraction

__all__ = [
    "NATIONAL_DEFAULT", "CanonicalOrg", "CanonicalPost", "locality", "org", "post", "province_of", "publisher",
    "region_of",
]

_RELATIVE = "市县区省州镇乡村"  # 市委, 区政府 …: which one depends on the article's locality
_LEVEL_WORDS = ("特别行政区", "自治区", "自治州", "自治县", "特区")  # 特区政府: whose, the article says
_NOT_RELATIVE = frozenset({"区域", "市场", "市民", "省会", "县城", "区县", "乡镇", "省市", "市县", "省区", "村民"})
# endings a whole organisation name may have beyond lexicons/org_suffixes.txt
_MORE_SUFFIXES = ("党", "党中央", "军分区", "高新区", "经开区", "出版社", "议会", "国会", "参议院", "众议院", "组织", "联盟", "论坛", "法院", "法庭", "学会", "小学", "中学", "海关", "实验室", "纪念馆", "博物馆", "检察院", "杜马", "拉达", "呼拉尔", "人民会议", "上院", "下院", "协进会", "联会", "联谊会", "总会", "会议所", "主席团", "理事会", *lexicons.SPEAKING_SEATS, *lexicons.FOREIGN_BODIES,
                  "部队", "舰队", "编队", "医疗队", "医疗分队", *(f"{sport}队" for sport in lexicons.SPORTS), "代表团", "宣讲团", "军区", "工作队", "使馆", "领馆", "领事馆", *lexicons.ARMED_BODIES, *lexicons.PLACE_BODIES,
                  *lexicons.SHARED_NAME_GROUPS)  # 阿富汗国民军: that state's army by its full name
_STATE_COUNCILS = ("安全会议", "联邦安全会议", "国家安全会议")  # a state's security council, named with the state (俄罗斯联邦安全会议; not 俄罗斯|前|国家安全会议)
_MAX_FREE_NAME = 24  # a longer "name" that is in no table is a clause the recogniser swallowed
_DIGIT = re.compile(r"[0-9０-９]")


@dataclass(frozen=True)
class CanonicalOrg:
    key: str
    label: str  # full form, e.g. 中共临汾市委员会
    short: str  # the form used in post labels, e.g. 临汾市委
    written: str  # as written in the article, e.g. 市委
    kind: str | None = None  # from the table (None: read off the name by the extractor)
    level: str | None = None  # national | international | foreign, from the table or the country
    parent: str | None = None  # canonical label of the parent organisation (table rows)
    country: str | None = None  # a foreign body's country (a place, kg:Country)


@dataclass(frozen=True)
class CanonicalPost:
    key: str
    label: str  # e.g. 临汾市委书记
    org: CanonicalOrg | None
    role: str


def locality(ext: Extraction) -> Place | None:
    """The place an article is about: its publisher's name, else the most named city or county,
    else the most named province."""
    places = lexicons.places()
    publisher = ext.article.publisher or ""
    for k in (4, 3, 2):
        for i in range(0, max(0, len(publisher) - k) + 1):
            cand = places.get(publisher[i : i + k])
            if cand and cand[0].level in ("city", "county"):
                return cand[0]
    counts = Counter(m.norm for m in ext.spans if m.label == "PLACE")
    ranked = [name for name, _ in counts.most_common()]
    for name in ranked:
        cand = places.get(name)
        if cand and cand[0].level in ("city", "county"):
            return cand[0]
    # a place the lexicon lacks, named by the publisher and written in full in the text
    stem = re.sub(r"(新闻网|日报|晚报|融媒体中心|融媒|电视台|广播电视台|发布|网)$", "", publisher)
    text = ext.document.text
    for suffix, level in (("市", "city"), ("县", "county")):
        if 2 <= len(stem) <= 3 and stem + suffix in text:
            return Place(level, stem + suffix, stem, "", "")
    for name in ranked:
        cand = places.get(name)
        if cand and cand[0].level == "province":
            return cand[0]
    return None


def _province(place: Place) -> Place | None:
    """The province of a place, when the lexicon knows it."""
    cand = lexicons.places().get(place.province)
    return cand[0] if cand else None


def province_of(label: str) -> str | None:
    """The province a canonical local organisation label lies in (中共临汾市委员会 -> 山西省).

    >>> province_of("中共临汾市委员会"), province_of("国务院")
    ('山西省', None)
    """
    body = re.sub(r"^(中共|中国人民政治协商会议)", "", label)
    place = lexicons.place_prefix(body)
    return place.province or None if place is not None else None


def _full(short: str) -> str:
    """Full official form of a short local organisation name."""
    for pat, rep in (
        (r"^中共(.+[省市县区州])委$", r"中共\1委员会"),
        (r"^(.+[省市县区州])委$", r"中共\1委员会"),
        (r"^(.+[省市县区州])政府$", r"\1人民政府"),
        (r"^(.+[省市县区州])人大常委会$", r"\1人民代表大会常务委员会"),
        (r"^(.+[省市县区州])政协$", r"中国人民政治协商会议\1委员会"),
    ):
        if re.match(pat, short) and not short.endswith("人民政府"):
            return re.sub(pat, rep, short)
    return short


@lru_cache(maxsize=1)
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(set(lexicons.org_suffixes()) | set(_MORE_SUFFIXES), key=lambda s: (-len(s), s)))


@lru_cache(maxsize=1)
def _suffix_index() -> tuple[frozenset[str], tuple[int, ...]]:
    """The endings as a set and their lengths, longest first: a set lookup per length, not a scan of them all."""
    return frozenset(_suffixes()), tuple(sorted({len(s) for s in _suffixes()}, reverse=True))


def _whole_name(name: str, head: str = "") -> bool:
    """Whether ``name`` (after a place or country ``head``) reads as a whole organisation name:
    a known ending with something before it, no digits (but an edition opening it: 第24届…), not too long."""
    rest = name[len(head):]
    if not rest or len(name) > _MAX_FREE_NAME or _DIGIT.search(name, m.end() if (m := grammar.EDITION_OPENS.match(name)) else 0):
        return False  # digits but an edition's (第24届冬奥会…) hold no free name
    endings, lengths = _suffix_index()
    ending = next((e for k in lengths if k <= len(rest) and (e := rest[len(rest) - k:]) in endings), None)  # the longest
    if ending is None:
        return bool(head) and rest in _STATE_COUNCILS  # 俄罗斯联邦安全会议: a state's council, not a meeting
    if ending == "理事会" and (rest[: -len(ending)].endswith("届") or "、" in rest):
        return False  # 新一届理事会, 第八届、九届理事会: a board's term or a list of them, no body named
    return bool(head) or len(rest) - len(ending) >= 2 and rest not in endings


def _short_state(name: str) -> str:
    """A foreign government or ministry with its state in the short form (俄罗斯联邦政府 ->
    俄罗斯政府, 伊朗伊斯兰共和国外交部 -> 伊朗外交部), so both spellings are one node; other bodies
    keep the state as written (俄罗斯联邦委员会 is the Federation Council, not a 委员会 of 俄罗斯)."""
    for k in range(len(name) - 1, 1, -1):
        if (c := lexicons.country(name[:k])) is not None and c != name[:k]:
            rest = name[k:]
            return c + rest if rest == "政府" or (rest.endswith("部") and len(rest) <= 5) else name
    return name


_CLAUSE_START = frozenset("要除述有任还在对与和将把被据应这那该此其")
_CLAUSE_TAGS = ("c", "d", "p", "r", "t", "u", "v")  # jieba tags of words that open a clause, not a name


def _opens_clause(name: str) -> bool:
    """Whether a free name starts like a clause (此外美国国防部, 还有全国政协, 发表中共中央政治局)."""
    if name[:1] in _CLAUSE_START:
        return True
    words = lexicons.common_words()
    first = next((name[:k] for k in (4, 3, 2) if name[:k] in words), None)  # the longest word
    return first is not None and words[first] in _CLAUSE_TAGS


_CONTINENTS = ("亚洲", "欧洲", "非洲", "美洲", "大洋洲")  # 韩国|亚洲航空公司: a descriptive name another state's body may share


def _entry(e: lexicons.OrgEntry, written: str) -> CanonicalOrg:
    return CanonicalOrg(f"org:{e.name}", e.name, e.short, written, e.kind or None, e.level or None, e.parent)


_UNIT_ENDINGS = ("委员会", "办公室", "中心", "工作队", "主席团", "部", "局", "厅", "委", "办", "处", "室", "组", "所")


def _generic(name: str) -> bool:
    """A unit any government or committee has (组织部, 财政局, 华侨委员会): a common word and a unit
    ending (西北大学 and 国家杜马 are names)."""
    ending = next((s for s in _UNIT_ENDINGS if name.endswith(s)), None)
    return ending is not None and len(name) - len(ending) <= 3 and name[: len(name) - len(ending)] in lexicons.common_words()


def _international_body(written: str) -> bool:
    """A form of the international word list that no table row holds and that is a whole body's
    name: not the head of a longer form (国际奥林匹克|委员会) nor a group of states (金砖国家)."""
    forms = lexicons.international_orgs()
    return written in forms and not written.endswith("国家") and not any(f != written and f.startswith(written) for f in forms)


def _council_of(written: str) -> CanonicalOrg | None:
    """A council a table body not China's own names after itself (巴解组织中央委员会): one node, whichever form
    of the body's name opens it, under that body."""
    council = next((c for c in lexicons.BODY_COUNCILS if written.endswith(c)), "")
    e = lexicons.organizations().get(written[: -len(council)]) if council else None
    if e is None or e.level == "national":
        return None
    return CanonicalOrg(f"org:{e.name}{council}", e.name + council, e.short + council, written, "party-committee" if e.kind == "party" else e.kind or None, e.level or None, e.name)


def org(written: str, place: Place | None, doc_id: str | None = None, local: bool = True) -> CanonicalOrg | None:
    """Canonical form of an organisation written in an article about ``place``; None when
    the words are not a whole name (never a node).

    A name with no place of its own (宣传部, 天成物流集团党委) is that place's body in local
    news (``local``: the key holds the place); in national news it is one body across the
    corpus (越共中央政治局), unless it is a unit every government has (组织部): then no node.
    A relative name whose locality is unknown (区政府 in national news) stays the article's own
    (its key holds ``doc_id``; without one it is no node), as before this corpus work.
    """
    table = lexicons.organizations()
    if written in table:
        return _entry(table[written], written)
    if (council := _council_of(written)) is not None:
        return council
    if written in lexicons.OCCASION_BODIES:  # 中央代表团: this occasion's, the article's own
        return CanonicalOrg(f"org:{doc_id}:{written}", written, written, written, None, "national") if doc_id else None
    if (label := lexicons.mission(written)) is not None:
        foreign = None if label.startswith(lexicons.HOME) else lexicons.country_at(label) or None
        return CanonicalOrg(f"org:{label}", label, label, written, None, foreign and "foreign", None, foreign) if label else None
    if lexicons.ARMY_UNIT.fullmatch(written):  # 79集团军, 91708部队: one unit; 火箭军某部: which one, the article knows
        return (CanonicalOrg(f"org:{doc_id}:{written}", written, written, written) if doc_id else None) if "某" in written \
            else CanonicalOrg(f"org:{written}", written, written, written, "military")
    if written in lexicons.PLA_SERVICES:  # 海军, 火箭军: the recogniser reads a bare service as the PLA's only where the text says so
        return CanonicalOrg(f"org:中国人民解放军{written}", f"中国人民解放军{written}", written, written, "military", "national", "中国人民解放军")
    if written in lexicons.foreign_centres():
        return CanonicalOrg(f"org:{written}", written, written, written, "party-committee", "foreign")  # 越共中央: another state's party centre
    if _international_body(written):
        return CanonicalOrg(f"org:{written}", written, written, written, "international", "international")  # 国际足联: the word list's own
    if (state := lexicons.STATE_ABBREVIATIONS.get(written[:1])) == "" and written[1:] in (*lexicons.FOREIGN_BODIES, *lexicons.FOREIGN_HOUSES, *lexicons.ARMED_BODIES):
        return CanonicalOrg(f"org:{doc_id}:{written}", written, written, written) if doc_id else None  # 乌议会: which state's, the article says
    if state and (not lexicons.country_at(written) or written.startswith(("国务院", "国防"), 1) or written.endswith(_STATE_COUNCILS) and not written.startswith(state)):
        rest = written[1:]
        if rest in (*lexicons.FOREIGN_BODIES, *lexicons.FOREIGN_HOUSES, "国务院", *lexicons.ARMED_BODIES) or rest.endswith(_STATE_COUNCILS):  # not 越共中央 (Vietnam's party)
            full = org(state + rest, place, doc_id, local)
            return replace(full, written=written) if full and (full.country or "").startswith(state) else None  # 俄外交部 is 俄罗斯外交部
    if (c := lexicons.country(written)) is not None and c != lexicons.HOME:
        return CanonicalOrg(f"org:{c}政府", f"{c}政府", c, written, "government", "foreign", None, c)
    body = written.removeprefix("中共")
    if body in table:
        return _entry(table[body], written)
    home = next((h for h in ("中华人民共和国", lexicons.HOME) if body.startswith(h)), "")
    if home and body[len(home):] in table and table[body[len(home):]].level == "national":
        return _entry(table[body[len(home):]], written)  # 中国外交部 and 中华人民共和国外交部 are 外交部
    label = body.replace("“", "").replace("”", "")
    if (label := label if label in lexicons.ARMED_GROUPS else label.removesuffix("组织")) in lexicons.ARMED_GROUPS:
        return CanonicalOrg(f"org:{label}", label, label, written, None, "foreign")  # 胡塞武装, “基地”组织, 叙利亚民主军: one movement
    if (c := lexicons.state_prefix(body)) is not None and body == c + "国家":  # 老挝国家主席: the state
        return CanonicalOrg(f"org:{c}政府", f"{c}政府", body, written, "government", "foreign", None, c)
    if c is not None:
        if body[len(c):] in table and not table[body[len(c):]].level and not body[len(c):].startswith(_CONTINENTS):
            return _entry(table[body[len(c):]], written)  # 埃及|穆斯林兄弟会, 南非|非国大: the table's body, its state written before it
        if not _whole_name(body, c):
            return None  # 以色列国防, 美国前
        label = _short_state(body)
        return CanonicalOrg(f"org:{label}", label, label, written, None, "foreign", None, c)
    if body in lexicons.LONE_MINISTRIES:  # 防卫省 (a verb opens it: no clause) with no state the article names with it (kg.extract.orgs): the article's own
        return CanonicalOrg(f"org:{doc_id}:{written}", written, written, written) if doc_id else None
    if body in lexicons.FOREIGN_PARTIES or body.endswith("党") and lexicons.place_prefix(body) is None:
        # 民主党, 共产党, 救国党 with no state: which state's, the article says
        return CanonicalOrg(f"org:{doc_id}:{written}", written, written, written) if doc_id else None
    anchor = None  # the place a relative name (市委) refers to in this article
    level = next((w for w in _LEVEL_WORDS if body.startswith(w)), body[:1])  # 自治区政府, 特区政府: a level word of its own
    if place is not None:
        if body.startswith("市") and place.level == "city" or body.startswith("县") and place.level == "county":
            anchor = place
        elif body.startswith("省") or level == "自治区" and (_province(place) or place).name.endswith("自治区"):
            anchor = _province(place)
    if anchor is not None:
        head, short = anchor.name, anchor.name + body[len(level):]
    elif body[:1] in _RELATIVE and body[:2] not in _NOT_RELATIVE or level in _LEVEL_WORDS:
        if doc_id is None or not (_whole_name(body, body[:1]) or body in _suffix_index()[0]):
            return None
        return CanonicalOrg(f"org:{doc_id}:{written}", written, written, written)  # 区政府, 村委会 of no known place: the article's own
    else:
        prefix = lexicons.place_prefix(body)
        if prefix is None and place is not None and body.startswith((place.name, place.short)):
            prefix = place  # the article's own place, one the lexicon lacks (岚州市财政局)
        head = (prefix.name if body.startswith(prefix.name) else prefix.short) if prefix else ""
        short = body
        if body[:2] in _NOT_RELATIVE and not (local and place is not None):
            return None  # 区域经济布局, 市场监管局 with no place: a phrase, or a unit of no known place
        if not head and _opens_clause(body) and not body.endswith("工作队") or body[len(head):].startswith("民") and not body[len(head):].startswith("民族"):
            return None  # a clause (此外美国国防部; not 扶贫工作队) or a place's people (苏州市民…, not 郴州市民族宗教局)
    own = CanonicalOrg(f"org:{doc_id}:{written}", written, written, written) if doc_id else None
    if body in lexicons.FOREIGN_HOUSES and body not in lexicons.OWN_WORD_HOUSES or body in lexicons.SPEAKING_SEATS:
        return own  # 众议院, 总统府 with no state: which state's, the article says (国家杜马 is Russia's)
    if not _whole_name(short, head):
        return own if local and body in _suffix_index()[0] else None  # 公司 in local news: the article's own; 政协第: none
    if not head and anchor is None:
        if local and place is not None:
            return CanonicalOrg(f"org:{place.name}:{body}", body, body, written)
        if _generic(body):
            return own  # 组织部 of no known place: the article's own
    full = _full(short)
    return CanonicalOrg(f"org:{full}", full, short, written)


def publisher(written: str) -> CanonicalOrg:
    """The publisher of an article: one node per name across the corpus (央视网, 临汾新闻网)."""
    table = lexicons.organizations()
    if written in table:
        return _entry(table[written], written)
    return CanonicalOrg(f"org:{written}", written, written, written, "media")


_GOV_ROLE = re.compile(r"^(常务)?副?(省|市|县|区|州)长$")


# a bare role that is read as a central post when the title names no organisation: a guess
# in foreign news (黎巴嫩总理), so kg/corpus.py counts no tenure on such titles alone
_ELECT = re.compile(r"候任|当选$")  # 候任 anywhere before the role (候任联合国秘书长), 当选 right before it (美国当选总统)
NATIONAL_DEFAULT = {"总书记": "党中央", "总理": "国务院", "副总理": "国务院", "国务委员": "国务院"}


@lru_cache(maxsize=65536)
def region_of(label: str) -> str | None:
    """The province, or the foreign country, a canonical organisation label lies in; None for
    central and international bodies (kg/corpus.py tells homonyms apart by it).

    >>> region_of("中共临汾市委员会"), region_of("俄罗斯政府"), region_of("国务院")
    ('山西省', '俄罗斯', None)
    """
    if label in lexicons.organizations():
        return None  # central (公安部 is no body of 公安县)
    return province_of(label) or lexicons.state_prefix(label)


def post(title: str, org_written: str | None, role: str, place: Place | None, doc_id: str,
         local: bool = True, national: bool = True) -> CanonicalPost:
    """Canonical post: the organisation's short form + the role (临汾市委 + 书记).

    A post whose organisation is not known stays local to its article. An elect title (韩国候任总统,
    美国当选总统) is a post of its own (韩国候任总统), never the node of the office its holder awaits.
    ``national`` False (a holder whose name is no Chinese one: 瓦尔斯总理) reads no bare role as a central post.
    """
    elect = _ELECT.search(title.removesuffix(role))
    if org_written is None and (m := _GOV_ROLE.match(role)):
        org_written = m.group(2) + "政府"
    if org_written is None and role in NATIONAL_DEFAULT and not elect and national:  # a bare 候任总理 is no premier of 国务院
        org_written = NATIONAL_DEFAULT[role]
    if org_written and _GOV_ROLE.match(role) and org_written[-1] in "省市县区州":
        org_written += "政府"  # 清源县县长: the county's government
    if org_written and (unit := grammar.head_unit(role)) and not org_written.endswith(unit):
        org_written += unit  # 外交部长: the organisation is 外交部
    o = org(org_written, place, doc_id, local) if org_written else None
    if o is None:
        return CanonicalPost(f"post:{doc_id}:{title}", title, None, role)
    if o.key.startswith(f"org:{doc_id}:"):  # the article's own 市委: so is its post
        return CanonicalPost(f"post:{doc_id}:{title}", title, o, role)
    if elect:
        return CanonicalPost(f"post:{o.short}{elect[0]}{role}", o.short + elect[0] + role, o, role)
    if o.short.endswith("政府") and _GOV_ROLE.match(role):
        label = o.short.removesuffix("人民政府").removesuffix("政府") + role
    else:
        label = o.short + role
    return CanonicalPost(f"post:{label}", label, o, role)
