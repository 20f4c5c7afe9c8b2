"""Clean a document's text for recognition while keeping a map back to the original.

Removes the crawl artifact of pinyin after a character (``網(wǎng)`` -> ``網``), stray HTML
tags and entities, spaces around a name's middle dot (``约翰 · 基`` -> ``约翰·基``) and before a Chinese
mark that closes what precedes it, 。，；、！？：）” (``大臣 。`` -> ``大臣。``), folds full-width ASCII and the
horizontal bar (``―`` -> ``—``), reads a run of hyphens between characters as the dash it stands for (``赶考--习近平`` ->
``赶考—习近平``; a name's one separator after a sportsman's country, ``肯尼亚选手莫塞斯---莫索普`` -> ``莫塞斯-莫索普``), converts traditional to simplified with OpenCC,
and flags mojibake runs (kept, never repaired). Every normalised character knows the
original span it came from, so every fact can be traced to the characters as written.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from kg import lexicons
from kg.lexicons import guarded

__all__ = ["Normalised", "fold", "is_pinyin", "normalise", "to_simplified"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_TONELESS = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuüüüünnnm")
_SYLLABLE = re.compile(
    r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ün|ua|uo|ue|üe|ia|ie|iu|ui|er|a|o|e|i|u|ü|v|ng|n|m)r?"
)
# Full-width ASCII to half-width, except the punctuation Chinese text keeps full-width.
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in "，：；！？（）"}
# middle dots to one form; the horizontal bar to the em dash that joins names (中国―东盟 -> 中国—东盟)
_FOLD = str.maketrans({"•": "·", "・": "·", "‧": "·", "∙": "·", "．": "·", "\u3000": " ", "\xa0": " ", "―": "—"})
_FOLD_ALL = {**_HALF_WIDTH, **_FOLD}  # one translate: _FOLD's ． -> · wins over its half-width form
# A full stop between two Han characters is a name's dot typed in ASCII (劳尔.卡斯特罗.鲁斯).
_ASCII_DOT = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000\xa0]{0,3}\.[ \u3000\xa0]{0,3}(?=[\u3400-\u9fff])")


def fold(text: str) -> str:
    """Full-width ASCII and the dot, space and bar variants as the normaliser folds them
    (辛普森－米勒 -> 辛普森-米勒): names as written compare with names as extracted."""
    return _ASCII_DOT.sub("·", text).translate(_FOLD_ALL) if "." in text else text.translate(_FOLD_ALL)


_BLOCK_TAG = re.compile(r"</?(?:p|br|div|h[1-6]|li|tr)\b", re.I)
# One pass over the original: pinyin artifact | spaces at a middle dot | HTML tag | HTML entity | space before a mark.
_DOT = "·•・‧∙．."
_NOISE = guarded(
    r"(?P<pinyin>(?<=[\u3400-\u9fff\uf900-\ufaff])[(（](?P<syl>[a-z" + _TONED + r"]{1,7})[)）])"
    rf"|(?P<dotspace>(?<=[\u3400-\u9fff])[ \u3000\xa0]{{0,3}}(?P<dot>[{re.escape(_DOT)}])[ \u3000\xa0]{{0,3}}(?=[\u3400-\u9fff]))"
    r"|(?P<tag></?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,300})?/?>)"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});)"
    r"|(?P<gap>(?<=[\u3400-\u9fff])[ \u3000\xa0]{1,3}(?=[。，；、！？：）”]))"  # 新的外交大臣 。, 记者 ：: a space typed before a mark
    r"|(?P<dashes>(?<=[\u3400-\u9fff])-{2,6}(?=[\u3400-\u9fff]))"  # 赶考--习近平: a run of hyphens typed for a dash
)
# Mojibake: 锟斤拷-style debris, replacement characters, '?' glued into CJK text, Latin-1 decoded UTF-8.
_MOJIBAKE = guarded(
    r"(?:锟斤拷)+|(?:烫烫)+烫?|(?:屯屯)+屯?"  # classic GBK/UTF-8 round-trip debris
    r"|[\ufffd]+"
    r"|(?<=[\u3400-\u9fff“”])[?？][!！]?[\u3400-\u9fff]{0,3}[?？]?"
    r"|[ÃÂÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ][\x80-\xbf\u2018-\u203a€ƒ]+"
)
# A character every mojibake match starts with: a text without one is scanned no further.
_MOJIBAKE_START = re.compile("[锟烫屯\ufffd?？ÃÂÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ]")


def is_pinyin(s: str) -> bool:
    """True if ``s`` is one pinyin syllable (tone marks optional).

    >>> is_pinyin("wǎng"), is_pinyin("zhuān"), is_pinyin("de"), is_pinyin("pdf")
    (True, True, True, False)
    """
    plain = s.translate(_TONELESS)
    return bool(_SYLLABLE.fullmatch(plain))


@lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified (OpenCC t2s)."""
    return _opencc().convert(text)


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus, for each of its characters, the original span it came from."""

    text: str
    original: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    mojibake: tuple[tuple[int, int], ...]  # ORIGINAL-text spans

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


_SPORTSMAN = re.compile(r"(?:选手|运动员)(?P<part>[\u4e00-\u9fff]{2,4})$")  # 肯尼亚选手|莫塞斯: one named by country and sport


def _name_parts_joined(text: str, start: int, end: int) -> bool:
    """Whether the hyphen run at ``start:end`` joins two parts of one foreign name: a sportsman's first part after his
    country (肯尼亚选手莫塞斯---莫索普), neither part nor what opens the second a word (a name the dictionary knows is none), place or country."""
    m = _SPORTSMAN.search(text, max(0, start - 8), start)
    if m is None or lexicons.country(lexicons.country_before(text, m.start())) in (None, "中国"):
        return False  # (not 中国选手李明--王刚: two Chinese names, no transliterated parts)
    words, places = lexicons.common_words(), lexicons.places()
    parts = (m["part"], *(text[end : end + k] for k in (2, 3)))
    return not any(not words.get(w, "nr").startswith("nr") or w in places or lexicons.country(w) for w in parts)


def normalise(original: str) -> Normalised:
    """Normalise ``original``; see the module docstring for what changes."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    # an ASCII full stop is a name's dot only in a text that ends its sentences with 。 (劳尔.卡斯特罗); where it
    # is the sentence mark (举行.国务院总理…) it stays
    ascii_dots = "。" in original
    for m in _NOISE.finditer(original):
        if m["pinyin"] and not is_pinyin(m["syl"]) or m["dotspace"] and (m["dot"] == "." and not ascii_dots or len(m["dotspace"]) == 1 and m["dot"] != "."):
            continue
        _keep(original, pos, m.start(), chars, starts, ends)
        if m["dot"]:
            _keep(original, m.start("dot"), m.end("dot"), chars, starts, ends)
            chars[-1] = "·"
        if m["tag"] and _BLOCK_TAG.match(m["tag"]) and chars and "\u4e00" <= chars[-1] <= "\u9fff" and ("\u4e00" <= original[m.end() : m.end() + 1] <= "\u9fff" or original[m.end() : m.end() + 1].isdigit()):
            # 引抗议</p><p>英国…: a paragraph ends where a block tag stands between two runs of text (also before a
            # digit: a flash item's title line, …项目签约<br/></p><p>2021世界人工智能大会…, is no part of the next name)
            chars.append("\n")
            starts.append(m.start())
            ends.append(m.end())
        if m["dashes"]:
            chars.append("-" if _name_parts_joined(original, m.start(), m.end()) else "—")
            starts.append(m.start())
            ends.append(m.end())
        if m["entity"]:
            rep = html.unescape(m["entity"]).translate(_FOLD)
            if len(rep) == 1:
                chars.append(rep)
                starts.append(m.start())
                ends.append(m.end())
        pos = m.end()
    _keep(original, pos, len(original), chars, starts, ends)
    folded = "".join(chars).translate(_FOLD_ALL)
    simplified = _simplify_aligned(folded)
    mojibake = tuple((m.start(), m.end()) for m in _MOJIBAKE.finditer(original)) if _MOJIBAKE_START.search(original) else ()
    return Normalised(simplified, original, tuple(starts), tuple(ends), mojibake)


def _keep(original: str, a: int, b: int, chars: list[str], starts: list[int], ends: list[int]) -> None:
    chars.extend(original[a:b])
    starts.extend(range(a, b))
    ends.extend(range(a + 1, b + 1))


def _simplify_aligned(text: str) -> str:
    """t2s that never changes the length, so the offset map stays one-to-one.

    OpenCC converts whole phrases; a line whose length would change is converted
    character by character instead.
    """
    if to_simplified(text) == text:
        return text  # one call for the whole text (no dictionary entry spans a line break)
    out = []
    for line in text.splitlines(keepends=True):
        conv = to_simplified(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := to_simplified(c)) == 1 else c for c in line)
        if not conv.isascii() and max(conv) > "\uffff":
            # a rare character t2s writes in a supplementary plane no simplified text uses (马馼 -> 马𫘜)
            conv = "".join(c2 if c2 <= "\uffff" or c > "\uffff" else c for c, c2 in zip(line, conv))
        out.append(conv)
    result = "".join(out)
    if result == text or all(a in _ALSO_SIMPLIFIED for a, b in zip(text, result) if a != b):
        return text  # already simplified: 廖乾五 stays 廖乾五 (t2s would write 廖干五)
    return result


# characters that simplified text uses as they are, though t2s maps them (乾 in names and 乾县)
_ALSO_SIMPLIFIED = frozenset("乾")
