"""What every extractor reads: the document, its normalised text and its annotations."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass

from kg import lexicons
from kg.model import Article, Document, Mention
from kg.nlp import Recognised, find_meetings, recognise, sentences, spans_of
from kg.normalise import Normalised, normalise

__all__ = ["Context", "make_context"]


@dataclass(frozen=True)
class Context:
    doc: Document
    norm: Normalised
    rec: Recognised
    article: Article | None = None

    @property
    def text(self) -> str:
        """The normalised (simplified, artifact-free) text the recognisers read."""
        return self.norm.text

    @property
    def reference_date(self) -> dt.date | None:
        """The date relative dates are resolved against: the publication date."""
        return self.article.published if self.article else self.doc.published

    def with_article(self, article: Article) -> Context:
        return dataclasses.replace(self, article=article)

    def mention(self, start: int, end: int, label: str, extractor: str, confidence: float = 1.0) -> Mention:
        """A Mention for the normalised span [start, end), in ORIGINAL offsets."""
        s, e = self.norm.to_original(start, end)
        return Mention(
            start=s,
            end=e,
            text=self.doc.text[s:e],
            norm=self.text[start:end],
            label=label,
            sentence=self.rec.sentence_of(start),
            extractor=extractor,
            confidence=confidence,
        )

    @functools.cached_property
    def foreign_states(self) -> dict[str, str | None]:
        """The foreign states the text writes, each form with the country it denotes (乌克兰, 俄罗斯联邦 ->
        俄罗斯): read once per article, when first asked (a body of 乌 reads which state the text names)."""
        return {m.group(): lexicons.country(m.group()) for m in lexicons.country_re(True).finditer(self.text)}

    @functools.cached_property
    def person_names(self) -> dict[tuple[int, int], str]:
        """Each person's span with the name it stands for, the whole one for a short form (肯雅塔 ->
        乌胡鲁-肯雅塔): built once per article, not once per appointment cue."""
        return {(h.start, h.end): h.name for h in self.rec.persons}

    def headline(self) -> Context | None:
        """The title read as a text of its own (a meeting told only in the headline: 全国…座谈会在京召开
        over a body that says only 会议指出); None without a title. Read once, and only when asked."""
        return self._headline

    @functools.cached_property
    def _headline(self) -> Context | None:
        return make_context(title) if (title := self._title()) is not None else None

    def headline_meetings(self) -> Context | None:
        """The title with only its meetings recognised, all the meeting extractor reads of it: the
        title's names, titles and bodies cost most of reading it, and it asks for it in most stories."""
        return self._headline_meetings

    @functools.cached_property
    def _headline_meetings(self) -> Context | None:
        if (title := self._title()) is None:
            return None
        norm = normalise(title.text)
        text = norm.text
        rec = Recognised(text, sentences(text), (), (), (), (), tuple(find_meetings(text)), (), ())
        return Context(doc=title, norm=norm, rec=rec)

    def _title(self) -> Document | None:
        """The title as a document of its own; None without one, or when the text opens with it."""
        title = self.article.title if self.article else self.doc.title
        if not title or title == self.text[: len(title)]:
            return None
        return dataclasses.replace(self.doc, text=title, title=None)

    @functools.cached_property
    def vouched_names(self) -> frozenset[str]:
        """The names the story found, and the public figures: what vouches for a name's edges
        in a personnel formula (选举|阮氏金银|为)."""
        return frozenset(h.name for h in self.rec.persons) | lexicons.public_figures()

    def all_spans(self) -> tuple[Mention, ...]:
        return tuple(self.mention(s, e, label, "recogniser") for label, s, e in spans_of(self.rec))


def make_context(doc: Document, known_names: frozenset[str] = frozenset(), tagger: bool = False) -> Context:
    """Normalise and annotate one document; ``known_names`` are the names the corpus vouches
    for (``kg.names``); ``tagger`` turns on the LAC cue. The recognisers run directly: the spaCy
    component of ``kg.nlp.make_nlp()`` wraps the same ``recognise``, and a spaCy Doc of one
    token per character (a third of the time here) would be built only to be thrown away."""
    norm = normalise(doc.text)
    return Context(doc=doc, norm=norm, rec=recognise(norm.text, known_names, tagger))
