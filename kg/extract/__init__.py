"""Extractors: plain functions from one annotated document to plain facts.

Each module handles one kind of fact and never touches rdflib. ``extract`` runs them in
the order of the explicit tuple below (articles first: later ones need its dates).
"""

from __future__ import annotations

from functools import partial

from kg.extract.context import Context, make_context
from kg.model import Document, Extraction

__all__ = ["Context", "extract", "make_context"]


def extract(doc: Document, known_names: frozenset[str] = frozenset(), tagger: bool = False) -> Extraction:
    """All facts of one document; ``known_names`` are names other articles vouch for;
    ``tagger`` turns on the optional LAC name cue."""
    from kg.extract import appointments, articles, chunks, meetings, orgs, people, posts

    if len(doc.text) > chunks.CHUNK_CHARS:  # bounded pieces, offsets kept (kg/extract/chunks.py)
        return chunks.extract_in_chunks(doc, partial(extract, known_names=known_names, tagger=tagger))
    ctx = make_context(doc, known_names, tagger)
    article = articles.extract(ctx)
    ctx = ctx.with_article(article)
    appts = appointments.extract(ctx)
    found = {h.name for h in ctx.rec.persons}
    if vouched := frozenset(a.person for a in appts if a.person not in found and a.person not in known_names and doc.text.count(a.person) >= 2):
        # 王某当选为主席。王某代表…讲话: a name only the appointment formula read is known to the rest of its story
        ctx = make_context(doc, known_names | vouched, tagger).with_article(article)
        appts = appointments.extract(ctx)
    guests = posts.headline_guests(ctx)
    return Extraction(
        document=ctx.doc,
        article=article,
        sentences=tuple(ctx.norm.to_original(s, e) for s, e in ctx.rec.sentences),
        persons=people.extract(ctx, appointments.extract(ctx, drafts=True), guests),  # a draft's candidate is a person too
        organizations=orgs.extract(ctx),
        posts=appointments.held_posts(posts.extract(ctx) + guests, appts) + appointments.as_posts(appts, ctx.doc.text) + appointments.took_office(ctx, appts),
        appointments=appts,
        meetings=meetings.extract(ctx),
        spans=ctx.all_spans(),
    )
