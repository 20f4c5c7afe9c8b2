"""ontology/: kg.ttl declares every kg: term the builder writes, shapes.ttl covers every class it writes."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SH, SKOS

from kg import queries, rdf
from kg.rdf import KG, NIF, SCHEMA

ONTOLOGY = queries.ontology_dir()
KG_SOURCES = ("rdf.py", "pipeline.py")  # the modules that write kg: terms


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


def emitted_kg_terms() -> set[URIRef]:
    here = Path(rdf.__file__).parent
    source = "".join((here / name).read_text(encoding="utf-8") for name in KG_SOURCES)
    return {KG[name] for name in re.findall(r"\b_?KG\.(\w+)", source)}


def test_ontology_header(onto):
    (o,) = onto.subjects(RDF.type, OWL.Ontology)
    assert onto.value(o, OWL.versionInfo) is not None
    assert onto.value(o, OWL.versionIRI) is not None
    for p in (RDFS.label, RDFS.comment):
        assert {lit.language for lit in onto.objects(o, p)} >= {"en", "zh-Hans"}


def test_every_emitted_kg_term_is_declared_in_both_languages(onto):
    terms = emitted_kg_terms()
    assert KG.Meeting in terms and KG.contentHash in terms
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept}
    for term in sorted(terms):
        assert set(onto.objects(term, RDF.type)) & kinds, f"{term} is not declared in ontology/kg.ttl"
        for p in (RDFS.label, RDFS.comment):
            langs = {lit.language for lit in onto.objects(term, p) if isinstance(lit, Literal)}
            assert {"en", "zh-Hans"} <= langs, f"{term} lacks an English or Chinese {p}"


def test_ontology_declares_nothing_the_builder_does_not_use(onto):
    declared = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(KG))}
    assert declared - emitted_kg_terms() == {KG.ParticipantRoles}


@pytest.mark.parametrize(("sub", "sup"), [
    (KG.Meeting, SCHEMA.Event),
    (KG.PostObservation, ORG.Membership),
    (KG.Mention, NIF.String),
    (KG.MojibakeRun, NIF.String),
    (KG.Appointment, PROV.Entity),
    (KG.PartyCommittee, ORG.FormalOrganization),
    (KG.MediaOrganization, SCHEMA.NewsMediaOrganization),
])
def test_class_alignment(onto, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto


def test_every_organisation_kind_is_an_organisation(onto):
    for kind in rdf._ORG_CLASS.values():
        assert set(onto.objects(kind, RDFS.subClassOf)) & {ORG.Organization, ORG.FormalOrganization}, kind


def test_property_alignment(onto):
    for p in (KG.chair, KG.speaker, KG.observer):
        assert (p, RDFS.subPropertyOf, SCHEMA.attendee) in onto
    assert not set(onto.objects(KG.absentee, RDFS.subPropertyOf)), "an absentee is not an attendee"
    assert (KG.jointPart, RDFS.subPropertyOf, SCHEMA.subEvent) in onto
    assert (KG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom) in onto


def test_participant_roles_are_a_concept_scheme(onto):
    roles = set(rdf._ROLE.values())
    assert set(onto.objects(KG.ParticipantRoles, SKOS.hasTopConcept)) == roles
    for r in roles:
        assert (r, SKOS.inScheme, KG.ParticipantRoles) in onto


def test_shapes_are_valid_shacl(shapes):
    from pyshacl import validate

    conforms, _, text = validate(Graph(), shacl_graph=shapes, meta_shacl=True, inference="none")
    assert conforms, text


def test_every_class_the_builder_writes_has_a_shape(shapes, corpus_graph):
    written = set(corpus_graph.objects(None, RDF.type))
    targeted = set(shapes.objects(None, SH.targetClass))
    assert written - targeted == set()


def test_context_prefixes_match_the_builder():
    ctx = json.loads((ONTOLOGY / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    bound = dict(rdf.bind_prefixes(Graph(bind_namespaces="none")).namespaces())
    for prefix in ("kg", "schema", "org", "foaf", "prov", "skos", "nif", "itsrdf"):
        assert ctx[prefix] == str(bound[prefix])
    assert ctx["holds"] == {"@id": "org:holds", "@type": "@id"}


def test_diagram_is_up_to_date(onto):
    spec = importlib.util.spec_from_file_location("make_diagram", ONTOLOGY / "make_diagram.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    drawn = module.svg(Graph().parse(ONTOLOGY / "kg.ttl", format="turtle"))
    assert drawn == (ONTOLOGY / "diagram.svg").read_text(encoding="utf-8"), "run: python ontology/make_diagram.py"
