"""The corpus graph (tenures, their intervals, identity decisions) conforms, and its shapes catch
what a broken corpus pass would write."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, XSD

from kg import store
from kg.corpus import corpus_graph_iri
from kg.rdf import KG, TIME
from kg.validate import validate_graph

pytest.importorskip("pyshacl")


@pytest.fixture(scope="module")
def corpus_part(corpus_build, corpus_graph) -> Graph:
    """The corpus graph, with the types of the nodes it points to (validated alone: fast)."""
    st = store.open_store(corpus_build, read_only=True)
    nt = "".join(f"{q.subject} {q.predicate} {q.object} .\n"
                 for q in st.quads_for_pattern(None, None, None, ox.NamedNode(corpus_graph_iri())))
    g = Graph().parse(data=nt, format="nt")
    for node in {n for t in g for n in (t[0], t[2]) if isinstance(n, URIRef)}:
        for cls in corpus_graph.objects(node, RDF.type):
            g.add((node, RDF.type, cls))
    return g


@pytest.fixture(scope="module")
def tenure(corpus_part) -> URIRef:
    found = sorted(corpus_part.subjects(RDF.type, KG.Tenure))
    if not found:
        pytest.skip("the corpus build has no tenure")
    return found[0]


def copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def findings(g: Graph, focus) -> list[tuple[str, str]]:
    _, found = validate_graph(g)
    return [(v.severity, v.path) for v in found if v.focus == str(focus)]


def test_the_corpus_graph_conforms(corpus_part, tenure):
    """Every node only the corpus graph writes conforms (the others are checked on the whole build)."""
    _, found = validate_graph(corpus_part)
    own = (KG.Tenure, TIME.Interval, TIME.Instant, KG.IdentityDecision)
    described = {str(s) for c in own for s in corpus_part.subjects(RDF.type, c)}
    described |= {str(s) for s in corpus_part.subjects(KG.identityKey, None)}
    assert described
    assert [v for v in found if v.focus in described] == []


def test_every_tenure_has_an_interval_and_evidence(corpus_graph, tenure):
    for t in corpus_graph.subjects(RDF.type, KG.Tenure):
        assert (t, RDF.type, ORG.Membership) in corpus_graph
        assert (corpus_graph.value(t, ORG.memberDuring), RDF.type, TIME.Interval) in corpus_graph
        assert int(corpus_graph.value(t, KG.articleCount)) >= 1


def test_a_tenure_without_interval_is_a_violation(corpus_part, tenure):
    g = copy(corpus_part)
    g.remove((tenure, ORG.memberDuring, None))
    assert ("Violation", "org:memberDuring") in findings(g, tenure)


def test_first_observed_after_last_observed_is_a_violation(corpus_part, tenure):
    g = copy(corpus_part)
    g.remove((tenure, KG.firstObserved, None))
    g.remove((tenure, KG.lastObserved, None))
    g.add((tenure, KG.firstObserved, Literal("2023-05-01", datatype=XSD.date)))
    g.add((tenure, KG.lastObserved, Literal("2023-04-01", datatype=XSD.date)))
    assert ("Violation", "kg:firstObserved") in findings(g, tenure)


def test_a_membership_that_is_neither_observation_nor_tenure_is_a_violation(corpus_part, tenure):
    g = copy(corpus_part)
    g.remove((tenure, RDF.type, KG.Tenure))
    assert any(sev == "Violation" for sev, _ in findings(g, tenure))
