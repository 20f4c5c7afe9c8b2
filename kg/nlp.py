"""Annotate normalised text: sentences, metadata lines and spans for persons, titles,
organisations, meetings, dates and places.

The recognisers are rules (``kg.grammar`` plus the patterns here) wrapped as one spaCy
component over a blank Chinese pipeline with the offline character segmenter, so every
span is a spaCy span whose character offsets map back to the original text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg import grammar, lexicons, resolve
from kg.grammar import HARD, Title

__all__ = [
    "DateHit",
    "GROUP_SITTINGS",
    "MeetingHit",
    "NUMERAL",
    "PersonHit",
    "Recognised",
    "SPAN_KEY",
    "chinese_number",
    "find_meetings",
    "foreign_name_parts",
    "make_nlp",
    "name_pattern",
    "recognise",
]

SPAN_KEY = "kg"
NUMERAL = r"[一二三四五六七八九十百零〇\d]+"  # a number written in Chinese numerals or digits
# a time counted back from the story, cited as earlier: 一个多月前，, 两年前在…, 五年前大桥开通时
# (not a year's number: 2025年前, by 2025)
AGO = rf"(?<!\d)(?!\d{{3}})(?:{NUMERAL}|两|几|数|半)(?:个多|多个|个)?(?:月|周|星期|年)多?前"
_COUNT = "[一两几数多三四五六七八九十]"  # a count before a classifier: 一所, 两家, 数所, 多地
LABELS = ("PERSON", "TITLE", "ORG", "MEETING", "DATE", "PLACE")


@dataclass(frozen=True)
class PersonHit:
    start: int
    end: int
    name: str
    titles: tuple[Title, ...] = ()  # the title chain right before the name (or shared by a list)
    via: str = "title"  # title | list | group | byline | name-title | profile | known | corpus | cue
    byline_role: str | None = None  # reporter | editor | photographer


class _Claimed:
    """The spans earlier finders already claimed: a later finder's candidate may not overlap one."""

    __slots__ = ("spans",)

    def __init__(self, hits: Iterable[PersonHit]) -> None:
        self.spans = [(h.start, h.end) for h in hits]

    def overlaps(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.spans)

    def covers(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.spans)

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    part_of_day: str | None
    relative_days: int | None = None  # 昨日 -> -1
    end_month: int | None = None  # the end of a range: 14日至16日, 3月30日至4月2日
    end_day: int | None = None


@dataclass(frozen=True)
class MeetingHit:
    start: int
    end: int
    name: str
    reported: bool  # held/attended in the story, not only listened to or cited
    aliases: tuple[str, ...] = ()
    organizer: str | None = None


@dataclass(frozen=True)
class Recognised:
    """Everything the recognisers found in one normalised text (normalised offsets)."""

    text: str
    sentences: tuple[tuple[int, int], ...]
    meta: tuple[tuple[int, int, str], ...]  # metadata lines: (start, end, kind)
    persons: tuple[PersonHit, ...]
    titles: tuple[Title, ...]
    orgs: tuple[tuple[int, int, str], ...]
    meetings: tuple[MeetingHit, ...]
    dates: tuple[DateHit, ...]
    places: tuple[tuple[int, int, str], ...]

    def in_headline(self, pos: int) -> bool:
        """Whether ``pos`` is in the article's title line (a short first line, no 。)."""
        end = self.text.find("\n")
        return 0 < end <= 80 and pos < end and "。" not in self.text[:end] and bool(self.text[end:].strip())

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (or the one before a gap); called per mention."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return min(max(i, 0), max(0, len(self.sentences) - 1))

    @cached_property
    def _starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def in_meta(self, pos: int) -> bool:
        return any(s <= pos < e for s, e, _ in self.meta)


# --- sentences and metadata lines ----------------------------------------------------------

_SENT_END = re.compile(r"[。！？!?]+[”’\"]?|\n+")
_META_LINE = (
    ("header", re.compile(r"^\s*(\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?[^\n]{0,40}(来源|浏览|发布|作者|点击))|^\s*(来源|发布时间|时间|作者|浏览次数)[:：]|浏览次数|点击数")),
    ("editor", re.compile(r"^\s*(?:[(（\[【]\s*)?(责任编辑|编辑|责编|审核|审校|校对|终审|初审|值班编辑|供稿|撰稿)[:：\s]")),
    ("copyright", re.compile(r"^\s*(版权声明|版权所有|Copyright|copyright|©|凡本网|本网注明)")),
)


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans, whitespace trimmed."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add_trimmed(text, start, end, out)
        start = m.end()
    _add_trimmed(text, start, len(text), out)
    return tuple(out)


def _add_trimmed(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def meta_lines(text: str) -> tuple[tuple[int, int, str], ...]:
    out, pos = [], 0
    for line in text.split("\n"):
        for kind, rx in _META_LINE:
            if rx.search(line):
                out.append((pos, pos + len(line), kind))
                break
        pos += len(line) + 1
    return tuple(out)


_NUM = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def chinese_number(s: str) -> int | None:
    """Value of a number written in Chinese or digits.

    >>> chinese_number("七十三"), chinese_number("一百零五"), chinese_number("135"), chinese_number("十二")
    (73, 105, 135, 12)
    """
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for c in s:
        if c in _NUM:
            cur = _NUM[c]
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur



# --- persons -------------------------------------------------------------------------------

def _counted_names(text: str, s: int, m: re.Match[str]) -> list[tuple[int, int]]:
    """Members of 方向、辛毅…等6位代表 when the count after 等 equals the list's length and each member is a
    surname and one or two characters, a dotted minority name (…、阿依古丽·买买提、…) or, in a list of three or more
    at least half surnamed, a name of three or four with no surname: the count vouches even for a name that reads as
    a word (方向)."""
    c = _PERSON_COUNT.match(text, m.end("names") + 1)
    count = m["count"] or (c and c[1])  # 王五、赵六两位|委员: the count with no 等 before it
    members = grammar.split_list(text, s, m.end("names"))
    if not count or chinese_number(count) != len(members):
        return []
    members = [(d.end(), b) if (d := _DESIGNATION.match(text, a)) and _DOTTED_MEMBER.fullmatch(text, d.end(), b) else (a, b)
               for a, b in members]  # 医生|古丽·吐尔逊: the designation before a dotted name is no part of it
    surnamed = [2 <= b - a <= 3 and text[a] in lexicons.surnames() and text[a:b] not in lexicons.places() for a, b in members]
    bare = [not named and not _DOTTED_MEMBER.fullmatch(text, a, b) for named, (a, b) in zip(surnamed, members)]
    # (a bare member: three or four characters, no place, word, state or 的, no place's or body's ending (雄安新区) nor
    # designation (驻村队员), and not the first, which may hold the verb before the list: 追授|肖明、…)
    ok = all(not no or 3 <= b - a <= 4 and a != members[0][0] and "的" not in text[a:b] and text[a:b] not in lexicons.places()
             and text[a:b] not in lexicons.common_words() and not _opens_with_word(text[a:b]) and not lexicons.country_at(text[a:b])
             and text[b - 1] not in _NOT_NAME_END and not any(d.end() == b for d in _DESIGNATION.finditer(text, a, b))
             for no, (a, b) in zip(bare, members)) and (not any(bare) or len(members) >= 3 and 2 * sum(surnamed) >= len(members))
    return members if ok else []  # (…、娘毛先、尼玛卓玛、…等8位代表: a Tibetan name, no surname; not 追授肖明、…, 来自德国、加拿大、…)


_DOTTED_MEMBER = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6}){1,2}")  # 热依拉·买买提: a minority name, parts joined by a dot
_PERSON_COUNT = re.compile("(" + grammar.COUNT + ")位")  # …等|6位代表: how many the list names


_ORDINAL_TIMES = re.compile("第" + NUMERAL + "次")  # 总裁X|第四次当选: how many times he did what follows


# A publication named in 《》 right before its editor (《柳叶刀》主编X, 《某报》副主编X): the outlet's post, not a calling
_OUTLET_BEFORE = re.compile(r"(?P<name>《[\u4e00-\u9fff·]{1,12}》)(?:执行|常务)?副?$")
# …where the name is a periodical's: by its ending (《某某报》, 《某某时报》, 《某某杂志》, 《某某周刊》, a news site's
# 《某某新闻网》), or as the story calls it (医学刊物《柳叶刀》, 《自然》杂志); never a book's (《红楼梦》主编: its editor)
_PERIODICAL_NAME = re.compile(r"《[^》]*(?:报|杂志|周刊|月刊|新闻网)》")
_PERIODICAL_KINDS = ("杂志", "期刊", "刊物", "周刊", "月刊", "报纸")


def _outlet_editor(m: re.Match[str]) -> Title | None:
    """The post of an editor named right after a periodical in 《》 (《某报》主编, 《某杂志》副主编), or None."""
    text = m.string
    if m.re is not _DESIGNATION or m.group() != "主编" or not (o := _OUTLET_BEFORE.search(text, max(0, m.start() - 18), m.start())):
        return None
    name = o["name"]
    if not (_PERIODICAL_NAME.fullmatch(name) or any(k + name in text or name + k in text for k in _PERIODICAL_KINDS)):
        return None
    return Title(text[o.start() : m.end()], name, text[o.end("name") : m.end()], o.start(), m.end())


def _ranked(m: re.Match[str]) -> tuple[Title, ...]:
    """The post a designation is (航天员 is a rank the golds hold as a post: 航天员翟志刚; 《某报》主编, the
    outlet's), or none (村民, 选手 are what a person is, not a post)."""
    if (editor := _outlet_editor(m)) is not None:
        return (editor,)
    return (Title(m.group(), "", m.group(), m.start(), m.end()),) if m.re is _DESIGNATION and m.group() == "航天员" else ()


def _scored_end(text: str, p: int, known: frozenset[str]) -> int | None:
    """End of a name at ``p`` that a score closes (陈艾森|以486.93分), or None."""
    q = grammar.name_end(text, p, known, extra=("以",), titled=False)
    return q if q is not None and _SCORE.match(text, q) else None


@lru_cache(maxsize=1)
def _role_follow_re() -> re.Pattern[str]:
    """Positions right after a role word: where a titled name may start."""
    return lexicons.guarded(lexicons.role_pattern(("领导人",)))  # 领导人: only after a quoted body (grammar.quoted_title)


# (and 无党派人士代表X、Y, or one who speaks: 无党派人士代表X先后发言: people of a category, each a person with no post:
# 人士 is no body, grammar.org_ok)
# (not 市领导|班子都…, 县级领导|干部: the group's name goes on, no name follows it)
_TWO_LISTED = r"(?=[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}[、和等])"  # 专家王五、赵六等: a list of names follows
# (each branch opens with a character, no class or lookbehind first, so the regex skips by first character)
_GROUP = re.compile("(?:" + "|".join(f"{level}{kind}领导" for kind in ("", "委", "级") for level in "省市县区")
                    + r"|四套班子领导|班子成员|领导同志|人士代表(?=[\u4e00-\u9fff·]{2,8}、|[\u4e00-\u9fff]{2,3}(?:先后|分别|相继|也|还)?(?:作了?)?发言)"
                    r"|负责人(?<=(?:部门|企业)负责人)(?=[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}[、和])|专家" + _TWO_LISTED + "|嘉宾" + _TWO_LISTED
                    + r")(?!班子|干部|小组)(?:[:：])?")
_PEOPLE_GROUP = r"(?:领导|领导同志|负责同志|负责人|企业家|专家|代表|运动员|选手|队员|烈士|英雄|院士|同志|委员(?!会)|艺术家|演员|歌唱家|演奏家|航天员)"
# (…等全国政协委员和|X、Y等专家: a second list, joined by 和 to one a seat closes, opens after it)
_NAMES_THEN_GROUP = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=带领|率领|包括)|(?<=委员和|代表和))(?P<names>[\u4e00-\u9fff·]{2,8}(?:、[\u4e00-\u9fff·]{2,8})+)"
    r"(?:等[\u4e00-\u9fff]{0,6}?" + _PEOPLE_GROUP + r"|等(?=" + grammar.COUNT + "位)"  # 王五、赵六等10位…获此殊荣: 位 counts persons
    r"|(?<!等)(?P<count>" + grammar.COUNT + ")(?:[位名](?!一体)(?P<group>[\u4e00-\u9fff]{0,6}?" + _PEOPLE_GROUP + ")|位(?![一数置于])))"
)  # …or no 等, the count of the names right after them: 王五、赵六、钱七三位委员, 王五、赵六两位行政长官 (held to the number named)
_NATIONAL_SEATS = ("全国政协委员", "全国人大代表")  # seats a list closes with (X、Y等全国政协委员), named whole
_LEADS = re.compile(r"带领|率领|包括")  # verbs a list of people follows (带领X、Y等运动员)
# One name met, closed by 等 and the group it heads (会见了王五等台湾参会主要代表): a person, no post
_MET_ONE_OF_GROUP = re.compile(r"(?:会见|接见)了?(?P<name>[\u4e00-\u9fff]{2,3})等[\u4e00-\u9fff]{0,10}?(?:代表|负责人|人士|嘉宾|企业家|专家)(?![\u4e00-\u9fff])")
# Two or more names opening a clause, closed by 等 and a verb of attending: 王沪宁、杨洁篪等参加会见
_NAMES_THEN_ATTEND = re.compile(
    r"(?:^|(?<=[，。；：\s]))(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)"
    r"(?:(?:等|和|及|以及)[^，,。；;]{0,40}?(?:参加|出席|陪同|列席)|等?(?:分别|报告了|出席|参加|陪同|列席|作了?(?:发言|报告|讲话)))"
)  # …or by 分别/报告了/作发言 (刘国中、吴政隆分别作了发言), or joined by others (赵乐际、赵洪祝和…成员参加会议)
# …or one name, a paragraph of its own at a talk's end: 王五参加会见。
_ONE_ATTENDS = re.compile(r"(?m)^[ \u3000]*(?P<names>[\u4e00-\u9fff]{2,3})(?:(?:参加|陪同)(?:会见|会谈|上述活动)。$"
                          r"|等(?:参加|出席|陪同)|等(?:分别)?就[^，,。]{0,20}?作了?(?:说明|汇报|发言|报告))"
                          r"|(?<=。)(?P<name>[\u4e00-\u9fff]{2,3})等(?:参加|出席|陪同)")
# (…or one name opening its paragraph, closed by 等 and attending or reporting: 王五等参加会见, 王五等就有关议题作了说明;
# or opening a sentence, closed by 等 and attending: …会见了…代表。王五等参加会见并出席论坛开幕式)
# A list of names, then ，以及 and the last names before a verb of attending: 王五、赵六，以及钱七参加上述活动
_NAMES_AND_LAST_ATTEND = re.compile(
    r"(?:^|(?<=[，。；：\s]))(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)，以及"
    r"(?P<last>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})*)等?(?:参加|出席|陪同|列席)")
# 苏丹 before a name is a head of state's title only of the sultanates (文莱苏丹哈桑纳尔); elsewhere it is Sudan.
_SULTAN = re.compile(r"(?P<title>(?P<state>文莱|阿曼)苏丹)[ \u3000]?(?=[\u4e00-\u9fff])")  # (a list one a line: 文莱苏丹 X)
# 以X为主席的主席团, 以X为团长的中国代表团 (…访问团, …访京团), 以X为首的, 以X同志为总书记的党中央: the person heading a
# body (the delegation named after 的 is the body of a 团长; 以X同志为核心 names no post)
_LED_BY = re.compile(r"以(?P<name>[\u4e00-\u9fff·\-]{2,10}?)(?:同志|女士|先生)?为(?P<role>主席|副团长|团长|组长|首|总书记)的(?:(?P<body>[\u4e00-\u9fff]{0,10}?(?:代表团|访问团|访京团|访华团))|(?!代表团|访问团|访京团|访华团))")
# What ordinary people are called right before their name in a report (村民王五家, 老党员赵六). Every branch opens
# with its word, the one before it checked after it (组合 after 国 or 队): a pattern whose branches all open with a
# character is scanned by those first characters, ten times faster than one with a look-behind first.
_TEACHING = frozenset({"教授"})  # a calling that is a verb too (教授汉语)
_TEACHES = re.compile(r"(?:正在|正|负责|专门|主要|义务|免费|坚持|开始|继续|用心|认真)$")  # an adverb before the verb "teach"
_LANGUAGE = re.compile(r"(?:汉|英|法|德|俄|日|韩|朝鲜|西班牙|葡萄牙|阿拉伯|意大利|波斯|土耳其|越南|泰|蒙古|藏|维吾尔|哈萨克|外|母)语|[中英法德俄日]文|普通话|汉字")  # 教授|汉语: a language is what is taught, no name
_DEGREE = re.compile(r"得[好快慢多少早晚对准细实牢深透]")  # 老师|教得好不好: a verb, 得 and how well, no given name after a designation
def _predicate_as_japanese(name: str, known: frozenset[str]) -> bool:
    """A reading of a Japanese name after 日本选手/日本组合 that is a predicate: two characters (胜出, 捧走;
    a Japanese full name has three or more), or a verb or common word of the dictionary in it (均告出局)."""
    if name in known:
        return False
    words = lexicons.common_words()
    pairs = [name[i : i + 2] for i in range(len(name) - 1)]
    return len(name) == 2 or any(words.get(w, "x")[0] == "v" and lexicons.word_frequency(w) >= 20 for w in pairs) or (
        words.get(pairs[-1], "nr")[:2] not in ("nr", "ns", "nz") and lexicons.word_frequency(pairs[-1]) >= 20)


# A trade or a field's expert, named before the person (钢筋工范勇, 小麦专家王永华): what one does, no post held
_NOT_TRADE_AFTER = "(?![人程厂业作艺具资会])"  # (not 环卫工人, 输电工程)
# each word its own branch, the field after 专家 (a lookbehind): every branch opens with a character, so the regex engine
# skips by first character (one group or a leading lookbehind made _DESIGNATION ten times slower)
_TRADES = "|".join(w + _NOT_TRADE_AFTER for w in (
    "导游", "班主任", "钢筋工", "木工", "瓦工", "泥瓦工", "架子工", "油漆工", "水电工", "电工", "农民工", "环卫工", "快递员", "外卖员", "护林员", "保洁员",
    "专家(?<=[麦稻米粮果树菜茶棉药林牧渔农]专家)", "专家(?<=(?:技术|农业|植保|畜牧|水产|园艺)专家)"))
_DESIGNATION = re.compile(r"(?:村民|村官|农民|牧民|渔民|居民|农户|贫困户|种粮大户|脱贫户|果农|菜农|茶农|棉农|瓜农|花农|蔗农|种植户|养殖户|种植大户|养殖大户|困难群众|贫困群众|儿媳|老党员|老支书|老红军|老兵|退伍军人|同胞|台胞|台商|工人|职工|运动员|选手|队员|教练员|志愿者|医生|护士|教师|大学生|毕业生|姑娘|战士|民警|工程师|技术员|技师(?!学院|学校)|钳工|焊工(?!程)|科学家|企业家|妹妹|姐姐|哥哥|弟弟|儿子|女儿|妻子|丈夫|父亲|母亲|外公|外婆|祖父|祖母|遗孀|船员|海员|传承人|女孩|男孩|老将(?!军)|道德模范|世界冠军|奥运冠军|残奥冠军|航天员|飞行员|英雄|烈士|男子|女子|女友|男友|队友|市民|小学生|中学生|技术人员|名将|球星(?!座)|法官|主编|特别协调员|高级讲师|退休教授|外交官|客商|老师|司机|代表人物|获得者|得主|律师|评论员|无党派人士|警察|儿童|车手|罪犯|被告人|嫌疑人|嫌犯|疑犯|协警|辅警|记者|组合(?<=[国队双]组合)|组合(?<=日本组合)|青年(?<=(?:黑人|白人|非裔)青年)|少年(?<=(?:黑人|白人|非裔)少年)|代表(?<=(?:大户|头人|农民|青年|群众|职工|员工|妇女|学生|家长|患者|网民|人士)代表)|代表(?<=获奖者代表)|" + _TRADES + ")")
_QUOTED_DESIGNATION = re.compile(r"“[\u4e00-\u9fff]{0,8}(?:勇士|英雄|楷模|模范|卫士|标兵|能手|好人|工匠|老人|妈妈|书记|村医)”(?=[\u4e00-\u9fff])")  # “排爆勇士”张保国、: what one is called, in quotes (a Chinese name the grammar reads whole, nothing else)
_SAYING_WITHIN = re.compile(r"[称说]|表示|指出|认为|透露|强调")  # verbs of saying: never inside a name read after a designation
_HELD_BEFORE = re.compile(r"(?:举行|开展|举办|发起|启动|实施|组织|参加|参与|进行|代号为?|名为|称为|命名为)$")  # 举行“军刀卫士”军演: a quoted name after these is an event's
_OFFICES = ("法官", "主编", "特别协调员", "高级讲师", "退休教授")  # callings of an office: a two-character name before a colon after one only where the story names it again (not 美法官|初裁：)
_COLLECTIVE = ("同胞", "群众")  # designations of a people, never of one person named after them (同胞|福祉)
_DAY_THEN_SAYS = re.compile(r"\d{1,2}[日号](?:上午|下午|晚上|晚间)?(?:表示|说|称|宣布|指出|强调)")  # 遗孀苏哈|3号表示: the day, then what one says
_PLAIN_EDGE = re.compile(r"等(?:人|[，,。；;]|[一二三四五六七八九十两\d]+[位名])|说[：:，,“]|是(?=[\u4e00-\u9fff])(?![的否])")  # 歌唱家廖昌永|等七位演员, 技术人员宋雪|说：: 等 closes a list, 说 opens a quote; 律师施杰|是…委员: 是 the predicate
_PERFORMER = re.compile(r"(?:歌唱家|指挥家|演奏家|作曲家|钢琴家|舞蹈家|艺术家|书法家|画家|作家|诗人|演员|导演)")  # 指挥家李心草执棒: read after 著名…家 (its title)
# How frequent a dictionary word may be and still be a given name after a designation: less so after a
# rare surname (同胞好奔头), unless the dictionary tags it a name (濮秀英, 寿海涛).
_WORD_AS_GIVEN, _WORD_AFTER_RARE = 50, 10
# A renowned professional named by what they do (著名诗人X, 著名京剧表演艺术家X, 著名导演X): a person
# whose post is that calling without 著名, as the dev8 and dev10 golds read it (unlike a bare 村民 or 科学家).
_NO_CALLING = ("专家", "学者")  # 著名党建专家X, 著名学者X: a person described, no calling held (the dev29 and dev31 golds)
_RENOWNED = re.compile(r"著名[\u4e00-\u9fff]{0,10}?(?:家|学者|诗人|导演|演员|歌手|主持人|记者|健将|明星)")
_REVOKED = re.compile(r"撤销(?![其该])(?=[^，,。；;]{2,40}?委员资格)")  # 撤销X政协…委员资格: X is a person (not 撤销其…)
_PREPOSITION_CHARS = frozenset("向在把被从对给为与和跟到于")  # prepositions an adverb (曾, 已, 将) stands before: 曾|向, 已|在
_LIST_CLOSING = frozenset("将也都还就已正曾又在")  # 王五、赵六|将在…, |在空间站: an adverb or 在 after a listed three-character name closes it
_REPORTS_AFTER = re.compile(r"作了?[^，,。；;、]{0,8}?(?:报告|发言|讲话)")  # 王五、赵六|作先进事迹报告: the list reports, its last name ends before 作
_SCORE = re.compile(r"以\d+(?:\.\d+)?(?:分|秒|环|公斤|千克)|以\d+米(?:\d+)?|以\d+[比:：]\d+")  # 选手曹缘、陈艾森|以486.93分夺冠: a score closes the list
# …or one of them, before the others (黄成欢和另外十多个渔民, 黎晓和另外两名法官): the name before 和 is a person
_WITH_OTHERS = re.compile(r"和(?:另外|其他|其余)[一二三四五六七八九十几两数多\d]*(?:名|个|位)?(?=" + _DESIGNATION.pattern + r"|同事|法官|村民)")
_FROM_PLACE = re.compile(r"来自[\u4e00-\u9fff]{2,12}?的(?=[\u4e00-\u9fff]{2,3}[，,])")  # 来自甘肃陇南的常包红，: a person by where they come from
_HOME_VISITED = re.compile(r"(?:走进|来到|走访|前往|到|去|进)$")  # 走进|居民X家: a home one goes to
# The name of a person just described: 这位老人名叫罗成禹, 他的名字叫X, 护士叫X，(叫 with two or three characters
# then a clause end), 卖报老人——蔡宗义。 (after a dash, the name alone before punctuation: not 民族英雄——|习近平总书记在…)
_CALLED = re.compile(r"名叫[做作]?|(?<=[他她]的名字)叫|(?<=[\u4e00-\u9fff])叫(?=[\u4e00-\u9fff]{2,3}[。，,；;])|——(?=(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12})[。，,；;！？、])")
_COUNTED_GROUP = re.compile(r"(?:\d+|[两三四五六七八九十几多数]+)[名位个][A-Za-z]{0,8}$|各国$|各地$|中外$|众多$|广大$|许多$")  # 3名|罪犯, 3名BBC|记者, 各国|记者: more than one
_AGE = re.compile(r"(?<![\d.])(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的")  # 62岁的杨显凤: a person's age
_BORN = re.compile(r"(?<!\d)\d{4}年(?:\d{1,2}月)?出生的")  # 1969年出生的闫永明: when a person was born
_ELDERS = ("婆婆", "奶奶", "爷爷", "大爷", "大妈", "大娘", "阿婆", "老人")  # 85岁的王五|婆婆: how an old person is called after the name, its right edge
_SPOUSE = re.compile(r"(?:总统|首相|总理|国王|主席|总督|元首|委员长)夫人|" + grammar.WITH_WIFE.pattern)  # 总统夫人X, …和夫人彭丽媛, 偕夫人
_KIN_AFTER = re.compile(grammar.KIN_AFTER_NAME)
_WIFE = re.compile("夫人")  # after a name the story knows: 张德江夫人辛树森 (a Chinese name only: 特朗普夫人|同机)
# What names a person but is no post when it follows the name (叶挺烈士, 聂荣臻元帅).
_PERSON_CUES = ("同志", "烈士", "元帅")
# Seats many hold at once, so that a title before two names joined by 和 is both's (全国政协副主席X和Y).
_SHARED_SEAT = re.compile(r"副主席|副总理|副委员长|国务委员|委员|常委|副省长|副市长|副部长|代表")
_COUNTED_CLOSE = re.compile(r"等" + grammar.COUNT + r"[位名](?P<title>[\u4e00-\u9fff]{2,16})")  # …、Y|等五位全国政协委员: what all the list's members are
# Surname characters that, right after 村民/农户, are a verb: 农户种|藜麦, 为村民送|水, 答记者问|时表示.
_VERB_OPENING = frozenset("种送养卖买搬住建修开用打让给为从向在把将到和与及同跟都也还就要会能可已正问")
_LIST_AFTER_CUE = re.compile(r"(?:出席|参加|列席)(?:会议|活动|座谈会|大会|学习)?的(?:领导|同志|嘉宾|人员|党外人士)?(?:还)?有[:：]?")
_PARTY_LEADER = "总书记"  # alone, without its party: the leader the story is about, not a title before a new name
# Roles no Chinese official holds: the name after them is foreign even when no country stands
# before the role (代总统拉马福萨, 议长穆菲丽哈特).
_FOREIGN_ONLY_ROLES = frozenset({"总统", "代总统", "副总统", "首相", "副首相", "国王", "女王", "泰王", "王后", "王储", "议长", "副议长", "参议长", "众议长", "外交大臣", "大臣", "埃米尔", "苏丹",
                                 "太皇", "太后", "王太后", "亲王", "特别检察官", "参议员", "众议员", "财务大臣", "防卫大臣", "外务大臣"})
# Offices only Japan's parties and ministries have: the name after them is Japanese (自民党干事长X),
# and Japan's ministers by their short titles (前文部科学相林芳正; not 外务相: North Korea's too).
_JAPANESE_ROLES = frozenset({"干事长", "代理干事长", "副干事长", "政务官", "防卫相", "财务相", "法务相", "总务相", "经济产业相",
                             "文部科学相", "厚生劳动相", "国土交通相", "农林水产相"})
_ENVOYS = frozenset({"特使", "特别代表"})  # sent by the one named in the title: 习近平主席特使
# A Party rank set off by a comma before the state posts of a leader (中共中央政治局常委，国务院总理X).
_PARTY_RANK = re.compile(r"(?:中共)?中央政治局(?:常委|委员)")
_RANKS_AFTER_NAME = frozenset(grammar.RANKS_AFTER_NAME)  # a diplomat's rank, written after a name that has its post before it
_KOREA = re.compile("韩国|朝鲜|首尔|平壤")  # a sentence about Korea: a title's holder there has a Korean name
# Titles of foreign heads and royals that follow a name (普京总统, 菲利普国王, 诺罗敦太皇, 莫尼列太后)
# but, unlike 主席, also open a titled name (前总统卢泰愚): the name before them never blocks the
# one after. One list, which also builds _NAME_TITLE.
_ROYAL_RANKS = ("亲王", "公主")  # a royal's rank written after the name (X亲王和Y亲王), a post of its own beside one before it
_NAMED_ROYALS = ("国王", "女王", "王子", "亲王", "公主")
_ROYAL_PLACE = re.compile(r"[县郡镇岛湾港]|大桥|大街|大道|公园|广场|机场")  # 乔治王子|县: a place a royal names
_HEAD_TITLES = ("代总统", "总统", "首相", "国王", "女王", "太皇", "太后", "埃米尔", "王储", "国务资政", "王子") + _ROYAL_RANKS
_RANKS_AFTER_A_TITLE = _RANKS_AFTER_NAME | frozenset(_ROYAL_RANKS)  # a rank after a titled name is his too
_ROYAL_LEFT = frozenset("、和与及，,：:“ \n")  # what may stand before a royal's name read from the rank after it


def _royal_opens(text: str, p: int) -> bool:
    """Whether a royal's name read back from 亲王/公主 can open at ``p``: after a list's joint, a state or a title
    (…大臣X亲王和Y亲王、Z公主; 泰国X公主), not inside a word (威尔士|亲王)."""
    return p == 0 or text[p - 1] in _ROYAL_LEFT or bool(lexicons.country_before(text, p)) or (
        (r := grammar.any_role().search(text, max(0, p - 8), p)) is not None and r.end() == p)


_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世$")  # 费利佩|六世国王: a monarch's number ends the name
_REIGN_OF = re.compile(r"(?:统治|在位|执政)?(?:时期|时代|年间)")  # 某某五世国王|统治时期: a monarch of history
# what a deputy does after 代表/委员/常委 (one branch a word, so the regex skips by first character)
_DEPUTY_ACTS = (r"(?=代表[\u4e00-\u9fff]{2,20}?(?:作了?“|发言)|作了?(?:“[^”]{1,80}”的)?(?:大会)?发言|发言(?!人)|就(?![任业读诊医近地]|职(?!业))|说|表示|告诉|介绍|认为|建议|提出|带来|来自|还|也|和|、|，|,|。|：|:|是|讲述|谈到|指出|强调|呼吁|坦言|分享|回答|希望|提到|这几年|长期|多年|一直|则|在[^，,。；;、]{1,15}?(?:上|中|时|期间)|一上场)")
_NAME_TITLE = re.compile(
    r"(总书记|第一书记|副总理|总理|副委员长|委员长|国家副主席|国家主席|副主席|主席|" + "|".join(grammar.RANKS_AFTER_NAME) + "|院士|同志|烈士|元帅|" + "|".join(_HEAD_TITLES) + "|苏丹|行政长官" + "".join(f"|{w}{_DEPUTY_ACTS}" for w in ("代表", "委员", "常委")) + r")(?![台令们府馆级杯号]|团(?!队)|”号)"
)  # 代表/委员/常委 after a deputy's name (袁晶代表告诉记者, 王五委员就…问题提出询问, 某某常委代表民盟中央发言) only before what a deputy does or a separator
# 江北新闻网讯 记者 方哲 通讯员 黄一帆 5月30日…, or a line of its own: 通讯员 宁小川
_BYLINE_OPEN = re.compile(
    r"(?m)(?:^|讯|电)[ \t\u3000]*(?:本报|本台|本网)?(?P<role>记者|通讯员|特约记者)(?:[ \t\u3000]|(?=[\u4e00-\u9fff·]{2,6}(?:报道|摄)))"
)
_PROFILE = re.compile(r"(?m)^[ \t\u3000]*(?P<name>[\u4e00-\u9fff·]{2,8})[,，](男|女)[,，]")
# …or a life story opening with its subject: 李克农，1899年出生于安徽巢县 (the birth first: fast)
_BIRTH = re.compile(r"[,，]\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生于|生在)")
_BIO_NAME = re.compile(r"(?:^|(?<=[。\s]))[\u4e00-\u9fff·]{2,8}$")
_BYLINE = re.compile(
    r"(?P<role>特约记者|见习记者|实习生|记者|通讯员|撰稿|摄影|摄|文|图|责任编辑|编辑|责编|审核|校对)\s*[:：/]?\s*"
)
_BYLINE_SLASH = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,8})\s*/\s*(?P<role>文|图|摄)")
_BYLINE_ROLE = {
    "记者": "reporter", "特约记者": "reporter", "见习记者": "reporter", "实习生": "reporter",
    "通讯员": "reporter", "撰稿": "reporter", "文": "reporter", "摄影": "photographer", "摄": "photographer",
    "图": "photographer", "责任编辑": "editor", "编辑": "editor", "责编": "editor", "审核": "editor", "校对": "editor",
}
_BYLINE_AFTER = ("记者", "通讯员", "摄影", "摄", "报道", "实习生", "/")
_CUE_AFTER = re.compile(r"主持|出席|参加|列席|请假|陪同|强调|指出|表示|讲话|要求|在讲话中|在会上|传达|宣读|作了?(重要|专题|交流|表态)?(讲话|辅导|发言|汇报)|发言(?!人)|同志"
                        r"|告诉(?:记者|我们|本台|我)|说[，,：:]|(?:会见|会谈|会晤)时在座|所在的")  # 赵兴华告诉我们, 李刚说，: a person interviewed; 王五会见时在座; 胡玉财所在的社区
# (发言人 is a title, not the verb: 白宫法|发言人卡尼, a body's name typed wrong, is no person)


def _name_tagged(w: str) -> bool:
    """Whether the dictionary tags ``w`` a name (秀英, 海涛, 德华): a given name, not a word, after a surname."""
    return lexicons.common_words().get(w, "")[:2] in ("nr", "nz")


def _common_word(w: str, min_freq: int) -> bool:
    """A word of jieba's dictionary at least this frequent, not tagged a name."""
    tag = lexicons.common_words().get(w)
    return tag is not None and not tag.startswith("nr") and lexicons.word_frequency(w) >= min_freq


def _plain_word(w: str, min_freq: int) -> bool:
    """A word of jieba's dictionary at least this frequent, tagged neither a name nor a place
    (丝带, 有点; not 连山, a place that is also a given name)."""
    tag = lexicons.common_words().get(w)
    return tag is not None and not tag.startswith(("nr", "ns", "nz")) and lexicons.word_frequency(w) >= min_freq


def _find_all(text: str, word: str) -> list[int]:
    """Every position where ``word`` starts in ``text``."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _word_like(name: str) -> bool:
    """A frequent entry of jieba's dictionary, whatever its tag (凯歌, 史诗, 弘扬 are tagged as
    names there), or a name ending in a conjunction (英雄和|烈士)."""
    return (len(name) == 2 and lexicons.word_frequency(name) >= 100) or name[-1] in "和与及"


# Words of the internet age that jieba's dictionary lacks or holds as rare (微博 0, 截图 16): never a name's syllables.
_NEW_MEDIA_WORDS = ("微博", "微信", "截图", "截屏", "点赞", "抖音", "公众号", "二维码", "朋友圈", "短视频", "网购", "自拍")


def _phrase_within(span: str) -> bool:
    """Whether ``span`` is, or holds, an idiom, set phrase or state word of the dictionary (大饱眼福: 饱眼福, 奔小康),
    or a word of the internet age (志愿者|微博截图): a phrase after a designation (市民|大饱眼福), never a transliterated name."""
    return any(w in span for w in _NEW_MEDIA_WORDS) or any(
        lexicons.common_words().get(span[i:j], "x")[0] in "ilz" for i in range(len(span) - 2) for j in range(i + 3, len(span) + 1))


def _compound_designation(text: str, start: int, p: int) -> bool:
    """Whether the designation at ``start:p`` and the next character make one noun of the dictionary
    (居民楼, 老师傅): a thing named after the people, no name after them."""
    return lexicons.common_words().get(text[start : p + 1], "x")[0] == "n" and not lexicons.common_words()[text[start : p + 1]].startswith("nr")


def _acts(text: str, word: str) -> bool:
    """Whether the story has ``word`` before a frequent verb somewhere (布朗|引发关注): a person
    who acts, where a word of the dictionary that is also tagged a name (福祉) never does."""
    return any(grammar.verb_after(text, i + len(word)) for i in grammar.occurrences(text, word))


def _acts_at_edges(text: str, word: str, abroad: bool = False) -> bool:
    """Whether ``word`` has a clear right edge or a verb after each of its occurrences and a verb
    after one (黑人青年布朗|遭…，…布朗|引发): a name that acts, read in one walk of them. In a story of a
    foreign state (``abroad``) the clear edges suffice (黑人青年布朗|的…，黑人青年布朗|在…遭)."""
    verbs = [(grammar.verb_after(text, i + len(word)), i) for i in grammar.occurrences(text, word)]
    return (abroad or any(v for v, _ in verbs)) and all(v or grammar.right_strength(text, i + len(word)) >= 1 for v, i in verbs)


def _prince_not_named(name: str) -> bool:
    """Whether the words before 王子 are no prince's name: a place or state (阿布扎比王子), or a phrase
    opening with a verb (载着查尔斯)."""
    return name in lexicons.places() or bool(lexicons.country_at(name)) or _opens_with_word(name) or any(
        name.startswith(c) or name.endswith(c) for c in ("阿布扎比", "迪拜", "沙特", "卡塔尔", "巴林", "约旦", "科威特")) or re.search(r"[着了过]", name) is not None


def _joined_parties(part: str) -> bool:
    """Whether ``part``, before a —— inside a meeting's name, is a state or region joined to the next
    (中国——中东欧国家领导人会晤, 中国——东盟博览会), not a lead-in phrase."""
    return part in lexicons.places() or lexicons.country_at(part) == part or part.startswith(grammar.REGIONS) and len(part) <= 6


def _opens_with_word(name: str) -> bool:
    """Whether a would-be name opens with a word of jieba's dictionary, whatever its tag
    (教师|上台领, 同胞|福祉和): a phrase, not a surname and given name."""
    return lexicons.word_frequency(name[:2]) >= 30


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[、等，,。；;])")
_MANNER_ITEM = re.compile(r"[\u4e00-\u9fff]{2}(?=地[\u4e00-\u9fff])")  # 普惠、公平地享受: a list of manners closed by 地


_LOCATIVE_END = frozenset("边旁畔侧岸里上下内外前后")  # 河边, 路旁, 村里, 海上: where, not who (not 中: 东方, 海中 are given names too)


def _place_word(given: str) -> bool:
    """Whether a listed name's given part is a place word of the dictionary (黄河|边: tagged s, ending in a locative),
    not a given name the tag also covers (张|东方, 王|海中)."""
    return given[-1] in _LOCATIVE_END and lexicons.common_words().get(given, "").startswith("s")


_YOUNG_CALLED = ("小伙子", "小伙", "年轻人", "小姑娘")  # …的小伙子叫X: a young person, then the name (姑娘 is a designation)
_ONE_CALLED = ("一位", "这位", "那位", "每位")  # 一位名叫X: a person counted (not 单位, 岗位, 学位名叫: a thing's name)


@lru_cache(maxsize=2)
def _called_people(text: str) -> tuple[re.Match[str], ...]:
    """名叫, 叫 or a dash after a person (一位, 老人, 村民, 小伙子, 名字叫): the name comes next (not 这种药品名叫|贺普丁,
    网名叫|…, 发祥地——|酒泉卫星发射中心, 大家叫|好)."""
    out = []
    for m in _CALLED.finditer(text):
        s = m.start()
        counted = m.group()[0] == "名" and (text[s - 2 : s] in _ONE_CALLED or text[s - 1 : s] == "一")  # 一位|名叫, 一|名叫
        after_person = _PERSON_NOUN.search(text, max(0, s - 6), s) is not None  # 老人名叫, 男子——
        designated = any(d.end() == s for d in _DESIGNATION.finditer(text, max(0, s - 6), s))  # 村民——
        if m.group() == "叫":  # 护士叫|郑某，, 小伙子叫|王某，, 他的名字叫|肖某: who they are, then the name (not 大家叫|好，)
            designated = designated or text.endswith(("名字", *_YOUNG_CALLED), 0, s)
        if counted or after_person or designated:
            out.append(m)
    return tuple(out)


def _thing_listed(text: str, p: int) -> bool:
    """Whether the list item at ``text[p]`` is, whole, a plain noun of the dictionary (木偶戏, 剪纸), or a
    word before 地 (公平地): a list of things or manners, not of people (not 男中音歌唱家X: a calling before the next name)."""
    m = _LIST_ITEM.match(text, p)
    if m is None and (m := _MANNER_ITEM.match(text, p)) is not None:
        return _common_word(m.group(), 100)  # 困难群众普惠、|公平地: how they get it, not who
    return m is not None and lexicons.common_words().get(m.group()) == "n"


def _inside_word(text: str, start: int) -> bool:
    """Whether the characters before ``start`` and the one at it form a dictionary word; a former's
    前/原 after a clause edge opens the title, no word (，前文部科学相X: not 前文)."""
    if text[start - 1 : start] in ("前", "原") and (start == 1 or text[start - 2] in HARD or text[start - 2] == "、"):
        return False
    words = lexicons.common_words()
    return any(text[start - k : start + 1] in words for k in (1, 2) if start - k >= 0)


def _floor(text: str, pos: int, lower: int) -> int:
    """Start of the clause that ends at ``pos`` (after the last hard punctuation); a short
    quoted word inside a title (英国“脱欧”事务大臣, 副主席、“中宗和”…主席) does not end the clause."""
    i = pos
    while True:
        while i > lower and text[i - 1] not in HARD and text[i - 1] != " ":
            i -= 1
        if i < pos and i - 1 > lower and text[i - 1] == "”":
            o = text.rfind("“", max(lower, i - 12), i - 1)
            if o > lower and ("\u4e00" <= text[o - 1] <= "\u9fff" or text[o - 1] in "、，,") and not any(c in HARD for c in text[o + 1 : i - 1]):
                i = o
                continue
        if i < pos and i - 1 > lower and text[i - 1] == "）" and "（" in (state := lexicons.country_before(text, i)) and i - len(state) >= lower:
            i -= len(state)  # 刚果（金）总统: the bracket closes a state's name, not the clause
            continue
        if i < pos and i - 1 > lower and (o := grammar.bracket_in_body(text, i)) > lower:
            i = o  # 印度共产党(马克思主义)|总书记: the bracket is part of a body's name, not the clause's end
            continue
        return i


def _line_start(text: str, pos: int) -> int:
    """Start of the line ``pos`` is on, after its indent."""
    i = text.rfind("\n", 0, pos) + 1
    while i < pos and text[i] in " \u3000":
        i += 1
    return i


_STATE_ABBR = grammar.STATE_ABBR


def _listed_between(text: str, p: int, known: frozenset[str]) -> int | None:
    """End of a surname and two characters between two 、 of a titled list whose next member is a
    name, where the grammar alone refuses the given name (代表张三、王欣会、李四: 会 closes no name
    elsewhere); None for a word or anything longer (常委会, 理事会)."""
    q = p + 3
    if grammar.list_member_end(text, p) != q or not text.startswith("、", q) or grammar.name_end(text, q + 1, known) is None:
        return None
    name = text[p:q]
    return None if name in lexicons.common_words() or _opens_with_word(name) or _plain_word(name[1:], 30) else q


def _foreign_member_end(text: str, p: int, chain: list[Title], known: frozenset[str]) -> int | None:
    """End of a transliterated member of a foreign title's list, closed by 、 or a comma (美国参议员X、Y、图米，):
    no surname opens it, so name_end refuses it; None under a title of our own, or for a word."""
    if not chain or not _foreign_title(chain[-1]) or (q := grammar.foreign_name_end(text, p, known)) is None or text[q : q + 1] not in ("、", "，", ","):
        return None
    name = text[p:q]
    if name in lexicons.places() or name.endswith(_THING_ENDS) or _THINGS_LISTED.match(text, q):
        return None  # 总理X、|瓜达尔港，卡拉奇等地, 总统X、|推特，脸书等社交媒体平台: a place or a thing, then a list of such
    return None if len(name) > 5 or name in lexicons.common_words() or _opens_with_word(name) or _phrase_within(name) else q


# The ends of places and things, never of a transliterated name (瓜达尔港, 某某平台)
_THING_ENDS = ("港", "岛", "湾", "河", "湖", "山", "城", "省", "州", "市", "县", "区", "镇", "村", "站", "平台", "网", "网站", "公司", "集团")
# A list of things or places closed by 等 (，脸书等社交媒体平台, ，卡拉奇等地): what the members before it are too
_THINGS_LISTED = re.compile(r"[、，,](?:[^，,。；;、等]{1,8}[、，,]){0,4}[^，,。；;、等]{1,8}等(?:地|[\u4e00-\u9fff]{0,6}?(?:平台|媒体|网站|地区|城市|国家|港口|企业|公司|机构|组织|地方|品牌|产品|应用|软件))")


def _title_opens(text: str, p: int) -> bool:
    """Whether a whole title starts at ``p`` (、香港特区行政长官X), its first role within 16 characters and
    no list mark, 和 or 等 before it: what may follow a shared seat's pair after 、, unlike a list of people."""
    m = _role_follow_re().search(text, p, p + 16)
    return m is not None and not set(text[p : m.start()]) & set("、，,。；;和及等") and grammar.split_title(text[p : m.end()]) is not None


_KIN_ADDRESS = frozenset({"大爷", "大妈", "大娘", "大叔", "大婶", "大姐", "大哥", "大嫂", "阿姨", "阿婆", "奶奶", "爷爷", "婆婆", "老汉", "叔叔"})  # 韩|大爷
_SUBJECT_GRADE = re.compile(r"(?<=[学院校中小园系部])" + grammar.SCHOOL_SUBJECT_GRADE + "$")
_COUNTED_PEOPLE = re.compile(rf"(?:{NUMERAL}|几|多|数|两)+[多余]?[位名][^，,。；;、]{{0,4}}$")  # 十几位|教师, 7位80后|教师: a count of people before their role


_OBJECT_OPENS = frozenset("向跟")  # prepositions whose object is a person, before the verb (向发言人求证, 跟部长请教)


def _verb_of_object(text: str, s: int, p: int, q: int) -> bool:
    """Whether ``text[p:q]``, right after a title that a preposition opens at ``s`` (向X发言人|求证，), is the
    clause's verb: a verb of the dictionary that closes the clause, where a name would need a verb after it."""
    return (text[s - 1 : s] in _OBJECT_OPENS and text[q : q + 1] in "，,。；;！!？?"
            and lexicons.common_words().get(text[p:q], "")[:1] == "v")


def _foreign_husband(text: str, i: int, hits: dict[int, PersonHit]) -> bool:
    """Whether the name right before ``和夫人`` at ``i`` is a foreign one: written with a dot, or
    titled elsewhere in the story by another state's title (希腊总统帕夫洛普洛斯 … 帕夫洛普洛斯和夫人)."""
    return any(
        len(h.name) >= 2 and text.startswith(h.name, i - len(h.name)) and ("·" in h.name or any(t.org and lexicons.country_at(t.org) not in ("", "中国") for t in h.titles))
        for h in hits.values())


_TAKING_POST = re.compile(r"(?:担任|出任|就任|兼任|任|当选为?|身为)$")  # what opens a clause of holding a post (担任…主席时)


_ROYAL_AFTER_WANG = frozenset("子妃储后室宫族")  # 王子, 王妃, 王储, 王后, 王室, 王宫, 王族: words that open with a king's 王


@lru_cache(maxsize=64)
def _all_matches(rx: re.Pattern, text: str) -> tuple[re.Match, ...]:
    """Every match of ``rx`` in ``text``, kept: the recogniser's second person pass over a story (with the
    names its first pass confirmed) scans for the same cues, which depend on the text alone."""
    return tuple(rx.finditer(text))


@lru_cache(maxsize=2)
def _names_abroad(text: str) -> bool:
    """Whether the story names a foreign state: one scan a text, for both person passes."""
    return lexicons.country_re(foreign=True).search(text) is not None


def _find_persons(text: str, meta: tuple[tuple[int, int, str], ...], known: frozenset[str]) -> list[PersonHit]:
    hits: dict[int, PersonHit] = {}
    meta_spans = [(s, e) for s, e, _ in meta]
    abroad = _names_abroad(text)

    def in_meta(p: int) -> bool:
        return any(s <= p < e for s, e in meta_spans)

    # 1. titled names: a role word, then a name with a clear right edge.
    for m in _all_matches(_role_follow_re(), text):
        p = m.end()
        if text.startswith("官", p) and text[p - 2 : p] == "部长":
            p += 1  # 韩国统一部|长官柳吉在: a Korean minister is the 长官 of a 部, not its 部长
        if p in hits or in_meta(p) or text[p : p + 1] in ("会", "台", "团", "级", "国", "府", "馆") or text.startswith(("候选人", "人选", "官邸", "理事会", "委员会", "联合会", "协会", "峰会", "班子", "一职", "两职"), p):
            continue  # 常委会, 委员会主任, 主席台, 主席国, 总统府, 领事馆, 副总统候选人, 总统官邸: not a title before a name
            # (领导人|峰会, 常委|班子均已…, 主席|两职: the meeting, team or posts of the holders, no name)
        if text[p - 1] == "王" and text[p : p + 1] in _ROYAL_AFTER_WANG:
            if (m := _role_follow_re().match(text, p - 1)) is None:
                continue  # 英国|王子X, 泰国|王后: 国王 read across a state's 国 and a royal word, no king before a name
            p = m.end()  # 英国|王储X: the royal title is the role
        floor = _floor(text, p, max(0, p - 80))
        chain = grammar.title_chain(text, floor, p)  # no title chain is longer
        if chain and chain[0].start == floor and text[floor - 1 : floor] in ("，", ",") and (
                envoy := grammar.title_chain(text, above := _floor(text, floor - 1, max(0, floor - 40)), floor - 1)) and (
                envoy[-1].role in _ENVOYS or ((_PARTY_RANK.fullmatch(envoy[-1].text) or len(envoy) == 1 and envoy[0].role == "成员" and envoy[0].org) and envoy[0].start == above and (above == 0 or text[above - 1] in "。！？\n：:"))):
            chain = envoy + chain  # 国家主席习近平特别代表，中共中央政治局常委…X: the envoy's own titles follow his mission; 中共中央政治局常委，全国政协主席X,
            # 中央宣讲团成员，民政部副部长X: the rank or membership opening the sentence is his too
        elif chain and chain[0].start == floor and text[floor - 1 : floor] == " " and (
                lined := grammar.title_chain(text, above := _line_start(text, floor - 1), floor - 1)) and lined[0].start == above:
            chain = lined + chain  # a list one leader a line, 马来西亚国民阵线主席 政府总理 X: the titles before the space are his too
        chain = _one_holder(_after_names(text, chain, hits))
        if chain and chain[0].text in _RANKS_AFTER_NAME and any(h.end == chain[0].start and h.titles for h in hits.values()):
            chain = chain[1:]  # 代表吴海龙|大使、常驻…代表俞建华: the rank is the name's before it
        if not chain or chain[-1].end != p:
            continue
        if len(chain) == 1 and not chain[0].org and chain[0].role in _FOREIGN_ONLY_ROLES and (state := _story_state_abbr(text, chain[0].start)):
            chain = [Title(state + chain[0].role, state, chain[0].role, chain[0].start - 1, chain[0].end)]  # 会见罗|总统X after 罗马尼亚
        lone = len(chain) == 1 and grammar.is_bare_role(chain[0])
        if len(chain) == 1 and not chain[0].org and _NAME_TITLE.fullmatch(chain[0].role) and chain[0].role not in _HEAD_TITLES and _name_before(text, chain[0].start, known) \
                and not (chain[0].role == "第一书记" and any(_village(text[max(0, chain[0].start - k) : chain[0].start], known) for k in (2, 3))):
            continue  # 习近平总书记|贺信, 习主席|时共: the title follows its holder, no name comes after it
        if len(chain) == 1 and _NAME_TITLE.fullmatch(chain[0].role) and chain[0].role not in _HEAD_TITLES and any(
                chain[0].org[-k:] in known for k in (2, 3, 4) if len(chain[0].org) > k):
            continue  # 学习习近平总书记|兰考讲话: the title's would-be body ends in its known holder, no name comes after it
        if lone and chain[0].role in _TEACHING and (_TEACHES.search(text, max(0, chain[0].start - 2), chain[0].start) or _LANGUAGE.match(text, p)):
            continue  # 正在教授|汉语, 给学生教授|英语: the calling is the verb "teach", its object follows
        if lone and _inside_word(text, chain[0].start):
            continue  # 起诉书|记载: the role word is part of another word
        if chain[-1].role in grammar.TEACHERS and _COUNTED_PEOPLE.search(text, max(0, chain[-1].start - 8), chain[-1].end - len(chain[-1].role)):
            continue  # 十几位教师|上台领奖: teachers counted, no name after them
        while text[p : p + 1] in (" ", "\u3000") and p < m.end() + 2:
            p += 1  # a list set as "柬埔寨国王 西哈莫尼", one a line
        if chain[0].text == _PARTY_LEADER and len(chain) == 1 and text[chain[0].start - 1 : chain[0].start] not in ("）", ")", "”") and not any(
                text[p : p + k] in known for k in (2, 3, 4)):
            continue  # 总书记|问得详细, 学习总书记|贺信: 总书记 alone stands for the leader named before, a name after it is one known (not 共产党（马列）总书记X: the party's name ends in brackets; but 由总书记X率领的越共代表团 too: a post there would read as the CPC's)
        if _role_follow_re().match(text, p) or text.startswith(_OPENS_NO_NAME, p):
            continue  # 部长|顾问称, 副总理|兼…特使: the title goes on
        q, japan_lone = None, False
        if chain[-1].org.startswith("日本") or chain[-1].role in _JAPANESE_ROLES:
            q = grammar.japanese_name_end(text, p)  # 日本首相岸田文雄: no Chinese surname to start from
        elif chain[-1].org.startswith(("韩国", "朝鲜")) or (chain[0].org.startswith(("韩国", "朝鲜")) and all(c.org for c in chain)):
            q = grammar.korean_name_end(text, p)  # 韩国总统文在寅: 在 is a syllable here (朝鲜劳动党…候补委员、某部副部长金与正 too)
        if q is None and (_foreign_title(chain[-1]) or _foreign_title(chain[0])):  # 罗马尼亚…基金会主席、前总理X
            # 南非总统拉马福萨: no surname to start from; a body of a nationality named as a state is (蒙古族…乡党委原书记杨宇新|套取),
            # a Chinese name read first (but 蒙古族自治县委原统战部长尖措: no surname, read as syllables)
            q = (_NATIONALITY.match(chain[-1].org) and grammar.name_end(text, p, known)) or grammar.foreign_name_end(text, p, known)
        elif q is None and "”" in chain[-1].org and (q := grammar.foreign_name_end(text, p, known)) is not None and (q - p < 3 or re.search(NUMERAL, text[p:q])):
            q = None  # “国民军”领导人|哈夫塔尔 (a quoted body is mostly foreign), but never 代表|荣获, 主席|一职
        elif q is None and (chain[-1].role in _FOREIGN_ONLY_ROLES or chain[-1].org.startswith(lexicons.ARMED_GROUPS)) and (
                q := grammar.foreign_name_end(text, p, known)) is not None:  # 塔利班发言人穆贾希德: an armed group abroad, as a foreign state's
            before = text[chain[0].start - 1 : chain[0].start]
            if "之" in text[p:q] or (q - p == 2 and text[p] in "入访来赴抵离回返到") or any(_common_word(w := text[i : i + 2], 20) and lexicons.common_words()[w][:2] not in ("ns", "nz") for i in range(p, q - 1)) or (
                    lone and "\u4e00" <= before <= "\u9fff" and before not in "的和与及前代任由被对向同据以" and not _ADDRESSED.search(text, max(0, chain[0].start - 2), chain[0].start)
                    and not (text[p:q] in known and not _OVERTHROWN.search(text, max(0, chain[0].start - 2), chain[0].start) and not text.startswith(_REGIME, q))):  # 前总统|朴正熙之女, 前总统|入俄 (but 由|首相洪森领导的, 会见|总统X)
                q = None  # (希望副总统|马杜罗成为: a known name after the role is its holder) 议长|席位上: words (a place of the dictionary is a syllable pair: 拉马|福萨), not a transliteration; 道尔吉总统|谈得很好: the role follows its holder
        if q is None:
            q = grammar.name_end(text, p, known, extra=_ACADEMIC_AFTER, titled=not lone)  # after a lone 总统, 主任: no common words; 顾问X|院士表示
            if q is not None and text[q : q + 1] in grammar.SYLLABLE_NEXT and (f := grammar.foreign_name_end(text, p, known)) is not None and f > q + 1 and _told_again(text, p, f):
                q = f  # 前外长施泰|因迈尔获得…，施泰因迈尔当选: 因 is a syllable of a name the story gives again whole
            if q is None and not lone and _foreign_title(chain[-1]) and _word_name_told_again(text, p):
                q = p + 3  # 越南常务副总理张和平、…。张和平表示: a state's full title vouches for a name that is a word too
        if q is None and not lone and (fig := next((text[p : p + k] for k in (4, 3) if text[p : p + k] in lexicons.public_figures()), "")) and (
                lexicons.common_words().get(text[p + len(fig) : p + len(fig) + 2], "x")[0] in "vda" and not _common_word(text[p + len(fig) - 1 : p + len(fig) + 1], 100)
                or _ORDINAL_TIMES.match(text, p + len(fig))):
            q = p + len(fig)  # 全国政协主席贾庆林|圆满结束访问: a public figure's whole name after his title, before an adverb, adjective or verb
        if q is None and not chain[0].org.startswith(grammar.ORG_START) and _KOREA.search(text, max(0, text.rfind("。", 0, chain[0].start)), chain[0].start) and (
                k := grammar.korean_name_end(text, p)) is not None and _told_again(text, p, k):
            q = k  # 韩国市民团体…呼吁逮捕…三星电子副会长|李在镕…，李在镕承认: a Korean sentence, 在 a syllable (never 中国…副总理刘在明)
        if q is None and not lone and grammar.right_strength(text, p + 3) == 3 and lexicons.common_words().get(text[p : p + 2], "").startswith("nr") and (
                "\u4e00" <= text[p + 2 : p + 3] <= "\u9fff"):
            q = p + 3  # 副主任委员乌日图、: a name the dictionary opens (乌日), whole before punctuation, though 日 is rare in a given name
        clause_state = False
        lone_abroad = False  # 亚美尼亚总统X会见…和军方总参谋长|加斯帕良: a bare role in a clause that names a foreign state
        if q is None and (not lone and (_country_in_clause(text, chain[0].start) or _delegation_state_after(text, chain[0].start)) or lone and (
                _after_foreign_member(text, chain[0].start, hits) or (lone_abroad := _country_in_clause(text, chain[0].start)))) and (
                q := grammar.foreign_name_end(text, p, known)) is not None:
            clause_state = not lone  # 俄罗斯联邦会议联邦委员会主席|马特维延科和国家杜马主席|纳雷什金的: a body of the state the clause names
            if any(_common_word(w := text[i : i + 2], 20) and lexicons.common_words()[w][:2] not in ("ns", "nz") for i in range(p, q - 1)) or any(
                    c in "一了的是在和与及" for c in text[p:q]) or (lone_abroad and q - p < 3):
                q = None  # 外交部长|一职, 组织部长|作了: words, not syllables; 总参谋长|互要: two characters after a bare role are no sure name
        if q is None and not lone and _country_in_sentence(text, chain[0].start) and (f := grammar.foreign_name_end(text, p, known)) is not None and f - p >= 3 and not (
                any(_common_word(text[i : i + 2], 20) for i in range(p, f - 1)) or re.search(NUMERAL + "|[的了是在和与及对向把被将]", text[p:f])):
            q, clause_state = f, True  # 俄罗斯新一届政府…，外交部长|拉夫罗夫、…留任: the state an earlier clause of the sentence names, three syllables or more
        if q is None and _after_foreign_head(text, chain[0].start, hits) and (f := grammar.foreign_name_end(text, p, known)) is not None and (
                f - p >= 3 or _told_again(text, p, f)) and not (
                any(_common_word(text[i : i + 2], 20) for i in range(p, f - 1)) or re.search(NUMERAL + "|[的了是在和与及对向把被将]", text[p:f])):
            q, clause_state = f, True  # 爱尔兰总统X，|总理、统一党领袖肯尼，…: the next of a list of one state's leaders after a comma, its state shared
        if q is None and lone and (f := grammar.foreign_name_end(text, p, known)) is not None and f - p >= 3 and _told_again(text, p, f) and not (
                any(_common_word(text[i : i + 2], 20) for i in range(p, f - 1)) or re.search(NUMERAL + "|[的了是在和与及对向把被将]", text[p:f])):
            q = f  # 发言人玛丽哈夫|为什么…，哈夫则…: a transliterated name after a lone role, its tail or itself opening a clause again
        if q is None and lone and grammar.hyphenated_name_at(text, p) and (f := grammar.name_end(text, p, known)) is not None and _SEPARATED.search(text, p, f):
            q, clause_state = f, True  # 、首相托宁－施密特: a lone role vouches for a name its hyphens join, its post only where it starts whole (not 反恐事务|顾问)
        if q is None and not lone and (k := next((k for k in (3, 2) if text[p : p + k] in lexicons.minority_name_parts()), 0)) and grammar.right_strength(text, p + k) >= 3:
            q = p + k  # 原副委员长热地；: a Tibetan or Mongolian name of one part after a full title, before punctuation
        if q is None and not _foreign_title(chain[0]) and not chain[0].org.startswith(("中", "我")) and _japan_named_last(text, chain[0].start) and (
                j := grammar.japanese_name_end(text, p)) is not None and j - p >= 3 and text[p:j] not in lexicons.common_words() and text[p - 2 : p + 1] not in lexicons.common_words() \
                and not _holds_figure(text[p:j]):
            q, japan_lone = j, not any(c.org for c in chain)  # 森友学园理事长笼池泰典|是, 担当大臣稻田朋美|先后: a title with no state of its own, Japan the last state named
            # (not 中方代表|据理力争: an idiom, and China's side; not 司令|官鹰森孝: a word runs across the role's end); after a title with no body (…国会对策|委员长X) the person only, the title read is cut
        if q is None or p in hits or grammar.company_follows(text, q):
            continue  # 行业代表哈雷|—戴维森公司: a company, not a person
        if grammar.state_side(text, text[p:q], p):
            continue  # 孟加拉国…代表|孟方|致辞: the side of a state the story names, not a person
        if chain[-1].role in grammar.TEACHERS and (_opens_with_word(text[p:q]) or text[q - 1] in "队团组班"):
            continue  # 干部教师|宣讲队: a team of teachers, or words, after an occupation (not 某中学教师|陈果)
        if q - p == 3 and text[p + 1 : q] in _KIN_ADDRESS:
            continue  # 退休教师|韩大爷: a surname and how he is addressed, no name
        if text[p] in "时后" and _TAKING_POST.search(text, max(0, chain[0].start - 3), chain[0].start):
            continue  # 1937年担任某委员会主席|时冒着…, 当选总统|后首度出访: the time he held or took the post, no name
        if _verb_of_object(text, chain[0].start if chain else p, p, q):
            continue  # 向外务省发言人|求证，: the title is the preposition's object, the verb of the clause follows it
        if text[p] in "同与和跟" and text.startswith(lexicons.foreign_centres(), p + 1):
            continue  # 国家主席同|古共中央第一书记: a preposition, then another state's party, no name
        if q - p == 2 and text[p] in "同与和跟及" and (_role_follow_re().match(text, q) or _title_opens(text, p + 1)):
            continue  # 总统和|习主席, 局长和|俄对外情报局局长: the conjunction joins a second titled holder, no surname
        if text.startswith(grammar.APPOINTS, p):
            continue  # 马里总统|任命新总理: the verb of appointing after the title, no surname and given name
        if chain[-1].role.endswith("领导人") and not chain[-1].org.startswith("“") and (r := _role_follow_re().search(text, q, q + 12)) and re.fullmatch(r"[\u4e00-\u9fff]+", between := text[q : r.start()]) and not (
                grammar.ORG_BAD.search(between) or set(between) & set("为向和与及并")):
            continue  # 利比亚前领导人卡扎菲|情报部门负责人塞努西: the leader names whose the next title is
        if text.startswith("》", q) and text.rfind("《", 0, p) > text.rfind("》", 0, p):
            continue  # 《内罗毕部长宣言》: the end of a work's title, not a person
        if text.startswith("？", q) and "\u4e00" <= text[q + 1 : q + 2] <= "\u9fff":
            continue  # 蒂姆？格罗泽: a separator lost in the source, the name would be cut
        if chain[-1].role.endswith("长") and text[q - 1] in "镇乡村市县区":
            continue  # 大兴区长|子营镇, 洛杉矶县长|滩市: the role's 长 opens a place name
        if text[q - 1] == "舰" or text.startswith("舰", q) and not text.startswith("舰长", q):
            continue  # 访问编队长|春舰, 编队|长春舰: a ship's name, no person
        if chain[-1].role.endswith("长") and any(text[p - 1 : p + k] in lexicons.places() and text[p + k : p + k + 1] in _JOINER for k in (1, 2)):
            continue  # 大赛第二站长|沙·芙蓉站: the role's 长 opens a city (长沙) that a dot joins to a venue
        if text[p - 1 : p + 1] == "人民":
            continue  # 党领导人|民治藏: 领导人民, the role's 人 opens 人民
        if (topic := _TOPIC_PAIR.match(text, q)) is not None and grammar.any_role().match(text, topic.end()):
            continue  # 秘书长|西非和萨赫勒问题特别代表: a place opens the topic of the next title, no name
        if any(not lexicons.common_words().get(text[p - 1 : p + k], "nr").startswith("nr") for k in (2, 3)):
            continue  # 四省藏区长|治久安: a word of three or four characters (长治久安) runs across the title's end (a name, 王阿尔, is no such word: 亲王|阿尔贝)
        if chain[0].start > 0 and text[chain[0].start - 1] == "、" and _country_item(text, chain[0].start - 1):
            chain = []  # 朝鲜、越南、老挝统一战线组织代表团团长杨哲式、阮友勇: one title per country, not the last one's for all
        if japan_lone:
            hits[p] = PersonHit(p, q, text[p:q], (), "cue")
            continue
        if clause_state and not _title_edge(text, chain[0].start, hits):
            hits[p] = PersonHit(p, q, text[p:q], (), "cue")  # 中俄能源|合作委员会俄方主席, 战略和|情报部长: the title is cut from a longer one; the person, no post
            continue
        if chain and text.startswith("院士", q) and not text.startswith("院士团队", q):
            chain = chain + [Title("院士", "", "院士", q, q + 2)]  # 首席科学家X|院士: the academician's rank written after a titled name is his too
        hits[p] = PersonHit(p, q, text[p:q], tuple(chain), "title" if chain else "group")
        for t in chain:
            if t.role in _ENVOYS and (sender := _envoy_sender(text, t, known)) is not None and sender.start not in hits:
                hits[sender.start] = sender  # 国家主席习近平特使、国务院副总理X: the sender holds the title before his name
        # an enumeration sharing the chain: 市委常委王五、赵六出席
        r = q
        if (note := grammar.PERSON_NOTE.match(text, r)) is not None and text.startswith("、", note.end()):
            r = note.end()  # 副委员长李建国、严隽琪(女)、王晨: a note of sex or nationality after a member
        listed: list[int] = []
        while r < len(text) and text[r] == "、":
            r2 = grammar.name_end(text, r + 1, known) or _listed_between(text, r + 1, known) or _foreign_member_end(text, r + 1, chain, known)
            nxt = text[r + 1 : r + 8]
            if r2 is None or grammar.split_title(nxt[: r2 - r - 1]) or _role_follow_re().match(text, r + 1) or _role_follow_re().match(text, r2):
                break  # …外长法比尤斯、高教|部长菲奥拉索: a role after the member starts a title of its own
            if len(lexicons.country_at(text, r + 1)) > r2 - r - 1:
                break  # 国王威廉-亚历山大、|法兰西共和国总统X: a state opens the next title, no member
            if text[r + 1 : r2] in _province_names():
                break  # 旗委书记X、|广西都安县委书记Y: a province opens the next member's title, no member
            if grammar.parse_title(text, r + 1, min(len(text), r2 + 4)) is not None and _role_follow_re().match(text, r2):
                break
            if text.startswith(lexicons.org_suffixes(), r2) and _title_opens(text, r + 1):
                break  # …主席X、|鲍尔森基金会主席Y: the name opens the next one's body, no member
            hits[r + 1] = PersonHit(r + 1, r2, text[r + 1 : r2], tuple(chain), "list" if chain else "group")
            listed.append(r + 1)
            r = r2
            if (note := grammar.PERSON_NOTE.match(text, r)) is not None and text.startswith("、", note.end()):
                r = note.end()
        if chain and listed and not _SHARED_SEAT.fullmatch(chain[-1].role) and (closing := _COUNTED_CLOSE.match(text, r)) and (
                role := grammar.any_role().search(closing["title"])) and role.group() != chain[-1].role:
            for a in listed:
                hits[a] = PersonHit(a, hits[a].end, hits[a].name, (), "group")  # 发改委主任X、Y等五位政协委员: the head's title is X's alone, the count names what all are
        # …and closed by 和/及 (全国人大代表马善祥、程桔和党永富。): a last member before a clear edge, no title of its own;
        # a pair alone only under a seat many hold (全国政协副主席X和Y、, never 国家主席X和Y nor 国家副主席X和Y)
        if (r > q or chain and _SHARED_SEAT.fullmatch(chain[-1].role) and chain[-1].org != "国家") and text[r : r + 1] in ("和", "及") and (r2 := grammar.name_end(text, r + 1, known)) is not None and (
                grammar.right_strength(text, r2) >= 2.5 and not _role_follow_re().match(text, r + 1) and r + 1 not in hits) and (
                r > q or not text.startswith("、", r2) or _title_opens(text, r2 + 1)):  # a pair alone before 、: only where a title follows (not 和郎平、朱婷等女排队员)
            hits[r + 1] = PersonHit(r + 1, r2, text[r + 1 : r2], tuple(chain), "list" if chain else "group")
    # 1a'. the one a message of congratulation goes to (致电维克拉马辛哈，祝贺他就任…): a person, no post
    for m in _all_matches(_CONGRATULATED, text):
        p = m.end()
        if p in hits or in_meta(p):
            continue
        q = grammar.name_end(text, p, known, titled=False) or grammar.foreign_name_end(text, p, known)
        if q is not None and _CONGRATULATES_HIM.match(text, q) and q - p >= 2 and not grammar.any_role().search(text, p, q) and not lexicons.country_at(text, p) and (
                text[p:q] not in lexicons.places() and not any(h.start < q and p < h.end for h in hits.values())):
            hits[p] = PersonHit(p, q, text[p:q], (), "cue")
    # 1a. a head of state's spouse (秘鲁总统夫人兰格, 李克强总理夫人程虹) or a plain person named after
    # what they are (村民王五家, 老党员赵六。): a person, no post
    wives = (m for m in _all_matches(_WIFE, text) if any(text[m.start() - k : m.start()] in known for k in (2, 3, 4)))  # 张德江夫人辛树森
    for m in (*_all_matches(_SPOUSE, text), *wives):
        p = m.end()
        if p not in hits and not in_meta(p):
            q = grammar.name_end(text, p, known)
            if q is None and m.re is _SPOUSE and (lexicons.country_re(foreign=True).search(text, max(0, m.start() - 10), m.start()) or _foreign_husband(text, m.start(), hits)):
                q = grammar.foreign_name_end(text, p, known)  # 秘鲁总统夫人兰格, 帕夫洛普洛斯和夫人弗拉西娅 (but 总理夫人程虹|同机抵达)
            if q is None and (husband := next((h for h in hits.values() if h.end == m.start() and 2 <= len(h.name) <= 3), None)) is not None and (
                    text[p] == husband.name[0] and text[p + 1] in lexicons.surnames()) and (r := grammar.name_end(text, p + 1, known)) is not None and r - p in (3, 4):
                q = r  # 梁振英和夫人|梁唐青仪: a wife named with her husband's surname before her own (the custom of Hong Kong)
            if m.re is _WIFE and q is not None and (text[p:q] in lexicons.common_words() or text[p] not in lexicons.surnames()):
                continue  # 特朗普夫人|同机抵达: a word, no wife's name
            if q is not None and not _SEPARATED.search(text, p, q) and not any(h.start < q and p < h.end for h in hits.values()):
                # (a spouse's full foreign name would take her husband's short form: 总督约翰斯顿)
                hits[p] = PersonHit(p, q, text[p:q], (), "cue")
    for h in list(hits.values()):  # 美国前总统尼克松|外孙|考克斯: the kin named after a titled name, a person with no post
        if (kin := _KIN_AFTER.match(text, h.end)) is None or (p := kin.end()) in hits or in_meta(p):
            continue
        foreign = bool(h.titles) and _foreign_title(h.titles[-1])
        q = (_foreign_kin_end(text, p, known) if foreign else None) or grammar.name_end(text, p, known) or (grammar.foreign_name_end(text, p, known) if foreign else None)
        if q is not None and not any(o.start < q and p < o.end for o in hits.values()):
            hits[p] = PersonHit(p, q, text[p:q], (), "cue")
    ages = [m for i in _find_all(text, "岁的") if (m := _AGE.search(text, max(0, i - 3), i + 2))]  # a literal first: fast
    for m in (*_all_matches(_DESIGNATION, text), *_all_matches(_QUOTED_DESIGNATION, text), *_all_matches(_RENOWNED, text), *ages, *_all_matches(_BORN, text), *_all_matches(_FROM_PLACE, text), *_all_matches(_PERFORMER, text), *_called_people(text)):
        p = m.end()
        if p in hits or in_meta(p) or text.startswith("们", p):
            continue  # 队员们|用…, 村民们|都会…: the plural, a group, no name follows
        if m.group() == "队友" and text[m.start() - 1 : m.start()] == "接":
            continue  # 接队友|妙传, 接队友|横传: the teammate's pass one receives, no name follows
        if m.re is _DESIGNATION and _compound_designation(text, m.start(), p):
            continue  # 居民楼|坠亡: the designation opens a noun, no name follows
        if text.startswith(lexicons.SPORTS, p):
            continue  # 女子|短道速滑队, 男子|花样滑冰: a sport, the event or team the designation heads, no name follows
        if m.group() in _ADDRESS and text[m.start() - 1 : m.start()] in lexicons.surnames() and not "\u4e00" <= text[m.start() - 2 : m.start() - 1] <= "\u9fff":
            continue  # ，杨老师|教得好: 老师 addresses the one its surname names, no name follows it
        whole = next((p + k for k in (4, 3, 2) if p + k <= len(text) and text[p : p + k] in known and (grammar.right_strength(text, p + k) >= 2 or (
            text[p + k : p + k + 1] in ("和", "与", "、") and grammar.name_end(text, p + k + 1, known, min_strength=2, titled=False) is not None))), None)
        # 获得者钟南山，: a name the corpus or lexicon knows (钟南山 is a place to jieba); 队友马龙|和陈梦，: before the list's next member
        japanese = m.re is _DESIGNATION and text[m.start() - 2 : m.start()] == "日本"
        if whole is None and japanese:
            whole = grammar.japanese_name_end(text, p)  # 日本选手张本智和|，: no Chinese surname to start from
            if whole is not None and _predicate_as_japanese(text[p:whole], known):
                whole = None  # 日本组合|胜出, 日本组合|均告出局: the clause's verb, no name
        q = whole or grammar.name_end(text, p, known, extra=("家", "一家", "这样的", *(_ELDERS if m.re is _AGE else ())), min_strength=2, titled=False) or _scored_end(text, p, known)  # 选手孙颖莎|以4:2
        ones = "的就也都在和是又还已曾被把将向任" + ("时" if m.re is _RENOWNED else "")  # (传承人X|向总书记介绍, 得主X|任名誉院长)  # 看望著名歌唱家吴雁泽|时, 村民黄小秀|把
        if q is None and (q := grammar.name_end(text, p, known, min_strength=1, titled=False)) is not None and (
                q - p != 3 or text[q - 1] in _AUX_LAST or text[q] not in ones and not text.startswith("为了", q) or (text[q + 1 : q + 2] in grammar.PUNCT and text[q] not in "时被")) and not (
                q - p in (2, 3) and _PLAIN_EDGE.match(text, q)) and not _DAY_THEN_SAYS.match(text, q):
            q = None  # 村民陈泽平|的家, 村民杨金鱼|就出发: a three-character name before a one-character word (not 选手张本智|和，, 环卫工阿英要|把)
        q = q or _name_before_verb(text, p, known) or (_name_before_adverb(text, p, known) if m.re is _DESIGNATION else None)  # 村民徐伟民|申请
        if q is None and "·" in text[p : p + 8] and _outlet_editor(m) is not None:
            q = grammar.name_end(text, p, known, min_strength=1, titled=False)  # 《某报》主编乔治·布朗|说, |在…指出: a dotted name after an outlet's editor, read to a weak edge
        if q is not None and q - p == 2 and text[m.start() - 1 : m.start()] == "“" and text.startswith("”", q):
            continue  # “农民主播”: a coinage the quotes hold whole, a kind of people, no one named
        if m.re is _QUOTED_DESIGNATION:
            if _HELD_BEFORE.search(text, max(0, m.start() - 4), m.start()) or q is not None and q - p == 2 and text[p] in lexicons.rare_surnames() and text.count(text[p:q]) < 2:
                continue  # 举行“军刀卫士”|军演: the quoted name of an exercise or campaign, then its kind; 军演 once, a rare surname, no name
            if q is not None and not _plain_word(text[p:q], 30) and not any(h.start < q and p < h.end for h in hits.values()):
                hits.setdefault(p, PersonHit(p, q, text[p:q], (), "group"))  # (the grammar's reading only, not “时代楷模”|李浩先进事迹, “非关键人员”|撤至乌干达: no other reading)
            continue
        if q is None and (k := next((k for k in (3, 2) if text[p : p + k] in lexicons.minority_name_parts()), 0)) and (
                grammar.right_strength(text, p + k) >= 1 or not abroad and grammar.verb_after(text, p + k, 100)):
            q = p + k  # 藏族村民巴桑|在: a Tibetan or Mongolian given name of one part (two parts are name_end's)
        paired = q is None and lexicons.common_words().get(two := text[p : p + 2], "").startswith("nr") and text.count(text[m.start() : p + 2]) >= 2 and (
            two not in lexicons.places()) and _acts_at_edges(text, two, abroad)
        if paired:
            q = p + 2  # 黑人青年布朗|遭…，…黑人青年布朗|引发: a name of the dictionary (a word too) after the same designation twice, acting once (not 同胞福祉。…同胞福祉为)
        if q is None and "-" in text[p : p + 12] and grammar.hyphenated_name_at(text, p) and (f := grammar.name_end(text, p, known)) is not None and (
                (last := _SEPARATED.split(text[p:f])[-1]) and len(last) >= 2 and text.count(last) >= 2):
            q = f  # 司机弗朗西斯科-加尔松|因涉嫌…, 加尔松最早…: a hyphenated name whose last part the story names again
        if q is None and not m.group().endswith(_COLLECTIVE) and (f := _kin_cut(text, p, grammar.foreign_name_end(text, p, known))) is not None and f - p >= 3 and (text.count(text[p:f]) >= 2 and (
                _syllables_mostly(text[p:f]) or lexicons.common_words().get(text[p:f], "nr").startswith("nr")) or (
                (grammar.right_strength(text, f) >= 2.5 and _syllables_mostly(text[p:f]) or _SCORE.match(text, f) or text.startswith(grammar.KIN_OF, f)) and abroad)) and not _word_like(text[p:f]) and not _opens_with_word(text[p:f]) and not (
                lexicons.common_words().get(text[p:f], "n")[0] in "ilv") and not _phrase_within(text[p:f]) and not any(  # 为职工|解疑释惑: an idiom, set phrase or verb of the dictionary
                _common_word(text[i : i + 2], 20) for i in range(p, f - 1)) and not re.search(NUMERAL + "|[了的是在和与及]", text[p:f]):
            q = f  # 牧民阿吾巴克尔|的, 黑人男子斯科特|一案: a transliterated name the story names again (or once before punctuation, in a story of a foreign state: 枪杀女友斯滕坎普|，)
            # (医生贝熙业|之子, 老战士筒井重雄|之子: whose kin follows, a person however the name is written)
            # (once before punctuation, it is written in transliteration characters: not 运动员|无光感，, 女子|竞速赛，, 为农民|谋福祉，; twice, a noun of the
            # dictionary only so: not 女子|特警队 …特警队)
            # (never after 同胞, 群众: our own people, 为同胞|谋福祉 a verb and its object; never across a particle: 专家扎下了根, a verb phrase said twice)
        q = q or _named_again(text, p) or _household_end(text, p)
        if q is not None and q - p >= 3 and text[q - 1] == "家" and _HOME_VISITED.search(text, max(0, m.start() - 3), m.start()):
            q -= 1  # 走进居民次仁|家看望: the home visited, no syllable of the name
        if q is not None and q != whole and q - p >= 4 and (say := _SAYING_WITHIN.search(text, p + 2, q)) is not None:
            q = say.start()  # 前球星罗纳尔多|称收到: a verb of saying ends the name, no syllable of it
        if q is not None and text[q - 1] == "一" and text.startswith("家", q):
            q -= 1  # 村民侯虎|一家
        if q is not None and not paired and lexicons.common_words().get(text[p + 1 : q], "").startswith("nr") and text[p + 1 : q] not in _ADDRESS and text.count(text[p:q]) >= 2 and grammar.foreign_name_end(text, p, known) == q:
            paired = True  # 黑人青年鲍威尔|曾…，鲍威尔|当场: 威尔 is a name's tail of the dictionary, no phrase (but 肖|阿姨: an address)
        if q is not None and not paired and m.re is _AGE and q - p == 3 and grammar.right_strength(text, q) >= 2 and any(
                i != p and _opens_clause(text, i, 3) for i in grammar.occurrences(text, text[p:q])):
            paired = True  # 82岁的黄大发。…黄大发曾在…: an age, then a name the story opens a clause with again, though its given part is a word (大发)
        if q is None or q != whole and ("不" in text[p:q] or grammar.CAN_REACH.search(text, p + 1, q) or _DEGREE.match(text, p + 1, q) or text[p] in _VERB_OPENING or lexicons.word_frequency(text[p + 1 : q]) >= (
                _WORD_AFTER_RARE if text[p] in lexicons.rare_surnames() and not _name_tagged(text[p + 1 : q]) else _WORD_AS_GIVEN) and not paired):
            continue  # 农民富不富, 村民种荷花, 为村民送水, 同胞好奔头 (a rare surname): a verb or a phrase, not a name
            # (市民望得见河: a verb, then 得 and its result)
        if q != whole and q - p == 2 and text[p] in grammar.ADVERB_SURNAME and text[p + 1] in _PREPOSITION_CHARS:
            continue  # 女孩|曾向警察表明…: an adverb, then a preposition, no surname and given name (not 女孩曾向阳|说)
        if q != whole and q - p == 3 and _opens_with_word(text[p:q]) and not (
                text[p + 1] == "家" and lexicons.common_words().get(text[p : p + 2], "").startswith("nr") and grammar.right_strength(text, q) >= 2.5):
            continue  # 教师|上台领, 同胞|福祉和: a word opens a phrase, not a name (but 果农张家成。: 张家 is a name's head)
        tibetan = q is not None and m.re is _DESIGNATION and not abroad and text[p:q] in lexicons.minority_name_parts() and grammar.right_strength(text, q) >= 2
        # (村民洛桑(藏语)：: a Tibetan given name in a story of no foreign state, though a place abroad too, 洛桑)
        if q != whole and q - p == 2 and text[p] in lexicons.rare_surnames() and lexicons.word_frequency(text[p:q]) >= 30 and not tibetan and (
                m.group().endswith(_COLLECTIVE) or not (abroad or _acts(text, text[p:q]))):
            continue  # 同胞福祉。: a whole word, its head a rare surname, never a name after a people (同胞, 群众), nor where it never acts in a story of no foreign state (not 男子格雷, 青年布朗|引发)
        if _word_like(text[p:q]) and not paired and not tibetan and not (japanese and q == whole):
            continue  # 英雄|凯歌
        if (dot := text.find("·", p, q)) >= p + 4 and _noun_word(text[p : p + 2]) and not any(h.start < q and p < h.end for h in hits.values()):
            if p + 2 not in hits and not _noun_word(text[p + 2 : p + 4]) and (
                    lexicons.common_words().get(text[p : p + 2]) == "n" or any(
                    not text.endswith(text[p : p + 2], 0, i) for i in grammar.occurrences(text, text[p + 2 : q]))):  # not 球星|罗马里奥·…: a place's name is a syllable too
                hits[p + 2] = PersonHit(p + 2, q, text[p + 2 : q], (), "group")
            continue  # 警察总长|阿布·巴卡尔: a word that goes on from the designation (总长) opens no dotted name, the name starts after it
        if (sep := _SEPARATED.search(text, p, q)) is not None and sep.start() > p + (4 if sep.group() == "·" else 6):
            continue  # 20岁的|黑人青年杰弗里·威廉斯: the description, not the name, opens the span (阿卜杜勒-哈米德·…: its first part is short)
        if q - p == 2 and text.startswith("、", q) and (_thing_listed(text, q + 1) or text[q + 1] == text[p] and lexicons.common_words().get(text[q + 1 : q + 3]) == "n" and (
                text[q + 3 : q + 4] in grammar.PUNCT or text[q + 3 : q + 5] in lexicons.common_words()) and grammar.name_end(text, q + 1, known) is None):
            continue  # 儿童沙画、木偶戏等: a list of things, the first no name; 客商线上、线下|参会: a pair of words with one head, the
            # noun whole before a word or a stop (not 村民黄刚、黄金龙告诉, 选手黄杰、黄金宝分获: a name after 、, not the noun 黄金)
        if m.group() == "球星" and text.count(text[p:q]) < 2:
            continue  # a star is read only where the story names him again (球星梅西就…，梅西此前…); once alone (巴西球星|罗萨斯殴打) is left unread
        if m.group() in _OFFICES and q - p == 2 and text[q : q + 1] in "：:" and text[p:q] not in known and text.count(text[p:q]) < 2:
            continue  # 美法官|初裁：: a verb read as a short name, named once
        if m.re is _DESIGNATION and _ends_headline(text, p, q):
            continue  # 中国选手|夺两金 closing its line: a headline ends on its predicate; a name it alone writes is none
        if m.group() == "记者" and text.startswith("报道", q):
            continue  # 本台记者顿涅茨克|报道: where the report comes from (a byline's name is the byline finder's)
        if m.re is _DESIGNATION and _COUNTED_GROUP.search(text, max(0, m.start() - 12), m.start()) and not text.startswith(("、", "和", "与"), q):
            continue  # 3名罪犯|伏法, 各国记者|大饱眼福: a group, then what it does; one name alone is none of its members
        if not any(h.start < q and p < h.end for h in hits.values()):
            hits_rank = _ranked(m)
            if m.re is _RENOWNED and "的" not in m.group() and not m.group().endswith(_NO_CALLING) and not _remembered(text, text[p:q]):  # 著名油画家|靳尚谊: the calling he is known by is his title
                calling = m.group()[len("著名"):]  # 著名 says renown, no part of the calling (诗人, not 著名诗人)
                hits[p] = PersonHit(p, q, text[p:q], (Title(calling, "", calling, m.end() - len(calling), m.end()),), "title")
            else:
                hits[p] = PersonHit(p, q, text[p:q], hits_rank, "title" if hits_rank else "group")
            while text.startswith("、", q) and (r := grammar.name_end(text, q + 1, known, extra=("家", "一家"), min_strength=1, titled=False) or _scored_end(text, q + 1, known)
                                                or _name_before_verb(text, q + 1, known) or (grammar.japanese_name_end(text, q + 1) if japanese else None)) is not None and (
                    text.startswith(("、", "家", "一家", "等"), r) or grammar.right_strength(text, r) >= 2 or _SCORE.match(text, r) or grammar.verb_after(text, r)
                    or r - q == 4 and text[r] in _LIST_CLOSING and text[q + 2 : r] not in _ADDRESS and not _place_word(text[q + 2 : r])
                    or _REPORTS_AFTER.match(text, r)) and q + 1 not in hits and not (m.re is _DESIGNATION and _DESIGNATION.match(text, r)):  # 翟志刚、王亚平、叶光富|将在…, |在空间站 (not 刘大爷|在, an address; 黄河边|在, a place word; 、中国香港|选手杜凯琹: a place with its own designation opens the next item)
                hits[q + 1] = PersonHit(q + 1, r, text[q + 1 : r], hits_rank, "list" if hits_rank else "group")  # 困难群众徐万、徐学海、徐海成家; 罪犯王五、赵六、钱七明|执行
                q = r
            if text[q : q + 1] in ("和", "与") and q + 1 not in hits and (r := grammar.name_end(text, q + 1, known, min_strength=2, titled=False) or _scored_end(text, q + 1, known)) is not None and (
                    not _opens_with_word(text[q + 1 : r]) and not _word_like(text[q + 1 : r]) and not _role_follow_re().match(text, q + 1)):
                hits[q + 1] = PersonHit(q + 1, r, text[q + 1 : r], hits_rank, "list" if hits_rank else "group")  # 中国选手樊振东和|朱雨玲分别…: the list's last member
    for m in _all_matches(_WITH_OTHERS, text):
        for p in (m.start() - 3, m.start() - 2):
            if p >= 0 and p not in hits and not in_meta(p) and (p == 0 or text[p - 1] in HARD or text[p - 1] in "的，,、") and not any(
                    h.start < m.start() and p < h.end for h in hits.values()) and grammar.name_end(text, p, known, extra=("和",), min_strength=2, titled=False) == m.start():
                hits[p] = PersonHit(p, m.start(), text[p : m.start()], (), "group")
                break
    # 1b. names listed after a generic group (市领导王五、赵六出席) or whose seat is revoked
    # (撤销王五、赵六政协第十二届全国委员会委员资格): persons, no post
    revoked = {"extra": ("、", "政协", "第", "全国"), "min_strength": 2, "titled": False}
    for m in (*_all_matches(_GROUP, text), *_all_matches(_REVOKED, text)):
        if m.group().startswith(("专家", "嘉宾")) and _COUNTED_GROUP.search(text, max(0, m.start() - 12), m.start()):
            continue  # 400名嘉宾|政要、智库和…: a counted group, then a list of words, no names
        p = m.end()
        while p not in hits and not in_meta(p):
            q = grammar.name_end(text, p, known, **(revoked if m.re is _REVOKED else {}))
            if q is None and text[m.end() : p].count("、") >= 1 and (q := grammar.list_member_end(text, p)) is not None and (
                    text[p + 1 : q] in _ADDRESS or _common_word(text[p:q], 500)):
                q = None  # …、王书记等, …、方总等: how one is addressed; …、文化、…, …、黄金等: a word; no name (…、鲁政委、…: a name)
            if q is None:
                break
            hits[p] = PersonHit(p, q, text[p:q], (), "group")
            if not text.startswith("、", q):
                break
            p = q + 1
    # 1c. a list of names closed by a generic group: 王五、赵六等市领导出席
    for m in _all_matches(_NAMES_THEN_GROUP, text):
        names, p = [], m.start()
        if text[p] in "由和同与向在" and (q := grammar.name_end(text, p + 1, known, extra=("等",))) is not None and text.startswith(("、", "等"), q):
            p += 1  # 由|苏炳添、谢震业等选手, 在|王五、赵六两位…带领下: the preposition opens no name
        elif (lead := _LEADS.search(text, p, text.find("、", p))) is not None and lead.end() - p <= 6:
            p = lead.end()  # 她将带领|武大靖、周洋等运动员: the verb before the list opens no name
        if m["count"] and chinese_number(m["count"]) != len(grammar.split_list(text, p, m.end("names"))):
            continue  # 学校、家庭、社会两位…: without 等 only the list the count numbers whole is its people
        opened = False
        if (d := text.find("代表团", p, text.find("、", p))) != -1 and d + 3 < text.find("、", p):
            p, opened = d + 3, True  # 上海代表团|韩正、金壮龙等代表: the delegation opens the list, no name
        counted = _counted_names(text, p, m)
        while p < m.end("names"):
            q = grammar.name_end(text, p, known, extra=("等",))
            if q is None or q > m.end("names"):
                names = counted
                break
            names.append((p, q))
            p = q + 1
        at = (m.start("group") if m["group"] is not None else m.end()) if m["count"] else m.end("names") + 1  # 两位|委员, 等|委员
        role = text[at : m.end()]
        seat = (Title(role, "", role, at, m.end()),) if role in ("代表", "委员", "航天员") and not text.startswith(("团", "处"), m.end()) and not opened else ()
        if role in _NATIONAL_SEATS and not opened and not text.startswith(("团", "处"), m.end()):
            seat = (Title(role, role[:-2], role[-2:], at, m.end()),)  # 张三、李四等全国政协委员: the national seat each holds
        for p, q in names:  # 张三、李四等委员, 张三、李四两名航天员: each holds the seat (or the rank) the list closes with (not 等代表团)
            hits.setdefault(p, PersonHit(p, q, text[p:q], seat, "list" if seat else "group"))
    for m in _all_matches(_MET_ONE_OF_GROUP, text):  # 会见了王五等…代表
        p = m.start("name")
        if not in_meta(p) and grammar.name_end(text, p, known, extra=("等",), titled=False) == m.end("name") and not _opens_with_word(m["name"]) \
                and m["name"] not in lexicons.places():
            hits.setdefault(p, PersonHit(p, m.end("name"), m["name"], (), "group"))
    # 1c'. leaders listed without titles and closed by 等 and a verb of attending: 沈跃跃、林文漪等出席 (or one: 王五参加会见。)
    for m in (*_all_matches(_NAMES_THEN_ATTEND, text), *_all_matches(_ONE_ATTENDS, text), *_all_matches(_NAMES_AND_LAST_ATTEND, text)):
        group = "names" if m["names"] else "name"
        members = grammar.split_list(text, m.start(group), m.end(group))
        if m.re is _NAMES_AND_LAST_ATTEND:
            members += grammar.split_list(text, m.start("last"), m.end("last"))
        ends = [grammar.name_end(text, a, known, extra=("等", "以及"), titled=False) for a, _ in members]
        if in_meta(m.start()) or any(q != b or text[a:b] in lexicons.places() or _opens_with_word(text[a:b]) for (a, b), q in zip(members, ends)):
            continue  # 山东、四川等: places; every member must be a whole name on its own
        for a, b in members:
            hits.setdefault(a, PersonHit(a, b, text[a:b], (), "group"))
    # 1d. names listed after the cue, without titles: 出席会议的有：王五、赵六等
    for m in _all_matches(_LIST_AFTER_CUE, text):
        p = m.end()
        while p < len(text) and not in_meta(p):
            q = grammar.name_end(text, p, known, extra=("等",), min_strength=1, titled=False)
            if q is None or p in hits:
                break
            hits[p] = PersonHit(p, q, text[p:q], (), "group")
            if not text.startswith(("、", "和"), q):
                break
            p = q + 1
    # 1e. the head of a body named before the role: 以濮存昕为主席的主席团, 以王晨为团长的中国代表团
    for m in _all_matches(_LED_BY, text):
        p = m.start("name")
        if p in hits or in_meta(p):
            continue
        q = grammar.name_end(text, p, known, extra=("为",), min_strength=1, titled=False)
        if q is None and not _SEPARATED.search(m["name"]):
            q = grammar.foreign_name_end(text, p, known)
        if q == m.end("name") and (head := _led_head(text, m, hits.values(), meta)) is not None:
            hits[p] = head
    # 1f. a sultan named after his title: 文莱苏丹哈桑纳尔, 阿曼苏丹卡布斯 (a transliteration, no word within)
    for m in _all_matches(_SULTAN, text):
        p = m.end()
        q = grammar.foreign_name_end(text, p, known)
        if q is None and _SEPARATED.search(text, p, p + 6):
            q = grammar.name_end(text, p, known)  # 阿曼苏丹卡布斯·本·赛义德|于: a dotted name, read as a dotted one
        if q is None or p in hits or in_meta(p) or any(_common_word(text[i : i + 2], 20) for i in range(p, q - 1)):
            continue
        hits[p] = PersonHit(p, q, text[p:q], (Title(m["title"], m["state"], "苏丹", m.start(), m.end("title")),), "title")
    # 2. name before a top title: 习近平总书记 (but not 以色列前总理, 泰国总理府)
    words = lexicons.common_words()
    body_ends = [j for j in grammar.occurrences(text, "委") if not _common_word(text[j : j + 2], 50)]  # 委 closing a body (自改委|副主任), not 委员, 委托
    for m in _all_matches(_NAME_TITLE, text):
        if m.group() in _RANKS_AFTER_A_TITLE and (held := next((h for h in hits.values() if h.end == m.start() and h.titles), None)) is not None:
            if all(t.text != m.group() for t in held.titles) and (text[m.end() : m.end() + 1] in ("、", "等") or grammar.right_strength(text, m.end()) >= 2 - (m.group() in _ROYAL_RANKS)):
                hits[held.start] = dataclasses.replace(held, titles=held.titles + (Title(m.group(), "", m.group(), m.start(), m.end()),))
            continue  # 驻日内瓦代表团代表吴海龙|大使、: a rank written after a titled name is his too
        if (after := hits.get(m.end())) is not None and after.via == "title" and after.titles and after.titles[-1].end == m.end():
            continue  # 美联储主席|鲍威尔: the title is the next name's, what stands before it its body
        if m.group() in _NAMED_ROYALS and _ROYAL_PLACE.match(text, m.end()):
            continue  # 马里兰州乔治王子县, 爱德华王子岛, 伊丽莎白女王大桥: a place named after a royal, no person
        if (text[m.end() - 1 : m.end() + 1] in words and grammar.right_strength(text, m.end()) < 1 and m.group() not in ("代表", "委员") and not (
                m.group() == "总理" and text.startswith(("会见", "会晤", "会谈"), m.end())) and not (  # X总理|会见: 理会 is no word across the meeting's verb
                m.group() in _HEAD_TITLES and grammar.paired_with_leader(text, m.start()))) or _country_before(text, m.start()):
            continue  # 委员|长期从事; 巴基|斯坦总理 (but 胡锦涛同志|在: 志在 is a word, 在 the edge; 主席和X总统|战略: 统战 is no word across a paired head's title)
        if m.group() in _HEAD_TITLES and (words.get(after := text[m.end() : m.end() + 2], "x")[0] == "n" or words.get(after) == "vn") and after not in ("夫妇", "夫人", "陛下", "会见", "通话") and (
                not grammar.paired_with_leader(text, m.start())):
            continue  # 白宫总统|医生, 总统|选举: the title opens a noun, no name ends before it (but 桑托斯总统|夫妇: the couple; X国王|陛下: his honorific; X总统|会见了, |通话: a verb the dictionary tags a noun;
            # 习近平主席和X总统|战略引领: a name paired with a leader's holds the title)
        if text.startswith("候选人", m.end()):
            continue  # 另一|总统候选人: one who runs for the post, no holder named before it
        if m.group() == "代总统" and text[m.start() - 1 : m.start() + 1] in words:
            continue  # 暂代|总统职位, 取代|总统: 代 ends a verb, no acting head is named
        if m.group() == "代总统" and (titled := _titled_before(text, m.start(), known)) is not None:
            p, chain = titled  # 美国副总统哈里斯|代|总统出席: 代 is "on behalf of", the name holds the title before it
            if p not in hits and not any(h.start < m.start() and p < h.end for h in hits.values()):
                hits[p] = PersonHit(p, m.start(), text[p : m.start()], tuple(chain), "title")
            continue
        # a long name known from the story (和萨特巴尔季耶夫|总理, not 季耶夫) or a foreign one with its
        # separators, its first part short (由司马义-铁力瓦尔地|副委员长主持, not 不负|菲德尔·卡斯特罗), each
        # from a clear left edge (without one, 会见|施泰因迈尔|总统, the pairing below still reads it)
        whole = next((k for k in range(8, 3, -1) if m.start() >= k and text[m.start() - k : m.start()] in known), 0) or next((
            k for k in range(4, 17) if m.start() >= k and (sep := _SEPARATED.search(text, m.start() - k, m.start())) and sep.start() - (m.start() - k) <= 4
            and _left_edge(text, m.start() - k)
            and grammar.name_end(text, m.start() - k, known, extra=(m.group(),), min_strength=2) == m.start()), 0)
        if whole and (p := m.start() - whole) not in hits and not any(h.start < m.start() <= h.end for h in hits.values()) and _left_edge(text, p):
            if m.group() in _PERSON_CUES:  # a person, no post
                hits[p] = PersonHit(p, m.start(), text[p : m.start()], (), "cue")
            else:
                hits[p] = PersonHit(p, m.start(), text[p : m.start()], (Title(m.group(), "", m.group(), m.start(), m.end()),), "name-title")
            continue
        pair = grammar.paired_name_start(text, m.start()) if m.group() in grammar.PAIRED_TITLES else None
        if m.group() == "苏丹" and pair is None:
            continue  # 苏丹 is a title only after a paired name (习近平主席与哈桑纳尔苏丹); else the country
        if pair is not None and text[pair : m.start()] not in known and _states_abbreviated(text, text[pair : m.start()]):
            pair = None  # 阿俄伊|总统会晤: the states the story names, each by its first character
        if pair is not None and text[m.end() : m.end() + 1] in (" ", "\u3000"):
            pair = None  # 奎亚那总统　拉莫塔: a line of a list, the name comes after the title
        if pair is not None and pair not in hits and not any(h.start < m.start() and pair < h.end for h in hits.values()):
            title = Title(m.group(), "", m.group(), m.start(), m.end())  # 习近平主席同|米尔济约耶夫|总统
            hits[pair] = PersonHit(pair, m.start(), text[pair : m.start()], (title,), "name-title")
            continue
        if whole:
            continue  # a known long name with no clear left edge is read by the pairing alone (发自|史蒂文斯大使的电报: none)
        regnal = _REGNAL.search(text, max(0, m.start() - 4), m.start()) if m.group() in ("国王", "女王", "亲王") else None
        # a transliterated name before a foreign head's title (来华的恩库伦齐扎总统) or a bare 总理 (随后，X总理在机场…: the
        # transliteration test keeps Chinese names to the loop below), or one of two characters
        # the story names again (我与肯尼总理…，肯尼表示)
        p = _foreign_name_before(text, regnal.start() if regnal else m.start(), known, m.group() not in _ROYAL_RANKS) if m.group() in _HEAD_TITLES or m.group() == "总理" else None
        if p is not None and m.group() in _ROYAL_RANKS and (not _royal_opens(text, p) or any(
                text[i - 1 : i] in grammar.SEPARATORS for i in grammar.occurrences(text, text[p : m.start()]))):
            continue  # 英国威尔士|亲王: a territory cut inside; 诺罗敦·拉那烈亲王…，拉那烈亲王: a dotted name's short form, left to the whole
        if p is not None and m.group() == "王子" and _prince_not_named(text[p : m.start()]):
            continue  # 阿布扎比|王子, 载着查尔斯|王子: a state's prince, or a verb before the name
        if p is None and m.group() in _SHORT_NAMED_HEADS:
            p = _short_foreign_name_before(text, m.start(), known, abroad, m.group())
        if p is not None and p not in hits and not any(h.start < m.start() and p < h.end for h in hits.values()):
            reign = _REIGN_OF.match(text, m.end())  # 费利佩五世国王|统治时期: a monarch of history, named with no post held
            hits[p] = PersonHit(p, m.start(), text[p : m.start()], () if reign else (Title(m.group(), "", m.group(), m.start(), m.end()),), "cue" if reign else "name-title")
            continue
        for k in (3, 4, 2, 5):  # 5: 乌云其木格副委员长
            p = m.start() - k
            if p < 0 or p in hits or any(h.start < m.start() <= h.end for h in hits.values()):
                continue
            if k == 2 and m.group() == "太后":
                continue  # 慈禧太后, 孝庄太后: history; a queen mother of our time has a transliterated name (莫尼列太后)
            name = text[p : m.start()]
            left_ok = _left_edge(text, p) or (
                text[p - 1] == "经" and text[max(0, p - 2) : p] not in words) or (
                m.group() in ("院士", "大使") and text[max(0, p - 3) : p].endswith(("研究院", "研究所", "大学", "科学院", "工程院", "使馆"))) or (
                m.group() != "主席" and not words.get(text[max(0, p - 2) : p], "nr").startswith("nr")
            )  # a bare 主席 also ends 理事会联盟主席: only after a clear left edge; 霍尔|尼斯总理: no name's tail
            if name not in known and any(lexicons.word_frequency(text[p - k : p + 1]) >= 100 for k in (1, 2) if p >= k):
                continue  # 成|员国总理, 电视|台牢记: the name would start inside a (frequent) word
            if k == 2 and all(ch in _STATE_ABBR for ch in name):
                continue  # 中英|总理, 加中|总理: two states' abbreviations, not a name
            if k >= 3 and name not in known and _china_and_state(text, name[-2:]):
                continue  # 发挥好中澳|总理会晤: China and a state the story names, the pair's heads
            if name not in known and _states_abbreviated(text, name):
                continue  # 阿俄伊|总统会晤: the states the story names, each by its first character
            if m.group() in _ROYAL_RANKS and (not _royal_opens(text, p) or name not in known and lexicons.word_frequency(name) >= 100):
                continue  # 英国威尔士|亲王: a territory cut inside; 白雪|公主, 孔雀|公主: a tale's princess named by a frequent word
            if k == 2 and name in _figure_given_names():
                continue  # 克强|总理: a leader called by his given name alone, a familiar form, no name of its own
            if name[-2] in "同经和与及向对跟" or (len(name) >= 3 and name[0] in "同和与及跟对"):
                continue  # 同李|总理, 经习|主席, 同通伦|总书记: a preposition opens no name
            if name[0] in grammar.WEAK_SURNAME and name[1:] in known and name not in known:
                continue  # 向|塞西总统: a preposition before a name the story reads elsewhere opens no name
            if name[0] == "其" and name not in known:
                continue  # 解除其看守|总理职务: the pronoun "his" before what he holds opens no name
            if name[-1] in "向对给把被跟" and name not in known:
                continue  # 用几杯水向|总书记展示: a preposition before the title ends no name
            if name[-1] in "两俩" and text[p - 1 : p] == "、" and name not in known:
                continue  # 同图斯克、容克两|主席: how many the list before the title counts, no syllable of a name
            if k >= 3 and name[-1] in grammar.SAID and name not in known:
                continue  # 王刚说|总书记…: the verb of saying ends no name, what was said follows it
            if "驻" in name:
                continue  # 召见美驻俄|大使: where an envoy is posted, no name
            if k == 2 and name not in known and _common_word(name, 100):
                continue  # 中国文联|副主席: a frequent word of the dictionary not tagged a name (a body's short form), no name
            if m.group() == "大使" and name not in known and _word_like(name):
                continue  # 中华慈善|大使, 形象|大使: an honour named by a frequent word, no envoy's name
            if m.group() == "第一书记" and _village(name, known):
                continue  # 刘家沟|第一书记李强: a village's first secretary, the place no name
            if not left_ok or name[-1] in "前原副代新老" or name in lexicons.places() or name.startswith(lexicons.countries()) or name in lexicons.ARMED_GROUPS:
                continue  # (法塔赫|主席: the group's chair, no name)
            if m.group() in ("代表", "委员", "常委") and (not _left_edge(text, p) or lexicons.word_frequency(name) >= 100 and not (
                    k == 3 and words.get(name, "").startswith("nr")) or re.search(NUMERAL, name)):
                continue  # 与|师生代表, 法五国|代表: a group, not a deputy's name (a name of the dictionary is one: 任茂东委员)
            if m.group() in ("代表", "委员", "常委") and (name[-1] == "族" or words.get(name) == "nz" or text.startswith("发言", m.end()) and name[0] in lexicons.rare_surnames()):
                continue  # 景颇族|代表发言, 辉瑞|代表发言: a people or a company speaks through its delegate, no deputy named
            if m.group() == "委员" and any(j >= k and text[j - k : j] == name for j in body_ends):
                continue  # 自改委员 where the story names the 自改委 (its 副主任, “自改委”): a member of that body, no name (not 受李明委托)
            figure = m.group() == "院士" and k == 3 and name in lexicons.public_figures() and _left_edge(text, p)  # 钟南山院士: jieba's place, a figure's name
            figure = figure or name in lexicons.public_figures() and _LEADER_TITLE.fullmatch(m.group()) is not None and _left_edge(text, p)  # 同本扬|总书记: no surname opens it
            if figure or grammar.name_end(text, p, known, extra=(m.group(),), min_strength=2, titled=False) == m.start():
                title = Title(m.group(), "", m.group(), m.start(), m.end())
                if m.group() in ("烈士", "元帅") and (_word_like(name) or _opens_with_word(name) or _common_word(name[1:], 50)
                                             or any(text[q + len(name) : q + len(name) + 1] in _PLACE_END for q in grammar.occurrences(text, name))
                                             or _NAMED_PLACE.match(text, m.end())):
                    continue  # 弘扬|烈士精神, 英雄和|烈士, 阿|无名烈士: words; 班佑烈士纪念碑 by 班佑村, 苏克雷元帅国际机场: a place
                if m.group() in _PERSON_CUES or text.startswith("团队", m.end()):  # 以习近平同志为核心, 叶挺烈士, 聂荣臻元帅, 潘某院士团队: a person, no post
                    hits[p] = PersonHit(p, m.start(), name, (), "cue")
                else:
                    hits[p] = PersonHit(p, m.start(), name, (title,), "name-title")
                break
    # 2a. the names listed before a deputy read above share the seat (周光权、王辉代表提出): each a whole name from the clause's start
    for h in [h for h in hits.values() if h.via == "name-title" and h.titles and h.titles[-1].role in ("代表", "委员", "常委") and h.titles[-1].start == h.end]:
        if text[h.start - 1 : h.start] != "、":
            continue
        opening = max(text.rfind(c, 0, h.start) for c in "，,。；;：:\n“") + 1
        members = grammar.split_list(text, opening, h.start - 1)
        if not 1 <= len(members) <= 6 or not all(
                2 <= b - a <= 3 and text[a] in lexicons.surnames() and text[a:b] not in lexicons.places() and a not in hits and not in_meta(a)
                and grammar.name_end(text, a, known, extra=("、",), min_strength=1, titled=False) == b for a, b in members):
            continue  # 会上王五、赵六代表: every item must be a whole name, or none is read
        for a, b in members:
            hits[a] = PersonHit(a, b, text[a:b], h.titles, "name-title")
    # 2b. a scholar between the institution and the calling: 社会科学院历史研究所王五教授
    for m in _all_matches(_SCHOLAR, text):
        p, q = m.end(), m.start("role")
        if p in hits or in_meta(p) or any(h.start < q and p < h.end for h in hits.values()):
            continue
        if grammar.name_end(text, p, known, extra=(m["role"],), min_strength=2, titled=False) == q:
            hits[p] = PersonHit(p, q, text[p:q], (Title(m["role"], "", m["role"], q, m.end("role")),), "name-title")
    for p, h in list(hits.items()):  # …or after a titled name: 教研部主任王五教授
        if h.via == "title" and (c := _CALLING_AFTER.match(text, h.end)):
            hits[p] = dataclasses.replace(h, titles=(*h.titles, Title(c.group(), "", c.group(), c.start(), c.end())))
    # 3. profiles in personnel notices: 覃海燕，女，土家族，…
    starts = [m.start("name") for m in _all_matches(_PROFILE, text)]
    starts += [n.start() for m in _all_matches(_BIRTH, text) if (n := _BIO_NAME.search(text, max(0, m.start() - 8), m.start()))]
    for p in starts:
        q = grammar.name_end(text, p, known, min_strength=3, titled=False)
        if q is not None and text[q] in ",，" and p not in hits:
            hits[p] = PersonHit(p, q, text[p:q], (), "profile")
    # 4. bylines
    for s, e, kind in meta:
        if kind == "editor":
            _byline_names(text, s, e, hits, known)
    for m in re.finditer(r"[(（]([^()（）\n]{2,40})[)）]", text):
        if re.search(r"记者|通讯员|/文|/图|文/|图/|摄影|实习生|编辑[:：]", m.group(1)):  # (视频编辑：张三 文字编辑：李四)
            _byline_names(text, m.start(1), m.end(1), hits, known)
    for m in _all_matches(_BYLINE_OPEN, text):
        end = text.find("\n", m.start())
        _byline_names(text, m.start("role"), end if end >= 0 else len(text), hits, known)
    return sorted((h for h in _trimmed_hits(hits.values()) if not (_SIDE.fullmatch(h.name) and _SIDE_GROUP.match(text, h.end))), key=lambda h: h.start)


# one side of talks or a forum, before its group (出席…论坛的欧方代表, 韩方人员): a state's side, no person
_SIDE = re.compile(r"[中美俄欧日英法德韩朝印巴越泰菲澳意荷港澳台外双各我对东西南北][方]")
_SIDE_GROUP = re.compile(r"代表|人员|官员|嘉宾|负责人|专家|企业|客人|成员|主席|团长")


_OPENS_NO_NAME = "兼"  # 副总理兼|上海合作组织…: the join of two titles, never a name's first character
_THAI_REGNAL = re.compile(r"拉玛[一二三四五六七八九十]{1,3}世(?=[\u4e00-\u9fff]{2})")  # 泰王|拉玛九世|普密蓬·阿杜德: the reign's name before the person's


def _trimmed_hits(hits) -> list[PersonHit]:
    """The hits without those a join opens (兼上海), a Thai king's name without the reign's
    name before it (拉玛九世普密蓬·阿杜德 -> 普密蓬·阿杜德), and a name without whose kin follows it (之子)."""
    out = []
    for h in hits:
        if h.name.startswith(_OPENS_NO_NAME):
            continue
        if (m := _THAI_REGNAL.match(h.name)) is not None:
            h = dataclasses.replace(h, start=h.start + m.end(), name=h.name[m.end() :])
        if len(h.name) >= 4 and h.name.endswith(grammar.KIN_OF):
            h = dataclasses.replace(h, end=h.end - 2, name=h.name[:-2])  # 法国医生贝熙业|之子: whose child, the name ends before it
        out.append(h)
    return out


_SEPARATED = grammar.SEP
_TOPIC_PAIR = re.compile(r"[和与及、][\u4e00-\u9fff]{1,8}?问题")  # (西非)和萨赫勒问题|特别代表: the topic of an envoy's title
# An institution, a name and a calling (研究所|王五|教授): the calling is the name's post.
_ACADEMIC_AFTER = ("院士", "教授", "研究员")  # callings written after a titled name (技术顾问叶某|院士表示): its right edge
# a calling or a general's rank written after a titled name (教研部主任王五教授, 战略军司令金某大将)
_CALLING_AFTER = re.compile(r"(?:副教授|教授|副研究员|研究员)(?![级生])|(?:大将|上将|中将|少将)(?![军衔级])")
_SCHOLAR = re.compile(r"(?:研究所|研究院|研究中心|大学|学院|科学院|社科院|党校|教研部|研究部|实验室)的?(?=[\u4e00-\u9fff]{2,3}(?P<role>副教授|教授|副研究员|研究员)(?!级))")
# A place named after someone (苏克雷元帅|国际机场, 某某烈士|陵园): the name is the place's, no mention of a person.
_NAMED_PLACE = re.compile(r"(?:国际)?机场|陵园|广场|大街|大道|大桥|公园|故居|[路街港站号]")


def _envoy_sender(text: str, t: Title, known: frozenset[str]) -> PersonHit | None:
    """The one who sends an envoy, titled inside the envoy's title (国家主席|习近平|特使): a
    person with that title, or None when the title's body reads otherwise."""
    for k in (3, 2):
        a, b = t.start + len(t.org) - k, t.start + len(t.org)
        if a <= t.start or (head := grammar.split_title(text[t.start : a], t.start)) is None or head.start != t.start or head.end != a:
            continue
        if grammar.name_end(text, a, known, extra=(t.role,), min_strength=2) == b:
            return PersonHit(a, b, text[a:b], (head,), "title")
    return None


def _titled_before(text: str, s: int, known) -> tuple[int, list[Title]] | None:
    """The start of a name that ends at ``s`` and the titles right before it (美国副总统|哈里斯|代总统出席),
    or None: a name with its own title is no acting head, what follows it is a verb's."""
    for p in range(s - 2, max(-1, s - 9), -1):
        if (chain := grammar.title_chain(text, max(0, p - 20), p)) and grammar.name_end(text, p, known, extra=("代总统",), min_strength=2) == s:
            return p, chain
    return None


_PARAGRAPH_EDGE = frozenset(" \n\u3000")  # a paragraph's opening and its indent: the left edge of the name that opens it
_TERM_END = re.compile(r"[前现候新继时首]任$|当选$")  # 加|候任|总理: which holder of the post, no name's end


def _foreign_name_before(text: str, s: int, known: frozenset[str], indent: bool = False) -> int | None:
    """Start of a transliterated name of three to eight characters ending at ``s``, where a
    head's title follows it (来华的|恩库伦齐扎|总统会晤): after a clause edge or a function word (对 only before five or more),
    with ``indent`` a paragraph's opening too for a name the story writes again (\u3000\u3000阿卜杜拉|国王…), with no common
    word, country, numeral, state pair (美俄两国) or function word inside, no 副/前/候任 at its end (拜登副|总统) nor China
    and a state the story names (用好中英|总理年度会晤); None if there is none."""
    closed = text[:s] + "，"  # the name must end at s, as before punctuation
    for p in range(s - 3, max(-1, s - 9), -1):
        by_indent = False
        if p > 0 and text[p - 1] not in "，,。；：:、的与同和及对" and text[p - 1] not in HARD and not _country_before(text, p):
            if not (indent and text[p - 1] in _PARAGRAPH_EDGE):
                continue  # (柬埔寨|莫尼列太后: the state the head's title is of may stand before the name)
            by_indent = True
        if by_indent and text.count(text[p:s]) < 2:
            continue  # \u3000\u3000南斯拉夫|总统: a paragraph's opening is a name's edge only for a name the story writes again
        if _TERM_END.search(text, p, s):
            continue  # 加候任|总理: a state's abbreviation and a term word, no name
        if p > 0 and text[p - 1] == "对" and s - p < 5:
            continue  # 对普列夫内利埃夫|总统…表示欢迎: only a long name after 对 (not 反对选勒庞当|总统, words run together)
        name = text[p:s]
        if (grammar.foreign_name_end(closed, p, known) == s and not name.startswith(lexicons.countries()) and name not in lexicons.places() and name[-1] not in "前原副代新老"
                and not _states_abbreviated(text, name) and not _china_and_state(text, name[-2:])
                and not any(_common_word(text[i : i + 2], 20) for i in range(p - 1, s - 1)) and not re.search(NUMERAL + "|[国两双各届位同与和及的在对向把被将愿]", name)):
            return p
    return None


def _china_and_state(text: str, pair: str) -> bool:
    """Whether ``pair`` is 中 and another state's abbreviation (中澳, 美中) and the story names that
    state, as a country or its side (澳大利亚, 澳方)."""
    other = pair.replace("中", "", 1)
    if len(other) != 1 or other == "中" or other not in _STATE_ABBR:
        return False
    return other + "方" in text or any(c.startswith(other) for c in _states_named(text))


def _states_abbreviated(text: str, name: str) -> bool:
    """Whether each character of ``name`` opens a country the story names (阿俄伊|总统会晤 for
    阿塞拜疆, 俄罗斯 and 伊朗): the heads of several states, no transliterated name."""
    if len(name) > 4 or not all(ch in _state_initials() for ch in name):
        return False
    named = _states_named(text)
    return all(any(c.startswith(ch) for c in named) for ch in name)


@lru_cache(maxsize=None)
def _state_initials() -> frozenset[str]:
    """The first characters of the countries of the lexicon."""
    return frozenset(c[0] for c in lexicons.countries())


@lru_cache(maxsize=4)
def _states_named(text: str) -> tuple[str, ...]:
    """The countries ``text`` names as words (read once per story, not once per candidate name)."""
    return tuple(c for c in lexicons.countries() if c in text and _named_as_word(text, c))


def _named_as_word(text: str, state: str) -> bool:
    """Whether ``state`` stands somewhere in ``text`` as a word of its own, not inside a longer place
    or word (海地 in 沿海地区, 蒙古 in 内蒙古 name no state)."""
    for i in grammar.occurrences(text, state):
        j = i + len(state)
        if i > 0 and (_plain_word(text[i - 1 : i + 1], 1000) or any(text[max(0, i - k) : j] in lexicons.places() for k in (1, 2))):
            continue  # 沿|海地, 内|蒙古
        if text[j - 1] != "国" and _plain_word(text[j - 1 : j + 1], 1000):
            continue  # 海|地区 (not 美|国人: a state's 国 and the next character)
        return True
    return False


_SHORT_NAMED_HEADS = frozenset({"总理", "总统", "首相", "国王", "女王"})
_NO_SHORT_NAME = lexicons.guarded(NUMERAL + "|[国两双各届位同与和及的在对向把被将愿中]")  # 两国|总理, 中方|总理: words, not names


def _short_foreign_name_before(text: str, s: int, known: frozenset[str], abroad: bool, title: str = "总理") -> int | None:
    """Start of a two-character transliterated name ending at ``s`` before a head's title, after
    与/同/和 (我与肯尼|总理), in a story of a foreign state (``abroad``) that opens a clause with the name
    again (…，肯尼表示): no surname reads it (but before 总统, 首相, 国王 or 女王, which no Chinese
    leader is called: 同萨苏|总统), and no word, state or place is a name; None if none."""
    p = s - 2
    if p < 1 or text[p - 1] not in "与同和及、" or not all("\u4e00" <= c <= "\u9fff" for c in text[p:s]):
        return None
    name = text[p:s]
    if (name in known or name in lexicons.places() or name.startswith(lexicons.countries()) or name[0] in lexicons.surnames() and title == "总理"
            or _common_word(name, 20) or any(lexicons.word_frequency(text[i : i + 2]) >= 20 for i in (p - 1, p + 1))
            or _NO_SHORT_NAME.search(name) or any(c in _STATE_ABBR for c in name)):
        return None
    if not abroad or not _told_again(text, p, s):
        return None
    return p


def _opens_clause(text: str, i: int, k: int) -> bool:
    """Whether the ``k`` characters at ``i`` open a clause (or the text) and end before a clear
    edge or a verb: where a story names someone again by name alone (…，哈夫则…; a paragraph's
    indent before it too)."""
    j = i
    while j > 0 and text[j - 1] in " \u3000":
        j -= 1
    return text[j - 1 : j] in "，,。；;：:\n" and (grammar.right_strength(text, i + k) >= 1 or grammar.verb_after(text, i + k))


def _word_name_told_again(text: str, p: int) -> bool:
    """Whether a surname and a two-character word (张和平) at ``p`` stand whole before punctuation
    and open a clause again elsewhere in the story (…。张和平表示): a name such as Vietnam's."""
    name = text[p : p + 3]
    return (len(name) == 3 and name[0] in lexicons.surnames() and all("\u4e00" <= c <= "\u9fff" for c in name)
            and grammar.right_strength(text, p + 3) == 3 and any(i != p and _opens_clause(text, i, 3) for i in grammar.occurrences(text, name)))


def _told_again(text: str, p: int, q: int) -> bool:
    """Whether the name ``text[p:q]``, or its last two or more characters (its short form), opens
    a clause elsewhere in the story before a clear edge or a verb (…，哈夫则…)."""
    for k in range(q - p, 1, -1):
        part = text[q - k : q]
        if any(not p <= i < q and _opens_clause(text, i, k) for i in grammar.occurrences(text, part) if i > 0):
            return True
    return False


_AUX_LAST = frozenset("要将会能想应")  # 环卫工阿英|要把…: a modal opening the predicate, no weak name's last syllable
_HOW_WELL = re.compile(r"[\u4e00-\u9fff]得(?:很|非常|十分|特别|格外|挺)")  # 果农冯生财|学得很认真: a verb, 得 and how well it is done


def _name_before_verb(text: str, p: int, known: frozenset[str]) -> int | None:
    """End of a three-character name at ``p`` right before a frequent verb (村民徐伟民|申请,
    大学生冯亚珂|选择, 果农冯生财|学得很认真), where a plain person is named by what they are, never when its last
    character opens a word (老战士钟飞|禁不住); None if there is none."""
    r = p + 3
    if r <= len(text) and text[p] in lexicons.surnames() and (grammar.verb_after(text, r, 100) or _HOW_WELL.match(text, r)) and text[r - 1 : r + 2] not in lexicons.common_words() and (
            grammar.name_end(text, p, known, extra=(text[r : r + 2],), min_strength=2, titled=False) == r):
        return r
    return None


def _name_before_adverb(text: str, p: int, known: frozenset[str]) -> int | None:
    """End of a two- or three-character name at ``p`` right before an adverb of two characters
    (村民杨秀峰|长期, 女儿杨康|马上), after what a plain person is; None when no split or more than
    one reads so; never a word (同胞|福祉|必将) nor a home (牧民家|离得|比较近)."""
    if p + 2 > len(text) or text[p] not in lexicons.surnames() or text[p] == "家" or _opens_with_word(text[p : p + 3]):
        return None
    words = lexicons.common_words()
    ends = [r for r in (p + 3, p + 2) if words.get(text[r : r + 2], "").startswith("d") and (
        grammar.name_end(text, p, known, extra=(text[r : r + 2],), min_strength=2, titled=False) == r)]
    return ends[0] if len(ends) == 1 else None


def _left_edge(text: str, p: int) -> bool:
    """Whether a name may start at ``p``: the start of a clause, or after a function word."""
    return p == 0 or text[p - 1] in HARD or text[p - 1] in " 、和与及对向在由同的了以"


_LEADER_TITLE = re.compile(r"总书记|国家副主席|国家主席|副主席|主席|副总理|总理|副委员长|委员长|总统|首相")


@lru_cache(maxsize=1)
def _three_character_figures() -> re.Pattern[str]:
    return re.compile(lexicons.alternation(n for n in lexicons.public_figures() if len(n) == 3))


@lru_cache(maxsize=1)
def _two_character_figures() -> frozenset[str]:
    return frozenset(n for n in lexicons.public_figures() if len(n) == 2)


@lru_cache(maxsize=1)
def _figure_given_names() -> frozenset[str]:
    """The given names of the three-character public figures (李克强 -> 克强), which the news
    also writes alone before a title as a familiar form (克强总理)."""
    return frozenset(n[1:] for n in lexicons.public_figures() if len(n) == 3)


def _story_names_before_titles(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """A three-character name the story itself vouches for (a title chain, a list), or a public
    figure of the lexicon, read again before a leader's title where no function word stands
    before it but no word runs into it either (聚焦到|习近平总书记): never a name only other
    articles vouch for, so the result never depends on which ones a build has read before.
    A two-character public figure only before a head of state's or government's title and
    after a function word or a clause edge (向|普京总统, 同|洪森总理)."""
    story = {h.name for h in hits if h.via in ("title", "list", "group", "byline") and len(h.name) == 3}
    story |= set(_three_character_figures().findall(text))  # 贯彻好|习近平主席
    taken = _Claimed(hits)
    out = list(hits)
    for m in _LEADER_TITLE.finditer(text):
        p = m.start() - 3
        if m.group() in _SHORT_NAMED_HEADS and text[p : m.start()] not in story and text[p + 1 : m.start()] in _two_character_figures() and _left_edge(text, p + 1):
            p += 1
        elif p < 1 or text[p : m.start()] not in story or _common_word(text[p - 1 : p + 1], 20) and not (p >= 2 and _plain_word(text[p - 2 : p], 1000)):
            continue  # 贯彻落|实习近平: a word runs into the name (but 落实|习近平主席: the verb before is whole)
        if taken.overlaps(p, m.start()) or text[m.end() : m.end() + 1] in "团台令们府馆级杯号":
            continue
        out.append(PersonHit(p, m.start(), text[p : m.start()], (Title(m.group(), "", m.group(), m.start(), m.end()),), "name-title"))
        taken.add(p, m.start())
    return sorted(out, key=lambda h: h.start)


def _name_before(text: str, s: int, known: frozenset[str]) -> bool:
    """Whether a name (or a surname alone, 采访习|主席) with a clear left edge ends right
    before a title at ``s``: 习近平总书记|贺信 has no name after the title."""
    words = lexicons.common_words()

    def left_edge(p: int) -> bool:
        return p == 0 or not "\u4e00" <= text[p - 1] <= "\u9fff" or text[p - 1] in "、和与及对向在由同的了以是" or (
            p >= 2 and words.get(text[p - 2 : p], "nr")[0] in "vpc")

    if s >= 1 and text[s - 1] in lexicons.surnames() and text[s - 1] not in grammar.NOT_NAME_CHARS | _STATE_ABBR:
        if not (s >= 2 and text[s - 2 : s] in words) and left_edge(s - 1):
            return True  # 采访习|主席: the surname stands for the name
    end = text[s : s + 4]
    return any(
        (left_edge(s - k) or text[s - k : s] in known) and grammar.name_end(text, s - k, known, extra=(end,), min_strength=2, titled=False) == s
        for k in (2, 3) if s >= k
    )


def _after_names(text: str, chain: list[Title], hits: dict[int, PersonHit]) -> list[Title]:
    """The part of a title chain after the names already found in it: no title runs over a
    name (秘书长古特雷斯致函|国家主席, 局长王楚雄和|县公安局党委副书记)."""
    over = [h.end for h in hits.values() if chain and h.start < chain[-1].end and chain[0].start < h.end]
    if not over:
        return chain
    cut = max(over)
    cut += text[cut : cut + 1] in ("和", "与", "及", "同")
    rest = [t for t in chain if t.start >= cut]
    first = next((t for t in chain if t.start < cut < t.end), None)
    if first is not None and (t := grammar.parse_title(text, cut, first.end)) is not None:
        rest.insert(0, t)
    return rest


_GOVERNMENT_ROLE = re.compile(r"(?:国务委员|副?总理|(?:常务|代)?副?[省市县区州]长)$")


def _branch(t: Title) -> str:
    """Which branch of the state a title is of, where one person cannot sit in two: the people's
    congress's standing committee, the government or the political consultative conference."""
    if "人大常委会" in t.org or (not t.org and t.role.endswith("委员长")):
        return "congress"
    if "政协" in t.org:
        return "consultative"
    if t.org.startswith("国务院") or t.org.endswith("政府") or (not t.org or t.org == "国务院") and _GOVERNMENT_ROLE.search(t.role):
        return "government"
    return ""


def _one_holder(chain: list[Title]) -> list[Title]:
    """The end of a title chain one person can hold: a standing committee's title never goes with
    a government's or a consultative conference's, so a chain mixing them lost a name between
    (全国人大常委会副委员长、|国务委员X: the first title is another's, dropped)."""
    branches = [_branch(t) for t in chain]
    cut = max((i + 1 for i in range(len(chain)) for j in range(i + 1, len(chain))
               if "congress" in (branches[i], branches[j]) and branches[i] and branches[j] and branches[i] != branches[j]), default=0)
    return chain[cut:]


def _after_foreign_member(text: str, start: int, hits: dict[int, PersonHit]) -> bool:
    """Whether the title at ``start`` follows, after 、, a list member of a foreign state
    (俄罗斯总统普京、|外长拉夫罗夫, …副总统穆波科、|外长蒙本盖圭): a bare role there is that state's."""
    if text[start - 1 : start] != "、":
        return False
    end = start - 1 - (2 if text.endswith("夫妇", 0, start - 1) else 0)  # 总统穆加贝夫妇、|副总统…
    return any(h.end == end and h.titles and any(_foreign_title(t) or t.role in _FOREIGN_ONLY_ROLES for t in h.titles) for h in hits.values())


_OVERTHROWN = re.compile(r"推翻|颠覆|罢黜|罢免|弹劾|废黜|反对")  # 推翻总统X政权: a head brought down, no post held
_REGIME = ("政权", "政府", "时期", "时代", "任内")


_MET_VERBS = ("会见", "会晤", "会谈", "会见了", "会晤了", "会谈了")
_STATE_LEADERS = ("总理", "副总理", "首相", "副首相", "副总统", "议长", "外长", "外交部长", "外交大臣")  # the leaders a state lists after its head


def _after_foreign_head(text: str, start: int, hits: dict[int, PersonHit]) -> bool:
    """Whether the title chain at ``start`` follows, after a comma, a name a foreign state's title holds
    right after 会见/会晤 (会见了爱尔兰总统X，|总理、统一党领袖Y，…): the list of that state's leaders goes on."""
    if text[start - 1 : start] not in ("，", ",") or not text.startswith(_STATE_LEADERS, start):
        return False  # (…会见了俄罗斯总统X，秘书长Y也出席: a head of another body, not the state's next leader)
    for h in hits.values():
        if h.end == start - 1 and h.titles and _foreign_title(h.titles[0]) and text.endswith(_MET_VERBS, 0, h.titles[0].start):
            return True
    return False


def _story_state_abbr(text: str, s: int) -> str:
    """The one character before a foreign-only role at ``s`` when it stands for a state the story
    named in full before (会见罗|总统X after 罗马尼亚, 委|总统 after 委内瑞拉): after a clause edge or a
    function word, and no word with what stands before it; "" when none (罗 is a surname too)."""
    ch = text[s - 1 : s]
    if s < 2 or not "\u4e00" <= ch <= "\u9fff" or ch in grammar.STATE_ONE or not (text[s - 2] in HARD or text[s - 2] in "、见同与和及对向的") or (
            text[s - 2 : s] in lexicons.common_words()):
        return ""
    return ch if any(len(c) >= 3 and c.startswith(ch) and 0 <= text.find(c) < s for c in lexicons.countries()) else ""


_ROYAL_AFTER = ("王储", "王子", "公主", "亲王")  # a foreign kin's rank after the name (侯赛因|王储), no part of it


def _foreign_kin_end(text: str, p: int, known: frozenset[str]) -> int | None:
    """End of a foreign holder's kin's name (约旦国王阿卜杜拉二世儿子侯赛因|王储, 特朗普女儿伊万卡|所率):
    transliterated first, for a surname may open it (侯赛因, not 侯赛); a royal rank or 所 after it is none of it."""
    for k in range(2, 7):  # 侯赛因|王储。: the rank is the clear edge the transliteration lacks
        if text.startswith(_ROYAL_AFTER, p + k) and grammar.all_syllables(text[p : p + k]) and all("\u4e00" <= c <= "\u9fff" for c in text[p : p + k]) and (
                grammar.right_strength(text, p + k + 2) >= 1 or grammar.verb_after(text, p + k + 2)):
            return p + k
    q = grammar.foreign_name_end(text, p, known)
    if q is None or not grammar.all_syllables(text[p:q]):
        return None  # 乌代|因伤入院, 伊万卡|因故缺席: a word within is no syllable (因 opens a clause), the name is name_end's
    if text[p:q].endswith(_ROYAL_AFTER) and q - p >= 4:
        q -= 2  # 孙子威廉王子|。
    elif text[q - 1] == "所" and q - p >= 3 and "\u4e00" <= text[q : q + 1] <= "\u9fff":
        q -= 1  # 伊万卡|所率代表团, 伊万卡|所创立: 所 before the verb it makes a noun of
    return q


_NATIONALITY = re.compile(r"(?:蒙古|朝鲜|俄罗斯)族")  # 蒙古族满族乡党委, 朝鲜族自治州: a nationality of China, no foreign state


def _foreign_title(t: Title) -> bool:
    """A title of a foreign state (by name or by its one-character abbreviation), of a foreign
    envoy, of an international body or of a foreign news agency's bureau (南非总统, 叙总统, 德国驻华大使,
    上海合作组织秘书长, 联大主席 by the body's short form, 路透社英国分社社长) or of another state's ruling party's
    centre (古共中央书记处书记)."""
    return (t.org.startswith(lexicons.countries()) and not t.org.startswith("中国")) or t.org.startswith(lexicons.foreign_centres()) or t.org.startswith(lexicons.international_orgs()) or (
        (e := lexicons.organizations().get(t.org)) is not None and e.kind == "international") or (
        t.org[:1] == "大" and t.org.endswith("党") and t.org.startswith(lexicons.countries(), 1)) or (  # 大印尼运动党: a greater state's party
        t.org in grammar.STATE_ONE or t.org[:1] in grammar.STATE_ONE and t.org[1:2] == "驻") or (  # 叙总统巴沙尔, 美驻利比亚大使X
        t.org[:1] in grammar.STATE_ONE and t.org.startswith(_STATE_BODIES, 1)) or (  # 美财政部副部长马尔帕斯, 俄外交部发言人
        t.role.endswith("领导人") and t.org.endswith("党")) or (  # 激进左翼联盟党领导人: only a foreign party's (grammar.leader_title)
        grammar.FOREIGN_AGENCY_BUREAU.fullmatch(t.org) is not None) or (  # 路透社英国分社社长约翰逊: a foreign news agency's bureau
        grammar.FOREIGN_STATE.fullmatch(t.org) is not None and lexicons.place_prefix(t.org) is None) or (  # 科罗拉多州州长 (not 黔东南州)
        _foreign_body_known(t.org))  # 白宫发言人X: a body the lexicon knows as a foreign state's (美国白宫)


def _foreign_body_known(org: str) -> bool:
    """Whether the organisations lexicon writes ``org`` with a foreign state's name too (白宫, 美国白宫)."""
    e = lexicons.organizations().get(org)
    return e is not None and any(f.startswith(lexicons.countries()) and not f.startswith("中国") for f in (e.name, e.short, *e.aliases))


# A state's central bodies, after its one-character abbreviation (美财政部, 俄外交部): never a place's (泰州市).
_STATE_BODIES = ("外交部", "财政部", "国防部", "商务部", "司法部", "内政部", "能源部", "国土安全部", "国务院", "联邦", "国会", "参议院", "众议院", "央行", "总统府")


def _country_in_clause(text: str, pos: int) -> bool:
    """Whether a foreign country is named in the clause before ``pos`` (its title's body is
    then that state's: 俄罗斯联邦会议|联邦委员会主席)."""
    start = max(text.rfind(c, 0, pos) for c in "，,。；;：:\n“”") + 1
    return lexicons.country_re(foreign=True).search(text, max(start, pos - 30), pos) is not None


def _holds_figure(name: str) -> bool:
    """Whether a public figure's name opens ``name`` or follows its first character without being all of it: a
    Chinese leader and a word, no Japanese name (国家主席习近平|特使 in a story about Japan, 天皇请|王岐山)."""
    return any(name[i : i + k] in lexicons.public_figures() and name[i : i + k] != name for i in (0, 1) for k in (2, 3, 4))


def _japan_named_last(text: str, pos: int) -> bool:
    """Whether 日本 is the last foreign state the story names before ``pos`` (or, where none stands
    before it, the first after it in its sentence): a title with no state of its own is then Japan's."""
    last = None
    for m in lexicons.country_re(foreign=True).finditer(text, 0, pos):
        last = m.group()
    if last is None:
        end = min((i for i in (text.find(c, pos) for c in "。；;\n") if i >= 0), default=len(text))
        last = (m := lexicons.country_re(foreign=True).search(text, pos, end)) and m.group()
    return last == "日本"


def _country_in_sentence(text: str, pos: int) -> bool:
    """Whether a foreign country opens a clause of the sentence before ``pos`` (俄罗斯新一届政府设…，外交部长X)."""
    start = max(text.rfind(c, 0, pos) for c in "。；;\n") + 1
    return any(lexicons.country_re(foreign=True).match(text, i) for i in [start] + [j + 1 for j in range(start, pos) if text[j] in "，,"])


# A list of members closed by the delegation they make up, within one clause (包括财政部长X、…和贸易代表
# Y等成员的美方代表团): the state named there.
_MEMBERS_OF_DELEGATION = re.compile(r"[^，,。；;：:\n]{0,50}?等(?:成员|人)?的(?P<state>[\u4e00-\u9fff]{1,6}?)方?代表团")


def _delegation_state_after(text: str, pos: int) -> bool:
    """Whether the title at ``pos`` opens a list closed by a foreign state's delegation (…等成员的美方
    代表团): its titles are that state's, written without its name."""
    m = _MEMBERS_OF_DELEGATION.match(text, pos)
    if m is None:
        return False
    state = m["state"]
    return state != "中国" and (state in lexicons.countries() or (len(state) == 1 and state in grammar.STATE_ABBR and state != "中"))


def _title_edge(text: str, start: int, hits: dict[int, PersonHit]) -> bool:
    """Whether a title starting at ``start`` starts whole: after punctuation or a list mark, or
    after a verb, adverb or time word (包括|财政部长X, 要求|总理X), or after 和/与/及 that follow a person
    already read (总统扎尔达里和|总理阿什拉夫, not 战略和|情报部长)."""
    before = text[start - 1 : start]
    if not "\u4e00" <= before <= "\u9fff" or before in "、兼" or _after_verb(text, start):
        return True
    return before in "和与及" and any(h.end == start - 1 for h in hits.values())


def _country_item(text: str, pos: int) -> bool:
    """Whether the list item ending at ``pos`` is a country and nothing else (朝鲜|、越南…, but
    not 施奈德-阿曼|、: a name that ends like one)."""
    start = max(text.rfind(c, 0, pos) for c in "、，,。；;：:\n") + 1
    return text[start:pos] in lexicons.countries()


def _country_before(text: str, pos: int) -> bool:
    """Whether a country name ends at ``pos`` (巴基斯坦|总理: 斯坦 is no name)."""
    return lexicons.country_ends(text, pos)


def _byline_names(text: str, s: int, e: int, hits: dict[int, PersonHit], known: frozenset[str]) -> None:
    seg = text[s:e]
    for m in _BYLINE_SLASH.finditer(seg):
        p = s + m.start("name")
        q = grammar.name_end(text, p, known, extra=("/",), min_strength=2)
        if q is not None and q == s + m.end("name") and p not in hits:
            hits[p] = PersonHit(p, q, text[p:q], (), "byline", _BYLINE_ROLE[m.group("role")])
    for m in _BYLINE.finditer(seg):
        role = _BYLINE_ROLE[m.group("role")]
        p = s + m.end()
        if m.group("role") in ("文", "图", "摄") and not seg[m.end("role") : m.end()].strip():
            continue  # "X/文" handled above; a bare 文 is just a word
        while p < e:
            q = grammar.name_end(text, p, known, extra=_BYLINE_AFTER, min_strength=2)
            if q is None or q > e:
                break
            if p not in hits:
                hits[p] = PersonHit(p, q, text[p:q], (), "byline", role)
            p = q
            while p < e and text[p] in " \u3000、,，":
                p += 1
            if text.startswith(("摄", "报道"), p):
                break


# What may stand right before another mention of a name already found, where a character does.
# (仪式后|习近平同X举行会谈: an act's 后/前 closes the clause's time before the name)
_KNOWN_LEFT = re.compile(r"(?:由|和|与|及|同|对|向|在|受|请|是|的|了|后|前|邀请|陪同|会见|听取)$")
_WORD_LEFT = frozenset("同及")  # the left edges that make a conjunction with the next character (同|时, 及|时)


def _word_across(text: str, i: int) -> bool:
    """Whether the left edge 同/及 before ``i`` and the character at ``i`` make a conjunction (他同时警告:
    同时, no 同 before a name); never a joiner before a whole name (和田学军, 由于伟国, 了解振华)."""
    return text[i - 1 : i] in _WORD_LEFT and lexicons.common_words().get(text[i - 1 : i + 1], "").startswith("c")


# What follows a hero's name that names a place (班佑烈士纪念碑 by 班佑村), not the person.
_PLACE_END = frozenset("村乡镇县市区河山路街")
_VILLAGE_END = frozenset("村乡镇沟庄湾坪屯寨岭峪坡岗洼堡铺营坝垭滩塬梁峁嘴")  # the ending of a village's name (刘家沟, 王庄)


def _village(name: str, known: frozenset[str]) -> bool:
    """Whether ``name`` before 第一书记 is a village's (刘家沟|第一书记, 王庄|第一书记), not its holder: a place
    word or a village's ending, never a name the story knows (金正恩|第一书记)."""
    return len(name) >= 2 and name not in known and (
        name[-1] in _VILLAGE_END or lexicons.common_words().get(name, "").startswith("ns"))


def _named_again(text: str, p: int) -> int | None:
    """End of the longest span of three to eight characters from ``p`` that the story names
    again at the opening of a clause, before a clear edge (牧民阿吾巴克尔的… ，阿吾巴克尔开始…):
    the repetition vouches for a name the syllable reader cuts at a word (巴克)."""
    if text[p : p + 1] in grammar.NOT_NAME_CHARS or _plain_word(text[p : p + 2], 30):
        return None  # 村民|纷纷向总书记问好: a word opens a phrase, not a name
    for q in range(min(len(text), p + 8), p + 2, -1):
        name = text[p:q]
        if len(name) >= 4 and lexicons.common_words().get(name[-2:], "") == "n" and lexicons.word_frequency(name[-2:]) >= 100:
            continue  # 尤文肉瘤是一种…: a common noun closes a kind of thing (肉瘤), no transliterated name
        if not all("\u4e00" <= c <= "\u9fff" for c in name) or any(c in name for c in "的了是在和与及就也都") or name[-1] in _NOT_NAME_END:
            continue  # 王海全说: the span may not run on into a word after the name
        if text[q : q + 1] == "·":
            continue  # 演员西尔克|·潘: a dotted name's first part, cut at its dot, is no name (name_end reads it whole)
        if any(i != p and _opens_clause(text, i, len(name)) for i in grammar.occurrences(text, name)):
            return q
    two = text[p : p + 2]
    if len(two) == 2 and text[p] in lexicons.surnames() and two not in lexicons.common_words() and all("\u4e00" <= c <= "\u9fff" for c in two) and not set(two) & set(
            "的了是在和与及就也都") and two[-1] not in _NOT_NAME_END and sum(
            text[i - 1 : i] in "，,。；;\n>" and grammar.right_strength(text, i + 2) >= 1 for i in grammar.occurrences(text, two) if i != p) >= 2:
        return p + 2  # 牧民西尕…，西尕和他的家人…。西尕要把…: a surname and a character that make no word, opening clauses again and again
    return None


# What closes a household named after its head (牧民X家中, 村民X一家, 牧民X小两口): the name's edge.
_HOUSEHOLD = re.compile(r"(?:家(?:中|里|门|[，,。；;]|的(?:院|房|屋|客厅))|一家[人，,。]|小两口|夫妇)")


def _household_end(text: str, p: int) -> int | None:
    """End of a name of three to five characters with no surname (a transliteration: 牧民额乐布格|小两口,
    小学生伊斯坎德拉|家中) between a plain person's designation at ``p`` and the household it
    heads; None when the span holds a word, a function word or a number."""
    if text[p : p + 1] in grammar.NOT_NAME_CHARS or _plain_word(text[p : p + 2], 20):
        return None  # 村民|们在家门口
    for q in range(p + 3, min(len(text), p + 6)):
        if not _HOUSEHOLD.match(text, q):
            continue
        name = text[p:q]
        if not all("\u4e00" <= c <= "\u9fff" for c in name) or any(c in name for c in "的了是在和与及就也都们把被给从向为等、") or re.search(NUMERAL, name):
            return None  # 村民张三和李四家: two names, not one
        if any(_common_word(name[i : i + 2], 20) for i in range(len(name) - 1)) or name[-1] in _NOT_NAME_END:
            return None  # 居民|正忙活着搬家: a phrase
        if "将" in name or _common_word(text[q - 1 : q + 1], 20):
            return None  # 村民李明将自|家的房子: a modal, and 自家 a word the household character closes
        return q
    return None


_GONE_AFTER = grammar.MEMORIALS + ("的故乡", "的家乡", "诞辰", "同志诞辰", "生前", "逝世", "去世", "病逝")


def _remembered(text: str, name: str) -> bool:
    """Whether the story tells of ``name`` as of someone gone (艾思奇纪念馆, 艾思奇的故乡, his
    birth anniversary or death): what he was known as is history, not a post now."""
    return any(text.startswith(_GONE_AFTER, i + len(name)) for i in grammar.occurrences(text, name))


# 以X为团长的代表团 (…访华代表团, …访问团): a group named by its kind alone, no one's body for its head's post
_GROUP_ONLY = re.compile(r"(?:访华|访京)?(?:代表团|访问团|访京团|访华团)")


def _led_titles(text: str, m: re.Match[str], hits: Iterable[PersonHit]) -> tuple[Title, ...]:
    """The post ``m`` (a ``_LED_BY`` match) gives its head: 以王晨为团长的中国代表团 -> 中国代表团团长."""
    role, body, name = m["role"], m["body"] or "", m["name"]
    said = any(h.name == name and any(t.role == role and t.org for t in h.titles) for h in hits)
    if role == "首" or (role.endswith("团长") and not body) or _GROUP_ONLY.fullmatch(body) or said \
            or body and grammar.led_long_ago(text, m.start("name")):
        return ()  # …为首的: a person who leads, no post; 中共中央总书记胡锦涛…以胡锦涛同志为总书记的: said in full already
    return (Title(body + role, body, role, m.start("role"), m.end("role")),)


def _led_head(text: str, m: re.Match[str], hits: Iterable[PersonHit], meta) -> PersonHit | None:
    """The head ``m`` (a ``_LED_BY`` match) names, with his post; None for a byline, a place, a party or a withheld
    name (以美国为首的, 以新民党为首的, 以纪某为首的) or one overlapping a name already read."""
    p, q = m.span("name")
    if any(s <= p < e for s, e, _ in meta) or m["name"] in lexicons.places() or "某" in m["name"] or m["name"].endswith(("党", "联盟", "阵线")) \
            or any(h.start < q and p < h.end for h in hits):
        return None  # (以新民党为首的联合政府: a party leads, no person)
    titles = _led_titles(text, m, hits)
    return PersonHit(p, q, m["name"], titles, "name-title" if titles else "cue")


def _led_mentions(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """The head 以X为团长的…代表团 names where X, a name the grammar reads only elsewhere in the story
    (林芳正表示), was not read: X there, with the post."""
    names, out = {h.name for h in hits}, list(hits)
    for m in _LED_BY.finditer(text):
        if m["name"] in names and (head := _led_head(text, m, out, meta)) is not None:
            out.append(head)
    return sorted(out, key=lambda h: h.start)


def _known_mentions(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """Other mentions of names already found: 闫晨曦在讲话中强调."""
    names = {h.name for h in hits if len(h.name) >= 2}
    # the role a name was read with, written again after it: 世界卫生组织总干事陈冯富珍 … 会见陈冯富珍总干事
    roles: dict[str, set[str]] = {}
    for h in hits:
        roles.setdefault(h.name, set()).update(t.role for t in h.titles if len(t.role) >= 2)
    taken = _Claimed(hits)
    out = list(hits)
    for name in sorted(names, key=len, reverse=True):
        for s in grammar.occurrences(text, name):
            e = s + len(name)
            if taken.overlaps(s, e) or text[e : e + 1] in _JOINER or text[s - 1 : s] in _JOINER:
                continue  # 劳尔|·卡斯特罗: a part of a longer dotted name, which the dotted reader takes whole
            if grammar.right_strength(text, e) == 0 and not text.startswith(("书记", "主任", "同志", *roles[name]), e):
                continue
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and (not _KNOWN_LEFT.search(text, max(0, s - 2), s) or _word_across(text, s)):
                if not _role_follow_re().search(text[max(0, s - 6) : s] + "$"):
                    continue
            out.append(PersonHit(s, e, name, (), "known"))
            taken.add(s, e)
    return sorted(out, key=lambda h: h.start)


# What a 、-list of brands, firms or places ends with: 奥迪、路虎、通用等汽车制造商.
_NOT_PEOPLE_AFTER = re.compile(r"等?[\u4e00-\u9fff]{0,6}?(?:公司|企业|制造商|厂商|车企|品牌|集团|银行|机构|国家|城市|地区|省份|媒体|网站|大学|高校)")


# Where a title-less list may open: a clause edge, then blanks of the line only (a run of
# blank lines would make the search quadratic in its length).
_LIST_START = re.compile(r"(?:^|(?<=[，,。；;：:\n“（(])|(?<=[，,]以及))[ \t\u3000]*(?=[\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff]{1,4}[）)])?、)")

# A list of names after what the people are and 有 (出席座谈会的党外人士还有丁一、王二、张三等; 发言的有…),
# or after the national team its athletes play for (中国队丁一、王二、张三分别…).
_LIST_LEAD = re.compile(r"(?:(?:人士|人员|代表|嘉宾|同志|委员|负责人|领导|的)[还也]?有|(?:中国|国家)[男女]?队)"
                        r"(?=[\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff]{1,4}[）)])?、)")

# 以X、Y、Z为代表的…: the people a group is named after, a list opened by 以 and closed by 为代表 — only
# where the group is one of people (共产党人, 英雄, 医疗卫生工作者), never firms, brands or places (海尔、海信…为代表的企业)
_REPRESENTED_PEOPLE = ("共产党人", "党人", "先烈", "烈士", "英雄", "模范", "楷模", "典型", "人物", "同志", "人士", "人员",
                       "工作者", "医生", "医务人员", "护士", "科学家", "专家", "学者", "企业家", "艺术家", "作家", "教师",
                       "党员", "干部", "群体", "将领", "先辈", "先驱", "志士", "运动员", "军人", "工人", "农民")
_LIST_REPRESENTED = re.compile(r"以(?=[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff、·]{2,60}?为代表的[^，,。；;：:“”、]{0,16}?(?:"
                               + "|".join(_REPRESENTED_PEOPLE) + "))")

_CREDITS = ("编剧", "作曲", "作词", "主演", "执导", "领衔")  # what a list of artists ends with: …王某编剧
# 由X、Y、Z组成的中国队: the members a team or group is made of, a list opened by 由 and closed by 组成的 (its first
# member read by the list's shape, as the later ones are: bare_name_list judges the whole)
_LIST_FORMED = re.compile(r"由(?=[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff、]{2,60}?组成的[^，,。；;：:“”、]{0,8}?(?:队|小组|组合|团队))")
_MEMBER_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)](?=、)")


def _joins_one(text: str, q: int, joins: tuple[str, ...] = ("和", "及")) -> bool:
    """Whether 和/及 (or ``joins``) at ``q`` may join one more person (…和|王二), not a role or what people are (和|村干部)."""
    return text.startswith(joins, q) and not _role_follow_re().match(text, q + 1)


# What a pair closed by 等 is when its people are named (王大海和赵明远等|人, 等|同志): people, not firms or places.
_PEOPLE_AFTER_DENG = re.compile(r"等(?:人|同志|领导|负责同志)")


def _closing_member(text: str, q: int, known: frozenset[str]) -> tuple[int, int] | None:
    """The last member that 和/及 adds at ``q`` to a title-less list of names, a whole name before
    a clear edge or a frequent verb (…蔡三和苗四|观看演出); None if there is none."""
    if not _joins_one(text, q):
        return None
    if (r := grammar.name_end(text, q + 1, known, min_strength=2, titled=False)) is not None:
        return q + 1, r
    for r in (q + 4, q + 3):
        if grammar.verb_after(text, r) and grammar.name_end(text, q + 1, known, extra=(text[r : r + 2],), min_strength=2, titled=False) == r:
            return q + 1, r
    return None


def _named_thing(word: str) -> bool:
    """Whether the dictionary knows ``word`` as no person's name (神舟, 天宫, 黄河; not 高峰, 李强: tagged names)."""
    tag = lexicons.common_words().get(word)
    return tag is not None and not tag.startswith("nr")


def _unread_item(text: str, p: int, known: frozenset[str]) -> int | None:
    """Where the next member starts after an item of two to five characters at ``p`` that no rule
    reads as a name, inside a long list of names (…顾秀莲、热地、乌云其木格…): both it and the next
    member end at 、; None otherwise."""
    for k in (2, 3, 4, 5):
        if not all("\u4e00" <= c <= "\u9fff" for c in text[p : p + k]) or text[p + k : p + k + 1] != "、":
            continue
        r = p + k + 1
        nxt = grammar.name_end(text, r, known, extra=_CREDITS, min_strength=1, titled=False) or grammar.list_member_end(text, r)
        return r if nxt is not None and text.startswith("、", nxt) else None
    return None


def _is_firm(word: str) -> bool:
    """Whether ``word`` is a written form of an enterprise in the organisations lexicon (西门子, 宝马)."""
    return (e := lexicons.organizations().get(word)) is not None and e.kind == "enterprise"


def _list_mentions(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """Title-less lists that name someone the story (or corpus) already knows: 王勇、王毅、
    肖捷参加 after 国务委员王勇 — every member must be a whole name ending at 、 and the
    list must end at a clear edge (等, 参加, punctuation)."""
    known = frozenset(h.name for h in hits if h.via in ("title", "list", "byline", "corpus", "group"))
    if "、" not in text:
        return hits  # no list at all
    taken = _Claimed(hits)
    out = list(hits)
    longest_first = sorted(known, key=len, reverse=True)
    formed = {m.end() for m in _LIST_FORMED.finditer(text)}
    starts = sorted({m.end() for m in _LIST_START.finditer(text)} | {m.end() for m in _LIST_LEAD.finditer(text)}
                    | {m.end() for m in _LIST_REPRESENTED.finditer(text)} | formed)
    for start in starts:
        p, members = start, []
        while p < len(text):
            name = next((k for k in longest_first if text.startswith(k, p)), None)
            q = p + len(name) if name else grammar.name_end(text, p, known, extra=_CREDITS + ("组成",), min_strength=1, titled=False)
            if q is None and (members or start in formed):
                q = grammar.list_member_end(text, p)  # …陈希、陈全国、陈敏尔…; 陈国旺、范明政、…: bare_name_list judges the whole
                if q is not None and len(members) == 1 and text[p:q] in lexicons.common_words():
                    q = None  # 张伟、长江、黄河等, 王伟、卫星…: a second member read by the list's shape alone is no dictionary word
            if q is None and (len(members) >= 3 or members and all(text[a:b] in known or text[a:b] in lexicons.public_figures() for a, b in members)) and (skip := _unread_item(text, p, known)) is not None:
                p = skip  # …顾秀莲、热地、乌云其木格…: an item no rule reads (热地 is a word) is passed over, the list goes on
                # (after known names or public figures only, as soon as the second item: 李鹏、万里、乔石…)
                continue
            if q is None or not (text.startswith("、", q) or _MEMBER_NOTE.match(text, q) or members):
                break
            members.append((p, q))
            if (note := _MEMBER_NOTE.match(text, q)) is not None:
                q = note.end()  # 阎某（执笔）、王某: a note on the member's part
            if not text.startswith("、", q):
                joined = _closing_member(text, q, known)
                conj = 2 if text.startswith("以及", q) else 1  # …李四以及傅全有、王五…: 以及 joins the next run as 和 does
                if joined is None and len(members) >= 2 and text.startswith(("和", "及", "以及"), q) and (r := grammar.list_member_end(text, q + conj)) is not None:
                    joined = (q + conj, r)  # …张三、李四和傅全有、王五…: the list goes on after the member 和 joins, read as its members are
                if joined is not None and _named_thing(text[joined[0] : joined[1]]):
                    joined = None  # …王亚平以及|神舟、天宫等: a craft or a place the dictionary knows joins no list of names
                if joined is None or not text.startswith("、", joined[1]):
                    break
                members.append(joined)  # 邵五和蒋六、李七: 和 joins two runs of one list
                q = joined[1]
            p = q + 1
        if len(members) < 2 or not (any(text[a:b] in known for a, b in members) or grammar.bare_name_list(text, members)):
            continue
        if grammar.right_strength(text, members[-1][1], _CREDITS + ("组成",)) < 1 or any(s <= members[0][0] < e for s, e, _ in meta):
            continue
        if _NOT_PEOPLE_AFTER.match(text, members[-1][1]):
            continue  # 奥迪、路虎、通用等汽车制造商: brands, not people
        if any(_is_firm(text[a:b]) for a, b in members):
            continue  # 宝马、西门子等一大批外资项目: a firm the lexicon knows makes the list one of brands
        if (last := _closing_member(text, members[-1][1], known)) is not None and not _named_thing(text[last[0] : last[1]]):
            members.append(last)  # 丁一、黄二、蔡三和苗四观看演出: the member 和 adds before the predicate (not …和神舟: a craft)
        for a, b in members:
            if not taken.overlaps(a, b):
                out.append(PersonHit(a, b, text[a:b], (), "known"))
                taken.add(a, b)
    return sorted(out, key=lambda h: h.start)


def _joined_mentions(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """The one 和/及/与 joins to a person found, the pair closed by 等 and people or a verb, by 都 and a verb or
    an adverb, or by 共同 (苏兆征和|林伟民|等人倡导, X和|王强|都顺利晋级, X与|王强|共同主持): a whole name, no word."""
    known = frozenset(h.name for h in hits)
    taken = _Claimed(hits)
    out = list(hits)
    for name in sorted(known, key=len, reverse=True):
        for s in grammar.occurrences(text, name):
            a = s + len(name) + 1
            if not _joins_one(text, a - 1, ("和", "及", "与")):
                continue
            if (b := grammar.name_end(text, a, known, min_strength=1, titled=False)) is None or b - a not in (2, 3) or not (
                    _PEOPLE_AFTER_DENG.match(text, b) or text.startswith("共同", b)
                    or text.startswith(("等", "都"), b) and grammar.verb_after(text, b + 1)
                    or text.startswith("都", b) and lexicons.common_words().get(text[b + 1 : b + 3], "x")[0] in "ad"):
                continue  # (not 徐工等|企业, 杨凌等|地干部: firms and places)
            other = text[a:b]
            if taken.overlaps(a, b) or any(x <= a < y for x, y, _ in meta) or text[a] not in lexicons.surnames() or (
                    _word_like(other) or _opens_with_word(other) or other in lexicons.places()):
                continue
            out.append(PersonHit(a, b, other, (), "known"))
            taken.add(a, b)
    return sorted(out, key=lambda h: h.start)


# Rosters set as announcements print them (…委员名单（按姓氏笔画为序）, then 丁仲礼 卫留成 马志武(回族) …):
# a line of whole names, one after another, each maybe with a note of sex, nationality or unit.
_ROSTER_HAN = "[\u3400-\u9fff\U00020000-\U0003ffff]"  # 马𫘜: a rare character of a name lies beyond the basic block
_ROSTER_NAME = rf"{_ROSTER_HAN}{{1,10}}(?:[·\-－]{_ROSTER_HAN}{{1,10}}){{0,3}}"
_ROSTER_NOTE = r"\s*[（(][\u4e00-\u9fff，,、]{1,12}[）)]"
_ROSTER_ITEM = re.compile(rf"(?P<name>{_ROSTER_NAME})(?P<note>{_ROSTER_NOTE})?")
_ROSTER_ORDER = re.compile(r"[（(]?[^（()）]{0,12}?按(?:姓[名氏]笔[划画]|得票多少)[^（()）\n]{0,24}[）)]?[:：。]?")
_ROSTER_GAP = re.compile(r"[ \u3000\t]+|[、，,]\s*|(?<=[）)])(?=[\u4e00-\u9fff])")  # …(女，彝族)王胜明: a note, then the next name
_ROSTER_HEAD = re.compile(r"名单|按姓[名氏]笔[划画]")
_ROSTER_COUNT = re.compile(r"[（(]?(?:共|计)?\d+[人名][）)]?")
_ROSTER_BLANK = re.compile(r"[\u4e00-\u9fff）)][ \u3000]+[\u4e00-\u9fff]")
_ROSTER_BARE_ROLE = re.compile(r"[\u4e00-\u9fff]{2,8}[ \u3000]+")
_ROSTER_ROLE = re.compile(r"(?P<head>[^\n：:]{1,40}?)(?:名单)?\s*[:：]")
_ROSTER_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")  # 一、中央政治局委员
_ROSTER_PROSE = re.compile(r"[，,。；;：:！？!?“”]")


def _roster_line(text: str, s: int, e: int, headed: bool, alone: bool = False) -> list[tuple[int, int]] | None:
    """The names of a roster line ``text[s:e]`` (whole names only, the line fully read): set
    apart by blanks (or by 、/， under a roster head), each a surname and given name, a name with
    a note (白玛赤林(藏族)) or a foreign or minority name with ·/-; None when the line is not one."""
    items: list[tuple[int, int]] = []
    p, seps, rare = s, set(), 0
    tail = re.search(r"(?:等人?)?[。；;\s]*$", text[s:e])
    e = s + tail.start()  # …、刘东等。: the list ends before 等
    surnames, words = lexicons.surnames(), lexicons.common_words()
    while p < e:
        m = _ROSTER_ITEM.match(text, p)
        if m is None:
            return None
        a, b = m.span("name")
        name = text[a:b]
        sep = _SEPARATED.search(name) is not None
        sur = name[:2] in surnames or name[:1] in surnames and len(name) <= 3  # 海尔集团: four characters need 欧阳, 令狐 …
        if not (2 <= len(name) <= 4 and sur or sep or (m.group("note") and 2 <= len(name) <= 6)):
            if len(name) not in (2, 3, 4):
                return None
            rare += 1  # 姒健敏: a surname too rare for the lexicon, among many names
        elif name in lexicons.places() or lexicons.country_at(name) == name or not words.get(name, "nr").startswith("nr"):
            rare += 1  # 钟山, 乌兰, 游客: a name that is also a place or a word, among many names (but not a caption's 迪拜　游客)
        items.append((a, b))
        p = m.end()
        gap = _ROSTER_GAP.match(text, p)
        if gap is None:
            break
        seps.add(text[gap.start()] if text[gap.start()] in "、，," else " ")
        p = gap.end()
    if p < e or len(seps) > 1 or not items or rare * 10 > len(items):
        return None
    if not seps:
        return items if alone else None  # 委员长 / 栗战书: one name a line, under a role of its own
    if seps == {" "}:
        return items if headed or len(items) >= 5 else None
    return items if headed and len(items) >= 2 else None


def _roster_title(text: str, s: int, e: int, whole: bool = False) -> Title | None:
    """The role a roster's head gives its names (委员：, 一、中央政治局委员, 副主任：): the last
    title of the head, when it ends the head; with ``whole``, only when titles fill the head."""
    head = _ROSTER_ORDER.sub("", text[s:e]).rstrip(" \u3000\t:：")
    head = head.removesuffix("名单").rstrip(" \u3000\t:：")
    if not head:
        return None
    begin = text.find(head, s)
    end = begin + len(head)
    chain = grammar.title_chain(text, max(s, end - 40), end)
    return chain[-1] if chain and chain[-1].end == end and (not whole or chain[0].start == begin) else None


def _role_line(text: str, s: int, e: int) -> Title | None:
    """The role of a line that is only a role, the head of the names below it (副委员长; 一、中央政治局委员;
    常务委员会委员（按姓氏笔画为序）): short, no clause, titles from its start (past a number) to its end;
    never an honour (全国优秀县委书记): the names below are praised, they hold no post by it."""
    if e - s > 30 or _ROSTER_PROSE.search(text, s, e):
        return None
    number = _ROSTER_NUMBER.match(text, s)
    s = number.end() if number else s
    return None if grammar.is_honour(text[s:e]) else _roster_title(text, s, e, whole=True)


def _roster_mentions(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """Names of an announced roster (委员：（按姓氏笔画为序）丁仲礼 卫留成 …), one line of names
    under a head (名单, 按姓氏笔画为序, a role and a colon); a role in the head is their title."""
    if not _ROSTER_HEAD.search(text) and not _ROSTER_BLANK.search(text):
        return hits  # no head, no names set apart by blanks: no roster (a quick test for most stories)
    found: list[PersonHit] = []
    title: Title | None = None  # the role the head above gives
    headed = False  # a roster head stands above (名单, 按姓氏笔画为序, 委员：)
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = m.start() + len(m.group()) - len(m.group().lstrip(" \u3000\t")), m.end()
        if s >= e or any(a <= s < b for a, b, _ in meta):
            continue
        if _ROSTER_COUNT.fullmatch(text, s, e):
            continue  # （共22人）: the head goes on
        role = _ROSTER_ROLE.match(text, s, e)
        if role is None and (bare := _ROSTER_BARE_ROLE.match(text, s, e)) is not None and _roster_title(text, s, bare.end()) is not None:
            role = bare  # 副书记 杨晓渡 张升民 …: a role, a blank, the names
        start = role.end() if role else s
        if (order := _ROSTER_ORDER.match(text, start, e)) is not None:
            start = order.end()
        while start < e and text[start] in " \u3000\t":
            start += 1
        head = role is not None or order is not None or _ROSTER_HEAD.search(text, s, e) is not None
        names = _roster_line(text, start, e, headed or head, title is not None and start == s) if start < e else None
        if names is None:
            if e - s > 60 and not head:
                headed, title = False, None  # a line of text: the roster is over
                continue
            line_title = _roster_title(text, s, start) if s < start < e else _roster_title(text, s, e) if start == e else _role_line(text, s, e)
            if head or line_title is not None:
                headed, title = True, line_title if (line_title or role) else title
            else:
                headed, title = False, None
            continue
        if start > s:
            title = _roster_title(text, s, start) or (title if role is None else None)
        headed = True
        titles = (title,) if title is not None else ()
        found += [PersonHit(a, b, text[a:b], titles, "list" if titles else "known") for a, b in names]
    if not found:
        return hits
    titled = [(h.start, h.end) for h in found if h.titles]  # a roster replaces untitled names only to give them its role
    kept = [h for h in hits if h.titles or not any(a < h.end and h.start < b for a, b in titled)]
    taken = _Claimed(kept)
    return sorted(kept + [h for h in found if not taken.overlaps(h.start, h.end)], key=lambda h: h.start)


# A party's candidate in an election abroad: 共和党候选人罗姆尼, 民主党总统候选人奥巴马, “前进”运动候选人马克龙.
_CANDIDATE = re.compile(r"(?P<party>(?:党|运动|阵线|联盟)”?)(?P<of>的)?(?P<role>(?:副?总统)?候选人)")
_PARTY_LEFT = set("，,。、；;：:（(“的和与及是为了而—-\n ")  # not 由: 自由党
_ELECTION_VERB = re.compile(r"击败|战胜|迎战|挑战|包括|对阵|输给|败给|领先于?|落后于?|支持|抹黑|破坏|诽谤|攻击")  # 希拉里击败|共和党


_CLAUSE_CHARS = set("将在于向被把给说称曾已")  # not 对: 反对党


# Words that open a party's name as often as they are verbs (联合|民主党, 独立|民主党, 改革|保守党): a known party
# after them may be only the tail of a longer one, whose whole name the lexicon lacks.
_PARTIES_LONGEST_FIRST = tuple(sorted(lexicons.FOREIGN_PARTIES, key=len, reverse=True))  # 立宪民主党 before 民主党
_PARTY_NAME_WORDS = frozenset(
    "联合 独立 改革 民主 统一 自由 社会 进步 团结 革新 复兴 人民 国家 共和 保守 发展 解放 振兴 民族 爱国 公民 正义 和平 "
    "繁荣 前进 革命 劳动 工人 农民 绿色 联邦 全国 共同 希望 未来 合作 重建 维新 变革 民权 基督 新兴".split())


def _clause_word_before(text: str, i: int) -> bool:
    """Whether a clause's word ends right before ``i``: a clause character or a verb (在调查|民主党), never
    the first words of a longer party (社会|民主党, 联合|民主党, 改革|保守党)."""
    if text[max(0, i - 2) : i] in _PARTY_NAME_WORDS:
        return False
    return text[i - 1 : i] in _CLAUSE_CHARS or lexicons.common_words().get(text[max(0, i - 2) : i], "").startswith("v")


def _party_start(text: str, end: int) -> int | None:
    """Start of the party's name that ends at ``end`` (社会自由党, “前进”运动): back to a clause
    edge, then past an earlier 党 (执政党|自由韩国党, 右翼小党|社会自由党) but not into 反对党|联盟."""
    s = end
    while s > max(0, end - 16) and (text[s - 1] not in _PARTY_LEFT or text[s - 1] == "“" and "”" in text[s:end] or text[s - 2 : s] == "共和"):
        s -= 1
        if text[s] == "“":
            break  # “国民阵线”: the quoted name is the party's whole name
    if (s > 0 and text[s - 1] not in _PARTY_LEFT and text[s] != "“") or text[s:end].count("“") != text[s:end].count("”"):
        return None  # no clear edge before the party
    last = text.rfind("党", s, end - 1)
    if last >= 0 and end - (last + 1) >= 3 and text[end - 1] == "党":
        s = last + 1  # 最大在野党|共同民主党
    if (verbs := list(_ELECTION_VERB.finditer(text, s, end))) and end - verbs[-1].end() >= 2:
        s = verbs[-1].end()  # 总统选举中击败|民主党: the contest, then the party
    if any(c in _CLAUSE_CHARS for c in text[s:end]):
        known = next((k for k in _PARTIES_LONGEST_FIRST if text.endswith(k, s, end)), None)
        if known is None or not _clause_word_before(text, end - len(known)):
            return None  # 奥巴马将迎战共和党: a clause, not a party's name
        if "曾" in text[s : end - len(known)]:
            return None  # 曾担任|共和党总统候选人X的助手: a clause in the past, the candidacy was then, not now
        s = end - len(known)  # 在调查|民主党总统候选人: a party the lexicon knows, after the clause's verb
    for lead in ("中右翼", "中左翼", "极右翼", "极左翼", "右翼", "左翼", "执政的", "执政党", "来自"):
        if text.startswith(lead, s) and end - s - len(lead) >= 2:
            s += len(lead)
            break
    return s if end - s >= 2 and text[s:end] not in ("政党", "党") else None  # 极右翼|政党: no party named


def _candidates(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """A party's candidate named right after the title (a foreign name, or one the corpus knows):
    the party, not the office, is the title's body; with 的 between them the title is the role."""
    if "候选人" not in text:
        return hits
    taken = _Claimed(hits)
    out = list(hits)
    for m in _CANDIDATE.finditer(text):
        p = m.end()
        end = m.end("party")
        s = _party_start(text, end)
        if s is None or any(a <= s < b for a, b, _ in meta):
            continue
        q = grammar.korean_name_end(text, p) if text.startswith("韩国", s) else None
        q = q or (grammar.name_end(text, p, known) if grammar.hyphenated_name_at(text, p) else grammar.foreign_name_end(text, p, known))
        if q is None or taken.overlaps(p, q):
            continue
        name, words = text[p:q], lexicons.common_words()
        if name[-1] in "很都也还就才又再" or "票" in name or (name in words and not words[name].startswith("nr")) or (
                text[q - 2 : q] in words and not words[text[q - 2 : q]].startswith(("nr", "ns")) and lexicons.word_frequency(text[q - 2 : q]) >= 100):
            continue  # 勒庞很, 候选人|拉票, 内韦斯得票: a word, not (the end of) a name
        org, role = text[s:end], m.group("role")
        t = Title(role, "", role, m.start("role"), m.end("role")) if m.group("of") else Title(org + role, org, role, s, m.end())
        new = PersonHit(p, q, text[p:q], (t,), "title")
        out = [_recut(text, h, new) for h in out] + [new]
        taken.add(p, q)
    return sorted(out, key=lambda h: h.start)


def _recut(text: str, h: PersonHit, name: PersonHit) -> PersonHit:
    """``h`` with its title chain cut after ``name`` when the chain ran over it (候选人菲永和|极右翼
    国民阵线主席勒庞: the next title starts after the candidate, not inside him at 永和)."""
    if not h.titles or not (h.titles[0].start < name.end and name.start < h.titles[-1].end):
        return h
    chain = _after_names(text, list(h.titles), {name.start: name})
    if chain and chain[-1].end == h.titles[-1].end:
        return dataclasses.replace(h, titles=tuple(chain))
    return dataclasses.replace(h, titles=(), via="cue")


# What a leader wrote or said, right after his name: 习近平的指示, 习近平重要指示, 李克强批示.
_HIS_WORDS = re.compile(r"(?:同志)?的?(?:重要)?(?:指示|批示|贺信|贺电|回信|讲话)")
# A doctrine or spirit named after a person, right after the name (邓小平|理论, 习近平|新时代中国特色社会主义思想, 焦裕禄|精神): no mention of the person.
_DOCTRINE = re.compile(r"[^\W\d_的]{0,12}?(?:思想|理论|精神)")  # (not 孙中山|倡导的革命思想: the person whose idea it is)
# What may stand right before a name the corpus vouches for, when no title does (and a time word
# opening the sentence with no comma: 当晚|习近平会见…, 3日|李强出席…).
_CORPUS_LEFT = re.compile(r"(?:[、，,。；;：:“”（(\s]|^|应|同|和|与|及|对|向|由|给|了|会见|会谈|陪同|邀请|出席|参加|祝贺|致电|致信|致函|以及|等"
                          r"|今天|昨天|当天|当日|同日|次日|今晚|当晚|昨晚|上午|下午|晚上|随后|日前|近日|\d日)$")


@lru_cache(maxsize=8)
def name_pattern(names: frozenset[str]) -> re.Pattern:
    """``names`` as one trie regex that matches the longest name starting at a place (one set
    per corpus: compiled once; 1.6 s for 40,000 names, scanning ~7× faster than a lookup of
    every length at every character that can open a name). Eight sets: a worker of an
    incremental build uses up to five (changed, now, before, now and ∅ with the public figures)."""
    return re.compile(lexicons.alternation(n for n in names if n))


# A city, street, square, port, museum, tomb or school named after a person (胡志明市, 中山路, 胡志明博物馆,
# 周恩来纪念馆, 阿拉法特墓, 宋庆龄基金会, 纳扎尔巴耶夫大学): the name is the place's or the body's, no mention of him.
_NAMED_AFTER_HIM = re.compile(r"市(?![长委民])|路|大街|街|大道|广场|港(?!澳)|博物馆|纪念园|" + "|".join(grammar.MEMORIALS) + r"|基金会|大学(?!毕业|时|期间|生)|学院|国家政治学院")


def _corpus_mentions(text: str, hits: list[PersonHit], names: frozenset[str], meta) -> list[PersonHit]:
    """Names confirmed elsewhere in the corpus (or public figures of the lexicon), found where
    the grammar alone is unsure: in title-less lists (李强、赵乐际、王沪宁出席) and after 应/同/和.
    Both edges must be clear, but a public figure's whole name right after a title (前总统|朴槿惠)
    needs only no word across its end; never one part of a dotted name (巴沙尔|·阿萨德)."""
    if not names:
        return hits
    taken = _Claimed(hits)
    out = list(hits)
    pattern = name_pattern(names)
    i = 0
    while (m := pattern.search(text, i)) is not None:
        i, e, hit = m.start(), m.end(), m.group()
        right = grammar.right_strength(text, e) >= 1 or (len(hit) >= 3 and grammar.verb_after(text, e))  # 习近平|结束访问
        left = _CORPUS_LEFT.search(text, max(0, i - 2), i) is not None and not _word_across(text, i)
        if len(hit) >= 3 and hit in lexicons.public_figures() and (grammar.role_ends(text, i) or text[i - 1 : i] == "人" or (
                text[i - 1 : i] == "的" and grammar.role_ends(text, i - 1))):
            left = True  # 前总统|朴槿惠遭弹劾, 候选人|文在寅的, 夫人|彭丽媛步出: a public figure's whole name right after a title
            # (时任省委书记的|习近平开始…: or after the title and 的)
            right = right or not _common_word(text[e - 1 : e + 1], 100)  # …unless its last character opens a word
        elif len(hit) >= 3 and hit in lexicons.public_figures() and _HIS_WORDS.match(text, e) and not _common_word(text[i - 1 : i + 1], 100):
            left = right = True  # 宣读习近平的指示, 传达了习近平重要指示和李克强批示: the leader whose words are read
        elif len(hit) >= 3 and hit in lexicons.public_figures() and not _DOCTRINE.match(text, e) and (
                text[i - 1 : i] == "《" and right and text[e : e + 1] != "》" or grammar.verb_before(text, i, 20)):
            left = True  # 接替|劳尔·卡斯特罗成为, 推翻|卡扎菲后, 《|习近平在…的讲话》 (not 《焦裕禄》, a drama; not 学习|邓小平理论, a doctrine)
            right = right or not _common_word(text[e - 1 : e + 1], 100)
        if not left and len(hit) >= 3 and hit in lexicons.public_figures() and text[i - 1 : i] == "在" and not _word_across(text, i) and not _DOCTRINE.match(text, e) and (
                not _NAMED_AFTER_HIM.match(text, e + 2 if text.startswith(("先生", "同志"), e) else e)):
            left = True  # 在|孙中山帮助下: the figure in whose care or lead one acts (not 在|毛泽东思想指引下, a doctrine; 在|孙中山先生塑像前, a place)
        if left and not right and len(hit) >= 3 and hit in lexicons.public_figures() and text.startswith(_ACADEMIC_AFTER, e):
            right = True  # ，钟南山|院士团队: a public figure's whole name before the calling written after a name
        if left and not right and len(hit) >= 3 and hit in lexicons.public_figures() and lexicons.common_words().get(text[e : e + 2], "x")[0] in "vda" \
                and not _common_word(text[e - 1 : e + 1], 100):
            right = True  # ，董必武|请示了, ，令计划|严重违纪: a public figure's whole name before a verb, adverb or adjective
        if not left and right and text[e : e + 1] == "、" and grammar.role_ends(text, i) and (nxt := pattern.match(text, e + 1)) is not None and (
                grammar.right_strength(text, nxt.end()) >= 1):
            left = True  # 中方主席|韩正、孙春兰: the first of a list of names the corpus vouches for, right after a role
        clear = right and left and text[e : e + 1] not in _JOINER and text[i - 1 : i] not in _JOINER  # not a part of 巴沙尔·阿萨德
        clear = clear and not _NAMED_AFTER_HIM.match(text, e)  # 连接|胡志明市: a city or street named after the figure, no person
        if clear and not taken.overlaps(i, e) and not any(s <= i < t for s, t, _ in meta):
            out.append(PersonHit(i, e, hit, (), "corpus"))
            taken.add(i, e)
        i = e if clear else i + 1
    return sorted(out, key=lambda h: h.start)


# An interview caption: a line that opens with who speaks, then a colon and a quote (创业者王孟秋：“…”,
# 中国移动朱玲玲：“…”); the speaker's name is the caption's last two or three characters.
_CAPTION = re.compile(r"(?m)^[ \u3000]*(?P<cap>[\u4e00-\u9fff]{2,26})[：:][“\"]")
# …or the caption of a line set as "快递员 李顺辉：", what the speaker is (in up to three spaced parts:
# "某大学副校长 社会学教授 王五："), a space, then the name alone before the colon (a quote need not follow).
_SPACED_CAPTION = re.compile(r"(?m)^[ \u3000]*(?P<who>[\u4e00-\u9fff]{2,24}(?:[ \u3000]+[\u4e00-\u9fff]{2,16}){0,2})[ \u3000]+(?P<cap>[\u4e00-\u9fff]{2,4})[：:]")
_CAPTION_VERB = re.compile(r"说|表示|指出|强调|认为|介绍|称|道|问|答|写|提出|要求|希望|告诉|坦言|透露|回忆|感慨|宣布|回应|呼吁|补充|解释|发言|讲话|致辞")


def _caption_persons(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """The speaker of an interview caption, a person, no post: a surname opens the name, the
    name ends at the colon and passes the grammar's plausibility (after a space, 快递员 李顺辉：, the
    whole name); a caption with a verb (习近平指出：“) is a report of speech, not a caption, and a
    bare designation (村民：“) names no one."""
    taken = _Claimed(hits)
    out = list(hits)
    sur, minorities = lexicons.surnames(), lexicons.minority_name_parts()
    for m in (*_CAPTION.finditer(text), *_SPACED_CAPTION.finditer(text)):
        cap, e, spaced = m.group("cap"), m.end("cap"), m.re is _SPACED_CAPTION
        if _CAPTION_VERB.search(cap) or taken.overlaps(m.start("cap"), e) or any(s <= e - 1 < t for s, t, _ in meta):
            continue
        if spaced and len(m["who"]) == 2 and not (_DESIGNATION.fullmatch(m["who"]) or grammar.role_ends(text, m.end("who")) or text.startswith(("“", "我"), m.end())):
            continue  # 短评 金句：实干才能出成绩 — a section's label, not what the speaker is (记者 王刚：, 市民 李华：“…”)
        for k in (len(cap),) if spaced else (3, 2):
            p = e - k
            if p < m.start("cap") or (not spaced and p - m.start("cap") < 2 and text[p:e] not in known):
                continue  # a caption of a name alone (谭罗生：) is taken only when the story or corpus knows it
            if text[p] not in sur or grammar.name_end(text, p, known, titled=spaced and grammar.role_ends(text, m.end("who"))) != e:
                continue  # (after a spaced role, 社会学教授 洪大用：, the name is read as a titled one's: 大用 may be a word)
            if text[p:e] not in known and (grammar.cuts_word(text, p) or text[p:e] in lexicons.places() or any(text[p - j : p] in minorities for j in (2, 3, 4))
                                           or lexicons.common_words().get(text[p - 2 : p], "x").startswith(("nr", "ns"))):
                continue  # 黄河|壶口, 浙江|宁海, 了解|到, 公司职员|谢勇 (then 谢勇), 浙江|德清, 牧民尕玛|义西: a word, a place or a name runs across the start
            out.append(PersonHit(p, e, text[p:e], (), "cue"))
            taken.add(p, e)
            break
    return sorted(out, key=lambda h: h.start)


_GOES_TO = ("抵达", "来到", "前往", "走进", "到达", "在", "到", "赴")
_SITES = ("现场", "会场", "赛场", "主会场")


_LIES_IN = ("位于", "坐落于", "地处")  # what lies where: a place follows, never a person


def _event_site(text: str, name: str) -> bool:
    """Whether the story goes to ``name``'s site (抵达那达慕现场): an event or a place, no person.
    Scans the name's occurrences in place (a pattern built per name would be compiled anew each call)."""
    i = text.find(name, 1)
    while i > 0:
        if text.startswith(_SITES, i + len(name)) and text.endswith(_GOES_TO, 0, i):
            return True
        i = text.find(name, i + 1)
    return False


_WRITINGS = frozenset("信函书文电稿报帖诗")  # 信中, 函中, 电中: what a writing says, said "in" it


_THING_COUNT = re.compile(rf"(?:{NUMERAL}|几|数|多)[篇份封条则部项]$")  # 三篇|帖文, 一封|信: writings and things counted, never a person


def _counted_thing(text: str, name: str) -> bool:
    """Whether ``text`` counts ``name`` somewhere by a classifier of writings or things (三篇帖文): a thing, no person.

    >>> _counted_thing("发出三篇帖文。帖文指出", "帖文"), _counted_thing("王文指出", "王文")
    (True, False)
    """
    return any(_THING_COUNT.search(text, max(0, i - 4), i) for i in grammar.occurrences(text, name))  # (4: a numeral and its classifier)


def _cue_name(text: str, p: int, q: int, known: frozenset[str], taken, meta, edge: str, strength: float) -> bool:
    """Whether ``text[p:q]`` before a cue is a name: unclaimed, a surname opening it, no place nor word, and the grammar
    ending it at ``q`` before ``edge`` (the checks every cue of _cue_persons shares)."""
    name = text[p:q]
    return not (p in taken or any(s <= p < e for s, e, _ in meta) or text[p] not in lexicons.surnames() or name in lexicons.places()
                or _opens_with_word(name) or _word_like(name)) and grammar.name_end(text, p, known, extra=(edge,), min_strength=strength, titled=False) == q


def _cue_persons(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """Untitled names at the start of a clause, before a cue verb: 会上,王小明传达了…"""
    taken = {i for h in hits for i in range(h.start, h.end)}
    out = list(hits)
    for m in _CUE_CLAUSE.finditer(text):
        p = m.end()
        if p >= len(text) or p in taken or any(s <= p < e for s, e, _ in meta):
            continue
        stop = _CLAUSE_STOP.search(text, p)
        if not _CUE_AFTER.search(text, p + 1, stop.end() if stop else len(text)):
            continue  # no cue in the clause: no name can end before one (a cheap gate before name_end)
        q = grammar.name_end(text, p, known, min_strength=1, titled=False)
        if q is None or (cue := _CUE_AFTER.match(text, q)) is None:
            continue
        if q - p == 3 and text[q - 1] in _LIST_CLOSING and any(h.name.startswith(text[p : q - 1]) for h in hits):
            continue  # 班禅都|表示 where the story names 班禅额尔德尼·确吉杰布: the short form of its name, then an adverb, no name of three
        name = text[p:q]
        words = lexicons.common_words()
        across = (text[q - 1 : q + 1] in words or text[q - 1 : q + 2] in words) and len(cue.group()) < 4  # 戴秉国|会见时在座: a long cue is the edge, 国会 no word
        if (name in words and not (len(name) >= 3 and words[name].startswith("nr"))) or text[p : q + 1] in words or text[p : q + 2] in words or across:
            continue  # 农业合|作: the name would cut through a word (张春贤, a name of the dictionary, stays; 白宫 does not)
        if len(name) == 2 and name[0] in _WRITINGS and (name[1] in "中里内" or _counted_thing(text, name)):
            continue  # 公开信，信中|强调: "in the letter", the writing speaks, no person; 发出三篇帖文…，帖文|指出: a writing counted
        if name[1:] in _ADDRESS:
            continue  # 焦阿姨|说: a surname and a form of address (阿姨 is tagged a name), no name
        if any(part in words and not words[part].startswith("nr") for part in (name[:2], name[1:])) and not (
                len(name) == 3 and words.get(name, "").startswith("nr") and lexicons.word_frequency(name) < 20):
            continue  # 银行|多, 有|专家: a word, not a surname and given name (but 王家瑞, a name of the dictionary)
        if name[-1] in _WATER_WORK_END or _event_site(text, name):
            continue
        out.append(PersonHit(p, q, name, (), "cue"))
        taken.update(range(p, q))
    for m in _role_then_speaker().finditer(text):  # …出任美国总统国家安全事务特别助理的|克劳利|表示: the one the titles describe
        p = m.end()
        if p in taken or any(s <= p < e for s, e, _ in meta) or (q := grammar.foreign_name_end(text, p, known)) is None or q - p < 3 or not _SAYS.match(text, q):
            continue
        floor = max(text.rfind(c, 0, p) for c in "，,。；;：:\n")
        name = text[p:q]
        if not lexicons.country_re(foreign=True).search(text, floor + 1, p) or any(_common_word(name[i : i + 2], 20) for i in range(len(name) - 1)) or (
                name in lexicons.places() or lexicons.country_at(name) or re.search(NUMERAL + "|[的了是在和与及对向把被将]", name)):
            continue  # a foreign state's titles in the clause; syllables, no words
        out.append(PersonHit(p, q, name, (), "cue"))
        taken.update(range(p, q))
    for m in _ELDER_NAMED.finditer(text):  # ，史国强大爷是来…: a whole name at a clause start, then how one addresses an elder
        p, q = m.start("name"), m.end("name")
        if not _cue_name(text, p, q, known, taken, meta, m["addr"], 1) or _common_word(text[p + 1 : q], 20):
            continue
        out.append(PersonHit(p, q, text[p:q], (), "cue"))
        taken.update(range(p, q))
    for m in _DEPUTY_SAYS.finditer(text):  # 晋江的丁世忠代表向…汇报, 厦门大学潘越代表在…: a deputy, no post
        q = m.start()
        for p in (q - 3, q - 2):
            if p < 1 or q in taken or not (text[p - 1] in "，,。；;：:“\n 　的" or _DEPUTY_UNIT.search(text, max(0, p - 4), p)):
                continue
            if not _cue_name(text, p, q, known, taken, meta, "代表", 1) or text[q - 1] in _NOT_NAME_END:
                continue
            out.append(PersonHit(p, q, text[p:q], (), "cue"))
            taken.update(range(p, q))
            break
    for m in _SENTENCED.finditer(text):  # 依法判处|王五|有期徒刑十年: the one the court sentences
        p, q = m.start("name"), m.end("name")
        if _cue_name(text, p, q, known, taken, meta, m["term"], 0) and text[q - 1] not in _NOT_NAME_END:
            out.append(PersonHit(p, q, text[p:q], (), "cue"))
            taken.update(range(p, q))
    for m in _HELD_THEN.finditer(text):  # 时任浙江省农办副主任的|蒋伟峰全程参与: the one whose post of then (or taken) the clause tells
        p, k = m.end(), m.end() - 1
        q = grammar.name_end(text, p, known, min_strength=1, titled=False)
        if q is None and lexicons.common_words().get(text[p + 3 : p + 5], "x")[0] in "vd" and not _common_word(text[p + 2 : p + 4], 100):
            q = p + 3  # …的|王正刚|负责: three characters before a verb or adverb the last opens no word with
        if q is None or q - p < 2 or not _cue_name(text, p, q, known, taken, meta, text[q : q + 2], 0) or text[q - 1] in _NOT_NAME_END:
            continue
        if not (chain := grammar.title_chain(text, m.start("title"), k)) or chain[0].start != m.start("title") or chain[-1].end != k:
            continue  # the words between are one chain of titles, no more
        out.append(PersonHit(p, q, text[p:q], (), "cue"))
        taken.update(range(p, q))
    for m in _DESCRIBED_SAYS.finditer(text):  # 参与制造这些锻件的刘伯鸣说，: the one a clause describes, then what he says
        p, q = m.end(), m.end() + 3
        name = text[p:q]
        if q - 1 in taken or (text[p] in lexicons.rare_surnames() or lexicons.common_words().get(name) == "nz") and name not in known or (
                _common_word(name[1:], 20) or name[1:] in _ADDRESS or name[-1] in _NOT_NAME_END
                or _common_word(text[q - 1 : q + 1], 20)) or not _cue_name(text, p, q, known, taken, meta, "说", 2):
            continue  # (对于…的廖晋|来说: a word across the name's end (来说), no name of three)
        out.append(PersonHit(p, q, name, (), "cue"))
        taken.update(range(p, q))
    for m in _IS_ONE_OF.finditer(text):
        p, q = m.start("name"), m.end("name")
        name = text[p:q]
        if text[p] in lexicons.rare_surnames() or name in lexicons.common_words() or _common_word(name[1:], 20) or name[-1] in _NOT_NAME_END or (
                not _cue_name(text, p, q, known, taken, meta, "是", 2)):
            continue  # (关键是…, 成都是…: a word or a place, no name)
        out.append(PersonHit(p, q, name, (), "cue"))
        taken.update(range(p, q))
    for m in _UNIT_OF.finditer(text):  # 红豆集团的周海江在介绍, 某党校的王五、赵六老师来到: a person of that unit, no post
        p = m.end()
        while p not in taken and not any(s <= p < e for s, e, _ in meta):
            q = grammar.name_end(text, p, known, extra=_UNIT_EDGES, min_strength=1, titled=False)
            if q is None or q - p not in (2, 3) or text[p] not in lexicons.surnames() or _opens_with_word(text[p:q]) or _word_like(text[p:q]) \
                    or text[p:q] in lexicons.places() or text[q - 1] in _NOT_NAME_END or q in taken:
                break
            listed = text.startswith("、", q) and (r := grammar.name_end(text, q + 1, known, extra=_UNIT_EDGES, min_strength=1, titled=False)) is not None and _DESIGNATION.match(text, r)
            if not (_UNIT_CUE.match(text, q) or listed or (q - p == 3 and text[q : q + 1] in "，,") or _DESIGNATION.match(text, q) and _PLAIN_EDGE_AFTER.match(text, _DESIGNATION.match(text, q).end())):
                break
            out.append(PersonHit(p, q, text[p:q], (), "cue"))
            taken.update(range(p, q))
            p = q + 1 if listed else len(text)
    return sorted(out, key=lambda h: h.start)


# A name, then its posts in brackets (对金某某（某省副省长，2017年起分管…）予以免职; 要求王五（市长）、赵六（局长）作出检查):
# the way a notice of accountability names its officials; the bracket's first post ends in a role (or 支书, 支部书记
# cut short). 对 or 要求 opening a clause is no part of the name (，对|马明（…）、牛强（…）).
_BRACKETED_POSTS = re.compile(r"(?:^|(?<=[对求、，,；;：:\n。]))(?:对|要求)?(?P<name>[\u4e00-\u9fff]{2,3})[（(](?P<post>[^（）()，,、；;。]{2,30})[，,、）)]")


def _bracketed_posts(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """Names whose posts follow them in brackets (李四（某市市长）): a surname and one or two characters, no
    word nor place, before a bracket whose first post ends in a role; a person here, the posts unread."""
    if "（" not in text and "(" not in text:
        return hits
    taken = _Claimed(hits)
    out = list(hits)
    roles = grammar.role_re()
    for m in _BRACKETED_POSTS.finditer(text):
        p, q = m.span("name")
        name = m["name"]
        if taken.overlaps(p, q) or any(s <= p < e for s, e, _ in meta) or not (roles.search(m["post"]) or m["post"].endswith("支书")) or name[0] not in lexicons.surnames() or (
                name in lexicons.places() or _common_word(name, 30) or _word_like(name) or name[-1] in _NOT_NAME_END or name[1:] in _ADDRESS) or (
                grammar.name_end(text, p, known, extra=("（", "("), min_strength=1) != q):
            continue
        out.append(PersonHit(p, q, name, (), "cue"))
        taken.add(p, q)
    return sorted(out, key=lambda h: h.start)


# A list of speakers each named after a unit (社科院丁一、某某大学王二、某某集团张三等发了言; …在发言中说):
# the list, its clause's start, and what closes it.
_UNIT_SPEAKERS = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:会上[，,]?|听取了?)?(?P<list>[\u4e00-\u9fff]{4,16}?(?:、[\u4e00-\u9fff]{4,16}?)+)"
                            r"(?=等?(?:先后|分别|相继|依次)?(?:作了?|做了?)?(?:发了?言|交流发言)|在发言)")


def _unit_person(text: str, s: int, q: int, known: frozenset[str]) -> tuple[int, bool] | None:
    """Where the person's name starts in one item ``text[s:q]`` of a list of units' speakers, and
    whether the unit before it ends in a unit's word; a unit that ends in one wins the cut (某某研究院|王伟,
    not 某某研究|院王伟; 某某集团|马云, not 集|团马云). With no unit's word the cut must be the only one a
    name could take (中国中车|刘强 or 中国中|车刘强: neither), else None."""
    found, near = [], False
    for k in (3, 2):
        p = q - k
        name, unit = text[p:q], text[s:p]
        whole = unit.endswith(lexicons.org_suffixes())
        if len(unit) < 2 or name[0] not in lexicons.surnames() or name[-1] in _NOT_NAME_END or name in lexicons.places() or unit[-1] in "的和与及" \
                or any(_common_word(w, 30) for w in (name, name[:2])) or (not whole and _common_word(text[p - 1 : p + 1], 30)):
            continue  # 某某银|行李强: the unit's word runs into the name (某某银行|李强 keeps 行李 apart)
        if grammar.name_end(text, p, known, extra=("等", "在", "发言", "发了言"), min_strength=1, titled=False) != q:
            near = True  # 娃哈哈|宗庆后 fails at its end: 庆后 is then no name of its own
            continue
        found.append((p, whole))
    if any(whole for _, whole in found):
        return max(found, key=lambda f: f[1])
    return found[0] if len(found) == 1 and not near else None


def _list_spans(m: re.Match[str]) -> list[tuple[int, int]]:
    """The (start, end) of each member of the 、-list a match holds in its group ``list``."""
    spans, s = [], m.start("list")
    for part in m.group("list").split("、"):
        spans.append((s, s + len(part)))
        s += len(part) + 1
    return spans


def _listed_people(text: str, hits: list[PersonHit], pattern: re.Pattern[str], meta, read, via: str) -> list[PersonHit]:
    """``hits`` and the people of each 、-list ``pattern`` finds outside meta lines and with no role
    inside (a role leaves the list to the titled names), as ``read`` cuts the match (None: no names)."""
    taken = _Claimed(hits)
    out = list(hits)
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e, _ in meta) or grammar.any_role().search(text, m.start("list"), m.end("list")):
            continue
        for a, b in read(m) or ():
            if not taken.overlaps(a, b):
                out.append(PersonHit(a, b, text[a:b], (), via))
                taken.add(a, b)
    return sorted(out, key=lambda h: h.start)


def _unit_speakers(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """Speakers each named after their unit, in a 、-list closed by 发言 (社科院丁一、某某大学王二等发了言):
    every item must cut into a unit and a whole name, and at least two units end in a unit's word
    (大学, 集团, 院), so a list of places reads no names here."""
    if "发言" not in text and "发了言" not in text:
        return hits

    def read(m: re.Match[str]) -> list[tuple[int, int]] | None:
        items = _list_spans(m)
        cuts = [_unit_person(text, a, b, known) for a, b in items]
        if None in cuts or sum(unit for _, unit in cuts) < 2:
            return None
        return [(p, q) for (p, _), (_, q) in zip(cuts, items)]

    return _listed_people(text, hits, _UNIT_SPEAKERS, meta, read, "cue")


# People an honour is given to, listed and counted (授予丁一、王二等10位杰出女性…称号, 追授张三、李四等7名同志…):
# the verb, the 、-list, then 等 and a count of people, or the count of the whole list with no 等 (追授张三、李四2名同志).
_AWARDED = re.compile(rf"(?:授予|追授)(?P<list>[\u4e00-\u9fff]{{2,3}}(?:、[\u4e00-\u9fff]{{2,3}})+)"
                      r"(?=等" + NUMERAL + r"(?:位|名|人)|(?<!等)(?P<count>" + grammar.COUNT + r")(?:位|名|人))")


def _awarded_names(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """The people of a counted list an honour is given to (授予丁一、王二等10位杰出女性…): each member
    a surname and one or two characters, no word of the dictionary nor a place, no role nor form of
    address (王局长, 李教授, 王师傅, 张老, 王氏); a list of places or units is counted in 个 and reads nothing here."""
    if "授予" not in text and "追授" not in text:
        return hits

    def read(m: re.Match[str]) -> list[tuple[int, int]] | None:
        members = _list_spans(m)
        if any(text[a] not in lexicons.surnames() or text[a:b] in lexicons.places() or _common_word(text[a:b], 30) or text[b - 1] in _NOT_NAME_END
               or text[a + 1 : b] in _ADDRESS or text[a + 1 : b] == "氏" for a, b in members):
            return None  # 王氏: a clan, no one person
        if m["count"] and chinese_number(m["count"]) != len(members):
            return None  # without 等, the count numbers the list whole
        return members

    return _honoured_names(text, _listed_people(text, hits, _AWARDED, meta, read, "group"), meta)


# People a named honour is given to (授予丁一、王二（女）、张三（回族）“人民楷模”国家荣誉称号; 授予让-皮埃尔·X（法国）“友谊勋章”):
# the verb, names each maybe with a note of sex, nation or state, then the quoted honour, one only a person
# holds (a medal, or a calling: …家, …者, 楷模, 英雄), so 授予某市“全国文明城市”称号 reads nothing.
_HONOUR_ITEM = rf"(?:{_ROSTER_HAN}{{1,10}}(?:[·\-－]{_ROSTER_HAN}{{1,10}}){{1,3}}|{_ROSTER_HAN}{{2,4}})(?:[（(][\u4e00-\u9fff，,、]{{1,12}}[）)])?"
_HONOURED = re.compile(rf"(?:授予|追授)(?P<list>{_HONOUR_ITEM}(?:、{_HONOUR_ITEM})*)"
                       r"(?=“[^”“]{0,20}?(?:勋章|奖章|家|者|楷模|英雄|模范|卫士|标兵|党员)”)")
_WHICH_ONE = re.compile(r"第[一二三四五六七八九十百零〇\d]|首[枚个届次位批项]|[一二三四五六七八九十两]+[枚个位名届]")  # 授予首枚“…勋章”, 第十八届“…奖章”: which one, no person
_HONOUR_NAME = re.compile(rf"(?P<name>{_ROSTER_NAME})(?P<note>[（(][\u4e00-\u9fff，,、]{{1,12}}[）)])?")


def _honoured_names(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """The people of a list a medal or a personal honour is given to, named in quotes after it: each
    member a surname and one to three characters (no word, place or form of address), a foreign
    name with its separators, or a name the note calls a person (热地（藏族）, 于漪（女）)."""
    if "“" not in text:
        return hits

    def read(m: re.Match[str]) -> list[tuple[int, int]] | None:
        members = []
        for item in _HONOUR_NAME.finditer(text, m.start("list"), m.end("list")):
            a, b, name, note = item.start("name"), item.end("name"), item["name"], item["note"] or ""
            if item.start() != (members[-1][2] + 1 if members else m.start("list")):
                return None  # every item read whole, one after another
            person_note = re.search(r"女|男|族", note) is not None
            parts = _SEPARATED.split(name)
            dotted = len(parts) > 1 and all(parts) and not any(x in lexicons.places() or lexicons.country_at(x) or _common_word(x, 100) for x in parts)
            plain = (len(name) <= 4 and name[0] in lexicons.surnames() and not _common_word(name, 30) and name[-1] not in _NOT_NAME_END
                     and name[1:] not in _ADDRESS)
            if name in lexicons.places() or lexicons.country_at(name) or not (dotted or plain or person_note and len(name) <= 4) or _WHICH_ONE.match(name):
                return None
            members.append((a, b, item.end()))
        return [(a, b) for a, b, _ in members]

    return _listed_people(text, hits, _HONOURED, meta, read, "group")


_SAYS = re.compile(r"表示|说|认为|指出|强调|称")
# A three-character name opening a clause, then the form of address for an elder (，史国强大爷是来请教的).
_ELDER_NAMED = re.compile(r"(?:^|(?<=[，,。；;：:\n“]))(?P<name>[\u4e00-\u9fff]{3})(?P<addr>大爷|大妈|大娘|大叔|阿姨|奶奶|爷爷)")


@lru_cache(maxsize=1)
def _role_then_speaker() -> re.Pattern[str]:
    """A role word, then 的 before two to eight characters and a verb of saying: a person described
    by titles no name follows directly (…特别助理的克劳利表示)."""
    return lexicons.guarded(lexicons.role_pattern() + r"的(?=[\u4e00-\u9fff]{2,8}?(?:" + _SAYS.pattern + "))")


# A unit, then 的 and one of its people (红豆集团的周海江在介绍, 县总工会的许云峰注意到); what follows
# the name that makes it a person: a cue verb, or a list closed by what they are (…的王五、赵六老师).
# A court's sentence: 判处, the name, then the penalty (判处王五有期徒刑十年, 分别判处…).
_SENTENCED = re.compile(r"判处(?P<name>[\u4e00-\u9fff]{2,3})(?P<term>有期徒刑|无期徒刑|死刑|死缓|拘役)")
# A post of then or one taken (时任|曾任|出任), its title, then 的 and its holder (时任县长的|王五负责…).
_HELD_THEN = re.compile(r"(?:时任|曾任|出任)(?P<title>[^，,。；;：:！？\n的]{2,30}?)的(?=[\u4e00-\u9fff]{2})")
_DESCRIBED_SAYS = re.compile(r"(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff]{3}说[，,：:])")  # …锻件的|刘伯鸣|说，: a three-character name a clause describes, before 说
_IS_ONE_OF = re.compile(r"(?m)(?:^|(?<=[。！？；;，,\n]))[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,3})是(?:一位|一名|[^，,。；;！？\n“]{2,30}?的(?:一位|一名)?)“?(?:"
                        + _DESIGNATION.pattern + r"|成员|上班族|家庭医生|第一书记)”?(?=[，,。；;])")  # 任晗是…调研组的一名成员，: a name opening a clause that says who one is
_UNIT_OF = re.compile(r"(?:集团|公司|总工会|党校|街道[\u4e00-\u9fff]{0,3}科|研究院|研究所|合作社)的")
_UNIT_CUE = re.compile(r"在?介绍|注意到|说[，,：:]|告诉|表示|认为|坦言|回忆")
_UNIT_EDGES = ("老师", "注意到", "在介绍", "介绍")
_PLAIN_EDGE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,1}(?:来到|说|在|正|也|还)")


# a deputy named before 代表 and what they do (丁世忠代表向总书记汇报, 潘越代表在…): 代表 is a designation here
_DEPUTY_SAYS = re.compile(r"代表(?=向|说[，,：:]|表示|在|建议|告诉|认为|介绍|汇报)")
_DEPUTY_UNIT = re.compile(r"(?:大学|学院|公司|集团|医院|中学|小学|社区)$")
_CLAUSE_MARKS = ",，。;；:：\n"  # where a clause ends: no name runs across these
_CLAUSE_STOP = re.compile(f"[{_CLAUSE_MARKS}]")  # a cue after a name lies before the next one
_CUE_CLAUSE = re.compile(rf"(?:^|(?<=[{_CLAUSE_MARKS}“]))\s*")  # where a clause opens (or a quote), after its spaces
# Last and middle characters of a would-be untitled name that make it a place, a unit or a phrase
# (江北区, 青歌赛, 申报人, 思政课; 王毅说, 卫星的, 卡方将, 好就好, 汪洋等: a name of two closing a group).
_NOT_NAME_END = frozenset("区县市镇乡村路街巷局厂站港湾河湖岛省州庄园馆院所队组部委办会社团业场线桥门楼号宫赛课族人的说称道您们和与及是在了将已也还都就又等")
_NOT_NAME_MIDDLE = frozenset("就在是的了和与及也都")
_WATER_WORK_END = frozenset("闸坝堤")  # 太浦闸|所在的: a sluice, a dam or a dyke, no person before a cue
# What follows a place, a group or a thing, never a person (布什尔省, 阿勒颇大学, 雷神山医院, 哈马斯方面, 营改增政策, 商合杭高铁, 法德英|三国).
_PLACE_AFTER = re.compile(r"(?:[省市县区州国镇村乡族军党派城宫湾岛]|医院|[两三四五六七八九十]国|斯坦|基地|沙漠|地区|大学|病毒|议会|民兵|武装|组织|方面|主义|政策|试点|市场|工程|精神|天气|灾害|预警|高铁|铁路|高速|公路|城际|客专|水电站|电站|水库|大坝|机场|码头)")
# A surname and a form of address or a post: 王大爷, 李书记 (a person, but not by name).
_ADDRESS = frozenset({"女士", "先生", "小姐", "老师", "师傅", "老板", "同学", "阿姨", "大爷", "大妈", "大姐", "大哥", "大叔", "大嫂", "阿婆", "老汉", "奶奶", "爷爷", "叔叔", "婆婆", "老", "医生", "护士", "书记", "主任", "校长", "院长", "局长", "县长", "乡长", "镇长", "村长", "队长", "厂长", "经理", "总"})
_CLAUSE_OPEN = re.compile(r"(?:^|(?<=[,，。;；:：\n“”！？!?]))[ \t\u3000\r]*")


_JOINER = frozenset(grammar.SEPARATORS)
_FIRM_BEFORE = re.compile(r"(?:制造商|生产商|供应商|运营商|开发商|承包商|经销商|零售商|厂商|巨头|车企)$")  # 飞机制造商|庞巴迪: what a firm is called


_STEM_LEVELS = frozenset("省市县州郡")  # after the first two characters of a would-be name: they name a place (熊本|县)


def _joined_or_placed(text: str, name: str) -> bool:
    """Whether some mention of ``name`` is joined to another part of a foreign name or is
    followed by a place's, a group's or a thing's word, or comes right after a country's name
    (阿富汗|塔利班: a group of that country; a person there has a title between) or a firm's
    calling (制造商|庞巴迪) (a plain scan: one regex per name and story would be compiled afresh
    for most stories)."""
    n = len(name)
    return any(text[s - 1 : s] in _JOINER or text[s + n : s + n + 1] in _JOINER or _PLACE_AFTER.match(text, s + n) or lexicons.country_ends(text, s)
               or _FIRM_BEFORE.search(text, max(0, s - 3), s) for s in grammar.occurrences(text, name))


# What follows a road or a line named by the places it joins, a branch's place in brackets (景婺黄（常）高速, 杭黄高铁).
_ROUTE_AFTER = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?(?:高速|高铁|铁路|公路|城际|大桥|隧道|航线|快速路|国道|省道)")


# A landform that closes a place's name (梅花山, 青石岭), and the verbs of going there written before it.
_LANDFORM_END = frozenset("山岭峰坡岗")
_TO_PLACE = re.compile(r"(?:[走来开赶驶爬]到|到达|抵达|前往|登上|翻越|翻过|途经|穿过|驶上|爬上)$")
_BESIDE_ONE = re.compile(r"身边|面前|跟前|身旁|家")  # 走到吴连山身边: a person one goes to


# What shows that a name said over and over is a person's: a naming verb before it (名叫|克拉彻), a verb of saying,
# a charge or a count of people after it (格祺伟|涉嫌, 格祺伟|等5名).
_NAMED_BEFORE = re.compile(r"(?:名为|名叫|叫做|叫作|名字叫|名字是)$")
_CALLING_BEFORE = re.compile(r"(?:师|员|代表|工人|劳模|模范|标兵|能手)$")  # 高级技师|巨晓林, 党代表|X: a calling right before
_PERSON_AFTER = re.compile(r"说|称|表示|告诉|介绍|认为|承认|供认|坦言|透露|回忆|涉嫌|一家|夫妇|本人|等(?:\d+|[一二两三四五六七八九十几多]+)[名人位]")


def _shown_a_person(text: str, name: str) -> bool:
    """Whether some mention of ``name`` is named as a person's (名叫X), follows a role or calling (主席|卡韦略, 技师|巨晓林), or
    speaks, is charged or counted among people (X说, X涉嫌, X等5名): evidence a rare surname needs beside repetition."""
    return any(_NAMED_BEFORE.search(text, max(0, i - 4), i) or _PERSON_AFTER.match(text, i + len(name)) or grammar.role_ends(text, i)
               or _PERSON_NOUN.search(text, max(0, i - 6), i) or _CALLING_BEFORE.search(text, max(0, i - 4), i)
               or any(d.end() == i for d in _DESIGNATION.finditer(text, max(0, i - 8), i)) for i in grammar.occurrences(text, name))


_FIELD_AFTER = re.compile(r"技术|产业|领域|行业")  # what a thing's name opens (区块链|技术), never a person's


def _repeated_names(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """Untitled three-character names that open two clauses or more of a story naming them at
    least three times (吴连山63岁，… 吴连山初步判断): a feature names its plain people over and
    over by name alone. The repetition is the evidence, so a given name the dictionary also has
    as a rare noun passes (高志祥), but never a word across either edge."""
    taken = _Claimed(hits)
    words = lexicons.common_words()
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _CLAUSE_OPEN.finditer(text):
        p, q = m.end(), m.end() + 3
        name = text[p:q]
        if len(name) < 3 or name[0] not in lexicons.surnames() or name[0] in grammar.NOT_NAME_CHARS or not all("\u4e00" <= c <= "\u9fff" for c in name):
            continue
        if taken.overlaps(p, q) or any(s <= p < e for s, e, _ in meta):
            continue
        if text[p - 1 : p] == "“" or not (grammar.right_strength(text, q) >= 1 or grammar.verb_after(text, q) or _plain_word(text[q : q + 2], 100)):
            continue  # 吴连山|63岁, 吴连山|初步判断, 高志祥|有点着急 (but “天鲲号”: a ship's name)
        if (name in words and not (words[name].startswith("nr") and lexicons.word_frequency(name) < 50)) or name[-1] in _NOT_NAME_END or name[1] in _NOT_NAME_MIDDLE:
            continue  # a word (沙尘暴 and 白皮书 are tagged as names; 杨开慧, a rare name of the dictionary, stays), 王毅说, 卫星的, 好就好
        if text[q - 1 : q + 1] in words or text[q - 1 : q + 2] in words:
            continue  # the name would cut through a word
        if _plain_word(name[:2], 30) or _plain_word(name[1:], 60) or name[1:] in _ADDRESS or name[:2] in lexicons.places():
            continue  # 银行|多, 有|专家, 黄|丝带: a word, not a surname and given name (周|恩义 is); 王|大爷: an address
        if name in lexicons.organizations():
            continue  # 西共体: an organisation's short name the lexicon knows
        if any(text[i + 2 : i + 3] in _STEM_LEVELS for i in grammar.occurrences(text, name[:2])):
            continue  # 熊本城 where the story names 熊本县: a castle or site named by its place, no surname and given name
        if any(_ROUTE_AFTER.match(text, i + 3) for i in grammar.occurrences(text, name)):
            continue  # 景婺黄（常）高速: a road named by the places it joins, no person
        if any(_FIELD_AFTER.match(text, i + 3) for i in grammar.occurrences(text, name)):
            continue  # 区块链技术, 区块链领域: a technology or trade by its name, no person
        if len({text[i + 2 : i + 3] for i in grammar.occurrences(text, name[:2])} - {name[2]}) >= 2 and all(
                text.count(text[i : i + 3]) < 3 for i in grammar.occurrences(text, name[:2]) if text[i + 2 : i + 3] != name[2]):
            continue  # 白茶苗 where the story says 种植白茶脱贫, 白茶种植: a thing named by its kind, which goes on alone
            # (not 李前峰 beside a misspelt 李前锋, nor 张丽华 beside her sister 张丽萍, named three times)
        if name[-1] in _LANDFORM_END and any(_TO_PLACE.search(text, max(0, i - 2), i) and not _BESIDE_ONE.match(text, i + 3) for i in grammar.occurrences(text, name)):
            continue  # 走到梅花山, 翻越青石岭: a mountain or ridge the story goes to, no person (not 走到吴连山身边)
        if _event_site(text, name):
            continue  # 抵达那达慕现场: an event whose site the story goes to, no person
        if any(text.endswith(_LIES_IN, 0, i) for i in grammar.occurrences(text, name)):
            continue  # 位于祖瓦拉的武装: where something lies, a place, no person
        if name in lexicons.places() or lexicons.country_at(name) or _joined_or_placed(text, name):
            continue  # 乌克兰, 伊拉克: a country; 萨维尔 of 吉米·萨维尔, 焦哈尔 of 焦哈尔-察尔纳耶夫: a part of a foreign name;
            # 布什尔省, 库布其沙漠, 哈马斯方面, 营改增政策: a place, a group or a thing
        if name[0] in lexicons.rare_surnames() and name not in known and not all(c in _TRANSLIT_CHARS for c in name) and not _shown_a_person(text, name):
            continue  # 营改增是…, 空速管结冰: a rare surname, no transliteration, never named, titled nor speaking: a thing's short name
        spans.setdefault(name, []).append((p, q))
    out = list(hits)
    for name, found in spans.items():
        if len(found) >= 2 and text.count(name) >= 3:
            out += [PersonHit(p, q, name, (), "cue") for p, q in found]
    return _repeated_minority_names(text, sorted(out, key=lambda h: h.start), meta)


def _repeated_minority_names(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """A Tibetan or Mongolian name of two given-name parts, no surname (德吉+央宗), that opens two clauses or more of a
    story naming it at least three times, as ``_repeated_names`` reads a plain Chinese one; never in a story of a
    foreign state."""
    if lexicons.country_re(foreign=True).search(text) is not None:
        return hits
    taken = _Claimed(hits)
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _CLAUSE_OPEN.finditer(text):
        p = m.end()
        if p not in grammar.minority_starts(text) or (q := grammar.minority_end(text, p)) is None or taken.overlaps(p, q) or any(s <= p < e for s, e, _ in meta):
            continue
        if grammar.right_strength(text, q) >= 1 or grammar.verb_after(text, q, 100):
            spans.setdefault(text[p:q], []).append((p, q))
    out = list(hits)
    for name, found in spans.items():
        if len(found) >= 2 and text.count(name) >= 3:
            out += [PersonHit(p, q, name, (), "cue") for p, q in found]
    return sorted(out, key=lambda h: h.start)


# What follows a dotted firm's or place's name, never a person's (哈利·温斯顿公司, 亚历山大·涅夫斯基广场).
_DOTTED_NOT_PERSON = re.compile(r"[区街路镇村市省州港]|公司|集团|大学|学院|广场|地区|酒店|医院|基金会|研究所|大道|中心|博物馆|剧院|体育场|球场"
                                r"|(?:医疗|研究|癌症|会议|文化|艺术|体育|儿童|纪念)(?:中心|医院)|纪念[馆堂碑]|(?:国际|国家|地区)?机场"
                                r"|号(?![\d召称])|航母|大桥|大厦|中学|小学|图书馆|公园|体育馆|奖学金"
                                r"|[\"”]?(?:轮(?![番流换值岗次])|舰(?!队)|艇)")  # “某某·某某”轮: a ship named after one  # 某某·某某医疗中心, …国家机场, …号航母: a place or thing named after one


# What the news calls a foreign person right before the name, when no title does (负责人, 主播, 嫌疑人; a prisoner:
# 女囚|萨吉达·里沙维, never a syllable of the name).
_PERSON_NOUN = re.compile(
    r"(?:负责人|牧师|神父|传教士|警察|警探|主持人|主播|记者|宇航员|嫌疑人|男子|女子|男孩|女孩|专家|学者|律师|大亨|车手|球员|名将|演员|歌手|明星|作家|导演|"
    r"学家|教授|博士|司机|难民|老人|领导人|头目|官员|指挥官|总监|董事长|总裁|创始人|主编|编辑|评论员|分析师|幸存者|受害者|"
    r"被告人|袭击者|枪手|凶手|遇难者|人质|士兵|准将|少将|中将|上将|上校|领袖|商人|富商|艺术家|音乐家|画家|诗人|学生|囚犯|女囚|死囚|犯人|囚徒|人|(?:提出|发明|创立|创始|发起|首倡|倡导|创建)者)$")  # 叙利亚人|尤斯非·卡克巴尔


# A foreign person named by state and calling, no dot in the name (瑞典艺术家X, 英国卫报前记者X):
# callings that name one person, never a group (人, 官员, 难民) nor a thing (载人潜器).
_FOREIGN_CALLING = re.compile(r"(?:情报人员|特工|间谍|艺术家|记者|名将|车手|球员|歌手|演员|导演|作家|律师|学者|教授|人质|飞行员|科学家|画家|诗人|音乐家|主持人|运动员|选手|宇航员|设计师)")


# A foreign state by its one-character abbreviation right before a calling, a former one too (俄前|情报人员)
_ABBR_STATE_OPENS = re.compile("[" + "".join(sorted(grammar.STATE_ONE - {"中"})) + "][前原]?$")
PUNCT_EDGE = ("", "，", ",", "。", "；", "：", "\n", "“")


def _foreign_callings(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """A transliterated name right after a foreign state and a calling in one clause (瑞典艺术家|
    维尔克斯，), or after a calling alone where a story of a foreign state names it again (私人律师|
    卡索威茨…。卡索威茨指责): a person, no post; never a name that holds a word of its own (萨维尔性侵案)."""
    taken = _Claimed(hits)
    words = lexicons.common_words()
    abroad = None
    out = list(hits)
    for m in _FOREIGN_CALLING.finditer(text):
        p = m.end()
        if taken.covers(p) or any(s <= p < e for s, e, _ in meta) or text[p : p + 1] in "们等" or text[m.start() : p + 1] in words:
            continue  # 艺术家们, 专家组
        state = next(reversed(list(lexicons.country_re(foreign=True).finditer(text, _floor(text, m.start(), max(0, m.start() - 12)), m.start()))), None)
        if state is None and (state := _ABBR_STATE_OPENS.search(text, max(0, m.start() - 3), m.start())) and text[state.start() - 1 : state.start()] not in PUNCT_EDGE:
            state = None  # ，俄前|情报人员X: a state by its abbreviation opening the clause, not a word's character (美|俄)
        if state is not None and re.search(r"[和与及、]", text[state.end() : m.start()]) or (q := grammar.foreign_name_end(text, p, known)) is None:
            continue
        if state is None and (lexicons.country_at(text, p) or not _told_again(text, p, q) or not (
                abroad := abroad if abroad is not None else lexicons.country_re(foreign=True).search(text) is not None)):
            continue  # 特朗普私人律师|卡索威茨…。卡索威茨指责…: with no state before the calling, a name the story of a foreign state
            # opens a clause with again (never a place opening with a state: 央视记者|俄罗斯索契报道)
        name = text[p:q]
        if not 2 <= len(name) <= 6 or any(_common_word(name[i : i + 2], 50) for i in range(len(name) - 1)) or name in lexicons.places() or re.search(NUMERAL, name):
            continue
        if words.get(name[:2], "x")[0] in "vdpc" or name[-1] in _NOT_NAME_END or name[-1] == "案":
            continue  # 选手|摘得男、女组冠军: a verb; 萨维尔性侵案: a case
        out.append(PersonHit(p, q, name, (), "cue"))
        taken.add(p, q)
    return sorted(out, key=lambda h: h.start)


_MANY_LEADERS = frozenset("国家辈代级届位些")  # 两国|领导人, 亚非国家|领导人, 老一辈|领导人, 40位|领导人: a group of leaders


# A noun after a name that a transliterated name's edge runs into (弗洛伊德|之死, 阿尔伯特|之子, 弗洛伊德|案|事件|家族)
_NOUN_AFTER_NAME = re.compile(r"之[子女妻死后]|案|事件|家族|一家")


def _foreign_nationals(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """A transliterated name right after a nationality (、巴林人|萨尔曼参加) or after 领导人 in a
    story of a foreign state (反政府武装领导人|马沙尔，) where no title chain was read: a person,
    no post; never a phrase (美国人|有亲友…, 各国领导人|齐聚) nor a name cut before a word."""
    if "人" not in text:
        return hits
    taken = _Claimed(hits)
    words = lexicons.common_words()
    abroad = None
    out = list(hits)
    for i in grammar.occurrences(text, "人"):
        p = i + 1
        state = lexicons.country_before(text, i)
        leader = not state and text.startswith("领导", i - 2) and text[i - 3 : i - 2] not in _MANY_LEADERS
        if not (state or leader) or state == "中国" or taken.covers(p) or any(s <= p < e for s, e, _ in meta):
            continue  # 两国领导人, 老一辈领导人: leaders counted, none named
        if leader and (abroad := abroad if abroad is not None else lexicons.country_re(foreign=True).search(text) is not None) is False:
            continue  # 党和国家领导人…: China's leaders, named by their own titles
        if state.startswith(("韩国", "朝鲜")):
            q = grammar.korean_name_end(text, p)
        elif state == "日本":
            q = grammar.japanese_name_end(text, p)
        else:
            q = grammar.foreign_name_end(text, p, known)
        if trimmed := q is not None and q - p >= 5 and grammar.verb_after(text, q - 2, 50):
            q -= 2  # 瑞士人因凡蒂诺|参选: a verb the edge took in
        if q is not None and (noun := _NOUN_AFTER_NAME.search(text, p + 2, q)):
            q = noun.start()  # 美国人弗洛伊德|之死, 弗洛伊德|案: a noun the edge took in
        if q is None or not (3 if state else 2) <= q - p <= 8:
            continue
        name = text[p:q]
        if any(_common_word(pair := name[j : j + 2], 20) and words[pair][:2] not in ("ns", "nz") or lexicons.word_frequency(pair) >= 300 and words[pair] != "nrt"
               for j in range(len(name) - 1)) or re.search(NUMERAL, name):
            continue  # 美国人|抗议封锁, 领导人|峰会, 中国人|有智慧: words, not syllables (科尔宾: 科尔 a transliteration's)
        if words.get(name[:2], "x")[0] in "vdpc" or name[-1] in _NOT_NAME_END or any(name[k:] in lexicons.places() for k in range(len(name) - 1)) or taken.overlaps(p, q):
            continue  # (领导人|齐聚万隆: a place ends a phrase)
        if not (trimmed or grammar.right_strength(text, q) >= 1 or grammar.verb_after(text, q)):
            continue
        out.append(PersonHit(p, q, name, (), "cue"))
        taken.add(p, q)
    return sorted(out, key=lambda h: h.start)


# Characters Chinese transliterations of foreign, Tibetan or Mongolian names are written with (安德鲁·布伦森): a dotted name a verb opens,
# with no title or calling before it, must be all of them (not 开展|净网·护苗, 推出|乐享·金秋: words of a campaign).
_TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂奥敖巴芭白拜班邦保堡鲍贝本比彼毕碧宾滨波玻伯勃博布步茨査查察楚达大戴黛丹当道德得登迪狄蒂底丁东冬杜敦多朵厄鄂恩尔"
    "法凡范方菲斐费芬丰冯弗福富伏夫盖甘冈钢高戈哥格葛根贡古瓜圭桂果哈海亥汉翰杭豪好浩赫黑亨恒洪侯胡华怀惠霍基吉纪济加佳嘉贾简杰捷金津锦晋京"
    "久居卡凯坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰蓝朗劳勒乐雷蕾累黎礼里理利莉丽连莲列林琳玲领留柳龙隆娄卢鲁陆路伦罗洛吕律马玛迈麦曼芒茂梅美门"
    "蒙孟米密敏明缪摩莫默姆穆拿纳娜乃奈南楠内妮尼涅聂宁纽努诺欧帕派潘庞培佩彭蓬皮珀普齐奇恰乔切钦琴琼丘屈让热仁荣瑞若撒萨塞赛桑瑟森沙莎山尚"
    "绍舍申什施史舒斯松苏素索塔泰坦汤唐陶特滕提蒂廷通图托娃瓦万汪旺威韦维温文沃乌伍武西希锡席夏肖谢辛欣休秀雅亚扬耶叶伊依因英尤于宇约越"
    "泽扎詹兹祖佐左卜"
    "娅"  # 焦尔吉娅, 索菲娅: a feminine ending, as 娃 and 娜
    "额确禅措旦增顿珠卓嘎曲宗堆赤")  # Tibetan and Mongolian names too (班禅额尔德尼·确吉杰布)


_KIN_AFTER_SYLLABLES = re.compile(r"之[子女妻]$")


def _kin_cut(text: str, p: int, f: int | None) -> int | None:
    """``f`` less a kin word it ends in (医生贝熙业|之子，: whose son, no syllables of the name); None stays None.

    >>> _kin_cut("医生贝熙业之子，", 2, 7), _kin_cut("男子斯科特，", 2, 5), _kin_cut("总统肯尼迪之遗孀，", 2, 8)
    (5, 5, 5)
    """
    if f is not None and f - p >= 4 and (k := next((k for k in grammar.KIN_OF if text.endswith(k, p, f)), None)):
        return f - len(k)  # (之遗孀: three characters)
    return f


def _syllables_mostly(name: str) -> bool:
    """Whether ``name`` is written in transliteration characters, one in four at most of another kind (阿吾巴克尔): what a
    transliterated name read once, with nothing but its edge to vouch for it, is made of.

    >>> _syllables_mostly("斯滕坎普"), _syllables_mostly("阿吾巴克尔"), _syllables_mostly("贝朗杰之子"), _syllables_mostly("竞速赛"), _syllables_mostly("布提属逊尼派")
    (True, True, True, False, False)
    """
    name = _KIN_AFTER_SYLLABLES.sub("", name)  # 贝朗杰|之子: whose kin, cut after
    return sum(c not in _TRANSLIT_CHARS for c in name) <= len(name) // 4


def _transliterated_at(text: str, s: int) -> bool:
    """Whether the dotted name opening at ``s`` is written in transliteration characters up to its next punctuation or
    non-name character, each part at least two (布伦森), never a noun of an activity after it (净网·护苗|专项行动)."""
    e = s
    while e < len(text) and (text[e] in _TRANSLIT_CHARS or text[e] == "·"):
        e += 1
    parts = text[s:e].split("·")
    return len(parts) >= 2 and all(len(part) >= 2 for part in parts) and not _ACTIVITY_AFTER.match(text, e)


_ACTIVITY_AFTER = re.compile(r"专项|行动|活动|线路|路线|消费季|品牌|系列|工程|计划|项目|主题|节|季|展|赛")


_AGENT_SUFFIX = frozenset("者方人员")  # 提出|者: a verb and its agent's suffix make a noun, no name opens after the verb
# Function words and verbs of naming that open a dotted name on their right, never a part of it (名叫|阿依木汗·乌斯曼).
_DOT_LEFT_WORDS = frozenset("的和与及叫为是由同向对给被将")
_KIN_BEFORE = re.compile(r"(?:夫人|妻子|丈夫|儿子|女儿|母亲|父亲|孙女|孙子|之子|之女|哥哥|弟弟|姐姐|妹妹|遗孀|[大二三四五六七八九小][哥姐弟妹]|[长次幼][子女])$")  # (三妹, 长女: by birth order)
# A message or a meeting whose object is the person (致电|鲍里斯·约翰逊, 会见|…): the verb closes on the name's left.
_ADDRESSED = re.compile(r"(?:致电|致函|致信|会见|会晤)$")
_NAMED_TO = re.compile(r"(?:任命|提名|委任|指派)$")  # the one appointed or nominated follows (任命|X·Y担任)
# A message of congratulation and the one it goes to, named bare before 祝贺他/她 (致电X，祝贺他当选…)
_CONGRATULATED = re.compile(r"(?:致电|致函|致信|致贺电|致贺信|致贺函)(?=[\u4e00-\u9fff])")
_CONGRATULATES_HIM = re.compile(r"[，,]祝贺[他她]")


def _noun_word(w: str) -> bool:
    """A word of jieba's dictionary that is no syllable of a transliteration: any frequent one but
    a foreign given name (威廉, 约翰, 罗伯特 are tagged as names; 明星 is too, but very frequent)."""
    tag = lexicons.common_words().get(w)
    if tag is None:
        return False
    return lexicons.word_frequency(w) >= (1000 if tag.startswith(("nr", "ns")) else 30)


def _syllable_parts(name: str) -> bool:
    """Whether every part of a hyphenated name is two to six transliteration characters, no word of the dictionary
    within it, no state and no place of any country (not 阿森纳-切尔西 told as a match, 巴黎-伦敦, 布雷顿-森林)."""
    words = lexicons.common_words()
    return all(2 <= len(x) <= 6 and set(x) <= _TRANSLIT_CHARS and not lexicons.country_at(x) and x not in lexicons.places()
               and not words.get(x, "").startswith("ns") and not any(_noun_word(x[k : k + n]) for n in (2, 3) for k in range(len(x) - n + 1))
               for x in re.split("[-－]", name))


def _paired_at(text: str, name: str) -> bool:
    """Whether a mention of the hyphenated ``name`` is followed by what two sides share (阿森纳-切尔西|比赛, …|会晤)."""
    return any(_PAIR_AFTER.match(text, i + len(name)) for i in grammar.occurrences(text, name))


def _dotted_names(text: str, hits: list[PersonHit], known: frozenset[str], meta) -> list[PersonHit]:
    """Untitled foreign names joined by a middle dot (负责人|埃利桑德罗·索尔向, 主播|达夫·特拉维斯):
    the dot marks a name; its first part, of two to six characters and no word, starts after a
    clause edge, a function word or what the person is (负责人, 嫌疑人, a designation or a role);
    ``grammar.name_end`` reads the rest. Never inside a work's title (《…》) or a quotation, nor a
    part that is a word, nor a firm or a place (哈利·温斯顿公司). A hyphen joins a name only where every part is
    syllables and the name, written again, speaks (辛普森-米勒表示; not 阿森纳-切尔西|比赛)."""
    if "·" not in text and "-" not in text and "－" not in text:
        return hits
    taken = _Claimed(hits)
    words = lexicons.common_words()
    out = list(hits)
    for m in re.finditer("[·\\-－]", text):
        r = m.start()
        if taken.covers(r) or any(s <= r < e for s, e, _ in meta):
            continue
        if m.group() != "·" and (_DOTTED_LATER.match(text, r + 1) or not (_TRANSLIT_CHARS.issuperset(text[r - 2 : r]) and _TRANSLIT_CHARS.issuperset(text[r + 1 : r + 3]))):
            continue  # a hyphen: only between syllables, never in a dotted name (让-巴蒂斯特·梅耶 is read at its dot)
        if text.rfind("《", 0, r) > text.rfind("》", 0, r) or text.count("“", 0, r) > text.count("”", 0, r):
            continue  # 《丝路·长安》, “对话·上海”: a title, not a name
        start = None
        for s in range(r - 2, max(-1, r - 15), -1):
            if text[s] in "-－" and s + 1 < r and "\u4e00" <= text[s - 1 : s] <= "\u9fff":
                continue  # 让-|巴蒂斯特·梅耶: a hyphenated first part reads on past its hyphen
            if min([i for i in (text.find("-", s, r), text.find("－", s, r)) if i >= 0] or [r]) - s > 6:
                break  # a part of two to six characters (each part of a hyphenated first one)
            if text[s - 1 : s] in ("-", "－") and "\u4e00" <= text[s - 2 : s - 1] <= "\u9fff":
                start = None
                continue  # 阿卜杜勒-|哈米德·阿巴乌德: no name starts after its own hyphen, the part before it is its first
            if start == s + 1 and (text[s] in grammar.NOT_NAME_CHARS or text[s] in _DOT_LEFT_WORDS):
                break  # 总干事的|特沃德罗斯·阿达诺姆, 新疆人叫|阿依木汗·乌斯曼: the function word that opened the part opens no longer one
            if not "\u4e00" <= text[s] <= "\u9fff" or text[s] in "之案" or (any(_noun_word(text[s : s + k]) for k in (2, 3) if s + k <= r) and not (
                    s + 2 == r and words.get(text[s:r]) == "n" and lexicons.word_frequency(text[s:r]) < 300 and _PERSON_NOUN.search(text, max(0, s - 6), s))):
                break  # 现役警察|韦恩·卡曾斯, 美国明星|威廉·罗切, 之父|罗伯特·卡恩: the first part takes no word,
                # but a rare plain noun right after what the person is may be a whole given name (明星|大卫·贝克汉姆;
                # not 专家|智慧·赋能: 智慧 is frequent)
            left = text[s - 1 : s]
            if text[s - 2 : s] in ("叫做", "叫作"):
                start = s  # 一名叫做|阿卜杜勒-哈米德·阿巴乌德: the verb that names the person, no syllable
                break
            if left == "·":
                start = None  # 汉斯·|克里斯蒂安·安徒生: a later part of a longer name, read from its first dot
                break
            if left in "年月日号" and text[s - 2 : s - 1].isdigit():
                start = s  # 2020年5月|乔治·弗洛伊德: a date before it
                break
            if _ADDRESSED.search(text, max(0, s - 2), s) or _NAMED_TO.search(text, max(0, s - 2), s):
                start = s  # 12日致电|卡德加·普拉萨德·沙尔玛·奥利: the person the message is sent to; 宣布任命|罗恩·克莱因担任: the one appointed
                break
            if not left or not "\u4e00" <= left <= "\u9fff" or left in _DOT_LEFT_WORDS:
                start = s  # a clause, a list or a function word before it
            elif _KIN_BEFORE.search(text, max(0, s - 4), s):
                start = None  # 她的孙女|如克亚木·麦提赛地: a relative (see below)
                break
            elif text[s - 1 : s + 1] in words or text[max(0, s - 2) : s + 1] in words:
                continue  # 宗教人士|谢赫…, 男孩儿|哈桑: a word runs across
            elif grammar.verb_before(text, s, 1000) and s + 2 <= r and text[s] not in _AGENT_SUFFIX and _transliterated_at(text, s):
                start = s  # 法院决定释放|安德鲁·布伦森: a frequent verb takes the person as its object
                break
            elif _PERSON_NOUN.search(text, max(0, s - 6), s) or grammar.role_ends(text, s) or any(d.end() == s for d in _DESIGNATION.finditer(text, max(0, s - 6), s)):
                start = s  # 负责人|埃利桑德罗·索尔, 主持人兼主播|亚当·博尔顿: what the person is, then the name
                break
        if start is not None and (state := lexicons.country_at(text, start)) and r - start - len(state) >= 2 and _state_told_apart(text, state, start, r):
            start += len(state)  # 对叙利亚|巴沙尔·阿萨德政府: the state whose leader it is, no syllable of his name
        if start is None or text[start] in grammar.NOT_NAME_CHARS and text[start + 1] not in "-－" or _KIN_BEFORE.search(text, max(0, start - 4), start):
            continue  # 总统夫人|梅拉尼娅·特朗普: a relative shares the family name, and the short form would go to her
        q = grammar.name_end(text, start, known, min_strength=1, titled=m.group() != "·")  # (a hyphenated name is read as after a title)
        if q is None or q <= r + 2 or taken.overlaps(start, q):
            continue
        name = text[start:q]
        last = name[name.rfind("·") + 1 :]
        if "之" in name or any(part[-1:] in "奖杯赛会号节展区镇村市县州省港岛" for part in name.split("·")) or any(_noun_word(last[i : i + k]) for k in (2, 3) for i in range(len(last) - k + 1)) or _DOTTED_NOT_PERSON.match(text, q):
            continue  # 哈里里之子|…, 罗切涉嫌, 之旅·世界, 农博会·花博会: words, not syllables; 哈利·温斯顿公司, …广场: a firm or a place
        if m.group() != "·" and (text.count(name) < 2 or not _syllable_parts(name) or _paired_at(text, name) or not any(
                _SAYS.match(text, i + len(name)) for i in grammar.occurrences(text, name))):
            continue  # 辛普森-米勒…，辛普森-米勒表示: a hyphenated name of syllables only, written again, one who speaks (not 阿森纳-切尔西, a match)
        out.append(PersonHit(start, q, text[start:q], (), "cue"))
        taken.add(start, q)
    return sorted(out, key=lambda h: h.start)


# The rest of a hyphenated first part before its dot (让-|巴蒂斯特·梅耶): the dot, not the hyphen, marks the name.
_DOTTED_LATER = re.compile(r"[\u4e00-\u9fff]{1,8}·")


# An untitled hyphenated foreign name as the other side of talks, a call or an audience (李克强同辛普森-米勒举行会谈,
# 会见了阿卜杜勒-马赫迪。): the diplomatic frame vouches for the name, each part transliterated syllables.
_TALKS_PARTNER = re.compile(r"(?:(?<=[同与])|(?<=会见)了?)(?P<name>[^\W\d_]{2,6}[-－][^\W\d_]{2,6}?)"
                            r"(?=(?:举行了?|进行了?)?(?:会谈|会晤|会面)|通电话|通了电话|[。，,；;])")


def _talks_partners(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """Hyphenated names of transliterated syllables after 同/与/会见 where talks, a call or the clause's end
    follow (同辛普森-米勒举行会谈): the counterpart of a diplomatic meeting; every mention of it is his."""
    if "-" not in text and "－" not in text:
        return hits
    taken = _Claimed(hits)
    out = list(hits)
    for m in _TALKS_PARTNER.finditer(text):
        name = m["name"]
        if not any(h.end == m.start() - 1 or h.end < m.start() and not re.search("[。；;，,]", text[h.end : m.start()]) for h in hits) or not (
                _syllable_parts(name) and not _paired_at(text, name)):
            continue  # (the host a person named before it in the clause; no word, state or place joined by the hyphen)
        for i in grammar.occurrences(text, name):
            if not taken.overlaps(i, i + len(name)) and not any(a <= i < b for a, b, _ in meta):
                out.append(PersonHit(i, i + len(name), name, (), "cue"))
                taken.add(i, i + len(name))
    return sorted(out, key=lambda h: h.start)


def _hyphenated_full_names(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """A foreign name the story writes whole with a hyphen once (候选人|哈桑-鲁哈尼，) where it names the person
    found elsewhere by its last part alone (鲁哈尼获得…): the hyphenated name is the person's, its first part two to
    six transliterated syllables after a clear left edge (a clause, a function word, a role or what one is), the
    name followed by a clear edge; ``_full_foreign_names`` then gives the short mentions the full name."""
    if "-" not in text and "－" not in text:
        return hits
    found = {h.name for h in hits if len(h.name) >= 2 and not _SEPARATED.search(h.name)}
    taken = _Claimed(hits)
    out = list(hits)
    for name in sorted(found):
        for i in grammar.occurrences(text, name):
            e = i + len(name)
            if text[i - 1 : i] not in ("-", "－") or taken.overlaps(i - 1, e) or any(a <= i < b for a, b, _ in meta):
                continue
            s = i - 1
            while s > max(0, i - 8) and text[s - 1] in _TRANSLIT_CHARS:
                s -= 1
            if s > 0 and (state := lexicons.country_at(text, s)) and i - 1 - s - len(state) >= 2:
                s += len(state)  # 伊朗|哈桑-鲁哈尼: the state, no syllable
            left = text[s - 1 : s]
            if not 2 <= i - 1 - s <= 6 or text[e : e + 1] in _JOINER or grammar.dotted_edge(text, e) < 1:
                continue
            if left and "\u4e00" <= left <= "\u9fff" and left not in _DOT_LEFT_WORDS and not (
                    grammar.role_ends(text, s) or _PERSON_NOUN.search(text, max(0, s - 6), s) or _ADDRESSED.search(text, max(0, s - 2), s)):
                continue
            if not _syllable_parts(text[s : i - 1]):
                continue  # a word or a place, no syllables
            if _two_sides(text, text[s : i - 1], s, e, found):
                continue  # 特朗普-金正恩|会晤, 内塔尼亚胡-甘茨联合政府: two people the story names, no one's full name
            out.append(PersonHit(s, e, text[s:e], (), "known"))
            taken.add(s, e)
    return sorted(out, key=lambda h: h.start)


# What two people joined by a hyphen share (特朗普-金正恩|第二次会晤, 内塔尼亚胡-甘茨|联合政府): a pair, not one name.
_PAIR_AFTER = re.compile(r"(?:第[一二三四五六七八九十\d]+次|首次|再次|历史性)?(?:会晤|会谈|会面|峰会|通话|对话|联合政府|联合声明|组合|二人|两人|双方|比赛|之战|对决|交锋)")


def _two_sides(text: str, first: str, s: int, e: int, found: set[str]) -> bool:
    """Whether ``first``, before the hyphen at ``s``, names a person of its own: one the story finds, one it
    writes elsewhere after a title (总统|普京), or the pair is followed by what two share (|会晤)."""
    if first in found or _PAIR_AFTER.match(text, e):
        return True
    return any(j != s and grammar.role_ends(text, j) for j in grammar.occurrences(text, first))


def _state_told_apart(text: str, state: str, start: int, r: int) -> bool:
    """Whether the story names ``state`` (opening a name's first part at ``start``, its dot at ``r``) elsewhere
    without that part's rest after it (在叙利亚问题上 beside 叙利亚巴沙尔·阿萨德; not 马里亚诺·拉霍伊 told again)."""
    rest = text[start + len(state) : r]
    return any(i != start and not text.startswith(rest, i + len(state)) for i in grammar.occurrences(text, state))


def _short_forms(text: str, hits: list[PersonHit], meta) -> list[PersonHit]:
    """Later mentions of a found foreign name by its first or last part alone (卡内尔说 after
    迪亚斯-卡内尔), at a clear left edge and before a clear right one; ``_full_foreign_names``
    then gives them the full name."""
    parts = {part for h in hits if _SEPARATED.search(h.name) for part in _name_parts(h.name)}
    parts = {p for p in parts if len(p) >= 2 and lexicons.word_frequency(p) < 50}
    if not parts:
        return hits
    taken = _Claimed(hits)
    out = list(hits)
    for part in sorted(parts, key=len, reverse=True):
        for s in grammar.occurrences(text, part):
            e = s + len(part)
            if taken.overlaps(s, e) or any(a <= s < b for a, b, _ in meta) or not _left_edge(text, s):
                continue
            if text[e : e + 1] in ("·", "-", "－") or grammar.right_strength(text, e) < 1:
                continue  # 卡内尔|·…: another name that shares the part
            out.append(PersonHit(s, e, part, (), "known"))
            taken.add(s, e)
    return sorted(out, key=lambda h: h.start)


def _name_parts(name: str) -> set[str]:
    """The first and last parts of a foreign name written with separators — and the second of
    three or four and the third of four written with hyphens, a Spanish family name (马杜罗 of 尼古拉斯·马杜罗·莫罗斯, 奥比昂 of
    特奥多罗·奥比昂·恩圭马·姆巴索戈, 查韦斯 of 乌戈-拉斐尔-查韦斯-弗里亚斯, two given names before it; not 代比 of
    穆罕默德·伊德里斯·代比·伊特诺, often the father's name) —, or the family name of a Japanese one of four or more
    characters written without (安倍 of 安倍晋三); a hyphenated family name after the dot is
    one part too (萨苏-恩格索 of 德尼·萨苏-恩格索)."""
    pieces = [x for x in _SEPARATED.split(name) if x]
    if len(pieces) in (3, 4):
        tail = name[name.find("·") + 1 :]
        return {pieces[0], pieces[1], pieces[-1]} | ({pieces[-2]} if "·" not in name else set()) | ({tail} if name.count("·") == 1 and tail[:1] not in _JOINER and _SEPARATED.search(tail) else set())
    if len(pieces) >= 2:
        return {pieces[0], pieces[-1]}
    return {name[:2]} if len(name) >= 4 and name[:2] not in lexicons.surnames() and name[0] in lexicons.surnames() else set()


def foreign_name_parts(name: str) -> set[str]:
    """The parts a later mention may name a foreign name written with separators by (鲁哈尼 of
    哈桑-鲁哈尼); none for a name without them."""
    return _name_parts(name) if _SEPARATED.search(name) else set()


def _full_foreign_names(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """A later mention by the last or first part of a foreign name (索萨; 福雷 for
    福雷·埃索齐姆纳·纳辛贝; 卡内尔 for 迪亚斯-卡内尔) is the full name, when only one full name
    has that part and the story names him other than by a place or a thing named after him."""
    parts: dict[str, set[str]] = {}
    for h in hits:
        for part in _name_parts(h.name):
            parts.setdefault(part, set()).add(h.name)
    full = {p: next(iter(names)) for p, names in parts.items() if len(names) == 1 and len(p) >= 2}
    # a part shared by the full name and a shorter form of it (卡内尔 of 迪亚斯-卡内尔 and of 米格尔·迪亚斯-卡内尔) is the full name's
    parts = {p: {full.get(n, n) for n in names} for p, names in parts.items()}
    full = {p: next(iter(names)) for p, names in parts.items() if len(names) == 1 and len(p) >= 2}
    full = {p: n for p, n in full.items() if not _fathers_name(p, n, hits) and not _named_only_for(text, n)}
    return [
        PersonHit(h.start, h.end, full[h.name], h.titles, h.via, h.byline_role)
        if h.name in full and not _other_state_holder(h, full[h.name]) and not _parent_of(text, h, full[h.name]) else h
        for h in hits
    ]


def _parent_of(text: str, h: PersonHit, full: str) -> bool:
    """Whether the mention ``h`` is named as whose kin ``full`` is, right after it (拜登|儿子|亨特·拜登,
    布托|之女|贝娜齐尔·布托): the parent, a person of his own, never the child's short form."""
    kin = _KIN_AFTER.match(text, h.end)
    return kin is not None and text.startswith(full, kin.end())


# A place or thing named after someone, his title maybe before it (盖达尔·阿利耶夫|中心, 某某|总统墓, 某某|国际机场).
_NAMED_FOR = re.compile(r"(?:总统|国王|女王|主席|总理|首相|元帅|将军)?(?:" + _NAMED_AFTER_HIM.pattern + r"|中心|图书馆|(?:国际)?机场)")


def _named_only_for(text: str, full: str) -> bool:
    """Whether the story writes ``full`` only as the name of a place or thing named after him (a late
    president's tomb, a centre): then it is no full form of a living namesake's short name (阿利耶夫)."""
    ends = [i + len(full) for i in grammar.occurrences(text, full)]
    return bool(ends) and all(_NAMED_FOR.match(text, e) for e in ends)


# Arabic patronymic markers, "son / daughter of" (穆罕默德·本·萨勒曼, 阿卜杜拉·伊本·…, 穆罕默德·宾·拉希德): the part after one is the father's name.
_PATRONYMIC = frozenset({"本", "伊本", "宾", "本特", "宾特", "宾蒂"})


# A reign: a father's title the son named after him never holds while the father is named with it (沙特国王萨勒曼).
_REIGNING = frozenset({"国王", "女王", "埃米尔", "苏丹"})


def _fathers_name(part: str, full: str, hits: list[PersonHit]) -> bool:
    """Whether ``part``, the part right after a patronymic marker of ``full``, is the father, a person of his
    own: the story gives the full name titles of its own and the bare part only others (沙特国王萨勒曼 beside
    副王储穆罕默德·本·萨勒曼), or the bare part a reign the full name never holds (沙特国王萨勒曼 beside an
    untitled 穆罕默德·本·萨勒曼); not 王储萨勒曼 beside a full name with no title or with 王储 (the son's short form)."""
    pieces = _SEPARATED.split(full)
    if not any(a in _PATRONYMIC and b == part for a, b in zip(pieces, pieces[1:])):
        return False
    own = {t.role for h in hits if h.name == part for t in h.titles}
    his = {t.role for h in hits if h.name == full for t in h.titles}
    return bool(own) and (bool(his) and not own & his or bool(own & _REIGNING - his))


# Japan's posts are held by the family name alone (安倍 of 安倍晋三): a short name with one is a part of the full name.
_FAMILY_NAMED_STATES = ("日本",)


def _other_state_holder(h: PersonHit, full: str) -> bool:
    """Whether a short name holds a post of its own, of no state of _FAMILY_NAMED_STATES, where the full
    name is one written whole (坦桑尼亚…总统哈桑 beside 文莱苏丹哈桑纳尔)."""
    return not _SEPARATED.search(full) and any(t.org and not t.org.startswith(_FAMILY_NAMED_STATES) for t in h.titles)


def _full_minority_names(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """A person found by one part of a Tibetan or Mongolian name (次仁说) is the two-part name the
    story writes (学生米玛次仁…, then 次仁说): a feature names him again by one part. Only when the
    story has one such name with that part, the short form holds no title of its own, and its clause
    names no one else before it (他的父亲次仁说 is the father: the short form stays)."""
    parts = lexicons.minority_name_parts()
    full: dict[str, set[str]] = {}
    for h in hits:
        if h.name in parts and not h.titles and h.name not in full:
            n, found = len(h.name), set()
            for i in grammar.occurrences(text, h.name):
                found |= {text[i - k : i + n] for k in (2, 3) if text[i - k : i] in parts} | {text[i : i + n + k] for k in (2, 3) if text[i + n : i + n + k] in parts}
            full[h.name] = found
    full = {short: names.pop() for short, names in full.items() if len(names) == 1}
    return [dataclasses.replace(h, name=full[h.name]) if h.name in full and not h.titles and not _another_before(text, h.start, full[h.name]) else h for h in hits]


# The clause before a name, read back at most 30 characters.
_CLAUSE_BEFORE = re.compile(r"[^。；;，,！!？?：:\n]*$")
# What in that clause names someone other than the person it leads to: a kin or designation word (他的父亲|次仁,
# 村民|次仁, 老人|次仁), or any 的-phrase (村里的|次仁): the short form may be another person then.
_ANOTHER = re.compile(_DESIGNATION.pattern + r"|夫人|孙女|孙子|之子|之女|老人|邻居|的")


def _another_before(text: str, start: int, full: str) -> bool:
    """Whether the clause before a short minority name may name another person than ``full``: a kin,
    designation or role word, a 的-phrase, or the full name itself (米玛次仁和次仁): keep the short form."""
    c = _CLAUSE_BEFORE.search(text, max(0, start - 30), start).start()
    return _ANOTHER.search(text, c, start) is not None or grammar.role_re().search(text, max(c, start - 8), start) is not None or full in text[c:start]


# --- dates ---------------------------------------------------------------------------------

_PARTS_OF_DAY = "上午|下午|晚上|晚间|早上|中午|傍晚|凌晨"
_DATE_RE = lexicons.guarded(
    r"(?P<rel>昨日|昨天|今日|今天|前日|前天|昨晚|今晚|前晚)(?:[（(](?:(?P<m3>\d{1,2})月)?(?P<d3>\d{1,2})[日号][)）])?"
    rf"(?P<pod2>{_PARTS_OF_DAY})?"
    # a range may leave out the first day's 日 (3月14—16日, 18-22日): it still starts the range
    # (28、29日两天: two days in a row, the first's 日 left out)
    r"|(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})(?:日|号|(?=(?:至|到|—|－|-|～|~|、)(?:\d{1,2}月)?\d{1,2}[日号]))"
    # (the first day's part of a range told with it: 8日下午至9日上午 starts on the 8th in the afternoon)
    rf"(?P<pod0>(?:{_PARTS_OF_DAY})(?=(?:至|到)(?:\d{{1,2}}月)?\d{{1,2}}[日号]))?"
    rf"(?:(?:至|到|—|－|-|～|~|和|(?<=\d)、)(?:(?P<em>\d{{1,2}})月)?(?P<ed>\d{{1,2}})(?:日|号))?(?P<pod>{_PARTS_OF_DAY})?"
    r"|(?:(?P<y2>\d{4})年)(?P<m2>\d{1,2})月(?!\d)"
)
# a number with 号 that names a thing, not a day: 长征18号艇, 地铁6号线, 3号楼, 1号机组, 4号台风, 92号汽油, 中央1号文件,
# and the rooms and halls where meetings sit: 5号会议室, 5号馆, 2号厅, 8号院 (but 12号线上举行, 12号线上线下召开: the mode, a day)
_NUMBERED_THING = re.compile(r"号(?:艇|线(?![上下](?:线[上下]|举行|召开))|楼|机组|会议室|馆|厅|院(?![士长])|台风|洪水|汽油|柴油|文件|令|坑|墓)")
_SPLIT_NUMBER = re.compile(r"\d[ \u3000\xa0]$")  # 1 5日晚: a number split by a stray space, its day unknown
_METRO = re.compile(r"地铁|轨道|轨交")  # 地铁4号线上举行: a line's number even before 线上举行 (looked for in the 6 characters before)
_REL = {"昨日": -1, "昨天": -1, "今日": 0, "今天": 0, "前日": -2, "前天": -2, "昨晚": -1, "今晚": 0, "前晚": -2}
_POD = {"晚间": "晚上", "早上": "上午", "凌晨": "上午", "中午": "中午", "傍晚": "晚上"}


def _a_range(text: str, m: re.Match) -> bool:
    """Whether a first day written without its 日 starts a range (3月14—16日, 3月30—4月2日): the
    numbers stand alone and the range runs forward (not a score, 3-2日本队)."""
    day, end_day = int(m["d"]), int(m["ed"])
    if m.start() > 0 and text[m.start() - 1].isdigit():
        return False
    if text[m.end("d")] == "、":  # 28、29日: a list of two days is a range only when they follow each other
        return not m["em"] and end_day == day + 1
    return (int(m["em"]) > int(m["m"])) if m["em"] and m["m"] else end_day > day


_STREET = re.compile(r"(?:街|路|巷|大道|胡同|弄)$")


def _find_dates(text: str) -> list[DateHit]:
    out = []
    pos = 0
    while (m := _DATE_RE.search(text, pos)) is not None:
        pos = m.end()
        if m["d"] and text[m.end("d")] not in "日号" and not _a_range(text, m):
            pos = m.end("d") + 1  # not a range (比分3-2日本队): read on from the second number
            continue
        if m["rel"] == "今晚" and text.startswith("报", m.end("rel")):
            continue  # 今晚报, a newspaper
        if m["rel"] and text[m.start() - 1 : m.start()] == "《":
            continue  # 《今日》, 《今日说法》: a programme's or paper's name, no day
        if m["rel"] and m["d3"]:  # 今天（2月28日）: the date in brackets is the one meant
            pod = m["pod2"] or ("晚上" if m["rel"].endswith("晚") else None)
            out.append(DateHit(m.start(), m.end(), m.group(), None, int(m["m3"]) if m["m3"] else None, int(m["d3"]), _POD.get(pod, pod)))
        elif m["rel"]:
            pod = m["pod2"] or ("晚上" if m["rel"].endswith("晚") else None)  # 昨晚: yesterday evening
            out.append(DateHit(m.start(), m.end(), m.group(), None, None, None, _POD.get(pod, pod), _REL[m["rel"]]))
        elif m["y2"]:
            continue  # a month alone is not a meeting date
        else:
            day = int(m["d"])
            if not 1 <= day <= 31 or (m.start() > 0 and text[m.start() - 1].isdigit()) or _SPLIT_NUMBER.search(text, max(0, m.start() - 2), m.start()) or _NUMBERED_THING.match(text, m.end("d")) or (m["ed"] and _NUMBERED_THING.match(text, m.end("ed"))) or (
                    text.startswith("号线", m.end("d")) and _METRO.search(text, max(0, m.start() - 6), m.start())) \
                    or not m["m"] and text.startswith("号", m.end("d")) and _STREET.search(text, max(0, m.start() - 2), m.start()):
                continue  # (唐宁街10号, 长安街8号: an address)
            pod = m["pod0"] or m["pod"]
            month = int(m["m"]) if m["m"] else None
            if month is not None and not 1 <= month <= 12:
                continue
            end_day = int(m["ed"]) if m["ed"] else None
            end_month = int(m["em"]) if m["em"] else (month if end_day else None)
            out.append(DateHit(m.start(), m.end(), m.group(), int(m["y"]) if m["y"] else None, month, day, _POD.get(pod, pod),
                               None, end_month, end_day))
    return out


# --- meetings ------------------------------------------------------------------------------

# A session's group sittings (委员们在分组讨论时认为, 看望委员并参加分组讨论; 代表们在分组审议时认为): told
# mostly for what was said at them, so they are a meeting of their own only in a story of their own.
GROUP_SITTINGS = ("分组讨论", "分组审议")

# a signing ceremony is a meeting only as the subject held (…签约仪式今天在临沂举行), not when attended after
# talks (两国元首共同出席…签字仪式)
_SIGNINGS = ("签约仪式", "签字仪式", "签约活动")  # (…“品牌强国工程”签约活动在京举行)
# an exposition or trade fair likewise: held as its clause's subject (第五届…博览会当日在银川开幕), not when
# cited, visited or attended (参展, 出席…博览会开幕式, 博览会期间)
_SHOWS = ("博览会", "洽谈会", "交易会")
# a state banquet of welcome likewise: a meeting only as what one attends (出席…举行的盛大欢迎晚宴), not
# when held for a guest (为X举行欢迎晚宴, told with the talks)
_BANQUETS = ("欢迎晚宴", "欢迎宴会", "欢迎午宴")
# a standing strategic dialogue between two states held by name (美埃战略对话, 第三轮中澳外交与战略对话); a meeting only
# when so named (_NAMED_DIALOGUE), not 进行实质性战略对话, 加强战略对话 (an economic one opens with its own sittings: left alone)
DIALOGUES = ("战略对话",)
# (whose hosts and guests may run long: 出席X和夫人为出席…会议的各经济体领导人、代表及配偶举行的欢迎晚宴)
_ATTENDED = re.compile(r"出席了?[^，,。；;]{0,60}$")
# a session's press corridor (代表通道, 委员通道, 部长通道: deputies, members or ministers answer reporters in the Great
# Hall): held only when told opened that day (两会代表通道再次开启, _CORRIDOR_OPENS), not when a later one is announced
CORRIDORS = ("代表通道", "委员通道", "部长通道")
_MEETING_TYPES = (
    "常委会会议", "常务委员会会议", "常务会议", "全体会议", "扩大会议", "专题会议", "联席会议", "工作会议",
    "理论学习中心组学习会", "理论学习中心组集体学习会", "理论学习中心组集体学习", "理论学习中心组学习",
    "集中学习会", "集体学习会", "专题学习会", "集中学习", "集体学习", "专题学习", "分析会", "恳谈会", "对接会", "对洽会", "评议会", "通报会", "讲评会",
    "民主生活会", "组织生活会", "警示教育会", "联系会", "述职会", "推进会议", "督导会",
    "座谈会", "推进会", "部署会", "调度会", "培训会", "学习会", "报告会", "动员会", "现场会", "见面会",
    "全会", "大会", "例会", "协调会", "汇报会", "交流会", "研讨会", "讨论会", "论证会", "办公会", "务虚会", "观摩会",
    "视频会议", "视频会", "电视电话会议", "联组会", "会议", "结业式", "开班式", "招待会", "茶话会", "团拜会", "欢迎仪式", "新闻发布会", "发布会", "记者会", "宣讲会", "峰会", "外长会", "防长会", "执委会",
    "论坛", "年会", "协商会", "辩论会", "对话会", "会晤", "磋商", "会谈", "吹风会", "通气会", "一般性辩论", "谈判", "和谈", "听证会",
    "专题讲座", "学习讲座",  # a standing committee's lecture (第十六讲专题讲座), not any 讲座 held for the public
    *GROUP_SITTINGS,
    "研讨班",  # a seminar of cadres held days long (…精神研讨班); not when its opening or close goes on (研讨班开班式)
    *DIALOGUES,
    "边会",  # a side event held during a session (…期间举行…主题边会); not 双边会晤, 双边会谈
    "圆桌会",  # a round table of business or officials (中外经贸合作圆桌会; 圆桌会议 is a 会议)
    *_SIGNINGS, *_SHOWS, *_BANQUETS, *CORRIDORS,
)
# what, run on after a meeting's kind word, makes it none (会议室, 电视会议系统 the means, 大会精神, 会议纪要, 峰会公报, 选举会议成员 its members, 由…峰会主办的 its organiser, a standing 联席会议's 召集人 or
# 办公室, 国会议事堂, 大会|议题 read as 大|会议), or not the meeting held: a rehearsal
# of it (庆祝…大会首次综合演练); a body named 会议 whose session follows (中国人民政治协商会议|第十三届全国委员会第三次会议),
# or whose own forum's session does (亚洲相互协作与信任措施会议|非政府论坛第二次会议); a hall or site named by a meeting
# (中国共产党第六次全国代表大会|纪念馆建馆启动仪式, 遵义会议|会址)
_NOT_A_MEETING = re.compile(r"(?<=会议)题|(?<=会议)系统|员|室|厅|堂|事堂|中心|召集人|成员|办公室|展览(?:中心|馆)|精神|(?:(?<!组会议)(?<!联组会)形式|形式(?!的?(?:分别)?(?:讨论|审议|协商)))|方式|制度|(?:[和与][^，,。；;]{2,10}?)?相结合|纪要|公报|文件|材料|(?:联合)?(?:主办|承办|协办)的|议题|要求|部署|常务委员会|常委会|代表|主席团|副?主席(?!台)|秘书(?![处长])|(?<=会议)长(?!达|期|时间|远)|参议院|众议院|立法院|框架|(?<=政治协商会议|信任措施会议)第|(?<=贸易和发展会议)第|(?<=信任措施会议)[\u4e00-\u9fff]{1,8}?(?:论坛|会议)第|纪念馆|博物馆|陈列馆|会址|旧址|纪念碑|(?:首次|第[一二三四五六七八九十]+次)?(?:综合|全要素|全流程)?(?:演练|彩排|预演)"
                             # a drill or a committee it holds (…论坛第四次救灾演习, 第76届联合国大会裁军与国际安全委员会): what is told
                             # (not …大会上当选…委员会第一书记: a clause after it; not …会议暨…委员会全体会议, a joint sitting,
                             # nor …全体会议选举产生了新一届常务委员会, what it did)
                             r"|(?:第[一二三四五六七八九十]+次)?[\u4e00-\u9fff]{0,4}?演习|(?![上后前中时期暨])(?:(?!当选|担任|出任|成为|任命|暨|选举|产生|通过|审议|召开|举行|成立|设立|组成|决定)[\u4e00-\u9fff、]){0,12}?委员会")
# a session's press centre holding one press conference, a briefing or a reception: that is told, not the session (which
# may open days later: …大会新闻中心今天举行媒体通气会, …代表大会新闻中心举办酒会)
# (but …新闻中心今天举行了三场记者会 names none of them: the session stands, meetings._sittings makes them one record)
_PRESS_CENTRE = re.compile(r"(?:新闻|媒体)中心[^，,。；;]{0,16}?(?:召开|举行|举办)(?!了?[两二三四五六七八九十几数多]场)[^，,。；;]{0,12}?(?:发布会|记者会|通气会|吹风会|酒会|招待会|见面会)")
# a meeting that holds a press conference of its own (第二届…大会今天举行专场新闻发布会): the conference is told, as a press
# centre's, not the meeting (not 大会新闻发言人…, nor …举行了三场记者会, which names none; a session's, …会议今天举行新闻发布会,
# is one record with it: meetings._sittings)
_HOLDS_PRESS = re.compile(r"(?:今天|今日|昨天|当天|\d{1,2}[日号])?(?:上午|下午|晚上)?(?:召开|举行|举办)(?!了?[两二三四五六七八九十几数多]场)了?[^，,。；;]{0,8}?(?:新闻发布会|发布会|记者会|吹风会)")
_PRESS_ON = re.compile(r"(?:出席|参加|就|关于|围绕)[^，,。；;]{0,20}$")  # 外交部就X出席…峰会举行吹风会: the summit is its topic
# a forum or summit that names a meeting of its own goes on to it: 中非合作论坛北京峰会, 博鳌亚洲论坛2019年年会,
# 中国—阿拉伯国家政党对话会特别会议, 中非合作论坛-减贫与发展会议 (past a dash), 世界经济论坛全球企业家视频特别对话会
_GOES_ON = r"(?![-—－]?(?:(?!在|于|举行|召开|开幕|闭幕|今天|昨天|\d+日)[\u4e00-\u9fff\d]){0,20}?(?:会议|峰会|年会|论坛|大会|会晤|全会|对话会))"
# (a kind word ending in 会 runs into no 议, nor into 会庆活动, a body's anniversary fête: 成立120周年|会庆活动)
# an anniversary told after a kind word, then the meeting that marks it (…大会成立60周年|理论研讨会, …全会召开40周年|座谈会):
# the name runs on to that meeting (not 万隆会议|60周年纪念活动: no meeting marks it, the kind word ends the name)
_MARKED_YEARS = r"(?!(?:成立|召开|创立|建立|设立|举办|开幕)?(?:\d{1,3}|[一二三四五六七八九十百]{1,4})周年[^，,。；;、]{0,12}?(?:大会|会议|研讨会|座谈会|报告会|论坛|招待会|纪念会|茶话会))"
_TYPES_RE = "|".join(
    ("(?<![双多])" if t == "边会" else "")
    + ("(?<!飞行)(?<!体育)(?<!徒步)(?<!登山)" if t == "大会" else "")  # 飞行大会 an air show, 体育大会 games, 徒步大会 a hike, 登山大会 a climb
    + re.escape(t) + ("(?!议|庆(?:活动|典|大会|晚会))" if t.endswith("会") else "") + (_GOES_ON if t in ("论坛", "会晤", "磋商", "年会", "对话会") else "")
    + ("(?!论坛|峰会|年会|大会|会议)" if t in _SHOWS else "")  # 中国—东盟博览会论坛
    + ("(?!一般性辩论|高级别会议|(?:[\u4e00-\u9fff]{0,2}|(?:世界)?领导人)峰会|(?:(?![并和与及后上时在于]|期间|出席|参加|召开|举行|当天|今天|昨天)[\u4e00-\u9fff]){0,16}?特别会议)" if t == "大会" else "")  # (…缔约方大会领导人峰会, 联合国大会反腐败问题特别会议 too, not past a verb or a time: 大会期间出席…特别会议)  # 联合国大会一般性辩论, 世界VR产业大会云峰会, …大会乌镇峰会
    + ("(?!开班|结业|学员|座谈会)" if t == "研讨班" else "")  # …研讨班开班式, 研讨班学员座谈会
    + ("(?!(?:专题|主题)?研讨会)" if t == "论坛" else "")  # …高层论坛专题研讨会: the forum's own seminar, named by it
    + ("(?!成果落实)" if t == "峰会" else "") + ("(?!·)" if t == "大会" else "")  # …北京峰会成果落实协调人会议: the summit's follow-up meeting, named by it
    + ("(?![晤谈见])" if t in ("边会", "圆桌会") else "")  # 双边会晤, 圆桌会谈: talks, no side event or round table
    # 第六轮中美战略与经济对话和第五轮…高层磋商联合开幕式: the name runs on to what the dialogue is joined with
    + ("(?!(?:(?!在|于|举行|召开|开幕|闭幕|今天|昨天|\\d+日)[\u4e00-\u9fff\d]){0,24}?(?:会议|峰会|论坛|大会|会晤|磋商|开幕式|闭幕式))" if t in DIALOGUES else "")
    + ("(?![判话])" if t == "和谈" else "")  # 对话和谈判, 讲话和谈话: a conjunction, no peace talks
    + ("(?![晤谈见])" if t == "防长会" else "")  # 防长会谈, 防长会晤: talks, no 防长会
    + ("(?!委员|成员|会议)" if t == "执委会" else "")  # 执委会委员: a member of the board, no sitting (执委会会议: read whole)
    + _MARKED_YEARS  # 庆祝全国人民代表大会|成立60周年…研讨会: the body or session whose anniversary the meeting marks
    for t in _MEETING_TYPES
)  # 安全会议 is no 全会, 视频会议 no 视频会
_MEETING_RE = re.compile(  # the name may run past 人民代表大会 to 常务委员会第二十一次会议
    r"(?P<name>(?:[\u4e00-\u9fff\dA-Za-z（）()]|（[\u4e00-\u9fff、]{1,10}）|(?<=[\u4e00-\u9fff])(?:[-—－]|——)(?=[\u4e00-\u9fff])|(?<=大会)·(?=[\u4e00-\u9fff])|(?<=[\dA-Za-z])\+(?=[\dA-Za-z])|《[^》\n]{1,30}》|“[^”\n]{1,12}”(?=[\u4e00-\u9fff\d])){0,40}?(?:" + _TYPES_RE + r")"  # 《国家安全法》实施研讨会, 亚洲-非洲…年会, 中国——中东欧国家领导人会晤, 世界互联网大会·互联网发展论坛 (a 大会's own forum or fair), 16+1经贸论坛, 5G+4K传播创新国际论坛, 发布“五一口号”70周年座谈会, 省（区、市）系列新闻发布会
    rf"(?:第{NUMERAL}次(?:全体会议?|会议))?(?:学习讲座|专题讲座)?)"  # 职工代表大会第二次会议, …第十四次会议学习讲座
    r"(?!" + _NOT_A_MEETING.pattern + ")"
)
# a parliament or a party named as an assembly (白俄罗斯国民会议, 巴拿马国民大会, 非洲人国民大会); not a loya jirga,
# which is held (阿富汗大国民会议)
_HOUSE_NAMED_ASSEMBLY = re.compile(r"(?<!大)国民(?:会议|大会)$")
# 召开在闽台商座谈会, 出席在华外企…: 在 and a place's one-character name before a group staying there, after the verb
# that holds the meeting, names the group (not 他在华…, where 在 is the preposition)
_STAYING_GROUP = r"[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川黔滇陕甘青宁新藏桂蒙港澳华](?:台商|台胞|台企|台资|外企|外资|外商|外籍|外国|港商|港澳|侨胞|华侨)"
_MEETING_LEFT = lexicons.guarded(
    r"(主持召开了?|召开了?|举行了?|举办了?|进行了?|主持了?|出席了?|参加了?|列席了?|收听收看了?|(?<=出席)指导|包括|开始|按照|依照|遵照|根据(?!地)|(?<![根依证占数凭收票单字盘割论考])据(?!点)|今天|昨天|当天|线上线下|(?<![开行办席加持了的在])在|在(?!" + _STAYING_GROUP + r")|于|(?<!党)的|了|后(?![续勤])|并|前(?![瞻沿]|[一二三四五六七八九十两]{1,2}(?:季度|个月))|(?<=[者）天日])从|(?<=[日天])）|(?<![一二三四五六七八九十两\d])次日|上午|下午|晚上|(?<=[\d今昨当同近翌十])日(?!本)|(?<=\d)号|以来|以(?!色列)|通过|(?:最高|常设)(?:权力|决策|执行)?机构|"  # (…联盟的最高权力机构|…理事会举行会议: what the body is, no part of its name) 南水北调后续|工程工作会议, 全军后勤|工作会议, 世界前瞻|论坛, 前三季度|…发布会: no 后 or 前 of a time; 第二次|日内瓦会议 is no 次日; 按照|大会选举办法; 中国-|以色列…委员会 is no 以 of means
    r"(?<![应面反])对(?!话|接)|向|就(?!任(?:记者会|仪式|典礼)|业(?![务绩态界主]))|为|完|，|,|。|、(?![\u4e00-\u9fff、]{0,10}）)|：|:|“|”|\s)"  # not 香格里拉|对话会, 政策|对接银企座谈会, 举行|就任记者会, 稳就|业工作座谈会 (but 就|业务重组), 领导人应对|新冠…峰会, 面对面; nor the 、 of a bracketed list, 省（区、市）
)
_DELEGATION = re.compile(  # 参加辽宁代表团审议, 在辽宁代表团参加审议, 来到他所在的山东代表团参加审议, …五次会议辽宁代表团审议,
    # 来到他所在的湖北代表团，同代表们一起审议 (…所在的十三届全国人大三次会议湖北代表团: the session named before it)
    # (他们所在代表团的审议: a pronoun's delegation, no name; 参加去年…代表团审议: a sitting of a year gone, recalled)
    r"(?:参加|(?P<came>来到)|在|会议)(?:了)?(?:他们|她们|他|她)?(?:所在的?)?(?:(?<=所在的)[\u4e00-\u9fff]{2,14}?会议)?(?P<name>(?!参加|一些|有关|各|他|她|们|所在|去年|前年|当年|往年)[\u4e00-\u9fff]{2,8}?代表团)"
    r"(?:的审议|审议|参加了?审议|(?(came)[，,](?:同|与|和)代表们一起(?:参加)?审议|(?!)))"
)
# a delegation that opens its clause sitting in groups on a report (解放军代表团5日下午开始分组审议政府工作报告)
DELEGATION_SITS = re.compile(r"(?:^|(?<=[：:。；;\s]))(?P<name>(?!参加|一些|有关|各)[\u4e00-\u9fff]{2,8}?代表团)(?:\d{1,2}日)?(?:上午|下午|晚上)?(?:开始|继续)?"
                              r"分组审议(?P<what>[\u4e00-\u9fff]{2,12}?(?:报告|草案))(?=[。，,；;])")
# a delegation named by the session it attends, holding its own plenary (出席…五次会议的香港代表团，今天下午在人民大会堂
# 举行全体会议): the delegation's plenary of that session, named as the golds name one (…会议解放军代表团全体会议)
_DELEGATION_PLENARY = re.compile(r"(?:出席|参加)(?P<session>[^，,。；;、的\s]{4,30}?会议)的(?P<delegation>(?!各)[\u4e00-\u9fff]{2,12}?代表团)[，,]?"
                                 r"(?:(?:\d{1,2}[日号]|今天|昨天|当天)(?:（[^）]{2,8}）)?)?(?:上午|下午|晚上)?(?:在[^，,。；;]{1,15}?)?(?:举行|召开)了?(?P<kind>全体会议)(?=[，,。；;])")
# a CPPCC sector group's discussion joined (在参加致公界委员小组讨论时说, 参加特邀香港人士委员小组讨论, 参加中共界讨论,
# 参加台盟界别小组讨论), a
# sitting of the session as a delegation's 审议 is, as the wide30 reader counts it (not one quoted: …讨论时说的这句话, …讨论时的发言)
_SECTOR_DISCUSSION = re.compile(r"参加了?(?P<name>(?!一些|有关|各)[\u4e00-\u9fff]{1,12}?(?:界别|界|人士)(?:委员)?(?:小组|分组)?讨论)"
                                r"(?=时(?!的|所?(?:说|讲|提出|强调|指出)的)|[，,。；;])")
# 分别参加了香港代表团、澳门代表团审议; 在香港代表团、澳门代表团参加审议
# a briefing to the non-party figures (受中共中央委托，X向各民主党派中央、…和无党派人士代表通报了Y精神)
_BRIEFED = re.compile(r"向[^。；;，,]{0,40}?(?:党外人士|民主党派|无党派人士)[^。；;，,]{0,20}?(?P<name>通报了?)(?P<what>[^。；;，,]{2,40}?精神)")
# a ceremony's kind word: 仪式, or 典礼 (开学典礼, 颁奖典礼), read alike
_RITE = "(?:仪式|典礼)"
# a ceremony one chairs, named (主持颁发国务院令仪式); not one of welcome (主持仪式，欢迎X: _WELCOME in extract)
# a meeting told by its kind alone, convened by a leader named as the clause's subject (习近平在疾控中心主持召开会议，
# 听取…汇报; 中共中央政治局常委X25日主持召开视频会议; 组长X再次召开会议, a convener): the meeting the story tells, named as written; not one of many
# (多次主持召开会议) nor a body's (市委召开会议: _NTH)
_CHAIRED_GENERIC = re.compile(
    r"(?:^|(?<=[，,。；;\n]))[ \u3000\t]*(?:[^，,。；;\n]{2,40}?(?:常委|委员|书记|总理|主席|部长|省长|市长|组长|主任))?"
    r"(?P<who>[\u4e00-\u9fff]{2,3}?)(?:\d{1,2}[日号]|[今昨当]天)?(?:上午|下午|晚上|晚)?(?:[今昨当]晚)?(?:再次|随即)?(?:在[^，,。；;在]{2,20}?)?"
    r"(?P<chaired>主持)?召开了?(?P<name>视频会议|电视电话会议|会议)(?=[，,。；;]|听取)"
)
# an agreement, view or plan told before it in its sentence (双方同意，及时召开会议; X表示，定期召开会议): none held
_AGREED_BEFORE = re.compile(r"(?:同意|商定|约定|议定|表示|认为|提出|建议|决定|要求|希望|打算|准备|计划)[，,：:]?[^。；;！？\n]{0,30}$")
# a party standing committee named as a sentence's subject, the day it sat, and what it heard or studied (中共中央政治局常委会
# 12月22日听取…的汇报, 省委常委会3日研究…): its sitting, named by the body as written (召开会议: _NTH)
_STANDING_COMMITTEE_SITS = re.compile(
    r"(?:^|(?<=[：:。；;！？!?\n]))[ \u3000\t]*(?P<name>(?:中共中央政治局|[\u4e00-\u9fff]{2,8}(?:省委|市委|区委))常委会)"
    r"(?:\d{1,2}月)?\d{1,2}[日号](?:上午|下午|晚上)?(?=听取|研究|审议|讨论)"
)
_CHAIRED_FOR = re.compile(r"们[^，,。；;]{0,12}?为[^，,。；;]{1,12}$")  # (志愿者们在这里为孩子们|主持…仪式)
_CHAIRED_CEREMONY = re.compile(r"(?<![将拟])主持(?:了)?(?P<name>(?![\u4e00-\u9fff]{0,10}欢迎)[\u4e00-\u9fff]{2,12}" + _RITE + r")(?=[。，,；;并])")
# a ceremony held to mark a day, then attended (…在半岛举行仪式纪念二战爆发75周年，X、Y等出席了纪念活动): named by what it
# marks (纪念二战爆发75周年仪式); not one only held, which the golds read both ways
_RITE_MARKING = re.compile(r"(?<![将拟要])举行了?(?:隆重|盛大|庄严)?的?仪式[，,]?(?P<what>(?:纪念|庆祝|悼念)[^，,。；;]{2,30}?)[，,]"
                           r"(?=[^。；;]{0,40}?(?:出席|参加)了?(?:当天的|这一|此次|上述)?(?:纪念|庆祝|悼念)?(?:活动|仪式)[。；;，,])")
# an activity of mourning or remembrance held there, at which one speaks (X在珍岛举行的悼念活动上表示)
_SPOKE_AT_RITES = re.compile(r"在[^，,。；;在]{1,20}?举行的(?P<name>[^，,。；;的在]{0,20}?(?:纪念|悼念|庆祝)活动)上(?:发表|作)?(?:讲话|致辞|表示|说|指出|强调)")
# a rite told as a habit or as once held (每年…都会举行仪式纪念…, X曾在…举行的悼念活动上强调): none held on the story's day
_RITE_HABIT_OR_PAST = re.compile(r"(?:每年|每逢|每当|每届|历年|往年|历来|以往|都会|都要|曾经)[^。；;，,]{0,24}$|曾$")
# a banquet held to welcome those who came to a gathering (习近平和夫人彭丽媛在人民大会堂举行宴会，欢迎出席…峰会的外方领导人):
# a meeting of its own; not one held for a guest (为X举行欢迎晚宴, told with the talks)
# (or its invited leaders: 举行宴会，欢迎…对话会受邀国领导人及配偶、嘉宾)
_BANQUET_WELCOMES = re.compile(r"(?<![将拟])举行了?(?:盛大|隆重)?的?(?P<name>(?:欢迎)?(?:宴会|晚宴|午宴))[，,]欢迎(?:出席|参加|前来"
                               r"|[^，,。；;]{2,40}?(?:会议|峰会|论坛|对话会|会晤|大会)的?(?:受邀国|外方|各国|与会)(?:领导人|代表|嘉宾|贵宾))")
# a ceremony attended that is a meeting: one someone speaks at (出席…赠送…雕塑仪式。X在致辞中指出; 出席…通车仪式并致辞)
# or one held in the honour of who attends it (出席为她举行的…颁奖仪式); not a ceremony only attended (出席港口城开工仪式,
# 参加入队仪式), which the golds read both ways, nor a welcome or a signing, read as such
# (an activity too when spoken at, as the dev15 reader counts it: 出席总装下线活动并致辞, 出席…活动周，并发表重要讲话; not 出席上述活动, 有关活动)
# (a closing ceremony or an inauguration only attended is one, as the dev7, wide6, wide10 and wide16 readers count it:
# 出席…亚运会闭幕式, 出席X总统连任就职仪式; not 出席了19号的会议闭幕式, named by no event of its own)
ATTENDED_CEREMONY = re.compile(r"(?<![将拟要])出席了?(?P<honour>为(?:她|他|其)举行的)?(?P<name>(?P<closing>[^，,。；;、：:“”《》\s的]{2,30}?闭幕式)"
                                r"|[^，,。；;、：:“”《》\s]{2,30}?" + _RITE +
                                r"|(?!上述|有关|相关|此次|这次|本次|该|这些|各项|系列|一系列)(?P<activity>(?:“[^“”。；;\n]{2,30}”)?[^，,。；;、：:“”《》\s]{2,30}?活动周?))(?=[，,。；;并]|之际[，,])")
_INAUGURATIONS = ("就职仪式", "就职典礼")
# a plaque's unveiling or a commemoration attended (出席…管理机构揭牌仪式, 共同出席…建立对话关系25周年纪念仪式): a meeting,
# as every reader who met one attended counts it (wide16, wide20, wide93, wide96); not one named by its day (当天的纪念仪式)
_PLAQUE_OR_MEMORIAL = ("揭牌仪式", "挂牌仪式", "纪念仪式")
# 在X出席…闭幕式之际，双方将举行会谈: the occasion of a visit announced, no closing attended yet
_PLANNED_ON_OCCASION = re.compile(r"之际[^。；;]*?[将拟]")


# a works' ceremony two leaders attend together (X与Y共同出席…高速公路竣工典礼, …产业园启动仪式): a meeting, as the wide59 and
# wide64 readers count it; not one told after or before another event (会谈后，两国总理共同出席…宣布仪式; 开幕式前，…)
_WORKS_RITE = re.compile(r"(?:开工|竣工|启动|开通|通车|落成|投产|奠基)" + _RITE + "$")
_AFTER_OR_BEFORE = re.compile(r"[后前](?:[，,]|共同$)")  # (举行会谈后共同出席…)
# X1日至3日在万象与Y共同出席…: the trip's days, not the ceremony's; 通过视频连线共同出席…: attended from afar, not at it
_REMOTELY = re.compile(r"通过(?:视频|网络|互联网)|以视频|视频方式|两地|远程")
# 当年，…共同出席…通车仪式 (an anniversary's recall), 双方同意届时共同出席… (planned), 上次见面时共同出席… (recalled at a meeting)
_RITE_RECALLED = re.compile(r"当年|当时|那一?天|上次|此前|曾经?|届时|同意|商定|[将拟]")
_DAY_SPAN = re.compile(r"\d{1,2}[日号]?(?:至|到|—|-|－)\d{1,2}[日号]")
# a ceremony attended as the story's next event, after the one it tells (他还出席了…赠送仪式, X还与Y共同出席…开业仪式,
# 同日，两国总理…出席了…下线仪式, 会议结束后，X出席了…交接仪式, 访问期间，X参加了…奠基仪式): a meeting, as every reader who
# met one counts it (wide60, wide80, wide82, wide108, dev18); not one after talks told without 还 (会谈后，两国总理共同出席了
# …宣布仪式), which the golds read both ways, nor one before another (开幕式前，…共同出席…开馆仪式)
ALSO_RITE = r"还(?:[与同和][^。；;，,]{1,20}?)?(?:共同|一同|一起)?"  # 还与Y共同|出席…仪式: also attended (meetings.py reads it too)
_ALSO_ATTENDS_RITE = re.compile(ALSO_RITE + "$"
                                r"|^[ \u3000\t]*(?:同日|当天|同一天|(?:会议|大会|论坛|峰会)结束后|(?:访问|出访|访华|会议|峰会)期间)[，,][^。；;，,]{0,40}$")


def _joint_works_rite(text: str, m: re.Match, name: str) -> bool:
    """Whether the attended ceremony ``m`` (named ``name``) is a works' ceremony two leaders attend together on the day told."""
    if not (text.endswith("共同", 0, m.start()) and _WORKS_RITE.search(name)):
        return False
    opens = max(text.rfind(c, 0, m.start()) for c in "。；;！？!?\n") + 1
    return not _AFTER_OR_BEFORE.search(text, opens, m.start()) and not _CEREMONY_NOT_ATTENDED.search(text, opens, m.start() - 2) \
        and not _DAY_SPAN.search(text, opens, m.start()) and not _REMOTELY.search(text, opens, m.end()) \
        and not _RITE_RECALLED.search(text, opens, m.start())


def _also_attended_rite(text: str, m: re.Match, name: str) -> bool:
    """Whether the attended ceremony ``m`` (named ``name``) is told as the story's next event (see _ALSO_ATTENDS_RITE)."""
    if m["activity"] or m["closing"] or len(name) < 6 or "的" in name[:-4] and name.startswith(_PRONOUN_OPENS):
        return False
    opens = max(text.rfind(c, 0, m.start()) for c in "。；;！？!?\n") + 1
    return bool(_ALSO_ATTENDS_RITE.search(text[opens : m.start()])) and not _CEREMONY_NOT_ATTENDED.search(text, opens, m.start()) \
        and not _RITE_RECALLED.search(text, opens, m.start()) and not _DAY_SPAN.search(text, opens, m.start()) \
        and not _REMOTELY.search(text, opens, m.end())


# the clause before 出席 of a closing or an inauguration not attended: one invited (邀请X出席; not 应X邀请出席), planned,
# wished or not done (拜登没有出席…闭幕式)
_CEREMONY_NOT_ATTENDED = re.compile(r"(?:邀请[^。；;，,]|希望|计划|预计|拟于?|" + lexicons.PLANNED + r"|没有|没能|未能|未(?!来)|(?<![要])不(?![丹仅但久断])|无法)[^。；;，,]{0,30}$")
_PRONOUN_OPENS = ("他的", "她的", "其", "他们的")  # 出席他的总统就职典礼: whose, not the ceremony's name
# a ceremony held as its clause's subject that someone then speaks at (…通车仪式在内罗毕南站举行。X在仪式上致辞/感谢…),
# as the dev21 reader counts it; not one only held (…开工仪式在万象举行) nor a welcome or a signing, read as such
_CEREMONY_HELD = re.compile(r"(?P<name>(?!这|该|此|上述|当天|今天)[^，,。；;、：:“”《》\s的]{2,40}?" + _RITE + r")(?:(?:\d{1,2}[日号]|今天|昨天|当天)(?:上午|下午|晚上)?)?(?:在[^，,。；;]{1,20}?)?(?:隆重|正式)?举行(?=[，,。；;])")
# …在比什凯克出席仪式，接受…勋章。授勋仪式在…举行: the ceremony attended, told by its bare kind in the sentence before
_ATTENDED_CEREMONY_BEFORE = re.compile(r"(?<![将拟要])(?:出席|参加)了?" + _RITE + r"[，,](?P<act>[^。；;]{0,60})[。；;]\s*$")


_RITE_END = re.compile(_RITE + "$")


def rite_of_act(act: str, name: str) -> bool:
    """Whether the ceremony ``name`` is the one of the act told after a bare 出席仪式 (接受…勋章 at the 授勋仪式): the act's
    two words before the kind share a character with it (not 向纪念碑敬献花篮 before the 奠基仪式 held elsewhere)."""
    words = _RITE_END.sub("", name)[-2:]
    return any("\u4e00" <= c <= "\u9fff" and c in act for c in words)


_SPOKE_AT_CEREMONY = re.compile(r"(?:[^。；;]{0,150}?[。；;]\s*){0,3}?[^。；;]{0,40}?在[^，,。；;]{0,30}?" + _RITE + r"上(?:发表|作)?(?:致辞|讲话|演讲|表示|说|指出|强调|感谢)")
# …开工仪式25日在琅勃拉邦举行。…总理X参加了当天的开工仪式: one who attends it is told within two sentences
_ATTENDED_CEREMONY_AFTER = re.compile(r"(?:[^。；;]{0,150}?[。；;]\s*){0,2}?[^。；;，,]{0,40}?(?:出席|参加)了?(?:当天的|今天的|这一|此次|上述)?[^，,。；;]{0,20}?" + _RITE + "(?!上)")
# …授旗仪式26日在人民大会堂举行。…X主持仪式。Y、Z出席仪式。: a ceremony pointed back to by its bare kind word, until
# ceremony_told_until, is one someone chairs or attends
def told_again(kinds: str) -> re.Pattern:
    """A meeting pointed back to by its bare kind word (one of ``kinds``), chaired or attended: 主持仪式, 出席大会."""
    return re.compile(r"(?:主持|出席|参加)了?(?P<kind>" + kinds + r")(?=[。，,；;并])")


_CEREMONY_TOLD_AGAIN = told_again(_RITE)
# where a bare 仪式 no longer points back to the ceremony held: another one named (为X举行欢迎仪式), a signing,
# a flash's next item (its title line), or a time recalled or quoted (回忆说，五年前大桥开通时，X出席仪式)
_CEREMONY_TOLD_UNTIL = re.compile(r"(?P<rite>[\u4e00-\u9fff]{2}(?<![在的述])(?<!主持|出席|参加|举行)(?<!主持了|出席了|参加了|举行了)" + _RITE + ")"
                                 + r"|签署|签约|签字|回忆|当年|[说道][：:]“|" + AGO
                                 + r"|\n[ \u3000\t]*[^\n。；;，,：:！？!?]{4,40}?[ \u3000\t]*(?=\n)")  # (a title line ends on its line break, not where the search stops)


def ceremony_told_until(text: str, name: str, start: int, end: int) -> int:
    """Where, from ``start`` up to ``end``, a bare 仪式 stops pointing back to the ceremony ``name`` (see
    _CEREMONY_TOLD_UNTIL); its own name told again (授旗仪式开始, 参加授旗仪式的) goes on."""
    for stop in _CEREMONY_TOLD_UNTIL.finditer(text, start, end):
        if not (stop["rite"] and name.endswith(stop["rite"])):
            return stop.start()
    return end


# a ceremony held as the object of 举行 (中央党校1日举行2017年秋季学期开学典礼), when someone attends or speaks at it as
# one held as its subject; not a welcome or a signing, read as such; not two events joined (…纪念大会和升旗仪式: 暨
# joins one event's two names) nor a clause (举行会谈后共同出席…通车仪式)
_CEREMONY_HOSTED = re.compile(r"(?<![将拟要])举行了?(?:(?:隆重|盛大|庄严)的?)?(?P<name>(?:(?!出席|参加)[^，,。；;、：:“”《》\s的和及与]){4,30}?" + _RITE + r")(?=[，,。；;])")
# …开学典礼。X出席并讲话: who attends and speaks at it opens the next clause or sentence (not one who will: 届时…将出席并讲话)
_ATTENDS_AND_SPEAKS = re.compile(r"(?:[。；;]\s*|[，,])(?:(?!" + lexicons.PLANNED + r"|届时)[^。；;，,]){0,50}?出席并(?:发表|作)?了?(?:重要)?(?:讲话|致辞)")
# an activity held as its clause's subject (…联欢活动在天安门广场盛大举行, …主题活动在京隆重举行), when named people
# are then told at it (出席活动, 出席联欢活动的还有：…): a meeting, as the wide37 and wide38 readers count it; not one
# only held or planned, nor one spread over days with nobody named at it (_ACTIVITY_ATTENDED must follow)
_ACTIVITY_HELD_SUBJECT = re.compile(r"(?:^|(?<=[。\n：:，,]))[ \u3000\t]*(?P<name>(?!(?:上述|有关|相关|此次|这次|本次|该|这些|各项|系列|一系列|各类|各种))"
                                    r"[^，,。；;、：:“”《》\s的]{4,30}?活动)(?:(?:\d{1,2}[日号]|今天|昨天|当天|今晚|昨晚)(?:上午|下午|晚上|晚)?)?"
                                    r"(?:在[^，,。；;]{1,20}?)?(?:隆重|盛大|正式)?举行(?=[，,。；;])")
# a show held as its clause's subject (2019年新年戏曲晚会29日晚在国家大剧院举行), when named people are then told
# watching it (…习近平、李克强等…一起观看演出, X观看了演出): a meeting, as the wide45 and wide47 readers count a show
# watched by named leaders; not a show only staged (…在京演出) or watched by no one named (meetings gives it no one)
SHOW_HELD_SUBJECT = re.compile(r"(?:^|(?<=[。\n：:]))[ \u3000\t]*(?:(?:\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)(?:上午|下午|晚上|晚)?[，,])?"
                                r"(?P<name>(?!(?:上述|此次|这次|本次|该|这场))[^，,。；;、：:“”《》\s的]{4,30}?(?:晚会|文艺演出|音乐会))"
                                r"(?:\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)?(?:上午|下午|晚上|晚)?(?:在[^，,。；;]{1,20}?)?(?:隆重|盛大)?举行(?=[，,。；;])", re.M)
# a show named as what one watches on a day told (习近平30日晚在…观看《…》庆祝…文艺晚会。): held, a meeting of its watchers
_SHOW_NAMED = r"(?P<name>(?:《[^《》\n]{1,30}》)?[^，,。；;、：:“”《》\s的]{2,30}?(?:文艺晚会|文艺演出|音乐会))(?=[，,。；;])"
_SHOW_WATCHED_NAMED = re.compile(r"(?<![将拟要没未不])观看了?" + _SHOW_NAMED)
# …拉开了24号晚“…”大型演出的序幕, then …等到现场观看演出: the show whose curtain rises, held that day
_SHOW_CURTAIN = re.compile(r"拉开了?(?:(?:\d{1,2}[日号]|今天|昨天|当天|今晚|昨晚)(?:上午|下午|晚上|晚)?)?(?P<name>(?:“[^“”\n]{2,20}”|[^，,。；;、：:“”《》\s的]){2,30}?(?:晚会|演出|音乐会))的?(?:序幕|帷幕)")
_WISHED_TO_WATCH = re.compile(r"(?:希望|打算|准备|计划|期待|期盼|(?<!思)想|愿|将|(?<![重主需只])要|拟)[^，,。；;：:]{0,10}$")  # 希望有机会|观看…音乐会: a wish, none watched
SHOW_WATCHED = r"(?:观看了?(?:当晚的|这场|整场)?(?:文艺)?(?:演出|晚会)|(?<![将拟要没未不])观看了?" + _SHOW_NAMED + ")"  # (meetings' cue of who watches it)
_SHOW_WATCHED_AFTER = re.compile(r"[^。]*?。?[^。]*?" + SHOW_WATCHED)  # in its sentence or the next
# a lecture named by its quoted theme, attended on a day its sentence tells (19日下午，X还出席了…举办的“…”书画艺术讲座):
# held, as the wide45 reader counts it (not a lecture only held for the public, nor one to come)
_LECTURE_ATTENDED = re.compile(r"(?<![将拟要])(?:出席|参加)了?(?:[^，,。；;“”]{0,30}?(?:举办|举行|主办)的)?(?P<name>“[^“”\n]{2,30}”[\u4e00-\u9fff]{0,8}?讲座)(?=[，,。；;])")
_LECTURE_DAY = re.compile(r"(?:\d{1,2}[日号]|[今昨当]天)(?:上午|下午|晚上|晚)?[，,]?[^。；;\n]{0,40}$")
# …出席活动, 参加了当天的联欢活动, 出席联欢活动的还有: named people at the activity told (the kind word alone, or with the
# two characters before it in its name)
_ACTIVITY_ATTENDED = re.compile(r"(?:出席|参加)了?(?:当天的|今天的|这一|此次|这次|本次)?(?P<kind>[\u4e00-\u9fff]{0,2}?)活动(?=[，,。；;并的])")
# a city's key received from its mayor (习近平在马德里市政厅接受马德里城市金钥匙, 接受该市市长X授予的圣何塞城市钥匙): a
# ceremony held, named by what is received (the giver's words dropped), as the dev13 and wide38 readers count it
# (received on a day its sentence tells, 当地时间11月28日/3日…接受; not one received before, 曾接受过…, nor a plan's or
# a recap's item, …包括会见国王、会谈、接受…, undated; the key named by its city or bare after its giver, 接受该市市长X授予的
# 城市钥匙, as dev2 20130606-04 was read again)
CITY_KEY = r"城市金?钥匙"
CITY_KEY_RECEIVED = re.compile(r"(?<![将拟要曾、])接受了?(?:[^，,。；;]{0,24}?(?:授予|赠予|赠送)的)?(?P<key>(?:(?!该|本|此|这)[^，,。；;的过]{2,10}?)?" + CITY_KEY + r")(?=[，,。；;])")
_KEY_DAY_BEFORE = re.compile(r"(?:\d{1,2}[日号]|[今昨当]天)[^。；;\n]{0,50}$")
_KEY_NOT_THEN = re.compile(r"曾(?:经)?[^。；;，,\n]{0,16}$|\d{4}年[^。；;\n]{0,40}$")
# an activity told as the background of an earlier year, week or month (2014年，…活动在北京举行; 上周，…; 今年3月，…),
# in its sentence before it: not the story's (10月1日晚，…联欢活动…: its day)
_ACTIVITY_BEFORE = lexicons.guarded(r"(?:\d{2,4}年|去年|前年|当年|那年|早在|此前|上周|上个?星期|上个?月|" + AGO + r"|(?<![\d年])\d{1,2}月(?!\d{1,2}[日号]))"
                              r"[^。；;\n]{0,40}$")
# an activity of unrest or crime held (反政府抗议活动, 大规模示威活动, 恐怖活动): no meeting
_UNREST = re.compile(r"抗议|示威|游行|集会|骚乱|暴乱|暴力|恐怖|罢工|犯罪|违法|非法|走私|诈骗|传销|间谍|袭击|破坏")
# …举行宪法宣誓仪式。国务院总理X监誓: one who administers the oath opens the next clause or sentence
_OATH_ADMINISTERED_AFTER = re.compile(r"(?:[。；;]\s*|[，,])[^。；;，,]{0,40}?监誓(?=[。；;，,])")
# a ceremony told on a day to come (明天上午，市里举行…悼念仪式): not held yet
_COMING_DAY = re.compile(r"(?:" + lexicons.COMING_DAYS + r")[^。；;\n]{0,30}$")
_SPOKEN_AT = re.compile(r"[，,]?并(?:发表)?(?:重要)?(?:致辞|讲话)|[^。；;]*?[，,]在(?:致辞|讲话)中|[^。]*。\s*[^，,。；;]{0,12}?在(?:致辞|讲话|活动)中")
# a video meeting of officials named as its subject (伊核协议相关方代表2日举行视频会议, 七国集团领导人16日举行视频会议):
# named by them; not a talk with others (同/与…举行视频会议: meetings._TALK), nor officials told by no body or state
# (双方代表, 各国专家: no name)
_OFFICIALS_MET_BY_VIDEO = re.compile(r"(?:^|(?<=[。\n，,；;：:]))(?!双方|各方|各国|两国|多国|有关|相关|其他|部分|一些|与会)(?P<who>[^，,。；;：:“”\s同与在]{2,24}?(?:外长|领导人|部长|代表|行长|官员|专家))"
                                     r"(?:\d{1,2}[日号]|[今昨当]天)?(?:上午|下午|晚上|晚)?(?:就[^，,。；;]{1,20}?)?举行了?视频会议")
# two groups of professionals linked by video on a day told (昨天（3月21日），意大利的医疗机构和武汉医护人员进行视频连线;
# 24日，中国医疗专家与菲律宾的医生就…举行视频会议): held, named as told (the wide13 reader's 视频连线, 视频会议); not 双方…
# (no day), nor a person's link (习近平同…视频连线: a talk, meetings._TALK), nor one to come (将…)
_PROFESSIONALS = r"(?:专家|专家组|医生|医护人员|医务人员|医疗机构|医院|学者|科研人员|卫生官员)"
_GROUPS_LINKED_BY_VIDEO = re.compile(r"(?:^|(?<=[。\n；;，,：:]))[ \u3000\t]*(?:\d{1,2}[日号]|[今昨前当]天|[今昨]晚)(?:（[^（）]{2,12}）)?(?:上午|下午|晚上|晚)?[，,]"
                                     r"(?P<a>(?:(?!" + lexicons.PLANNED + r")[^，,。；;：:“”\s同与和及]){2,20}?" + _PROFESSIONALS + r")[同与和及]"
                                     r"(?P<b>(?:(?!" + lexicons.PLANNED + r")[^，,。；;：:“”\s同与和及]){2,20}?" + _PROFESSIONALS + r")"
                                     r"(?:就[^，,。；;]{1,30}?)?(?:进行|举行)了?(?P<name>视频连线|视频会议)(?=[，,。；;])")
_NAMED_PROFESSIONALS = re.compile(r"等" + _PROFESSIONALS + r"$")  # 张伟等专家 (not 意大利、德国等国家的医疗机构)
_OTHER_YEAR_BEFORE = re.compile(r"去年|前年|上一年")
# a festival that opens, told as its clause's subject (新疆吐鲁番葡萄节今天开幕, 昨晚，第五届…舞蹈节在乌鲁木齐开幕), as the
# dev13 and dev18 readers count it; not one whose curtain rises (…电影节拉开帷幕), which the dev2 and dev7 readers left
# (为期11天的第二届…戏剧节昨晚开幕: the days it lasts are no part of its name; 昨晚（9月23日）: the day said twice)
_FESTIVAL_OPENS = re.compile(r"(?:^|(?<=[。\n：:]))[ \u3000\t]*(?:(?:\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)[，,])?(?:为期[\d两一二三四五六七八九十]{1,3}天的|[一两二三四五六七八九十]年一度的?)?(?P<name>[\u4e00-\u9fff\d]{2,24}?节)"
                             r"(?:(?:\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)(?:上午|下午|晚上|晚)?(?:[（(]\d{1,2}月\d{1,2}[日号][）)])?)?(?:在[^，,。；;\n]{1,12}?)?(?:隆重)?开幕(?=[，,。；;\n]|$)", re.M)
# a festival of a sport, or one whose sentence tells contests (…马术节…开幕，…骑手参加五项比赛的角逐): a sporting event, held
# as a games is, no meeting (the golds keep a festival of the arts: 舞蹈节, 电影节, 葡萄节)
_SPORTS_FESTIVAL = re.compile(r"马术|体育|运动|健身|武术|龙舟|赛")
# a festival of culture or tourism (…郁金香文化节, …孔子文化节, …妈祖文化旅游节): a show for visitors, which no reader
# counts (wide87, wide116 and wide36 left theirs; the audit of zn3k marks one no meeting), unlike the split readings
# of arts festivals (3 kept, 8 left: 舞蹈节, 文化艺术节 and 电影节 kept) and fairs (洽谈会 8 kept, 1 left)
_SHOW_FESTIVAL = re.compile(r"(?<!艺术)文化节$|旅游节$")
_CONTESTED = re.compile(r"选手|运动员|骑手|参赛(?:队|者)|参加[^，,。；;]{0,8}?(?:比赛|角逐)")  # (not an arts festival's 赛事 among its activities, nor its 参赛影片, 参赛作品)
# a games told opened or closed on a day as its clause's subject (中华人民共和国第十二届运动会12号下午在沈阳闭幕), whose
# ceremony someone attends or chairs (…等出席闭幕式, 开幕式由X主持): the ceremony held, as the wide16, wide30 and wide32
# readers count a games' ceremony (not the games alone, nor one told to come: …将于明天在南京闭幕, referenced_only)
GAMES = r"(?:运动会|奥运会|冬奥会|残奥会|冬残奥会|全运会|亚运会|青奥会|大运会|军运会|亚冬会|职业技能大赛)"  # (a national skills contest too)
_GAMES_OPEN = re.compile(r"(?:^|(?<=[。\n：:]))[ \u3000\t]*(?P<name>[\u4e00-\u9fff\d]{2,30}?" + GAMES + r")(?:\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)"
                         r"(?:上午|下午|晚上|晚)?(?:在[^，,。；;\n]{1,20}?)?(?:隆重|胜利)?(?P<kind>开|闭)幕(?=[，,。；;\n]|$)", re.M)
# (its ceremony attended or chaired, or the scene a sentence opens on: 开幕式上，X宣读…)
_GAMES_RITE_TOLD = {k: re.compile(r"(?:出席|参加|主持)了?" + k + r"幕式(?=[，,。；;并\n]|$)|" + k + r"幕式由[^，,。；;]{2,40}?主持|(?:^|(?<=[。\n]))[ \u3000\t]*" + k + r"幕式上[，,]", re.M) for k in "开闭"}
# another subject told opened or closed on a day (…声博会今天在合肥闭幕，X出席闭幕式): the ceremony after it is that one's
_OTHER_RITE = {k: re.compile(r"(?:\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)(?:上午|下午|晚上|晚)?(?:在[^，,。；;\n]{1,20}?)?(?:隆重|胜利)?" + k + "幕(?!式)") for k in "开闭"}
# an opening ceremony held as its clause's subject (“…历史展览”开幕式18日上午在…举行), as the wide2, wide13 and wide29
# readers count it, whoever the story has at it (none named, or only greeted: 向开幕式致贺词, as the dev34 and wide28 readers count)
_OPENING_HELD = re.compile(r"(?:^|(?<=[。\n：:]))[ \u3000\t]*(?:(?:\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)(?:上午|下午|晚上|晚)?[，,])?"
                           r"(?P<name>[^，,。；;：:\s]{4,40}?开幕式)(?:[，,](?=(?:当地时间)?(?:(?:\d{1,2}月)?\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)))?"
                           r"(?:当地时间)?(?:(?:\d{1,2}月)?\d{1,2}[日号]|今天|昨天|今晚|昨晚|当天)?"
                           r"(?:上午|下午|晚上|晚)?(?:在[^，,。；;\n]{1,20}?)?(?:隆重|盛大)?举行(?=[，,。；;\n]|$)", re.M)
# an opening or closing ceremony greeted by letter on the day told (11月26日，X同Y分别向…年闭幕式致贺信): held that day, as
# the wide65 reader counts it, those who greet it not at it
_RITE_GREETED = re.compile(r"(?<![将拟要])(?:分别)?向(?P<name>[^，,。；;：:\s向“”]{5,40}?(?:开幕式|闭幕式))(?:致|发来)了?(?:贺信|贺词|贺电)")
# (向在莫斯科举行的…开幕式, 向以视频方式举行的…: the clause that tells where or how, none of the name; 向将于本周末举行的…: one to come)
_HELD_CLAUSE = re.compile(r"(?:举行|举办|召开)的(?=[^的]+$)")
_TO_COME = re.compile(r"将|拟|即将|计划|预计|定于")
_DATED_GREETING = re.compile(r"(?:^|[。；;\n：:])[\s\u3000]*(?:(?:\d{1,2}月)?\d{1,2}[日号]|今天|昨天|当天)(?:上午|下午|晚上)?[，,]?[^。；;]{0,40}$")
_RUN_INTO_OPENING = re.compile(r"(?:举办|主办|承办)的|举行|召开")
# 分别参加了香港代表团、澳门代表团审议; 分别来到内蒙古、甘肃、解放军和武警代表团参加审议 (the list shares the last
# 代表团, only after 分别); 分别参加他们所在的内蒙古、青海代表团审议 (所在的 leads the list in): one sitting each
_DELEGATIONS = re.compile(r"(?:(?P<each>分别)(?:参加了?|来到|在)|在)(?:(?:他们|她们|各自)?所在的)?"
                          r"(?P<names>(?:[\u4e00-\u9fff]{2,8}?(?:代表团)?[、和])+[\u4e00-\u9fff]{2,8}?代表团)(?:的?审议|(?:分别)?参加了?审议)")
_DELEGATION_ITEM = re.compile(r"(?:[^、和]|(?<=解放军)和)+")  # (解放军和武警 one delegation)
# the sectors' list before a sitting's hit (共青团、总工会、妇联、|青联界委员联组会), its last item's head left out of the hit
# too (民盟、农工|党委员联组会; 特邀香港人士、特邀|澳门人士界别协商会议)
_SECTORS_BEFORE = re.compile(r"(?:参加了?|出席了?|在|来到)((?!参加|出席)(?:[\u4e00-\u9fff]{1,10}?、)+[\u4e00-\u9fff]{0,4})$")
_SECTOR_SITTING = ("联组会", "联组会议", "界别协商会议")  # the sittings a list of sectors names
# two summits each named by a short name, joined (上合和亚信峰会): two meetings, no one name (拉美和加勒比…峰会 is one)
_TWO_SUMMITS = re.compile(r"[\u4e00-\u9fff]{2}[和及][\u4e00-\u9fff]{2}峰会")  # (商务与投资峰会, 中国与东盟峰会: one)
# groups listed with 、 before a sitting named by the last (中央指导组、|巡回督导组培训会议): the list names it (a working
# group by its task, so no verb joins the list: 中央派出|指导组、…)
_GROUPS_BEFORE = re.compile(r"(?:(?:中央|巡回|省委|市委|县委)?(?:指导|督导|巡视|巡察|督查|检查|考核|调研|工作|专家|领导|联络|协调|评估|验收)组、)+$")
_GROUP_SITTING = re.compile(r"[\u4e00-\u9fff]{2,4}组(?![长员])")
_COUNTED = re.compile(rf"^(?:一系列|(?:近|约|共)?(?:{NUMERAL}|\d+|两|几|多|数)(?:次|场|轮|个))")  # 主持三个高级别…机制会议: several, none named
# (首次会晤, 首次工作会晤 of two bodies: named by being the first)
_SUMMIT = re.compile(rf"领导人|政府|定期|战略|首次|工作会晤|第(?:{NUMERAL}|\d+)[次轮届]")
# a meeting's name opens on a Chinese character, a digit, 《 or “, or on capitals run into one (G20峰会, CGTN全球媒体峰会);
# not cut out of a Latin word and its number (iPhone20峰会)
_PRESENCE_NOUN = re.compile(lexicons.PRESENCE_NOUN)
_NAME_OPENING = re.compile(r"[\u4e00-\u9fff\d《“]|[A-Z](?:[A-Z\d]|\+(?=[A-Z\d]))+[\u4e00-\u9fff“]")  # (A+H股…座谈会: a plus between capitals)
_BRAND_OPENS = re.compile(r"(?:^|(?<=[的，,。；;：:\n\u3000 ]))[A-Z]{2,8}$")  # (CCTV“…”高峰论坛: a brand in capitals opens the name)
_CUT_FROM_LATIN = re.compile(r"[A-Za-z]\d")
# meetings counted, none named: 举行两场记者会, 召开50多个不同层次座谈会
_COUNTED_NAME = re.compile(r"多场|几场|数场|(?:两|[二三四五六七八九十]+)场(?!馆)|^\d+[多余]?个")
_COUNTED_AFTER = re.compile(rf"(?:[、和及与][^，,。；;]{{1,16}}?)?(?:共|等)(?:{NUMERAL}|\d+)余?(?:次|场)"
                            rf"|(?:{NUMERAL}|\d+)[多余]?(?:次|场)(?![会议全])")  # 先后召开座谈会200多场: a count after the kind
# a count before the kind's modifiers (召开了十场不同层次的|座谈会): several, none told (not 第十九次会议和…的)
_COUNTED_BEFORE = re.compile(r"(?<![第一两二三四五六七八九十百\d])(?:[两二三四五六七八九十百]+|\d+)[多余]?(?:场|次)[^，,。；;、\d和及与会]{1,12}?的$")
# a count before the verb that holds it (先后3次主持|…常委会会议, 两次召开|…会议): several, none told
_COUNTED_HOLDS = re.compile(rf"(?<![第一两二三四五六七八九十百\d])(?:[两二三四五六七八九十百]+|\d+)[多余]?次(?:主持|召开|举行|出席|参加)(?:召开|举行)?了?$")
_IN_BOOK_TITLE = re.compile(r"《[^》]*$")
_TITLE_INSIDE = re.compile(r"(?<=《)[^《》]+(?=》)")
_ONE = re.compile(r"一(?:个|次|场|届)(?!会议)")
_FIRST_IN_HISTORY = re.compile(r"(?:历史上|史上|有史以来)(?:的)?(?:首次|第一次)(?:线上|视频|远程)?")
# the body that opens the clause and convenes it on a day told (国际奥委会17日召开|…)
_BODY_CONVENES = re.compile(r"(?:^|(?<=[，,。；;：:\n]))[\s\u3000]*(?:受[^，,。；;]{2,12}?影响[，,])?(?P<org>[\u4e00-\u9fff]{2,16}?)(?:\d{1,2}[日号]|[今昨当]天)(?:上午|下午|晚上)?(?:召开|举行)了?$")
_TWICE = re.compile(r"两次(?!会议)")
# two days told joined before the verb that held them one after the other (7月9日上午和10日上午，X先后主持召开|两次…)
_TWO_DAYS_TOLD = re.compile(r"\d{1,2}[日号](?:上午|下午|晚上)?(?:和|及|、)\d{1,2}[日号](?:上午|下午|晚上)?[，,][^。；;]{0,40}?先后(?:主持)?(?:召开|举行)了?$")
_THIS_INSIDE = re.compile(r"本届|本次|此次|这次")
_VISIT_AND = re.compile(r"(?:调研|考察|视察|参观|走访|慰问|检查|调查)(?:和|及|与|并)")
_TAKES_PART = re.compile(r"(?:参加|出席)了?$")  # (召开检查和督导工作会议: the name of one held, whole)
_NTH_OF_ITS_KIND = re.compile(rf"第(?:{NUMERAL}|\d+)个")  # 第一个全国性会议: which one of a series, a description
# the meeting the story tells, said to be another of its kind (这次会议是…举行的第一次…常委会议, 本次大会是…): a description
_WHAT_IT_WAS = re.compile(r"(?:这次|本次|此次|该)(?:会议|大会|会)(?:是|为)[^，,。；;]{0,30}$")
# one of its kind as history counts it (这是…历史上唯一一次在境外召开的全国代表大会): a description, no name
_IN_HISTORY = re.compile(r"(?:历史上|史上)[^，,。；;]{0,12}?(?:唯一一次|唯一的|第一次|首次)[^，,。；;]{0,12}?(?:召开|举行|举办)的$")
_PRAISED = re.compile(r"十分|非常|极其|极为|具有|重要|重大|历史性|承前启后|成功|圆满|精彩")
# a dialogue talked of or wished for (就举行中美战略对话交换意见; 愿与X继续举行…, 同意…举行…), none held
# (the planned words of kg.lexicons, with the wishes and plans of talks)
_DIALOGUE_NOT_HELD = re.compile(r"就(?:举行|进行)?$|(?:" + lexicons.PLANNED + r"|愿|希望|同意|拟|准备|打算|计划|期待|商定|建议)[^，,。；;]{0,30}?(?:举行|进行)$")
_NAMED_DIALOGUE = re.compile(rf"第(?:{NUMERAL}|\d+)[次轮届]|^[{''.join(sorted(grammar.STATE_ABBR))}]{{2}}(?![化方])|[-—－]")  # (中欧化…: no pair of states)
_NAMED_TALKS = re.compile(rf"[二三四五六七八九十多]方会谈|\d\+\d|红十字会|第(?:{NUMERAL}|\d+)[次轮]|高级别|部长级|(?:副部长|次长|司局|大使|外长|防长|首脑|将军|将官|校官|校)级|工作会谈")  # (…首次工作会谈: working talks; 外长防长2+2会谈: the ministers' two-plus-two)
_SAYS_IN_NAME = re.compile(r"同意|宣布(?!大会)|表示|决定|呼吁|认为|指出|祝贺|希望(?!工程|小学|中学|学校|之星)|期待|期望|获悉")  # (获悉: what one is told; 希望工程, 希望小学 name a project)
# 为X成功召开作出的贡献: what someone did for it, thanked for in the story's talks
_CONTRIBUTED_TO = re.compile(r"的?(?:成功|顺利)(?:召开|举办|举行)(?:所|而)?(?:做出|作出|作|做)")
# 列席X的代表 (those who sit in on it, named for another meeting), 回顾了出席X的情景 (attending it recalled)
_WHO_SAT_IN = re.compile(r"(?:列席|回顾了?(?:出席|参加)了?)(?:[^，,。；;：:]{0,12}?(?:召开|举行)的)?$")
# 是…首次出席(…年会): what a visit is, told as a first of a series (not 首次出席 narrated: X首次出席…会议并讲话)
_NTH_TIME_AT = re.compile(rf"是[^，,。；;是]{{0,16}}?(?:首次|第一次|第{NUMERAL}次)(?:出席|参加)了?$"
                          rf"|这是[^。；;是]{{0,24}}?[，,][^，,。；;]{{0,12}}?(?:首次|第一次|第{NUMERAL}次)(?:出席|参加)了?$")  # 这是X上任后，Y首次出席…会议
# who are in the capital for a session (在京参加…会议的代表): a description of people, the session not told held
_ITS_MEMBERS_OUT = re.compile(r"的[^，,。；;的]{0,6}?(?:代表|委员)们?[，,]?(?:(?:今天|\d{1,2}[日号])(?:上午|下午)?[，,]?)?(?:来到|走进|走访|参观|在[^，,。；;]{1,20}?(?:进行|开展|参加)了?)"
                             r"[^，,。；;]{0,12}?(?:参观|考察|体验|实践|采风|观摩)")
_IN_TOWN_FOR = re.compile(r"(?:在京|来京|赴京)(?:出席|参加)了?$")
_TIME_TAIL = re.compile(r"(?:\d{1,2}[日号]|[今昨当]天|[上下]午|晚间?|当地时间)+$")  # 联合国大会|4号 (就…举行会议)
_WITH_ITS_ATTENDERS = re.compile(r"(?:与|同|和)(?:出席|参加)了?$")
_DO_TOGETHER = re.compile(r"的(?:各国|外国|外方|与会)?(?:领导人|嘉宾|代表团团长)(?:们)?(?:共同|一起|一道)(?:参观|考察|游览|植树|观看|乘坐|步行|漫步|散步)")
# the one told, its length told (此次七国集团外长会为期两天，重点讨论…; not one to come: 为期两天的会议将…)
_LASTED_DAYS = re.compile(r"为期[一二两三四五六七八九十\d]{1,3}天(?!的)(?![^。；;]{0,30}?(?:将|拟))")
# a sitting told by its vote on a day that opens the clause (同一天，联合国大会投票通过一份…决议案)
_DAY_OPENS_VOTE = re.compile(rf"(?:^|[。；;：:\n])[\s\u3000]*(?:同一天|同日|当天|(?:\d{{1,2}}月)?\d{{1,2}}[日号])(?:{_PARTS_OF_DAY})?[，,]$")
# a numbered sitting that decides, its decision read out after a colon (…常务委员会第七次会议决定：将9月3日确定为…)
_NTH_SITTING_DECIDES = re.compile(r"第[一二三四五六七八九十\d]{1,4}次(?:全体)?会议$")
# …a cause cited before it in its sentence (据悉，…第七次会议决定：; 2014年2月27日，…会议决定： in a later story): the
# decision recalled, not the sitting's own news
_DECISION_RECALLED = re.compile(r"据悉|据了解|根据|按照|依照|依据|曾经|曾于|曾在|此前|早在|当年|去年|前年|\d{4}年")
# (a ballot, or a show of hands: 3月13日，十二届全国人大二次会议表决通过了…决议 — the session sat on the day opening the clause)
# (not 表决通过的《慈善法》修正案正式施行, 投票通过的决议正式生效: the day is the act's, no sitting told)
_VOTES = re.compile(r"(?:以[^,，。;；]{1,12}?)?(?:投票|(?:高票)?表决)通过(?!的)")
# a banquet or reception held for those at it (为出席…峰会的各国领导人举行的宴会): the story tells the banquet
_HOSTED_FOR_ITS = re.compile(r"的?[^，,。；;的]{0,12}?(?:领导人|嘉宾|贵宾|代表|代表团团长)(?:及其?配偶)?(?:举行|举办)的")
_ITS_CIRCLES = re.compile(r"的[^，,。；;的]{0,6}?人士")  # (…会议)的(工商界)人士
_ITS_MEMBERS = re.compile(r"(?:[和、及与][^，,。；;的]{2,30}?)?的[^，,。；;的]{0,6}?(?:代表|委员)")  # (…和…会议)的(部分)代表
# those to attend it registering or arriving (出席…大会的38个代表团全部报到, …会议的委员陆续抵京): it opens later
_ITS_MEMBERS_ARRIVE = re.compile(r"的[^，,。；;]{0,16}?(?:代表团|代表|委员)[^，,。；;]{0,12}?(?:报到|抵京|抵达北京)")
# a meeting attended before a departure the sentence tells (出席…峰会后，X离开纽约启程回国)
# (and a visit joined to it: 在出席…会议并对X进行正式访问后，乘专机回国)
_LEFT_AFTER = re.compile(r"(?:并[^。；;，,]{1,24}?)?(?:之)?后[，,][^。；;，,]{0,24}?(?:离开|离京|启程|回国|返回北京|回到北京|返京)")
# the news coverage of it, not the meeting: 向参加人大会议报道的新闻工作者表示慰问
_COVERAGE_OF = re.compile(r"(?:的)?(?:新闻|宣传)?(?:报道|采访)(?:工作)?(?:的|任务)")
_HELD_DURING = re.compile(r"(?:举行|召开)期间|(?:闭幕|结束)的?(?:第二天|次日)")  # …会议举行期间, …全会闭幕的第二天: the time of what is told
_NTH_STUDY = re.compile(rf"(?:\d{{4}}年)?第{NUMERAL}次集体学习")
# a session's press conference named by the session that holds it (在全国政协十三届二次会议|举行的|记者会上), as the
# golds name one told whole (全国政协十二届二次会议记者会)
_SESSION_HOLDS = re.compile(rf"[^，,。；;\s]{{0,20}}?{NUMERAL}届[^，,。；;]{{0,12}}?{NUMERAL}次会议(?:举行|召开|举办)的")
_SESSION_PRESS = re.compile(r"(?:首场)?(?:记者会|新闻发布会)")
_DECLARED_OPEN = re.compile(r"(?:正式)?(?:开幕|开始|闭幕|结束)")  # X宣布大会开幕: the kind after 宣布 names no meeting
_WATCHED = re.compile(r"(?:收听|收看|观看)[^，,。；;]{0,30}$")  # 收看、收听…开幕式 (in its clause)
_SOME = re.compile(r"(?:相关|有关|其他|其它|各类|各种|各项|多个)(?:" + _TYPES_RE + ")$|各自|各地|各级"
                   r"|[\u4e00-\u9fff]{1,8}?问题(?:相关|有关)(?:" + _TYPES_RE + ")$"  # 叙问题相关会议: the meetings on a question, none named
                   r"|(?:以及|及|和)系列(?:" + _TYPES_RE + ")$")  # …部长会议及系列会议: the meetings around the one named
# (also 在…上发表的讲话, 在出席…时发表的重要讲话: a speech cited by what it was)
_SPEECH_AT = re.compile(r"(?:开幕式|闭幕式|开幕会|闭幕会|全体会议|联组会议?|分组会议|分组讨论|分组审议|小组会议)?(?:(?:上|时)(?:发表|所作|作)?的(?:重要|主旨|书面|视频)?(?:讲话|演讲|致辞|发言|报告)"
                        r"|上(?:重要)?讲话(?:精神|要求))")  # (…座谈会上讲话要求, with no 的: the speech's demands cited)
# the first of two whose opening the speech was at: 在中国文联第十一次全国代表大会、中国作协…开幕式上的重要讲话
_SPEECH_AT_LISTED = re.compile(r"(?:、|和|及|[ \u3000])[^，,。；;、\s]{2,30}?" + _SPEECH_AT.pattern)  # (a title lists with a space)
_OPENED_BY = re.compile(r"(?:主持召开|召开|举行|举办|出席|参加|主持)了?$")  # the meeting held is the verb's object
_SPIRIT_OF = re.compile(r"(?:重要)?讲话精神|精神")  # 召开学习…座谈会重要讲话精神座谈会: a longer name goes on  # 召开了5次大会, 举行两场记者会: meetings counted, none named
# (a proposal too: 向朝鲜提议举行…工作会谈)
# 应美国请求(召开): the request it is held on, not one pending (应X请求 with X up to 12 characters)
_NOT_ANSWERING = "".join(rf"(?<!应[^，,。；;\n]{{{k}}})" for k in range(1, 13))
_ANNOUNCED = lexicons.guarded(r"(?:将于|将在|拟于|定于|计划于|计划在|决定[，,：:]?)[^。；;\n]{0,30}$|(?:提议|倡议)[^。；;，,\n]{0,30}$"
                        r"|(?:希望|建议)(?:于|在)?(?:\d{1,2}[日号]|下周|近期|尽快|择期)[^。；;，,\n]{0,20}(?:举行|召开)(?:了|的)?$|"+_NOT_ANSWERING+r"(?:请求|呼吁)[^。；;，,\n\d]{0,16}?(?:召开|举行|参加|出席)$"
                        r"|即将(?![^。；;\n]{0,16}?(?:之际|前夕|时|前|结束)|[^，,。；;\n]{1,6}?的)[^。；;，,\n]{0,30}(?:[，,]并[^。；;，,\n]{0,30})?$")  # 即将对瑞士进行国事访问、出席…年会, 即将到访，并出席… (not 即将离任之际, 即将离任的X)
_ANNOUNCED_AFTER = re.compile(r"^[^。；;，,]{0,20}?(?:" + lexicons.PLANNED + r")[^。；;]{0,30}?(?:召开|举行|举办|开幕|开始)")
# a meeting named as what a proposal asks for (…提出的举行X的建议, 关于召开X的倡议): not held
_PROPOSED_HELD = re.compile(r"(?:举行|召开|举办)$")
_A_PROPOSAL = re.compile(r"的(?:建议|提议|倡议|请求|邀请|提案|动议)")
_FOLLOWS_DECISION = re.compile(r"(?:按照|遵照)[^。；;，,\n]{0,40}$")  # 按照…会议决定，: a decision carried out, not one told


def _announced(text: str, s: int) -> bool:
    """Whether the meeting named at ``s`` is told as planned or proposed (_ANNOUNCED), not as held on a decision
    carried out (按照习近平指示精神和国务院常务会议决定，国务院7日下午召开…电视电话会议)."""
    start = max(0, s - 30)
    while m := _ANNOUNCED.search(text, start, s):
        if not (m.group().startswith("决定") and _FOLLOWS_DECISION.search(text, max(0, m.start() - 40), m.start())):
            return True
        start = m.start() + 2
    return False


# a meeting named as where another is held (在X论坛共同举办了“…对话会”): the place, not a holding told
_VENUE_OF = re.compile(r"(?:共同|联合)?(?:举办|举行|召开)了?[“\"]?[^，,。；;“”\"]{2,30}?(?:" + "|".join(map(re.escape, _MEETING_TYPES)) + ")")
# a body told holding something named after the verb (全国人民代表大会首次举行了宪法宣誓仪式), not a sitting held
_HOLDS_ANOTHER = re.compile(r"[^，,。；;]{0,12}?(?:举行|举办|召开)了?[^，,。；;\s]{2}")
_REPORTED_BEFORE = re.compile(  # 共同主持中新|双边合作联委会…: a prefix the name lost
    r"(主持召开了?|召开了?|举行了?|举办了|(?:\d{1,2}[日号]|[今昨当]天)(?:" + _PARTS_OF_DAY + r")?(?:在[\u4e00-\u9fff]{1,10}?)?举办|主持了?|出席了?|参加了?|列席了?)(?:当地|" + grammar.PARTY_SIDE + r")?$|共同主持(?:召开)?了?[\u4e00-\u9fff]{1,4}$"
)  # (出席了当地|庆祝…座谈会, 出席了执政党|新国家党议员大会: what the meeting is to its host, no part of its name)
# (nor its agenda done before its own closing: …会议(在)圆满完成了各项议程后，今天上午在北京闭幕; not …各项议程之后，代表们将于
# 今天下午举行座谈, another's verb)
_AGENDA_DONE = (r"(?:在?(?:圆满)?完成了?(?:全部|各项|预定)议程(?:之?后)?[，,](?=(?:当地时间)?(?:于?(?:(?:\d{1,2}月)?\d{1,2}[日号]|[今昨当]天|当日))?"
                rf"(?:{_PARTS_OF_DAY})?(?:在[^,，。;；]{{1,15}}?)?(?:胜利|顺利|隆重|圆满)?(?:闭幕|落幕|结束|(?:落下|降下)了?帷幕)))?")
# (当地时间 not counted in the reach: …首脑会议当地时间11日晚在埃塞俄比亚首都亚的斯亚贝巴非盟总部闭幕)
# (not a part of it, 开幕式上讲话, nor a time it marks: 欢迎仪式后习近平…举行会谈, 会议一结束，…; but …紧急峰会7号结束 is held)
# (nor its venue, …大会的举办地——X可能受台风影响: a place, no holding told; nor a time since it: …会议刚刚结束不久，X出访)
_REPORTED_AFTER = re.compile(r"^(?!(?:结束)?之?[后前](?!天))" + _AGENDA_DONE + r"(?:当地时间)?[^,，。;；]{0,25}?((?:召开|举行|(?<!选)举办)(?!地|时间|日期|之?前)|(?:开|闭)幕(?![式会词辞前]|不久)|落幕|(?:落下|拉开|降下)了?帷幕|(?<!一)结束(?![后时前之的]|不久))"
                             # 欧洲议会全会6号以多数票批准; …代表大会15日在北京选举产生了…, …6号正式提名… (not 联合国大会10日批准X为
                             # 人权高专: an appointment the body approves, no sitting told)
                             r"|^(?:(?:\d{1,2}月)?\d{1,2}[日号]|(?:今|昨)天)(?:" + _PARTS_OF_DAY + r")?(?:在[^,，。;；]{1,10}?)?(?:以[^,，。;；]{1,12}?)?(?:正式)?(?:通过|批准(?![^,，。;；]{2,20}?为)|表决(?!通过的)|选举|选出|提名|审议通过)(?!的)"
                             # 十二届全国人大常委会第二次会议24日上午分组审议…草案: the session's day of group sittings, held
                             r"|^(?:\d{1,2}[日号]|(?:今|昨)天)(?:" + _PARTS_OF_DAY + r")?(?:继续)?分组审议(?!时)"
                             r"|^中(?!的)[^,，。;；]{0,6}?(?:发表|作了?|致辞|讲话|发言|演讲|表示|说|指出)"  # 在…一般性辩论中发表演讲
                             r"|^正在进行(?=中|[,，。;；！!？?]|$)"  # 一场…宣讲会正在进行(中) (as 正在举行; not …正在进行筹备, 正在进行的筹备)
                             r"|^[，,]于(?:\d{4}年)?\d{1,2}月\d{1,2}[日号][^,，。;；]{0,20}?(?:召开|举行)(?=[。；;]|$)")  # …第八次全体会议，于2012年11月3日至4日在北京举行
# 代表通道第四次开启, 部长通道今天上午再次开启, “部长通道”首次开启: the corridor held that day (not 将于…开启, one to
# come; nor 开启了…新渠道, 开启以来, 开启时, what it does or since when)
# (and one held on a day with its date in brackets: 第二场“代表通道”今天（5月25日）举行)
_CORRIDOR_OPENS = re.compile(rf"”?(?P<day>(?:\d{{1,2}}[日号]|[今当]天)(?:[（(][^）)。，,]{{1,10}}[）)])?(?:上午|下午|晚上)?)?(?:正式)?(?P<nth>再次|首次|第{NUMERAL}次)?(?:正式)?"
                             r"(?:开启|(?<=[日号天午上）)])举行)(?!了|以来|之后|后|时|的)")
# a bare 开启 is held only with the day or the edition told: 首场代表通道开启, 今天上午，两会代表通道开启
_CORRIDOR_DATED = re.compile(rf"(?:首场|第{NUMERAL}场)[^。！？!?\n]{{0,8}}$|(?:\d{{1,2}}[日号]|[今当]天)[^。！？!?\n]*$")
# nor one of another year or of every session: 去年两会，委员通道首次开启; 每年全国两会，部长通道开启…
_WALKED_ONTO = re.compile(r".*(?:走上|走向|来到)了?")
# a corridor walked onto by those who answer there, on a day its sentence opens on (今天上午，…等几位部委负责人走上部长通道)
# (央视网消息（新闻联播）：今天（3月10日）下午，8位全国政协委员走上两会委员通道), or stood on by them (今天下午，又有7位全国人大代表在代表通道上
# 分享了…; 今天（8日）下午，在部长通道上，七位部委负责人…: 在 with the 上 after it)
_CORRIDOR_WALKED = re.compile(r"(?:^|[。！？!?\n]|消息[（(]新闻联播[）)][：:])[\s\u3000]*(?:\d{1,2}[日号]|[今当]天)(?:[（(][^）)。，,]{1,10}[）)])?(?:上午|下午|晚上)?[，,][^。！？!?\n]{0,150}?"
                              r"(?:(?<![将要])(?:走上|走向|来到)了?|(?<![正将要])在)$")
# not a rehearsal or a visit before it opens (来到代表通道参加彩排; 记者提前来到代表通道探访), nor one the story says opens
# later (明天，首场代表通道将开启)
# stood on to speak there (在代表通道上分享了…, 在部长通道上，七位部委负责人…回答), not for a photo or a look (在部长通道上看到)
_CORRIDOR_SPOKEN = re.compile(r"[，,]?[^。；;！？!?\n]{0,24}?(?:分享|讲述|回答|介绍|谈|接受[^，,。]{0,6}采访|回应|发言|表示|说|沟通|交流|答问|亮相)")
_CORRIDOR_REHEARSED = re.compile(r"[^，,。；;！？!?\n]{0,6}?(?:彩排|探访|探营|踩点|走台|预演)")
_CORRIDOR_VISITED = re.compile(r"(?:提前|事先|预先)[^，,。；;！？!?\n]{0,20}$")
_CORRIDOR_LATER = re.compile(r"(?:部长|代表|委员)通道(?:将|即将|将于[^，,。；;！？!?\n]{1,12}?)(?:开启|开通|启动|亮相|举行)")
_CORRIDOR_PAST = re.compile(r"(?:去年|前年|往年|每年|历年|以往|往届|上届)[^。！？!?\n]*$")
_NOT_ENDED = re.compile(lexicons.PLANNED + r"|计划|未|尽快|可能|期待|希望")  # before 结束: an end to come, not one told
# 普京21日在俄罗斯国防部扩大会议上发表讲话 (栗战书7日在…大会发表视频致辞): a speech given there on the day told
# (not 在…上的讲话, 在…开班式发表的讲话, 在…研讨班发表重要讲话后, nor 习近平总书记在…会议上发表重要讲话 of a
# story that tells what followed it)
# a congress told by its results in the lead: 刚刚结束的…代表大会，选举产生了…; 19号，…代表大会公布选举结果;
# 已由…第一次会议于2013年3月14日选出 (not …选举产生的, a body it once elected, nor a commentary's 大会选举产生了)
_ELECTED_AFTER = re.compile(r"^[，,]?(?:于[^，,。；;]{1,16}?)?(?:正式)?(?:公布了?[^，,。；;]{0,6}?选举结果|选举产生了?(?!的)|选出了?(?!的))")
_ELECTED_BEFORE = re.compile(lexicons.JUST_ENDED + r"$|(?:\d{1,2}[日号]|[今昨]天)[，,]$|已?由$")
_SPOKE_AT = re.compile(rf"(?:(?:(?:第{NUMERAL}次)?全体会议|开幕式|闭幕式)?上(?:发表|作|致)了?|(?:发表|作|致)了?(?!的))[^,，。;；]{{0,30}}?(?:讲话|演讲|致辞|发言)(?!的|精神|后)")
# 鲁哈尼13日在内阁会议上表示 (27日，俄罗斯外长X在…一般性辩论上发言; 10日，律师在国会听证会上指责; 在例行记者会上再次表示): said there on the
# day told, as a speech is
_SAID_AT = re.compile(r"上(?:再次|再度|又|也|还|同时|进一步)?(?:表示|指出|强调|说|发言|指责|呼吁|警告|透露|承认)")
# a court's hearing (律师12日在法庭听证会上承认): a trial's sitting, no meeting of ours (a congress's 听证会 is)
_COURT_SESSION = re.compile(r"(?:法庭|法院)[^，,。；;]{0,8}?听证会$")
# so is one elected there (19日在…代表大会上当选…); not in a biography, whose full dates write the year before the day
# (王明同志1998年3月16日在九届全国人大一次会议上当选…: _BIOGRAPHY_DAY_AT)
_ELECTED_AT = re.compile(r"上(?:再次|正式|高票)?当选")
_BIOGRAPHY_DAY_AT = re.compile(r"\d{4}年\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上|晚)?在$")
# held by each of many (31个省…均已召开部署会, 各地纷纷召开…): a kind of meeting, none told
_AMONG_ACTIVITIES = re.compile(r"[、和及与][^，,。；;]{1,30}?等(?:各项|各类)?(?:活动|工作|场合)中")  # (not 在…举办的招待会和…展览等活动上: those held)
# one of the activities a period saw, listed (…以来，举办了A、B等活动): a record, no meeting told of its day
_LISTED_ACTIVITIES = re.compile(r"[、和及与][^，,。；;]{1,30}?等(?:系列|一系列|各类|多项)?活动")
_SINCE_CLAUSE = re.compile(r"以来[，,][^。；;！？!?]{0,40}$")
_HELD_BY_EACH = re.compile(r"(?:均|都|纷纷|普遍)(?:已经|已)?(?:召开|举行|举办)了?$")
# held with those who came counted: 召开有22家企业参加的…座谈会, 举行由300余人出席的…报告会
# held, a modifier between the verb and the name: 举行了中断三年来的首次工作会谈
_HELD_MODIFIED = re.compile(r"(?:召开|举行|举办)了[^，,。；;的“”]{1,10}的$")
# the scene of what the story tells, on its day: 在美国国务院20号的发布会上，有记者质问… (not a year's: 在去年…的会议上);
# or one just closed (在刚刚结束的…第三次全体会上，…修正案正式通过)
# told in the story's lead (not one a feature recalls later: …，在刚刚结束的十八届五中全会上，把…): the caller searches
# text[:lead] from 0 only when lead <= 60, and ``^`` matches only at 0, so this branch fires for 在 in the first 40 characters
_DATED_SCENE = re.compile(r"在[^，,。；;在年]{0,20}?(?:\d{1,2}[日号]|[今昨当]天)(?:上午|下午|晚上)?的$|^[^\n]{0,40}在" + lexicons.JUST_ENDED + "$")
_HELD_WITH_COUNT = re.compile(r"(?:主持召开|召开|举行|举办)了?(?:有|由)[^，,。；;的]{1,24}?(?:参加|出席|参与)的$")
# a stop of the central lecture tour: a member gives his lecture at a place (中央宣讲团成员、…X在山西太原作宣讲报告; 在陕西，中央宣讲团
# 成员、…Y作宣讲报告; in a story of its members, 随后，X在石家庄作宣讲报告), each stop a meeting of its own, named by its place
_TOUR_LECTURE = re.compile(r"(?:在(?P<opening>[^，,。；;在“”]{2,10})[，,])?中央宣讲团成员[，,、][^。；;在]{2,60}?(?:在(?P<place>[^，,。；;在“”]{2,10}?))?(?:作|做)了?宣讲报告(?=[，,。；;]|$)"
                           r"|(?<=[\u4e00-\u9fff])在(?P<at>[^，,。；;在“”]{2,10}?)(?:作|做)了?宣讲报告(?=[，,。；;]|$)")  # (随后，X在石家庄作宣讲报告)
# no place of a stop: a sitting or a spot the story names elsewhere (在报告会上, 在会上, 在这里, 在基层)
_NO_TOUR_PLACE = re.compile(r"[会议场堂台][上中]$|^(?:这里|那里|此|基层)$")  # (not 汉中, 晋中, 阿里: cities)
# a swearing-in at a place on the day told (X和Y24日在国民代表大会上正式宣誓就职, 5日在议会宣誓就职): a ceremony held
# (not one with no place, 李洛渊当天宣誓就职, nor one due: 将于25日在…宣誓就职, 应在6月3日前宣誓就职)
_SWORN_IN = re.compile(r"(?<![的])(?:\d{1,2}[日号]|[今昨当]天|当日)(?:上午|下午|晚上|晚|中午)?在[^，,。；;在前“”]{2,20}?上?(?:正式)?(?P<name>宣誓就职)(?=[，,。；;]|$)")
_INAUGURATION = re.compile(r"就职(?:仪式|典礼)")
_SWORN_AHEAD = re.compile(r"(?:将|将于|即将|拟|计划|预计|按规定|应|定于)[^，,。；;]{0,24}$")
# anywhere before it in its sentence, a plan (按计划，, 根据美国宪法，, 据日程安排，) or a year (特朗普2017年1月20日在…宣誓就职,
# a biography): no ceremony the story tells held
_SWORN_PLANNED = re.compile(r"按(?:照)?计划|根据计划|(?:据|按|按照|根据)[^，,。；;]{0,4}日程(?:安排)?|(?:根据|按照|依照|依据)[^，,。；;]{0,12}?宪法"
                            r"|将于|将在|定于|拟于|计划于|预计将?于|即将|(?:19|20)\d\d年")
# a meeting named by the day it marks, between 在 and 上: 在纪念联合国大会第一次会议75周年的视频会议上
_MARKING = re.compile(r"在(?P<name>纪念[^，,。；;在]{2,40}?周年的(?:视频会议|特别会议|会议|大会|座谈会|招待会))(?=上)")
# attended, hosted by whom: 出席由国际足联道德委员会召开的听证会
# a state banquet attended, its host told (习近平出席希腊总统举行的欢迎宴会): held, as the wide68 reader counts it
# negotiations told begun or going on (今天英国和欧盟在布鲁塞尔开始第四轮脱欧谈判, 正在瑞士举行的新一轮叙利亚和谈): held
_NEGOTIATIONS = ("谈判", "和谈", "磋商")
_NEGOTIATIONS_GO_ON = re.compile(r"(?:(?<![将拟要])(?<!即将)(?<!准备)(?<!计划)(?<!打算)(?<!同意)(?<!决定)(?<!恢复)开始了?|正在[^，,。；;]{0,12}?(?:举行|进行)的)$")
# …尚未开始, 拒绝开始, 在开始…之前: a start denied, refused or awaited, no talks held
_START_DENIED = re.compile(r"未|没有?|不|拒绝|拒不|无法|难以|推迟|暂停|中止")
_START_AWAITED = re.compile(r"之?前|以前|的前提|的条件")


def _negotiations_go_on(text: str, lead: int, end: int) -> bool:
    """Whether the negotiations named between ``lead`` and ``end`` are told begun or going on (开始新一轮和谈), not a start
    denied or refused before 开始 in its clause (各方尚未开始…, 拒绝开始…) nor one awaited after it (在开始…之前)."""
    go = _NEGOTIATIONS_GO_ON.search(text, max(0, lead - 30), lead)
    if go is None:
        return False
    if go.group().startswith("正在"):
        return True
    clause = max(text.rfind(c, 0, go.start()) for c in "，,。；;\n") + 1
    return not _START_DENIED.search(text, clause, go.start()) and not _START_AWAITED.match(text, end)


_ATTENDED_HOSTS_BANQUET = re.compile(r"(?<![将拟要])出席了?[^，,。；;]{2,40}?(?:举行|举办)的(?:盛大|隆重)?$")
_ATTENDED_HOSTED = re.compile(r"(?<![将拟要])(?:出席|参加)了?由[^，,。；;由]{2,30}?(?:召开|举行|举办|主办)的$")
# a day, then who held it: 今天上午，省科协在京举办|“…座谈会”
_DATED_HOLDER = re.compile(r"(?:\d{1,2}[日号]|[今昨当]天)(?:上午|下午|晚上)?[，,]?[^。；;，,“”]{2,16}?(?:举办|举行|召开)$")
# (the day may open the clause, the speaker after it: 15日，中国代表在…会议上发言, or be the day told before: 同一天，X在…;
# not 去年的今天, a day of another year;
# what stands between must name the speaker, not a plan, a wish or a past: 5日，张伟准备在…, 今天，据悉李强曾在…,
# 12日，X回应Y此前在…会议上指责…: words said before the day, a meeting only referred to)
_NOT_SPOKEN_YET = r"(?:" + lexicons.PLANNED + r"|准备|希望|打算|计划|要求|申请|争取|曾经|曾(?=[在于])|据悉|获悉|此前|日前|前不久|不久前|早前|先前|之前)"
# (今天（12月23日）在: the date in brackets after the day word)
_DATED_AT = re.compile(r"(?<!的)(?:\d{1,2}[日号]|[今昨当]天|同一天|同日|今晚|昨晚)(?:[（(](?:\d{1,2}月)?\d{1,2}[日号][)）])?(?:上午|下午|晚上|晚)?(?:[，,](?:(?!" + _NOT_SPOKEN_YET + r")[^，,。；;在“”]){2,20}?)?在$")
# what a speaker says in a speech the story reports: X在讲话中说，…
_IN_SPEECH = re.compile(r"在(?:讲话|发言|致辞|演讲)中(?:说|指出|表示|强调|谈到|提到)[，,：:][^。；;！？!?\n]*$")
# what a message says, in its sentence or the next one when that tells no day (李克强在贺电中说，…。双方成功举行…定期会晤，…):
# a meeting it recalls or wishes for, not one the story holds (the meeting it greets is named by the story's own words: 致信祝贺…大会开幕)
_IN_MESSAGE = re.compile(r"在(?:新年)?(?:贺电|贺信|贺词|复信|回信|唁电|信)中(?:说|指出|表示|强调|写道|提到|谈到)[，,：:][^。；;！？!?\n]*"
                         r"(?:。(?:(?!今天|今日|昨天|昨日|当天|同日|\d{1,2}[日号]|上午|下午|晚上)[^。；;！？!?\n])*)?$")
# one's words after New Year messages exchanged, his sentence opening on them (互致新年贺电。李克强表示，2017年，…成功举行第22次定期会晤)
_NEW_YEAR_MESSAGES = re.compile(r"互致新年(?:贺电|贺信|贺词)")
_WORDS_SENTENCE = re.compile(r"[ \u3000\t]*[^。；;：:！？!?\n]{2,30}?(?:表示|指出|说|强调)[，,：:][^。；;！？!?\n]*$")
# what a commentary says: 文章说，在近日召开的…座谈会上，习近平总书记强调 (the meeting it cites)
_IN_ARTICLE = re.compile(r"(?:文章|社论)(?:说|指出|认为|强调|表示)[，,：:][^。；;！？!?\n]*$")
# a programme aired about it: 播出X出席|…会晤|特别节目
_AIRED = re.compile(r"(?:播出|播放|首播|重播)[^。；;，,]{0,36}$")
_PROGRAMME_AFTER = re.compile(r"[^。；;，,]{0,12}?(?:特别节目|专题节目|专题片|纪录片|电视片)")
# what a body does in the light of a meeting held before (结合刚刚召开的…大会进行部署): the meeting cited, not told; its
# word of before is needed (结合今天上午召开的…推进会: one held the story's day, told)
_DRAWN_ON = re.compile(r"(?<!相)结合[^，,。；;：:“”]{0,6}?(?:刚刚|日前|前不久|不久前|此前)[^，,。；;：:“”]{0,10}?(?:召开|举行|举办|闭幕)的$")
# thanks or praise for one's attending (赞赏X总统出席…会晤, 感谢X出席…峰会), not for this one (感谢各位出席本次会议)
_PRAISED_ATTENDING = re.compile(r"(?:赞赏|感谢)[^，,。；;：:“”]{1,15}?(?:出席|参加)了?$")
_CITED = re.compile(r"(收听收看|学习|传达|贯彻|落实|按照|根据|精神|部署|要求)[^。;；\n]{0,30}$")
# …举行的, …召开的, 2日在加拿大闭幕的, 当天闭幕的 (a day told: not 刚刚闭幕的, often a meeting a commentary cites); …举办的 where
# it is attended or the scene (在中国驻波兰大使馆举办的|国庆招待会上, 出席了中方举办的|记者会; not 刚刚举办的, 是…首次举办的)
_HELD_NAME = re.compile(r"(?:举行|召开|(?:在|出席了?|参加了?)[^，,。；;在]{1,20}?举办|(?:\d{1,2}[日号]|[今昨当]天|当日|同日)(?:在[\u4e00-\u9fff]{1,10}?)?闭幕)的(?!.*(?:举行|召开|举办|闭幕)的)")
# …举办的 of a meeting still to come: a plan or a wish in its clause before it (李强将出席在天津举办的…, 欢迎各国参加明年在北京举办的…)
_HOSTED_AHEAD = re.compile(r"(?:" + lexicons.PLANNED + "|" + lexicons.COMING_DAYS + r"|下个?月|拟|期待|欢迎|支持)[^。；;，,]*$")
_AT_TIME_SAID = re.compile(r"[^，,。；;“”]{0,30}?(?:时|中|当中)[，,]?(?:纷纷)?(?:认为|表示|指出|说|强调)")
# joining the debate at a sitting one is at: 俞正声在文艺界政协委员联组会参加讨论 (上 may be left out)
_JOINS_DEBATE = re.compile(r"上?(?:还|也)?参加了?(?:讨论|审议)")
_AT_SITTING = re.compile(rf"(?:(?:第{NUMERAL}次)?全体会议|开幕式|闭幕式|开幕会|闭幕会)?上")
# (a comma may part the name from the day told: 共青团第十七次全国代表大会，今天在北京闭幕)
# (…会议正在利马举行, 正在举行: held as told, still going on)
# a work named by the 《》 title after it (文艺演出《…大会》28日在…举行): the show's or film's title, no meeting held
_WORK_TITLED = re.compile(r"(?:演出|晚会|节目|纪录片|专题片|宣传片|展览|音乐会|舞剧|歌剧|话剧|电影|电视剧)$")
_HELD_AFTER = re.compile(r"[”\"]?(?:[，,](?=(?:当地时间)?(?:(?:\d{1,2}月)?\d{1,2}[日号]|[今昨]天)))?(?:开幕式|闭幕式)?(?:当地时间)?(?:(?:\d{1,2}月)?\d{1,2}[日号](?:[至到]\d{1,2}[日号])?|(?:今|昨|当)天(?:（[^）]{2,8}）)?|当日|日前|近日)?(?:上午|下午|晚上|晚)?(?:正(?=在))?(?:在[^，,。；;]{1,12}?|(?<=正)在)?(?:以[^，,。；;]{1,10}?(?:方式|形式))?(?:同时|同期)?(?:隆重|盛大)?(?:召开|举行|举办|开幕|闭幕|落幕|结束|(?:落下|拉开|降下)了?帷幕)(?=[，,。；;\n]|$)")
# kinds with no name (论坛峰会, 论坛年会: the story's forum summit told again, 出席论坛峰会的外方领导人; 召开党代表大会: no body's)
_GENERIC = {"会议", "大会", "国际会议", "全会", "常委会", "例会", "视频会", "视频会议", "专题会议", "全体会议", "扩大会议", "工作会议", "常务会议", "学习会", "研讨班",
            "论坛峰会", "论坛年会", "代表大会", "代表会议", "党代表大会", "党代表会议", "党员代表大会",
            "开幕大会", "闭幕大会"}  # (X主持闭幕大会: the story's congress's sitting, as 闭幕会 is)
# a forum's kind or part, bare: no one's event (配套举办了高峰论坛; not 分论坛, which the golds name by what it is on)
_FORUM_PARTS = {"高峰论坛", "主论坛", "平行论坛", "子论坛"}
_ORDINAL = rf"(?:第{NUMERAL}[次讲]|首次|{NUMERAL}届{NUMERAL}次)"  # 第十六讲专题讲座, 首次会议
# a body's numbered or special session told by its subject, 就 its topic (中共中央政治局2月24日下午就…进行第十三次集体学习,
# 21号，联合国安理会就…召开特别会议; the date with its year, the clause after 在…之际，): the body names it
_NTH_ON = re.compile(
    r"(?:^|(?<=[：:。\n]))[ \u3000\t]*(?:(?:当地时间)?(?:\d{1,2}[日号]|同一天|当天|同日)[，,]|在[^。；;，,\n]{2,30}?之际[，,])?(?P<org>[\u4e00-\u9fff]{2,20}?)"
    r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}[日号]|当天|当日)?(?:上午|下午|晚上|晚)?"
    rf"就[^。；;：:\n]{{2,80}}?(?:召开|进行|举行)了?(?P<nth>(?:第{NUMERAL}次(?:紧急|特别)?|紧急|特别|闭门)(?:内部)?(?:" + _TYPES_RE + r"))"
)
# a session's presidium, its own body each session (十三届全国人大一次会议主席团, 中国共产党第十八次全国代表大会主席团)
_PRESIDIUM = re.compile(r"[\u4e00-\u9fff]{4,}(?:次会议|代表大会|选举会议)主席团")
# a leader's title and name, the name not ending in a body's word (东盟经济部长|理事会: a council, not 部长 理事会)
# (and an adverb of his act after him: 中央指导组组长孙春兰再次召开会议)
_CHAIR_NAMED = re.compile(r"(?:委员长|总书记|主席|总理|书记|省长|市长|县长|部长|组长)(?P<name>[\u4e00-\u9fff]{1,2}(?![会团院组部委局处厅室党议])[\u4e00-\u9fff])(?:再次|又|也|还|随即|立即|专门)?$")
_NTH_SITTING = re.compile(rf"(?:第{NUMERAL}次|首次)(?:全体)?会议")  # a bare numbered sitting: its body names it
# 市委召开|常务会议; 欧盟外长会17号…举行了|首日会议 (the first day's sitting of the meeting named before it)
_BODY_SITS = ("常务会议", "全体会议", "党组会议", "常委会会议", "专题会议", "扩大会议", "理论学习中心组学习会", "学习会", "首日会议",
              "视频会议", "电视电话会议", "会议")  # (应急管理部今天召开视频会议: the body's, held over a link)
_NTH = re.compile(  # (not a body read from a day's 日: 9月10日|中央纪委召开会议)
    r"(?!(?<=[\d０-９])[日号])(?P<org>[\u4e00-\u9fff]{2,20}?)(?P<comma>，(?=\d{1,2}[日号]|今天|昨天))?(?:\d{1,2}月)?(?P<day>\d{1,2}[日号](?:(?:" + _PARTS_OF_DAY + r")?[至到]\d{1,2}[日号])?|(?:今天|昨天|当天)(?:[（(]\d{1,2}[日号][）)])?|日前|近日)?(?:" + _PARTS_OF_DAY + r")?(?:在京|在北京|(?P<venue>在[^，,。；;在“”]{2,12}?))?(?:也|还|又)?(?:召开|举行|开展)了?(?P<nth>"
    r"(?:\d{4}年|" + _ORDINAL + r")[\u4e00-\u9fff\d]{0,16}?(?:" + _TYPES_RE + r")"
    # (a bare sitting of a day told may run on into what it is for: 立法议会今天召开会议选举过渡政府总理)
    r"|(?:" + "|".join(_BODY_SITS) + r")(?:(?![\u4e00-\u9fff])|(?(day)(?<=会议)(?=审议|研究|讨论|决定|选举|听取|部署)|(?!))))"
)

# Where a name may open its clause: a line, a sentence, or a comma after the date (今天（11月26日），, 同日，) or after
# a reporter's scene (这里是上海国家会展中心，…博览会5日在这里开幕), also after the days it lasts (8日到10日，…会议在马尼拉举行).
# a day written with no comma before a name that opens its sentence (15号到16号北约…会议, 今天上午…会议)
_NEWS_HEADER = re.compile(r"[\u4e00-\u9fff]{2,10}?消息[（(][\u4e00-\u9fff]{2,10}[）)][：:]?(?=[\u4e00-\u9fff\d“])")  # 央视网消息（新闻联播）
_DAY_OPENS_NAME = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}[日号](?:[至到—-](?:\d{1,2}月)?\d{1,2}[日号])?|(?:今|昨|当|同)天|当日|同日)(?:上午|下午|晚上)?(?=[\u4e00-\u9fff])")
_HOSTED_BY = re.compile(r"(?:^|[，,：:。！？!?\n])[ \u3000\t]*由[^。；;，,：:！？!?\n]{2,60}?(?:联合)?(?:主办|承办|举办)的$")  # 由A和B主办的 opening its clause
_OPENS = re.compile(r"(?:^|[：:。！？!?\n])[ \u3000\t]*(?:这里是[^，,。；;：:！？!?\n]{2,16}[，,])?(?:当地时间)?(?:(?:\d{1,2}月)?\d{1,2}日(?:[至到—－-](?:\d{1,2}月)?\d{1,2}日)?|(?:今|昨)天(?:（[^）]{2,8}）)?|同日|同一天|当天|当日|这两天|这几天|近两天|近日|日前)?(?:上午|下午|晚上)?[，,]?[“\"]?$")
# What every match of _NTH / _MEETING_RE holds, within _NTH_REACH / 40 characters of its start: up to 20 of
# the body, a comma before its day (…主席团，4日), 12 of a date (12月20日下午至21日), 2 of a part of day and 13 of a
# venue (在纽约联合国总部) and 1 of 也/还/又 before the verb.
_HOLDS = re.compile("召开|举行|开展")
_NTH_REACH = 49
# the object of 召开/举行/举办 read only in part: the verb, then the name's first words in its clause
_OPENED_LONG = re.compile(r"(?<![将拟])(?:主持召开|召开|举行|举办)了?(?!的)(?:(?<=党)的|(?!包括)[^，,。；;：:、“”《》()（）\s的]){1,40}$")
# a quoted theme held as the meeting's name: (召开|举行|举办)了?“…” right before the meeting's type
# (or a scope and an act before the quote: 召开全国深化“放管服”改革…会议, the verb's object running through it)
_QUOTED_NAME = re.compile(r"(?:召开|举行|举办|出席|参加|主持)了?(?P<name>(?:全国|全省|全市|全区|全县|全军)?(?:深化|推进|推动|开展|实施|落实|加强)?"
                          r"“[^“”。；;\n]{2,40}”)$")
_MEETING_TYPE = re.compile("|".join(map(re.escape, _MEETING_TYPES)))
_HELD_QUOTED = re.compile(rf"(?:举行|召开|举办)的(?P<nth>第(?:{NUMERAL}|\d+)届)?“$")  # …举行的第二届“…论坛”
_THEMED = re.compile(r"(?<![将拟])(?:召开|举行|举办)了?(?:主题为|以)(?P<name>“[^“”。；;，,\n]{2,30}”)(?:为主题)?的$")
_THEMED_OF = re.compile(r"(?<![将拟])(?:召开|举行|举办)了?(?P<name>“[^“”。；;，,\n]{2,30}”的)$")  # (召开“…”的|主题讨论会)
_SERIES_KIND = re.compile("系列(?:" + "|".join(map(re.escape, _MEETING_TYPES)) + ")")  # 系列论坛, 系列报告会: a series, no name of its own
_QUOTE_BEFORE = re.compile(r"(?<![：:])“[^“”。；;，,：:！？!?\n]{2,30}”$")  # a theme, not words said
_EDITION_BEFORE = re.compile(rf"第(?:{NUMERAL}|\d+)届$")
_ORDINAL_BEFORE = re.compile(rf"第(?:{NUMERAL}|\d+)[次届]$")


_HELD_QUOTED_SHOW = re.compile(r"(?<![将拟要])(?:举办|举行)了$")  # 举办了“…洽谈会”: a fair held, told by its quoted name


def _verb_before_quote(text: str, q: int) -> int:
    """Where the words before a quoted name end, an edition before the quote taken into the name
    (出席第六届“…论坛”: the sixth edition of the forum the quote names)."""
    m = _EDITION_BEFORE.search(text, max(0, q - 8), q)
    return m.start() if m else q


def _held_with(text: str, end: int) -> re.Match | None:
    """How a meeting listed after the name (…洽谈会暨第三届中阿经贸论坛, …博览会和…峰会) is held
    with it (在银川开幕 after the listed name), if it is."""
    nxt = _MEETING_RE.match(text, end + 1) if text[end : end + 1] in ("和", "及", "、", "暨") else None
    return _HELD_AFTER.match(text, nxt.end()) if nxt is not None and len(nxt["name"]) <= 30 else None


_CLOSED = re.compile(r"闭幕|落幕|结束|(?:落下|降下)了?帷幕")


def _near(rx: re.Pattern, anchor: re.Pattern, reach: int, text: str):
    """The matches of ``rx.finditer(text)``, trying starts only within ``reach`` characters
    before an ``anchor`` (which every match of ``rx`` holds that near its start): the
    same matches, without the costly lazy scan of ``rx`` from every character. A reach that
    ends inside a cited title goes back to its 《 (贯彻落实《…2008——2012年工作规划》工作成果交流会)."""
    pos = 0
    while (a := anchor.search(text, pos)) is not None:
        lo = max(pos, a.start() - reach)
        if (o := text.rfind("《", max(pos, lo - 32), lo)) >= 0 and "》" not in text[o:lo] and "》" in text[lo : a.start()]:
            lo = o
        for s in range(lo, a.start() + 1):
            if (m := rx.match(text, s)) is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = a.start() + 1


# an executive board's sitting: convened by a verb just before (召开执委会), or the board told held itself (…执委会在洛桑召开。)
_BOARD_CONVENED = re.compile(r"(?:召开|举行)了?$")
_BOARD_SITS = re.compile(r"(?:\d{1,2}[日号]|今天|昨天|当天)?(?:上午|下午|晚上)?(?:在[^，,。；;]{1,20}?)?(?:召开|举行)(?=[，,。；;])")
_HELD_JUST_BEFORE = re.compile(r"(?:举行|进行)了?$")  # 举行|间接谈判: talks held by the verb before them


def _session_before(text: str, at: int, out: dict, raw: list) -> tuple[int, str] | None:
    """The session named right before ``at`` by ``…举行的`` (全国政协十三届二次会议举行的|记者会), its start and name,
    taken out of ``out`` or ``raw``: the press conference it holds is named by it."""
    for k in [k for k in out if _SESSION_HOLDS.fullmatch(text, k[0], at)]:
        return k[0], out.pop(k).name
    if raw and _SESSION_HOLDS.fullmatch(text, raw[-1][0], at):
        return raw.pop()[::2]
    return None


_PAST_OPENS_ORG = re.compile(r"去年|前年|上个?月|上周|此前|不久前|前不久|当年")


def _past_at(text: str, at: int) -> bool:
    """Whether a time gone by (_PAST_OPENS_ORG) ends at or runs across ``at``, where the trimmed body opens
    (此前|外交部召开会议, 前|年财政部: the trim cuts at 前, so the words are read in the text, not the body)."""
    return any(p.start() <= at <= p.end() for p in _PAST_OPENS_ORG.finditer(text, max(0, at - 3), at + 3))


_LINKED_OR_BARE = ("视频会议", "电视电话会议", "会议")
_COUNT_OPENS = re.compile(r"(?<=[\d０-９])[个名位家]|[一二三四五六七八九十两几数多]+[个名位家]")  # 7个都府县知事: a count, no body


def _no_body_name(text: str, s: int, org: str, names: frozenset[str] | None) -> bool:
    """Whether the words before a sitting (``org`` at ``s``) are no body to name it by: a count (7个…知事), a person
    with his title (美国总统拜登), or the last of several bodies listed (A、B、中央军委政治工作部)."""
    return bool(_COUNT_OPENS.match(text, s)) or text[s - 1 : s] == "、" or any(len(n) >= 2 and org.endswith(n) for n in names or ())


_TOUR_MEETING_HELD = re.compile(r"宣讲团(?:首场)?报告会(?:\d{1,2}[日号])?(?:上午|下午)?在(?P<at>[^，,。；;在]{2,12}?)(?:隆重)?举行")


def _same_province(a: str, b: str) -> bool:
    """Whether places ``a`` and ``b`` lie in one province (南昌, 江西)."""
    pa, pb = lexicons.place_prefix(a), lexicons.place_prefix(b)
    return bool(pa and pb and pa.province == pb.province)


def _tour_stop(place: str) -> str:
    """A lecture tour's stop by its province where the place is a province and its city (四川成都 -> 四川; 浙江大学,
    郑州 as written)."""
    head = lexicons.place_prefix(place)
    if head is None or head.level != "province" or not place.startswith(head.short):
        return place
    rest = place[len(head.short) :]
    city = lexicons.place_prefix(rest) if rest else None
    return head.short if not rest or city and rest in (city.short, city.name) else place


# the words of a body's name before the years an anniversary counts (…胜利|70|周年纪念活动新闻中心), from its clause's start
_ANNIVERSARY_BODY = re.compile(r"(?<![^，,。；;：:\n“”\s])[\u4e00-\u9fff]{2,30}\d{1,3}$")


# a count of the provinces just listed (河南、湖南、陕西|三省负责人座谈会): the list is the meeting's name too
_PROVINCES_COUNTED = re.compile(r"[两二三四五六七八九十]{1,2}(?:省区市|省市区|省区|省市|省份|省)")


def _counted_provinces(text: str, s: int, e: int) -> str | None:
    """The whole name of a meeting ``text[s:e]`` that opens with the last of a list of provinces and their count
    (河南、湖南、广西、四川、陕西|五省区负责人经济形势座谈会: the list's 、 cut the name), from the list's first;
    None where the name opens otherwise or no province stands before the 、.

    >>> _counted_provinces("主持召开河南、陕西两省负责人座谈会", 7, 17)
    '河南、陕西两省负责人座谈会'
    """
    # (3, 2): a province's short name is two or three characters (河南, 黑龙江, 内蒙古), the longer tried first
    k = next((k for k in (3, 2) if text[s : s + k] in _province_names()), 0)
    if not k or not _PROVINCES_COUNTED.match(text, s + k):
        return None
    a = s
    while text[a - 1 : a] == "、" and (k := next((k for k in (3, 2) if a - 1 - k >= 0 and text[a - 1 - k : a - 1] in _province_names()), 0)):
        a -= 1 + k
    return text[a:e] if a < s else None


def find_meetings(text: str, names: frozenset[str] | None = None) -> list[MeetingHit]:
    """The meetings a text names (each with whether it reads as held), from its text and the person ``names``
    recognised in it (without them, the public figures alone name a convener)."""
    out: dict[tuple[int, int], MeetingHit] = {}
    circles: set[tuple[int, int]] = set()  # mentions told only by the circles at them (参加…的各界人士)
    for m in _near(_NTH, _HOLDS, _NTH_REACH, text):
        org = _trim_meeting_left(m["org"])
        s, e = m.start("org") + len(m["org"]) - len(org), m.end()
        if org.startswith("周年") and (full := _ANNIVERSARY_BODY.search(text, max(0, s - 40), s)):
            # …战争胜利70|周年纪念活动新闻中心举行第二次发布会: the body's name runs on before the years it counts
            whole = _trim_meeting_left(text[full.start() : s] + org)
            s, org = s + len(org) - len(whole), whole
        if org and _past_at(text, s):
            continue  # 去年国资委召开会议, 此前外交部召开会议: a meeting of a time gone by, recalled (its time no part of the body)
        if m["org"].endswith("就" + org) and not org.endswith(lexicons.org_suffixes()):
            # 联合国大会4号就|叙利亚局势举行会议: what it is about, not who holds it; a body before 就 holds it and names
            # it (no body there, 四国外长就委内瑞拉问题召开会议: the topic names it still)
            at = s - 1  # the 就
            clause = max(text.rfind(c, 0, at) for c in "，,。；;\n") + 1
            holder = _trim_meeting_left(_TIME_TAIL.sub("", text[clause:at]))
            if holder and grammar.names_body(holder):
                org, s = holder, text.rfind(holder, clause, at)
        elif (j := m["org"].rfind("就")) > 0 and not m["org"].endswith(lexicons.org_suffixes()):
            # 联合国安理会就|巴以局势召开会议 (no day between): the body before 就 holds it and names it
            holder = _trim_meeting_left(m["org"][:j])
            if holder and grammar.names_body(holder):
                s, org = m.start("org") + j - len(holder), holder
        presidium = _PRESIDIUM.fullmatch(org) and not "\u4e00" <= text[max(0, s - 1) : s] <= "\u9fff"  # (named whole: …行政区|第十二届…)
        if not org or not (grammar.org_ok(org) or presidium) or _NOT_A_MEETING.match(text, m.end()):
            continue
        if m["venue"] and m["nth"] not in _BODY_SITS and not _NTH_SITTING.fullmatch(m["nth"]):
            continue  # 国务院在人民大会堂举行2024年春节团拜会: a name of its own, read whole by _MEETING_RE
        if m["comma"] and not _NTH_SITTING.fullmatch(m["nth"]):
            continue  # (…选举产生的大会主席团，4日上午…举行第一次会议: a bare sitting is named by the clause's subject)
        if text[max(0, s - 1) : s] == "在" or re.search(r"(报告厅|会议室|礼堂|大厅|会堂|会议中心|广场)$", org):
            continue  # 在图书馆报告厅开展…: a venue, not who holds the meeting
        if _ANNOUNCED.search(text, max(0, s - 30), s):
            continue  # 决定于下月召开第九次会议: not held yet
        if (chair := _CHAIR_NAMED.search(org)) and chair["name"][0] in lexicons.surnames():
            continue  # 全国人大常委会委员长栗战书29日…主持召开会议: who chairs it, no body's meeting
        if (each := _EACH_HOLDS.search(org)) and len(org) > each.end() - each.start():
            org = org[: each.start()]  # 甲党组、乙党组分别召开会议: the adverb is no part of the body
        if not each and _no_body_name(text, s, org, names):  # (A、B分别召开会议: each its own, named by it)
            if m["nth"] in _LINKED_OR_BARE and m["day"] not in ("日前", "近日"):  # 7个都府县知事|召开视频会议, 美国总统拜登|召开会议: the bare sitting
                # (A、B、C日前召开视频会议: no body and no day, nothing to tell it by)
                out[(s, e)] = MeetingHit(s, e, m["nth"], True, (text[s:e],))
            continue
        name = org + m["nth"]
        joint = _MEETING_RE.match(text, e + 1) if text.startswith("暨", e) else None
        if joint:  # 市委召开第十二次专题会议暨市安全生产委员会全体会议
            name += text[e : joint.end()]
            e = joint.end()
        out[(s, e)] = MeetingHit(s, e, name, True, (text[s:e],), org)
    for m in _NTH_ON.finditer(text):
        org = _trim_meeting_left(m["org"])
        known = grammar.names_body(org, lexicons.whole_orgs())
        if org == m["org"] and known and not _NOT_A_MEETING.match(text, m.end()) \
                and not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[(m.start("org"), m.end())] = MeetingHit(m.start("org"), m.end(), org + m["nth"], True, (text[m.start("org") : m.end()],), org)
    for m in _BRIEFED.finditer(text):  # 向党外人士通报…精神: a briefing held for non-party figures
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[(m.start("name"), m.end())] = MeetingHit(m.start("name"), m.end(), "通报" + m["what"], True)
    for m in _RITE_MARKING.finditer(text) if "仪式" in text else ():
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) and not _COMING_DAY.search(text, max(0, m.start() - 30), m.start()) \
                and not _RITE_HABIT_OR_PAST.search(text, max(0, m.start() - 30), m.start()):
            out[m.span("what")] = MeetingHit(m.start("what"), m.end("what"), m["what"] + "仪式", True)
    for m in _SPOKE_AT_RITES.finditer(text) if "活动上" in text else ():
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) and not _COMING_DAY.search(text, max(0, m.start() - 30), m.start()) \
                and not _RITE_HABIT_OR_PAST.search(text, max(0, m.start() - 30), m.start()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _BANQUET_WELCOMES.finditer(text) if "宴" in text else ():
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in CITY_KEY_RECEIVED.finditer(text) if "钥匙" in text else ():
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) and not _COMING_DAY.search(text, max(0, m.start() - 30), m.start()) \
                and _KEY_DAY_BEFORE.search(text, max(0, m.start() - 60), m.start()) and not _KEY_NOT_THEN.search(text, max(0, m.start() - 60), m.start()):
            out[m.span()] = MeetingHit(m.start(), m.end(), "接受" + m["key"], True)
    for m in _STANDING_COMMITTEE_SITS.finditer(text) if "常委会" in text else ():
        out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True, (), m["name"])
    for m in _CHAIRED_GENERIC.finditer(text) if "召开" in text else ():
        who = m["who"]
        if not m["chaired"] and (who not in (names if names is not None else lexicons.public_figures())
                                 or _AGREED_BEFORE.search(text, max(0, m.start("who") - 40), m.start("who"))):
            continue  # 召开 alone: a person the story names convenes it, not 及时/年内/随后, nor one agreed or planned
        if who[0] in lexicons.surnames() and not re.search(r"[次们会委部局厅院组]", who) and not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _CHAIRED_CEREMONY.finditer(text):  # 韩正主持颁发国务院令仪式: a ceremony chaired is held
        clause = max(text.rfind(c, 0, m.start()) for c in "，,。；;\n") + 1
        if _CHAIRED_FOR.search(text, clause, m.start()):
            continue  # 志愿者们为孩子们主持入队仪式: a service done for a group by a group, no official's ceremony
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[(m.start("name"), m.end())] = MeetingHit(m.start("name"), m.end(), m["name"], True)
    for m in _OFFICIALS_MET_BY_VIDEO.finditer(text) if "视频会议" in text else ():
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[m.span()] = MeetingHit(m.start(), m.end(), m["who"] + "视频会议", True)
    for m in _GROUPS_LINKED_BY_VIDEO.finditer(text) if "视频" in text else ():
        if _NAMED_PROFESSIONALS.search(m["a"]) or _OTHER_YEAR_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # 张伟等专家与…举行视频会议: named persons' talk (meetings._TALK); 去年3月…。24日，…: a day of another year
        out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _FESTIVAL_OPENS.finditer(text):
        stop = text.find("。", m.end())  # (its sentence's rest: the contests it tells)
        if len(m["name"]) >= 4 and not _SPORTS_FESTIVAL.search(m["name"]) and not _SHOW_FESTIVAL.search(m["name"]) and not _CONTESTED.search(text, m.end(), stop if stop >= 0 else len(text)):
            out[(m.start("name"), m.end("name"))] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _GAMES_OPEN.finditer(text) if "幕式" in text else ():
        rite = _GAMES_RITE_TOLD[m["kind"]].search(text, m.end())
        if rite and not _OTHER_RITE[m["kind"]].search(text, m.end(), rite.start()):  # (the ceremony's name: the games' and its kind)
            out[(m.start("name"), m.end())] = MeetingHit(m.start("name"), m.end(), m["name"] + m["kind"] + "幕式", True)
    for m in _OPENING_HELD.finditer(text) if "开幕式" in text else ():
        name = _RUN_INTO_OPENING.split(m["name"])[-1]  # (a flash's item title run into it: …在莫斯科举行“…”开幕式)
        if not _MEETING_TYPE.search(name) and len(name) >= 7 and not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[(m.end("name") - len(name), m.end("name"))] = MeetingHit(m.end("name") - len(name), m.end("name"), name, True)
    for m in _RITE_GREETED.finditer(text) if "贺" in text else ():
        clause, _, name = m["name"].rpartition("的") if _HELD_CLAUSE.search(m["name"]) else ("", "", m["name"])
        if _TO_COME.search(clause):
            continue  # 向将于本周末举行的…开幕式致贺信: a ceremony still to come
        if len(name) >= 5 and not _MEETING_TYPE.search(name) and not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) \
                and _DATED_GREETING.search(text, max(0, m.start() - 60), m.start()):
            out[(m.end("name") - len(name), m.end("name"))] = MeetingHit(m.end("name") - len(name), m.end("name"), name, True)
    for m in ATTENDED_CEREMONY.finditer(text):
        name = m["name"].rsplit("举行的", 1)[-1]
        if name.endswith(("欢迎仪式", *_SIGNINGS)) or len(name) < 4 or _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            continue
        # a ceremony read from 出席 alone: a closing, an inauguration, a farewell its host held (出席X举行的欢送仪式, as a welcome),
        # a state funeral's farewell to the body (出席了…太皇遗体告别仪式)
        alone = m["closing"] or name.endswith((*_INAUGURATIONS, "遗体告别仪式")) or "的" not in name and name.endswith(_PLAQUE_OR_MEMORIAL) or name.endswith("欢送仪式") and name != m["name"]
        if alone and (name.startswith(_PRONOUN_OPENS) or _CEREMONY_NOT_ATTENDED.search(text, max(0, m.start() - 30), m.start())
                      or _PLANNED_ON_OCCASION.match(text, m.end())):
            continue  # 组委会邀请巴赫出席…闭幕式, 拜登没有出席…闭幕式, 邀请X出席法方举行的欢送仪式: none attended
        if alone or m["honour"] and not m["activity"] or _SPOKEN_AT.match(text, m.end()) or _joint_works_rite(text, m, name) \
                or _also_attended_rite(text, m, name):
            out[(m.end() - len(name), m.end())] = MeetingHit(m.end() - len(name), m.end(), name, True)
    # ceremonies held, as their clause's subject (…仪式12日举行) or as the object of 举行, in the order told
    ceremonies = sorted([*_CEREMONY_HELD.finditer(text), *_CEREMONY_HOSTED.finditer(text)], key=lambda c: c.start()) if "仪式" in text or "典礼" in text else []
    for m, nxt in zip(ceremonies, [*ceremonies[1:], None]):
        until = nxt.start() if nxt else len(text)
        before = _ATTENDED_CEREMONY_BEFORE.search(text, max(0, m.start() - 100), m.start())
        before = before if before and rite_of_act(before["act"], m["name"]) else None
        if len(m["name"]) < 6 and not (m.re is _CEREMONY_HELD and before):
            continue  # (a name of two words before the kind, 授勋仪式, only as the ceremony attended just before)
        if not m["name"].endswith(("欢迎仪式", "欢送仪式", *_SIGNINGS)) and (
                _SPOKE_AT_CEREMONY.match(text, m.end()) or _ATTENDED_CEREMONY_AFTER.match(text, m.end()) or _ATTENDS_AND_SPEAKS.match(text, m.end())
                or _OATH_ADMINISTERED_AFTER.match(text, m.end()) or before
                or _CEREMONY_TOLD_AGAIN.search(text, m.end(), ceremony_told_until(text, m["name"], m.end(), until))) \
                and not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) and not _COMING_DAY.search(text, max(0, m.start() - 30), m.start()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _ACTIVITY_HELD_SUBJECT.finditer(text) if "活动" in text else ():
        if _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) or _COMING_DAY.search(text, max(0, m.start() - 30), m.start()) \
                or _RITE_HABIT_OR_PAST.search(text, max(0, m.start() - 30), m.start()) \
                or _ACTIVITY_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _UNREST.search(m["name"]):
            continue
        if any(m["name"].endswith(a["kind"] + "活动") for a in _ACTIVITY_ATTENDED.finditer(text, m.end())):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _LECTURE_ATTENDED.finditer(text) if "讲座" in text else ():
        if _LECTURE_DAY.search(text, max(0, m.start() - 50), m.start()) and not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in SHOW_HELD_SUBJECT.finditer(text) if "观看" in text else ():
        if _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) or _COMING_DAY.search(text, max(0, m.start() - 30), m.start()) \
                or _ACTIVITY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if _SHOW_WATCHED_AFTER.match(text, m.end()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _SHOW_WATCHED_NAMED.finditer(text) if "观看" in text else ():
        if _LECTURE_DAY.search(text, max(0, m.start() - 50), m.start()) and not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) \
                and not _WISHED_TO_WATCH.search(text, max(0, m.start() - 20), m.start()) \
                and not _COMING_DAY.search(text, max(0, m.start() - 30), m.start()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _SHOW_CURTAIN.finditer(text) if "观看" in text else ():
        if _SHOW_WATCHED_AFTER.match(text, m.end()) and not _ACTIVITY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    # X24日在国民代表大会上宣誓就职: a swearing-in held on the day told (where the story names its 就职仪式 or 就职典礼, that one)
    # (a ceremony held, not one only mentioned: 会见了前来出席就职仪式的各国代表)
    held = any(h.reported and h.name.endswith((*_INAUGURATIONS, "宣誓仪式")) for h in out.values())
    for m in _SWORN_IN.finditer(text) if not held else ():
        opens = max(text.rfind(c, 0, m.start()) for c in "。；;！？!?\n") + 1
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) and not _SWORN_AHEAD.search(text, max(0, m.start() - 30), m.start()) \
                and not _SWORN_PLANNED.search(text, opens, m.end()):
            out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    held_at = [h for h in _TOUR_MEETING_HELD.finditer(text)] if "宣讲团" in text else []
    for m in _TOUR_LECTURE.finditer(text) if "宣讲团" in text else ():
        if (place := m["place"] or m["opening"] or ("中央宣讲团成员" in text and m["at"])) and not _NO_TOUR_PLACE.search(place) \
                and "将在" not in text[max(0, m.start() - 1) : m.end()] and not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()) \
                and not any(_same_province(place, h["at"]) or "。" not in text[h.end() : m.start()] for h in held_at if h.start() < m.start()):
            # (a lecture at the 报告会 the story names held there: that one's, 报告会在江西举行。…X在南昌作宣讲报告)
            out[(m.end() - 4, m.end())] = MeetingHit(m.end() - 4, m.end(), _tour_stop(place) + "宣讲报告", True)
    for m in _MARKING.finditer(text):  # 10日在纪念…75周年的视频会议上发表讲话: named by what it marks
        if _DATED_AT.search(text, max(0, m.start() - 10), m.start() + 1) and (_SPOKE_AT.match(text, m.end()) or _SAID_AT.match(text, m.end())):
            out[(m.start("name"), m.end("name"))] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in _DELEGATION.finditer(text):  # 参加辽宁代表团审议: a meeting of the delegation
        out[(m.start("name"), m.end())] = MeetingHit(m.start("name"), m.end(), m["name"] + "审议", True)
    for m in _SECTOR_DISCUSSION.finditer(text) if "讨论" in text else ():
        out[m.span("name")] = MeetingHit(m.start("name"), m.end("name"), m["name"], True)
    for m in DELEGATION_SITS.finditer(text):  # 解放军代表团…分组审议政府工作报告: the delegation's sitting, held
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[(m.start("name"), m.end())] = MeetingHit(m.start("name"), m.end(), m["name"] + "分组审议" + m["what"], True)
    for m in _DELEGATION_PLENARY.finditer(text) if "代表团" in text else ():
        if not _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            out[(m.start("session"), m.end())] = MeetingHit(m.start("session"), m.end(), m["session"] + m["delegation"] + m["kind"], True)
    for m in _DELEGATIONS.finditer(text) if "代表团" in text else ():  # 分别参加了香港代表团、澳门代表团审议: one meeting each
        items = [(m.start("names") + d.start(), m.start("names") + d.end()) for d in _DELEGATION_ITEM.finditer(m["names"])]
        for a, b in items if m["each"] or all(text.endswith("代表团", a, b) for a, b in items) else ():
            if not any(x <= a < y for x, y in out):
                out[(a, b)] = MeetingHit(a, b, text[a:b] + ("" if text.endswith("代表团", a, b) else "代表团") + "审议", True)
    raw: list[tuple[int, int, str]] = []
    whole: set[int] = set()  # starts of names taken whole: the meeting is the clause's subject or object
    for m in _near(_MEETING_RE, _MEETING_TYPE, 40, text):
        trimmed = _trim_meeting_left(m["name"])
        if (k := trimmed.find("——")) > 0 and not _joined_parties(trimmed[:k]) and not _IN_BOOK_TITLE.search(trimmed[:k]):
            trimmed = trimmed[k + 2 :]  # 迎来了一场国际盛会——|第二届…博览会: a lead-in, not a party of 中国——中东欧国家领导人会晤
            # (nor a dash inside a cited title: 《…2008——2012年工作规划》工作成果交流会)
        if text[m.end() - len(trimmed) - 1 : m.end() - len(trimmed)] == "”" and (q := _QUOTED_NAME.search(text, max(0, m.end() - len(trimmed) - 48), m.end() - len(trimmed))) \
                and q.start("name") >= m.start("name") and len(trimmed) >= 4:
            trimmed = text[q.start("name") : m.end()]  # 举行“十四五”时期…发布会: the verb's object opens with a quote
        trimmed = _counted_provinces(text, m.end() - len(trimmed), m.end()) or trimmed
        q = m.start("name") - 1  # (a show held whole in quotes after 举办了: 在佛山举办了“对口支援…洽谈会”, its 对 no preposition)
        shown_held = m["name"].endswith(_SHOWS) and text[q : q + 1] == "“" and text.startswith("”", m.end()) and _HELD_QUOTED_SHOW.search(text, max(0, q - 4), q)
        if shown_held:
            trimmed = m["name"]
        # the object of 主持召开/召开/举行 is the meeting's whole name (京津冀协同发展领导小组会议,
        # 经济形势专家和企业家座谈会), however it starts
        opened = _OPENED_BY.search(text, max(0, m.end() - len(trimmed) - 6), m.end() - len(trimmed))
        taken = opened and len(_TITLE_INSIDE.sub("《》", trimmed)) <= 36 and not _SPIRIT_OF.match(text, m.end())  # (a cited title one word)
        # 在集体安全条约组织议会大会全体会议上: between 在 and 上 the whole name, however it starts
        # (and 在文艺界政协委员联组会参加讨论: the sitting one joins, named between 在 and 参加讨论)
        taken = taken or (text[m.end() - len(trimmed) - 1 : m.end() - len(trimmed)] == "在"
                          and (_AT_SITTING.match(text, m.end()) or _JOINS_DEBATE.match(text, m.end())) is not None
                          and 4 <= len(trimmed) <= 30)
        # a name written whole between quotes is whole, however it starts (举办的“习近平法治思想学习报告会”)
        taken = taken or (text[m.end() - len(trimmed) - 1 : m.end() - len(trimmed)] == "“" and text.startswith("”", m.end()) and 4 <= len(trimmed) <= 30)
        # a quote that opens the clause right before it labels the whole name (“一带一路”自然灾害防治和…论坛): kept whole
        taken = taken or (4 <= len(trimmed) <= 30 and _clause_quote_before(text, m.end() - len(trimmed)))
        name = re.sub(r"^(?:今年|当年|去年|当地|(?:" + grammar.PARTY_SIDE + r")(?=" + _NEW_PARTY.pattern + "))", "", trimmed) if taken else _meeting_start(trimmed)
        s = m.end() - len(name)
        held = _HELD_NAME.search(m["name"])  # 在…举行的应对…研讨会上: all after 举行的
        if held and held[0].endswith("举办的") and _HOSTED_AHEAD.search(text, max(0, m.start("name") + held.start() - 20), m.start("name") + held.end()):
            held = None  # 李强将出席在天津举办的夏季达沃斯论坛: still to come
        opens = _OPENS.search(text, max(0, m.start("name") - 20), m.start("name")) is not None
        if m["name"].endswith(_SIGNINGS + _SHOWS) and not shown_held and not (opens and len(m["name"]) <= 30 and (
                _HELD_AFTER.match(text, m.end()) or m["name"].endswith(_SHOWS) and _held_with(text, m.end()))):
            continue
        if (banquet := next((b for b in _BANQUETS if m["name"].endswith(b)), None)) and (not _ATTENDED.search(text, max(0, m.end() - len(banquet) - 64), m.end() - len(banquet))
                                              or text.startswith("的", m.end())):
            continue  # (同出席欢迎宴会的中外嘉宾握手: those at it, told again)
        shown = _HELD_AFTER.match(text, m.end()) or _held_with(text, m.end()) if m["name"].endswith(_SHOWS) else None
        if shown and _CLOSED.search(shown.group()):
            continue  # …交易会在武汉闭幕, told for its results: the golds hold a fair that opens, not one that closes
        if held and m.end() - held.end() >= 5:
            s = m.start("name") + held.end()
            whole.add(s)
        elif (opens or _HOSTED_BY.search(text, max(0, m.start("name") - 40), m.start("name") + _after_of(m["name"]))) \
                and _HELD_AFTER.match(text, m.end()) and len(m["name"]) - _after_of(m["name"]) <= 30:
            # (or after a list of hosts too long to read with it: 由A和B主办的|…年会在广州召开)
            s = m.start("name") + _after_of(m["name"])  # 学习贯彻…精神中央宣讲团动员会7日在京召开: the sentence names it
            if head := _NEWS_HEADER.match(text, s):
                s = head.end()  # 央视网消息（新闻联播）纪念…大会30日…举行: the publisher's header, its colon left out
            if day := _DAY_OPENS_NAME.match(text, s):
                s = day.end()  # 15号到16号|…部长会议在布鲁塞尔举行: the day the sentence opens on, no part of the name
            whole.add(s)
        elif not taken and (o := _OPENED_LONG.search(text, max(0, s - 40), s)) and not _MEETING_TYPE.search(o.group()) \
                and not _SPIRIT_OF.match(text, m.end()):
            whole.add(s)  # 举办十九届…学习贯彻…和党的十九大精神研讨班: held, its name longer than read
        if text[s - 1 : s] == "”" and (quoted := _QUOTED_NAME.search(text, max(0, s - 48), s)):
            s = quoted.start("name")  # 召开“构建…，促进…”专题协商会: the quoted theme is part of the name
        if raw and name.startswith("暨") and raw[-1][1] == s:
            s = raw[-1][0]  # a joint meeting: one record, parts kept in the name
            raw.pop()
        elif raw and raw[-1][1] == s and raw[-1][2].endswith("会议") and _NTH_STUDY.fullmatch(text, s, m.end()):
            s = raw[-1][0]  # 主席会议2019年第二次集体学习: the body's study, named by the meeting that holds it
            raw.pop()
        elif held and _SESSION_PRESS.fullmatch(text, s, m.end()) and (session := _session_before(text, s, out, raw)):
            raw.append((session[0], m.end(), session[1] + text[s : m.end()]))  # 在…二次会议举行的记者会上: the session's
            whole.add(session[0])
            continue
        raw.append((s, m.end(), text[s : m.end()]))
    for s, e, name in raw:
        if name.endswith(_SECTOR_SITTING) and (sectors := _SECTORS_BEFORE.search(text, max(0, s - 40), s)):
            s, name = sectors.start(1), text[sectors.start(1) : e]  # 参加了民建、九三学社界委员联组会: the sectors' list names it
        elif _GROUP_SITTING.match(name) and (groups := _GROUPS_BEFORE.search(text, max(0, s - 30), s)):
            s, name = groups.start(), text[groups.start() : e]
        if _TWO_SUMMITS.fullmatch(name):
            continue
        if cut := _name_cut(name):  # …同意加速和谈进程阿富汗问题多方会谈; …协定》即RCEP部长级会议
            s, name = s + cut, name[cut:]
        if (k := name.rfind("受")) >= 0 and _ENTRUSTS_AFTER.match(text, e):
            s, name = s + k + 1, name[k + 1 :]  # 主任X受委员长会议委托作…说明: the body that entrusts him, named after 受
        if (k := name.rfind("宣布")) >= 0 and name[k + 2 :] in _MEETING_TYPES and _DECLARED_OPEN.match(text, e):
            continue  # 张庆黎宣布大会开幕: the chair's act and the bare kind, no name (命令宣布大会 is one)
        quoted = _QUOTE_BEFORE.search(text, max(0, s - 44), s) if text[s - 1 : s] == "”" else None
        if (name in _MEETING_TYPES or _SERIES_KIND.fullmatch(name)) and quoted \
                and ((nth := _ORDINAL_BEFORE.search(text, max(0, quoted.start() - 8), quoted.start())) or name != "会议"):
            # “香格里拉”对话会6月1号落下帷幕: a bare type is named by the quote before it, and by the edition before
            # the quote (第四次“…”会议; a bare 会议 only so: “…”会议随后结束 ends words said); so is a bare series
            # (“将改革开放进行到底”系列论坛)
            s = nth.start() if nth else quoted.start()
            name = text[s:e]
        elif quoted and (nth := _EDITION_BEFORE.search(text, max(0, quoted.start() - 8), quoted.start())):
            s, name = nth.start(), text[nth.start() : e]  # 第二届“一带一路”国际合作高峰论坛: the edition before the quote holds it in the name
        elif quoted and len(name) >= 4 and (quoted.start() == 0 or text[quoted.start() - 1] in "的，,。；;\n\u3000 "
                                            or (brand := _BRAND_OPENS.search(text, max(0, quoted.start() - 9), quoted.start()))):
            # …的“喀布尔进程”和平与安全会议: a quote that opens the clause's name is part of it (so is a Latin brand
            # before it that opens the clause: CCTV“…”高峰论坛)
            s = brand.start() if quoted.start() and text[quoted.start() - 1] not in "的，,。；;\n\u3000 " else quoted.start()
            name = text[s:e]
        elif name.startswith("主题") and (themed := _THEMED_OF.search(text, max(0, s - 50), s)):
            s, name = themed.start("name"), themed["name"] + name  # 召开“…”的主题讨论会: the quoted theme and its 的 name it
            whole.add(s)
        elif themed := _THEMED.search(text, max(0, s - 50), s):
            if name in _MEETING_TYPES:
                s, name = themed.start("name"), themed["name"] + name  # 举行主题为“…”的会议: named by its quoted theme
            whole.add(s)  # 举办以“…”为主题的网上座谈会: held, whatever its name
        if text[s - 1 : s] == "“" and text[e : e + 1] == "”" and (held_quoted := _HELD_QUOTED.search(text, max(0, s - 16), s)):
            # 向在北京举行的第二届“中俄…论坛”发去贺信: a quoted name held, named with the edition before the quote
            if held_quoted["nth"]:
                s, name = held_quoted.start("nth"), held_quoted["nth"] + name
            whole.add(s)
        if text[e : e + 1] == "”" and (q := text.rfind("“", max(0, s - 40), s)) >= 0 and not re.search(r"[”，,。；;：:、]", text[q + 1 : s]) \
                and _OPENED_BY.search(text, max(0, (v := _verb_before_quote(text, q)) - 6), v):
            s, name = min(v, q + 1), text[v:q] + text[q + 1 : e]  # 举办“纪念…大会召开40周年…座谈会”: the quote the verb holds is the whole name
            if _REPORTED_BEFORE.search(text, max(0, v - 14), v) or _DATED_HOLDER.search(text, max(0, v - 30), v):
                whole.add(s)
            for k in [k for k in out if s <= k[0] and k[1] <= e]:
                del out[k]  # 纪念全省科学大会: a part of the quoted name, no meeting of its own
        if name.startswith("“") and "”" in name and re.search(r"(?:举行|召开|举办)的$", text[max(0, s - 3) : s]):
            whole.add(s)  # 举行的“攻坚克难——坚决打赢脱贫攻坚战”记者会: the quoted theme opens a name held, however long
        if text.startswith("》", e) and (q := text.rfind("《", max(0, s - 40), s)) >= 0 and not re.search(r"[》。；;，,]", text[q + 1 : s]) \
                and _HELD_AFTER.match(text, e + 1) and not _WORK_TITLED.search(text, max(0, q - 6), q):
            s, name = q + 1, text[q + 1 : e]  # 《东川市“红旗车”组先进事迹报告会》今天在…举行: a name in book-title marks, held
            whole.add(s)
            for k in [k for k in out if s <= k[0] and k[1] <= e]:
                del out[k]
        if name.endswith(CORRIDORS) and (walk := _WALKED_ONTO.match(name)):
            s, name = s + walk.end(), name[walk.end():]  # …等几位部委负责人走上|部长通道: who walks onto it is no part of its name
        lead = s  # where the words before the name end
        if host := _HOST_DROPPED.search(text, max(0, s - 3), s):
            lead = host.start()  # 在执政党|正义与发展党…会议上说: the host word dropped from the name still stands before it
        if (this := _THIS_INSIDE.search(name, 1)):
            s, name = s + this.start(), name[this.start():]  # 强调本届会议是…: what points back opens the name, the verb before is none of it
        if (visit := _VISIT_AND.match(name)) and _TAKES_PART.search(text, max(0, lead - 4), lead):
            s, name = s + visit.end(), name[visit.end():]  # 陪同参加调研和座谈会: a visit joined to the meeting, none of its name
        if _PRESENCE_NOUN.match(text, s - 2):
            continue  # 主持人和大会秘书长名单: the 人 of 主持人 cut off by the verb, no name (出席人大…会议 is one)
        if name[:1] in "但而却":  # 但|会议召开本身…: a conjunction opens the clause, never a name
            s, name = s + 1, name[1:]
        if (two := _TWICE.match(name)) and _TWO_DAYS_TOLD.search(text, max(0, s - 80), s):
            s, name = s + two.end(), name[two.end():]  # 9日和10日，X先后主持召开两次…座谈会: the sittings of the days told
        if (first := _FIRST_IN_HISTORY.match(name)) and (body := _BODY_CONVENES.search(text, max(0, s - 30), s)) and grammar.names_body(body["org"]):
            # 国际奥委会17日召开|历史上首次线上全会: what history counts it, no name; the body that holds it names it
            s, name = s + first.end(), body["org"] + name[first.end():]
        if one := _ONE.match(name):  # 召开了一次专题组织生活会, 参加一个报告会: one, not a count
            s, name = s + one.end(), name[one.end():]
            if _PRAISED.match(name):
                continue  # …召开的一次十分重要的会议: what the meeting was, not its name
        if name in _GENERIC or name in _FORUM_PARTS and text[s - 1 : s] != "”" and not text.startswith(("开幕式", "闭幕式"), e) or _SERIES_KIND.fullmatch(name) or len(name) < 3 or not _NAME_OPENING.match(name) or _CUT_FROM_LATIN.match(text, s - 1, s + 1):
            continue
        if name == "专题讲座" and not _LECTURE_BODY.search(text, max(text.rfind(c, 0, s) for c in "。；;\n") + 1, s) \
                and not (text.endswith("主持", 0, s) and "专题讲座" in text[:s - 2]):
            continue  # 请来党史专家举行专题讲座: a lecture of a series held for the public, no standing committee's
        if _COUNTED.match(name) or name.endswith("政治协商会议") or _HOUSE_NAMED_ASSEMBLY.search(name):
            continue  # 5次大会; 中国人民政治协商会议, 白俄罗斯国民会议 are bodies, not meetings
        if name.endswith("人民代表大会") and _HOLDS_ANOTHER.match(text, e):
            continue  # 全国人民代表大会首次举行了宪法宣誓仪式: the body that holds it, no sitting named
        if name.endswith(DIALOGUES) and (not _NAMED_DIALOGUE.search(name) or _DIALOGUE_NOT_HELD.search(text, max(0, s - 30), s)):
            continue  # 加强战略对话 is what they do; 美埃战略对话, 第三轮中澳外交与战略对话 are meetings (not 愿…继续举行…)
        if name.endswith(("会晤", "磋商")) and (not _SUMMIT.search(name) or re.match("今年|年内|本年", name)):
            continue  # 两国元首会晤 is what they did; 金砖国家领导人第十次会晤, 第四轮中德政府磋商 are meetings
        if _SOME.match(name):
            continue  # 相关论坛, 有关会议, 其他会议: which meetings is not said
        if _MEANS_OPENS.match(name) and _BY_MEANS.search(text, max(0, s - 16), s):
            continue  # 以各自的方式欢庆大会闭幕: the way they mark it, no meeting's name
        if _PRAISED.match(name) or _NTH_OF_ITS_KIND.match(name):
            continue  # …是在关键时期召开的重要会议, …召开的第一个全国性会议: what the meeting was, not its name
        if _WHAT_IT_WAS.search(text, max(0, s - 40), s) or _IN_HISTORY.search(text, max(0, s - 40), s):
            continue  # 这次会议是…举行的第一次专题议政性常委会议: the meeting told, described again
        if name.endswith(("谈判", "和谈")) and not (_NAMED_TALKS.search(name) or _HELD_JUST_BEFORE.search(text[max(0, lead - 4) : lead])
                                               or name.startswith("新一轮") and _negotiations_go_on(text, lead, e)):
            continue  # 谈判, 和谈 are meetings only when held by name: 举行间接谈判, 第十三轮谈判
        if name.endswith("执委会") and not (_BOARD_CONVENED.search(text, max(0, lead - 6), lead) or _BOARD_SITS.match(text, e)):
            continue  # 国际奥委会执委会22日发布声明: the board that speaks, no sitting (召开执委会: one held)
        if name.endswith("会谈") and not _NAMED_TALKS.search(name):
            continue  # talks between two (同X举行会谈) are audiences; 六方会谈, 红十字会会谈 have a name of their own
        if _PROPOSED_HELD.search(text, max(0, lead - 20), lead) and _A_PROPOSAL.match(text, e):
            continue  # 拒绝了韩方提出的举行将军级军事会谈的建议: talks proposed, not held
        if _announced(text, s) or _ANNOUNCED_AFTER.match(text[e : e + 60]):
            continue  # 会议决定，…第九次会议4月23日至26日举行; …博览会将于6月29日开幕: not held yet
        sat_as = name.endswith(_SESSION_SITTINGS) and text[lead - 1 : lead] == "以" and _DEBATED_AS.match(text, e) \
            and bool(_DATED_BY.search(text, max(0, lead - 12), lead - 1))  # 委员们今天以界别联组会议形式讨论…: the sitting held
        if _NOT_A_MEETING.match(text, e) or _PRESS_CENTRE.match(text, e) or not name.endswith("会议") and _HOLDS_PRESS.match(text, e) \
                and not _PRESS_ON.search(text, max(0, s - 24), s):
            continue
        if any(a <= s < b or a < e <= b for a, b in out):
            continue
        before = text[max(0, lead - 12) : lead]
        after = text[e : e + 30]
        told = _REPORTED_AFTER.match(after)
        if told and told[1] == "结束" and _NOT_ENDED.search(after, 0, told.start(1)):
            told = None  # …大会预计15日结束, 原定12日结束: an end expected, not one told
        if name.endswith(CORRIDORS):
            told = _CORRIDOR_OPENS.match(after)
            if told and (_CORRIDOR_PAST.search(text, max(0, lead - 40), lead)
                         or not (told["day"] or told["nth"] or _CORRIDOR_DATED.search(text, max(0, lead - 40), e))):
                told = None  # 去年…委员通道首次开启; 代表通道开启，… with no day nor edition told
            if not told and (walked := _CORRIDOR_WALKED.search(text, max(0, lead - 160), lead)) and not _CORRIDOR_VISITED.search(text, max(0, lead - 160), lead) \
                    and (not walked[0].endswith("在") or text.startswith("上", e) and bool(_CORRIDOR_SPOKEN.match(text, e + 1))) \
                    and not _CORRIDOR_REHEARSED.match(text, e) and not _CORRIDOR_LATER.search(text):
                told = _CORRIDOR_WALKED  # 今天上午，部长X、Y等几位部委负责人走上部长通道: held that day
        reported = bool(_REPORTED_BEFORE.search(before) or told or _HELD_WITH_COUNT.search(text, max(0, lead - 30), lead)
                        or (_SPOKE_AT.match(after) or _SAID_AT.match(after) and not _COURT_SESSION.search(name)) and _DATED_AT.search(text, max(0, lead - 32), lead)
                        or _ELECTED_AT.match(after) and _DATED_AT.search(text, max(0, lead - 10), lead) and not _BIOGRAPHY_DAY_AT.search(text, max(0, lead - 20), lead)
                        or _ELECTED_AFTER.match(after) and _ELECTED_BEFORE.search(before))
        reported = reported or bool(_ATTENDED_HOSTED.search(text, max(0, lead - 40), lead)) or bool(_HELD_MODIFIED.search(before))
        reported = reported or name.endswith(_BANQUETS) and bool(_ATTENDED_HOSTS_BANQUET.search(text, max(0, lead - 40), lead))
        reported = reported or name.endswith(_NEGOTIATIONS) and _negotiations_go_on(text, lead, e)
        reported = reported or text.startswith("上", e) and bool(_DATED_SCENE.search(text[: lead], max(0, lead - 30) if lead > 60 else 0))
        reported = reported or text[lead - 1 : lead] == "在" and bool(_JOINS_DEBATE.match(text, e))
        reported = reported or before.endswith(("此次", "本次", "这次")) and bool(_LASTED_DAYS.match(text, e))  # 此次…外长会为期两天
        reported = reported or bool(_DAY_OPENS_VOTE.search(text, max(0, lead - 16), lead) and _VOTES.match(text, e))  # 同一天，联合国大会投票通过…决议
        reported = reported or bool(_NTH_STUDY.search(name)) and before.endswith(("进行了", "进行"))  # 围绕…进行了…第二次集体学习
        reported = reported or sat_as
        reported = reported or bool(_DAY_REPORTS_TO.search(before) and _REPORT_MADE.match(text, e)) \
            and not re.search(re.escape(name) + _TO_BE_HELD, text[max(0, lead - 200) : lead])  # X今天向…第九次会议作…报告
        reported = reported or name.endswith(_LINKED_SITTINGS) and before.endswith("进行了") \
            and bool(opens := _DAY_OPENS_SENTENCE.search(text, max(0, lead - 80), lead)) \
            and not _EARLIER_HELD.search(text, opens.start(), lead)  # 2日，…与…专家进行了远程医疗视频会议
        if name.endswith(GROUP_SITTINGS) and text[lead - 1 : lead] == "在" and _AT_TIME_SAID.match(text, e):
            reported = True  # 全国政协委员在分组讨论两高报告时认为: what was said at the session's sitting
        elif name.endswith("分组审议"):
            continue  # 委员长X参加分组审议 of the 分组会议 told: no sitting of its own
        if _CITED.search(text[max(0, s - 40) : s]) and not _REPORTED_BEFORE.search(before) and lead not in whole:
            reported = False
        reported = reported or lead in whole
        # …常务委员会第七次会议决定：… : the decision it adopted, read out (whatever purpose the clauses before it give: 为了…，),
        # unless recalled (_DECISION_RECALLED in its sentence)
        reported = reported or bool(_NTH_SITTING_DECIDES.search(name)) and after.startswith(("决定：", "决定:")) \
            and not _DECISION_RECALLED.search(text, max(text.rfind("。", 0, s), text.rfind("\n", 0, s), 0), s)
        if (_WATCHED.search(text, max(0, s - 40), s) or "收听收看" in text[max(0, s - 60) : s]) and not _REPORTED_BEFORE.search(before):
            reported = False
        if _IN_SPEECH.search(text, max(0, s - 80), s) or _IN_ARTICLE.search(text, max(0, s - 80), s) \
                or _IN_MESSAGE.search(text, max(0, s - 200), s) \
                or _NEW_YEAR_MESSAGES.search(text, 0, s) and _WORDS_SENTENCE.match(text, max(text.rfind(c, 0, s) for c in "。！？\n") + 1, s):
            reported = False  # 刘云山在讲话中说，习近平参加…民主生活会: a meeting the speaker cites, not one the story holds
        if _AIRED.search(text, max(0, s - 40), s) and _PROGRAMME_AFTER.match(text, e):
            reported = False  # 将播出X出席…会晤特别节目: a programme's subject, aired, no meeting the news tells
        if _COUNTED_AFTER.match(text, e) or _COUNTED_NAME.search(name) or _COUNTED_BEFORE.search(text, max(0, s - 20), s) \
                or _COUNTED_HOLDS.search(text, max(0, s - 12), s):
            reported = False  # 召开协商会、座谈会共124次; 服贸会多场论坛; 召开50多个座谈会: counted, none of them told
        if _SPEECH_AT.match(text, e) or _SPEECH_AT_LISTED.match(text, e):
            reported = False  # 习近平在…高峰论坛开幕式上的演讲: a speech cited, its meeting only referred to
        if _IN_BOOK_TITLE.search(text, max(0, s - 60), s) and "》" in text[e : e + 60].split("《")[0] and not (text.startswith("》", e) and lead in whole):
            reported = False  # 《…——论习近平主席在X峰会开幕式上主旨讲话》: a title that cites it
        if name in _MEETING_TYPES and text.startswith("的", e) and lead not in whole and re.search(r"(?:召开|举行)$", before):
            reported = False  # 把问题解决在会前，是召开民主生活会的硬标准: a kind of meeting, none held
        if re.search(r"因(?:公|事)?参加了?$", before):
            reported = False  # 因参加市纪委全会请假: the reason someone was absent
        if _DRAWN_ON.search(text, max(0, lead - 20), lead):
            reported = False  # 空军结合刚刚召开的第十三次党代表大会进行部署: a meeting another acts upon, held before the story
        if _PRAISED_ATTENDING.search(text, max(0, lead - 24), lead) and not name.startswith(("本次", "此次", "这次", "本届")) \
                and not re.search(r"出席了?" + re.escape(name) + "的", text):
            reported = False  # 我赞赏X总统出席…对话会并提出重要建议: an attendance praised in other talks, held before them
            # (not one the guest is here for: 会见来华出席X的普京…感谢普京出席X)
        if _LEFT_AFTER.match(text, e):
            reported = False  # 在出席…峰会后，X离开纽约启程回国: the departure told, the meeting held before it
        if re.search(r"(?:参加|参与)了?$", before) and _COVERAGE_OF.match(text, e):
            reported = False  # 参加人大会议报道的记者: who report on it, the story tells another act
        if text[lead - 1 : lead] == "在" and _VENUE_OF.match(text, e):
            reported = False  # 在博鳌亚洲论坛举办了“…对话会”: the place of the meeting the sentence holds
        if _HELD_DURING.match(text, e):
            reported = False  # 在…第40次会议举行期间，中方举办了…; 全会闭幕的第二天，…举行…会议: the time of what the sentence tells
        if _AMONG_ACTIVITIES.match(text, e) and re.search(r"在(?:列席|参加|出席)$", before):
            reported = False  # 在列席常委会会议、参加执法检查等活动中: one kind of what they do, no sitting told
        if _HELD_BY_EACH.search(before):
            reported = False  # 31个省（区、市）均已召开部署会: a kind each of many held, none told
        if _LISTED_ACTIVITIES.match(text, e) and _SINCE_CLAUSE.search(text, max(0, lead - 60), lead):
            reported = False  # 担任轮值主席国以来，举办了…首届媒体峰会、…高峰论坛等活动: the record of a period, none told
        if text[lead - 1 : lead] == "为" and _CONTRIBUTED_TO.match(text, e):
            reported = False  # 感谢中方为…峰会成功举行所作贡献: thanks for it, told in another meeting
        if _WHO_SAT_IN.search(before) and text.startswith("的", e):
            reported = False  # 同列席…第十次会议的全国人大代表座谈, 回顾了出席…大会的情景: who sat in on it, what is recalled of it
        if _NTH_TIME_AT.search(text, max(0, lead - 48), lead):
            reported = False  # …出席…年会是中国国家主席首次出席世界经济论坛年会: a record of the series, no meeting told
        if _WITH_ITS_ATTENDERS.search(before) and _DO_TOGETHER.match(text, e):
            reported = False  # 与出席…总理会议的各国领导人共同参观…: what those at it are, the story tells another act
        if re.search(r"为(?:出席|参加)了?$", before) and _HOSTED_FOR_ITS.match(text, e) \
                and not told_again(re.escape(name[-2:])).search(text, e):  # (…宴会。X主持峰会: held, told again)
            reported = False  # X为出席…峰会的各国领导人举行的宴会: those the banquet is for, the summit not told held
        if _IN_TOWN_FOR.search(before) and _ITS_MEMBERS.match(text, e):
            reported = False  # 部分在京参加…大会和…会议的代表、委员等出席仪式: the people described by it, not a meeting told
        if re.search(r"(?:参加|出席)了?$", before) and _ITS_MEMBERS_OUT.match(text, e):
            reported = False  # 参加…代表大会的代表们，在…进行了参观体验活动: what they did away from it, no sitting told
        if re.search(r"(?:参加|出席)了?$", before) and _ITS_MEMBERS_ARRIVE.match(text, e):
            reported = False  # 出席…大会的代表团全部报到: those coming to it, the meeting not yet opened
        if reported and re.search(r"(?:参加|出席)了?$", before) and _ITS_CIRCLES.match(text, e):
            reported = False  # 参加APEC系列会议的商界人士表示: the people described by it, who speak of it (a preview, a reaction)
            circles.add((s, e))
        if name.endswith("招待会") and (host := _mission_holds(text, lead)):
            s, name = host[0], text[host[0] : host[1]] + name
        out[(s, e)] = MeetingHit(s, e, name, reported)
    for (s, e), h in list(out.items()):
        if _clause_quote_before(text, s) and (q := text.rfind("“", 0, s)) >= 0 and (q, e) not in out:
            out[(q, e)] = dataclasses.replace(out.pop((s, e)), start=q, name=text[q:e])  # “土耳其溪”天然气管道项目竣工通气仪式在…举行
    for (s, e), h in list(out.items()):
        if (two := _TWO_SITTINGS.fullmatch(h.name)) and h.name == text[s:e]:
            # 第八十九次和第九十次委员长会议: two sittings, each named whole (the second at its own ordinal)
            del out[(s, e)]
            out[(s, s + two.end("a"))] = dataclasses.replace(h, end=s + two.end("a"), name=two["pre"] + two["a"] + two["kind"])
            out[(s + two.start("b"), e)] = dataclasses.replace(h, start=s + two.start("b"), name=two["pre"] + two["b"] + two["kind"])
    for k in circles:  # (参加欢迎仪式的各界人士 … 出席欢迎仪式: held by another mention, the one told by its circles too)
        if k in out and any(h.reported and h.name == out[k].name for o, h in out.items() if o != k):
            out[k] = dataclasses.replace(out[k], reported=True)
    return _each_body(text, _each_place(text, _joint(text, _nested(text, _joined_whole(text, _sittings_of_bodies(text, _quoted_sessions(sorted(out.values(), key=lambda h: h.start))))))))


_SESSION_SITTINGS = ("联组会议", "联组会", "小组会议", "分组会议")
_DEBATED_AS = re.compile(r"的?形式(?:分别)?(?:讨论|审议|协商)")
_DAY_TOLD = r"(?:\d{1,2}[日号]|[今昨当]天)(?:上午|下午|晚上)?"  # 14日上午, 今天
_DATED_BY = re.compile(_DAY_TOLD + r"(?:分别|继续|也)?$")
_DAY_REPORTS_TO = re.compile(_DAY_TOLD + r"向$")
# (关于…的说明 of a long title too: 作关于《中华人民共和国…法（草案）》的说明)
_REPORT_MADE = re.compile(r"[作做]了?(?:[^，,。；;]{0,16}?|关于[^。；;]{0,80}?的[^，,。；;的]{0,6}?)(?:报告|说明)(?!会)")
_LINKED_SITTINGS = ("视频会议", "电视电话会议", "电话会议")
_TO_BE_HELD = r"将于[^。；;]{0,20}?(?:举行|召开|开幕)"  # …第十次会议将于下周举行: announced, not held
# a time before the story's day, told before 进行了 (12日，据报道，X曾与Y进行了电话会议): referred to, not held that day
_EARLIER_HELD = re.compile(r"此前|之前|日前|早前|不久前|前不久|上周|上星期|上个?月|去年|早些时候|曾(?=经|与|同|和|在|于|多次|先后)")
# a day that opens the sentence, nothing but its clauses after it (2日，在金边，…)
_DAY_OPENS_SENTENCE = re.compile(r"(?:^|[。；;！？\n])[\s\u3000]*(?:\d{1,2}[日号]|[今昨]天)(?:上午|下午|晚上)?[，,][^。；;！？\n]*$")
_MEANS_OPENS = re.compile(r"方式|形式")
_BY_MEANS = re.compile(r"以[^，,。；;]{0,12}?的?$")
_EACH_HOLDS = re.compile(r"(?:分别|各自)$")
# bodies listed before the last one, which each hold a sitting of the same kind (甲党组、乙党组和丙党组分别召开会议)
_BODIES_LISTED = re.compile(r"(?P<list>(?:[\u4e00-\u9fff]{2,20}?(?:、|和|及|以及))+)\Z")


def _each_body(text: str, hits: list[MeetingHit]) -> list[MeetingHit]:
    """A bare sitting (会议, 党组会议) that bodies listed as the clause's subject each hold (分别召开会议): one meeting
    per body, each named with its body (甲党组会议, 乙党组会议), not one named with the last body alone."""
    out: list[MeetingHit] = []
    for h in hits:
        org = h.organizer or ""
        at = h.start + len(org)
        each = bool(h.reported and org and h.name.startswith(org) and _EACH_HOLDS.match(text[at : at + 2]))
        m = _BODIES_LISTED.search(text, max(0, h.start - 60), h.start) if each else None
        items = []
        if m:
            clause = max(text.rfind(c, 0, h.start) for c in "，,。；;：:\n") + 1
            items = [x for x in re.split(r"、|以及|和|及", text[max(m.start("list"), clause) : h.start]) if x]
        inner = [x for x in re.split(r"、|以及|和|及", org) if x] if each else []
        kind = h.name[len(org):]
        if len(inner) > 1:  # 甲机关和乙部分别召开会议: the body read is the list itself, one meeting each (never a joint one)
            items, org = items + inner[:-1], inner[-1]
            h = dataclasses.replace(h, name=org + kind, aliases=(), organizer=org)
        if items and all(grammar.names_body(x) for x in items) \
                and org.endswith(lexicons.org_suffixes()):
            out += [MeetingHit(h.start, h.end, x + kind, True, (), x) for x in items]
        elif items:
            continue  # 北京、上海、广东分别召开会议: which bodies is not read, no meeting (never the last alone)
        out.append(h)
    return out


# places listed as the clause's subject before a meeting their bodies each hold, its name left with no locality
# (贵州、吉林、河南，这两天专门召开省委常委会扩大会议; 甲、乙和丙分别召开市委常委会会议)
_PLACES_HOLD = re.compile(
    r"(?:^|(?<=[。；;！？!?\n]))[ \u3000\t]*(?P<list>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*(?:、|和|及|以及)[\u4e00-\u9fff]{2,4})[，,]?"
    r"(?:这两天|这几天|近日|日前|近期|(?:\d{1,2}月)?\d{1,2}[日号](?:[至到]\d{1,2}[日号])?|今天|昨天)?[，,]?(?:分别|专门|相继|先后|都|均|也)*(?:召开|举行)了?\Z"
)
_LEVEL_OF = {"省": "province", "市": "city"}


def _each_place(text: str, hits: list[MeetingHit]) -> list[MeetingHit]:
    """A meeting of a body named with no locality (省委常委会扩大会议) held by places listed as the clause's subject:
    one meeting per place, each named with its place (贵州省委常委会扩大会议, 吉林…, 河南…)."""
    out: list[MeetingHit] = []
    for h in hits:
        level = _LEVEL_OF.get(h.name[:1])
        m = _PLACES_HOLD.search(text, max(0, h.start - 60), h.start) if level and h.reported and h.name[1:2] in "委政人" else None
        items = re.split(r"、|以及|和|及", m["list"]) if m else []
        table = lexicons.places()
        if items and all(any(p.level == level for p in table.get(x, ())) for x in items) and len(set(items)) == len(items):
            shorts = [next(p.short for p in table[x] if p.level == level) for x in items]
            out += [MeetingHit(h.start, h.end, short + h.name, True, (h.name,), h.organizer) for short in shorts]
        else:
            out.append(h)
    return out


_QUOTED_SESSION = re.compile(r"“[^“”，,。；;]{1,20}”[\u4e00-\u9fff]{0,8}(?:" + _TYPES_RE + ")")


# a body that holds a sitting of a kind, with the day or place between: 联合国大会|22日举行|高级别会议
_BODY_HOLDS = re.compile(r"(?:\d{1,2}[日号]|当天|今天|昨天|[上下]午|晚间?|(?:当地时间)?)*(?:在[^，,。；;、的]{1,12})?(?:举行|召开)了?")
# a standing body that holds sittings (联合国大会, 安理会, 议会), never a meeting itself (会晤, 峰会: 金砖国家领导人
# 第十一次会晤13日举行闭门会议 is the summit and its sitting)
_STANDING_BODY = re.compile(r"(?:联合国大会|世界卫生大会|卫生大会|安理会|理事会|委员会|常委会|议会|国会|参议院|众议院|政治局)$")
_SITTING_KIND = re.compile(r"(?:高级别|特别|紧急|公开|闭门|部长级|非正式|专题)(?:会议|峰会)")


def _sittings_of_bodies(text: str, hits: list[MeetingHit]) -> list[MeetingHit]:
    """A sitting of a bare kind held by a body read as a meeting too (联合国大会22日举行高级别会议): one
    meeting, the body's name before the kind; the body itself is no meeting told there."""
    out: list[MeetingHit] = []
    for h in hits:
        if out and out[-1].end < h.start and _SITTING_KIND.fullmatch(h.name) and _STANDING_BODY.search(out[-1].name) \
                and _BODY_HOLDS.fullmatch(text, out[-1].end, h.start):
            a = out.pop()
            h = MeetingHit(h.start, h.end, a.name + h.name, a.reported or h.reported, (), a.organizer)
        elif out and out[-1].end < h.start and h.name == "一般性辩论" and out[-1].name.endswith("联合国大会") \
                and _THEMED_BETWEEN.fullmatch(text, out[-1].end, h.start):
            a = out.pop()  # 第71届联合国大会以“…”为主题的一般性辩论: the session's debate, held that day; the session only holds it
            h = MeetingHit(a.start, h.end, a.name + h.name, a.reported or h.reported, (), a.organizer)
        elif out and out[-1].end == h.start and _NTH_PLENARY.fullmatch(h.name) and out[-1].name.endswith(("代表大会", "议会")):
            a = out.pop()  # …全国人民政权代表大会|第九次全体代表会议: the assembly's numbered sitting, one meeting named whole
            h = MeetingHit(a.start, h.end, a.name + h.name, a.reported or h.reported, (), a.organizer)
        out.append(h)
    return out


_LECTURE_BODY = re.compile(r"常委会|常务委员会|党组|中心组|政协")  # (省人大常委会12日举行专题讲座: the body's own lecture)
_THEMED_BETWEEN = re.compile(r"以“[^“”\n]{2,40}”为主题的")
_NTH_PLENARY = re.compile(rf"第{NUMERAL}次(?:全体)?(?:代表)?会议")


def _quoted_sessions(hits: list[MeetingHit]) -> list[MeetingHit]:
    """A quoted session run on from the forum or body right before it, one meeting named whole:
    世界经济论坛|“达沃斯议程”对话会 (the forum alone is not the event told)."""
    out: list[MeetingHit] = []
    for h in hits:
        if out and out[-1].end == h.start and _QUOTED_SESSION.fullmatch(h.name):
            a = out.pop()
            h = MeetingHit(a.start, h.end, a.name + h.name, a.reported or h.reported, h.aliases, a.organizer)
        out.append(h)
    return out


# a 暨 name (one event's two names) read whole when it is its clause's subject, held: the clause's words up to the
# meeting read (全省医生工作暨“两癌”筛查工作总结表彰大会, …会议暨庆祝东洲人民政治协商会议成立50周年大会) and the
# part after 暨 run on to its kind (…研讨会暨同名图书海外版启动仪式, …大会暨第八届全省文博会, 、 within it)
_CLAUSE_HEAD = re.compile(r"(?:^|(?<=[，,。；;：:！？!?\n]))[ \u3000\t]*(?P<head>[^，,。；;：:、！？!?\s]{0,40})\Z")
# a commemoration opening its sentence before a comma and a 暨 name (纪念…成立25周年，|暨…大会): the name's first part
_MARKED_BEFORE = re.compile(r"(?:^|(?<=[。；;！？!?\n]))[ \u3000\t]*(?P<head>(?:纪念|庆祝)[^，,。；;：:、！？!?\s]{2,36}?(?:周年|华诞|诞辰))[，,]\Z")
_OF_WHAT = re.compile(r"(?<!党)的")  # …暨APEC框架下的|中越合作研讨会: the words after 暨 tell what the meeting is of, no name
_JOINED_PART = re.compile(r"暨[^，,。；;：:！？!?\s]{2,40}?(?:" + _TYPES_RE + "|" + _RITE + r"|会)")


def _joined_whole(text: str, hits: list[MeetingHit]) -> list[MeetingHit]:
    """Each hit inside a 暨 name held as its clause's subject widened to the whole name (_CLAUSE_HEAD,
    _JOINED_PART), the hits within it dropped: the golds hold such a name as one meeting, named whole."""
    out: list[MeetingHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue  # within the whole name just read
        if h.name.startswith("暨") and (lead := _MARKED_BEFORE.search(text, max(0, h.start - 42), h.start)):
            # 纪念…成立25周年，暨…表彰大会: one name, a comma slipped in before its 暨
            out.append(MeetingHit(lead.start("head"), h.end, lead["head"] + h.name, h.reported, (h.name[1:],), h.organizer))
            continue
        if h.name.startswith("暨") and len(h.name) > 3:
            h = dataclasses.replace(h, start=h.start + 1, name=h.name[1:])  # (…，暨B: A not read, B named alone, no 暨)
        head = _CLAUSE_HEAD.search(text, max(0, h.start - 41), h.start)
        after = _JOINED_PART.match(text, h.end) if text.startswith("暨", h.end) else None
        s, e = head.start("head") if head else h.start, after.end() if after else h.end
        if not ("暨" in text[s:h.start] or after):
            out.append(h)
            continue
        first = text.find("暨", s, e)
        s += len(text[s:first]) - len(_trim_meeting_left(text[s:first]))  # (由…主办的, 12日上午: not the name's)
        s += _name_cut(text[s:first])  # (李强宣布|, 习近平祝贺|, 组委会获悉|: the clause's, as in any name)
        if s < first and not _OF_WHAT.search(text, first, max(first, h.start)) and _HELD_AFTER.match(text, e) and not _clause_before(text[s:first]):
            while out and out[-1].start >= s:
                out.pop()  # 中央政协工作会议|暨…: a part, read again whole
            h = MeetingHit(s, e, text[s:e], True, (h.name,), h.organizer)
        out.append(h)
    return [_lead_in_cut(h) for h in out if not _inside_quoted_title(text, h)]


_QUOTED_REST = re.compile(r"[\u4e00-\u9fff]{1,20}”")


def _inside_quoted_title(text: str, h: MeetingHit) -> bool:
    """Whether ``h`` is a part of a longer name in quotes, after a —— (“最美中国人——庆祝…大会胜利召开美术作品展”):
    the exhibition's or book's title names the meeting, no meeting is told."""
    q = text.rfind("“", 0, h.start)
    return q >= 0 and "——" in text[q : h.start] and "”" not in text[q : h.start] and _QUOTED_REST.match(text, h.end) is not None


def _lead_in_cut(h: MeetingHit) -> MeetingHit:
    """``h`` without a lead-in before a —— in its name (迎来了一场国际盛会——|第二届…博览会); a state
    or region joined by it stays (中国——中东欧国家领导人会晤), as does a quoted theme (“攻坚克难——…”记者会) or a cited title's dash."""
    if (k := h.name.find("——")) <= 0 or h.name.startswith("“") and "”" in h.name[k:] or _IN_BOOK_TITLE.search(h.name[:k]) or _joined_parties(re.sub(r"^第[一二三四五六七八九十百\d]+[次届]", "", _trim_meeting_left(h.name[:k]))) or len(h.name) - k - 2 < 4:
        return h
    return dataclasses.replace(h, start=h.start + k + 2, name=h.name[k + 2 :])


def _clause_before(lead: str) -> bool:
    """Whether the words before a 暨 name's 暨 hold a title or a person's verb (国务院总理李强见证|, 张伟见证|):
    the clause's subject, no part of the name; a role before 会 (…会员代表大会) is the name's."""
    if any(not lead.startswith(("大会", "会"), m.end()) for m in grammar.any_role().finditer(lead)):
        return True
    return not lead.startswith(("《", "庆祝", "纪念")) and grammar.clause_words_end(lead) > 0  # (《听见》…, 庆祝…周年: the name's own words)


# what stands between a mission and the reception it holds: (在)中国驻法国大使馆|(近日也)举行的|国庆招待会
_MISSION_HOLDS = re.compile(r"(?:(?:\d{1,2}[日号]|今天|昨天|当天|近日|日前)(?:上午|下午|晚上|晚)?)?(?:也|还|同时)?(?:在[^，,。；;]{1,20}?)?(?:举行|举办)了?(?:隆重的|盛大的|的)?")


def _mission_holds(text: str, at: int) -> tuple[int, int] | None:
    """The span of the diplomatic mission that holds the reception named at ``text[at]``
    (中国驻法国大使馆举行的|国庆招待会, 中国驻荷兰大使馆举行|新春招待会): each mission's reception is its own
    event, named by its host; not one the text does not say whose (中国驻多国使领馆举办|国庆招待会)."""
    lo = max(0, at - 60)
    return next(((lo + a, lo + b) for a, b, _ in reversed(_embassies(text[lo:at])) if _MISSION_HOLDS.fullmatch(text, lo + b, at)), None)


_JOINED_BY = re.compile(r"、|和|及|以及|与")


def _nested(text: str, hits: list[MeetingHit]) -> list[MeetingHit]:
    """A meeting named right before another, both held, no word between (第二届东盟地区论坛|城市应急救援研讨班在南宁举办):
    the first names the series that holds the second, one meeting named whole."""
    out: list[MeetingHit] = []
    for h in hits:
        if out and h.start == out[-1].end and h.reported and out[-1].reported:
            p = out.pop()
            h = MeetingHit(p.start, h.end, text[p.start : h.end], True, (h.name,), h.organizer)
        out.append(h)
    return out


def _joint(text: str, hits: list[MeetingHit]) -> list[MeetingHit]:
    """Meetings listed as the subject of one opening (A和B12日在南宁开幕, A、B和C28日召开) are one
    joint event, named as written, its parts as aliases; a list after a verb (主持A、B和C) stays apart."""
    out: list[MeetingHit] = []
    run: list[MeetingHit] = []
    for h in [*hits, None]:
        if h is not None and run and h.start - run[-1].end <= 2 and _JOINED_BY.fullmatch(text, run[-1].end, h.start):
            run.append(h)
            continue
        if len(run) > 1 and _HELD_AFTER.match(text, run[-1].end):
            a, b = run[0].start, run[-1].end
            out.append(MeetingHit(a, b, text[a:b], any(r.reported for r in run), tuple(r.name for r in run)))
        else:
            out += run
        run = [h] if h is not None else []
    return out


_ENTRUSTS_AFTER = re.compile(r"委托|委派|指派")  # (受…会议委托: a meeting that entrusts someone)


_TWO_SITTINGS = re.compile(rf"(?P<pre>.*?)(?P<a>第{NUMERAL}次)(?:和|及|、)(?P<b>第{NUMERAL}次)(?P<kind>[\u4e00-\u9fff]*?(?:会议|会))")


def _clause_quote_before(text: str, s: int) -> bool:
    """Whether a short quote that opens its clause (“土耳其溪”…) ends right at ``s``."""
    q = _QUOTE_BEFORE.search(text, max(0, s - 44), s) if text[s - 1 : s] == "”" else None
    return q is not None and (q.start() == 0 or text[q.start() - 1] in "的，,。；;\n\u3000 ")


def _name_cut(name: str) -> int:
    """Where a meeting name really starts: after a verb of saying or deciding (a title line run
    into the text) or after a 》 or ” opened before the match, and the 即 that names it again (…协定》即|RCEP部长级会议)."""
    cut = max((m.end() for m in _SAYS_IN_NAME.finditer(name)), default=0)
    for opening, closing in ("《》", "“”"):
        depth = 0
        for i, c in enumerate(name):
            if c == opening:
                depth += 1
            elif c == closing:
                depth, cut = (depth - 1, cut) if depth else (0, max(cut, i + 1))
    for again in re.finditer(r"[》”]即", name):  # (a title the name opens on whole, read from the clause: 《…协定》即|EAPA…)
        cut = max(cut, again.end())
    return cut + 1 if cut and name[cut - 1] in "》”" and name.startswith("即", cut) else cut


_CONGRESS_LEVELS = "国省市县区州盟旗乡镇届"  # whose 人大 a congress is (全国|省|市…人大, 本届|十四届人大)


# a standing body named 会议 (亚信: 亚洲相互协作与信任措施会议; 联合国贸易和发展会议) whose sessions and forums it names
_BODY_NAMED_MEETING = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:信任措施会议|贸易和发展会议)(?=[\u4e00-\u9fff])")


def _after_of(name: str) -> int:
    """Where a meeting's name read whole starts after its last 的 (not 由…主办的, 为期两天的; but 党的建设工作会议)."""
    by = list(re.finditer(r"(?<!党)的", name))
    return by[-1].end() if by else 0


_LEADERS_NTH = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:国家|各国)(?:领导人|首脑|元首)第{NUMERAL}次(?:会晤|峰会|会议)$")


# a party's meeting named after what the party is (执政党|新国家党议员大会, 最大在野党|共同民主党…): the party names it
_PARTY_LEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:" + grammar.PARTY_SIDE + r")(?P<party>(?![与和及同跟])[\u4e00-\u9fff]{1,8}?党)(?![组委员建风政团])")
# (not 执政党|与反对党对话会议: a party list opens on no conjunction, the name stays whole)
# what a meeting is to its host, dropped from its name (出席了当地|…座谈会, 在执政党|…议员会议上)
_HOST_DROPPED = re.compile(r"(?:当地|" + grammar.PARTY_SIDE + r")$")
# a party whose name opens with 新 (新国家党, 新民主党), not cut to the body word after it (国家…)
_NEW_PARTY = re.compile(r"(?![与和及同跟])[\u4e00-\u9fff]{1,6}?党(?![组委员建风政团])")


def _meeting_start(name: str) -> str:
    """Drop leading words before the organisation that names the meeting."""
    if lead := _PARTY_LEAD.match(name):
        return name[lead.start("party") :]
    if re.match(r"[省市县区]里", name):
        return ""  # 参加市里会议: some meeting elsewhere
    if re.match(r"(\d{4}年)?(前?第?[一二三四1-4]季度|上半年|下半年|年度|全年)|(?:19|20)\d\d(?=[\u4e00-\u9fff])", name):
        return name  # 一季度重点项目建设调度会
    if grammar.PLACE_LIKE.match(name):
        return name
    if _LEADERS_NTH.match(name):
        return name  # 金砖国家领导人第十二次会晤: the group whose leaders meet names it, its 第 no start
    if _BODY_NAMED_MEETING.match(name):
        return name  # 亚洲相互协作与信任措施会议非政府论坛第二次会议: the body's own name opens it, no lead-in
    head = re.match(r"[\u4e00-\u9fff]{2,20}?(?:集团有限公司|股份有限公司|有限公司|集团|公司|大学|学院)", name)
    if head and grammar.org_ok(head.group()):
        return name  # 鸿泰交通投资集团有限公司第三届职工代表大会…
    if any(name[:k] in lexicons.organizations() for k in range(5, min(len(name), 20))):
        return name  # 人力资源和社会保障部新闻发布会: a known body's name opens it, 和 and all
    for i in range(len(name) - (3 if name.endswith(CORRIDORS) else 0)):  # (a corridor whole: 两会代表通道 is no county 通道's)
        rest = name[i:]
        if i and name[i - 1 : i + 1] in _WORDS_ENDING_IN_ORG_START:
            continue  # 农村|改革座谈会 is no 村…, 主席团|常务主席 no 团…
        if i and rest.startswith(_COUNTY_WORDS):
            continue  # 东亚|合作…会议 is no county 合作's (合作市): a word inside the name
        if i and _IN_BOOK_TITLE.search(name, 0, i):
            continue  # 《…体系2008——2012年工作规划》…交流会: a year inside a cited title opens no name
        if i and rest.startswith("人大") and name[i - 1] not in _CONGRESS_LEVELS:
            continue  # 世界机器|人大会: 人 ends a word (机器人, 工人); a congress is a level's (全国人大, 省人大)
        if re.match(r"\d{4}年", rest) and name[:i].endswith("论坛"):
            continue  # 博鳌亚洲论坛2021年年会: the forum's session of the year
        if rest.startswith(grammar.ORG_START + lexicons.countries() + ("第", "暨", "全省", "全市", "全县", "全区", "全州")) or re.match(rf"\d{{4}}年|{NUMERAL}届|{NUMERAL}国集团", rest) or lexicons.place_prefix(rest):
            return name[i - 1 :] if i and name[i - 1] == "新" and _NEW_PARTY.match(rest) else rest
    return name if len(_TITLE_INSIDE.sub("《》", name)) <= 10 else ""  # (a cited title one word: 《东川日报》创刊座谈会)


# counties whose short name is a common word a meeting's name holds (合作市, 友好区, 和平区, 互助县, 解放区…)
_COUNTY_WORDS = ("合作", "友好", "友谊", "和平", "互助", "振兴", "复兴", "解放", "前进", "光明", "共和", "平安")
_WORDS_ENDING_IN_ORG_START = frozenset(
    {"农村", "城市", "地区", "社区", "山区", "园区", "城区", "两院", "学院", "医院", "高校", "学校", "集团", "社团", "席团", "青团", "政党", "全党",
     "砖国", "盟国", "伯国", "中国", "展中"}  # 金砖|国家, 东盟|国家, 阿拉伯|国家, 发展中|国家 are no 国家… (发展|中国家 no 中国…)
)


def _trim_meeting_left(org: str) -> str:
    cut = 0
    for lm in _MEETING_LEFT.finditer(org):
        cut = lm.end()
    return org[cut:]


# --- organisations and places --------------------------------------------------------------

_ORG_RE = re.compile(
    r"(?<![\u4e00-\u9fff])?"
    r"(党中央|国务院|全国人大常委会|全国政协|中央政治局常务委员会|中央政治局常委会|中央政治局|中央军委|中共中央"
    r"|(?:中共)?[\u4e00-\u9fff]{0,6}?(?:省|市|县|区|州|镇|乡)(?:委常委会|委|人民政府|政府党组|政府|人大常委会|人大|政协|纪委监委|纪委|监委)"
    r"|[\u4e00-\u9fff]{2,20}?领导小组(?:办公室)?"
    r"|(?:[省市县区])[\u4e00-\u9fff]{1,10}?(?:局|委|厅|办公室|办公厅|办|法院|检察院|中心))"
)
# What every match of _ORG_RE holds at most 20 characters from its start (领导小组 after 2–20
# characters; a level after at most 中共 and 6), for the fast scan of ``_near``.
_ORG_ANCHOR = re.compile(r"中央|国务院|全国|[省市县区州镇乡]|领导小组")


def _has_level(org: str) -> bool:
    """Whether an organisation name says whose it is (市委, 县人大常委会, 某某集团党委), unlike a
    bare department stem (组织部, 政法委) that the gold conventions leave out."""
    return org.startswith(grammar.ORG_START + lexicons.countries()) or bool(grammar.PLACE_LIKE.match(org)) or bool(
        grammar.ENTERPRISE.search(org)
    ) or lexicons.place_prefix(org) is not None or grammar.party_committee(org) is not None  # 民革北京市委会: the party's, named whole


def _body(org: str) -> bool:
    """Whether a title's organisation part names a body, not only a state (国家|主席,
    俄罗斯|总统, 伊朗石油|部长, 中华人民共和国|主席)."""
    if org in ("国家", "中华人民共和国") or org in lexicons.countries():
        return False
    return not org.startswith(lexicons.countries()) or org.endswith(lexicons.org_suffixes() + lexicons.whole_orgs())


# The roles of a party's head (东帝汶重建全国大会党|主席, 喀麦隆人民民主联盟全国|主席, 某国工党|领袖) and the endings of a party's name
_PARTY_HEAD_ROLES = ("主席", "副主席", "总书记", "第一书记", "领袖", "领导人", "总裁", "党首", "党魁")
_PARTY_ENDS = ("党", "联盟", "运动", "阵线")


def _state_party(org: str, role: str) -> str | None:
    """The foreign party a leader's title names with its state (东帝汶重建全国大会党|主席, 喀麦隆人民民主联盟全国|主席:
    the party, not its 全国 rank), or None (美国两党|领导人, 中国共产党 of the table)."""
    org = org.removesuffix("全国")
    state = lexicons.country_at(org)
    end = next((e for e in _PARTY_ENDS if org.endswith(e)), "")
    mid = _PAIRED_AIMS.sub("", org[len(state) : len(org) - len(end)]).replace("共和", "")  # 正义与发展|党, 共和|党: no particle
    if role not in _PARTY_HEAD_ROLES or not state or not end or state in ("中国", "中华人民共和国") or not 2 <= len(org) - len(state) <= 14 \
            or org.count("“") != org.count("”"):  # 秘鲁人”党: a title read from inside the quotes
        return None
    one = grammar.one_party(mid + "党") and not grammar.ORG_BAD.search(mid) and "届" not in mid
    return org if one else None  # (grammar's test of one party: not 两党, 执政党, a house's 多数党; 共产党人党 keeps its 党)


_KIND_OF_PLACE = frozenset({"城市", "都市", "社区", "城区", "郊区", "山区", "园区", "城乡"})  # not 特区, 边区: bodies' own
_CENTRAL_OPENS = ("中共", "中央", "国务院", "全国", "国家")


def _foreign_paragraph(text: str, pos: int) -> bool:
    """Whether a foreign state is named in the paragraph before ``pos``: a bare 外交部长 there is
    that state's (叙利亚副总理兼外交部长, 埃及新内阁…国防部长坦塔维), not China's 外交部."""
    start = text.rfind("\n", 0, pos) + 1
    return any(c.group() not in ("中国", "中华人民共和国") for c in lexicons.country_re(not_after=("驻", "统")).finditer(text, start, pos))


_TOWNSHIP_BODY = re.compile(r"[\u4e00-\u9fff]{2,3}[镇乡](?:党委|人民政府|政府|人大|纪委)")  # 企沙镇党委|书记: a township the place list lacks
_COMMITTEE_WORD = r"(?:委会|民委员会)"  # after 村: 村委会, 村民委员会 (shared by the village patterns below)
_VILLAGE_BODY = re.compile(r"(?P<words>[\u4e00-\u9fff]{2,3}?)村(?:党总支部?|党支部|党委|村?" + _COMMITTEE_WORD + ")")  # the words before 村: a name, or a kind
_NO_VILLAGE_START = tuple("另非每各个这那本该")  # 另一个村, 非贫困村, 各个村: which village, untold


def _named_village_body(org: str, text: str) -> bool:
    """Whether a title's body is a named village's Party branch (小庙子村党支部|书记, 西和村党总支|书记): a
    village the place list lacks, by a name no common word writes (not 贫困村, 试点村, 下辖村, 两个村, 美丽乡村).
    jieba tags many a kind of village as a name (小康, 文明, 美丽, 山区, 淘宝) and lacks new ones (网红): a
    two-character name or a word of its dictionary is a village's only where the story names X村 again (not 张家庄,
    a three-character name with a village's ending)."""
    if not (m := _VILLAGE_BODY.fullmatch(org)):
        return False
    words, village = lexicons.common_words(), m.group("words")
    if village.startswith(_NO_VILLAGE_START) or "个" in village:
        return False
    surname_place = len(village) == 3 and village[-1] in _VILLAGE_END and words.get(village) in _NAME_TAGS  # 张家庄: jieba's name
    if (len(village) == 2 or village in words and not surname_place) and text.count(village + "村") <= text.count(org):
        return False  # 小康村党支部|书记 alone: a kind of village; 金星村党支部|书记…金星村: named twice
    return village[-1] + "村" not in words and all(w not in words or words[w] in (*_NAME_TAGS, "nrfg") for w in (village, village + "村")) \
        and words.get(village[:2], "n")[:1] not in "vmrdpca"  # 桃花|坪, not 下辖|村, 两个|村


_BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}(省|市|县|区|州|盟|旗|镇|乡|村)")
_LEVELS = frozenset("省市县区乡镇村")
_VILLAGE_BRANCH = re.compile(r"村(?:(?:党)?总?支部?(?:委员会)?|" + _COMMITTEE_WORD + ")")  # a village's party branch or committee, the village unnamed
# Two levels or more before a body's word (市县乡党委, 省区市人大常委会, 乡镇人大, 市、县政府): every locality's body, no one's
_PLURAL_LEVELS = re.compile(r"[省市县区乡镇村](?:、?[省市县区乡镇村])+(?:党委|委|人民政府|政府|人大常委会|人大|政协|纪委监委|纪委|监委)")


_LEVEL_OPENS_WORD = ("区域", "市场", "市民", "省会", "县城", "县域", "市区", "省份", "省级", "市级", "县级", "区级", "地级")
_NOT_UNIT_ENDING = ("格局", "布局", "大局", "全局", "结局", "开局", "开好局", "变局", "举办", "主办", "承办", "创办", "开办", "兴办", "市中心", "为中心")
_LEVEL_RANGE = ("以下", "以上")  # 省以下地方法院, 县以上政府: the bodies of every level in a range, no one body
_LEVEL_WORDS = ("特别行政", "自治", "特")  # 特别行政|区, 自治|区 (州, 县), 特|区: a level word of its own
_COUNT_WORD = re.compile(r"[一二三四五六七八九十百千两几\d]")
_DETERMINERS = frozenset("各该这那其每")
_NAME_TAGS = ("ns", "nr", "nrt", "nz")  # jieba's tags of places and names (夏威夷, 科罗拉多, 纽约)
_NOT_BEFORE_LEVEL = ("地市", "地县", "县市", "县乡", "乡镇")  # 地市政府: every prefecture's and city's government


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _owner_before(text: str, s: int, ends: set[int]) -> int | None:
    """How many characters before a relative body (州政府, 区政府 at ``text[s]``) its name takes
    when it is not a place the lexicon knows: 0 when the body stands alone (省委省政府, 当地县委,
    凭借镇政府), a level word (香港特|区政府, 资源|自治区政府), a foreign place (尼日利亚奥贡|州政府,
    科罗拉多|州政府, 加|州政府); None when it is no one body (该州政府, 两省政府, 多个州政府, 地市政府)."""
    lw = next((w for w in _LEVEL_WORDS if text.endswith(w, 0, s) and (w != "特" or text[s] == "区")), "")
    p = s - len(lw)
    if text[p - 1 : p] in _DETERMINERS:
        return None  # 各省政府, 该州政府
    if not p or not _cjk(text[p - 1]) or text[p - 1] in _BEFORE_BODY or text[p - 1] in _NOT_IN_NAME or text[p - 1] in "兼驻" or p in ends \
            or grammar.head_by(text, p - 1, p, s) >= 0:
        return len(lw)  # 到省人大工作, 责成驻省食药监局纪检组, 省委省政府, 以|市委书记X任组长的
    words = lexicons.common_words()

    def owner(a: int) -> int | None:  # the name opening at text[a], a state's before it (日本|冲绳, 伊拉克|库尔德)
        if any(ch in _NOT_IN_NAME for ch in text[a:p]) or _COUNT_WORD.search(text, a, p):
            return None
        state = lexicons.country_before(text, a)
        if state and text.count(state) < 2 and text[a:p] not in words:
            return None  # 马里|乌波尔市政府: a state's name the place's own may open (Mariupol, not Mali's)
        return s - a + len(state)

    named = None
    for a in (p - 4, p - 3, p - 2):  # a word ends at the level: 当地, 凭借, 多个; a name: 纽约, 日本|冲绳
        if a >= 0 and (tag := words.get(text[a:p])) is not None:
            if tag in ("m", "r", "q") or text[a] in _NOT_IN_NAME:
                return None
            if tag not in _NAME_TAGS and not lexicons.country_before(text, a) and not lexicons.country_at(text, a):
                return len(lw)
            named = a
            break
    else:
        for a in () if lw else (s - 3, s - 2, s - 1):  # the level ends a word: 加州, 全省, 该州, 地市
            if a >= 0 and (tag := words.get(w := text[a : s + 1])) is not None:
                if tag in ("m", "r", "q") or w in _NOT_BEFORE_LEVEL or w[0] in _NOT_IN_NAME:
                    return None
                if tag in _NAME_TAGS:
                    return owner(a)
                return None if words.get(text[max(0, a - 2) : a]) in ("m", "r", "q") or text[a - 1 : a] in _DETERMINERS else 0  # 多个|大区政府
    b = p  # a name the lexicon lacks: back to the clause's edge, a state or a direction (阿富汗南部|坎大哈)
    while b > p - 6 and b and _cjk(text[b - 1]) and text[b - 1] not in _BEFORE_BODY and not lexicons.country_before(text, b) \
            and text[b - 2 : b] not in _DIRECTION:
        b -= 1
    if b == p - 6:
        return owner(named) if named is not None else None  # 近年来|圣彼得堡市政府: the name the word list knows
    if b and text[b - 1].isdigit():
        return len(lw)  # 全国2800名|县委书记, 18组|省委宣讲团: a count, the body stands alone
    verb = 0 if lexicons.country_before(text, b) else next((k for k in (4, 3, 2) if words.get(text[b : b + k]) in ("v", "p", "c")), 0)
    return owner(b + verb) if b + verb < p else len(lw)  # 收复了包括|古赛尔市政府


def _only_places(words: str) -> bool:
    """Whether ``words`` are nothing but place names, each with or without its level (德州, 德州市昆山)."""
    while words:
        k = _place_before(words, len(words), "", range(min(7, len(words)), 1, -1))
        if not k and words[-1] in "省市县区州盟旗乡镇" and (bare := _place_before(words, len(words) - 1, words[-1], range(min(7, len(words) - 1), 0, -1))):
            k = bare + 1  # 德州|市
        if not k:
            return False
        words = words[: len(words) - k]
    return True


def _level_run(text: str, s: int) -> int:
    """Start of the run of level characters (省区市, 县乡, 市、县) that ends at ``text[s]``."""
    while s and (text[s - 1] in _LEVELS or text[s - 1] == "、" and s > 1 and text[s - 2] in _LEVELS):
        s -= 1
    return s


def _foreign_centre_before(text: str, s: int) -> str:
    """The foreign party's short form right before a central body's name (越共|中央宣教部), or ""."""
    return next((p for c in lexicons.foreign_centres() if text.endswith(p := c.removesuffix("中央"), 0, s)), "")


_ROLE_WORDS_END = re.compile(r"(?:原(?:党组|党委|副)?|常务|荣誉|名誉)$")  # words of the role at a body's end (市委原|书记)


# A state's body or house that opens the second title of a chain after 兼 (古巴国务委员会主席兼部长会议主席,
# 泰国国会主席兼下议院议长): the state's own
_CHAIN_STATE_BODIES = ("部长会议", "国务委员会", "政府", "内阁", *lexicons.FOREIGN_HOUSES)


def _whole_unit(name: str) -> bool:
    """Whether a body named with the head's unit the title leaves out of its role is a whole name where the
    body without it is none, and part of a body named before it (新疆军区后勤部, not 新疆军区后勤; never 国际部 alone)."""
    return resolve.org(name[:-1], None, "d") is None and resolve.org(name, None, "d") is not None \
        and any(resolve.org(name[:k], None, "d") is not None for k in range(2, len(name) - 2))  # a body it is part of (新疆军区), not 国际|部长 alone


def _state_ministry(name: str) -> bool:
    """Whether ``name`` is a foreign state's ministry of a kind China's table names (俄罗斯国防部, 埃及财政部)."""
    state = lexicons.country_at(name)
    return bool(state) and state not in ("中国", "中华人民共和国") and getattr(lexicons.organizations().get(name[len(state) :]), "kind", None) == "department"


def _find_orgs(text: str, titles: list[Title]) -> list[tuple[int, int, str]]:
    out: dict[tuple[int, int], str] = {}
    places = lexicons.places()
    table = lexicons.organizations()
    party, state, chain_end = "", "", -1  # a foreign party (越共中央政治局委员、中央书记处书记) or state (朝鲜…、国务委员会…) a chain lists
    for t in titles:
        org = t.org.removesuffix("前任") if t.org else t.org  # 国际足联前任|主席: the body is 国际足联
        if t.role == "代表" and grammar.HONOURED.search(org or ""):
            continue  # 全国先进基层党组织|代表: one speaking for those an honour names, no body
        if _RELATIVE_BODY.fullmatch(org or "", len(org or "") - 2) and _HONOURED_HEADS.search(org, 0, len(org) - 2):
            continue  # 全国优秀县委|书记X: an honour he won, no one county's committee
        org = _ROLE_WORDS_END.sub("", org)  # 广州市委原|书记, 中央书记处常务|书记, …联合会荣誉|主席: the role's words, not the body's
        if t.role in grammar.TEACHERS:
            org = _SUBJECT_GRADE.sub("", org)  # 某中学语文|教师, 某小学二级|教师: the school
        tenure = len(org) - len(org := grammar.TENURE_IN.sub("", org))  # 委内瑞拉现任国民议会|主席: the body is 委内瑞拉国民议会
        if inside := grammar.former_inside(org, t.role):
            if "\u4e00" <= text[t.start - 1 : t.start] <= "\u9fff" and text[t.start - 1] not in "、兼":
                continue  # ，华|润微电子有限公司原…: a title the grammar did not read from its start names no body
            org = org[: inside.end("unit") if inside["unit"] else inside.end("body")]  # 山西焦煤集团|原纪委书记, 金屏村|原党支部书记: the body before the former post
        if not (t.start == chain_end + 1 and text[chain_end] in "、兼"):
            party = state = ""
        chain_end = t.end
        if centre := next((c for c in lexicons.foreign_centres() if org.startswith(c)), None):
            party = centre.removesuffix("中央")
            out[(t.start, t.start + len(org) + tenure)] = org  # 越共中央, 越共中央政治局: that party's body
            continue
        if party and org.startswith("中央"):
            out[(t.start, t.start + len(org) + tenure)] = party + org  # …、中央书记处书记: 越共中央书记处, not China's
            continue
        if party and org and org not in table and not _has_level(org.removeprefix("国际")):
            continue  # 朝鲜劳动党中央…、国际部部长: the party's department, whose name the text leaves short
        if state and (org == "国务委员会" or org in _CHAIN_STATE_BODIES and text[t.start - 1] == "兼"):
            out[(t.start, t.start + len(org) + tenure)] = state + org  # 朝鲜劳动党委员长、国务委员会委员长: 朝鲜国务委员会
            continue  # 古巴国务委员会主席兼部长会议主席: 古巴部长会议
        state = state or lexicons.country_at(org or "")
        if unit := org and grammar.head_unit(t.role) and t.role[-2] not in org and (org + t.role[-2] in table or _state_ministry(org + t.role[-2])) \
                and text.startswith(t.role[-2], t.start + len(org) + tenure):
            org += t.role[-2]  # 外交|部长, 中国外交|部长: the body is 外交部; 俄罗斯国防|部长: 俄罗斯国防部
        elif org and not state and (head := grammar.head_unit(t.role)) and text.startswith(head, t.start + len(org) + tenure) \
                and _whole_unit(org + head):  # (not a foreign state's ministry, 德国外交|部长: the golds differ)
            org += head  # 新疆军区后勤|部长: the body is 新疆军区后勤部, never the fragment 新疆军区后勤
        if org not in table and (party_name := _state_party(org, t.role)):
            out[(t.start, t.start + len(party_name))] = party_name  # 东帝汶重建全国大会党|主席: the party its leader heads
            continue
        if org in table and table[org].level == "national" and org not in _NOT_ALONE and (unit or not _has_level(org)):
            ok = not _foreign_paragraph(text, t.start) and not _local_congress_before(text, t.start, org)  # 外交部 of 外交部长王毅;
            # not of 叙利亚副总理兼外交部长, nor 法工委 of 湖南省人大常委会副主任、法工委主任
        else:
            ok = org and org not in places and not _BARE_PLACE.fullmatch(org) and (_has_level(org) or _TOWNSHIP_BODY.fullmatch(org) or _named_village_body(org, text)) and _body(org) \
                and not _PLURAL_LEVELS.match(org) and not _VILLAGE_BRANCH.fullmatch(org)  # 各乡镇党委|书记: every township's; 村支部|书记: which village's, untold
        if ok:
            out[(t.start, t.start + len(org) + tenure)] = org  # not 岚州市 of 岚州市市长, nor 组织部 of 组织部部长
    for m in _near(_ORG_RE, _ORG_ANCHOR, 20, text):
        s, e = m.span(1)
        name = m.group(1)
        level = re.search(r"[省市县区州镇乡]", name)
        head = name[: level.start()].removeprefix("中共") if level else ""
        rel = next((i for i in range(len(name) - 1, -1, -1) if _RELATIVE_BODY.fullmatch(name, i)), None)
        if level and rel is not None and rel > level.start() and not _only_places(name[level.start() + 1 : rel + 1].lstrip("省市县区州")):
            head, level = name[:rel], re.compile(".").match(name, rel)  # 德州市按照山东|省委: the body's level is the last
        if head and head not in places and head + name[level.start()] not in places:
            # 要认真抓好省委 -> 省委, 由海南省人民政府 -> 海南省人民政府: only a known place may come before the level
            s += level.start()
            s -= _place_before(text, s, name[level.start()], range(max(len(head) - 1, 7), 1, -1))  # (新疆维吾尔自治|区委: a place may open before the match)
            name = text[s:e]
        at = s + (level.start() if level and name[0] not in "省市县区州" else 0)  # the level's own word: 市中心, not 安巴尔|省
        if at < len(text) and text[at] in "省市县区" and (text.startswith(_LEVEL_OPENS_WORD, at) and text[at + 1 : at + 3] not in lexicons.common_words() or name.endswith(_NOT_UNIT_ENDING) or re.search("[两三四五几各多]级", name)
                                      or text[at + 1 : e] in ("地委", "盟委") or text[at - 1 : at].isdigit() or text.startswith(_LEVEL_RANGE, at + 1)):
            continue  # 区域发展格局, 省级人大常委, 区级政府主办, 两级党委, 以省会城市为中心, 四川的县|地委, 第18|区…警察局, 省以下…法院: no body
            # (but 郴州市|民族宗教局, 县|城市管理局: a word opens after the level)
        if name[0] in "省市县区" and text[s - 1 : s] == "级":
            continue  # 副省级|市政协, 地级|市政府: every city of a rank, no one city's body
        if name[0] in _LEVELS and _PLURAL_LEVELS.match(text, _level_run(text, s)):
            continue  # 市县乡党委, 县乡政府: the bodies of every locality of those levels, no one body
        if name[0] in "省市县区州" and not _RELATIVE_BODY.fullmatch(name) and s and "\u4e00" <= text[s - 1] <= "\u9fff":
            if (k := _place_before(text, s, name[0], (7, 6, 5, 4, 3, 2, 1))) and _new_area_tail(text, s, k):
                k = 0  # 扩大|新区管委会, 重大|新区党工委: a county's short form (大新, 安新) as the tail of a new area the list lacks
            elif k > 2 and text[s - k : s + 1].endswith("新区"):
                k += _place_before(text, s - k, "", (4, 3, 2))  # 河北|雄安新区党工委: the province before a new area the list knows
            if k:
                s -= k  # 山东|省德州市审计局: the place the level belongs to
                name = text[s:e]
            elif text[s - 1] not in _BEFORE_BODY and text[s - 1] not in "省市县区州" and any(text[a : s + 1] in lexicons.common_words() for a in range(max(0, s - 3), s)):
                continue  # 社|区服务中心, 直辖|市党委, 地|区安全委: the level ends another word
            elif text[s - 1] not in "省市县区州":
                if (k := _owner_before(text, s, {b for _, b in out})) is None:
                    continue  # 大约距弗格森|市警察局, 巴黎第18|区试图闯入警察局: no place of ours, no name read
                s -= k
                name = text[s:e]
        elif _RELATIVE_BODY.fullmatch(name) and text[max(0, s - 1) : s + 1] in _KIND_OF_PLACE:
            continue  # 城|市政府, 社|区委: the level ends a kind of place (城市政府 are cities' governments, none named)
        elif _RELATIVE_BODY.fullmatch(name) and s:
            if (k := _owner_before(text, s, {b for _, b in out})) is None:
                continue  # 该州政府, 山西吉林两省政府: no one body
            s -= k  # 尼日利亚奥贡州政府, 香港特区政府: the name the level belongs to
            name = text[s:e]
        if text[s - 1 : s] == "驻":
            continue  # 中央人民政府驻|香港特别行政区联络办公室: an office named after its host
        if name.endswith(("领导小组", "领导小组办公室")) and (cut := _CONJOINED_CENTRAL.search(name)):
            s, name = s + cut.end(), name[cut.end() :]  # 中央决策部署和|中央应对疫情工作领导小组: the group is the one after 和
        if name.endswith(_ROOMS):
            continue  # 武汉市客厅|方舱医院: a room's word, no department
        if name.endswith("人大") and text.startswith("会堂", e) or name.endswith("办") and (text[e : e + 1] == "公" or name.endswith("通办")):
            continue  # 海南省人大|会堂: a hall; 雄安新区规划建设现场办|公会: a meeting; 京津跨自贸区通办: a service (一网通办), no office
        if name.startswith("年") and text[s - 1 : s].isdigit():
            s, name = s + 1, name[1:]  # 2019|年中央巡视工作领导小组: the year's word is no part of the group's name
        if _CLAUSE_IN_ORG.search(name) and not _place_after_level(name):
            k = [m.end() for m in _CLAUSE_IN_ORG.finditer(name)][-1]
            if not grammar.org_ok(name) or not _body_after_clause(name[k:]):
                continue  # 青州市去年一共办|, 自贸区与国际金融中心, 重庆某镇政府: a clause or two bodies, no one body
            s, name = s + k, name[k:]  # 城区通往|北京冬奥组委, 天津市和|中央军委: the body the clause names after its verb
        if name.endswith("委") and name[-2] not in "省市县区州镇乡" and text.startswith("员会", e) or name.endswith(_COMMITTEE_SHORT) and text.startswith("会", e) and not text.startswith(("会议", "会见", "会同", "会上"), e):
            e = e + 2 if text.startswith("员会", e) else e + 1  # 北京市旅游发展委|员会, 雄安新区管委|会: the committee's name goes on
            name = text[s:e]
        if name.endswith("中心") and (text[e : e + 1] in "小中学医幼校卫" or text[e : e + 2] in ("城市", "城区") or name.endswith("副中心")):
            continue  # 卢湾一中心|小学: the name goes on; 副中心|城市, 城市副中心: a part of a city, no body
        if name[0] == "市" and text[max(0, s - 2) : s] == "直辖":
            continue  # 直辖|市委员会: the provinces and municipalities, no one city's committee
        if name.endswith("办") and lexicons.common_words().get(text[e - 3 : e - 1]) in ("d", "m"):
            continue  # 打破审批逐个|办: an adverb before the verb, no office
        if name[-1] in "办局" and text[e - 1 : e + 1] in lexicons.common_words() and text[e : e + 2] not in lexicons.common_words():
            continue  # 按市场规律和法律法规办|事, 区域局|势: a word, not a body's name (but 教育局|面向)
        if name.startswith("中央") and _foreign_centre_before(text, s):
            continue  # 越共|中央政治局: that party's (read with its name below)
        if name.startswith("届") and (k := next((k for k in range(max(0, s - 4), s) if (m := grammar.EDITION_OPENS.match(text, k)) and m.end() == s + 1), None)) is not None:
            s, name = k, text[k:e]  # 第24|届冬奥会工作领导小组: the edition's number (digits, which _ORG_RE starts after) opens the name too
        if name.endswith(("领导小组", "领导小组办公室")) and not grammar.org_ok(name):
            # 落实|中央应对疫情工作领导小组部署: the group's name opens at a central body's word
            k = next((k for k in range(1, len(name) - 4) if name.startswith(_CENTRAL_OPENS, k) and grammar.org_ok(name[k:])), 0)
            s, name = s + k, name[k:]
        if _RELATIVE_BODY.fullmatch(name) and _HONOURED_HEADS.search(text, max(0, s - 8), s) and text.startswith("书记", e):
            continue  # 全国优秀|县委书记, 17名|县委书记: the heads an honour names or a count, no one county's committee
        if len(name) >= 2 and grammar.org_ok(name) and not any(a <= s < b for a, b in out):
            out[(s, e)] = name
    named = _contingents(text) + _agencies(text) + _session_bodies(text) + _army_units(text) + _named_orgs(text) + _regional_bodies(text)  # 四川达县地委 over the 县地委 the level pattern read
    for s, e, name in named:
        inside = [(a, b) for a, b in out if a < e and s < b]
        if inside and all(s <= a and b <= e and b - a < e - s for a, b in inside):
            for k in inside:
                del out[k]  # 中共中央|办公厅, 国务院|办公厅: the lexicon's longer form is the name
    for s, e, name in named + _state_bodies(text) + _delegations(text) + _foreign_houses(text) + _lone_ministries(text) + _foreign_parties(text) + _apposed_parties(text) + _quoted_groups(text) + _universities(text) + _institutions(text) + _teams(text) + _village_committees(text) + _national_teams(text) + _place_bodies(text) + _bilateral_committees(text) + _armed_groups(text) + _listed_branches(text) + _opening_services(text) + _memorials(text) + _administrations(text) + _kinds_of_government(text) + _embassies(text) + _speaking_seats(text) + _region_bodies(text) + _garrisons(text):
        inside = [(a, b) for a, b in out if a < e and s < b]
        if inside and all(s <= a and b <= e and b - a < e - s and out[(a, b)].endswith(_SEAT_BODIES) for a, b in inside):
            for k in inside:
                del out[k]  # 美国白宫|国家经济委员会: the body the seat's name opens is the name
            inside = []
        if not inside:
            out[(s, e)] = name
    _listed_committees(text, out)
    _owned_committees(text, out)
    _owned_cppcc_standing(text, out)
    _listed_places(text, out)
    _shared_place(text, out)
    _listed_institutions(text, out)
    _party_groups(text, out)
    _term_committees(text, out)
    opening = {a + 1 for a, _ in (m.span() for m in _TREATY_TITLE.finditer(text))} if "《" in text else set()
    untitled = _TREATY_TITLE.sub("", text) if opening else text
    return [(s, e, n) for (s, e), n in sorted(out.items()) if not _one_of_a_kind(n) and not _CLAUSE_VERB.search(n) and (s not in opening or n in untitled)]


# What follows a place's level inside a read name where a clause ran into it: a conjunction (北京市与|国家知识产权局, 中央和|各级…),
# a count or an indefinite (浦东新区一|农产品中心, 重庆某|镇政府), an adverb or a time (青州市去年一共|办, 重庆市已建成|…中心, 县都补齐|…),
# a verb (湖南省永州市完善|政务服务中心, 前汪村利用|村委会, 城区通往|…组委); or a preposition before the place (以|市委, 兼|满洲省委)
_CLAUSE_IN_ORG = re.compile(
    r"(?:[省市县区州镇乡村]|中央)(?P<w>[和与]|一(?!站式|体化)|某|已|刚|都(?!市)|曾|正在|去年|今年|当时|目前|首任|完善|利用|做|帮|通往)|某[省市县区州镇乡村]|^(?:以|兼)"
)
# An honour or a count just before a level's committee and its secretary (全国优秀|县委书记, 有17名|县委书记): the heads
# of many counties, no one county's committee
_HONOURED_HEADS = re.compile(r"(?:优秀|先进|模范|最美|十佳|[\d一二两三四五六七八九十百千几多]+[名位])$")
_CONJOINED_CENTRAL = re.compile(r"[和与](?=中央|中共|国务院)")  # 中央决策部署和|中央应对疫情工作领导小组
_ROOMS = ("客厅", "大厅", "餐厅", "展厅", "门厅", "舞厅")  # 武汉市客厅|方舱医院: a room's word, not the 厅 of a department
_COMMITTEE_SHORT = ("管委", "村委", "居委", "执委")  # 新区管委|会, 村委|会: the committee's 会 after its short form


def _new_area_tail(text: str, at: int, k: int) -> bool:
    """Whether the place of ``k`` characters before a 区 at ``text[at]`` is the tail of a new area's name (扩大|新区: 大新 is
    a county, 大新县, whose short form ends in 新), not an area or district the place list knows by that name (雄安新区, 清新区)."""
    place = text[at - k : at]
    return text[at] == "区" and place.endswith("新") and place + "区" not in lexicons.places() and at > k and _cjk(text[at - k - 1])


def _body_after_clause(rest: str) -> bool:
    """Whether the words after a clause inside a read name are a body's whole name: one the table knows (中央军委) or a
    place's body (北京冬奥组委, 满洲省委), not a bare kind (政务服务中心, 国际金融中心, 民办)."""
    return rest in lexicons.organizations() or len(rest) >= 4 and lexicons.place_prefix(rest) is not None and grammar.org_ok(rest)


def _place_after_level(name: str) -> bool:
    """Whether every clause word ``_CLAUSE_IN_ORG`` finds in ``name`` opens a place (天津市|和平区, 河池市|都安…县,
    随州市|曾都区): a place's own name, no clause."""
    places = lexicons.places()
    return all(m["w"] is not None and any(name[m.start("w") : m.start("w") + k] in places for k in (2, 3, 4, 5))
               for m in _CLAUSE_IN_ORG.finditer(name))


# A verb that opens a clause (going, meeting, winning, waging) inside a read name (英国并来到|议会, 两国元首步入|博物馆, 北京以视频方式会见|清华大学,
# 联盟赢得|议会): a clause ran into the body's name, which opens after the verb; no body of that span
_CLAUSE_VERB = re.compile("来到|步入|走进|会见|赢得|实行|围剿|出兵")  # (not 会晤: 中俄总理定期会晤委员会)


# A treaty's title opened by a body's name (《联合国气候变化框架公约》, 《联合国宪章》): a word of the treaty's
# name, no mention of the body unless the text writes it elsewhere too (but 《中国加入世界贸易组织议定书》,
# 《…组织成员国关于…的协定》 tell of it)
_TREATY_TITLE = re.compile(r"《(?![^《》]*关于)[^《》]*(?:公约|宪章|议程|协定|协议|议定书|条约)》")


# One or more of a kind counted (一所小学, 一家法院, 一座城市文化博物馆, 第一所小学, 数所医院, 香港六所大学): no body's name
_ONE_OF_A_KIND = re.compile(r"(?<![统唯万])" + _COUNT + "[所家座个间]")


def _one_of_a_kind(name: str) -> bool:
    """Whether a body's name counts one of a kind: a numeral and a classifier before a word (一所|小学, 三家|医院),
    not a place's own numeral and character (五家渠市委 of the lexicon, 三间房乡党委, 八所镇党委: no word after)."""
    places, words = lexicons.places(), lexicons.common_words()
    for m in _ONE_OF_A_KIND.finditer(name):
        s, e = m.span()
        if name[e : e + 2] in words and not any(name[a:b] in places for a in range(max(0, s - 2), s + 1) for b in range(e + 1, e + 4)):
            return True
    return False


_PARTY_GROUPS = ("党组", "党委")


def _party_groups(text: str, out: dict[tuple[int, int], str]) -> None:
    """A lexicon body's or a university's own Party group or committee written after it (最高人民检察院党组,
    国资委党委, 全国政协党组, 同济大学党委): a body of its own beside the body (not 中国共产党|党组工作条例)."""
    table = lexicons.organizations()
    for (s, e), name in list(out.items()):
        if (name in table or name.endswith(("大学", "学院"))) and not name.endswith("党") and text.startswith(_PARTY_GROUPS, e) and (s, e + 2) not in out:
            out[(s, e + 2)] = name + text[e : e + 2]


_LEAGUE = "中国共产主义青年团"
# A term of a party's central committee told by its number (十八届中央委员会, 第十二届中央常务委员会):
# not 新一届中央 (no number), nor 中央委员 (a member's title)
_TERM_COMMITTEE = re.compile(rf"(?<![新上下本每历这该各])第?{lexicons.TERM}中央(?:常务委员会|监督委员会|委员会)")


def _term_committees(text: str, out: dict[tuple[int, int], str]) -> None:
    """A term's central committee or its standing committee by its number: named with the party written right
    before it (中国致公党|第十四届中央委员会, the party kept too); told bare, with the party or league the story named
    last before it (致公党中央主席…代表十四届中央常务委员会: 中国致公党十四届中央常务委员会), else as written (the CPC's)."""
    table = lexicons.organizations()
    for m in _TERM_COMMITTEE.finditer(text) if "届中央" in text else ():
        s, e = m.span()
        if _taken(out, s, e):
            continue
        owners = [((a, b), name) for (a, b), name in sorted(out.items()) if b <= s and _term_owner(name, table)]
        if owners and owners[-1][0][1] == s:
            out[(owners[-1][0][0], e)] = owners[-1][1] + m.group()  # 九三学社|第十三届中央委员会
            continue
        owner = _term_owner(owners[-1][1], table) if owners and not text.endswith("党的", 0, s) else "中国共产党"
        out[(s, e)] = m.group() if owner == "中国共产党" else owner + m.group()


def _term_owner(name: str, table: dict) -> str | None:
    """The party or league whose central committee a body's name stands for (致公党中央 -> 中国致公党, 共青团), if any."""
    entry = table.get(name)
    if entry is not None and (entry.kind == "party" or entry.name == _LEAGUE):
        return entry.parent or entry.name
    return name if name.endswith("党") else None


_LISTED_COMMITTEE = re.compile(r"、(?P<name>(?!全国|中共|中央|国务院)[\u4e00-\u9fff]{2,14}?委员会)")


def _listed_committees(text: str, out: dict[tuple[int, int], str]) -> None:
    """Committees listed after one whose owner the first item names (全国人大法律委员会、外事委员会、
    常委会代表资格审查委员会): each is that owner's, named with it (全国人大外事委员会)."""
    for (s, e), name in list(out.items()):
        owner = next((o for o in ("全国人大", "全国政协") if name.startswith(o)), None)
        pos = e
        while owner and name.endswith("委员会") and (m := _LISTED_COMMITTEE.match(text, pos)):
            a, b = m.span("name")
            if (a, b) in out:
                pos = b  # 、财政经济委员会、外事委员会: a bare form the lexicon found; the list goes on
                continue
            if any(x < b and a < y for x, y in out) or any(ch in _NOT_IN_NAME for ch in m.group("name")):
                break
            out[(a, b)] = owner + m.group("name")
            pos = b


_COMMITTEE_OWNERS = ("全国人大", "全国政协")


@lru_cache(maxsize=1)
def _owned_committee_re() -> re.Pattern[str]:
    # the special committees of the NPC and the CPPCC by the organisation table's short forms, their owner left off
    own = {e.short.removeprefix(o) for e in lexicons.organizations().values() for o in _COMMITTEE_OWNERS
           if e.short.startswith(o) and e.short.endswith("委员会") and not e.short.startswith(o + "常委会")}
    return re.compile(rf"(?:(?<=[、，,：:；;和与及])|^)(?:{lexicons.alternation(own)})", re.M)


def _taken(out: dict[tuple[int, int], str], s: int, e: int) -> bool:
    """Whether the span ``s``–``e`` overlaps a body already read."""
    return any(a < e and s < b for a, b in out)


def _owned_committees(text: str, out: dict[tuple[int, int], str]) -> None:
    """A special committee written bare in a sentence that named its owner before (全国政协办公厅…的汇报和…、港澳台侨委员会,
    全国政协原常委、外事委员会原主任): that owner's committee (全国政协外事委员会), where the table has one by that name."""
    if not any(o in text for o in _COMMITTEE_OWNERS):
        return
    table = lexicons.organizations()
    for m in _owned_committee_re().finditer(text):
        s, e = m.span()
        start = grammar.sentence_start(text, s)
        owner = max(_COMMITTEE_OWNERS, key=lambda o: text.rfind(o, start, s))
        if text.rfind(owner, start, s) >= 0 and owner + m.group() in table and not _taken(out, s, e):
            out[(s, e)] = owner + m.group()


_BARE_CPPCC_STANDING = "政协常委会"


def _owned_cppcc_standing(text: str, out: dict[tuple[int, int], str]) -> None:
    """A bare 政协常委会 (委员们审议政协常委会工作报告) in a sentence that named a level's CPPCC before it
    (全国政协, 省政协): that CPPCC's standing committee (全国政协常委会); none where no CPPCC is named."""
    for m in re.finditer(_BARE_CPPCC_STANDING, text):
        s, e = m.span()
        if not (_opens_name(text, s) or lexicons.common_words().get(text[max(0, s - 2) : s], "")[:1] == "v") or _taken(out, s, e):
            continue  # 湖南省政协常委会: named with its level, read above (审议|政协常委会: a verb opens it)
        start = grammar.sentence_start(text, s)
        owners = [n for (a, b), n in sorted(out.items()) if start <= a and b <= s and n.endswith("政协") and _has_level(n)]
        if owners:
            out[(s, e)] = owners[-1] + "常委会"


def _listed_places(text: str, out: dict[tuple[int, int], str]) -> None:
    """Places listed before one whose body the list shares (内蒙古自治区、山东省、湖南省人民政府,
    北京市、湖南省委, 江苏、江西省纪委监委): each place's own body of that word."""
    places = lexicons.places()
    for (s, e), name in list(out.items()):
        place = lexicons.place_prefix(name)
        if place is None or text[s - 1 : s] != "、" or not _RELATIVE_BODY.fullmatch(name[len(place.name) - 1 :] if name.startswith(place.name) else ""):
            continue
        body = name[len(place.name) :]
        pos = s - 1
        while text[pos : pos + 1] == "、" and (k := _place_before(text, pos, "", (7, 6, 5, 4, 3, 2))):
            item = places[text[pos - k : pos]][0]
            if item.level != place.level or any(a < pos and pos - k < b for a, b in out):
                break
            out[(pos - k, pos)] = item.name + body
            pos -= k + 1


# A place's body listed after its party committee with the place written once (新疆维吾尔自治区党委、人民政府, 湖南省委、政府和纪委)
_SHARED_PLACE_BODY = re.compile(r"[、和及](人民政府|政府|人大常委会|人大|政协|纪委监委|纪委)(?!部门|机关|官员|有关|办公)")


def _shared_place(text: str, out: dict[tuple[int, int], str]) -> None:
    """Bodies listed after a known place's party committee that share its place (内蒙古自治区党委、政府和纪委):
    each is that place's (内蒙古自治区政府, 内蒙古自治区纪委), named with it on its own words."""
    for (s, e), name in list(out.items()):
        place = lexicons.place_prefix(name)
        if place is None or not name.startswith(place.name) or name[len(place.name) :] not in ("党委", "委"):
            continue
        pos = e
        while (m := _SHARED_PLACE_BODY.match(text, pos)) and not any(a < m.end() and m.start(1) < b for a, b in out):
            out[m.span(1)] = place.name + m.group(1)
            pos = m.end()


_MEMORIAL = re.compile("纪念馆|博物馆|博物院")
_VISIT = ("参观", "瞻仰", "走进", "前往", "考察", "走访")


def _memorials(text: str) -> list[tuple[int, int, str]]:
    """A memorial hall or museum named by a person, an event or a place (艾思奇纪念馆, 台儿庄大战纪念馆,
    南湖纪念馆, 蛇口改革开放博物馆): the name opens after a clause's edge or a verb of visiting; not a
    kind (自然历史博物馆, 乐器博物馆, 各类博物馆) nor a clause (下拨博物馆)."""
    out = []
    for m in _MEMORIAL.finditer(text):
        p, e = m.span()
        a = next((a for a in range(p - 2, max(0, p - 10) - 1, -1) if _opens_name(text, a) or text[a - 2 : a] in _VISIT), None)
        mid = text[a:p] if a is not None else ""
        if not re.fullmatch(r"[\u4e00-\u9fff]+", mid) or any(ch in _NOT_IN_NAME for ch in mid) or mid.startswith(("各", "地方", "一些", "国际")):
            continue
        if _proper(mid) or mid in lexicons.places() or mid[:-1] in lexicons.places() and mid[-1] in _LEVELS:
            out.append((a, e, text[a:e]))
    return out


# A commission two states keep together, named by their one-character forms (中俄能源合作委员会, 中哈合作委员会,
# 美中贸易全国委员会, 沙中高级别联合委员会, 中巴高层协调与合作委员会): China's and the other state's character side by side,
# then the commission's words. Not 日中国共产党… (a date's 日, then 中国), 俄中央选举委员会 (a state's own body),
# 非中小企业… (the small firms).
_BILATERAL_COMMITTEE = re.compile(
    r"(?:中[俄美日韩朝德法英意西葡希荷比瑞芬挪丹奥匈捷波塞乌白哈吉塔土伊沙阿埃巴印蒙老柬缅泰越菲新澳加欧非拉古]"
    r"|[俄美日韩朝德法英意西葡希荷比瑞芬挪丹奥匈捷波塞乌白哈吉塔土伊沙阿埃巴印蒙老柬缅泰越菲新澳加欧非拉古]中)"
    r"(?![国央共方小华心部期间东西南北])[\u4e00-\u9fff]{1,12}?委员会")


_CLAUSE_IN_PAIR = re.compile(r"双方|[要应]")  # 中古|双方要用好…混合委员会: a clause after the pair, no name


def _bilateral_committees(text: str) -> list[tuple[int, int, str]]:
    """Commissions two states keep together, named by the pair of their one-character forms (中俄能源合作委员会,
    哈中合作委员会): the pair opens the name where no word runs over its first character (not 集中…)."""
    out = []
    at = 0
    while m := _BILATERAL_COMMITTEE.search(text, at):
        s, e = m.span()
        mid = m.group()[2:-3]
        if any(ch in _NOT_IN_NAME and ch != "与" for ch in mid) or _CLAUSE_IN_PAIR.search(mid) or any(text[a : s + 1] in lexicons.common_words() for a in range(max(0, s - 2), s)):
            at = s + 1  # 中美和|中俄能源合作委员会: the name may open later in the run
            continue
        out.append((s, e, m.group()))
        at = e
    return out


_LISTED_KINDS = ("党", "大学", "学院", "银行", "实验室", "纪念馆", "博物馆", "博物院", "研究院", "研究所", "集团", "公司", "协会", "学会", "基金会", "中学", "小学", "医院")
_LIST_JOINS = "、和与及"


def _listed_institutions(text: str, out: dict[tuple[int, int], str]) -> None:
    """Bodies of one kind listed beside one already found (对花旗银行、汇丰银行、摩根大通银行和瑞士银行,
    新四军纪念馆、台儿庄大战纪念馆): each item a short name ending in that kind, with no particle,
    number or longer word in it."""
    for (s, e), name in list(out.items()):
        kind = next((k for k in _LISTED_KINDS if name.endswith(k)), None)
        if kind is None:
            continue
        pos = e  # later items: 、X银行 … 和Y银行
        while pos < len(text) and text[pos] in _LIST_JOINS:
            m = kind == "公司" and _LEGAL_ITEM.match(text, pos + 1) or re.compile(rf"[\u4e00-\u9fff]{{2,8}}?{kind}").match(text, pos + 1)
            if not m or not _listed_item(text, *m.span(), kind, out):
                break
            out[m.span()] = m.group()
            pos = m.end()
        pos = s  # earlier items: 对花旗银行、|汇丰银行
        while pos > 1 and text[pos - 1] == "、" and text.endswith(kind, 0, pos - 1):
            b = pos - 1
            reach = 14 if _LEGAL_FORM.search(text, max(0, b - 8), b) else 8  # 、东风汽车集团有限公司: the legal form's words too
            a = next((a for a in range(b - len(kind) - 2, max(0, b - len(kind) - reach) - 1, -1) if _opens_name(text, a) and not (a and text[a - 1] in "（）()")), None)
            if a is None or not _listed_item(text, a, b, kind, out):
                break
            out[(a, b)] = text[a:b]
            pos = a


_ORDINAL_ONLY = re.compile(rf"第{NUMERAL}")
# A company listed by its registered name (东风汽车集团有限公司, 华润（集团）有限公司): the legal form names one company
_LEGAL_TAIL = r"(?:[（(]集团[）)])?(?:股份)?有限(?:责任)?公司"
_LEGAL_FORM = re.compile(_LEGAL_TAIL + "$")
_LEGAL_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}?" + _LEGAL_TAIL)


def _listed_item(text: str, a: int, b: int, kind: str, out: dict[tuple[int, int], str]) -> bool:
    """Whether ``text[a:b]`` reads as one listed body of ``kind``: no particle of a clause in it, no
    kind of body (各大银行, 科技公司), no longer word running on, nothing found there already."""
    item = text[a:b]
    if item.endswith("政党") or _ORDINAL_ONLY.fullmatch(item, 0, len(item) - len(kind)):
        return False  # 中国共产党与世界政党: a kind of party; 附属第一医院和|第二医院: the first item's name shared, not written
    return not any(ch in _NOT_IN_NAME for ch in item) and not item.startswith(("各", "多", "等", "其他", "有关", "相关")) \
        and text[b : b + 1] not in _INSTITUTION_RUNS_ON and not any(x < b and a < y for x, y in out) \
        and (kind == "党" or (_registered(item[: legal.start()]) if (legal := _LEGAL_FORM.search(item))
                             else _proper(mid := item[: -len(kind)]) is not False or mid in lexicons.places()))  # 广州实验室, 救国党; not 科技公司


# Kinds of ownership written before a legal form (国有独资有限公司): a type of company, no company's name
_OWNERSHIP = ("国有独资", "外商独资", "中外合资", "中外合作", "合资", "独资", "一人")


def _registered(words: str) -> bool:
    """Whether the words before a legal form (有限公司) name one company (西岭能源, 开滦, a place, a state's: 中国|航天科技集团,
    中国|证券登记结算, or four characters or more of common words: 东风汽车集团): not a kind (科技, 国有独资), a clause
    (有|科技) nor a word of the place (当地)."""
    return bool(_proper(words) or _company_name(words) or words in lexicons.places() or lexicons.country_at(words)) \
        or len(words) >= 4 and words not in lexicons.common_words() and not words.startswith(_OWNERSHIP + ("有", "是", "在"))


_REGIONAL = re.compile(r"地委|盟委|军区")
_DIRECTION = ("东部", "西部", "南部", "北部", "中部")


def _regional_bodies(text: str) -> list[tuple[int, int, str]]:
    """A prefecture's or league's party committee (新疆阿克苏地委, 兴安盟盟委, 中共绥德地委, 四川达县地委)
    and a military region (兰州军区, 吉林省军区, 济南军区党委, 俄罗斯东部军区): the body's word right
    after a known place (or a state and its part); never a kind (各地委, 大军区, 省军区) nor a word
    running through the place (当地委托)."""
    out = []
    for m in _REGIONAL.finditer(text):
        a, e = m.span()
        if text[e : e + 1] in ("员", "托", "屈", "婉"):
            continue  # 联盟委员会, 当地委托
        s = a - _place_before(text, a, "", (5, 4, 3, 2)) if text[a - 2 : a] not in _DIRECTION else a  # not 南部 (a county's name)
        if s == a and m.group() == "军区" and text[a - 2 : a] in _DIRECTION and (country := lexicons.country_before(text, a - 2)):
            s = a - 2 - len(country)  # 俄罗斯东部军区
        if s < a and (k := _province_before(text, s)):
            s -= k  # 新疆|阿克苏地委
        elif s == a and m.group() == "地委" and text[a - 1 : a] in "县市":
            for c in range(a - 2, max(0, a - 4) - 1, -1):  # 四川|达县地委: a county the list no longer has, after its province
                if not any(ch in _NOT_IN_NAME for ch in text[c:a]) and (k := _province_before(text, c)):
                    s = c - k
                    break
        if s == a or any(text[i : s + 1] in lexicons.common_words() for i in range(max(0, s - 2), s)):
            continue
        if text[s - 2 : s] == "中共":
            s -= 2
        if m.group() == "军区" and text.startswith("党委", e):
            e += 2
        out.append((s, e, text[s:e]))
    return out


_HEADS_BODIES = ("政府", "内阁")  # a government or a cabinet named after its head


# the surnames the news calls a Japanese premier's cabinet or government by (安倍内阁, 野田政府); not the first half
# of any four-character name (阮氏|玉, 林郑|月娥)
_JAPANESE_PREMIERS = frozenset({"安倍", "野田", "岸田", "福田", "麻生", "石破", "鸠山", "小泉", "桥本", "小渊", "村山", "细川", "宫泽", "竹下", "中曾根"})


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The public figures of the lexicon and the surnames of Japan's premiers (安倍 of 安倍晋三: 安倍内阁)."""
    return lexicons.public_figures() | _JAPANESE_PREMIERS


def _administrations(text: str) -> list[tuple[int, int, str]]:
    """A state's government or cabinet named after its well-known head (特朗普政府, 卡梅伦政府, 安倍内阁): the
    head a public figure of the lexicon or such a premier's surname (not 政权, a regime the golds leave out:
    巴沙尔政权)."""
    heads = _heads()
    out = []
    for body in _HEADS_BODIES:
        for p in grammar.occurrences(text, body):
            if k := next((k for k in range(8, 1, -1) if k <= p and text[p - k : p] in heads), 0):
                out.append((p - k, p + 2, text[p - k : p + 2]))
    return out


# A government by its kind (联邦政府, 看守政府, 过渡政府, 临时政府, 民族团结政府): one body where it stands,
# with its state's name before it if written (澳大利亚联邦政府); never one still to be formed (组建过渡政府)
# nor the army (政府军, but 民族团结政府军队 names the government too)
_GOVERNMENT_KIND = re.compile(f"(?:{'|'.join(lexicons.GOVERNMENT_KINDS)})政府(?!军(?!队))")
_FORMED = re.compile(r"(?:组建|建立|组成|成立|组织)(?:[^，,。；;]{0,12}的|一个)?$")  # 组成有完全执政能力的|过渡政府
_TO_BE_FORMED = re.compile(f"(?:{lexicons.PLANNED})[^，,。；;]{{0,16}}?(?:成立|组建|组成)")  # 过渡政府将于明年成立, 预计…成立
# Words before a kind that name whom it governs where no state's name is (中华民国, 上海特别市), not 该国
_TERM_OF_KIND = ("前", "新一任", "上一任", "新一届", "本届", "现任", "新任")  # 前|过渡政府总理: which term, not whose
_GOVERNED = re.compile(r"[\u4e00-\u9fff]{2,7}[国市省]")


def _kinds_of_government(text: str) -> list[tuple[int, int, str]]:
    """A government named by its kind (``_GOVERNMENT_KIND``), from where its name opens (``_governed``); none
    of a kind the story says is to be formed."""
    found = [(s, m) for m in _GOVERNMENT_KIND.finditer(text) if (s := _governed(text, m.start())) is not None]
    formed = {m.group() for s, m in found if _FORMED.search(text, max(0, s - 16), s) or _TO_BE_FORMED.match(text, m.end())}  # 组建过渡政府，由过渡政府任命…: each mention
    return [(s, m.end(), text[s : m.end()]) for s, m in found if m.group() not in formed]


def _governed(text: str, k: int) -> int | None:
    """Where a kind of government at ``text[k]`` opens: before its state's name (埃及, 利 of 利比亚 named
    alone) or another body's (中华民国), at the kind where a name may open; None after any other word (新)."""
    if state := lexicons.country_before(text, k):
        return k - len(state)
    if _opens_name(text, k) or _after_verb(text, k) or text.endswith(_TERM_OF_KIND, 0, k):
        return k
    if lexicons.STATE_ABBREVIATIONS.get(text[k - 1]) or text[k - 1] in _initial_states(text):
        return k - 1
    p = next((p for p in range(k - 2, max(-1, k - 8), -1) if _opens_name(text, p)), None)
    return p if p is not None and _GOVERNED.fullmatch(text, p, k) else None


def _army_units(text: str) -> list[tuple[int, int, str]]:
    """Units of the armed forces named by their number or kept anonymous (第12集团军, 91708部队, 火箭军某部)
    and fleets (东海舰队), with the state before a fleet (俄罗斯黑海舰队, 俄黑海舰队)."""
    out = []
    if not any(a in text for a in lexicons.ARMY_ANCHORS):
        return out  # the pattern opens with optional words: scanning a text that holds none of its words costs
    for m in lexicons.ARMY_UNIT.finditer(text):
        s = m.start()
        if m.group().endswith("舰队"):
            s -= len(lexicons.country_before(text, s)) or _state_one_before(text, s)
        out.append((s, m.end(), text[s : m.end()]))
    return out


_PLA_ONLY = frozenset({"火箭军", "战略支援部队", "联勤保障部队"})  # services no other state's news names so
_BRANCH_RUNS_ON = re.compile(r"某|第|[\u4e00-\u9fff]{0,4}?(?:队|兵|舰|大学|学院|基地|医院)")
_BRANCH_JOIN = re.compile("[、和及]")
_BRANCH_LIST = re.compile("(?:{0})(?:[、和及](?:{0}))+".format("|".join(lexicons.PLA_BRANCHES)))


def _listed_branches(text: str) -> list[tuple[int, int, str]]:
    """The PLA's services listed by their names (从陆军、海军、空军、火箭军、战略支援部队…): each a body
    when the list holds a service only the PLA has and stands alone, not a theatre's (战区|陆军、空军),
    another state's (美军停飞了空军、海军; 俄罗斯的陆军、海军…和火箭军) nor running into a longer name (…海军|陆战队)."""
    out = []
    if not any(b in text for b in _PLA_ONLY):
        return out
    for m in _BRANCH_LIST.finditer(text):
        s, e = m.span()
        items = _BRANCH_JOIN.split(m.group())
        if not _PLA_ONLY & set(items) or s and _cjk(text[s - 1]) and text[s - 1] not in _NOT_IN_NAME or _country_in_clause(text, s):
            continue
        if _BRANCH_RUNS_ON.match(text, e):
            items.pop()  # …、海军|陆战队, …火箭军|某部: the last item opens a longer name
        for item in items:
            out.append((s, s + len(item), item))
            s += len(item) + 1
    return out


_OPENING_SERVICE = re.compile(r"(?:^|(?<=[\n。！？；]))({})(?!部(?!署))".format("|".join(lexicons.PLA_SERVICES)))
_SENTENCE_END = re.compile(r"[\n。！？；]")
_SERVICE_LOOKBACK = 200  # characters before a sentence's service where a foreign state makes it that state's
# a foreign or Taiwan force named by its short form (美军, 以军, 台湾当局): its service, not the PLA's
_FOREIGN_FORCE = re.compile(r"[美俄英法德日韩朝叙以伊土印越菲澳乌]军(?![事队区民委训工官费械舰人演])|北约|台军|台湾当局|台当局|台湾地区领导人")


def _opening_services(text: str) -> list[tuple[int, int, str]]:
    """A PLA service that opens a sentence (海军第26批护航编队今天起航, 空军出动侦察机…): the PLA's, where no foreign
    state nor foreign or Taiwan force is named in the text just before it nor in its sentence (美国…。空军随后, 美军…。海军: theirs)."""
    out = []
    for m in _OPENING_SERVICE.finditer(text):
        s, e = m.span(1)
        end = m2.start() if (m2 := _SENTENCE_END.search(text, e)) else len(text)
        if not any(c.group() not in ("中国", "中华人民共和国") for c in lexicons.country_re(not_after=("驻", "统")).finditer(text, max(0, s - _SERVICE_LOOKBACK), end)) \
                and not _FOREIGN_FORCE.search(text, max(0, s - _SERVICE_LOOKBACK), end):
            out.append((s, e, m.group(1)))
    return out


def _province_before(text: str, at: int, lengths: tuple[int, ...] = (3, 2)) -> int:
    """Length of a province's name right before ``text[at]`` (新疆|阿克苏地委, 陕西省|富平县警方); 0 if none."""
    k = _place_before(text, at, "", lengths)
    return k if k and any(p.level == "province" for p in lexicons.places()[text[at - k : at]]) else 0


_PLACE_BODY = re.compile(lexicons.alternation(lexicons.PLACE_BODIES))


def _place_bodies(text: str) -> list[tuple[int, int, str]]:
    """A place's police or people's organisation (广西警方, 陕西省富平县警方, 广东省文联, 浙江残联,
    宁波市慈善总会, 安康救助站): a known place (its province before it) right before the body's word,
    no word running into it; a level alone (省文联) is the article's locality's, not named here."""
    out = []
    for m in _PLACE_BODY.finditer(text):
        s = m.start() - _place_before(text, m.start(), "", (7, 6, 5, 4, 3, 2))
        if s == m.start():
            continue
        if k := _province_before(text, s, (4, 3, 2)):
            s -= k  # 陕西省|富平县警方
        if _opens_name(text, s) or not any(text[a : s + 1] in lexicons.common_words() for a in range(max(0, s - 2), s)):
            out.append((s, m.end(), text[s : m.end()]))  # (支持|香港警方; not a word that runs into the place)
    return out


# A village's committee written as a body (村委会 standalone, 青湾村村委会), not the unit of a title (村委会主任) nor a law
_BUILDING_AFTER = ("广场", "大院", "大楼", "办公楼", "院子", "门口", "门前")  # 村委会广场, 立法会大楼: the body's place, not the body
_VILLAGE_COMMITTEE = re.compile(r"村" + _COMMITTEE_WORD + r"(?!原|主任|副主任|委员|成员|干部|书记|组织法|法|" + "|".join(_BUILDING_AFTER) + ")")
_NOT_ONE_BEFORE = _DETERMINERS | frozenset("个些多")  # 各村委会, 该…; 60多万个村委会, 很多村委会: a count, no one committee
_PAIRED_COMMITTEE = re.compile(r"(?:居委会|居民委员会|社区)[和与及或、]$|^[和与及或、](?:居委会|居民委员会|社区)")  # 社区居委会和村委会: both kinds


def _village_committees(text: str) -> list[tuple[int, int, str]]:
    """A village committee named as a body: with its village where the name is one (``_named_village_body``:
    扎西岗村村委会, 塔元庄村委会), else bare (村委会; 该村村委会) where it is one committee (``_one_committee``)."""
    out = []
    for m in _VILLAGE_COMMITTEE.finditer(text):
        s, e = m.span()
        lengths = (4, 3) if text[s - 1 : s] == "村" else () if text[s - 1 : s] in _NAME_OPENS else (3, 2)
        # 扎西岗村|村委会, or the village's 村 shared: 塔元庄|村委会 (not 场地由|村委会: a particle ends no village's name)
        if (k := next((k for k in lengths if s >= k and _opens_name(text, s - k) and _named_village_body(text[s - k : e], text)), 0)):
            out.append((s - k, e, text[s - k : e]))
        elif _one_committee(text, s, e):
            out.append((s, e, m.group()))
    return out


def _one_committee(text: str, s: int, e: int) -> bool:
    """Whether a bare 村委会 at ``text[s:e]`` is one committee, not the class: no determiner, count or word of many
    before it (各村委会, 各地|所有|60多万个村委会), no kind of village (农村村委会; 该村村委会 is one), no other kind beside it."""
    word = lexicons.common_words().get(text[max(0, s - 2) : s])
    if text[s - 1 : s] == "村":
        return word != "n" and text[s - 2 : s - 1] not in ("各", "每")  # 农村|村委会, 各村|村委会: a kind; 该村|村委会: one
    return text[s - 1 : s] not in _NOT_ONE_BEFORE and word not in ("r", "b") \
        and not _PAIRED_COMMITTEE.search(text[max(0, s - 6) : s]) and not _PAIRED_COMMITTEE.search(text[e : e + 6])


_TEAM = re.compile(r"中央(?:第[一二三四五六七八九十]{1,3})?(?:巡视|宣讲|指导|督导)[组团]|(?:扶贫|帮扶)工作队")


def _teams(text: str) -> list[tuple[int, int, str]]:
    """A team the centre sends (中央巡视组, 中央第八巡视组, 中央宣讲团, 中央指导组) or a poverty-relief work team
    (扶贫工作队, 驻村|帮扶工作队): bodies the news names, not their members (工作队员) nor 队伍."""
    return [(m.start(), m.end(), m.group()) for m in _TEAM.finditer(text) if text[m.end() : m.end() + 1] not in ("员", "伍")]


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """Every province-level division's whole and short name (福建省, 福建): the owners of contingents, garrisons, delegations."""
    return frozenset({n for ps in lexicons.places().values() for p in ps if p.level == "province" for n in (p.name, p.short)})


# A contingent China or a province sends, by its batch or its destination (中国第五批赴马里维和部队, 海军第二十四批
# 护航编队, 福建第十批援宁工作队, 中国援加蓬医疗队, 江苏省援藏医疗分队): not 一支援鄂医疗队 nor 派遣医疗队 (no owner nor batch),
# nor its members (医疗队员) or ranks (工作队伍)
_CONTINGENT_KINDS = r"(?:医疗分队|医疗队|维和部队|护航编队|工作队|救援队)(?![员伍长])"
_CONTINGENT_DEST = r"(?:赴|援|支援)(?:[^\W\d_和与及、的等派遣]|[（）]){1,8}?"  # 赴刚果（金）
_CONTINGENT_BATCH = r"(?:第[一二三四五六七八九十百]{1,4}批|首批)"  # not 第37批: a name with digits gets no node, and would hide 海军


@lru_cache(maxsize=1)
def _contingent_re() -> re.Pattern[str]:
    provinces = _province_names()
    owner = "(?:" + lexicons.alternation(provinces | {"中国海军", "中国", "海军", "解放军", "军队"}) + ")"
    return lexicons.guarded(rf"(?P<owner>{owner})?{_CONTINGENT_BATCH}(?P<dest>{_CONTINGENT_DEST})?(?P<kind>{_CONTINGENT_KINDS})"
                            rf"|{owner}{_CONTINGENT_DEST}{_CONTINGENT_KINDS}")


# The forces stationed in a province, named by it (驻青海部队, 驻新疆武警部队, 驻渝部队, 驻疆部队): the body a leader's
# visit or greeting names. Not the capital's (驻京部队官兵代表: a crowd in a list, which the golds leave out), nor
# 驻训部队 (troops in training: no place); Hong Kong's and Macao's are the lexicon's
_PROVINCE_INITIALS = "津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川黔滇陕甘青新疆藏桂蒙"  # (not 宁: 驻宁 is as often Nanjing)


@lru_cache(maxsize=1)
def _garrison_re() -> re.Pattern[str]:
    provinces = _province_names() - {"北京", "北京市"}
    return re.compile(f"驻(?:{lexicons.alternation(provinces)}|[{_PROVINCE_INITIALS}])(?:武警)?部队")


def _garrisons(text: str) -> list[tuple[int, int, str]]:
    """The forces stationed in a province (see _garrison_re), as written."""
    return [(m.start(), m.end(), m.group()) for m in _garrison_re().finditer(text)] if "部队" in text else []


_ABROAD_KINDS = ("护航编队", "维和部队")  # only ever sent abroad: the batch alone names them (第17批护航编队; not 第二批工作队)


def _contingents(text: str) -> list[tuple[int, int, str]]:
    """A contingent sent by batch or to a destination, named with its sender where written (see _CONTINGENT_KINDS)."""
    if "队" not in text:
        return []
    return [(m.start(), m.end(), m.group()) for m in _contingent_re().finditer(text)
            if not m["kind"] or m["owner"] or m["dest"] or m["kind"] in _ABROAD_KINDS]


# A foreign state's agency by its field (美国联邦航空管理局, 英国气象局, 俄罗斯对外情报局, 加拿大公共卫生署): the state,
# at most 8 more characters of the name (no conjunction, verb or particle), then the field and 局/署; a closed list
# of fields, as 局 and 署 end many words (格局, 当局, 部署, 签署)
_AGENCY_FIELDS = ("管理", "保护", "情报", "安全", "调查", "气象", "统计", "新闻", "执法", "航空", "消防", "检查", "规划",
                  "卫生", "发展", "环境", "移民", "税务", "邮政", "专利", "航天", "宇航", "能源", "难民", "审计", "海警")
_AGENCY_MID = r"[^\W\d_和与及、的在对将向从是为被并也已就等把]{0,8}?"


@lru_cache(maxsize=1)
def _agency_re() -> re.Pattern[str]:
    states = {c for c in lexicons.countries() if c != lexicons.HOME and len(c) >= 2}
    return lexicons.guarded(f"({lexicons.alternation(states)}){_AGENCY_MID}(?:{lexicons.alternation(_AGENCY_FIELDS)})总?[局署](?![长势面])")


def _agencies(text: str) -> list[tuple[int, int, str]]:
    """A foreign state's agency named with the state where a name opens or after a verb (see _AGENCY_FIELDS)."""
    if "局" not in text and "署" not in text:
        return []
    out = []
    for m in _agency_re().finditer(text):
        s, e = m.span()
        s += next((k for k in range(len(m[1]), e - s - 3) if lexicons.country_at(text[s + k : e])), 0)  # 俄罗斯政府代表访问|美国航天局: the last state's
        if (_opens_name(text, s) or _after_verb(text, s)) and "兼" not in text[s:e] and "机构" not in text[s:e]:
            out.append((s, e, text[s:e]))  # (not 联合国副秘书长兼环境署: two titles joined; not 德国情报机构联邦情报局: what it is, then its name)
    return out


# A congress's own bodies (大会秘书处, 大会主席团, 代表资格审查委员会, 常委会法制工作委员会) and an NPC session's presidium
# (十三届全国人大四次会议主席团, its own body each session), named as written where a name opens (a list's 、 is
# _listed_committees' to read)
_SESSION_EDGE = r"(?:(?<![\u4e00-\u9fff、])|(?<=[和与及的了由向对于]))"
_NPC_SESSION = rf"第?{lexicons.TERM}全国(?:人大|人民代表大会)第?[一二三四五六七八九十]+次会议"
_SESSION_BODY = re.compile(
    rf"{_SESSION_EDGE}大会(?:秘书处|主席团)|{_SESSION_EDGE}{_NPC_SESSION}主席团"
    rf"|(?:(?:{lexicons.TERM})?全国人大常委会|{_SESSION_EDGE}常委会)(?:代表资格审查委员会|法制工作委员会)"
    rf"|{_SESSION_EDGE}代表资格审查委员会"
)
_SESSION_BODY_WORDS = ("秘书处", "主席团", "代表资格审查委员会", "法制工作委员会")  # one of them is in every match
_CPPCC = "中国人民政治协商会议全国委员会"


@lru_cache(maxsize=1)
def _cppcc_term_re() -> re.Pattern[str]:
    # the term's standing committee and special committees by the organisation table's names (提案委员会, 社会和法制委员会)
    own = {n.removeprefix(_CPPCC) for n in lexicons.organizations() if n.startswith(_CPPCC) and n.endswith("委员会") and n != _CPPCC}
    return re.compile(rf"(?:中国人民政治协商会议|政协)第?{lexicons.TERM}全国委员会(?:{lexicons.alternation(own)})?")


def _session_bodies(text: str) -> list[tuple[int, int, str]]:
    """A congress's own bodies, named as written: the secretariat, the presidium (a session's), the
    credentials committee and the standing committee's legislative affairs commission; and a term's
    national committee of the CPPCC by its formal name (政协第十三届全国委员会, …常务委员会), read whole."""
    out = [(m.start(), m.end(), m.group()) for m in _cppcc_term_re().finditer(text)] if "届全国委员会" in text else []
    if not any(w in text for w in _SESSION_BODY_WORDS):
        return out  # the pattern opens on look-behinds only, so a plain scan tries it at every character
    return out + [(m.start(), m.end(), m.group()) for m in _SESSION_BODY.finditer(text) if not any(a <= m.start() < b for a, b, _ in out)]


# China's national team of a sport (中国田径队, 国家雪橇队, 中国残奥女子轮椅篮球队): not 中国队 nor 国家队 (any
# team of the story's), nor a member (队员) or the team's ranks (队伍); 中国女排, 中国女篮: the golds differ on them
_NATIONAL_TEAM = re.compile(
    r"(?:中国(?:国家)?|国家)(?:残奥|青年|少年)?(?:[男女]子)?(?:" + lexicons.alternation(lexicons.SPORTS) + r")队(?![伍长])"
)


def _national_teams(text: str) -> list[tuple[int, int, str]]:
    """China's national sports teams (中国游泳队, 国家滑雪队); after a state (美国|国家游泳队)
    the team is that state's, named with it."""
    out = []
    for m in _NATIONAL_TEAM.finditer(text):
        s, e = m.span()
        if m.group().startswith("国家") and (country := lexicons.country_before(text, s)):
            s -= len(country)
        out.append((s, e, text[s:e]))
    return out


@lru_cache(maxsize=1)
def _delegation_re() -> re.Pattern[str]:
    provinces = _province_names()
    provinces |= {"中国", "中国体育", "中国党政", "香港", "澳门", "香港特区", "澳门特区", "解放军", "武警"}
    states = lexicons.country_re(foreign=True, not_after=("内", "驻")).pattern  # not 常驻联合国代表团: a mission
    return re.compile("(?:" + lexicons.alternation(provinces) + "|" + states + ")代表团")


def _delegations(text: str) -> list[tuple[int, int, str]]:
    """A province's, a region's, China's or a foreign state's delegation (福建代表团 at the National People's
    Congress, 中国体育代表团, 中国党政代表团, 芬兰代表团): a body the news names, written as place + 代表团;
    and each province listed before a congress's province delegation that shares its word, the deliberation
    told right after (参加内蒙古、青海代表团审议: 内蒙古代表团 too)."""
    if "代表团" not in text:
        return []
    out = []
    for m in _delegation_re().finditer(text):
        out.append((m.start(), m.end(), m.group()))
        owner, start = m.group()[:-3], m.start()
        if owner == "武警" and text.endswith(_ARMY_AND, 0, start):
            owner, start = "解放军", start - len(_ARMY_AND)  # 福建、解放军和武警代表团: the army's and the police's one delegation
        if (owner in _province_names() or owner == "解放军") and "审议" in text[m.end() : m.end() + 5]:
            out += _listed_provinces(text, start, "代表团")  # (not a games' ranking, 山东、辽宁、…解放军代表团: the golds list none)
    return out


_ARMY_AND = "解放军和"


_DELEGATION_JOINS = frozenset("、和")


def _listed_provinces(text: str, s: int, word: str) -> list[tuple[int, int, str]]:
    """The provinces listed right before ``text[s]`` (内蒙古、甘肃、河南、|福建代表团), each joined by 、 or 和:
    each one's own body of ``word``, named as written; the list ends at any other word."""
    provinces, out = _province_names(), []
    while text[s - 1 : s] in _DELEGATION_JOINS:
        k = next((k for k in range(max(map(len, provinces)), 1, -1) if text[s - 1 - k : s - 1] in provinces), 0)
        if not k:
            break
        s -= k + 1
        out.append((s, s + k, text[s : s + k] + word))
    return out


_EMBASSY = re.compile(rf"驻(?P<hosts>[\u4e00-\u9fff、]{{1,16}}?)(?P<kind>{lexicons.MISSION_KINDS})")
_OWN_MISSION = re.compile(lexicons.MISSION_KINDS)
_HOST_JOIN = re.compile("[和与]驻?")  # not 及: 埃及 (nor 、: the golds keep 中国驻澳大利亚、新西兰使领馆 one)
_OWN_STATE = ("我国", "我")  # the news's own state, sending a mission
_NO_HOST = tuple("外各多全所有该")  # 驻外使馆, 驻多国使馆: every mission, none named
_CHINA_HOSTS = ("华", "中国")  # 我驻华使馆: a mission in China is never the news's own state's
_CLAUSE_EDGES = "，,。；;！？\n"


def _foreign_words(text: str, z: int) -> bool:
    """Whether ``text[z]`` stands in the words of a speaker a foreign state opens, said right
    before (巴基斯坦总统表示，|我驻…使馆): his 我 is his state's, not China's. (Windows of 40
    characters: the speaker's clause is short.)"""
    lo = max(0, z - 40)
    c = max(text.rfind("，", lo, z), text.rfind(",", lo, z), text.rfind("：", lo, z))
    if c < 0 or not any(_SAYS.fullmatch(text, c - k, c) for k in (1, 2)):
        return False
    lo = max(0, c - 40)
    edge = max(text.rfind(ch, lo, c) for ch in _CLAUSE_EDGES)
    if edge < 0 and lo > 0:
        return False  # a clause longer than the window: no speaker read
    state = lexicons.country_at(text, edge + 1)
    return bool(state) and state != "中国"


def _mission_host(item: str) -> bool:
    """Whether ``item`` names the state or city a mission is in: a state (越南), its one-character
    form (美驻以使馆), a state and its city (韩国济州) or a place the word list knows (旧金山)."""
    if not item:
        return False
    if (state := lexicons.country_at(item)) == item:
        return True  # (埃及 holds a particle's character)
    if item.startswith(_NO_HOST):
        return False
    if len(item) == 1:
        return item not in _NOT_IN_NAME
    return foreign_place(item[len(state) :]) and (not state or len(item) - len(state) in (2, 3, 4))  # (加尔各答 holds 各)


def foreign_place(word: str) -> bool:
    """Whether the word list tags ``word`` a place or a name and it is no Chinese place (旧金山, 济州, 巴格达)."""
    return lexicons.common_words().get(word) in _NAME_TAGS and word not in lexicons.places()


def _state_one_before(text: str, p: int) -> bool:
    """Whether a state's one-character form (美, 俄) stands right before ``text[p]``, no word running through it (搬迁美|驻以使馆, not 欧美)."""
    return text[p - 1 : p] in lexicons.STATE_ABBREVIATIONS and not any(text[a:p] in lexicons.common_words() for a in range(max(0, p - 3), p - 1))


def _embassies(text: str) -> list[tuple[int, int, str]]:
    """A state's embassy or consulate: the sender, 驻 and the host (中国驻肯尼亚大使馆, 美驻以使馆,
    中国驻旧金山总领馆), each host of a list joined by 和 its own (中国驻马来西亚和越南大使馆: two), or
    the state's name alone before it (马来西亚大使馆, 美国使馆); not one the text does not say whose
    (我驻外使领馆, 有关驻外使领馆, 美英等国驻伊大使馆); the story's other forms of one mission named as it
    (``_one_mission``)."""
    if "馆" not in text:
        return []
    out = []
    for m in _EMBASSY.finditer(text):
        z, e = m.start(), m.end()
        sender = lexicons.country_before(text, z)
        if not sender and _state_one_before(text, z):
            sender = text[z - 1]  # 美驻以使馆
        hosts = m.group("hosts")
        if not sender and hosts not in _CHINA_HOSTS and not _foreign_words(text, z):  # never 我驻华使馆, nor a foreign speaker's 我
            sender = next((w for w in _OWN_STATE if text.endswith(w, 0, z)), "")  # 我驻坦桑尼亚使馆, 我国驻朝使馆: China's, as written
        items = [hosts] if lexicons.country_at(hosts) == hosts else _HOST_JOIN.split(hosts)
        if not sender or not all(_mission_host(h) for i in items for h in i.split("、")):
            continue
        if len(items) == 1:
            out.append((z - len(sender), e, text[z - len(sender) : e]))
            continue
        at = m.start("hosts")
        for item in items:  # 中国驻马来西亚和越南大使馆: 中国驻马来西亚大使馆, 中国驻越南大使馆
            at = text.index(item, at)
            a, b = (z - len(sender), at + len(item)) if at == m.start("hosts") else (at, e if at + len(item) == m.start("kind") else at + len(item))
            out.append((a, b, sender + "驻" + item + m.group("kind")))
            at += len(item)
    for m in _OWN_MISSION.finditer(text):
        p = m.start()
        if any(a <= p < b for a, b, _ in out):
            continue
        state = lexicons.country_before(text, p)
        if not state and _state_one_before(text, p):
            state = text[p - 1]  # 美使馆
        s = p - len(state)
        if state and text[s - 1 : s] not in ("驻", "和", "与", "及", "、") and not any(text[a : s + 1] in lexicons.common_words() for a in range(max(0, s - 2), s)):
            out.append((s, m.end(), text[s : m.end()]))  # 马来西亚大使馆, 美国使馆 (not 驻马来西亚和越南|大使馆)
    return _one_mission(out)


def _one_mission(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The story's missions, a short form named as the one full mission it can only be: a state's
    mission with no host after one of that state's of the kind (美国驻巴格达大使馆…美国使馆), a one-character
    host as the full one it opens (加拿大驻阿使馆, 加拿大驻阿富汗使馆); China's with no other is none
    (中国使馆: any of them)."""
    parts = [lexicons.mission_parts(name) for _, _, name in found]
    out = []
    for (s, e, name), p in zip(found, parts):
        if p is not None and len(p[1]) < 2:
            same = {lexicons.mission(n): n for (a, _, n), q in zip(found, parts) if q is not None and len(q[1]) > 1 and q[::2] == p[::2]
                    and (q[1].startswith(p[1]) if p[1] else a < s)}
            if len(same) == 1:
                name = next(iter(same.values()))
            elif not p[1] and p[0] == "中国":
                continue
        out.append((s, e, name))
    return out


_HOUSE = re.compile(lexicons.alternation((*lexicons.FOREIGN_HOUSES, *lexicons.BARE_BODIES)))
# words that open a longer name of a bare body's kind (独立|选举委员会, 联邦|宪法法院): that name's tail, not the body alone
_LONGER_BODY_OPENS = ("独立", "中央", "全国", "国家", "联邦", "最高", "特别", "临时")
# what may stand right before a body named alone (a clause, a particle, a term: 第五届|国民议会)
_NAME_OPENS = frozenset("的在和与及、，,。：:；;“”（）()届向了对为由从将到是")


def _opens_name(text: str, s: int) -> bool:
    """Whether a name may begin at ``text[s]``: the text's start, a non-Han character or one of
    ``_NAME_OPENS`` before it — not another word running into it (两国会谈, 中国海洋大学)."""
    return not s or not "\u4e00" <= text[s - 1] <= "\u9fff" or text[s - 1] in _NAME_OPENS


# the roles of a bare body's members (宪法法院|首席法官, 选举委员会|发言人): a title's body (not 宪法法院|发布裁决)
_BARE_BODY_ROLES = ("主席", "副主席", "委员", "院长", "副院长", "法官", "首席法官", "大法官", "秘书长", "发言人", "主任", "成员")


def _foreign_houses(text: str) -> list[tuple[int, int, str]]:
    """A foreign parliament, house or ``BARE_BODIES`` body written without its state (众议院选举, 解散国会, 提交立法会,
    被宪法法院解职): where a clause, a term (第五届) or a verb opens before it, but never 国会 as its building (``_at_seat``:
    闯入国会, 国会北侧入口); 国会 only where no other word runs through it (两国会谈, 全国会议, 国会议员 is left)."""
    out = []
    for m in _HOUSE.finditer(text):
        s, e = m.span()
        if not (_opens_name(text, s) or _after_verb(text, s)) or m.group() in _SEAT_BODIES and _at_seat(text, s, e):
            continue  # 两国会谈, 美国国会 (found with its state), 哥国会; 闯入|国会, 国会|北侧入口: the building
        if m.group() in lexicons.BARE_BODIES and (text.startswith(_BARE_BODY_ROLES, e) or text.endswith(_LONGER_BODY_OPENS, 0, s)):
            continue  # 宪法法院院长, 选举委员会主席: a title's body; 起诉独立|选举委员会: a longer name's tail
        if m.group() in ("国会", "立法会") and text[e : e + 1] in "谈晤见议商同员计展所馆" or text.startswith(("大厦", "山", *_BUILDING_AFTER), e):
            continue  # 国会议员, 立法会议员 … or 两国|会谈: a longer word; 国会大厦, 立法会大楼, 国会山: a building, a place
        out.append((s, e, m.group()))
    return out


_LONE_MINISTRY = re.compile(lexicons.alternation(lexicons.LONE_MINISTRIES))


def _lone_ministries(text: str) -> list[tuple[int, int, str]]:
    """A ministry named by its 省 alone in foreign news (据防卫省官员, 批评外务省): where a name may open or
    after a verb, not a title's (外务省长)."""
    return [(s, m.end(), m.group()) for m in _LONE_MINISTRY.finditer(text)
            if (_opens_name(text, s := m.start()) or _after_verb(text, s)) and text[m.end() : m.end() + 1] not in ("长", "级")]


_PARTY_RE = re.compile(lexicons.alternation(lexicons.FOREIGN_PARTIES))
_PARTY_WORD_AFTER = frozenset("委员组支派人性务内外建史章纪校风政报籍龄费课际")  # 党委, 党员, 民主党派, 党际交流: another word


def _foreign_parties(text: str) -> list[tuple[int, int, str]]:
    """A foreign party written without its state (执政的自民党和公明党, 由共和党控制) where a name
    may open and no word runs on (各民主党派, 农工民主党, 化工党委); right after a foreign state's name
    (美国共和党参议员), named with the state."""
    out = []
    for m in _PARTY_RE.finditer(text):
        s, e = m.span()
        if text[e : e + 1] in _PARTY_WORD_AFTER:
            continue
        if (state := lexicons.country_before(text, s)) and state != "中国" and len(state) >= 2 and _opens_name(text, s - len(state)):
            s -= len(state)  # 美国|共和党: that state's party
        elif not _opens_name(text, s):
            continue
        out.append((s, e, text[s:e]))
    return out


_ARMY_WORD_AFTER = frozenset("队事")  # 军队, 军事: words 军 opens
_ARMED_GROUP_RE = re.compile("“基地”组织|" + lexicons.alternation(lexicons.ARMED_GROUPS))


def _armed_groups(text: str) -> list[tuple[int, int, str]]:
    """An armed movement or group named alone (也门胡塞武装, “基地”组织, 塔利班组织, 索马里“青年党”):
    not a member (青年党员) nor a longer word running into it."""
    out = []
    for m in _ARMED_GROUP_RE.finditer(text):
        s, e = m.span()
        if m.group().endswith("党") and text[e : e + 1] in _PARTY_WORD_AFTER or text[e : e + 1] == "“":
            continue  # 青年党员; 库尔德武装“人民保护部队”: the kind of the group the quotes name
        if m.group() == "塔利班" and text.startswith("组织", e):
            e += 2  # 塔利班组织
        elif m.group().endswith("军") and (text[e : e + 1] in _ARMY_WORD_AFTER or not (_opens_name(text, s) or lexicons.country_before(text, s) or lexicons.country_at(m.group()))):
            continue  # 国民|军队, 国民|军事: 军 opens another word; 中华|国民军: a longer name (but 利比亚|国民军)
        if m.group() in lexicons.SHARED_NAME_GROUPS and (state := lexicons.country_before(text, s)) != lexicons.SHARED_NAME_GROUPS[m.group()][0]:
            s -= len(state)  # 阿富汗|国民军: that state's army, by its full name
        out.append((s, e, text[s:e]))
    return out


# A group named in quotes (反对派“全国联盟”, 极右翼政党“国民阵线”): a front or a league wherever quoted as existing (not one
# being founded nor a part of another body's name), a party only after its kind or its state (政党“…党”, 索马里“青年党”;
# not a slogan: “全面从严治党”)
_QUOTED_GROUP = re.compile(r"“(?P<name>[\u4e00-\u9fff]{2,14}?(?P<end>阵线|联盟|党))”")
_SO_CALLED = ("所谓", "所谓的")  # 所谓的“反伊朗国际联盟”: a group someone would build, none named
# verbs of founding, building or forming a group: after a word of intent (企图组建“…联盟”, 通过创建“…联盟”) or 拼凑, an
# idea, no body yet (but 488所医院共同组建“…联盟”: founded, a body)
_INTENT = ("企图", "试图", "图谋", "应", "要", "将", "拟", "计划", "打算", "通过", "旨在", "谋求")
_FOUNDING = ("创建", "组建", "建立", "拼凑", "打造", "构建", "组成", "结成", "缔结", "形成", "建设", "筹建", "发起", "倡议", "倡导")
_GROUP_KINDS = (*grammar.PARTY_SIDES, "政党", "组织", "武装", "反对派", "派别", "分支")
_OWN_UNITS = ("党组织", "团组织", "基层组织")  # a party's own cells (党组织“心向党”活动): no kind of the quoted name
_GROUP_ENDS = ("联盟", "阵线", "党", "运动")  # 非洲民族联盟“爱国阵线”: the quotes close another body's name
_COALITION_KINDS = ("派联盟", "执政联盟", "政党联盟", "竞选联盟", "翼联盟")  # 反对派联盟“新多数联盟”: a kind, no name


def _founded_idea(text: str, s: int) -> bool:
    """Whether the quotes at ``text[s]`` name a group only meant to be founded (企图组建“…”, 拼凑“…”)."""
    verb = next((v for v in _FOUNDING if text.endswith(v, 0, s)), "")
    return bool(verb) and (verb == "拼凑" or text.endswith(_INTENT, 0, s - len(verb)))


def _named_as_group(text: str, s: int, party: bool) -> bool:
    """Whether the quotes at ``text[s]`` name an existing group: none after 所谓, a founding meant or another body's
    name (非洲民族联盟“爱国阵线”); a party only after its kind (not a party's own cell: 党组织“…党”) or its state."""
    if text.endswith(_SO_CALLED, 0, s) or _founded_idea(text, s) or text.endswith(_GROUP_ENDS, 0, s) and not text.endswith((*_GROUP_KINDS, *_COALITION_KINDS), 0, s):
        return False
    return not party or text.endswith(_GROUP_KINDS, 0, s) and not text.endswith(_OWN_UNITS, 0, s) or bool(lexicons.country_before(text, s))


def _quoted_groups(text: str) -> list[tuple[int, int, str]]:
    """A front, a league or a party named in quotes (``_QUOTED_GROUP``) as an existing group: the name inside the quotes."""
    return [(m.start("name"), m.end("name"), m["name"]) for m in _QUOTED_GROUP.finditer(text)
            if _named_as_group(text, m.start(), m["end"] == "党")]


_APPOSED_PARTY = re.compile(r"(?:" + grammar.PARTY_SIDE + r"|执政的|在野的|(?P<wing>[极中]?[左右]翼)(?!政党|党派))(?:——)?"
                            r"(?P<name>(?:工党|绿党)(?![\u4e00-\u9fff]{0,2}党)|[\u4e00-\u9fff]{2,8}?党)")
_PARTY_WITHIN = "内"  # 执政党自民党内部: the party named, then what is inside it (but 党内阁: a cabinet)


def _apposed_parties(text: str) -> list[tuple[int, int, str]]:
    """A party named after the word for its role or its side (最大在野党共同民主党, 反对党共和人民党, 执政的左翼社会党,
    执政党工党, 执政党正义与发展党; a side where a name may open or after a state: 法国右翼共和党), not a clause
    (执政党能像中国共产党), a kind of party (执政的马克思主义政党) nor a word that runs on (党委, 党员); a name that
    opens with a verb only where it is a known party (保守党) or a verbal noun (革命制度党, 劳工党), never a clause's
    verb (执政党加强治党)."""
    out, pos = [], 0
    while (m := _APPOSED_PARTY.search(text, pos)) is not None:
        name, (s, e) = m.group("name"), m.span("name")
        pos = m.start() + 1  # a match left may hold another's side (左翼的现执政党|社会党)
        after = text[e : e + 1]
        if m.group("wing") and ("党" in name[:-1] or after == "团" or not (_opens_name(text, w := m.start("wing")) or lexicons.country_before(text, w))):
            continue  # 激进左翼|联盟党, 德国左翼党|议会党团, 右翼小党…, 左翼联盟党团: the side in a name, a group of members
        if after in _PARTY_WORD_AFTER and not (after == _PARTY_WITHIN and text[e + 1 : e + 2] != "阁"
                                               and (name in lexicons.FOREIGN_PARTIES or text[e + 1 : e + 2] == "部")) or name.endswith("政党") or "主义" in name \
                or any(ch in "的是能像在将已被把说称就也都还又和与及等对两各多" for ch in _PAIRED_AIMS.sub("", name[:-1]).replace("共和", "")) \
                or any(lexicons.country_at(name, i) for i in range(len(name))) \
                or name not in lexicons.FOREIGN_PARTIES and lexicons.common_words().get(name[:2], "x")[0] in "vpc" and lexicons.common_words()[name[:2]] != "vn":
            continue  # 执政党|加强治党: a verb opens a clause, no name
        out.append((s, e, name))
        pos = e
    return out


@lru_cache(maxsize=1)
def _university_re() -> re.Pattern[str]:
    """Universities the word list knows by a proper name (北京大学, 复旦大学, 南开大学): a place's,
    a person's or another proper noun's, not a kind (农业大学) nor a country's (美国大学); or a body's name
    (nt) whose first part is a rare word or none (同济大学, 延世大学; not 理工大学, 国防大学)."""
    words = lexicons.common_words()
    names = {w for w, tag in words.items() if w.endswith("大学") and (words.get(w[:-2], "")[:2] in ("ns", "nz", "nr") or tag == "nt" and len(w) > 3
             and (w[:-2] not in words or lexicons.word_frequency(w[:-2]) < _RARE_UNIVERSITY_NAME)) and w[:-2] not in lexicons.countries()}
    return re.compile(lexicons.alternation(names))


_RARE_UNIVERSITY_NAME = 100  # 同济 (85) names one university; 军医 (139), 政法, 理工 a kind
# One-character verbs and prepositions right before a university (获耶鲁大学…学位, 赴哈佛大学, 毕业于同济大学):
# ``_after_verb`` reads only a dictionary word of two or three characters there (毕业于 is none, 于同 may be one).
_STUDIED_AT = frozenset("获赴于")


def _universities(text: str) -> list[tuple[int, int, str]]:
    """Known universities where the name stands alone: not 北京大学生 (Beijing's students) nor the
    tail of a longer name (中国海洋大学)."""
    out = []
    for m in _university_re().finditer(text):
        s, e = m.span()
        if text[e : e + 1] in ("生", "城") or not (_opens_name(text, s) or text[s - 1] in _STUDIED_AT):
            continue
        out.append((s, e, m.group()))
    return out


# A city's development zone, named by the city (苏州高新区, 阜阳经开区, 广州开发区) or by its place in the city
# (南京江宁经济技术开发区, 武汉东湖新技术开发区): one body, as 北京大学 is; not 重点开发区域 (a kind of area)
_ZONE = re.compile("(?:高新技术产业|高新技术|经济技术|新技术|经济)?开发区(?!域)|高新区|经开区")
# A body named by a proper name and the word for its kind (陕西龙钢集团, 日本东京电力公司, 美国盖茨基金会,
# 南非比勒陀利亚高等法院, 西安交通大学): the longest kind first, and a right edge where no longer word runs on.
_INSTITUTION = re.compile(
    "控股集团有限公司|控股有限公司|控股集团|控股公司|资产管理公司|集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司|大学|社会科学院|社科院|科学院|学院|医院|小学|中学|银行|海关|纪念馆|博物馆|实验室|基金会|学会|协会|研究所|研究院|研究中心|出版社|高等法院|上诉法院|上诉法庭|法院|法庭|管理局|"
    + _ZONE.pattern
)
_KIND_OF_HOSPITAL = frozenset({"野战"})  # 总医院的野战医院: a field hospital, no name (the word list tags it a proper noun)
# A place's one hospital of a kind, named by the place and the kind (北京儿童医院, 昌都市人民医院, 武汉市中医医院,
# 天津市第三人民医院), as 北京大学 is named by its place alone
_PLACE_HOSPITAL = re.compile(rf"(?:第{NUMERAL})?(?:人民|儿童|中医|妇幼保健|妇产|肿瘤|口腔|眼科|传染病|胸科)")
_COURT_KINDS = frozenset({"宪法", "行政", "联邦", "最高行政", "联邦最高"})  # a state's court of that kind is one body
# A Chinese province's or city's court of a special jurisdiction is one body (北京金融法院, 天津海事法院)
_SPECIAL_COURTS = frozenset({"金融", "海事", "知识产权", "互联网", "铁路运输"})
_INSTITUTION_RUNS_ON = frozenset("生城化军式性长员路站党了")  # 大学生, 集团军, 学会了: another word
_ORG_TAIL = frozenset("院部委会局所司团校厅办处室组社馆心站台行厂")  # 中国社科院|日本研究所: a longer name runs in
_NOT_IN_NAME = frozenset("的和与及在将是等对为了从向被把同各该本这那其于给由到也都就还又并而或称说")
_KIND_OF_UNIVERSITY = frozenset({"重点", "名牌", "一流", "顶尖", "知名", "著名", "综合", "地方", "普通", "民办", "公办", "部属", "省属", "高水平", "研究型", "综合性", "双一流", "世界一流", "行业", "相关", "有关", "专业", "高等"})


# Words in the middle that say what kind of body, or which of many, not its name (美国民调机构|盖洛普公司,
# 上海某投资公司, 江苏扬州一家公司, 美国多地|医院, 葡萄牙最大保险集团, 肯尼亚东北部…大学, 甘肃姑娘…, 江苏省重点|科创实验室: a rank)
_NOT_PROPER_MID = re.compile(r"机构|[产造应营发]商|企业|某|所有|单[家个所]|" + _COUNT + r"[家地]|最大|[东南西北中]部(?!湾)|姑娘|女孩|男孩|小伙|重点")


def _proper(mid: str) -> bool | None:
    """Whether the words between a state or place and a body's kind name one body: a place (东京),
    a proper noun of the word list (布鲁金斯, 神华), an ordinal (第一重型机械), a state's highest court
    (最高) or characters no word of the list covers (龙钢, 比勒陀利亚) — not a kind (科技公司, 汽车集团:
    False); None for a clause (中国通过限制外国|公司: a verb, a preposition or a particle)."""
    if _NOT_PROPER_MID.search(mid):
        return None
    words, places = lexicons.common_words(), lexicons.places()
    i, proper, unknown, verbal = 0, mid.startswith(("第", "最高")), 0, False
    if _place_before(mid, len(mid), "", range(min(7, len(mid)), 1, -1)) == len(mid) or mid[:-1] in places and mid[-1] in _LEVELS:
        return False  # 陕西西安市|小学: a place's schools, none named
    while i < len(mid):
        w = next((w for k in (4, 3, 2) if (w := mid[i : i + k]) in words or w in places or lexicons.country_at(w) == w), mid[i])
        tag = words.get(w, "")
        verbal = verbal or tag == "vn"
        if len(w) == 1:
            if w in _NOT_IN_NAME:
                return None  # 德国足协曾委托…, 日本和…
            unknown += 1
            proper |= unknown >= 2
        else:
            unknown = 0
            if w in places or tag[:2] in ("ns", "nr", "nz", "nt"):
                if verbal:
                    return None  # 江苏布局建设|紫金山实验室: a clause before the name
                proper = True
            elif tag in ("v", "p", "c", "u", "r"):
                return None  # 德国纽伦堡市设立|国际军事法庭, 美国通过…
        i += len(w)
    return proper and len(mid) >= 2


_KIND_BEFORE = re.compile("企业|机构|公司|巨头|商店|民营|国有|私营|外资|右翼|左翼|单位")  # (被告单位|某公司: the defendant, a kind)
_COMPANY_VERBS = (*_VISIT, "来到", "曾任", "担任", "出任", "现任", "兼任", "加入", "收购", "成立", "组建")
_COMPANY_CLAUSE = frozenset("曾继可至已即")  # 曾任|埃克森美孚公司, 继|葛兰素史克中国公司, 最高可至|公司
_CLASSIFIERS = frozenset("家个所间座起架批艘")  # 这家|公司, 这起|…航空公司事故, 这架|…航空公司的客机: a classifier after a determiner
_RUN_IN_FIRST = frozenset("仅只才却")  # 仅|晨阳集团就…: an adverb opening the words, no name's (not 均: 均胜集团)
_COUNTED_KIND = re.compile("[前一二两三四五六七八九十几数多]大|首[个家批]|第一个|一批")  # 三大石油公司, 前七大整车集团, 首家出版社: a kind counted
_RANKED_BEFORE = re.compile(r"最[\u4e00-\u9fff]{1,2}的$")  # 世界最大的|国际航运集团: the kind ranked, no one company named
# Trades the word list lacks, written short before a company's kind (小贷公司, 网约车公司, 军贸公司): a kind of company,
# read as common words are, so only a name before them names one (规范|小贷公司: a verb, then the kind)
_TRADES = ("网约车", "小贷", "网贷", "军贸", "代驾", "安保")


def _company_edge(text: str, a: int) -> bool:
    """Whether a company's name may open at ``text[a]``: the text's start, a non-Han character, a
    particle or a clause word before it, or a verb of visiting."""
    return not a or not "\u4e00" <= text[a - 1] <= "\u9fff" or text[a - 1] in _NOT_IN_NAME or text[a - 1] in _COMPANY_CLAUSE \
        or text[a - 2 : a] in _COMPANY_VERBS


def _company_start(text: str, p: int) -> int | None:
    """Where a company's or group's name ending in its kind at ``text[p]`` opens when no state or
    place does (来到金新化工公司, 、湘能华磊光电公司、, 医药企业哈药集团): at a clear edge within 12
    characters (a clause's start, a list's comma, a particle, a verb of visiting), or after a kind in
    apposition, edge or not (民调机构|盖洛普公司, 合资保险资管公司|工银安盛资产管理公司); None when neither
    is in reach or the words name no one company."""
    a = p
    while a > max(0, p - 12) and not _company_edge(text, a):
        a -= 1
    edge = _company_edge(text, a)
    if k := max((k.end() for k in _KIND_BEFORE.finditer(text, a, p)), default=0):
        if not edge and text[p - 1] == "分":
            return None  # 中铁十七局集团有限公司|铺架分公司: a company's branch, no name of its own
        a = k  # 民调机构|盖洛普公司, 医药企业|哈药集团, 首家合资保险资管公司|工银安盛…: the kind in apposition opens the name
    elif not edge:
        return None
    if _RANKED_BEFORE.search(text, max(0, a - 5), a):
        return None  # 世界最大的|国际航运集团: a kind ranked
    if (text[a - 1 : a] in _DETERMINERS or text[a - 1 : a].isdigit()) and text[a] in "位名":
        return None  # 59位|博士后落户…集团: people counted, the words after them a clause
    if (text[a - 1 : a] in _DETERMINERS or text[a - 1 : a].isdigit()) and text[a] in _CLASSIFIERS:
        a += 1  # 这家|新材料公司, 这架|…航空公司, 6家|人身险公司: the classifier is the determiner's or the count's, no part of the name
    elif edge and a and text[a - 1 : a + 1] in lexicons.common_words() and not lexicons.country_at(text, a) and not lexicons.place_prefix(text[a : a + 4]):
        a += 1  # 被告|加多宝公司, 其中|德国某航空公司, 是否|如公司预期: the edge's character and the name's first make a word (not 在|意大利…)
    return a if _company_name(text[a:p]) else None


def _company_name(mid: str) -> bool:
    """Whether the words before a company's kind name one: a rare proper noun of the word list
    (蒙牛, 神华, 盖洛普) or two characters in a row that no word covers (金新, 湘能华磊) — not only
    common words (上市, 保险, 科技: a kind), no clause (涉事, 这家) nor a kind word (某, 一家); a trade the
    word list lacks (小贷, 网约车) is a kind too."""
    mid = next((mid[: -len(t)] for t in _TRADES if mid.endswith(t)), mid)  # 规范|小贷, 8家|军贸: the words before the trade
    if len(mid) < 2 or _NOT_PROPER_MID.search(mid) or _COUNTED_KIND.search(mid) or mid[0] in _RUN_IN_FIRST and mid[:2] not in lexicons.common_words():
        return False
    words, i, unknown, proper = lexicons.common_words(), 0, 0, False
    while i < len(mid):
        w = next((w for k in (4, 3, 2) if (w := mid[i : i + k]) in words), mid[i])
        tag = words.get(w, "")
        if len(w) == 1:
            unknown += 1
            proper |= unknown >= 2
        else:
            unknown = 0
            if tag[:1] in ("v", "p", "c", "u", "r", "d", "m", "i"):
                return False  # a clause or a count: 涉事|公司, 这家公司; an idiom: 非常感谢|…集团
            proper |= tag[:2] in ("nz", "nt", "nr", "ns") and lexicons.word_frequency(w) < 150 and w not in lexicons.places()
        i += len(w)
    return proper


# A group or a company by its legal form (集团, 集团公司, 有限公司, 股份有限公司; not a bare 公司, which also
# names a place's companies of a kind: 北京科技公司), and words that make 集团 a verb's manner (药品集团采购)
_LEGAL_COMPANY = re.compile("集团|有限")
_GROUP_COMPOUND = ("采购", "购买", "作战")


def _named_mid(mid: str, longest: int) -> bool:
    """Whether the words between a place and a body's kind may be its brand or field: two to ``longest``
    characters, no particle, kind or count (某, 一家, 五大, 首个), not only places, and no verb or attribute
    last (上海注册|有限公司, 上海设立|研究院: a clause; 中国主导|研究院: a manner) but a verb after its object
    (中国大熊猫保护|研究中心: a field)."""
    if not 2 <= len(mid) <= longest or any(ch in _NOT_IN_NAME for ch in mid) or _NOT_PROPER_MID.search(mid) or _COUNTED_KIND.search(mid) \
            or _only_places(mid):
        return False
    words = lexicons.common_words()
    last = next((w for k in (4, 3, 2) if (w := mid[-k:]) in words), mid[-1])
    if words.get(last) == "v":
        rest = mid[: -len(last)]
        return any(words.get(rest[-k:]) == "n" and rest[-k:] not in lexicons.places() for k in (4, 3, 2))  # 大熊猫|保护
    return words.get(last, "n")[:1] not in ("v", "d", "p", "c", "u", "r", "b") or words.get(last) == "vn"


def _company_mid(mid: str) -> bool:
    """Whether the words between a place and a group's or company's legal form are its brand (天工,
    相伴商贸, 煤矿机械): a name's words, ten characters at most, and no group's name (中国兵器工业集团|北方车辆集团: two bodies)."""
    return _named_mid(mid, 10) and "集团" not in mid and "公司" not in mid


# A research body or a publisher named by China's or a place's name and its field (中国极地研究中心, 中国言实出版社,
# 新疆交通科学研究院), where the name opens at an edge (由, 在, 、; not 新时代|中国特色…研究中心, a longer name)
_RESEARCH = frozenset({"研究中心", "研究院", "研究所", "出版社"})


def _research_mid(mid: str) -> bool:
    """Whether the words between China or a place and a research body's kind are its field (极地, 言实, 交通科学):
    a name's words, eight characters at most, and no state (上海正式交付|中国…: a clause)."""
    return _named_mid(mid, 8) and not any(lexicons.country_at(mid, k) for k in range(len(mid)))


_WORD_PLACES = frozenset({"新建", "新城"})  # counties the word list tags as places, though common words (新建: build)


def _zone_place(mid: str, head: str) -> bool:
    """Whether the place ``mid`` after the place ``head`` is part of a zone's name: one that lies in it
    (杭州|萧山, 南昌|新建), or one no common word writes (武汉|东湖新技术开发区, though 东湖 is 南昌's); not a
    verb elsewhere (在南京新建开发区, 武汉前进开发区: a clause)."""
    places = lexicons.places()
    if any(q.name in (p.province, p.city) for p in places.get(mid, ()) for q in places.get(head, ())):
        return True
    return mid not in _WORD_PLACES and lexicons.common_words().get(mid, "")[:1] != "v"


def _institution_head(text: str, i: int, levels: tuple[str, ...] = ("province", "city")) -> str:
    """A state (日本) or a place's name of ``levels`` (陕西, 西安) that opens at ``text[i]``, or ""."""
    if country := lexicons.country_at(text, i):
        return country
    places = lexicons.places()
    return next((w for k in (4, 3, 2) if (w := text[i : i + k]) in places and any(p.level in levels for p in places[w])), "")


def _proper_word_before(text: str, p: int) -> str:
    """A rare proper noun of the word list (神华, 阿斯利康, 盖茨) that ends at ``text[p]`` and opens at a
    clear edge (a clause, a particle, a verb: 在|神华集团, 感谢|盖茨基金会), or ""; a place or a
    state alone names no one body (北京公司, 美国大学)."""
    words = lexicons.common_words()
    for k in (4, 3, 2):
        w, i = text[p - k : p], p - k
        if i < 0 or words.get(w, "")[:2] not in ("nz", "nt", "nr", "ns") or words[w] == "nr" or w in lexicons.places() or lexicons.country_at(w) \
                or lexicons.word_frequency(w) >= 1000:
            continue  # 普通|公司, 上市|公司, 外国|公司: frequent words the list tags as names
        if _RANKED_BEFORE.search(text, max(0, i - 5), i):
            continue  # 世界最大的|国际航运集团: a kind ranked (the word list tags 国际航运 a name)
        if _opens_name(text, i) or words.get(text[i - 2 : i], "") == "v" and not _place_before(text, i - 2, "", (3, 2)):
            return w  # (not 香港|联合|交易所: a place opens a longer name the verb is part of)
    return ""


def _institutions(text: str) -> list[tuple[int, int, str]]:
    """Companies, groups, universities, foundations, societies, institutes and courts named by a
    state's or a place's name, then a proper name, then their kind (陕西龙钢集团, 美国盖茨基金会,
    南非最高上诉法庭, 中国政法大学; a university also by the place alone: 北京大学): the place opens
    the name at a clear edge; a kind of body (美国科技公司, 中国重点大学) or a clause (美国制裁…公司) is none."""
    out = []
    for m in _INSTITUTION.finditer(text):
        p, e = m.span()
        if text[e : e + 1] in _INSTITUTION_RUNS_ON and not text.startswith(_PARTY_GROUPS, e):
            continue  # (西安交通大学|党委: the body, then its own Party committee)
        if m.group() == "小学" and text[p - 1 : p] == "中":
            continue  # 北京西城区中|小学: a place's primary and middle schools, a kind, no one school
        lo = p
        reach = 16 if m.group().endswith(("法院", "法庭")) else 12  # 美国加利福尼亚州圣何塞地区|法院: a court by its jurisdictions
        while lo > 0 and lo > p - reach and "\u4e00" <= text[lo - 1] <= "\u9fff":
            lo -= 1
        if m.group() != "海关" and (named := _proper_word_before(text, p)) and not (m.group() == "医院" and named in _KIND_OF_HOSPITAL):  # every place has its 海关
            out.append((p - len(named), e, named + m.group()))
            continue
        zone = _ZONE.fullmatch(m.group())
        hospital = m.group() == "医院"
        for i in range(lo, p):
            head = _institution_head(text, i, ("province", "city", "county") if zone or hospital else ("province", "city"))
            if hospital and head and not zone and not _institution_head(head, 0) and not _county_in_full(head):
                continue  # a county's hospital by the county's whole name only (红安县人民医院), not its short form
            if zone and head and not _institution_head(head, 0) and not _opens_name(text, i):
                continue  # 说明新建|开发区: a county's name inside a clause (but ，泰兴经济开发区: a county's zone)
            if not head or i + len(head) > p:
                continue
            mid = text[i + len(head) : p]
            if i and text[i - 1] in _ORG_TAIL or any(text[a : i + 1] in lexicons.common_words() for a in range(max(0, i - 2), i)):
                continue  # 中国社科院|日本研究所, 全|中国: the head is another word's end
            if _LEGAL_COMPANY.search(m.group()) and (head not in lexicons.countries() or head == "中国" and "有限" in m.group()) and _company_mid(mid) \
                    and _company_edge(text, i) and not text.startswith(_GROUP_COMPOUND, e) \
                    or m.group() in _RESEARCH and (head == "中国" or head not in lexicons.countries()) and _company_edge(text, i) and _research_mid(mid):
                out.append((i, e, text[i:e]))  # 在江苏天工集团, 为西安相伴商贸有限公司, 由中国言实出版社: a brand or a field, common words (not 南车|株洲…)
                break
            if (proper := _proper(mid)) is None:
                continue  # a clause between: a later head may open the name
            if m.group() == "海关" and not mid and text[e : e + 1] not in ("和", "与"):
                proper = True  # 上海海关: a place's customs (not 东北地区海关, nor 美国海关和|边境保护局)
            # a field names one body: 中国政法大学, 北京大学 (by the place alone), 美国传染病学会 (one word:
            # not 嘉兴市|动员旅游协会, a clause), not 美国大学
            field = m.group() in ("大学", "学院", "社会科学院", "社科院", "科学院") and (head == "中国" or head not in lexicons.countries()) or m.group() in ("学会", "协会") and (mid in lexicons.common_words() or mid[-1:] == "家") \
                or m.group() == "法院" and (mid in _COURT_KINDS and head in lexicons.countries() and head != "中国" or mid in _SPECIAL_COURTS and head not in lexicons.countries()) \
                or hospital and head not in lexicons.countries() and (_PLACE_HOSPITAL.fullmatch(mid) or not mid and _county_in_full(head)) \
                or zone and head not in lexicons.countries() and (not mid or _place_before(mid, len(mid), "", range(len(mid), 1, -1)) == len(mid) and _zone_place(mid, head))  # 泰国宪法法院, 北京儿童医院, 苏州高新区: one body of the kind
            if field and mid not in _KIND_OF_UNIVERSITY and len(mid) in (0, 2, 3, 4) or proper:  # not 成都念|大学
                out.append((i, e, text[i:e]))
            break
        if (not out or out[-1][1] != e) and m.group().endswith(("集团", "公司")) and (a := _company_start(text, p)) is not None:
            out.append((a, e, text[a:e]))  # 在金新化工公司, 、湘能华磊光电公司: a company named alone
    return out


def _county_in_full(name: str) -> bool:
    """Whether ``name`` is a county's whole written name (红安县, 台江县), not a short form that may be a word."""
    return any(p.level == "county" and p.name == name for p in lexicons.places().get(name, ()))


def _place_before(text: str, at: int, level: str, lengths: Iterable[int]) -> int:
    """Length of the longest place name (of ``lengths``) ending right before ``text[at]``, alone
    or completed by its ``level`` character (海南|省, 达|县); 0 if none."""
    places = lexicons.places()
    return next((k for k in lengths if k <= at and (k > 1 and text[at - k : at] in places or text[at - k : at] + level in places)), 0)


# Written forms of organizations.tsv that are no name where they stand alone (中央八项规定, 国家,
# 中国国家博物馆 and 中华人民共和国 — the state, not a body —, 实事求是, the programme in every story's header, another
# party's 政治局).
_NOT_ALONE = frozenset({"中共", "中央", "国家", "中国国家", "中华人民共和国", "总台", "求是", "新闻联播", "政治局", "书记处", "党中央"})
_FOREIGN_BODY = lexicons.FOREIGN_BODIES
_ARMED_VERBS = ("部署", "部分")  # 乌克兰海军|部署重兵: the forces deploy, no 海军部 (a ministry)
_HOUSES_AND_BODIES = (*lexicons.FOREIGN_HOUSES, *_FOREIGN_BODY)  # a foreign state's house or body after its name, in the order tried


@lru_cache(maxsize=8)
def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` by their first character, each group in the order given: the few that can start
    at a position, found by one lookup instead of a test of every word."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:1], []).append(w)
    assert "" not in out, "an empty word starts everywhere"
    return {c: tuple(ws) for c, ws in out.items()}


_SYSTEM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}负责制")  # 军委|主席负责制, 首长负责制: a system of responsibility
# a local congress earlier in the clause: 湖南省人大常委会副主任、|法工委主任 (not 全国人大常委会副秘书长、|法工委主任)
_LOCAL_CONGRESS_CHAIN = re.compile(r"(?<!全国)人大[^。；;，,：:\n]{0,24}$")


def _local_congress_before(text: str, s: int, org: str) -> bool:
    """Whether a national congress committee's bare short form (法工委, 外事委, 农业农村委) at ``s`` follows a local
    congress in its clause, so names that congress's committee: 省人大常委会委员、外事委主任委员."""
    row = lexicons.organizations().get(org)
    return row is not None and not org.startswith("全国") and row.name.startswith("全国人民代表大会") \
        and bool(_LOCAL_CONGRESS_CHAIN.search(text, max(0, s - 30), s))


_STATE_WORD_HOUSES = tuple(h for h in lexicons.OWN_WORD_HOUSES if h.startswith("国家"))  # 国家杜马, 国家大呼拉尔


# A session of a term's body (第40届联合国教科文组织|世界遗产委员会会议, 十三届全国政协|二次会议), named as a meeting, or
# a deputy of the term (六届全国人大|代表), a title; the term's body itself stands named (十八届|中央纪律检查委员会,
# 十八届|中央纪委七次全会, 第68届|联合国大会)
_TERM_SESSION = re.compile(r"(?P<session>第?[一二三四五六七八九十]+次(?:全体)?会议)|代表|[\u4e00-\u9fff]{2,10}?(?:委员会|理事会)会议")
_NPC = ("全国人民代表大会", "全国人民代表大会常务委员会")


def _term_session_after(text: str, e: int, name: str) -> bool:
    """Whether a term's session or deputy follows ``name`` (read after 届) at ``e``: the session or the
    title is named, not the body; but a session of the congress or its standing committee names that body too
    (十三届全国人大|一次会议, 第十三届全国人民代表大会|第三次会议: 全国人大; 第十二届全国人民代表大会常务委员会|第二十八次会议:
    全国人大常委会, as the golds list them and as the short form 十二届全国人大常委会第二十八次会议 is read)."""
    m = _TERM_SESSION.match(text, e)
    return m is not None and not (m["session"] and getattr(lexicons.organizations().get(name), "name", "") in _NPC)


# A body's term before a central body's name (团中央|十八届中央书记处, 民盟|第十一届中央…): that body's, not the Party's
_OWNERS_TERM = re.compile(r"(?:党|团|盟|社|会|共|中央)第?[一二三四五六七八九十百零\d]+届$")
_MANY_BANKS = ("各国", "各经济体", "多国", "主要经济体", "全球", "世界各国")  # …央行: many states' central banks
_SEAT_BODIES = ("白宫", "国会")  # bodies named by their seat: gone into or before a place of it (`_at_seat`), the building
_SEAT_PLACES = ("外", "内部", "南草坪", "玫瑰园", "椭圆形办公室", "附近", "周边", "周围", "门口", "门前", "大门", "入口",
                "东侧", "西侧", "南侧", "北侧", "发生", "安保", "遇袭", "遭袭", "被炸")
_INTO_SEAT = ("入", "进", "往", "来到", "抵达", "离开")  # 闯入白宫, 步入国会, 通往国会, 来到国会: the building
_IN_SEAT = ("在", "于")  # 在白宫会见: the building; but 在国会发言, 在国会占多数: the house sitting, the body
# A head's seat that speaks for him (总统府发表声明, 菲律宾总统府副发言人, 克里姆林宫方面表示): the office, a body; a seat
# gone to or met in (在总统府会见, 抵达总统府, 总统府前广场) is the building, no body
_SPEAKING_SEAT = re.compile(lexicons.alternation(lexicons.SPEAKING_SEATS))
# its staff or side (总统府高层, 青瓦台方面), or its verb right after it (after a day and an adverb at most): 总统府12日发表公报,
# 总统府没有事先宣布; not 总统府参观时表示
_SEAT_SPEAKS = re.compile(r"副?发言人|新闻局|新闻秘书|秘书长|国务秘书|部长|官员|高层|方面|(?:当地时间)?(?:\d{1,2}[日号]|" + "|".join(grammar.WHEN_AFTER)
                          + r")?(?:上午|下午|晚上?|晚间|早上?|凌晨|中午)?(?:也|还|则|随后|随即|再次|没有|并未|未|已经?|事先|正式){0,2}"
                          r"(?:发表|发布|宣布|表示|声明|公报|称|说(?!明)|举行)")
_TO_SEAT = (*_INTO_SEAT, *_IN_SEAT, "到", "向", "回")
_CLAUSE_ENDS = "，,。；;：:！？!?\n“”"


# A body named after its region (欧亚经济委员会, 北极理事会, 欧洲疾控中心, 东亚经济共同体): the region, a few words of its
# fields and a body's ending; a 共同体 only of an economy or of states (not 命运共同体, an idea)
_REGION_NAMED_BODY = re.compile(lexicons.alternation(grammar.BODY_REGIONS) + r"(?P<mid>[\u4e00-\u9fff]{0,8}?)(?:"
                                + "|".join(e if e != "共同体" else "(?<=经济|国家)共同体" for e in grammar.REGION_BODY_ENDS) + r")(?!联盟|联合会|委员会|(?:最高)?理事会)")  # (非洲经社理事会|联盟: the longer name; 欧亚经济委员会|最高理事会: its board, another body)


def _region_bodies(text: str) -> list[tuple[int, int, str]]:
    """A body named after its region (``_REGION_NAMED_BODY``) where a name may open, its fields no clause (非洲国家和|非洲联盟)."""
    return [(m.start(), m.end(), m.group()) for m in _REGION_NAMED_BODY.finditer(text)
            if _opens_name(text, m.start()) and not set(m["mid"]) & _NOT_IN_NAME and not lexicons.country_at(m["mid"])
            and not (m.group().endswith("法院") and "国家" in m["mid"])  # 中东欧国家最高法院: the states' courts, no one body
            and not _among_regions(text, m.start(), m.end(), grammar.LIST_REGIONS)]  # 北美、中美和|加勒比足球联合会: a list's tail


def _speaking_seats(text: str) -> list[tuple[int, int, str]]:
    """A head's seat named where it speaks (``_SEAT_SPEAKS`` after it), with the state written before it."""
    out = []
    for m in _SPEAKING_SEAT.finditer(text) if "总统府" in text or "宫" in text or "青瓦台" in text else ():
        s, e = m.span()
        if text.endswith(lexicons.SPEAKING_SEATS, 0, s):
            continue  # 总统府|青瓦台: one office named twice, read at the first
        after = e + len(nxt[0]) if (nxt := _SPEAKING_SEAT.match(text, e)) else e
        s -= len(lexicons.country_before(text, s))
        if not _seat_as_place(text, s) and _SEAT_SPEAKS.match(text, after):
            out.append((s, e, text[s:e]))
    return out


def _seat_as_place(text: str, s: int) -> bool:
    """Whether a seat opening at ``s`` is a place or an object in its clause (在莫斯科克里姆林宫, 抵达总统府, 包围总统府)."""
    lo = max(text.rfind(c, 0, s) for c in _CLAUSE_ENDS) + 1
    words = lexicons.common_words()
    return "在" in text[lo:s] or text.endswith(_TO_SEAT, 0, s) or any(words.get(text[k:s], "").startswith("v") for k in range(max(lo, s - 4), s - 1))


_BRANDS = ("宝马",)  # a brand that is a common word or runs in other names: read only where a name opens, after its state or a verb
_BRAND_RUNS_ON = ("矿", "煤")  # 宝马煤矿, 宝马矿业: a mine named so, no brand
_MANY_STATES = (*_MANY_BANKS, "成员国")  # …司法部: many states' ministries
_FINANCE_MINISTERS = ("财长和", "财长与", "财政部长和", "财政部长与")  # …央行行长: a group's ministers and governors
_AIRCRAFT_TYPE = re.compile(r"[\dA-Za-z－\-]|新一代|客机|飞机|系列")  # 波音777, 波音新一代747-8: the maker's name is the aircraft's type
# A foreign state's national body by its own name (美国国家冰雪数据研究中心, 法国国家民航安全调查分析局)
_STATE_NATIONAL_BODY = re.compile(r"国家(?P<mid>[\u4e00-\u9fff]{2,12}?)(?:研究中心|中心|研究所|研究院|委员会|基金会|实验室|局)(?![势面长部])")


def _at_seat(text: str, s: int, e: int) -> bool:
    """Whether the seat body ``text[s:e]`` is its building: gone into (``_INTO_SEAT``), 白宫 met in, or a place of it
    after it or after the seat it is listed with (白宫外, 国会和白宫周边), not 白宫外交."""
    if text.endswith(_INTO_SEAT, 0, s - (text[s - 1 : s] == "了")) or text[s:e] == "白宫" and text.endswith(_IN_SEAT, 0, s):
        return True  # 闯入|白宫, 冲入了|国会, 在|白宫
    if text[e : e + 1] in _LIST_JOINS and (seat := next((b for b in _SEAT_BODIES if text.startswith(b, e + 1)), None)):
        e += 1 + len(seat)  # 国会和白宫|周边: the place of both
    return text.startswith(_SEAT_PLACES, e) and not text.startswith("外交", e)


def _national_body_mid(mid: str) -> bool:
    """Whether ``mid`` can be the fields of a national body's name (冰雪数据, 选举): no particle, no team
    (足球队) and no verb with more words after it, where a clause runs on (足球队抵达训练基地|中心)."""
    words = lexicons.common_words()
    return not set(mid) & _NOT_IN_NAME and "队" not in mid and not any(words.get(mid[i : i + 2]) == "v" for i in range(len(mid) - 3))


# What stands right after a region that is a whole item of a list (欧洲|、, 非洲|等) and right before one
# (对|东盟, 与|欧洲, ，|拉丁美洲); "" is the text's end or start.
_REGION_ITEM_END = ("、", "和", "及", "等", "，", "。", "")
_REGION_ITEM_OPEN = ("、", "和", "及", "对", "与", "同", "向", "，", "")


def _among_regions(text: str, s: int, e: int, regions: tuple[str, ...] = grammar.REGIONS) -> bool:
    """Whether ``text[s:e]`` is an item of a list whose item before or after it is a continent or a
    region standing whole (与欧洲、东盟、美国等, 对东盟、拉丁美洲和非洲), not 亚太经合组织 nor 非洲联盟."""
    if e < len(text) and text[e] in _LIST_JOINS and any(text.startswith(r, e + 1) and text[e + 1 + len(r) : e + 2 + len(r)] in _REGION_ITEM_END for r in regions):
        return True
    return s > 0 and text[s - 1] in _LIST_JOINS and any(text.endswith(r, 0, s - 1) and text[s - 2 - len(r) : s - 1 - len(r)] in _REGION_ITEM_OPEN for r in regions)


def _council_end(text: str, e: int, form: str) -> int:
    """Where a table body's name ending at ``e`` ends with the council after it (穆斯林兄弟会|中央委员会): a
    body not China's own (whose councils are rows of their own, 九三学社中央委员会)."""
    row = lexicons.organizations().get(form)
    council = next((c for c in lexicons.BODY_COUNCILS if text.startswith(c, e)), "")
    return e + len(council) if council and (row is None or row.level != "national") else e


@lru_cache(maxsize=1)
def _named_org_re() -> re.Pattern[str]:
    # Han characters, or Han joined by a dash (中国—拉共体论坛)
    forms = {f for f in lexicons.organizations() if len(f) >= 2 and f not in _NOT_ALONE and re.fullmatch(r"[\u4e00-\u9fff]+(?:[—\-][\u4e00-\u9fff]+)?", f)}
    forms |= set(lexicons.international_orgs()) | set(lexicons.OCCASION_BODIES)
    return re.compile(lexicons.alternation(forms))


_EVERY_LOCALITY = ("各地", "各级")  # 各地共青团, 各级工商联: the local bodies of the kind, a plural the golds leave out (not 全国各地新华书店: the one chain)
_PARTYS_OWN_WORDS = ("人才", "人事", "人气", "人民")  # 人 opening a word after a party's name: the party's own (…党|人才工作, 人民至上)


def _named_orgs(text: str) -> list[tuple[int, int, str]]:
    """Bodies named outside a title: a form of the organisation lexicon (外交部, 联合国, 全国妇联), a
    foreign state's ministry written with the state (阿塞拜疆外交部), a state's government,
    parliament or cabinet (叙利亚政府) and its parties (巴基斯坦人民党). Not a role's body (外交部长,
    a title's own work), a kind of unit (公安部门), a longer name (民进党, 联合国海洋法公约,
    中央人民政府驻…联络办公室) or another state's or party's body (美最高法, 越共中央宣教部)."""
    out = []
    pos = 0
    while (m := _named_org_re().search(text, pos)) is not None:
        s, e = m.span()
        pos = e
        if m.group() == "联合国" and (text[e : e + 1] in ("家", "际") or (n := _named_org_re().match(text, s + 2)) and n.end() > e):
            pos = s + 2  # 联合|国家互联网信息办公室, 联合|国际研究团队, 联合|国资委: the verb 联合, then another word or body
            continue
        if m.group() in ("波音", "空客", "空中客车") and _AIRCRAFT_TYPE.match(text, e):
            continue  # 波音737, 空客A350: the aircraft, not the company
        if m.group() == "空客" and not _opens_name(text, s):
            continue  # 航空客机, 天津空客总装厂: another word, or a plant named after the maker
        if m.group() in _SEAT_BODIES and _at_seat(text, s, e):
            continue  # 在白宫会见, 闯入白宫内部, 白宫外|南草坪, 白宫发生爆炸: the building, where it happened
        if m.group() in _BRANDS and (not (_opens_name(text, s) or lexicons.country_before(text, s) or lexicons.common_words().get(text[max(0, s - 2) : s]) in ("v", "vn"))
                                     or text.startswith(_BRAND_RUNS_ON, e)):
            continue  # 汗血|宝马 (a horse), 周禄宝|马上 (a name, then a word), 赤峰宝马矿业有限责任公司: no BMW (but 德国|宝马, 建设|宝马)
        if m.group() == "央行" and (text.endswith(_MANY_BANKS, 0, s) or text.startswith("行长", e) and text.endswith(_FINANCE_MINISTERS, 0, s)):
            continue  # 各经济体央行, 七国集团财长和央行行长: the states' central banks, not China's
        if m.group().endswith("部") and (text.startswith("署", e) and not text.startswith("署理", e) or text.endswith(_MANY_STATES, 0, s)):
            continue  # 重大外交|部署: the word 部署; 成员国司法部合作: the member states' ministries, not China's
        every = text.endswith(_EVERY_LOCALITY, 0, s)
        if s and (text[s - 1] in _LEVELS or text[s - 1] == "州" or every) and not m.group().startswith((*_CENTRAL_OPENS, "中国", "中华")) \
                and (row := lexicons.organizations().get(m.group())) is not None and row.level == "national" and not (every and row.kind == "enterprise"):
            continue  # 省科协, 市工商联, 州国资委: that locality's own body of the kind (港区|全国人大代表 is the national one); 各地共青团: every locality's
        if m.group().endswith("党") and text.startswith("人", e) and not text.startswith(_PARTYS_OWN_WORDS, e):
            continue  # 中国共产党人, 民主党人: the party's members, no mention of the body (but 中国共产党|人才工作会议)
        if text[e : e + 1] in ("门", "长", "员") or text[e : e + 1] == "党" and (m.group().endswith("党") or not text.startswith(_PARTY_GROUPS, e)) or text[max(0, s - 1) : s] in ("原", "前") and not any(text[a:s] in lexicons.common_words() for a in range(max(0, s - 3), s - 1)) or text[max(0, s - 1) : s] == "届" and (_term_session_after(text, e, m.group()) or m.group().startswith("中央") and _OWNERS_TERM.search(text, max(0, s - 8), s)):
            continue  # 十三届全国人大|代表: a term's deputy, a title; 原|外交部: a former body (not 目前|波音, 不久前|中国共产党)
        if _among_regions(text, s, e) and m.group() in lexicons.international_orgs():
            continue  # 中国对东盟、拉丁美洲和非洲等新兴市场: a market, named as the continents beside it
        if _SYSTEM_AFTER.match(text, e):
            continue  # 军委主席负责制: a system named after the body's head, no mention of the body
        if text.startswith(("驻", "公约", "宪章", "海洋法"), e) or text[s : e + 1] == "最高法院" or text[e : e + 1] == "军" \
                or text.startswith("消息", e) and getattr(lexicons.organizations().get(m.group()), "kind", "") == "media":
            continue  # 央视网消息: the publisher's header (证监会消息: the body's news); 中央人民政府驻…联络办公室, 联合国海洋法公约: a longer
            # name; 信德省最高法院: any state's supreme court; 政府军
        if m.group().startswith("中央") and (party := _foreign_centre_before(text, s)):
            out.append((s - len(party), e, party + m.group()))  # 越共中央宣教部: that party's, by its whole name
            continue
        if s and (text[s - 1] in grammar.STATE_ONE and not text[s - 2 : s - 1].isdigit() and text[s - 2 : s] not in lexicons.common_words()
                  or text[s - 1] in "共党" and m.group().startswith("中央")):
            continue  # 美最高法, 越共中央宣教部: another state's or party's body (not 10日|中央纪委, 今日)
        if e - s == 2 and s and any(text[a : s + 1] in lexicons.common_words() for a in range(max(0, s - 2), s)):
            continue  # 人民革命党 holds no 民革
        if text[max(0, s - 2) : s] == "人大" or text.endswith("常委会", 0, s):
            continue  # 省人大财经委, 省人大常委会法工委: a local congress's committee (全国人大财经委 is one longer form)
        if _local_congress_before(text, s, m.group()):
            continue  # 省人大常委会委员、|外事委主任委员: the committee of that local congress, the chain's opening names
        if m.group() == "中央政府" and (_foreign_paragraph(text, s) or lexicons.country_before(text, s)):
            continue  # 日本多个地方政府呼吁中央政府: that state's, not China's
        if (k := _place_before(text, s, "", (4, 3, 2))) and not m.group().startswith((*_CENTRAL_OPENS, "中国", "中华")) \
                and m.group() not in lexicons.international_orgs() and (getattr(lexicons.organizations().get(m.group()), "kind", None) not in ("international", "enterprise") or m.group().endswith("银行")) \
                and any(p.level in ("province", "city") for p in lexicons.places()[text[s - k : s]]):
            continue  # 江苏|人民出版社, 赣州|农业银行: a province's or city's own body or branch, a longer name (not 北京|亚太经合组织会议, 深圳|华为技术有限公司)
        if (country := lexicons.country_before(text, s)) and country not in ("中国", "中华人民共和国") and m.group() not in lexicons.international_orgs():
            s -= len(country)  # 西班牙卫生部: that state's ministry, not China's (but 秘鲁|亚太经合组织…会议, 埃及|阿拉伯国家联盟总部: a body of
            # many states, never one state's; the state is where it meets or sits)
        end = _council_end(text, e, m.group())
        out.append((s, end, text[s:end]))
    for c in lexicons.country_re(not_after=("驻", "统")).finditer(text):
        cs = c.start()
        if cs and text[cs - 1] in "东南西北" and lexicons.common_words().get(text[cs - 1 : c.end()]) == "ns":
            cs -= 1  # 北爱尔兰民主统一党: the region's party, not Ireland's
        cg = text[cs : c.end()]
        at = text[c.end() : c.end() + 1]
        armed = next((b for b in _by_first(lexicons.ARMED_BODIES).get(at, ()) if text.startswith(b, c.end())), None)
        if armed and (text[c.end() + len(armed) : c.end() + len(armed) + 1] != "部" or text.startswith(_ARMED_VERBS, c.end() + len(armed))) and text[cs - 1 : cs] != "赴":
            out.append((cs, c.end() + len(armed), cg + armed))  # not 美国陆军部, a ministry (but 乌克兰海军|部署); 赴马里维和部队 is China's
            continue
        if cg == "中国":
            continue  # China's bodies and parties are lexicon forms
        end = c.end() - 1 if cg.endswith("国") and cg[:-1] in lexicons.countries() and text.startswith(_STATE_WORD_HOUSES, c.end() - 1) else c.end()
        if end < c.end():
            out.append((cs, end + len(h := next(h for h in _STATE_WORD_HOUSES if text.startswith(h, end))), text[cs:end] + h))
            continue  # 蒙古|国家大呼拉尔: the house's own 国 closes the state's name (蒙古国)
        body = next((b for b in _by_first(_HOUSES_AND_BODIES).get(at, ()) if text.startswith(b, c.end())
                     and text[c.end() + len(b) : c.end() + len(b) + 1] not in ("门", "长", "首", "官", "总")), None)  # 波兰参议院
        if body:  # (英国议会|下院首相质询: the shorter body where the longer runs into a title)
            out.append((cs, c.end() + len(body), cg + body))
        elif (m := _STATE_NATIONAL_BODY.match(text, c.end())) and _national_body_mid(m.group("mid")):
            out.append((cs, m.end(), text[cs : m.end()]))  # 美国国家冰雪数据研究中心: that state's own national body
        elif (m := _PARTY.match(text, c.end())) and not _NOT_PARTY.search(_PAIRED_AIMS.sub("", m.group(1))) and text[m.end() : m.end() + 1] not in ("人", "派", "员") \
                and not _counted_or_placed(m.group(1)):
            out.append((cs, m.end(), text[cs : m.end()]))  # 巴基斯坦人民党, 利比亚国民议会
        elif (m := _MOVEMENT.match(text, c.end())) and not _NOT_PARTY.search(_PAIRED_AIMS.sub("", m.group(1)).replace("共和", "")) and cg not in m.group(1) and _opens_name(text, cs):
            out.append((cs, m.end(), text[cs : m.end()]))  # 多哥保卫共和联盟主席 (not 解放|巴勒斯坦民主阵线, a longer name, nor 巴勒斯坦|解放巴勒斯坦…)
        elif (m := _COMMITTEE.match(text, c.end())) and _committee_name(m.group(1), cg) \
                and not (text[cs - 1 : cs] in ("和", "与", "同") and lexicons.country_ends(text, cs - 1)):
            # (not 中国和|哈萨克斯坦合作委员会: the two states' joint committee)
            out.append((cs, m.end(), text[cs : m.end()]))  # 乌克兰国家安全和国防委员会, 俄罗斯联邦委员会
        elif (m := _MINISTRY.match(text, c.end())) and _fields(m.group(1)) and _committee_name(m.group(1), cg) and not _abbreviation_before(cg, m.group(1)):
            out.append((cs, m.end(), text[cs : m.end()]))  # 韩国外交通商部, 美国能源部: that state's ministry by its fields
    return out


@lru_cache(maxsize=1)
def _state_body_words() -> str:
    # not 国会 (美国会: the US will, or its congress) nor a bare 军 (美军: the golds differ on it)
    return lexicons.alternation((*(b for b in (*_FOREIGN_BODY, *lexicons.FOREIGN_HOUSES) if b != "国会"), "国务院", *lexicons.ARMED_BODIES))


@lru_cache(maxsize=1)
def _initial_body_words() -> str:
    # 国会 too (no state the lexicon leaves out is X国); of the armed forces 军方 only (巴军队, 土海军: the golds leave them
    # out), and the police (土警方: the golds list it)
    return lexicons.alternation((*(b for b in _FOREIGN_BODY if b != "政府军"), *lexicons.FOREIGN_HOUSES, "军方", "警方"))


@lru_cache(maxsize=1)
def _state_body_re() -> re.Pattern[str]:
    return re.compile(f"[{''.join(lexicons.STATE_ABBREVIATIONS)}](?:{_state_body_words()})")


def _state_bodies(text: str) -> list[tuple[int, int, str]]:
    """A foreign state's body after the state's one-character form (俄外交部, 叙政府, 美军方, 波议会, 俄国家杜马):
    where a name may open or after a verb, an adverb or a time word (协助|叙政府军, 希望|韩政府, 此前|美财政部;
    not 欧美|政府, 苏维埃|政府), after no number (25日|政府军), not a title's body (俄外交部长)."""
    found = [(m.start(), m.end(), False) for m in _state_body_re().finditer(text)] + [(s, e, True) for s, e in _initial_bodies(text)]
    return [(s, e, text[s:e]) for s, e, initial in found
            if (_opens_name(text, s) or _after_verb(text, s) or text[s - 1 : s] == "同" and initial)
            and not text[s - 1 : s].isdigit() and text[e : e + 1] not in ("门", "长", "首", "官", "总")]


@lru_cache(maxsize=1)
def _initial_body_re() -> re.Pattern[str]:
    return re.compile(f"(?:{_initial_body_words()})(?!军(?!队))")  # not 利政府军: the army


def _initial_bodies(text: str) -> list[tuple[int, int]]:
    """A body after the first character of a foreign state the story names, the one state it names with that
    character (愿同|哈议会, 柬参议院, 巴军方 beside 哈萨克斯坦…): the short forms no lexicon lists (not 同意|政府).
    (start, end) of each, the initial included; one pattern for every story (compiling one per story cost ~2%)."""
    initials = {ch for ch in _initial_states(text) if ch not in lexicons.STATE_ABBREVIATIONS}
    if not initials:
        return []
    words = lexicons.common_words()
    return [(b - 1, m.end()) for m in _initial_body_re().finditer(text)
            if (b := m.start()) and text[b - 1] in initials and (text[b - 2 : b] if b > 1 else "") not in words]


@lru_cache(maxsize=4)
def _initial_states(text: str) -> dict[str, str]:
    """``lexicons.initial_states`` of the states the text names (read once per story: ``_governed`` asks per
    kind of government, ``_initial_bodies`` once; callers only read the dict)."""
    return lexicons.initial_states({m.group(): lexicons.country(m.group()) for m in lexicons.country_re(True).finditer(text)})


def _after_verb(text: str, s: int) -> bool:
    """Whether a word of the list that ends at ``text[s]`` is a verb, a preposition, an adverb, a time
    word or a conjunction (协助, 希望, 此前), the state's one-character form not ending it (欧美, 驻叙)."""
    words = lexicons.common_words()
    return text[s - 1 : s + 1] not in words and text[s - 1 : s] != "驻" and any(
        words.get(text[s - k : s], "")[:1] in ("v", "p", "d", "t", "c") for k in (3, 2) if k <= s)


# A state's party or parliament by its own name (日本公明党, 斯洛伐克国民议会), never a count or a
# clause (英国三大党, 古中两党, 新一届国会, 全国人大同比利时议会, 埃及今天举行议会) nor 爱国会 or 全体党员.
_PARTY = re.compile(r"([\u4e00-\u9fff]{1,8}?)(党|议会|国会)")
_NOT_PARTY = re.compile(
    r"[的和与及在将是等对为了从向被把同两三各第届重视爱]|执政|^(在野|反对|政|主要|全|该|本|多|朝野|大|新)$|大$"
    r"|举行|解散|处于|宣布|召开|表示|通过|选举|访问|批准|呼吁|要求|今天|昨天|日前|近日|全体"
    r"|出席|公布|采取|寻求|坚持|援引|准备|执行"  # 俄罗斯出席中俄议会…, 柬埔寨公布国会选举结果: a clause, then the body
    r"|(?<!民)政$|" + "|".join(grammar.TENURE))  # 法国极右翼政党, 韩国朝野政党: a description of parties, not a party's name; 日本新当选|自民党总裁: a title
_PAIRED_AIMS = re.compile(r"(?<=[\u4e00-\u9fff]{2})与(?:发展|正义|进步|团结)$")  # 缅甸联邦巩固|与发展|党: 与 joins the party's two aims


def _counted_or_placed(mid: str) -> bool:
    """Whether the words between a state and 党, 议会 or 国会 hold a count, a pronoun, a direction or a place word
    (伊拉克上一次|议会, 美国一些|国会议员, 英国…援引一位|工党, 伊拉克北部|…工人党, 黎巴嫩境内|真主党): another
    body, or the state's house told of in a clause, never a party's own name."""
    words, i = lexicons.common_words(), 0
    if re.search(r"[一二三四五六七八九十两几多各\d]国$", mid):
        return True  # 赞比亚、…、柬埔寨六国|议会: the states counted, each one's house (六国 a word of the list, no count to it)
    while i < len(mid):
        w = next((w for k in (4, 3, 2) if (w := mid[i : i + k]) in words), mid[i])
        if words.get(w, "")[:1] in ("m", "r", "f", "s") and not (w == "我们" and len(mid) <= 3):
            return True  # (西班牙我们能|党: Podemos, a party named so)
        i += len(w)
    return False


# A state's party named a movement, a league or a front, told from a cause by its leader's title right
# after it (安哥拉人民解放运动主席, 马来西亚国民阵线领袖); a cause's 领袖 is no party's (印度独立运动领袖)
_MOVEMENT = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:运动(?=(?:名誉|副)?(?:主席|总书记))|(?:联盟|阵线)(?=(?:名誉|副)?(?:主席|领袖|总书记)))")


# A state's committee by its own name (柬埔寨国家选举委员会), never a clause (俄罗斯举行中俄…委员会,
# 叙利亚访问的红十字国际委员会) nor a title (伊朗总统府…委员会).
_COMMITTEE = re.compile(r"([\u4e00-\u9fff]{0,12}?)委员会")


# A state's ministry by its fields (韩国外交通商部, 美国能源部, 文莱外交与贸易部), never a part of the state
# (叙利亚东北部, 美国中西部), its headquarters or inside (总部, 内部), a minister (部长) or a unit (部门, 部队)
_MINISTRY = re.compile(r"([\u4e00-\u9fff]{2,6}?)部(?![长门分队署落位件])")
_NOT_FIELD_END = frozenset("东南西北中内外全总学干本局")


def _fields(middle: str) -> bool:
    """Whether the words before a state's 部 name its fields (外交通商, 能源, 保健福祉), not a place in it
    (地处欧亚接合, 东北), one of many (边防某) or a clause (a verb, an adverb, a pronoun, a count)."""
    if middle[-1] in _NOT_FIELD_END and not middle.endswith("安全") or "某" in middle or middle in lexicons.ARMED_BODIES:
        return False  # (美国陆军部: left as the armed forces' finder leaves it; 全部 is all, but 美国国土安全部 a field's)
    words, i = lexicons.common_words(), 0
    while i < len(middle):
        w = next((w for k in (4, 3, 2) if (w := middle[i : i + k]) in words), middle[i])
        if words.get(w, "") in ("s", "v", "d", "p", "c", "u", "r", "m", "f"):
            return False
        i += len(w)
    return True


def _abbreviation_before(state: str, middle: str) -> bool:
    """Whether a state read as 美国 before a ministry's fields is its one-character form before a ministry
    whose name opens with 国 (美|国土安全部): the 国 and the fields' first character make a word, and no
    word opens at that character alone (土安全: not 美国|能源部, 韩国|统一部)."""
    words = lexicons.common_words()
    return state[:-1] in lexicons.STATE_ABBREVIATIONS and state[-1] == "国" and state[-1] + middle[:1] in words \
        and not any(middle[:k] in words for k in (4, 3, 2))


def _committee_name(middle: str, state: str) -> bool:
    """Whether the words between a state and 委员会 name its committee: fields joined by 和 or 与
    (国家安全和国防), not a clause, a title or a second state (俄罗斯和乌克兰…委员会)."""
    if not middle:
        return state.endswith("联邦")  # 俄罗斯联邦|委员会: the Federation Council
    parts = re.split("[和与]", middle)
    # 选举 names a kind of committee (国家选举委员会) and 高等 a rank (独立高等选举委员会), not a clause here
    return all(p and not lexicons.country_at(p) for p in parts) and not _NOT_PARTY.search("".join(parts).replace("选举", "").replace("高等", "")) \
        and not grammar.any_role().search(middle) and not any(ch in _CLAUSE_CHARS or ch in "就又也还" for ch in middle) \
        and not any(end in middle for end in ("法院", "政府", "议会", "国会", "部", "局", "机构"))  # 埃及最高宪法法院随后就制宪…


_LEVEL_END = re.compile(r"[省市县区州旗盟]")
_BEFORE_BODY = frozenset("对在与和同及等为把被从向的了是也都就还又将于给由经受据请让使")
# The relative names of a locality's own bodies (省委, 市政府, 县人大常委会): read where they stand.
_RELATIVE_BODY = re.compile(r"[省市县区州镇乡](?:委常委会|委|人民政府|政府党组|政府|人大常委会|人大|政协|纪委监委|纪委|监委)")


def _find_places(text: str) -> list[tuple[int, int, str]]:
    """Full names of administrative divisions (临汾市, 山西省): the longest ending at a level word."""
    places = lexicons.places()
    out: list[tuple[int, int, str]] = []
    for m in _LEVEL_END.finditer(text):
        e = m.end()
        for k in (7, 6, 5, 4, 3):
            s = e - k
            if s >= 0 and text[s:e] in places and (not out or out[-1][1] <= s):
                out.append((s, e, text[s:e]))
                break
    return out


# --- the whole recogniser ------------------------------------------------------------------

def _predicate_as_name(name: str) -> bool:
    """Whether ``name``, with no separator, holds an aspect particle after its first character (取下了, 拽着胶管)
    or a verb of the dictionary that ends in 有 (写有, 享有): a predicate read as a name, never a person's.

    >>> _predicate_as_name("取下了"), _predicate_as_name("手举写有"), _predicate_as_name("王有德")
    (True, True, False)
    """
    if grammar.SEP.search(name):
        return False
    words = lexicons.common_words()
    return any(c in "了着" for c in name[1:]) or any(
        name[i + 1] == "有" and words.get(name[i : i + 2], "").startswith("v") for i in range(len(name) - 1))


def recognise(text: str, corpus_names: frozenset[str] = frozenset(), tagger: bool = False) -> Recognised:
    """Run every recogniser over one normalised text; ``corpus_names`` are names other
    articles of the corpus vouch for (``kg.names``); ``tagger`` lets the optional LAC cue
    check and complete the person names (``kg.tagger``, off by default)."""
    meta = meta_lines(text)
    corpus_names = _with_public_figures(corpus_names)
    first = _told_by_works(text, _find_persons(text, meta, corpus_names), corpus_names)
    known = frozenset(h.name for h in first if h.via in ("title", "list", "group", "byline")) | corpus_names
    persons = first if known == corpus_names else _find_persons(text, meta, known)  # same names: same hits
    persons = _candidates(text, persons, known, meta)
    persons = _story_names_before_titles(text, persons)
    persons = _repeated_names(text, persons, known, meta)
    persons = _known_mentions(text, persons)
    persons = _corpus_mentions(text, persons, corpus_names, meta)
    persons = _joined_mentions(text, _list_mentions(text, persons, meta), meta)
    persons = _roster_mentions(text, persons, meta)
    persons = _led_mentions(text, _cue_persons(text, persons, frozenset(h.name for h in persons), meta), meta)
    persons = _bracketed_posts(text, persons, known, meta)
    persons = _unit_speakers(text, persons, known, meta)
    persons = _awarded_names(text, persons, known, meta)
    persons = _caption_persons(text, persons, frozenset(h.name for h in persons) | known, meta)
    persons = _foreign_callings(text, persons, known, meta)
    persons = _foreign_nationals(text, persons, known, meta)
    persons = _talks_partners(text, _dotted_names(text, persons, known, meta), meta)
    persons = _full_foreign_names(text, _short_forms(text, _hyphenated_full_names(text, persons, meta), meta))
    persons = _full_minority_names(text, persons)
    persons = _told_by_works(text, _titles_clear_of_names(text, persons), corpus_names)
    persons = [h for h in persons if h.name not in lexicons.ARMED_GROUPS]  # 法塔赫与哈马斯…, 法塔赫表示: a movement, never a person
    persons = [h for h in persons if not _predicate_as_name(h.name)]  # 财长|取下了…, 市民|手举写有…: what the holder does, no name
    persons = _settlements_named(text, [h for h in persons if not _addressed_only(h.name) and not _diminutive_of_whole(text, h.name)])
    persons = _uncut(text, _unglued(text, _unaddressed(text, persons), known), known)
    if tagger:
        from kg import tagger as lac

        lac.require()
        persons = lac.refine(text, persons)
    titles = sorted({t for h in persons if h.via in ("title", "name-title") for t in h.titles}, key=lambda t: t.start)
    return Recognised(
        text=text,
        sentences=sentences(text),
        meta=meta,
        persons=tuple(persons),
        titles=tuple(titles),
        orgs=tuple(_clear_of_persons(_find_orgs(text, titles), persons)),
        meetings=tuple(find_meetings(text, frozenset(h.name for h in persons))),
        dates=tuple(_find_dates(text)),
        places=tuple(_find_places(text)),
    )



# A one-character verb or adverb that the name before it swallows (普京|写给…, 敏瑞|率多名部长, 蒂勒森|亲赴机场,
# 罗格|用“…”, 英拉|所牵涉, 贝内特|任总理, 容克|两主席, 安倍晋三|却似乎, 罗阳|常说), and two-character verbs of
# standing in for a post (侯赛因·阿尔努斯|代行总理职权).
_GLUED_ONE = frozenset("率写亲用先所任两却常参迎访")  # (not 因: 莫莱因, 阿卜杜拉因 end with it; 访: 马蒂斯|访日期间)
_GLUED_TWO = ("代行", "暂代", "兼任", "出任", "接任", "继任", "担任")
# …of them, those no transliteration nor Chinese given name ends with: after a transliterated name the tail is the
# verb's even where the story vouches for no shorter name (敏瑞|率…, 蒂勒森|亲赴…, 侯赛因·阿尔努斯|代行…)
_NEVER_LAST = frozenset("率写亲用所两却迎访") | frozenset(_GLUED_TWO)


def _unglued(text: str, hits: list[PersonHit], known: frozenset[str]) -> list[PersonHit]:
    """The hits without a verb or adverb glued onto the name's end, where the name without it is vouched for
    (the story writes it alone, another hit, a title or the corpus names it) and the longer one is no public figure.

    >>> t = "俄罗斯总统普京写给对方的信函。普京在信中表示"
    >>> [h.name for h in _unglued(t, [PersonHit(5, 8, "普京写"), PersonHit(15, 17, "普京", via="known")], frozenset())]
    ['普京', '普京']
    """
    named = {h.name for h in hits}
    spans = [(h.start, h.end) for h in hits]
    out = []
    for h in hits:
        if len(h.name) >= 3 and h.name not in lexicons.public_figures() and _goes_on_once(text, h):
            for k, tails in ((2, _GLUED_TWO), (1, _GLUED_ONE)):
                short, tail = h.name[:-k], h.name[-k:]
                if tail in tails and len(short) >= 2 and short[-1] not in "·-" and (
                        _vouched_alone(text, short, tail, named | known, spans) or tail in _NEVER_LAST and _transliterated(short)):
                    h = dataclasses.replace(h, end=h.end - k, name=short)
                    break
        out.append(h)
    return out


# What may follow a whole name the story writes (那仁满都拉说, 库尔班江·赛买提和…): a stop, or a word that opens a clause.
_AFTER_WHOLE = frozenset("，,。；;：:、！？!?”）)说是和的在与同")


def _uncut(text: str, hits: list[PersonHit], known: frozenset[str]) -> list[PersonHit]:
    """A name read short where a verb or adverb opens on its last syllables (库尔班江·赛买|提出生, 那仁满|都拉说)
    is the longer name when the story writes it so at every one of two or more mentions, whole before a stop
    or a clause's word at one of them, and the tail is a name's: one transliteration character after a
    dotted name, or two or three characters that end a Mongolian or Tibetan name or are all transliteration
    characters, and no word of the dictionary (not 李强|总理, 张伟|同志).

    >>> t = "那仁满都拉是牧民。那仁满都拉说，草料备好了。"
    >>> [h.name for h in _uncut(t, [PersonHit(0, 3, "那仁满", via="cue"), PersonHit(9, 12, "那仁满", via="cue")], frozenset())]
    ['那仁满都拉', '那仁满都拉']
    """
    longer: dict[str, str] = {}
    for name in {h.name for h in hits if h.via not in _STRONG_VIA and h.name not in known}:
        tail = _common_tail(text, name)
        if tail and _tail_of_name(name, tail) and any(text[i + len(name) + len(tail) : i + len(name) + len(tail) + 1] in _AFTER_WHOLE
                                                      for i in grammar.occurrences(text, name)):
            longer[name] = name + tail
    if not longer:
        return hits
    return [dataclasses.replace(h, end=h.end + len(longer[h.name]) - len(h.name), name=longer[h.name])
            if h.name in longer and text.startswith(longer[h.name], h.start) else h for h in hits]


def _common_tail(text: str, name: str) -> str:
    """The characters (at most three, Chinese ones) that follow every one of ``name``'s two or more mentions."""
    ends = [i + len(name) for i in grammar.occurrences(text, name)]
    if len(ends) < 2:
        return ""
    tail = ""
    for k in range(3):
        c = {text[e + k : e + k + 1] for e in ends}
        if len(c) != 1 or not "\u4e00" <= (ch := c.pop()) <= "\u9fff":
            break
        tail += ch
    return tail


def _tail_of_name(name: str, tail: str) -> bool:
    """Whether ``tail`` goes on ``name`` as its last syllables: see ``_uncut``."""
    if len(tail) == 1:
        return "·" in name and tail in _TRANSLIT_CHARS
    parts = lexicons.minority_name_parts()
    whole = name + tail
    return tail not in lexicons.common_words() and (
        all(c in _TRANSLIT_CHARS for c in tail) or any(whole[-k:] in parts for k in range(len(tail) + 1, len(whole))))


def _goes_on_once(text: str, h: PersonHit) -> bool:
    """Whether the story writes ``h``'s name once, a clause going on after it (普京写|给…, 罗格用|“…”): a name written
    again (张天任就…, 张天任的建议) or closed by a stop (洪大用：) is whole."""
    after = text[h.end : h.end + 1]
    return text.count(h.name) == 1 and (after == "“" or "\u4e00" <= after <= "\u9fff")


def _transliterated(name: str) -> bool:
    """Whether every part of ``name`` is two or more transliteration characters (敏瑞, 侯赛因·阿尔努斯)."""
    return all(len(part) >= 2 and all(c in _TRANSLIT_CHARS for c in part) for part in name.split("·"))


def _vouched_alone(text: str, short: str, tail: str, names: Iterable[str] | frozenset[str],
                   spans: Iterable[tuple[int, int]] = ()) -> bool:
    """Whether ``short`` is a name of its own: known, or written in the story without ``tail`` after it and no
    longer name's syllable either (阿卜杜拉|希 vouches for no 阿卜杜拉), nor the start of another, longer hit of
    ``spans`` (张天|翼 of 张天翼 vouches for no 张天 of 张天任)."""
    k = len(short)
    return short in names or any(not text.startswith(tail, i + k) and text[i + k : i + k + 1] not in _TRANSLIT_CHARS
                                 and not any(a <= i and b > i + k for a, b in spans)
                                 for i in grammar.occurrences(text, short))


_HEADLINE_STOPS = re.compile(r"[，,。；;：:！!？?、 \u3000]")  # what a headline line never holds (a caption's space, a sentence's stops)


def _ends_headline(text: str, p: int, q: int) -> bool:
    """Whether ``text[p:q]`` ends a line with no stop nor space (a headline: 中国选手夺两金) and is never written again."""
    s = text.rfind("\n", 0, p) + 1
    return text.startswith("\n", q) and not _HEADLINE_STOPS.search(text, s, q) and text.count(text[p:q]) == 1


# Forms of address written after a name (伍某阿妈, 王五大爷): kin words the story may also write alone for the same
# person (阿妈都要跑来看), never a name's last syllables.
_ADDRESS_AFTER = ("阿妈", "阿爸", "阿爹", "阿公", "阿奶", "阿爷", "阿伯", "阿叔", "阿婶", "阿嫂", *sorted(_KIN_ADDRESS))


def _unaddressed(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """The hits without a form of address read onto the name's end (村民伍某阿妈|特意…), where the story also writes
    the form alone, with no name before it (，阿妈都要…), or the name without it: the name is the part before.

    >>> t = "村民伍巫甲阿妈端来了开水。阿妈说，电通了。"
    >>> [h.name for h in _unaddressed(t, [PersonHit(2, 7, "伍巫甲阿妈", via="group")])]
    ['伍巫甲']
    """
    out = []
    for h in hits:
        addr = next((a for a in _ADDRESS_AFTER if h.name.endswith(a) and len(h.name) - len(a) >= 2
                     and h.name[: -len(a)] not in lexicons.surnames()), None)  # (村民欧阳大姐: a surname alone before it, no name)
        if addr is not None:
            short = h.name[: -len(addr)]
            alone = any(not "\u4e00" <= text[i - 1 : i] <= "\u9fff" for i in grammar.occurrences(text, addr))
            if alone or _vouched_alone(text, short, addr, ()):
                h = dataclasses.replace(h, end=h.end - len(addr), name=short)
        out.append(h)
    return out


def _addressed_only(name: str) -> bool:
    """A surname and a form of address (李阿姨, 王师傅, 刘大姐; 吴老, how an elder is addressed): a person the
    story calls so, but no name."""
    return (len(name) >= 3 or name[1:] == "老") and name[0] in lexicons.surnames() and (name[1:] in _ADDRESS or name[1:] in _KIN_ADDRESS)


def _diminutive_of_whole(text: str, name: str) -> bool:
    """小古丽 where the story also writes 阿明古丽: the pet name of one it names whole, no name of its own
    (not 小威廉姆斯 beside 大威廉姆斯, two sisters, nor 小布什 beside 前总统布什: a title before the tail)."""
    tail = name[1:]
    return name[0] == "小" and len(tail) >= 2 and "·" not in tail and any(
        i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in "小大老" and text[i - 1] not in _BEFORE_BODY
        and not grammar.title_chain(text, max(0, i - 20), i) for i in grammar.occurrences(text, tail))


# The kinds of settlement a place's name goes on with (曾厝垵|社区, 下姜|村委会): a name the story writes so is a place's.
_SETTLEMENT_AFTER = ("社区", "街道", "村委会", "村民委员会", "居委会", "村党支部", "村民")


def _settlements_named(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """Drop the untitled names the story also writes right before a kind of settlement (曾厝垵社区召开…, 曾厝垵通过…):
    a community's or village's name, no person's."""
    places = {h.name for h in hits if h.via not in _STRONG_VIA and _settlement_written(text, h)}
    return [h for h in hits if h.name not in places] if places else hits


def _settlement_written(text: str, h: PersonHit) -> bool:
    """Whether the story writes ``h``'s name right before a kind of settlement, not a work a called person's name
    is given to (老党员张明华… 张明华|社区工作法)."""
    return any(text.startswith(_SETTLEMENT_AFTER, e) and not (h.via == "group" and _work_named_for(text, e))
               for e in (i + len(h.name) for i in grammar.occurrences(text, h.name)))


# What is named after a person (张明华社区工作法, X社区工作室): not the community's, where the story names X with a calling
# (not _NAMED_AFTER_HIM's places and monuments, which follow the bare name).
_WORK_NAMED_FOR = ("工作法", "工作室", "服务站")


def _work_named_for(text: str, at: int) -> bool:
    """Whether 社区 at ``at`` goes on with a thing named after a person (张明华|社区工作法)."""
    return text.startswith("社区", at) and text.startswith(_WORK_NAMED_FOR, at + 2)


# The story a drama, film or novel tells (该剧讲述了第一书记X带领群众…的故事): its people are characters.
# (该剧以改革开放三十年为背景，|讲述了主人公…: the time or thread the work is set in, a clause before what it tells)
_WORK_TELLS = re.compile(r"(?:该剧|此剧|本剧|全剧|剧中|该片|此片|本片|片中|影片|电影|电视剧|连续剧|话剧|舞剧|歌剧|音乐剧|小说)"
                         r"(?:以[^，,。；;！？!?]{1,24}?为(?:背景|主线|线索|题材)[，,])?[^，,。；;！？!?]{0,12}?"
                         r"(?:讲述|讲的是|描写|描述|刻画)[^。；;！？!?]{2,80}?(?:故事|事迹|经历|历程|一生|生平)")
_STRONG_VIA = frozenset({"title", "list", "byline", "profile"})
_TOLD_AS_REAL = re.compile(r"事迹$|真实|真人真事")  # 讲述了…的感人事迹, …的真实故事: the work tells a real person's deeds


def _real_body_title(h: PersonHit) -> bool:
    """Whether the title right before a name in a work's story names a real body (该剧讲述了河北农业大学教授X…):
    a real person the work is about; a calling alone (第一书记韩立, 驻村第一书记) or 某 (某市公安局) tells a character."""
    t = h.titles[-1] if h.titles else None
    return (t is not None and t.end == h.start and len(t.org) >= 4 and "某" not in t.org
            and lexicons.place_prefix(t.org) is not None and t.org.endswith(lexicons.org_suffixes()))


def _told_by_works(text: str, hits: list[PersonHit], vouched: frozenset[str]) -> list[PersonHit]:
    """Names inside the story a work tells (该剧讲述了年轻的第一书记X…的故事) are a role's, not a person of
    the news: kept only where the corpus or the lexicon knows the name, or the text names it with a title
    outside such a story (以原…部长X事迹为素材的电视剧), and never with the title the story gives it. A story
    told as real (…的感人事迹, 真实故事) or a name after a real body's title (河北农业大学教授X) is a real person's."""
    if "讲" not in text and "描" not in text and "刻画" not in text:
        return hits
    told = [m.span() for m in _WORK_TELLS.finditer(text)]
    if not told:
        return hits
    told = [(a, b) for a, b in told if not _TOLD_AS_REAL.search(text, a, b)]
    inside = [any(a <= h.start < b for a, b in told) and not _real_body_title(h) for h in hits]
    outside = {h.name for h, i in zip(hits, inside) if not i and h.via in _STRONG_VIA}
    out = []
    for h, i in zip(hits, inside):
        if i and h.name not in vouched and h.name not in outside:
            continue
        out.append(dataclasses.replace(h, titles=(), via="known") if i and h.via in _STRONG_VIA else h)
    return out


def _clear_of_persons(orgs: list[tuple[int, int, str]], persons: list[PersonHit]) -> list[tuple[int, int, str]]:
    """Bodies outside the persons' names found: an organisation's short form inside a longer name
    (胡|鞍钢, a person; not the company 鞍钢) is no mention of the body."""
    spans = [(h.start, h.end) for h in persons]
    return [o for o in orgs if not any(a <= o[0] and o[1] <= b and b - a > o[1] - o[0] for a, b in spans)]


def _titles_clear_of_names(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """A title chain never starts inside another name found (习近平和工业部长李四: not 平和工业部长,
    a name the later passes found): the chain right before its name is read again from there."""
    out = []
    for h in hits:
        if h.titles and h.titles[-1].end == h.start and (cut := max(
                (g.end for g in hits if g.start < h.titles[0].start < g.end), default=None)) is not None:
            h = dataclasses.replace(h, titles=tuple(grammar.title_chain(text, cut, h.start)))
        out.append(h)
    return out


@lru_cache(maxsize=4)
def _with_public_figures(names: frozenset[str]) -> frozenset[str]:
    """The corpus's names and the well-known public figures of the lexicon (a name cue, as a
    corpus name is: found only where both its edges are clear); one set per corpus, cached."""
    return names | lexicons.public_figures()


def spans_of(rec: Recognised) -> list[tuple[str, int, int]]:
    """(label, start, end) of every span, sorted, in normalised offsets."""
    out = [("PERSON", h.start, h.end) for h in rec.persons]
    out += [("TITLE", t.start, t.end) for t in rec.titles]
    out += [("ORG", s, e) for s, e, _ in rec.orgs]
    out += [("MEETING", h.start, h.end) for h in rec.meetings]
    out += [("DATE", d.start, d.end) for d in rec.dates]
    out += [("PLACE", s, e) for s, e, _ in rec.places]
    return sorted(set(out), key=lambda x: (x[1], x[2], x[0]))


@lru_cache(maxsize=1)
def make_nlp():
    """A blank spaCy Chinese pipeline (character segmenter, offline) with the kg recogniser.

    ``nlp(text).spans["kg"]`` holds the spans; ``doc._.kg`` the structured ``Recognised``.
    """
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("kg"):
        Doc.set_extension("kg", default=None)

    if "kg_recogniser" not in Language.factories:

        @Language.component("kg_recogniser")
        def kg_recogniser(doc):
            rec = recognise(
                doc.user_data.get("kg_text") or doc.text,
                doc.user_data.get("kg_names", frozenset()),
                doc.user_data.get("kg_tagger", False),
            )
            doc._.kg = rec
            doc.spans[SPAN_KEY] = [
                span for label, s, e in spans_of(rec) if (span := doc.char_span(s, e, label=label)) is not None
            ]
            return doc

    nlp = spacy.blank("zh")
    nlp.add_pipe("kg_recogniser")
    return nlp
