"""Recogniser spans against CLUENER2020 (exact span match, P/R/F1 per label).

Label mapping: CLUENER ``name`` -> our PERSON, ``position`` -> TITLE (our whole title,
organisation included) and, separately, the role word of our titles; ``organization``
and ``government`` -> ORG. CLUENER marks every title, with or without a name after it,
and names from games, films and foreign news; our rules mark titles only in a
title-name chain and aim at officials, so recall is expected to be lower than precision.

    python bench/cluener.py [--data ../shared/data/cluener2020/train.json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from kg.nlp import recognise, spans_of
from kg.normalise import normalise

ROOT = Path(__file__).resolve().parents[1]
MAPPING = {"name": "PERSON", "position": "TITLE", "organization": "ORG", "government": "ORG"}


def gold_spans(record: dict) -> set[tuple[str, int, int]]:
    out = set()
    for label, ents in record.get("label", {}).items():
        if label in MAPPING:
            for spans in ents.values():
                for s, e in spans:
                    out.add((MAPPING[label], s, e + 1))  # CLUENER ends are inclusive
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "cluener2020" / "train.json")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    lines = args.data.read_text(encoding="utf-8").splitlines()
    if args.limit:
        lines = lines[: args.limit]
    tp, fp, fn = Counter(), Counter(), Counter()
    t = time.perf_counter()
    for line in lines:
        rec = json.loads(line)
        norm = normalise(rec["text"])
        pred = set()
        found = recognise(norm.text)
        for label, s, e in spans_of(found):
            if label in ("PERSON", "TITLE", "ORG"):
                pred.add((label, *norm.to_original(s, e)))
        for title in found.titles:  # the role word alone, which is what CLUENER marks as position
            pred.add(("ROLE", *norm.to_original(title.end - len(title.role), title.end)))
        gold = gold_spans(rec)
        gold |= {("ROLE", s, e) for label, s, e in gold if label == "TITLE"}
        for label in ("PERSON", "TITLE", "ROLE", "ORG"):
            g = {x for x in gold if x[0] == label}
            p = {x for x in pred if x[0] == label}
            tp[label] += len(g & p)
            fp[label] += len(p - g)
            fn[label] += len(g - p)
    secs = time.perf_counter() - t
    print(f"CLUENER2020 {args.data.name}: {len(lines)} sentences, {secs:.1f} s ({len(lines) / secs:.0f} sentences/s)")
    print(f"{'label':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}")
    rows = (
        ("PERSON", "name -> PERSON"),
        ("TITLE", "position -> TITLE"),
        ("ROLE", "position -> role word"),
        ("ORG", "org+government -> ORG"),
    )
    for label, name in rows:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:<26}{p:>7.3f}{r:>7.3f}{f:>7.3f}{tp[label]:>7}{fp[label]:>7}{fn[label]:>7}")


if __name__ == "__main__":
    main()
