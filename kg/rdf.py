"""The only module that writes triples: one Extraction -> one article's named graph.

Vocabularies are reused (W3C ORG, schema.org, FOAF, PROV-O, SKOS, NIF); ``kg:`` terms
exist only where none fits. IRIs are hashes of canonical keys under a configurable base,
so the same input always gives the same graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg import resolve
from kg.model import Extraction, Mention

__all__ = ["DEFAULT_BASE", "KG", "NIF", "SCHEMA", "ITSRDF", "article_graph", "graph_iri", "bind_prefixes"]

DEFAULT_BASE = "https://w3id.org/kg-cn/id/"
KG = Namespace("https://w3id.org/kg-cn/ontology#")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

_ORG_CLASS = {
    "party-committee": KG.PartyCommittee,
    "government": KG.Government,
    "congress": KG.PeoplesCongress,
    "cppcc": KG.PoliticalConsultativeConference,
    "leading-group": KG.LeadingGroup,
    "discipline": KG.DisciplineCommission,
    "department": KG.Department,
    "enterprise": KG.Enterprise,
    "university": KG.University,
    "media": KG.MediaOrganization,
}
_ROLE = {"chair": KG.Chair, "speaker": KG.Speaker, "attendee": KG.Attendee, "observer": KG.Observer, "absent": KG.Absent}
_ROLE_PROP = {"chair": KG.chair, "speaker": KG.speaker, "attendee": SCHEMA.attendee, "observer": KG.observer, "absent": KG.absentee}
_MODE = {"video": SCHEMA.OnlineEventAttendanceMode, "in-person": SCHEMA.OfflineEventAttendanceMode, "mixed": SCHEMA.MixedEventAttendanceMode}


def _h(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def graph_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph that holds one article's facts."""
    return URIRef(f"{base}graph/{_h(doc_id)}")


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in (("kg", KG), ("schema", SCHEMA), ("org", ORG), ("foaf", FOAF), ("prov", PROV),
                       ("skos", SKOS), ("nif", NIF), ("itsrdf", ITSRDF), ("xsd", XSD), ("owl", OWL)):
        g.bind(prefix, ns, replace=True)
    return g


class _Writer:
    """Collects the triples of one article; a helper object, not part of the API."""

    def __init__(self, ext: Extraction, base: str):
        self.ext, self.base = ext, base
        self.doc_id = ext.document.id
        self.g = Graph()
        self.place = resolve.locality(ext)
        self.article = URIRef(f"{base}article/{_h(self.doc_id)}")
        self.context = URIRef(f"{base}text/{_h(self.doc_id)}")

    def iri(self, kind: str, *key: object) -> URIRef:
        return URIRef(f"{self.base}{kind}/{_h(*key)}")

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def mention(self, m: Mention, denotes: URIRef | None = None) -> URIRef:
        node = URIRef(f"{self.context}#char={m.start},{m.end}")
        self.add(node, RDF.type, NIF.String)
        self.add(node, RDF.type, KG.Mention)
        self.add(node, NIF.referenceContext, self.context)
        self.add(node, NIF.beginIndex, Literal(m.start, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.endIndex, Literal(m.end, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.anchorOf, Literal(m.text))
        self.add(node, KG.normalisedForm, Literal(m.norm, lang="zh-Hans"))
        self.add(node, KG.mentionType, Literal(m.label))
        self.add(node, KG.extractor, Literal(m.extractor))
        self.add(node, KG.confidence, Literal(f"{m.confidence:.2f}", datatype=XSD.decimal))
        s, e = self.ext.sentences[m.sentence] if m.sentence < len(self.ext.sentences) else (m.start, m.end)
        sent = URIRef(f"{self.context}#char={s},{e}")
        self.add(sent, RDF.type, NIF.Sentence)
        self.add(sent, NIF.referenceContext, self.context)
        self.add(sent, NIF.beginIndex, Literal(s, datatype=XSD.nonNegativeInteger))
        self.add(sent, NIF.endIndex, Literal(e, datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.sentence, sent)
        if denotes is not None:
            self.add(node, ITSRDF.taIdentRef, denotes)
        return node

    def person(self, name: str, mentions: Iterable[Mention]) -> URIRef:
        node = self.iri("person", name)
        self.add(node, RDF.type, FOAF.Person)
        self.add(node, RDF.type, SCHEMA.Person)
        self.add(node, RDFS.label, Literal(name, lang="zh-Hans"))
        self.add(node, FOAF.name, Literal(name, lang="zh-Hans"))
        for m in mentions:
            if m.text != name:
                self.add(node, SKOS.altLabel, Literal(m.text, lang="zh-Hant" if m.text != m.norm else "zh"))
            self.mention(m, node)
        return node

    def org(self, written: str, kind: str | None = None) -> tuple[URIRef, resolve.CanonicalOrg]:
        c = resolve.org(written, self.place, self.doc_id)
        node = self.iri("org", c.key)
        self.add(node, RDF.type, ORG.Organization)
        if kind in _ORG_CLASS:
            self.add(node, RDF.type, _ORG_CLASS[kind])
        self.add(node, RDFS.label, Literal(c.label, lang="zh-Hans"))
        for alt in {c.short, c.written} - {c.label}:
            self.add(node, SKOS.altLabel, Literal(alt, lang="zh-Hans"))
        return node, c

    def build(self) -> Graph:
        ext, art = self.ext, self.ext.article
        a = self.article
        self.add(a, RDF.type, SCHEMA.NewsArticle)
        self.add(a, SCHEMA.identifier, Literal(self.doc_id))
        self.add(a, KG.sourceFile, Literal(ext.document.source))
        self.add(a, KG.namedGraph, graph_iri(self.doc_id, self.base))
        if art.title:
            self.add(a, SCHEMA.headline, Literal(art.title, lang="zh-Hans"))
        if art.url:
            self.add(a, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI))
        if art.published:
            self.add(a, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.date))
        if art.publisher:
            pub, _ = self.org(art.publisher, "media")
            self.add(a, SCHEMA.publisher, pub)
        self.add(self.context, RDF.type, NIF.Context)
        self.add(self.context, NIF.isString, Literal(ext.document.text))
        self.add(self.context, NIF.sourceUrl, a)
        self.add(a, KG.text, self.context)
        for s, e in art.mojibake:
            node = URIRef(f"{self.context}#char={s},{e}")
            self.add(node, RDF.type, KG.MojibakeRun)
            self.add(node, NIF.referenceContext, self.context)
            self.add(node, NIF.beginIndex, Literal(s, datatype=XSD.nonNegativeInteger))
            self.add(node, NIF.endIndex, Literal(e, datatype=XSD.nonNegativeInteger))
            self.add(node, NIF.anchorOf, Literal(ext.document.text[s:e]))

        persons = {name: self.person(name, ms) for name, ms in ext.persons}
        for prop, people in ((SCHEMA.author, art.reporters), (KG.editor, art.editors), (KG.photographer, art.photographers)):
            for name, _m in people:
                self.add(a, prop, persons.get(name) or self.person(name, [_m]))
        for o in ext.organizations:
            node, _ = self.org(o.name, o.kind)
            for m in o.mentions:
                self.mention(m, node)
            if o.parent:
                parent, _ = self.org(o.parent)
                self.add(node, ORG.subOrganizationOf, parent)
        for p in ext.posts:
            self.post_observation(p, persons)
        for ap in ext.appointments:
            self.appointment(ap, persons)
        for mt in ext.meetings:
            self.meeting(mt, persons)
        return self.g

    def _post(self, title: str, org_written: str | None, role: str) -> URIRef:
        c = resolve.post(title, org_written, role, self.place, self.doc_id)
        node = self.iri("post", c.key)
        self.add(node, RDF.type, ORG.Post)
        self.add(node, RDFS.label, Literal(c.label, lang="zh-Hans"))
        if title != c.label:
            self.add(node, SKOS.altLabel, Literal(title, lang="zh-Hans"))
        role_node = self.iri("role", role)
        self.add(role_node, RDF.type, ORG.Role)
        self.add(role_node, RDFS.label, Literal(role, lang="zh-Hans"))
        self.add(node, ORG.role, role_node)
        if c.org is not None:
            org_node, _ = self.org(c.org.written)
            self.add(node, ORG.postIn, org_node)
        return node

    def post_observation(self, p, persons) -> None:
        person = persons.get(p.person) or self.person(p.person, [p.person_mention])
        post = self._post(p.title, p.organization, p.role)
        self.add(person, ORG.holds, post)
        self.add(post, ORG.heldBy, person)
        obs = self.iri("membership", self.doc_id, p.person, p.title)
        self.add(obs, RDF.type, ORG.Membership)
        self.add(obs, RDF.type, KG.PostObservation)
        self.add(obs, ORG.member, person)
        self.add(obs, KG.post, post)
        for o in self.g.objects(post, ORG.postIn):
            self.add(obs, ORG.organization, o)
        for r in self.g.objects(post, ORG.role):
            self.add(obs, ORG.role, r)
        self.add(obs, KG.titleAsWritten, Literal(p.title, lang="zh-Hans"))
        if p.observed:
            self.add(obs, KG.observedOn, Literal(p.observed.isoformat(), datatype=XSD.date))
        self.add(obs, PROV.wasDerivedFrom, self.article)
        self.add(obs, KG.confidence, Literal(f"{p.confidence:.2f}", datatype=XSD.decimal))
        self.add(obs, KG.evidence, self.mention(p.person_mention, person))
        self.add(obs, KG.evidence, self.mention(p.title_mention, post))

    def appointment(self, ap, persons) -> None:
        person = persons.get(ap.person) or self.person(ap.person, [ap.person_mention])
        from kg.grammar import split_title

        t = split_title(ap.title)
        post = self._post(ap.title, t.org or None if t else None, t.role if t else ap.title)
        node = self.iri("appointment", self.doc_id, ap.person, ap.title, ap.action)
        self.add(node, RDF.type, KG.Appointment)
        self.add(node, KG.action, Literal(ap.action))
        self.add(node, KG.person, person)
        self.add(node, KG.post, post)
        self.add(node, KG.titleAsWritten, Literal(ap.title, lang="zh-Hans"))
        if ap.date:
            self.add(node, PROV.atTime, Literal(ap.date.isoformat(), datatype=XSD.date))
        self.add(node, PROV.wasDerivedFrom, self.article)
        self.add(node, KG.evidence, self.mention(ap.person_mention, person))
        self.add(node, KG.evidence, self.mention(ap.title_mention, post))

    def meeting(self, mt, persons) -> None:
        node = self.iri("meeting", mt.name, mt.date_text or self.doc_id)
        self.add(node, RDF.type, KG.Meeting)
        self.add(node, RDF.type, SCHEMA.Event)
        self.add(node, RDFS.label, Literal(mt.name, lang="zh-Hans"))
        self.add(node, SCHEMA.name, Literal(mt.name, lang="zh-Hans"))
        if mt.date:
            self.add(node, SCHEMA.startDate, Literal(mt.date.isoformat(), datatype=XSD.date))
        elif mt.date_text:
            self.add(node, SCHEMA.startDate, Literal(mt.date_text, datatype=XSD.gMonthDay))
        if mt.part_of_day:
            self.add(node, KG.partOfDay, Literal(mt.part_of_day, lang="zh-Hans"))
        if mt.mode in _MODE:
            self.add(node, SCHEMA.eventAttendanceMode, _MODE[mt.mode])
        if mt.ordinal is not None:
            self.add(node, KG.ordinal, Literal(mt.ordinal, datatype=XSD.integer))
        for part in mt.parts:
            pn = self.iri("meeting", part, mt.date_text or self.doc_id)
            self.add(pn, RDF.type, KG.Meeting)
            self.add(pn, RDFS.label, Literal(part, lang="zh-Hans"))
            self.add(node, KG.jointPart, pn)
            self.add(node, SCHEMA.subEvent, pn)
        for o in mt.organizers:
            org_node, _ = self.org(o)
            self.add(node, SCHEMA.organizer, org_node)
        for m in mt.mentions:
            self.mention(m, node)
        if mt.date_mention:
            self.add(node, KG.dateEvidence, self.mention(mt.date_mention))
        self.add(self.article, SCHEMA.about, node)
        self.add(node, PROV.wasDerivedFrom, self.article)
        for pa in mt.participants:
            person = persons.get(pa.person) or self.person(pa.person, [pa.mention])
            self.add(node, _ROLE_PROP[pa.role], person)
            q = self.iri("participation", self.doc_id, mt.name, pa.person, pa.role)
            self.add(q, RDF.type, KG.Participation)
            self.add(q, KG.meeting, node)
            self.add(q, KG.participant, person)
            self.add(q, KG.participantRole, _ROLE[pa.role])
            self.add(q, PROV.wasDerivedFrom, self.article)
            self.add(q, KG.evidence, self.mention(pa.mention, person))
            self.add(q, KG.cue, self.mention(pa.cue))
            self.add(node, KG.participation, q)


def article_graph(ext: Extraction, base: str = DEFAULT_BASE) -> Graph:
    """All triples for one article (to be stored in its own named graph)."""
    return bind_prefixes(_Writer(ext, base).build())


def dataset(extractions: Iterable[Extraction], base: str = DEFAULT_BASE) -> Dataset:
    """An in-memory rdflib Dataset with one named graph per article (small corpora, tests)."""
    ds = bind_prefixes(Dataset())
    for ext in extractions:
        g = ds.graph(graph_iri(ext.document.id, base))
        for t in article_graph(ext, base):
            g.add(t)
    return ds
