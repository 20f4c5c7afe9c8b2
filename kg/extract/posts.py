"""Posts: (person, title) observations from title chains before names.

A bare role after a titled person in the same sentence takes that title's organisation
(省政协主席张三,常务副主席李四 -> 省政协常务副主席), but a role with its own level does not
(市委副书记、市长 -> 市长), as the gold conventions say.
"""

from __future__ import annotations

from kg.extract.context import Context

# Personal ranks, not posts of the organisation before them: never take its prefix.
_OWN_RANK = frozenset({"教授", "研究员", "创始人", "院士"})
from kg.grammar import Title, is_bare_role
from kg.model import PostObservation

__all__ = ["extract"]


def extract(ctx: Context) -> tuple[PostObservation, ...]:
    out: list[PostObservation] = []
    last_org: dict[int, Title] = {}  # sentence -> last title with an organisation
    seen: set[tuple[str, str]] = set()
    for h in ctx.rec.persons:
        if h.via not in ("title", "list", "name-title"):
            continue
        sent = ctx.rec.sentence_of(h.start)
        pm = ctx.mention(h.start, h.end, "PERSON", "posts")
        for t in h.titles:
            org, title = t.org, t.text
            if is_bare_role(t) and sent in last_org and t.role not in _OWN_RANK:
                org = last_org[sent].org
                title = org + t.role
            elif t.org:
                last_org[sent] = t
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
    return tuple(out)
