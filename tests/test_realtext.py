"""Extraction quality on real national news: the real-text gold of 122 Xinwen Lianbo stories
(tests/realgold/xwlb.json), the held-out 61 (xwlb_holdout.json, scored but never tuned on) and
the second to thirty-fourth development sets of 30–61 each (xwlb_dev2.json … xwlb_dev34.json,
each annotated before the rules were tuned on it), ids of ../shared/data/xwlb_2012_2021/sample3k.jsonl.

The texts stay in ../shared; the test skips when they or the gold are absent. The floors are
what the code reaches now (a regression floor), below the issue's targets where those are not
met: see the report of issue 8.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "data" / "xwlb_2012_2021" / "sample3k.jsonl"
GOLD = ROOT / "tests" / "realgold" / "xwlb.json"
HOLDOUT = ROOT / "tests" / "realgold" / "xwlb_holdout.json"
DEV2 = ROOT / "tests" / "realgold" / "xwlb_dev2.json"
DEV3 = ROOT / "tests" / "realgold" / "xwlb_dev3.json"
DEV4 = ROOT / "tests" / "realgold" / "xwlb_dev4.json"
DEV5 = ROOT / "tests" / "realgold" / "xwlb_dev5.json"
DEV6 = ROOT / "tests" / "realgold" / "xwlb_dev6.json"
DEV7 = ROOT / "tests" / "realgold" / "xwlb_dev7.json"
DEV8 = ROOT / "tests" / "realgold" / "xwlb_dev8.json"
DEV9 = ROOT / "tests" / "realgold" / "xwlb_dev9.json"
DEV10 = ROOT / "tests" / "realgold" / "xwlb_dev10.json"
DEV11 = ROOT / "tests" / "realgold" / "xwlb_dev11.json"
DEV12 = ROOT / "tests" / "realgold" / "xwlb_dev12.json"
DEV13 = ROOT / "tests" / "realgold" / "xwlb_dev13.json"
DEV14 = ROOT / "tests" / "realgold" / "xwlb_dev14.json"
DEV15 = ROOT / "tests" / "realgold" / "xwlb_dev15.json"
DEV16 = ROOT / "tests" / "realgold" / "xwlb_dev16.json"
DEV17 = ROOT / "tests" / "realgold" / "xwlb_dev17.json"
DEV18 = ROOT / "tests" / "realgold" / "xwlb_dev18.json"
DEV19 = ROOT / "tests" / "realgold" / "xwlb_dev19.json"
DEV20 = ROOT / "tests" / "realgold" / "xwlb_dev20.json"
DEV21 = ROOT / "tests" / "realgold" / "xwlb_dev21.json"
DEV22 = ROOT / "tests" / "realgold" / "xwlb_dev22.json"
DEV23 = ROOT / "tests" / "realgold" / "xwlb_dev23.json"
DEV24 = ROOT / "tests" / "realgold" / "xwlb_dev24.json"
DEV25 = ROOT / "tests" / "realgold" / "xwlb_dev25.json"
DEV26 = ROOT / "tests" / "realgold" / "xwlb_dev26.json"
DEV27 = ROOT / "tests" / "realgold" / "xwlb_dev27.json"
DEV28 = ROOT / "tests" / "realgold" / "xwlb_dev28.json"
DEV29 = ROOT / "tests" / "realgold" / "xwlb_dev29.json"
DEV30 = ROOT / "tests" / "realgold" / "xwlb_dev30.json"
DEV31 = ROOT / "tests" / "realgold" / "xwlb_dev31.json"
DEV32 = ROOT / "tests" / "realgold" / "xwlb_dev32.json"
DEV33 = ROOT / "tests" / "realgold" / "xwlb_dev33.json"
DEV34 = ROOT / "tests" / "realgold" / "xwlb_dev34.json"

FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.95),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.95),
    ("meetings", "f1", 1.0),
    ("meeting_dates", "recall", 0.98),
    ("chair", "f1", 0.98),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.97),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.84),
]
HOLDOUT_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.87),
    ("posts", "precision", 0.99),
    ("posts", "recall", 0.93),
    ("meetings", "f1", 0.82),
    ("speakers", "f1", 0.85),
    ("attendees", "f1", 0.84),
    ("organizations", "precision", 0.96),
    ("organizations", "recall", 0.74),
]


DEV2_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.97),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.93),
    ("meetings", "f1", 0.97),
    ("speakers", "f1", 0.96),
    ("attendees", "f1", 0.95),
    ("organizations", "precision", 0.94),
    ("organizations", "recall", 0.78),
]


DEV3_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.9),
    ("posts", "precision", 0.99),
    ("posts", "recall", 0.97),
    ("meetings", "f1", 0.95),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.89),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.84),
]


DEV4_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.93),
    ("posts", "precision", 0.98),
    ("posts", "recall", 0.93),
    ("meetings", "f1", 0.95),
    ("speakers", "f1", 0.95),
    ("attendees", "f1", 0.91),
    ("organizations", "precision", 0.96),
    ("organizations", "recall", 0.82),
]


DEV5_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.95),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.97),
    ("meetings", "f1", 0.96),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.98),
    ("organizations", "precision", 0.99),
    ("organizations", "recall", 0.79),
]


DEV6_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.99),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.97),
    ("meetings", "f1", 0.92),
    ("speakers", "f1", 0.97),
    ("attendees", "f1", 0.94),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.85),
]


DEV7_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.95),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.92),
    ("meetings", "f1", 0.9),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.86),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.83),
]


DEV8_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.93),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.88),
    ("meetings", "f1", 0.94),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.96),
    ("organizations", "precision", 0.99),
    ("organizations", "recall", 0.81),
]


DEV9_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.92),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.91),
    ("meetings", "f1", 0.9),
    ("speakers", "f1", 0.83),
    ("attendees", "f1", 0.92),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.74),
]

DEV10_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.97),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.96),
    ("meetings", "f1", 1.0),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 1.0),
    ("organizations", "precision", 1.0),
    ("organizations", "recall", 0.93),
]


DEV11_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.96),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.95),
    ("meetings", "f1", 0.98),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 1.0),
    ("organizations", "precision", 0.99),
    ("organizations", "recall", 0.89),
]

DEV12_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.94),
    ("posts", "precision", 0.99),
    ("posts", "recall", 0.9),
    ("meetings", "f1", 0.92),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.91),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.84),
]

DEV13_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.99),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.98),
    ("meetings", "f1", 0.9),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.94),
    ("organizations", "precision", 0.96),
    ("organizations", "recall", 0.81),
]

DEV14_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 1.0),
    ("posts", "precision", 1.0),
    ("posts", "recall", 1.0),
    ("meetings", "f1", 0.98),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.87),
    ("organizations", "precision", 1.0),
    ("organizations", "recall", 0.83),
]

DEV15_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.94),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.95),
    ("meetings", "f1", 0.92),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 0.75),
    ("attendees", "f1", 0.97),
    ("organizations", "precision", 0.96),
    ("organizations", "recall", 0.78),
]

DEV16_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.97),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.95),
    ("meetings", "f1", 1.0),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 0.95),
    ("attendees", "f1", 0.95),
    ("organizations", "precision", 1.0),
    ("organizations", "recall", 0.88),
]

DEV17_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.97),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.98),
    ("meetings", "f1", 0.94),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 0.88),
    ("attendees", "f1", 0.99),
    ("organizations", "precision", 0.99),
    ("organizations", "recall", 0.89),
]

DEV18_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.98),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.94),
    ("meetings", "f1", 0.94),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.94),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.8),
]

DEV19_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.98),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.91),
    ("meetings", "f1", 0.96),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.95),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.78),
]

DEV20_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.91),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.92),
    ("meetings", "f1", 0.95),
    ("chair", "f1", 0.85),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.95),
    ("organizations", "precision", 1.0),
    ("organizations", "recall", 0.94),
]

DEV21_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.98),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.98),
    ("meetings", "f1", 0.93),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.97),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.93),
]

DEV22_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.95),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.98),
    ("meetings", "f1", 0.97),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 0.92),
    ("attendees", "f1", 0.96),
    ("organizations", "precision", 0.97),
    ("organizations", "recall", 0.87),
]

DEV23_FLOORS = [  # one gold chair only, missed at the first look: no chair floor
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.98),
    ("posts", "precision", 0.97),
    ("posts", "recall", 0.91),
    ("meetings", "f1", 0.89),
    ("speakers", "f1", 0.93),
    ("attendees", "f1", 0.94),
    ("organizations", "precision", 1.0),
    ("organizations", "recall", 0.86),
]

DEV24_FLOORS = [  # no chair in its gold
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.85),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.95),
    ("meetings", "f1", 0.91),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 1.0),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.82),
]


DEV25_FLOORS = [  # no chair in its gold
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.98),
    ("posts", "precision", 1.0),
    ("posts", "recall", 1.0),
    ("meetings", "f1", 0.91),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 1.0),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.89),
]

DEV26_FLOORS = [  # two speakers in its gold, both missed at the first look
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.91),
    ("posts", "precision", 1.0),
    ("posts", "recall", 1.0),
    ("meetings", "f1", 0.94),
    ("chair", "f1", 1.0),
    ("attendees", "f1", 1.0),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.81),
]

DEV27_FLOORS = [  # no speaker in its gold
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.92),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.85),
    ("meetings", "f1", 0.91),
    ("chair", "f1", 1.0),
    ("attendees", "f1", 0.83),
    ("organizations", "precision", 0.97),
    ("organizations", "recall", 0.83),
]

DEV28_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.92),
    ("posts", "precision", 1.0),
    ("posts", "recall", 1.0),
    ("meetings", "f1", 0.88),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 0.85),
    ("attendees", "f1", 0.96),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.76),
]

DEV29_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.95),
    ("posts", "precision", 1.0),
    ("posts", "recall", 1.0),
    ("meetings", "f1", 0.96),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.98),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.83),
]

DEV30_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.96),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.98),
    ("meetings", "f1", 1.0),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.98),
    ("organizations", "precision", 0.97),
    ("organizations", "recall", 0.87),
]

DEV31_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.95),
    ("posts", "precision", 1.0),
    ("posts", "recall", 0.91),
    ("meetings", "f1", 0.88),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 0.8),
    ("attendees", "f1", 1.0),
    ("organizations", "precision", 0.98),
    ("organizations", "recall", 0.8),
]

DEV32_FLOORS = [  # no chair in its gold
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.92),
    ("posts", "precision", 0.96),
    ("posts", "recall", 0.94),
    ("meetings", "f1", 0.88),
    ("speakers", "f1", 0.40),
    ("attendees", "f1", 0.89),
    ("organizations", "precision", 0.97),
    ("organizations", "recall", 0.85),
]

DEV33_FLOORS = [
    ("persons", "precision", 1.0),
    ("persons", "recall", 0.96),
    ("posts", "precision", 0.98),
    ("posts", "recall", 0.91),
    ("meetings", "f1", 0.88),
    ("chair", "f1", 1.0),
    ("speakers", "f1", 1.0),
    ("attendees", "f1", 0.89),
    ("organizations", "precision", 0.97),
    ("organizations", "recall", 0.8),
]

DEV34_FLOORS = [  # no chair in its gold; one speaker, missed at the first look
    ("persons", "precision", 1.0),
    ("persons", "recall", 1.0),
    ("posts", "precision", 0.94),
    ("posts", "recall", 0.97),
    ("meetings", "f1", 0.85),
    ("attendees", "f1", 0.97),
    ("organizations", "precision", 0.97),
    ("organizations", "recall", 0.76),
]

def _score(gold_path: Path, tmp: Path) -> dict:
    if not SAMPLE.exists() or not gold_path.exists():
        pytest.skip("the real-text gold or ../shared/data/xwlb_2012_2021 is absent")
    ids = {e["id"] for e in json.loads(gold_path.read_text(encoding="utf-8"))}
    stories = tmp / "stories.jsonl"
    with SAMPLE.open(encoding="utf-8") as src, stories.open("w", encoding="utf-8") as dst:
        dst.writelines(line for line in src if line.strip() and json.loads(line)["id"] in ids)
    return evaluate(gold_path, [stories], tmp / "build")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return _score(GOLD, tmp_path_factory.mktemp("realtext"))


@pytest.fixture(scope="module")
def holdout(tmp_path_factory):
    return _score(HOLDOUT, tmp_path_factory.mktemp("holdout"))


@pytest.fixture(scope="module")
def dev2(tmp_path_factory):
    return _score(DEV2, tmp_path_factory.mktemp("dev2"))


@pytest.fixture(scope="module")
def dev3(tmp_path_factory):
    return _score(DEV3, tmp_path_factory.mktemp("dev3"))


@pytest.fixture(scope="module")
def dev4(tmp_path_factory):
    return _score(DEV4, tmp_path_factory.mktemp("dev4"))


@pytest.fixture(scope="module")
def dev5(tmp_path_factory):
    return _score(DEV5, tmp_path_factory.mktemp("dev5"))


@pytest.fixture(scope="module")
def dev6(tmp_path_factory):
    return _score(DEV6, tmp_path_factory.mktemp("dev6"))


@pytest.fixture(scope="module")
def dev7(tmp_path_factory):
    return _score(DEV7, tmp_path_factory.mktemp("dev7"))


@pytest.fixture(scope="module")
def dev8(tmp_path_factory):
    return _score(DEV8, tmp_path_factory.mktemp("dev8"))


@pytest.fixture(scope="module")
def dev9(tmp_path_factory):
    return _score(DEV9, tmp_path_factory.mktemp("dev9"))


@pytest.fixture(scope="module")
def dev10(tmp_path_factory):
    return _score(DEV10, tmp_path_factory.mktemp("dev10"))


@pytest.fixture(scope="module")
def dev11(tmp_path_factory):
    return _score(DEV11, tmp_path_factory.mktemp("dev11"))


@pytest.fixture(scope="module")
def dev12(tmp_path_factory):
    return _score(DEV12, tmp_path_factory.mktemp("dev12"))


@pytest.fixture(scope="module")
def dev13(tmp_path_factory):
    return _score(DEV13, tmp_path_factory.mktemp("dev13"))


@pytest.fixture(scope="module")
def dev14(tmp_path_factory):
    return _score(DEV14, tmp_path_factory.mktemp("dev14"))


@pytest.fixture(scope="module")
def dev15(tmp_path_factory):
    return _score(DEV15, tmp_path_factory.mktemp("dev15"))


@pytest.fixture(scope="module")
def dev16(tmp_path_factory):
    return _score(DEV16, tmp_path_factory.mktemp("dev16"))


@pytest.fixture(scope="module")
def dev17(tmp_path_factory):
    return _score(DEV17, tmp_path_factory.mktemp("dev17"))


@pytest.fixture(scope="module")
def dev18(tmp_path_factory):
    return _score(DEV18, tmp_path_factory.mktemp("dev18"))


@pytest.fixture(scope="module")
def dev19(tmp_path_factory):
    return _score(DEV19, tmp_path_factory.mktemp("dev19"))


@pytest.fixture(scope="module")
def dev20(tmp_path_factory):
    return _score(DEV20, tmp_path_factory.mktemp("dev20"))


@pytest.fixture(scope="module")
def dev21(tmp_path_factory):
    return _score(DEV21, tmp_path_factory.mktemp("dev21"))


@pytest.fixture(scope="module")
def dev22(tmp_path_factory):
    return _score(DEV22, tmp_path_factory.mktemp("dev22"))


@pytest.fixture(scope="module")
def dev23(tmp_path_factory):
    return _score(DEV23, tmp_path_factory.mktemp("dev23"))


@pytest.fixture(scope="module")
def dev24(tmp_path_factory):
    return _score(DEV24, tmp_path_factory.mktemp("dev24"))


@pytest.fixture(scope="module")
def dev25(tmp_path_factory):
    return _score(DEV25, tmp_path_factory.mktemp("dev25"))


@pytest.fixture(scope="module")
def dev26(tmp_path_factory):
    return _score(DEV26, tmp_path_factory.mktemp("dev26"))


@pytest.fixture(scope="module")
def dev27(tmp_path_factory):
    return _score(DEV27, tmp_path_factory.mktemp("dev27"))


@pytest.fixture(scope="module")
def dev28(tmp_path_factory):
    return _score(DEV28, tmp_path_factory.mktemp("dev28"))


@pytest.fixture(scope="module")
def dev29(tmp_path_factory):
    return _score(DEV29, tmp_path_factory.mktemp("dev29"))


@pytest.fixture(scope="module")
def dev30(tmp_path_factory):
    return _score(DEV30, tmp_path_factory.mktemp("dev30"))


@pytest.fixture(scope="module")
def dev31(tmp_path_factory):
    return _score(DEV31, tmp_path_factory.mktemp("dev31"))


@pytest.fixture(scope="module")
def dev32(tmp_path_factory):
    return _score(DEV32, tmp_path_factory.mktemp("dev32"))


@pytest.fixture(scope="module")
def dev33(tmp_path_factory):
    return _score(DEV33, tmp_path_factory.mktemp("dev33"))


@pytest.fixture(scope="module")
def dev34(tmp_path_factory):
    return _score(DEV34, tmp_path_factory.mktemp("dev34"))


def test_every_gold_story_is_scored(report, holdout, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23, dev24, dev25, dev26, dev27, dev28, dev29, dev30, dev31, dev32, dev33, dev34):
    assert report["documents"] >= 120 and not report["missing"] and not report["errors"]
    for other in (holdout, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, dev12, dev13, dev14, dev15, dev16, dev17, dev18, dev19, dev20, dev21, dev22, dev23, dev24, dev25, dev26, dev27, dev28, dev29, dev30, dev31, dev32, dev33, dev34):
        assert other["documents"] >= 30 and not other["missing"] and not other["errors"]


@pytest.mark.parametrize(("field", "measure", "floor"), FLOORS)
def test_real_text_floor(report, field, measure, floor):
    got = report["scores"][field][measure]
    assert got >= floor, f"{field} {measure} {got:.3f} < {floor}"


# The other samples' floors: (fixture, field, measure, floor).
OTHER_FLOORS = [("holdout", *f) for f in HOLDOUT_FLOORS] + [("dev2", *f) for f in DEV2_FLOORS] + [
    ("dev3", *f) for f in DEV3_FLOORS] + [("dev4", *f) for f in DEV4_FLOORS] + [("dev5", *f) for f in DEV5_FLOORS] + [
    ("dev6", *f) for f in DEV6_FLOORS] + [("dev7", *f) for f in DEV7_FLOORS] + [("dev8", *f) for f in DEV8_FLOORS] + [
    ("dev9", *f) for f in DEV9_FLOORS] + [("dev10", *f) for f in DEV10_FLOORS] + [
    ("dev11", *f) for f in DEV11_FLOORS] + [("dev12", *f) for f in DEV12_FLOORS] + [
    ("dev13", *f) for f in DEV13_FLOORS] + [("dev14", *f) for f in DEV14_FLOORS] + [
    ("dev15", *f) for f in DEV15_FLOORS] + [("dev16", *f) for f in DEV16_FLOORS] + [("dev17", *f) for f in DEV17_FLOORS] + [("dev18", *f) for f in DEV18_FLOORS] + [("dev19", *f) for f in DEV19_FLOORS] + [("dev20", *f) for f in DEV20_FLOORS] + [("dev21", *f) for f in DEV21_FLOORS] + [("dev22", *f) for f in DEV22_FLOORS] + [("dev23", *f) for f in DEV23_FLOORS] + [("dev24", *f) for f in DEV24_FLOORS] + [("dev25", *f) for f in DEV25_FLOORS] + [("dev26", *f) for f in DEV26_FLOORS] + [("dev27", *f) for f in DEV27_FLOORS] + [("dev28", *f) for f in DEV28_FLOORS] + [("dev29", *f) for f in DEV29_FLOORS] + [("dev30", *f) for f in DEV30_FLOORS] + [("dev31", *f) for f in DEV31_FLOORS] + [("dev32", *f) for f in DEV32_FLOORS] + [("dev33", *f) for f in DEV33_FLOORS] + [("dev34", *f) for f in DEV34_FLOORS]


@pytest.mark.parametrize(("sample", "field", "measure", "floor"), OTHER_FLOORS)
def test_other_sample_floor(request, sample, field, measure, floor):
    got = request.getfixturevalue(sample)["scores"][field][measure]
    assert got >= floor, f"{sample} {field} {measure} {got:.3f} < {floor}"


def test_every_floor_list_is_run():
    """Each sample's floors are in the list the floor test runs (dev14 and dev15 were once left out)."""
    lists = {name.removesuffix("_FLOORS").lower() for name in globals() if name.endswith("_FLOORS") and name != "OTHER_FLOORS"}
    assert lists == {sample for sample, *_ in OTHER_FLOORS} and len(lists) >= 34  # the held-out set, dev2 … dev34
