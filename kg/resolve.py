"""One entity per real thing: canonical labels and keys for people, organisations, posts.

市委 in a 临汾 article is 中共临汾市委员会 (alt 临汾市委); 閆晨曦 and 闫晨曦 are one person
(keys use the simplified name). Where the locality cannot be read off an article, the
organisation stays as written and its key includes the document, so two cities' 市委
are never merged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg import lexicons
from kg.lexicons import Place
from kg.model import Extraction

__all__ = ["CanonicalOrg", "CanonicalPost", "locality", "org", "post"]

_LEVEL_CHAR = {"province": "省", "city": "市", "county": "县"}
_NATIONAL = {"党中央": "中共中央", "中共中央": "中共中央", "国务院": "国务院", "全国人大常委会": "全国人民代表大会常务委员会", "全国政协": "中国人民政治协商会议全国委员会"}


@dataclass(frozen=True)
class CanonicalOrg:
    key: str
    label: str  # full form, e.g. 中共临汾市委员会
    short: str  # the form used in post labels, e.g. 临汾市委
    written: str  # as written in the article, e.g. 市委


@dataclass(frozen=True)
class CanonicalPost:
    key: str
    label: str  # e.g. 临汾市委书记
    org: CanonicalOrg | None
    role: str


def locality(ext: Extraction) -> Place | None:
    """The city or county an article is about: its publisher's name, else the most named place."""
    places = lexicons.places()
    publisher = ext.article.publisher or ""
    for k in (4, 3, 2):
        for i in range(0, max(0, len(publisher) - k) + 1):
            cand = places.get(publisher[i : i + k])
            if cand and cand[0].level in ("city", "county"):
                return cand[0]
    counts = Counter(m.norm for m in ext.spans if m.label == "PLACE")
    for name, _ in counts.most_common():
        cand = places.get(name)
        if cand and cand[0].level in ("city", "county"):
            return cand[0]
    # a place the lexicon lacks, named by the publisher and written in full in the text
    stem = re.sub(r"(新闻网|日报|晚报|融媒体中心|融媒|电视台|广播电视台|发布|网)$", "", publisher)
    text = ext.document.text
    for suffix, level in (("市", "city"), ("县", "county")):
        if 2 <= len(stem) <= 3 and stem + suffix in text:
            return Place(level, stem + suffix, stem, "", "")
    return None


def _province(place: Place) -> Place | None:
    """The province of a place, when the lexicon knows it."""
    cand = lexicons.places().get(place.province)
    return cand[0] if cand else None


def _full(short: str) -> str:
    """Full official form of a short organisation name."""
    if short in _NATIONAL:
        return _NATIONAL[short]
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


def org(written: str, place: Place | None, doc_id: str) -> CanonicalOrg:
    """Canonical form of an organisation written in an article about ``place``."""
    if written in _NATIONAL:
        return CanonicalOrg(f"org:{_NATIONAL[written]}", _NATIONAL[written], written, written)
    body = written.removeprefix("中共")
    short = None
    if place is not None:
        if body.startswith("市") and place.level == "city":
            short = place.name + body[1:]
        elif body.startswith("县") and place.level == "county":
            short = place.name + body[1:]
        elif body.startswith("省") and (prov := _province(place)) is not None:
            short = prov.name + body[1:]
    if short is None:
        if body[:1] in "市县区省镇乡" or not _has_place(body):
            return CanonicalOrg(f"org:{doc_id}:{written}", written, written, written)
        short = body
    return CanonicalOrg(f"org:{_full(short)}", _full(short), short, written)


def _has_place(name: str) -> bool:
    return lexicons.place_prefix(name) is not None or name.startswith(("中央", "全国", "国家", "国务院", "中共中央"))


_GOV_ROLE = re.compile(r"^(常务)?副?(省|市|县|区|州)长$")


def post(title: str, org_written: str | None, role: str, place: Place | None, doc_id: str) -> CanonicalPost:
    """Canonical post: the organisation's short form + the role (临汾市委 + 书记)."""
    if org_written is None and (m := _GOV_ROLE.match(role)):
        org_written = m.group(2) + "政府"
    if org_written is None and role in ("总书记",):
        org_written = "党中央"
    if org_written is None and role in ("总理", "副总理", "国务委员"):
        org_written = "国务院"
    if org_written is None:
        return CanonicalPost(f"post:{doc_id}:{title}", title, None, role)
    o = org(org_written, place, doc_id)
    if o.key.startswith(f"org:{doc_id}:"):
        return CanonicalPost(f"post:{doc_id}:{title}", title, o, role)
    if o.short.endswith("政府") and _GOV_ROLE.match(role):
        label = o.short.removesuffix("人民政府").removesuffix("政府") + role
    elif o.label == "中共中央":
        label = "中共中央" + role
    else:
        label = o.short + role
    return CanonicalPost(f"post:{label}", label, o, role)
