"""Long documents in bounded pieces: split at paragraph (else sentence) boundaries, extract
each piece, shift every offset back into the whole text, merge.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters) and the cost and memory
of one huge pass grow with the text; pieces of at most ``CHUNK_CHARS`` keep both bounded.
Facts that span two pieces (a meeting in one, its attendees in the next) can be missed, so
pieces are only used when the text is longer than that.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from kg.model import Document, Extraction, Mention

__all__ = ["CHUNK_CHARS", "extract_in_chunks", "split"]

CHUNK_CHARS = 100_000
_SENTENCE_END = re.compile(r"[。！？；!?;]")


def split(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Consecutive spans covering ``text``, each at most ``size`` characters, cut after the
    last newline of a span's second half, else after its last sentence end, else at ``size``.

    >>> split("ab\\ncd。ef", 4)
    [(0, 3), (3, 6), (6, 8)]
    """
    spans = []
    start = 0
    while len(text) - start > size:
        lo, hi = start + size // 2, start + size
        cut = text.rfind("\n", lo, hi)
        if cut < 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, hi)]
            cut = ends[-1] - 1 if ends else hi - 1
        spans.append((start, cut + 1))
        start = cut + 1
    spans.append((start, len(text)))
    return spans


def extract_in_chunks(doc: Document, extract_one: Callable[[Document], Extraction], size: int = CHUNK_CHARS) -> Extraction:
    """The Extraction of ``doc`` made from the Extractions of its pieces.

    Offsets of every Mention, sentence and mojibake run are into ``doc.text``; the article
    metadata (date, publisher, title) is read from the first piece and given to the others,
    so their relative dates resolve against the article's date.
    """
    spans = split(doc.text, size)
    first = extract_one(dataclasses.replace(doc, text=doc.text[slice(*spans[0])]))
    art = first.article
    rest = [
        extract_one(dataclasses.replace(doc, text=doc.text[s:e], title=art.title, published=art.published, publisher=art.publisher))
        for s, e in spans[1:]
    ]
    parts = []
    sentence_base = 0
    for (start, _), part in zip(spans, [first, *rest], strict=True):
        parts.append(_shift(part, start, sentence_base))
        sentence_base += len(part.sentences)
    persons: dict[str, list[Mention]] = {}
    for part in parts:
        for name, mentions in part.persons:
            persons.setdefault(name, []).extend(mentions)
    head = parts[0].article
    article = dataclasses.replace(
        head,
        reporters=_concat(p.article.reporters for p in parts),
        editors=_concat(p.article.editors for p in parts),
        photographers=_concat(p.article.photographers for p in parts),
        mojibake=_concat(p.article.mojibake for p in parts),
    )
    return Extraction(
        document=doc,
        article=article,
        sentences=_concat(p.sentences for p in parts),
        persons=tuple((name, tuple(ms)) for name, ms in persons.items()),
        organizations=_concat(p.organizations for p in parts),
        posts=_concat(p.posts for p in parts),
        appointments=_concat(p.appointments for p in parts),
        meetings=_concat(p.meetings for p in parts),
        spans=_concat(p.spans for p in parts),
    )


def _concat(tuples) -> tuple:
    return tuple(x for t in tuples for x in t)


def _shift(ext: Extraction, offset: int, sentence_base: int) -> Extraction:
    """``ext`` of a piece starting at ``offset``, with every offset into the whole text."""

    def move(value):
        if isinstance(value, Mention):
            return dataclasses.replace(value, start=value.start + offset, end=value.end + offset, sentence=value.sentence + sentence_base)
        if isinstance(value, tuple):
            return tuple(move(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, Document):
            return dataclasses.replace(value, **{f.name: move(getattr(value, f.name)) for f in dataclasses.fields(value)})
        return value

    spans = tuple((s + offset, e + offset) for s, e in ext.sentences)
    moved = move(ext)
    article = dataclasses.replace(moved.article, mojibake=tuple((s + offset, e + offset) for s, e in ext.article.mojibake))
    return dataclasses.replace(moved, sentences=spans, article=article)
