"""Article metadata: publication date and publisher from the header line, byline people."""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.model import Article
from kg.sources import parse_date

__all__ = ["extract"]

_SOURCE = re.compile(r"来源[:：]\s*(?P<src>[^\s　:：]{2,30})")
_DATELINE = re.compile(r"(?P<src>新华社|人民网|央视网|中新社|本报|本台)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电")


def extract(ctx: Context) -> Article:
    text = ctx.text
    published = ctx.doc.published
    publisher = ctx.doc.publisher
    for s, e, kind in ctx.rec.meta:
        if kind != "header":
            continue
        line = text[s:e]
        published = published or parse_date(line)
        if publisher is None and (m := _SOURCE.search(line)):
            publisher = m["src"]
    if publisher is None and (m := _DATELINE.search(text[:400])) and m["src"] not in ("本报", "本台"):
        publisher = m["src"]
    if published is None:
        head = text[: (ctx.rec.sentences[2][1] if len(ctx.rec.sentences) > 2 else 200)]
        if m := re.search(r"(发布时间|发布日期|日期)[:：]\s*(\S+)", head):
            published = parse_date(m.group(2))
    roles: dict[str, list] = {"reporter": [], "editor": [], "photographer": []}
    for h in ctx.rec.persons:
        if h.via == "byline" and h.byline_role:
            roles[h.byline_role].append((h.name, ctx.mention(h.start, h.end, "PERSON", "articles.byline")))
    title = ctx.doc.title or _first_line(ctx)
    return Article(
        doc_id=ctx.doc.id,
        source=ctx.doc.source,
        title=title,
        url=ctx.doc.url,
        published=published,
        publisher=publisher,
        reporters=tuple(roles["reporter"]),
        editors=tuple(roles["editor"]),
        photographers=tuple(roles["photographer"]),
        mojibake=ctx.norm.mojibake,
    )


def _first_line(ctx: Context) -> str | None:
    if not ctx.rec.sentences:
        return None
    s, e = ctx.rec.sentences[0]
    line = ctx.text[s:e]
    return line if "\n" not in line and len(line) <= 80 else None
