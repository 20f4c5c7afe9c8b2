"""The only module that writes triples: one Extraction -> one article's named graph.

Vocabularies are reused (W3C ORG, schema.org, FOAF, PROV-O, SKOS, NIF); ``kg:`` terms
exist only where none fits. IRIs are hashes of canonical keys under a configurable base,
so the same input always gives the same graph.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg import grammar, lexicons, resolve
from kg.model import Extraction, Mention

if TYPE_CHECKING:
    from kg.corpus import Decision, Identity, Tenure

__all__ = [
    "DEFAULT_BASE", "ITSRDF", "KG", "NIF", "SCHEMA", "SPARQL_PREFIXES", "TIME", "Lit", "article_graph", "article_iri", "article_triples",
    "bind_prefixes", "corpus_triples", "entity_iri", "graph_iri", "lit", "summary_triples", "to_nquads",
]

DEFAULT_BASE = "https://w3id.org/kg-cn/id/"
KG = Namespace("https://w3id.org/kg-cn/ontology#")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
TIME = Namespace("http://www.w3.org/2006/time#")

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


# N-Triples escapes as Oxigraph writes them: the two quoting characters, the named control
# escapes, and every other C0 control and DEL as \uXXXX.
_ESCAPES = str.maketrans({chr(c): f"\\u{c:04X}" for c in (*range(0x20), 0x7F)}
                         | {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"})
_ESCAPED = re.compile(r'[\x00-\x1f\x7f\\"]')  # what _ESCAPES changes: most literals hold none of it
# XSD integer types the store keeps as xsd:integer (Oxigraph canonicalises the datatype).
_INTEGERS = frozenset(str(XSD[t]) for t in ("integer", "nonNegativeInteger", "positiveInteger", "int", "long"))
_DECIMAL, _STRING = str(XSD.decimal), str(XSD.string)


class Lit(str):
    """An RDF literal already written in N-Triples syntax (cheaper than rdflib.Literal)."""


def lit(value: object, lang: str | None = None, datatype: str | None = None) -> Lit:
    """A literal in N-Triples syntax, written as the store keeps it (lower-case language tag,
    integer types as xsd:integer, decimals without trailing zeros, Oxigraph's escapes), so the
    N-Quads made here are byte for byte what a dump of the store gives (kg.export relies on it).

    >>> lit('说"好"', lang="zh-Hans"), lit(3, datatype=XSD.nonNegativeInteger), lit("0.90", datatype=XSD.decimal)
    ('"说\\\\"好\\\\""@zh-hans', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"0.9"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    """
    datatype = str(datatype) if datatype else None  # rdflib's URIRef is never == a plain str
    if datatype in _INTEGERS:
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(f"{value} is not an integer")
        value, datatype = int(value), str(XSD.integer)
    elif datatype == _DECIMAL:
        value = format(Decimal(str(value)).normalize() + 0, "f")  # + 0: no "-0"
    text = str(value)
    body = '"' + (text.translate(_ESCAPES) if _ESCAPED.search(text) else text) + '"'
    if lang:
        return Lit(f"{body}@{lang.lower()}")
    if datatype and datatype != _STRING:
        return Lit(f"{body}^^<{datatype}>")
    return Lit(body)


@lru_cache(maxsize=65536)
def _index(n: int) -> Lit:
    return lit(n, datatype=XSD.nonNegativeInteger)  # NIF's range; stored as xsd:integer


@lru_cache(maxsize=128)
def _decimal(x: float) -> Lit:
    return lit(f"{x:.2f}", datatype=XSD.decimal)


def _h(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def article_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The article resource of one document."""
    return URIRef(f"{base}article/{_h(doc_id)}")


def entity_iri(kind: str, *key: object, base: str = DEFAULT_BASE) -> str:
    """The IRI of an entity of ``kind`` (person, org, post …) with a canonical key."""
    return f"{base}{kind}/{_h(*key)}"


def graph_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph that holds one article's facts."""
    return URIRef(f"{base}graph/{_h(doc_id)}")


_PREFIXES = (("kg", KG), ("schema", SCHEMA), ("org", ORG), ("foaf", FOAF), ("prov", PROV), ("skos", SKOS),
             ("nif", NIF), ("itsrdf", ITSRDF), ("xsd", XSD), ("owl", OWL), ("time", TIME))
# The same prefixes (and rdfs) for SPARQL written in code: one block, not a copy per module.
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _PREFIXES + (("rdfs", RDFS),))


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in _PREFIXES:
        g.bind(prefix, ns, replace=True)
    return g


class _Terms:
    """A vocabulary's terms as plain strings, built once (rdflib makes a new URIRef per lookup)."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        value = str(self._ns[name])
        setattr(self, name, value)
        return value


_RDF, _RDFS, _FOAF, _ORG, _PROV, _SKOS, _XSD = map(_Terms, (RDF, RDFS, FOAF, ORG, PROV, SKOS, XSD))
_KG, _SCHEMA, _NIF, _ITSRDF, _TIME = map(_Terms, (KG, SCHEMA, NIF, ITSRDF, TIME))


class _Writer:
    """Collects the triples of one article; a helper object, not part of the API.

    IRIs are plain strings and literals ``Lit``: building rdflib terms cost more than the
    extraction itself.
    """

    def __init__(self, ext: Extraction, base: str):
        self.ext, self.base = ext, base
        self.doc_id = ext.document.id
        self.triples: set[tuple] = set()
        self.mentions: set[str] = set()
        self.sentences: set[str] = set()
        self.confidence: dict[str, float] = {}  # one value per node: the highest of its evidence
        self.place = resolve.locality(ext)
        self.local = (ext.article.publisher or "") not in lexicons.organizations()  # local news, not 央视网
        self.article = str(article_iri(self.doc_id, base))
        self.context = (f"{base}text/{_h(self.doc_id)}")
        self.done: dict[tuple, object] = {}  # organisations and posts already resolved and written here: an article names them again and again

    def iri(self, kind: str, *key: object) -> str:
        return entity_iri(kind, *key, base=self.base)

    def add(self, s, p, o) -> None:
        self.triples.add((s, p, o))

    def mention(self, m: Mention, denotes: str | None = None) -> str:
        node = (f"{self.context}#char={m.start},{m.end}")
        if node not in self.mentions:
            self.mentions.add(node)
            add = self.triples.add
            add((node, _RDF.type, _NIF.String))
            add((node, _RDF.type, _KG.Mention))
            add((node, _NIF.referenceContext, self.context))
            add((node, _NIF.beginIndex, _index(m.start)))
            add((node, _NIF.endIndex, _index(m.end)))
            add((node, _NIF.anchorOf, lit(m.text)))
            add((node, _KG.normalisedForm, lit(m.norm, lang="zh-Hans")))
            add((node, _NIF.sentence, self.sentence(m)))
        self.add(node, _KG.mentionType, lit(m.label))
        self.add(node, _KG.extractor, lit(m.extractor))
        self.confident(node, m.confidence)
        if denotes is not None:
            self.add(node, _ITSRDF.taIdentRef, denotes)
        return node

    def sentence(self, m: Mention) -> str:
        s, e = self.ext.sentences[m.sentence] if m.sentence < len(self.ext.sentences) else (m.start, m.end)
        node = (f"{self.context}#char={s},{e}")
        if node not in self.sentences:
            self.sentences.add(node)
            self.add(node, _RDF.type, _NIF.Sentence)
            self.add(node, _NIF.referenceContext, self.context)
            self.add(node, _NIF.beginIndex, _index(s))
            self.add(node, _NIF.endIndex, _index(e))
        return node

    def person(self, name: str, mentions: Iterable[Mention]) -> str:
        node = self.iri("person", name)
        self.add(node, _RDF.type, _FOAF.Person)
        self.add(node, _RDF.type, _SCHEMA.Person)
        self.add(node, _RDFS.label, lit(name, lang="zh-Hans"))
        self.add(node, _FOAF.name, lit(name, lang="zh-Hans"))
        for m in mentions:
            if m.text != name:
                self.add(node, _SKOS.altLabel, lit(m.text, lang="zh-Hant" if m.text != m.norm else "zh"))
            self.mention(m, node)
        return node

    def org(self, written: str, kind: str | None = None, level: str | None = None) -> tuple[str | None, resolve.CanonicalOrg | None]:
        """The node of an organisation as written here; (None, None) when it is no whole name."""
        if (done := self.done.get(key := ("org", written, kind, level))) is None:
            c = resolve.org(written, self.place, self.doc_id, self.local)
            done = self.done[key] = (None, None) if c is None else (self.org_node(c, kind, level), c)
        return done

    def org_node(self, c: resolve.CanonicalOrg, kind: str | None = None, level: str | None = None) -> str:
        if (node := self.done.get(key := ("node", c, kind, level))) is None:
            node = self.done[key] = self._org_node(c, kind, level)
        return node

    def _org_node(self, c: resolve.CanonicalOrg, kind: str | None, level: str | None) -> str:
        node = self.iri("org", c.key)
        self.add(node, _RDF.type, _ORG.Organization)
        if (c.kind or kind) in _ORG_CLASS:
            self.add(node, _RDF.type, _ORG_CLASS[c.kind or kind])
        if c.level or level:
            self.add(node, _KG.administrativeLevel, lit(c.level or level))
        self.add(node, _RDFS.label, lit(c.label, lang="zh-Hans"))
        for alt in {c.short, c.written} - {c.label}:
            self.add(node, _SKOS.altLabel, lit(alt, lang="zh-Hans"))
        if c.parent is not None and (parent := resolve.org(c.parent, None)) is not None:
            self.add(node, _ORG.subOrganizationOf, self.org_node(parent))
        if c.country is not None:
            self.add(node, _SCHEMA.areaServed, self.country(c.country))
        return node

    def country(self, name: str) -> str:
        """A country: a place (schema:Country), one node per name across the corpus."""
        node = self.iri("place", "country", name)
        self.add(node, _RDF.type, _SCHEMA.Country)
        self.add(node, _RDFS.label, lit(name, lang="zh-Hans"))
        return node

    def build(self) -> set[tuple]:
        ext, art = self.ext, self.ext.article
        a = self.article
        self.add(a, _RDF.type, _SCHEMA.NewsArticle)
        self.add(a, _SCHEMA.identifier, lit(self.doc_id))
        self.add(a, _KG.sourceFile, lit(ext.document.source))
        self.add(a, _KG.namedGraph, graph_iri(self.doc_id, self.base))
        if art.title:
            self.add(a, _SCHEMA.headline, lit(art.title, lang="zh-Hans"))
        if art.url:
            self.add(a, _SCHEMA.url, lit(art.url, datatype=_XSD.anyURI))
        if art.published:
            self.add(a, _SCHEMA.datePublished, lit(art.published.isoformat(), datatype=_XSD.date))
        if art.publisher:
            self.add(a, _SCHEMA.publisher, self.org_node(resolve.publisher(art.publisher), "media"))
        self.add(self.context, _RDF.type, _NIF.Context)
        self.add(self.context, _NIF.isString, lit(ext.document.text))
        self.add(self.context, _NIF.beginIndex, _index(0))
        self.add(self.context, _NIF.endIndex, _index(len(ext.document.text)))
        self.add(self.context, _NIF.sourceUrl, a)
        self.add(a, _KG.text, self.context)
        for s, e in art.mojibake:
            node = (f"{self.context}#char={s},{e}")
            self.add(node, _RDF.type, _KG.MojibakeRun)
            self.add(node, _RDF.type, _NIF.String)
            self.add(node, _NIF.referenceContext, self.context)
            self.add(node, _NIF.beginIndex, lit(s, datatype=_XSD.nonNegativeInteger))
            self.add(node, _NIF.endIndex, lit(e, datatype=_XSD.nonNegativeInteger))
            self.add(node, _NIF.anchorOf, lit(ext.document.text[s:e]))

        persons = {name: self.person(name, ms) for name, ms in ext.persons}
        for prop, people in ((_SCHEMA.author, art.reporters), (_KG.editor, art.editors), (_KG.photographer, art.photographers)):
            for name, _m in people:
                self.add(a, prop, persons.get(name) or self.person(name, [_m]))
        for o in ext.organizations:
            if (c := lexicons.country(o.name)) is not None:
                node = self.country(c)
                if o.name != c:
                    self.add(node, _SKOS.altLabel, lit(o.name, lang="zh-Hans"))  # 俄罗斯联邦
            else:
                node, c = self.org(o.name, o.kind, o.level)
                if node is not None and c.parent is None and o.parent and (parent := self.org(o.parent)[0]) is not None:
                    self.add(node, _ORG.subOrganizationOf, parent)
                for form in o.other_forms if node is not None else ():
                    self.add(node, _SKOS.altLabel, lit(form, lang="zh-Hans"))  # 国土部 in the title, 乌议会 in the text
            for m in o.mentions:
                self.mention(m, node)  # a fragment that is no whole name stays a mention without a referent
        for p in ext.posts:
            self.post_observation(p, persons)
        for ap in ext.appointments:
            self.appointment(ap, persons)
        for mt in ext.meetings:
            self.meeting(mt, persons)
        for node, value in self.confidence.items():
            self.add(node, _KG.confidence, _decimal(value))
        return self.triples

    def confident(self, node: str, value: float) -> None:
        """Record ``node``'s confidence; a fact seen twice in one article keeps the higher."""
        self.confidence[node] = max(value, self.confidence.get(node, 0.0))

    def _post(self, title: str, org_written: str | None, role: str, national: bool = True) -> tuple[str, str | None, str]:
        if (done := self.done.get(key := ("post", title, org_written, role, national))) is None:
            done = self.done[key] = self._new_post(title, org_written, role, national)
        return done

    def _new_post(self, title: str, org_written: str | None, role: str, national: bool) -> tuple[str, str | None, str]:
        c = resolve.post(title, org_written, role, self.place, self.doc_id, self.local, national)
        node = self.iri("post", c.key)
        self.add(node, _RDF.type, _ORG.Post)
        self.add(node, _RDFS.label, lit(c.label, lang="zh-Hans"))
        if title != c.label:
            self.add(node, _SKOS.altLabel, lit(title, lang="zh-Hans"))
        role_node = self.iri("role", role)
        self.add(role_node, _RDF.type, _ORG.Role)
        self.add(role_node, _RDFS.label, lit(role, lang="zh-Hans"))
        self.add(node, _ORG.role, role_node)
        org_node = None
        if c.org is not None:
            org_node = self.org_node(c.org)
            self.add(node, _ORG.postIn, org_node)
        return node, org_node, role_node

    def post_observation(self, p, persons) -> None:
        person = persons.get(p.person) or self.person(p.person, [p.person_mention])
        post, org_node, role_node = self._post(p.title, p.organization, p.role, grammar.national_holder(p.person, p.role))
        self.add(person, _ORG.holds, post)
        self.add(post, _ORG.heldBy, person)
        obs = self.iri("membership", self.doc_id, p.person, p.title)
        self.add(obs, _RDF.type, _ORG.Membership)
        self.add(obs, _RDF.type, _KG.PostObservation)
        self.add(obs, _ORG.member, person)
        self.add(obs, _KG.post, post)
        if org_node is not None:
            self.add(obs, _ORG.organization, org_node)
        self.add(obs, _ORG.role, role_node)
        self.add(obs, _KG.titleAsWritten, lit(p.title, lang="zh-Hans"))
        if p.observed:
            self.add(obs, _KG.observedOn, lit(p.observed.isoformat(), datatype=_XSD.date))
        self.add(obs, _PROV.wasDerivedFrom, self.article)
        self.confident(obs, p.confidence)
        self.add(obs, _KG.evidence, self.mention(p.person_mention, person))
        self.add(obs, _KG.evidence, self.mention(p.title_mention, post))

    def appointment(self, ap, persons) -> None:
        person = persons.get(ap.person) or self.person(ap.person, [ap.person_mention])
        from kg.grammar import split_title

        t = split_title(ap.title)
        post, _, _ = self._post(ap.title, t.org or None if t else None, t.role if t else ap.title)
        node = self.iri("appointment", self.doc_id, ap.person, ap.title, ap.action)
        self.add(node, _RDF.type, _KG.Appointment)
        self.add(node, _KG.action, lit(ap.action))
        self.add(node, _KG.person, person)
        self.add(node, _KG.post, post)
        self.add(node, _KG.titleAsWritten, lit(ap.title, lang="zh-Hans"))
        if ap.date:
            self.add(node, _PROV.atTime, lit(ap.date.isoformat(), datatype=_XSD.date))
        self.add(node, _PROV.wasDerivedFrom, self.article)
        self.add(node, _KG.evidence, self.mention(ap.person_mention, person))
        self.add(node, _KG.evidence, self.mention(ap.title_mention, post))

    def meeting(self, mt, persons) -> None:
        node = self.iri("meeting", mt.name, mt.date_text or self.doc_id)
        self.add(node, _RDF.type, _KG.Meeting)
        self.add(node, _RDF.type, _SCHEMA.Event)
        self.add(node, _RDFS.label, lit(mt.name, lang="zh-Hans"))
        self.add(node, _SCHEMA.name, lit(mt.name, lang="zh-Hans"))
        for alias in mt.aliases:
            self.add(node, _SKOS.altLabel, lit(alias, lang="zh-Hans"))
        if mt.date:
            self.add(node, _SCHEMA.startDate, lit(mt.date.isoformat(), datatype=_XSD.date))
        elif mt.date_text:
            self.add(node, _SCHEMA.startDate, lit(mt.date_text, datatype=_XSD.gMonthDay))
        if mt.part_of_day:
            self.add(node, _KG.partOfDay, lit(mt.part_of_day, lang="zh-Hans"))
        if mt.mode in _MODE:
            self.add(node, _SCHEMA.eventAttendanceMode, _MODE[mt.mode])
        if mt.ordinal is not None:
            self.add(node, _KG.ordinal, lit(mt.ordinal, datatype=_XSD.integer))
        for part in mt.parts:
            pn = self.iri("meeting", part, mt.date_text or self.doc_id)
            self.add(pn, _RDF.type, _KG.Meeting)
            self.add(pn, _RDF.type, _SCHEMA.Event)
            self.add(pn, _RDFS.label, lit(part, lang="zh-Hans"))
            self.add(node, _KG.jointPart, pn)
            self.add(node, _SCHEMA.subEvent, pn)
        for o in mt.organizers:
            org_node, _ = self.org(o)
            if org_node is not None:
                self.add(node, _SCHEMA.organizer, org_node)
        for m in mt.mentions:
            self.mention(m, node)
        if mt.date_mention:
            self.add(node, _KG.dateEvidence, self.mention(mt.date_mention))
        self.add(self.article, _SCHEMA.about, node)
        self.add(node, _PROV.wasDerivedFrom, self.article)
        for pa in mt.participants:
            person = persons.get(pa.person) or self.person(pa.person, [pa.mention])
            self.add(node, _ROLE_PROP[pa.role], person)
            q = self.iri("participation", self.doc_id, mt.name, pa.person, pa.role)
            self.add(q, _RDF.type, _KG.Participation)
            self.add(q, _KG.meeting, node)
            self.add(q, _KG.participant, person)
            self.add(q, _KG.participantRole, _ROLE[pa.role])
            self.add(q, _PROV.wasDerivedFrom, self.article)
            self.add(q, _KG.evidence, self.mention(pa.mention, person))
            self.add(q, _KG.cue, self.mention(pa.cue))
            self.add(node, _KG.participation, q)


def article_triples(ext: Extraction, base: str = DEFAULT_BASE) -> set[tuple]:
    """All triples for one article (to be stored in its own named graph)."""
    return _Writer(ext, base).build()


def corpus_triples(people: Iterable[Identity], decisions: Iterable[Decision], tenures: Iterable[Tenure],
                   base: str = DEFAULT_BASE) -> set[tuple]:
    """The corpus graph (kg/corpus.py): people split from a name, the decisions, the tenures.

    Labels of the people, posts and organisations a tenure names are repeated here, so the
    ``tenures`` and ``holders`` queries read this one graph.
    """
    t: set[tuple] = set()
    add = t.add
    for p in people:
        add((p.iri, _RDF.type, _FOAF.Person))
        add((p.iri, _RDF.type, _SCHEMA.Person))
        add((p.iri, _RDFS.label, lit(p.name, lang="zh-Hans")))
        add((p.iri, _FOAF.name, lit(p.name, lang="zh-Hans")))
        add((p.iri, _KG.identityKey, lit(p.key)))
        add((p.iri, _PROV.specializationOf, p.base))
        for art in p.articles:
            add((p.iri, _PROV.wasDerivedFrom, art))
    for d in decisions:
        node = entity_iri("identity", d.base, base=base)
        add((node, _RDF.type, _KG.IdentityDecision))
        add((node, _RDFS.label, lit(d.name, lang="zh-Hans")))
        add((node, _KG.namedPerson, d.base))
        add((node, _KG.outcome, lit(d.outcome)))
        add((node, _KG.reason, lit(d.reason)))
        add((node, _KG.overridden, lit("true" if d.overridden else "false", datatype=_XSD.boolean)))
        for p in d.persons:
            add((node, _KG.resultingPerson, p))
    for tn in tenures:
        node = entity_iri("tenure", tn.person, tn.post, base=base)
        add((node, _RDF.type, _ORG.Membership))
        add((node, _RDF.type, _KG.Tenure))
        add((node, _ORG.member, tn.person))
        add((node, _KG.post, tn.post))
        add((node, _ORG.organization, tn.org))
        add((node, _ORG.role, tn.role))
        add((tn.person, _RDFS.label, lit(tn.person_name, lang="zh-Hans")))
        add((tn.person, _ORG.holds, tn.post))
        add((tn.post, _RDFS.label, lit(tn.post_label, lang="zh-Hans")))
        add((tn.org, _RDFS.label, lit(tn.org_label, lang="zh-Hans")))
        for prop, day in ((_KG.firstObserved, tn.first_observed), (_KG.lastObserved, tn.last_observed)):
            if day is not None:
                add((node, prop, lit(day.isoformat(), datatype=_XSD.date)))
        add((node, _KG.articleCount, lit(len(tn.articles), datatype=_XSD.integer)))
        for art in tn.articles:
            add((node, _PROV.wasDerivedFrom, art))
        interval = entity_iri("interval", tn.person, tn.post, base=base)
        add((node, _ORG.memberDuring, interval))
        add((interval, _RDF.type, _TIME.Interval))
        for prop, day, end in ((_TIME.hasBeginning, tn.appointed, "begin"), (_TIME.hasEnd, tn.left, "end")):
            if day is not None:  # open where the corpus does not say
                instant = entity_iri("instant", tn.person, tn.post, end, base=base)
                add((interval, prop, instant))
                add((instant, _RDF.type, _TIME.Instant))
                add((instant, _TIME.inXSDDate, lit(day.isoformat(), datatype=_XSD.date)))
    return t


def network_triples(pairs: int, ranked: Iterable[dict], communities: list[list[str]],
                    base: str = DEFAULT_BASE) -> set[tuple]:
    """The co-attendance network's measures (part of the corpus graph): one
    ``kg:CoAttendanceNetwork`` node with its size, and on each person present at a meeting
    (chair, speaker, attendee, observer) the co-attendees, shared meetings, betweenness and
    community (0 = largest).
    ``ranked``: ``kg.network.centrality`` rows; computed once per build, so ``kg stats`` and
    SPARQL users read them instead of recomputing the network."""
    ranked = list(ranked)
    t: set[tuple] = set()
    net = entity_iri("network", "co-attendance", base=base)
    t.add((net, _RDF.type, _KG.CoAttendanceNetwork))
    t.add((net, _RDFS.label, lit("co-attendance network", lang="en")))
    for prop, n in ((_KG.personCount, len(ranked)), (_KG.pairCount, pairs), (_KG.communityCount, len(communities))):
        t.add((net, prop, lit(n, datatype=_XSD.integer)))
    community = {p: i for i, members in enumerate(communities) for p in members}
    for r in ranked:
        p = r["node"]
        t.add((p, _KG.coAttendeeCount, lit(r["degree"], datatype=_XSD.integer)))
        t.add((p, _KG.sharedMeetingCount, lit(r["strength"], datatype=_XSD.integer)))
        t.add((p, _KG.betweenness, lit(f"{r['betweenness']:.6f}", datatype=_XSD.decimal)))
        t.add((p, _KG.community, lit(community[p], datatype=_XSD.integer)))
    return t


def summary_triples(mentioned: Iterable[tuple[str, str, str, str]]) -> set[tuple]:
    """The corpus summary (part of the corpus graph): which people and organisations each
    article names, as ``<article> schema:mentions <entity>``, with each entity's class and
    label once. ``mentioned``: (article IRI, entity IRI, class IRI, label in N-Triples).

    Corpus-wide questions (who is named where, how often) then read this one small graph
    instead of joining across every article graph; the facts and their evidence stay there.
    """
    t: set[tuple] = set()
    for art, entity, cls, label in mentioned:
        t.add((art, _SCHEMA.mentions, entity))
        t.add((entity, _RDF.type, cls))
        t.add((entity, _RDFS.label, Lit(label)))
    return t


def article_graph(ext: Extraction, base: str = DEFAULT_BASE) -> Graph:
    """The article's triples as an rdflib Graph."""
    g = bind_prefixes(Graph())
    g.parse(data=to_nquads(article_triples(ext, base), "urn:x-kg:g").replace(" <urn:x-kg:g> .", " ."), format="nt")
    return g


def to_nquads(triples: Iterable[tuple], graph: str) -> str:
    """Sorted, distinct N-Quads lines of ``triples`` in the named graph ``graph``."""
    return "".join(sorted({f"<{s}> <{p}> {o if isinstance(o, Lit) else f'<{o}>'} <{graph}> .\n" for s, p, o in triples}))
