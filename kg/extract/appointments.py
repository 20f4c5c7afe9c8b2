"""Appointments, removals and resignations stated by the text.

任命X为Y / 免去X的Y职务 / 接受X辞去Y职务: the title list is split on 、 and each part
must read as a title.
"""

from __future__ import annotations

import re

from kg import grammar
from kg.extract.context import Context
from kg.model import Appointment, PostObservation

__all__ = ["as_posts", "extract"]

_PATTERNS = (
    ("appointed", re.compile(r"(?:决定)?任命"), ("为",)),
    ("removed", re.compile(r"(?:决定)?免去|免除"), ("的", "同志的")),
    ("resigned", re.compile(r"接受"), ("辞去",)),
)
_TITLES_END = {
    "appointed": re.compile(r"[,，;；。\n]|$"),
    "removed": re.compile(r"(?:的)?职务|[,，;；。\n]"),
    "resigned": re.compile(r"(?:的)?职务|[,，;；。\n]"),
}


def extract(ctx: Context) -> tuple[Appointment, ...]:
    text, out = ctx.text, []
    known = frozenset(h.name for h in ctx.rec.persons)
    for action, cue, joins in _PATTERNS:
        for m in cue.finditer(text):
            if ctx.rec.in_meta(m.start()):
                continue
            names, p = [], m.end()
            while True:
                q = grammar.name_end(text, p, known, extra=joins + ("、",), min_strength=1)
                if q is None:
                    break
                names.append((p, q))
                if text.startswith("、", q):
                    p = q + 1
                    continue
                break
            if not names:
                continue
            q = names[-1][1]
            if text.startswith("同志", q):
                q += 2
            join = next((j for j in joins if text.startswith(j, q)), None)
            if join is None:
                continue
            ts = q + len(join)
            te = _TITLES_END[action].search(text, ts)
            te_pos = te.start() if te else len(text)
            for t_start, t_end in _split(text, ts, te_pos):
                title = text[t_start:t_end]
                if grammar.split_title(title) is None and not re.fullmatch(r"[\u4e00-\u9fff]{2,24}(员|长|官|师|主任|委员)", title):
                    continue
                for p0, p1 in names:
                    out.append(
                        Appointment(
                            person=text[p0:p1],
                            title=title,
                            action=action,
                            date=ctx.reference_date,
                            person_mention=ctx.mention(p0, p1, "PERSON", "appointments"),
                            title_mention=ctx.mention(t_start, t_end, "TITLE", "appointments", 0.9),
                            confidence=0.9,
                        )
                    )
    return tuple(sorted(set(out), key=lambda a: (a.person_mention.start, a.title_mention.start, a.action)))


def _split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, start = [], s
    for i in range(s, e + 1):
        if i == e or text[i] == "、":
            if i > start:
                out.append((start, i))
            start = i + 1
    return out


def as_posts(appointments: tuple[Appointment, ...]) -> tuple[PostObservation, ...]:
    """An appointment is evidence that the person holds the new post."""
    out = []
    for a in appointments:
        if a.action != "appointed":
            continue
        t = grammar.split_title(a.title)
        out.append(
            PostObservation(
                person=a.person,
                title=a.title,
                role=t.role if t else a.title,
                organization=(t.org or None) if t else None,
                observed=a.date,
                person_mention=a.person_mention,
                title_mention=a.title_mention,
                confidence=a.confidence,
            )
        )
    return tuple(out)
