"""Builds shared by the graph tests: the examples (and the seed, when ../shared is there), once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import store
from kg.export import union_graph
from kg.pipeline import build

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "seed"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def corpus_inputs() -> list[Path]:
    """The examples folder, plus the seed article where ../shared is present."""
    inputs = [EXAMPLES] if EXAMPLES.is_dir() and any(EXAMPLES.iterdir()) else []
    if SEED.is_dir():
        inputs.append(SEED)
    if not inputs:
        pytest.skip("neither examples/ nor ../shared/seed holds articles")
    return inputs


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory, corpus_inputs) -> Path:
    """One build of every input this checkout has."""
    out = tmp_path_factory.mktemp("corpus")
    report = build(corpus_inputs, out, progress=False, jobs=1)
    assert report.built, "the corpus build produced no article"
    return out


@pytest.fixture(scope="session")
def seed_only_build(tmp_path_factory) -> Path:
    if not SEED.is_dir():
        pytest.skip("../shared/seed is not present")
    out = tmp_path_factory.mktemp("seed")
    build([SEED], out, progress=False, jobs=1)
    return out


@pytest.fixture(scope="session")
def corpus_graph(corpus_build):
    """The union of the corpus build as an rdflib Graph (read-only use)."""
    return union_graph(store.open_store(corpus_build, read_only=True))
