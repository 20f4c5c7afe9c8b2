"""SHACL validation: real builds conform, and the shapes catch what a broken builder would write."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, XSD

from kg import store
from kg.rdf import KG, NIF, SCHEMA
from kg.validate import Violation, format_violations, validate, validate_graph

pytest.importorskip("pyshacl")

_ARTICLE_WITH_MEETING_AND_POST = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
SELECT ?g WHERE { GRAPH ?g { ?m a kg:Meeting ; schema:startDate ?d . ?p org:postIn ?o . ?x a kg:Mention } }
ORDER BY ?g LIMIT 1
"""


def errors(violations: list[Violation]) -> list[Violation]:
    return [v for v in violations if v.severity == "Violation"]


def test_corpus_build_conforms(corpus_build):
    conforms, found = validate(corpus_build)
    assert conforms, format_violations(errors(found))


def test_seed_build_has_no_result_at_all(seed_only_build):
    conforms, found = validate(seed_only_build)
    assert conforms and not found, format_violations(found)


@pytest.fixture(scope="module")
def article(corpus_build) -> Graph:
    """One article's graph with a dated meeting, a post in an organisation and mentions."""
    st = store.open_store(corpus_build, read_only=True)
    rows = list(st.query(_ARTICLE_WITH_MEETING_AND_POST))
    if not rows:
        pytest.skip("no article in the corpus has a dated meeting and a post with its organisation")
    quads = st.quads_for_pattern(None, None, None, rows[0]["g"])
    nt = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=nt.decode("utf-8"), format="nt")


def mutated(g: Graph, remove: list[tuple], add: list[tuple] = ()) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    for t in remove:
        out.remove(t)
    for t in add:
        out.add(t)
    return out


def results_for(violations, focus=None, path=None, value=None) -> list[Violation]:
    return [v for v in violations if (focus is None or v.focus == str(focus)) and (path is None or v.path == path)
            and (value is None or v.value == str(value))]


def test_the_article_itself_conforms(article):
    conforms, found = validate_graph(article)
    assert conforms, format_violations(found)


def test_post_without_organisation_is_reported(article):
    post, org = next(article.subject_objects(ORG.postIn))
    _, found = validate_graph(mutated(article, [(post, ORG.postIn, org)]))
    (hit,) = results_for(found, focus=post, path="org:postIn")
    assert hit.severity == "Warning" and "org:postIn" in hit.message


def test_meeting_date_as_plain_string_is_a_violation(article):
    meeting, date = next((m, d) for m, d in article.subject_objects(SCHEMA.startDate) if (m, RDF.type, KG.Meeting) in article)
    conforms, found = validate_graph(mutated(article, [(meeting, SCHEMA.startDate, date)], [(meeting, SCHEMA.startDate, Literal(str(date)))]))
    assert not conforms
    assert [v.severity for v in results_for(found, focus=meeting, path="schema:startDate")] == ["Violation"]


def test_meeting_date_may_lack_the_year(article):
    meeting, date = next((m, d) for m, d in article.subject_objects(SCHEMA.startDate) if (m, RDF.type, KG.Meeting) in article)
    month_day = Literal("--" + str(date)[5:], datatype=XSD.gMonthDay)
    conforms, found = validate_graph(mutated(article, [(meeting, SCHEMA.startDate, date)], [(meeting, SCHEMA.startDate, month_day)]))
    assert conforms, format_violations(found)


def a_mention(g: Graph) -> tuple[URIRef, int, int, Literal, str]:
    m = sorted(g.subjects(RDF.type, KG.Mention))[0]
    text = str(g.value(g.value(m, NIF.referenceContext), NIF.isString))
    return m, int(g.value(m, NIF.beginIndex)), int(g.value(m, NIF.endIndex)), g.value(m, NIF.anchorOf), text


def test_mention_ending_beyond_its_text_is_a_violation(article):
    m, _, _, _, text = a_mention(article)
    old = article.value(m, NIF.endIndex)
    bad = Literal(len(text) + 5, datatype=XSD.nonNegativeInteger)
    conforms, found = validate_graph(mutated(article, [(m, NIF.endIndex, old)], [(m, NIF.endIndex, bad)]))
    assert not conforms
    assert any("beyond the text" in v.message for v in results_for(found, value=m, path="nif:endIndex"))


def test_mention_whose_anchor_differs_from_the_text_is_a_violation(article):
    m, _, _, anchor, _ = a_mention(article)
    conforms, found = validate_graph(mutated(article, [(m, NIF.anchorOf, anchor)], [(m, NIF.anchorOf, Literal(str(anchor) + "X"))]))
    assert not conforms
    assert any("anchorOf differs" in v.message for v in results_for(found, value=m, path="nif:anchorOf"))


def test_mention_shifted_by_one_character_is_a_violation(article):
    """Offsets one off (the classic 0- vs 1-based slip) no longer quote the anchor."""
    m, begin, end, _, _ = a_mention(article)
    old_b, old_e = article.value(m, NIF.beginIndex), article.value(m, NIF.endIndex)
    shifted = [(m, NIF.beginIndex, Literal(begin + 1)), (m, NIF.endIndex, Literal(end + 1))]
    conforms, found = validate_graph(mutated(article, [(m, NIF.beginIndex, old_b), (m, NIF.endIndex, old_e)], shifted))
    assert not conforms
    assert results_for(found, value=m, path="nif:anchorOf")


def test_empty_or_reversed_span_is_a_violation(article):
    m, _, end, _, _ = a_mention(article)
    old_b = article.value(m, NIF.beginIndex)
    conforms, found = validate_graph(mutated(article, [(m, NIF.beginIndex, old_b)], [(m, NIF.beginIndex, Literal(end))]))
    assert not conforms
    assert results_for(found, focus=m, path="nif:beginIndex")


def test_format_violations():
    v = Violation("Violation", "https://example.org/x", "nif:endIndex", "too far", "12")
    text = format_violations([v, Violation("Warning", "https://example.org/y", "org:postIn", "no organisation")])
    assert "Violation: too far" in text and "value: 12" in text and text.endswith("1 violation(s), 1 warning(s)\n")
    assert format_violations([]) == "conforms: no violations\n"


def test_validate_needs_a_build(tmp_path):
    with pytest.raises(FileNotFoundError, match="kg build"):
        validate(tmp_path)
