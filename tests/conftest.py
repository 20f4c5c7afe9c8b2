"""Shared fixtures: where ../shared is, and one build of the seed per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "seed"
SEED_GOLD = SHARED / "gold" / "seed.json"


def need_shared() -> Path:
    if not SEED_DIR.is_dir():
        pytest.skip("../shared (seed article and gold) is not present")
    return SHARED


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    need_shared()
    return SEED_DIR


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    need_shared()
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))[0]


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    need_shared()
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    report = build([SEED_DIR], out, progress=False)
    assert not report.errors
    return out
