"""Plain, frozen data passed between the stages of the flow (sources -> ... -> rdf).

Offsets are always character offsets into ``Document.text``, the ORIGINAL decoded text,
unless a field says otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "Appointment",
    "Article",
    "Document",
    "Extraction",
    "Meeting",
    "Mention",
    "Organization",
    "Participation",
    "PostObservation",
    "SourceError",
]


@dataclass(frozen=True)
class Document:
    """One article as read from a file or record, before any language processing."""

    id: str
    text: str
    source: str  # file path (or path#record-id for JSONL records)
    format: str = "txt"  # txt | html | jsonl
    encoding: str = "utf-8"
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class SourceError:
    """A file or record that could not be read: reported and skipped, never fatal."""

    source: str
    reason: str


@dataclass(frozen=True)
class Mention:
    """A piece of the original text that denotes something: the root of all provenance."""

    start: int  # offsets into the ORIGINAL text
    end: int
    text: str  # original characters [start, end)
    norm: str  # simplified, artifact-free form
    label: str  # PERSON | TITLE | ORG | MEETING | DATE | PLACE
    sentence: int  # index into Extraction.sentences
    extractor: str
    confidence: float = 1.0


@dataclass(frozen=True)
class Organization:
    """An organisation as written in one article (``name`` simplified, e.g. 市委)."""

    name: str
    kind: str  # party-committee | government | congress | cppcc | leading-group | ...
    level: str | None  # national | province | city | county | district | township | None
    mentions: tuple[Mention, ...]
    parent: str | None = None  # name of the parent organisation, when the text shows one
    other_forms: tuple[str, ...] = ()  # the same body as the title or a short form writes it (国土部 over 国土资源部, 乌议会)


@dataclass(frozen=True)
class PostObservation:
    """Evidence in one article that ``person`` held ``title`` on ``observed``."""

    person: str
    title: str  # as written in the article (simplified), shared prefix restored
    role: str  # role word, e.g. 书记, 副市长, 组长
    organization: str | None  # organisation part of the title, e.g. 市委
    observed: dt.date | None
    person_mention: Mention
    title_mention: Mention
    confidence: float = 1.0


@dataclass(frozen=True)
class Appointment:
    """A personnel action stated by the text: appointed, removed or resigned."""

    person: str
    title: str
    action: str  # appointed | removed | resigned
    date: dt.date | None
    person_mention: Mention
    title_mention: Mention
    confidence: float = 1.0


@dataclass(frozen=True)
class Participation:
    """A person's role in a meeting: chair, speaker, attendee, observer or absent."""

    person: str
    role: str
    mention: Mention  # the person mention in the sentence that states the role
    cue: Mention  # the words that state the role (主持, 出席, ...)
    confidence: float = 1.0


@dataclass(frozen=True)
class Meeting:
    """A meeting the article reports."""

    name: str
    date: dt.date | None
    date_text: str | None  # ISO date, or --MM-DD when the year is unknown
    part_of_day: str | None  # 上午 | 下午 | 晚上 | None
    mode: str | None  # video | in-person | mixed | None
    ordinal: int | None
    parts: tuple[str, ...]
    organizers: tuple[str, ...]
    participants: tuple[Participation, ...]
    mentions: tuple[Mention, ...]
    date_mention: Mention | None = None
    confidence: float = 1.0
    aliases: tuple[str, ...] = ()  # other written forms: 市委常委会召开第5次会议, a headline's longer name
    end_date_text: str | None = None  # last day of a range (14日至16日), ISO or --MM-DD


@dataclass(frozen=True)
class Article:
    """Article metadata: who published and wrote it, and when."""

    doc_id: str
    source: str
    title: str | None
    url: str | None
    published: dt.date | None
    publisher: str | None
    reporters: tuple[tuple[str, Mention], ...] = ()
    editors: tuple[tuple[str, Mention], ...] = ()
    photographers: tuple[tuple[str, Mention], ...] = ()
    mojibake: tuple[tuple[int, int], ...] = ()  # original-text spans flagged as mojibake


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document: the input of ``resolve`` and ``rdf``."""

    document: Document
    article: Article
    sentences: tuple[tuple[int, int], ...]  # original-text spans of each sentence
    persons: tuple[tuple[str, tuple[Mention, ...]], ...]
    organizations: tuple[Organization, ...]
    posts: tuple[PostObservation, ...]
    appointments: tuple[Appointment, ...]
    meetings: tuple[Meeting, ...]
    spans: tuple[Mention, ...] = field(default=())  # all recogniser spans, for `kg annotate`
