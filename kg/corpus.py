"""The corpus-level pass: who is who across articles, and who held which post when.

Articles are built one by one into their own named graphs; what needs the whole corpus is
decided here, after they are loaded, and written as ONE graph, ``<base>graph/corpus``,
replaced on every build (same articles, same bytes):

- people: one person per name, unless the name holds local posts in different provinces (or
  foreign countries) that cannot be one career: periods that overlap, or that follow each other
  with a gap longer than ``CHAIN_DAYS`` (a transfer chains: 江苏 until 2014, 四川 from 2015).
  A split makes one person per career (IRI keyed by name@first region, the article-level node
  of the name stays) and records the decision and its evidence (``kg:IdentityDecision``);
  ``identities.tsv`` in the build folder overrides it (``same``/``different`` NAME@REGION pairs).
- tenures: per (person, post) the first and last observed dates, the appointment and removal
  dates, the articles: a W3C ORG ``org:Membership`` (``kg:Tenure``) with ``org:memberDuring`` an
  OWL-Time interval whose ends are known only from appointment records, never invented.
- the summary: which articles name which people and organisations (``schema:mentions``, with
  each one's class and label once), so corpus-wide queries (``organizations``, counts by
  article) read one small graph instead of joining across every article graph. Recomputed
  from the article graphs on every build, so an article removed or changed updates it.
- the co-attendance network's measures (co-attendees, shared meetings, betweenness, community
  per person; the network's size), computed once per build for ``kg stats`` and SPARQL users.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import rdf, resolve, store
from kg.rdf import SPARQL_PREFIXES

__all__ = [
    "CHAIN_DAYS", "OVERLAP_DAYS", "Decision", "Event", "Identity", "Observation", "Tenure", "corpus_graph_iri", "decide",
    "read_mentioned", "read_observations", "read_overrides", "tenures", "timeline", "update",
]

CHAIN_DAYS = 1095  # longest unobserved gap between two regions' posts that still reads as one career (a transfer)
OVERLAP_DAYS = 31  # two posts this close are consecutive, not concurrent (reporting lag)
OVERRIDES_FILE = "identities.tsv"

_OBSERVATIONS = SPARQL_PREFIXES + """
SELECT ?p ?name ?post ?post_label ?o ?o_label ?role ?title ?date ?art WHERE { GRAPH ?g {
  ?x a kg:PostObservation ; org:member ?p ; kg:post ?post ; kg:titleAsWritten ?title ; org:role ?role ;
     org:organization ?o ; prov:wasDerivedFrom ?art .
  ?p rdfs:label ?name . ?post rdfs:label ?post_label . ?o rdfs:label ?o_label .
  OPTIONAL { ?x kg:observedOn ?date }
} }"""
_APPOINTMENTS = SPARQL_PREFIXES + """
SELECT ?p ?name ?post ?post_label ?o ?o_label ?role ?title ?action ?date ?pub ?art WHERE { GRAPH ?g {
  ?x a kg:Appointment ; kg:person ?p ; kg:post ?post ; kg:titleAsWritten ?title ; kg:action ?action ;
     prov:wasDerivedFrom ?art .
  ?post org:postIn ?o ; org:role ?role ; rdfs:label ?post_label .
  ?p rdfs:label ?name . ?o rdfs:label ?o_label .
  OPTIONAL { ?x prov:atTime ?date }
  OPTIONAL { ?art schema:datePublished ?pub }
} }"""
# Every person and organisation a mention of an article refers to (the summary's index): the
# distinct (graph, entity) pairs first, then their class and label once each (a mention per row
# costs about twice as much: 0.58 -> 0.33 CPU s at 3,000 stories).
_MENTIONED = SPARQL_PREFIXES + """
SELECT ?art ?e ?cls ?label WHERE {
  { SELECT DISTINCT ?g ?e WHERE { GRAPH ?g { ?m itsrdf:taIdentRef ?e } } }
  VALUES ?cls { foaf:Person org:Organization }
  GRAPH ?g { ?e a ?cls ; rdfs:label ?label . ?art kg:namedGraph ?g }
}"""
_PARTICIPATIONS = SPARQL_PREFIXES + """
SELECT DISTINCT ?p ?art ?pub WHERE { GRAPH ?g {
  ?q a kg:Participation ; kg:participant ?p ; prov:wasDerivedFrom ?art .
  OPTIONAL { ?art schema:datePublished ?pub }
} }"""


@dataclass(frozen=True, order=True)
class Observation:
    """One article's evidence that a name held a post (kind ``observed``), or its record of an
    appointment, removal or resignation."""

    name: str
    person: str  # the article-level person node (keyed by the name)
    post: str
    post_label: str
    org: str
    org_label: str
    role: str
    title: str  # as written
    date: dt.date | None
    article: str
    kind: str = "observed"  # observed | appointed | removed | resigned

    @property
    def region(self) -> str | None:
        return resolve.region_of(self.org_label)

    @property
    def foreign(self) -> bool:
        return self.region is not None and resolve.province_of(self.org_label) is None


@dataclass(frozen=True)
class Identity:
    """One person the corpus pass settled on."""

    iri: str
    name: str
    base: str  # the article-level node of the name
    key: str  # 王勇, or 王勇@江苏省 for one of the people a name was split into
    articles: tuple[str, ...] = ()  # (split people only) the articles that are about this one


@dataclass(frozen=True)
class Decision:
    """Why the observations of one name are one person or several: shown in the graph."""

    name: str
    base: str
    outcome: str  # split | one
    reason: str
    persons: tuple[str, ...]
    overridden: bool = False


@dataclass(frozen=True)
class Tenure:
    """A person's time in one post, as far as the corpus shows it."""

    person: str
    person_name: str
    post: str
    post_label: str
    org: str
    org_label: str
    role: str
    first_observed: dt.date | None
    last_observed: dt.date | None
    appointed: dt.date | None  # begins the interval: an appointment record with no earlier observation
    left: dt.date | None  # ends it: a removal or resignation with no later observation
    articles: tuple[str, ...]


def corpus_graph_iri(base: str = rdf.DEFAULT_BASE) -> str:
    return f"{base}graph/corpus"


def _date(term) -> dt.date | None:
    try:
        return dt.date.fromisoformat(term.value[:10]) if term is not None else None
    except ValueError:
        return None


def read_observations(st: ox.Store) -> list[Observation]:
    """Every post observation with an organisation, and every appointment record, in the store."""
    out = []
    for r in st.query(_OBSERVATIONS):
        out.append(Observation(r["name"].value, r["p"].value, r["post"].value, r["post_label"].value, r["o"].value,
                               r["o_label"].value, r["role"].value, r["title"].value, _date(r["date"]), r["art"].value))
    for r in st.query(_APPOINTMENTS):
        out.append(Observation(r["name"].value, r["p"].value, r["post"].value, r["post_label"].value, r["o"].value,
                               r["o_label"].value, r["role"].value, r["title"].value,
                               _date(r["date"]) or _date(r["pub"]), r["art"].value, r["action"].value))
    return sorted(set(out), key=lambda o: (o.name, o.person, o.date or dt.date.min, o.post, o.article, o.kind, o.title))


def read_mentioned(st: ox.Store) -> list[tuple[str, str, str, str]]:
    """(article, entity, class, label as N-Triples) for every person and organisation an
    article's text names, sorted; the corpus graph itself is no article and names nobody."""
    return sorted(_mentioned(st))


def _mentioned(st: ox.Store) -> Iterator[tuple[str, str, str, str]]:
    """``read_mentioned``'s rows as the store gives them (each once), never all in memory."""
    for r in st.query(_MENTIONED):
        yield r["art"].value, r["e"].value, r["cls"].value, str(r["label"])


# ------------------------------------------------------------------------------ people


def read_overrides(path: str | Path | None) -> dict[frozenset[str], str]:
    """``same``/``different`` lines of an overrides file: {frozenset(NAME@REGION, NAME@REGION): verdict}."""
    out: dict[frozenset[str], str] = {}
    if path is None or not Path(path).exists():
        return out
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not (line := line.split("#", 1)[0].strip()):
            continue
        parts = line.split()
        if len(parts) != 3 or parts[0] not in ("same", "different"):
            raise ValueError(f"{path}:{n}: expected 'same|different NAME@REGION NAME@REGION', got {line!r}")
        out[frozenset(parts[1:])] = parts[0]
    return out


@dataclass
class _Career:
    groups: list[str]  # NAME@REGION keys, in order
    first: dt.date
    last: dt.date


def _span(obs: Iterable[Observation]) -> tuple[dt.date, dt.date] | None:
    dates = sorted(o.date for o in obs if o.date is not None)
    return (dates[0], dates[-1]) if dates else None


def decide(obs: list[Observation], overrides: dict[frozenset[str], str], base: str = rdf.DEFAULT_BASE
           ) -> tuple[dict[Observation, Identity], list[Decision]]:
    """Assign every observation to a person; one decision per name seen in several regions."""
    by_name: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for o in obs:
        by_name[(o.name, o.person)].append(o)
    assign: dict[Observation, Identity] = {}
    decisions: list[Decision] = []
    for (name, person), mine in sorted(by_name.items()):
        regional: dict[str, list[Observation]] = defaultdict(list)
        for o in mine:
            if o.region is not None:
                regional[f"{name}@{o.region}"].append(o)
        spans = {k: s for k, v in regional.items() if (s := _span(v)) is not None}
        if len(spans) < 2:
            one = Identity(person, name, person, name)
            assign.update((o, one) for o in mine)
            continue
        bridges = sorted(o.date for o in mine if o.region is None and o.date is not None)
        careers, why = _careers(spans, bridges, overrides)
        overridden = any(frozenset((a, b)) in overrides for a in spans for b in spans if a < b)
        if len(careers) == 1:
            one = Identity(person, name, person, name)
            assign.update((o, one) for o in mine)
            decisions.append(Decision(name, person, "one", why, (person,), overridden))
            continue
        people = [(c, Identity(rdf.entity_iri("person", c.groups[0], base=base), name, person, c.groups[0])) for c in careers]
        for o in mine:
            key = f"{name}@{o.region}" if o.region else None
            home = next((p for c, p in people if key in c.groups), None)
            if home is None:  # central, undated or unplaced: the career nearest in time
                home = min(people, key=lambda cp: _distance(o.date, cp[0]))[1]
            assign[o] = home
        decisions.append(Decision(name, person, "split", why, tuple(p.iri for _, p in people), overridden))
    return assign, decisions


def _distance(d: dt.date | None, c: _Career) -> tuple[int, dt.date]:
    if d is None:
        return (10**6, c.first)
    return (0 if c.first <= d <= c.last else min(abs((d - c.first).days), abs((d - c.last).days)), c.first)


def _fmt(key: str, span: tuple[dt.date, dt.date]) -> str:
    return f"{key} {span[0].isoformat()}..{span[1].isoformat()}"


def _gap(last: dt.date, first: dt.date, bridges: list[dt.date]) -> int:
    """Days of the longest stretch between ``last`` and ``first`` with no observation of the name
    (its central posts bridge: 河北 until 2017, 公安部 2017-2019, 湖北 2019 chain)."""
    points = [last, *(d for d in bridges if last < d < first), first]
    return max((b - a).days for a, b in zip(points, points[1:]))


def _careers(spans: dict[str, tuple[dt.date, dt.date]], bridges: list[dt.date],
             overrides: dict[frozenset[str], str]) -> tuple[list[_Career], str]:
    """Chain regional groups into careers, earliest first; returns them and the evidence, in words."""
    careers: list[_Career] = []
    reasons: list[str] = []
    for key in sorted(spans, key=lambda k: (spans[k], k)):
        first, last = spans[key]
        fits = []
        for c in careers:
            verdicts = {overrides.get(frozenset((key, g))) for g in c.groups}
            prev = max(c.groups, key=lambda g: spans[g][1])
            if "different" in verdicts:
                reasons.append(f"{key} and {prev}: different people (identities.tsv)")
            elif "same" in verdicts:
                fits.append(c)
                reasons.append(f"{key} and {prev}: the same person (identities.tsv)")
            elif first < c.last - dt.timedelta(days=OVERLAP_DAYS):
                reasons.append(f"{_fmt(key, spans[key])} overlaps {_fmt(prev, spans[prev])}: "
                               "one person holds no local posts in two regions at once")
            elif (gap := _gap(c.last, first, bridges)) > CHAIN_DAYS:
                reasons.append(f"{_fmt(key, spans[key])} begins after {_fmt(prev, spans[prev])} with {gap} days "
                               f"unobserved between them: no transfer chains them (over {CHAIN_DAYS} days)")
            else:
                fits.append(c)
                reasons.append(f"{_fmt(key, spans[key])} follows {_fmt(prev, spans[prev])}: a transfer")
        if fits:
            c = max(fits, key=lambda c: (c.last, c.groups))
            c.groups.append(key)
            c.first, c.last = min(c.first, first), max(c.last, last)
        else:
            careers.append(_Career([key], first, last))
    return careers, "; ".join(reasons)


# ----------------------------------------------------------------------------- tenures


def tenures(obs: list[Observation], assign: dict[Observation, Identity]) -> list[Tenure]:
    """One tenure per (person, post). A post seen only under a bare central title (总理 in
    foreign news may be any country's) gives none, nor does a central post in an article that
    shows the same person in a foreign post."""
    abroad = {(o.person, o.article) for o in obs if o.foreign}
    groups: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for o in obs:
        if o.region is None and (o.person, o.article) in abroad:
            continue  # 老挝人民革命党总书记、国家主席朱马里: a foreign leader holds no central post of ours
        groups[(assign[o].iri, o.post)].append(o)
    out = []
    for (person, post), mine in sorted(groups.items()):
        if all(o.title in resolve.NATIONAL_DEFAULT for o in mine):
            continue
        seen = _span(o for o in mine if o.kind == "observed")
        ins = sorted(o.date for o in mine if o.kind == "appointed" and o.date)
        outs = sorted(o.date for o in mine if o.kind in ("removed", "resigned") and o.date)
        lag = dt.timedelta(days=OVERLAP_DAYS)
        appointed = ins[0] if ins and (seen is None or seen[0] >= ins[0] - lag) else None
        left = outs[-1] if outs and (seen is None or seen[1] <= outs[-1] + lag) and (not ins or outs[-1] >= ins[0]) else None
        o = mine[0]
        out.append(Tenure(person, o.name, post, o.post_label, o.org, o.org_label, o.role,
                          seen[0] if seen else None, seen[1] if seen else None, appointed, left,
                          tuple(sorted({x.article for x in mine}))))
    return out


# ------------------------------------------------------------------------------- the pass


def _split_articles(st: ox.Store, obs: list[Observation], assign: dict[Observation, Identity]) -> list[Identity]:
    """The people of split names, each with the articles about them (posts, then meetings by date)."""
    split = sorted({i for i in assign.values() if i.iri != i.base}, key=lambda i: i.iri)
    if not split:
        return []
    by_base: dict[str, list[Identity]] = defaultdict(list)
    for i in split:
        by_base[i.base].append(i)
    arts: dict[str, set[str]] = defaultdict(set)
    spans: dict[str, list[dt.date]] = defaultdict(list)
    placed: dict[tuple[str, str], str] = {}
    for o in obs:
        ident = assign[o]
        if ident.iri != ident.base:
            arts[ident.iri].add(o.article)
            placed[(ident.base, o.article)] = ident.iri
            if o.date:
                spans[ident.iri].append(o.date)
    for r in st.query(_PARTICIPATIONS):
        base, art = r["p"].value, r["art"].value
        if base not in by_base or (base, art) in placed:
            continue
        d = _date(r["pub"])
        careers = [(i, _Career([], min(spans[i.iri]), max(spans[i.iri]))) for i in by_base[base] if spans[i.iri]]
        if careers and d is not None:
            arts[min(careers, key=lambda ic: _distance(d, ic[1]))[0].iri].add(art)
    return [Identity(i.iri, i.name, i.base, i.key, tuple(sorted(arts[i.iri]))) for i in split]


def update(st: ox.Store, out: str | Path | None = None, base: str = rdf.DEFAULT_BASE,
           overrides: str | Path | None = None, spool=None) -> dict[str, int]:
    """Recompute the corpus graph of a loaded store and replace it; returns counts.

    ``overrides`` defaults to ``identities.tsv`` in the build folder ``out``, when present;
    ``spool`` (a ``kg.export.Spool``) is given the graph as stored, so the exports need not
    dump it back out of the store (about 20 µs a quad).
    """
    if overrides is None and out is not None:
        overrides = Path(out) / OVERRIDES_FILE
    obs = read_observations(st)
    assign, decisions = decide(obs, read_overrides(overrides), base)
    people = _split_articles(st, obs, assign)
    tens = tenures(obs, assign)
    del obs, assign
    graph = corpus_graph_iri(base)
    store.remove_graphs(st, [graph])
    pieces: list[bytes] = []  # the graph as loaded, for ``spool``

    def load(nquads: bytes) -> None:
        store.bulk_load_pieces(st, nquads)
        if spool is not None:
            pieces.append(nquads)

    load(rdf.to_nquads(rdf.corpus_triples(people, decisions, tens, base), graph).encode("utf-8"))
    mentions = 0  # the summary in pieces: the store keeps each triple once, whatever piece it came in
    rows = _mentioned(st)
    while piece := list(islice(rows, _SUMMARY_ROWS)):
        mentions += len(piece)
        load(rdf.to_nquads(rdf.summary_triples(piece), graph).encode("utf-8"))
    people_in_network = _network(st, graph, base, load)
    st.flush()
    if spool is not None:
        spool.put(graph, *pieces)
    return {"tenures": len(tens), "decisions": len(decisions), "split people": len(people), "mentions": mentions,
            "network people": people_in_network}


def _network(st: ox.Store, graph: str, base: str, load) -> int:
    """Measure the co-attendance network once (it reads the summary, so after it) and store
    the measures in the corpus graph (``load``: N-Quads into it); returns the number of people in it."""
    from kg import network

    G = network.coattendance_graph(network.attendance_graph(st))
    ranked = network.centrality(G, k=len(G)) if len(G) else []
    communities = network.communities(G) if len(G) else []
    triples = rdf.network_triples(G.number_of_edges(), ranked, communities, base)
    load(rdf.to_nquads(triples, graph).encode("utf-8"))
    return len(ranked)


_SUMMARY_ROWS = 20_000  # mentions turned into summary triples at a time


# ------------------------------------------------------------------------------ timeline

_TIMELINE_PEOPLE = SPARQL_PREFIXES + """
SELECT ?p ?key WHERE { GRAPH ?g { ?p kg:identityKey ?key ; rdfs:label %(name)s } }"""
_TIMELINE_POSTS = SPARQL_PREFIXES + """
SELECT ?p ?post ?org ?first ?last ?begin ?end ?n WHERE { GRAPH ?g {
  ?t a kg:Tenure ; org:member ?p ; kg:post ?pn ; org:organization ?o ; kg:articleCount ?n ; org:memberDuring ?i .
  ?p rdfs:label %(name)s . ?pn rdfs:label ?post . ?o rdfs:label ?org .
  OPTIONAL { ?t kg:firstObserved ?first } OPTIONAL { ?t kg:lastObserved ?last }
  OPTIONAL { ?i time:hasBeginning/time:inXSDDate ?begin } OPTIONAL { ?i time:hasEnd/time:inXSDDate ?end }
} }"""
_TIMELINE_MEETINGS = SPARQL_PREFIXES + """
SELECT DISTINCT ?p ?meeting ?date ?pub ?role ?doc ?art WHERE { GRAPH ?g {
  ?q a kg:Participation ; kg:participant ?p ; kg:meeting ?m ; kg:participantRole ?r ; prov:wasDerivedFrom ?art .
  ?p rdfs:label %(name)s . ?m rdfs:label ?meeting . ?art schema:identifier ?doc .
  OPTIONAL { ?m schema:startDate ?date } OPTIONAL { ?art schema:datePublished ?pub }
  BIND(LCASE(STRAFTER(STR(?r), "#")) AS ?role)
} }"""
_SPLIT_ARTICLES = SPARQL_PREFIXES + """
SELECT ?p ?art WHERE { GRAPH ?g { ?p kg:identityKey ?key ; rdfs:label %(name)s ; prov:wasDerivedFrom ?art } }"""


@dataclass(frozen=True, order=True)
class Event:
    """One line of a person's timeline: a tenure (from its start) or a meeting."""

    date: dt.date | None
    person: str  # the person's key: the name, or NAME@REGION for one of several people
    kind: str  # post | meeting
    text: str  # 国务院总理 (国务院) or the meeting's name
    detail: str  # to-date and evidence, or the role in the meeting and the document


def timeline(st: ox.Store, name: str) -> list[Event]:
    """The posts (tenures) and meetings of everyone called ``name``, in date order."""
    lit = rdf.lit(name, lang="zh-Hans")
    keys = {r["p"].value: r["key"].value for r in st.query(_TIMELINE_PEOPLE % {"name": lit})}
    owner = {r["art"].value: r["p"].value for r in st.query(_SPLIT_ARTICLES % {"name": lit})}
    events = []
    for r in st.query(_TIMELINE_POSTS % {"name": lit}):
        start = _date(r["begin"]) or _date(r["first"])
        end = _date(r["end"]) or _date(r["last"])
        ends = [f"appointed {r['begin'].value}" if r["begin"] else "", f"left {r['end'].value}" if r["end"] else ""]
        detail = f"until {end.isoformat() if end else '?'}; {r['n'].value} article(s)" + "".join(f"; {e}" for e in ends if e)
        events.append(Event(start, keys.get(r["p"].value, name), "post", f"{r['post'].value} ({r['org'].value})", detail))
    roles: dict[tuple, set[str]] = defaultdict(set)
    for r in st.query(_TIMELINE_MEETINGS % {"name": lit}):
        person = owner.get(r["art"].value, r["p"].value)  # a split name: the person the article is about
        day = _date(r["date"]) or _date(r["pub"])
        roles[(day, keys.get(person, name), r["meeting"].value, r["doc"].value)].add(r["role"].value)
    for (day, key, meeting, doc), rs in roles.items():
        events.append(Event(day, key, "meeting", meeting, f"{', '.join(sorted(rs))}; {doc}"))
    return sorted(set(events), key=lambda e: (e.person, e.date or dt.date.max, e.kind, e.text, e.detail))
