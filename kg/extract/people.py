"""People: every person named, with all their mentions."""

from __future__ import annotations

from kg.extract.context import Context
from kg.model import Appointment, Mention, PostObservation
from kg.nlp import foreign_name_parts

__all__ = ["extract"]


def extract(ctx: Context, appointments: tuple[Appointment, ...] = (), guests: tuple[PostObservation, ...] = ()) -> tuple[tuple[str, tuple[Mention, ...]], ...]:
    """The names the annotator found, those an appointment formula names (选举X为Y), and a guest the
    headline names by title (posts.headline_guests: 李克强会见黑山总理 over 在会见久卡诺维奇时)."""
    by_name: dict[str, list[Mention]] = {}
    for h in ctx.rec.persons:
        conf = {"title": 0.95, "list": 0.9, "byline": 0.9, "name-title": 0.85, "known": 0.9, "cue": 0.75, "profile": 0.9, "group": 0.85, "corpus": 0.85, "tagger": 0.8}[h.via]
        by_name.setdefault(h.name, []).append(ctx.mention(h.start, h.end, "PERSON", f"people.{h.via}", conf))
    for a in (*appointments, *guests):
        if not any((m.start, m.end) == (a.person_mention.start, a.person_mention.end) for m in by_name.get(a.person, ())):
            by_name.setdefault(a.person, []).append(a.person_mention)
    # a later mention by one part of a foreign name only the formula read whole (批准哈桑-鲁哈尼为… 鲁哈尼表示)
    full: dict[str, set[str]] = {}
    found = {h.name for h in ctx.rec.persons}
    for a in appointments:
        if a.person not in found:
            for part in foreign_name_parts(a.person):
                full.setdefault(part, set()).add(a.person)
    for part, names in full.items():
        if len(names) == 1 and len(part) >= 2 and part in by_name:
            by_name.setdefault(next(iter(names)), []).extend(by_name.pop(part))
    return tuple((name, tuple(ms)) for name, ms in sorted(by_name.items()))
