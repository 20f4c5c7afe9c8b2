"""bench/audit.py on a real small build: sampling with evidence, the judge sheet, the score."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.normalise import normalise
from kg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "bench" / "audit.py"


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("audit")
    build([ROOT / "examples"], out, progress=False, exports=False)
    return out


def _run(*args: str) -> str:
    res = subprocess.run([sys.executable, str(AUDIT), *map(str, args)], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}, cwd=ROOT)
    return res.stdout


def test_sample_prints_each_item_with_its_sentence(small_build, tmp_path):
    sheet = tmp_path / "sheet.jsonl"
    out = _run(small_build, "--n", "4", "--seed", "7", "--out", sheet)
    items = [json.loads(line) for line in sheet.read_text(encoding="utf-8").splitlines()]
    assert [it["kind"] for it in items] == ["pairs"] * 4 + ["people"] * 4 + ["participants"] * 4 + ["meetings"] * 4
    for it in items:
        assert it["verdict"] == "" and it["doc"] in out
        if it["kind"] in ("pairs", "people"):  # the evidence sentence (as written) names the person
            assert it["item"]["person"] in normalise(it["evidence"]).text, it
    pairs = {(it["item"]["person"], it["item"]["title"]) for it in items if it["kind"] == "pairs"}
    assert len(pairs) == 4  # distinct
    assert _run(small_build, "--n", "4", "--seed", "7") == out  # the seed fixes the sample


def test_score_gives_precision_with_a_wilson_interval(small_build, tmp_path):
    sheet = tmp_path / "sheet.jsonl"
    _run(small_build, "--n", "5", "--seed", "1", "--kinds", "pairs", "--out", sheet)
    items = [json.loads(line) for line in sheet.read_text(encoding="utf-8").splitlines()]
    for i, it in enumerate(items):
        it["verdict"], it["error_class"] = ("n", "4") if i == 0 else ("y", "")
    sheet.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    out = _run("--score", sheet)
    assert "pairs         precision 0.800  95% CI 0.376–0.964  (4/5 judged, 0 not judged)" in out
    assert "wrong by class: 4: 1" in out


def test_organisations_are_sampled_with_the_words_that_name_them(small_build, tmp_path):
    sheet = tmp_path / "sheet.jsonl"
    _run(small_build, "--n", "6", "--seed", "3", "--kinds", "organizations", "--out", sheet)
    items = [json.loads(line) for line in sheet.read_text(encoding="utf-8").splitlines()]
    assert len(items) == 6 and {it["kind"] for it in items} == {"organizations"}
    for it in items:  # the canonical label, and the written form found in the evidence sentence
        assert it["item"]["organization"] and it["item"]["written"] in it["evidence"], it
    assert len({(it["item"]["organization"], it["item"]["written"]) for it in items}) == 6


def test_markdown_sheet(small_build, tmp_path):
    sheet = tmp_path / "sheet.md"
    _run(small_build, "--n", "2", "--kinds", "meetings", "--out", sheet)
    lines = sheet.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| kind | item | doc | evidence |") and len(lines) == 4
