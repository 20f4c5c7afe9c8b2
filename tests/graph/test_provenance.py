"""Every span in a build quotes the original text exactly: ``isString[begin:end] == anchorOf``."""

from __future__ import annotations

from kg import queries, store
from kg.model import Document
from kg.sources import read_corpus

_SPANS = """
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?span ?begin ?end ?anchor ?text WHERE {
  ?span nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?ctx .
  ?ctx nif:isString ?text .
}
"""

_TEXTS = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX schema: <https://schema.org/>
SELECT ?doc ?text WHERE { ?a schema:identifier ?doc ; kg:text ?ctx . ?ctx nif:isString ?text }
"""


def test_every_span_quotes_its_text(corpus_build):
    _, rows = queries.run(store.open_store(corpus_build, read_only=True), _SPANS)
    assert rows
    wrong = [(span, anchor, text[int(b):int(e)]) for span, b, e, anchor, text in rows if text[int(b):int(e)] != anchor]
    assert not wrong, wrong[:5]


def test_the_stored_text_is_the_original_text(corpus_build, corpus_inputs):
    _, rows = queries.run(store.open_store(corpus_build, read_only=True), _TEXTS)
    stored = dict(rows)
    docs = [d for d in read_corpus(corpus_inputs) if isinstance(d, Document)]
    assert docs and all(stored[d.id] == d.text for d in docs if d.id in stored)
    assert {d.id for d in docs} >= set(stored)


_DOUBLE_CONFIDENCE = """
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
SELECT ?node (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?node kg:confidence ?c } } GROUP BY ?node HAVING (COUNT(?c) > 1)
"""


def test_one_confidence_per_fact(corpus_build):
    """A fact or mention found twice in one article (two extractors, two sentences) has one
    confidence, the higher: the shapes allow one, and a reader must not have to choose."""
    _, rows = queries.run(store.open_store(corpus_build, read_only=True), _DOUBLE_CONFIDENCE)
    assert rows == []
