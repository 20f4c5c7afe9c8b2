"""The public surface is small, sorted and importable."""

import kg


def test_all_is_sorted_and_exported():
    assert kg.__all__ == sorted(kg.__all__)
    for name in kg.__all__:
        assert hasattr(kg, name), name


def test_rdflib_view_of_a_build(seed_build):
    ds = kg.rdflib_dataset(seed_build)
    q = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a <http://xmlns.com/foaf/0.1/Person> } }"
    assert int(next(iter(ds.query(q)))[0]) == 6
    ds.close()
