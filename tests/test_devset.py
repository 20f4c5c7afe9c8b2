"""Extraction quality on the development set (tests/devset/*, examples/): the floors
of the extraction issue. A drop below any of them fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import Score, predictions, score

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted((ROOT / "tests" / "devset").glob("*/gold.json")) + [ROOT / "examples" / "gold.json"]


@pytest.fixture(scope="module")
def devset(tmp_path_factory):
    from kg.pipeline import build

    entries, dirs = [], []
    for g in GOLD_FILES:
        entries += json.loads(g.read_text(encoding="utf-8"))
        dirs.append(g.parent)
    out = tmp_path_factory.mktemp("devset")
    report = build(dirs, out, progress=False)
    assert not report.errors, report.errors
    preds = predictions(out)
    totals: dict[str, Score] = {}
    for e in entries:
        for field, s in score(e, preds[e["id"]]).items():
            totals.setdefault(field, Score()).add(s, e["id"])
    return entries, preds, totals


def test_devset_size(devset):
    entries, _, _ = devset
    assert len(entries) >= 40
    assert sum(e["script"] == "traditional" and "pinyin" in e["artifacts"] for e in entries) >= 8


FLOORS = [
    ("posts", "precision", 0.97),
    ("posts", "recall", 0.93),
    ("persons", "f1", 0.97),
    ("meetings", "f1", 0.95),
    ("meeting_dates", "recall", 0.95),
    ("chair", "f1", 0.93),
    ("attendees", "f1", 0.93),
    ("observers", "f1", 0.93),
    ("removed", "f1", 0.9),
    ("resigned", "f1", 0.9),
]


@pytest.mark.parametrize(("field", "measure", "floor"), FLOORS)
def test_quality_floor(devset, field, measure, floor):
    s = devset[2][field]
    got = getattr(s, measure)
    assert got >= floor, f"{field} {measure} {got:.3f} < {floor}; FP {s.false_positives[:10]} FN {s.false_negatives[:10]}"


def test_no_meeting_from_inspections(devset):
    entries, preds, _ = devset
    inspections = [e["id"] for e in entries if e["kind"] == "inspection" and not e["gold"].get("meetings")]
    assert inspections
    assert {i: preds[i]["meetings"] for i in inspections if preds[i]["meetings"]} == {}
