"""Lexicons shipped with the package: data files, loaded once, easy for a user to extend.

Files (one term a line, ``#`` comments; ``places.tsv`` has a header):
surnames.txt (origin: Chinese-Names-Corpus, Apache-2.0), places.tsv (origin: jionlp's
china_location dictionary, Apache-2.0), roles.txt, org_suffixes.txt, countries.txt, whole_orgs.txt, minority_name_parts.txt,
public_figures.txt and leaders.tsv (ours).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = [
    "Place", "alternation", "common_words", "countries", "country_at", "country_before", "country_re", "country_ends", "foreign_centres", "historical_figures", "international_orgs", "leaders", "minority_name_parts", "org_suffixes", "place_prefix", "places", "public_figures", "role_pattern", "roles", "surnames", "whole_orgs",
    "word_frequency", "none_before", "PLANNED", "PLANNED_WORDS", "COMING_DAYS", "PLA_SERVICES", "ARMED_BODIES", "ARMY_UNIT", "ARMY_ANCHORS", "PLA_BRANCHES", "FOREIGN_BODIES", "FOREIGN_HOUSES", "FOREIGN_PARTIES", "OWN_WORD_HOUSES", "BODY_COUNCILS", "SPEAKING_SEATS", "PLACE_BODIES", "OCCASION_BODIES", "SPORTS", "ARMED_GROUPS", "SHARED_NAME_GROUPS", "STATE_ABBREVIATIONS", "NOT_STATE_INITIALS", "GOVERNMENT_KINDS", "initial_states", "TERM",
]

HERE = Path(__file__).parent
# A foreign state's parliament or house, written without the state in foreign news (众议院选举):
# the article says which state's (kg.nlp finds them, kg.resolve keeps each the article's own).
# Also the houses one state names in its own words (俄罗斯国家杜马, 乌克兰最高拉达, 蒙古国家大呼拉尔,
# 朝鲜最高人民会议): written alone, each is that state's, one node across the corpus. 立法会 alone is
# Hong Kong's, Macao's or Brunei's legislature, whichever the article names, as a foreign house is.
# 人民院/联邦院/民族院/人民代表院: a house of a state's parliament (India, Myanmar, Nepal, Algeria, Ethiopia, Bosnia,
# Afghanistan …); written alone, the one the article names with its state (kg.extract.orgs).
OWN_WORD_HOUSES = ("国家杜马", "最高拉达", "国家大呼拉尔", "最高人民会议")
FOREIGN_HOUSES = ("国会", "众议院", "参议院", "参众两院", "国民议会", "人民议会", "国民代表大会", "上议院", "下议院", "议会上院", "议会下院",
                  "联邦议会", "立法会", "人民院", "联邦院", "民族院", "人民代表院", *OWN_WORD_HOUSES)
# The councils a party or an international body names after itself (巴解组织中央委员会, 欧安组织执行委员会, 非国大全国执行委员会): with a
# body of the organisation table not China's own (whose councils are rows, 九三学社中央委员会), that body's council.
BODY_COUNCILS = ("中央委员会", "全国执行委员会", "执行委员会", "常务委员会")  # (the longer before the shorter it ends with)
# Bodies of a kind China has none of, or every election has its own: written bare (被宪法法院解职, 向选举委员会提交), each
# the story's own state's or election's body (kg.nlp reads them as the houses above).
BARE_BODIES = ("宪法法院", "选举委员会", "选委会")
# A head's seat that is his office where it speaks (总统府发表声明, 克里姆林宫方面表示): kg.nlp reads it there, kg.resolve
# makes a bare one the article's own node (whose president's, the article says)
SPEAKING_SEATS = ("总统府", "克里姆林宫", "青瓦台", "爱丽舍宫")
# Parties of many states written without the state in foreign news (民主党候选人, 执政的自民党):
# like the houses, each the article's own (民主党 is the American or the Japanese one). South Korea's parties
# too, named alone in its election news (共同民主党候选人, 国民之党的X); not 正义党 (自由与|正义党) nor 正党 (端|正党风).
FOREIGN_PARTIES = ("民主党", "共和党", "自民党", "自由民主党", "公明党", "立宪民主党", "希望之党", "社会党", "保守党", "工党", "绿党",
                   "共同民主党", "国民之党", "自由韩国党", "未来统合党")
# Armed movements and groups that no state owns, named alone in foreign news (胡塞武装, 塔利班,
# 库尔德工人党): one body each across the corpus (kg.nlp finds them, kg.resolve makes each a node).
# 基地 is named with 组织 (基地组织, “基地”组织).
ARMED_GROUPS = ("塔利班", "哈马斯", "真主党", "基地组织", "胡塞武装", "库尔德武装", "库尔德工人党", "人民保护部队", "青年党", "博科圣地", "法塔赫", "叙利亚民主军", "巴勒斯坦伊斯兰抵抗运动",
                "国民军")
# Groups named by a word other armies share (国民军: Afghanistan's state army, Libya's government army of 2012, the
# 1920s' armies): that group only bare or after its state, in a story from the year it took the name that names its
# state (kg.nlp, kg.extract.orgs); after another state (阿富汗国民军), that state's army by its own full name.
SHARED_NAME_GROUPS = {"国民军": ("利比亚", 2014)}
# A state's armed forces and police, written after the state (叙利亚政府军 aside, 伊拉克军方, 中国海军,
# 土耳其警方): kg.nlp finds them after a country, kg.resolve accepts them as a whole name's ending.
ARMED_BODIES = ("国防军", "武装部队", "安全部队", "维和部队", "反对派武装", "军方", "军队", "海军", "空军", "陆军", "警方")
# The services and forces of the People's Liberation Army by their own names, and with the armed police
# (武警部队, not the PLA's: the organisation table names it) the branches a unit or a list is written under.
PLA_SERVICES = ("火箭军", "陆军", "海军", "空军", "战略支援部队", "联勤保障部队")
PLA_BRANCHES = (*PLA_SERVICES[:4], "武警部队", *PLA_SERVICES[4:])
# A congress's or a CPPCC committee's term by its number, without its 第 (十三届 of 第十三届全国委员会): a regex fragment.
TERM = r"[一二三四五六七八九十]+届"
# Days still to come (明天上午，…举行…仪式; 下周召开的…): what is told of them is not held yet.
COMING_DAYS = "明天|明日|后天|下周|下月|明年"
# Units of the armed forces the news names by their number or keeps anonymous (第12集团军, 陆军第74集团军某旅,
# 79集团军机关, 91708部队, 火箭军某部, 陆军某防空旅) and the navies' fleets (海军东海舰队, 黑海舰队): kg.nlp finds
# them, kg.resolve makes a numbered one a node across the corpus and an anonymous one (某) the article's own.
ARMY_UNIT = re.compile(
    r"(?:(?:[东西南北中]部战区)?陆军)?(?:第(?:[一二三四五六七八九十]{1,3}|\d{1,2})|(?<![\d第])\d{2})集团军(?:机关|某[^\W\d次型些种个项的在和与及了]{0,4}?[旅团师营])?"
    r"|(?<!\d)\d{5}部队"
    r"|(?:" + "|".join(PLA_BRANCHES) + r")某[^\W\d次型些种个项的在和与及了]{0,4}?(?:部|旅|团|师|营|基地)"
    r"|(?:海军)?[东南北]海舰队|黑海舰队"
)
ARMY_ANCHORS = ("集团军", "部队", "军某", "舰队")  # one of them is in every match of ARMY_UNIT: a text without any is not scanned
# Bodies every locality has, named by the place before them (广西警方, 广东省文联, 浙江长兴县总工会,
# 安康救助站): kg.nlp finds them after a known place, kg.resolve accepts them as a whole name's ending.
# Bodies formed anew for each occasion, named alike every time (the central delegation to a region's anniversary,
# the NPC's inspection group of one law, a war's coalition): read wherever written, each the article's own node
# (kg.resolve), never one across the corpus. Not the band of a welcome ceremony (军乐团奏两国国歌): the readers split
# on it (listed in 34 of the 45 gold stories that name it, left out of 11 whose precision floors it would break).
OCCASION_BODIES = ("中央代表团", "执法检查组", "多国联军")
PLACE_BODIES = ("警方", "文联", "作协", "科协", "妇联", "残联", "侨联", "工商联", "总工会", "红十字会", "社科联", "慈善总会", "救助站")
# The sports of China's national teams (中国田径队, 国家雪橇队): kg.nlp reads such teams, kg.resolve accepts them as whole names.
SPORTS = ("田径", "游泳", "跳水", "花样游泳", "体操", "艺术体操", "举重", "射击", "射箭", "击剑", "乒乓球", "羽毛球", "网球", "排球",
          "沙滩排球", "坐式排球", "篮球", "轮椅篮球", "足球", "手球", "曲棍球", "水球", "冰球", "冰壶", "短道速滑", "短道", "速度滑冰",
          "速滑", "花样滑冰", "滑雪", "高山滑雪", "跳台滑雪", "越野滑雪", "自由式滑雪", "单板滑雪", "雪车", "钢架雪车", "雪橇",
          "冬季两项", "柔道", "跆拳道", "拳击", "摔跤", "皮划艇", "赛艇", "帆船", "帆板", "自行车", "马术", "蹦床", "铁人三项",
          "现代五项", "高尔夫球", "棒球", "垒球", "围棋", "国际象棋", "象棋")
# A state's government, ministries and councils, written after the state (叙利亚政府, 阿塞拜疆外交部,
# 古巴部长会议, 阿曼协商会议, 俄罗斯奥委会).
# Japan's ministries (and North Korea's 外务省), written with 省 (日本防卫省, 朝鲜外务省); those of LONE_MINISTRIES
# are named alone too (据防卫省官员): no Chinese word ends in them (but 财务|省级, 环境|省份).
LONE_MINISTRIES = ("外务省", "防卫省", "经济产业省", "文部科学省", "厚生劳动省", "国土交通省", "农林水产省", "总务省")
FOREIGN_BODIES = ("政府军", "政府", "议会", "国会", "内阁府", "内阁", "外交部", "国防部", "卫生部", "财政部", "内政部", "司法部", "商务部",
                  "部长会议", "协商会议", "奥委会", *LONE_MINISTRIES, "财务省", "法务省", "环境省")
# A state written by one character before its own body in foreign news (俄外交部, 叙政府, 美军方,
# 波议会): the state each stands for, "" where several (the one the article names, kg.extract.orgs).
# Not 巴 (Pakistan or Palestine), 伊 (Iran or Iraq: the golds differ on 伊军方), 以 (a preposition:
# 以政府名义) nor 中 (China's bodies are lexicon forms). The bodies after one: those above, 国务院
# (美国务院) and the armed forces (美军方).
STATE_ABBREVIATIONS = {
    "俄": "俄罗斯", "美": "美国", "英": "英国", "法": "法国", "德": "德国", "日": "日本", "韩": "韩国", "朝": "朝鲜",
    "叙": "叙利亚", "越": "越南", "泰": "泰国", "菲": "菲律宾", "埃": "埃及", "波": "波兰",
    "乌": "",  # 乌克兰, 乌干达, 乌兹别克斯坦 or 乌拉圭: which one, the article says (else its own node)
}
# First characters of states that stand for none before a body, where the dict above lacks them (哈议会 is
# 哈萨克斯坦's where the article names it alone): words of their own (新政府, 新议会: new; 非政府组织; 以, 也,
# 多国会议, 几), China's (中国会成为…) and 伊 (Iran or Iraq: the golds leave 伊军方, 伊政府 out)
NOT_STATE_INITIALS = frozenset("新非以也多几中伊")
# Governments named by their kind (联邦政府, 过渡政府): a bare one is the story's one state's (美国联邦政府…联邦政府)
GOVERNMENT_KINDS = ("联邦", "看守", "过渡", "临时", "民族团结")


def initial_states(states: dict[str, str | None]) -> dict[str, str]:
    """Each first character that stands for one state only among ``states`` (form -> country, as
    ``country``), not one of ``NOT_STATE_INITIALS`` nor a sure ``STATE_ABBREVIATIONS`` form: char -> state."""
    named: dict[str, set[str | None]] = {}
    for form, c in states.items():
        named.setdefault(form[0], set()).add(c)
    return {ch: next(iter(cs)) for ch, cs in named.items() if len(cs) == 1 and None not in cs
            and ch not in NOT_STATE_INITIALS and not STATE_ABBREVIATIONS.get(ch)}
# Words that tell an act or a day still to come (…博览会将于6月29日开幕, 大会预定15日结束, 拜登预计与会):
# the one list of the planned checks in kg.nlp and kg.extract.meetings, each adding words of its own.
# (定于, not 决定于 of another clause; 将 alone, not a general's: 将军, 上将, 将领)
PLANNED_WORDS = ("将于", "将在", "将要", "即将", "就要", "拟于", "(?<!决)定于", "预定", "预计", "原定", "有望",
                 "(?<![上中少大主名老武猛战健干])将(?![军士领帅官校])")
PLANNED = "|".join(PLANNED_WORDS)

# The noun of one who chairs or attends (主持人, 出席人, 列席人): a person before 和, 、 or 名单, not the verb of
# presence (主持人和大会秘书长名单); 主持人大代表座谈会 is the verb and the congress's deputies (主持|人大…).
PRESENCE_VERBS = ("主持", "出席", "列席", "参加")
PRESENCE_NOUN = "(?:" + "|".join(PRESENCE_VERBS) + ")人(?=[和、]|名单)"
CHAIR_VERB = r"主持(?!人(?!大(?!赛|联唱))|词)"  # 主持, not the host (主持人, 主持词, 主持人大赛); 主持人大… is 主持|人大
# a meeting just closed, told right before its name (刚刚闭幕的…代表大会, 在刚结束的…全体会上)
JUST_ENDED = r"(?:刚刚|刚)(?:结束|闭幕)的"


def none_before(words: Iterable[str]) -> str:
    """Look-behinds that no word of ``words`` (each a pattern of one fixed width) ends right before the
    match: ``re`` takes no look-behind whose alternatives differ in width."""
    return "".join(f"(?<!{w})" for w in words)



def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest first, written as a trie
    (中国(?:共产党)?): Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every
    position, which made the lexicon scans (countries, roles, bodies) a large part of recognition."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead for the characters a match can start with (the
    same matches): ``re`` tries a pattern that opens with a look-behind or an optional word at
    every position, where a one-character class rejects most positions at once. (``re._parser``
    is the standard library's own parser, there since Python 3.11; tests/test_scans.py checks the
    guard it reads.)"""
    parsed = re._parser.parse(pattern, flags)
    first = None if flags & re.IGNORECASE or _plain_start(parsed) else _first_chars(parsed)
    if not first:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{pattern})", flags)


_CLASS_OF = {re._constants.CATEGORY_DIGIT: r"\d", re._constants.CATEGORY_SPACE: r"\s", re._constants.CATEGORY_WORD: r"\w"}


def _plain_start(seq) -> bool:
    """Whether the parsed ``seq`` opens with a character or a class (or a choice of them), which
    ``re`` already skips to by itself."""
    c = re._constants
    if not seq:
        return False
    op, av = seq[0]
    if op is c.SUBPATTERN:
        return _plain_start(av[-1])
    if op is c.BRANCH:
        return all(_plain_start(p) for p in av[1])
    return op in (c.LITERAL, c.IN)


def _first_chars(seq) -> set[str] | None:
    """The characters a match of the parsed ``seq`` can start with, as pieces of a class (``a``,
    ``a-z``, ``\\d``); None when almost any can (a negated class, ``.``, a back-reference) or when
    it can match nothing."""
    c = re._constants
    out: set[str] = set()
    for op, av in seq:
        if op is c.ASSERT and av[0] == 1 and not _can_be_empty(av[1]) and (ahead := _first_chars(av[1])):
            return out | ahead  # (?=X): the match starts with what X starts with
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: the next item starts the match
        if op is c.LITERAL:
            return out | {re.escape(chr(av))}
        if op is c.IN:
            if any(o not in (c.LITERAL, c.RANGE) and not (o is c.CATEGORY and a in _CLASS_OF) for o, a in av):
                return None
            return out | {re.escape(chr(a)) if o is c.LITERAL else f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}" if o is c.RANGE else _CLASS_OF[a] for o, a in av}
        if op in (c.BRANCH, c.SUBPATTERN, c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT, c.ATOMIC_GROUP):
            parts = av[1] if op is c.BRANCH else [av[-1]] if op is not c.ATOMIC_GROUP else [av]
            nullable = op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] == 0
            for part in parts:
                sub = _first_chars(part)
                if sub is None:
                    return None
                if _can_be_empty(part):
                    nullable = True
                out |= sub
            if not nullable:
                return out
            continue
        return None
    return None  # the whole pattern can match the empty string


def _can_be_empty(seq) -> bool:
    """Whether the parsed ``seq`` can match without consuming a character."""
    c = re._constants
    for op, av in seq:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue
        if op is c.BRANCH:
            if not any(_can_be_empty(p) for p in av[1]):
                return False
        elif op is c.SUBPATTERN:
            if not _can_be_empty(av[-1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if av[0] > 0 and not _can_be_empty(av[2]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _can_be_empty(av):
                return False
        else:
            return False
    return True


def _terms(name: str) -> tuple[str, ...]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return tuple(t for line in lines if (t := line.strip()) and not t.startswith("#"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(_terms("surnames.txt"))


@lru_cache(maxsize=1)
def rare_surnames() -> frozenset[str]:
    """Surnames past the 400 most frequent of the list (好, 甲, 火): a word after one of them is
    more likely a word than a given name (同胞|好奔头)."""
    return frozenset(_terms("surnames.txt")[400:])


@lru_cache(maxsize=1)
def minority_name_parts() -> frozenset[str]:
    """Parts of Mongolian and Tibetan given names (乌云, 其木格, 白玛, 赤林)."""
    return frozenset(_terms("minority_name_parts.txt"))


@lru_cache(maxsize=1)
def public_figures() -> frozenset[str]:
    """Well-known public figures (习近平, 周恩来, 奥巴马): a name cue where the grammar finds no
    title, never a source of posts; written by us from general knowledge, not from a corpus."""
    return frozenset(t.split()[0] for t in _terms("public_figures.txt"))


@lru_cache(maxsize=1)
def leaders() -> dict[tuple[str, str], tuple[dt.date, dt.date]]:
    """(name, role) -> (first day, day it passed on) of the top leaders called by surname and role (李总理,
    习主席): leaders.tsv; a role still held ends on ``date.max``."""
    out = {}
    for t in _terms("leaders.tsv"):
        name, role, start, *end = t.split("\t")
        out[name, role] = (dt.date.fromisoformat(start), dt.date.fromisoformat(end[0]) if end and end[0] else dt.date.max)
    return out


@lru_cache(maxsize=1)
def historical_figures() -> frozenset[str]:
    """The public figures out of office (or dead) before 2012, marked † in the lexicon: the
    title with their name is history (周恩来总理), never a post on the story's date."""
    return frozenset(t.split()[0] for t in _terms("public_figures.txt") if t.endswith("†"))


@lru_cache(maxsize=1)
def roles() -> tuple[str, ...]:
    """Role words, longest first (so a suffix match finds 副书记 before 书记)."""
    return tuple(sorted(set(_terms("roles.txt")), key=lambda t: (-len(t), t)))


def role_pattern(extra: tuple[str, ...] = ()) -> str:
    """A regular expression of any role word (and ``extra``); 支书 (支部书记 written short) never starts inside
    any 支书记 (总支书记, 村支书记: the role is 书记)."""
    return "(?:(?!支书记)" + alternation(roles() + extra) + ")"


@lru_cache(maxsize=1)
def role_set() -> frozenset[str]:
    """Role words as a set, to ask whether a string is one (roles() is ordered for suffix matches)."""
    return frozenset(roles())


@lru_cache(maxsize=1)
def countries() -> tuple[str, ...]:
    return tuple(sorted(set(_terms("countries.txt")), key=lambda t: (-len(t), t)))


@lru_cache(maxsize=None)
def country_re(foreign: bool = False, not_after: tuple[str, ...] = (), also: str = "") -> re.Pattern[str]:
    """A country of the lexicon (``foreign``: not 中国), never right after one of ``not_after``
    (驻 makes an envoy's post, 统一 a party's name), or the pattern ``also``: the one builder of
    the country scans, each compiled once."""
    names = alternation(c for c in countries() if not (foreign and c == "中国"))
    behind = none_before(re.escape(w) for w in not_after)
    return guarded(f"{behind}(?:{names}{'|' + also if also else ''})")


@lru_cache(maxsize=1)
def _country_index() -> tuple[frozenset[str], tuple[int, ...]]:
    names = frozenset(countries())
    return names, tuple(sorted({len(c) for c in names}, reverse=True))


def country_at(text: str, i: int = 0) -> str:
    """The longest country name starting at ``text[i]``, or "" (a set lookup per length, not
    a scan of the list: it runs for every candidate title and name)."""
    names, lengths = _country_index()
    return next((w for k in lengths if (w := text[i : i + k]) in names), "")


def country_ends(text: str, end: int) -> bool:
    """Whether a country name ends right before ``text[end]``."""
    return bool(country_before(text, end))


def country_before(text: str, end: int) -> str:
    """The longest country name ending right before ``text[end]``, or ""."""
    names, lengths = _country_index()
    return next((w for k in lengths if k <= end and (w := text[end - k : end]) in names), "")


@lru_cache(maxsize=1)
def international_orgs() -> tuple[str, ...]:
    """International organisations (联合国, 国际原子能机构): no country prefixes their titles."""
    return tuple(sorted(set(_terms("international_orgs.txt")), key=lambda t: (-len(t), t)))


@lru_cache(maxsize=1)
def org_suffixes() -> tuple[str, ...]:
    return tuple(sorted(set(_terms("org_suffixes.txt")), key=lambda t: (-len(t), t)))


@lru_cache(maxsize=1)
def whole_orgs() -> tuple[str, ...]:
    """Organisation names a title never cuts (民革中央, 大会主席团, 工业和信息化部), longest first:
    whole_orgs.txt and every written form in organizations.tsv that holds 和, 与 or 及 (a title
    cut there reads 社会保障部副部长 for 人力资源和社会保障部副部长)."""
    joined = {form for form in organizations() if any(c in form for c in "和与及")}
    return tuple(sorted(set(_terms("whole_orgs.txt")) | joined, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=1)
def foreign_centres() -> tuple[str, ...]:
    """Another state's ruling party's centre (越共中央, 朝鲜劳动党中央), longest first: the 中央…
    bodies after it are that party's, never China's."""
    return tuple(f for f in whole_orgs() if f.endswith("中央") and f not in organizations())


@dataclass(frozen=True)
class Place:
    level: str  # province | city | county
    name: str  # full name, e.g. 临汾市
    short: str  # e.g. 临汾
    province: str
    city: str


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[Place, ...]]:
    """Place names (full and short forms, 2+ characters) -> the divisions they may denote."""
    out: dict[str, list[Place]] = {}
    with (HERE / "places.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for r in rows:
            p = Place(r["level"], r["name"], r["short"] or r["name"], r["province"], r["city"])
            for key in {p.name, p.short}:
                if len(key) >= 2:
                    out.setdefault(key, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def place_prefix(name: str) -> Place | None:
    """The division a name starts with (临汾市委 -> 临汾市), longest match, or None."""
    table = places()
    for k in (4, 3, 2):
        if name[:k] in table:
            return table[name[:k]][0]
    return None


@lru_cache(maxsize=1)
def common_words() -> dict[str, str]:
    """Words of jieba's bundled dictionary -> POS tag; used to reject false names."""
    return {w: tag for w, _, tag in _jieba_words()}


def word_frequency(word: str) -> int:
    """Frequency of a word in jieba's dictionary (0 if absent)."""
    return int(_jieba_frequencies().get(word, 0))


@lru_cache(maxsize=1)
def _jieba_frequencies() -> dict[str, str]:
    return {w: n for w, n, _ in _jieba_words()}


# A line of jieba's dict.txt (word, frequency, tag): words of two to four characters seen at least 3 times.
_JIEBA_LINE = re.compile(r"^(\S{2,4}) ([1-9]\d+|[3-9]) (\S+)\r?$", re.M)


@lru_cache(maxsize=1)
def _jieba_words() -> list[tuple[str, str, str]]:
    """(word, frequency, tag) rows of jieba's bundled dictionary, read in one regex pass (a
    line-by-line parse cost about half a CPU second at every process start)."""
    import jieba

    with jieba.get_dict_file() as f:
        return _JIEBA_LINE.findall(f.read().decode("utf-8"))


# --------------------------------------------------------------- canonical organisations
# (appended by the corpus work; organizations.tsv says where its rows come from)


@dataclass(frozen=True)
class OrgEntry:
    """One organisation of organizations.tsv: a single node across the corpus."""

    name: str  # canonical full name, e.g. 国家市场监督管理总局
    short: str  # the form post labels use, e.g. 市场监管总局
    aliases: tuple[str, ...]
    kind: str
    level: str
    parent: str | None


@lru_cache(maxsize=1)
def organizations() -> dict[str, OrgEntry]:
    """Every written form (full name, short form, aliases) -> its canonical organisation."""
    out: dict[str, OrgEntry] = {}
    with (HERE / "organizations.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            e = OrgEntry(r["name"], r["short"], tuple(a for a in r["aliases"].split("|") if a), r["kind"],
                         r["level"], r["parent"] or None)
            for form in (e.name, e.short, *e.aliases):
                out.setdefault(form, e)
    return out


__all__ += ["OrgEntry", "organizations", "HOME", "MISSION_KINDS", "country", "mission", "mission_parts", "state_prefix"]


# States and their missions: which state a written name denotes (a lexicon question, asked by the
# grammar and by resolution alike).


@lru_cache(maxsize=1)
def _foreign_states() -> tuple[str, ...]:
    """Foreign country names, longest first; 欧盟 and 联合国 open foreign titles but are organisations."""
    return tuple(c for c in countries() if c not in organizations() and c != HOME)


HOME = "中国"  # a country too, but no prefix of foreign bodies (中国人民大学 is not foreign)


def country(written: str) -> str | None:
    """The country a written name denotes (俄罗斯, 俄罗斯联邦 -> 俄罗斯), when it is one.

    >>> country("俄罗斯联邦"), country("伊朗伊斯兰共和国"), country("大韩民国"), country("中国"), country("联合国")
    ('俄罗斯', '伊朗', '韩国', '中国', None)
    """
    if written in _OFFICIAL_FORMS:
        return _OFFICIAL_FORMS[written]
    c = state_prefix(written)
    if c is not None and written not in _OTHER_STATES and written.endswith(_STATE_ENDS):
        return c  # 俄罗斯联邦, 巴基斯坦伊斯兰共和国, 约旦哈希姆王国
    if written in _foreign_states() or written == HOME:
        return written
    return None


# official long forms that do not start with the short name
_OFFICIAL_FORMS = {
    "德意志联邦共和国": "德国", "大韩民国": "韩国", "朝鲜民主主义人民共和国": "朝鲜", "法兰西共和国": "法国",
    "美利坚合众国": "美国", "大不列颠及北爱尔兰联合王国": "英国", "阿拉伯叙利亚共和国": "叙利亚",
    "阿拉伯埃及共和国": "埃及", "埃及阿拉伯共和国": "埃及",
}
_STATE_ENDS = ("共和国", "王国", "联邦", "合众国")
_OTHER_STATES = frozenset({"多米尼加共和国"})  # the Dominican Republic is not 多米尼加 (Dominica)


@lru_cache(maxsize=1)
def _foreign_index() -> tuple[frozenset[str], tuple[int, ...]]:
    return frozenset(_foreign_states()), tuple(sorted({len(c) for c in _foreign_states()}, reverse=True))


def state_prefix(name: str) -> str | None:
    """The longest foreign country that opens ``name`` and is not all of it."""
    names, lengths = _foreign_index()
    return next((name[:k] for k in lengths if k < len(name) and name[:k] in names), None)


# A state's embassy or consulate as written: the sender (a state, its one-character form), 驻 and the host, the kind
MISSION_KINDS = "大使馆|总领事馆|总领馆|领事馆|使领馆|使馆"  # the kinds of a state's mission, as an alternation
_MISSION = re.compile(rf"(?P<sender>[\u4e00-\u9fff]{{1,10}}?)(?:驻(?P<host>[\u4e00-\u9fff]{{1,10}}?))?(?P<kind>{MISSION_KINDS})")
_MISSION_KINDS = {"总领馆": "总领事馆", "使馆": "大使馆"}  # a kind's short form: one node for both


def mission_parts(written: str) -> tuple[str, str, str] | None:
    """A state's embassy or consulate as sender, host and kind, each in one form (美驻韩使馆 → 美国, 韩国,
    大使馆; 中国驻韩国济州总领馆 → 中国, 济州, 总领事馆: the city names a consulate; host "" when none is
    written); None when ``written`` is no state's mission (驻哥斯达黎加使馆, 乌使馆: whose, the article says)."""
    if (m := _MISSION.fullmatch(written)) is None:
        return None
    sender = STATE_ABBREVIATIONS.get(m["sender"]) or ("中国" if m["sender"] == "中华人民共和国" else country(m["sender"]))
    if not sender:
        return None
    host = m["host"] or ""
    if len(host) == 1:
        host = STATE_ABBREVIATIONS.get(host) or host  # 驻韩 (驻以, 驻阿: which state, only the article tells)
    elif host:
        host = country(host) or host  # 俄罗斯联邦
        if 2 <= len(state := country_at(host)) <= len(host) - 2:
            host = host[len(state) :]  # 韩国济州 → 济州
    return sender, host, _MISSION_KINDS.get(m["kind"], m["kind"])


def mission(written: str) -> str | None:
    """The one name of a state's embassy or consulate however written (美使馆 → 美国大使馆, 中国驻韩国济州总领馆
    → 中国驻济州总领事馆); "" for China's with no host (中国使馆: any of its missions, never one node); None
    when ``written`` is no state's mission."""
    if (parts := mission_parts(written)) is None:
        return None
    sender, host, kind = parts
    return "" if sender == HOME and not host else sender + ("驻" + host if host else "") + kind
