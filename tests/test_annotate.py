"""`kg annotate`: spans with offsets into the ORIGINAL text."""

from __future__ import annotations

import json
import subprocess
import sys

from kg.normalise import to_simplified

LABELS = {"PERSON", "TITLE", "ORG", "MEETING", "DATE", "PLACE"}


def _annotate(*args, stdin=None):
    out = subprocess.run([sys.executable, "-m", "kg.cli", "annotate", *args], input=stdin,
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_seed_person_spans_are_original_characters(seed_dir, seed_gold):
    (doc,) = _annotate(str(seed_dir))
    original = next(seed_dir.glob("*.txt")).read_text(encoding="utf-8")
    assert {s["label"] for s in doc["spans"]} <= LABELS
    for s in doc["spans"]:
        assert original[s["start"] : s["end"]] == s["text"]
    persons = {s["text"] for s in doc["spans"] if s["label"] == "PERSON"}
    assert "閆晨曦" in persons
    assert {to_simplified(p) for p in persons} == set(seed_gold["gold"]["persons"])


def test_jsonl_of_bare_sentences(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text(
        json.dumps({"id": "s1", "text": "市委書記王建國主持會議,副市長歐陽明出席。"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (doc,) = _annotate(str(p))
    assert doc["id"] == "s1"
    got = {(s["label"], s["text"]) for s in doc["spans"]}
    assert {("PERSON", "王建國"), ("PERSON", "歐陽明"), ("TITLE", "市委書記"), ("TITLE", "副市長")} <= got
