"""Person names: the rules, the LAC tagger (``kg.tagger``), and rules using the tagger as a cue.

Scored on real text: the real-text gold (persons per Xinwen Lianbo story, set precision and
recall per story, micro-averaged; ``persons_optional`` neither required nor wrong), the
People's Daily NER dev set and the first sentences of CLUENER2020 (person spans, exact
match). Also load time and speed. ``--audit N`` instead lists every name the cue gives on N
stories outside the gold, for judging by reading (held-out precision).

Systems:
  rules   the PERSON hits of the recognisers (``make_context(doc).rec.persons``)
  tagger  LAC's PER spans, foreign names joined across ·/-, one name per person
          (``kg.tagger.person_spans`` + ``whole_names``)
  union   rules + raw tagger spans (an upper bound on recall, not a candidate)
  cue     the rule hits refined by the tagger (``kg.tagger.refine``): hits checked and
          re-edged, tagged names added where the grammar has a slot for a name

    python bench/tagger.py [--gold tests/realgold/xwlb.json] [--stories ../shared/data/xwlb_2012_2021/sample3k.jsonl]
                           [--pd ../shared/data/peoples_daily_ner/example.dev]
                           [--cluener ../shared/data/cluener2020/train.json --cluener-limit 2000] [--show N]
    python bench/tagger.py --audit 100 --seed 21
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from kg import tagger
from kg.nlp import PersonHit, Recognised, recognise
from kg.normalise import normalise

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _hits(spans: list[tuple[int, int]], text: str) -> list[PersonHit]:
    return [PersonHit(a, b, text[a:b], (), "tagger") for a, b in spans]


SYSTEMS: dict[str, Callable[[str, Recognised, list], list[PersonHit]]] = {
    "rules": lambda text, rec, toks: list(rec.persons),
    "tagger": lambda text, rec, toks: tagger.whole_names(text, _hits(tagger.person_spans(text, toks), text)),
    "union": lambda text, rec, toks: [*rec.persons, *_hits(tagger.person_spans(text, toks), text)],
    "cue": lambda text, rec, toks: tagger.refine(text, rec.persons, toks),
}


class Tally:
    """Micro-averaged counts of one system."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set, pred: set, optional: set = frozenset()) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold - optional)
        self.fn += len(gold - pred)

    def row(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<8}{p:>7.3f}{r:>7.3f}{f:>7.3f}{self.tp:>6}{self.fp:>6}{self.fn:>6}"


HEADER = f"{'system':<8}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"


def real_text(gold_path: Path, stories_path: Path, show: int) -> None:
    """Persons per story against the real-text gold, and the speed of each step."""
    from kg.extract import make_context
    from kg.sources import read_file

    gold = {e["id"]: e for e in json.loads(gold_path.read_text(encoding="utf-8"))}
    docs = [d for d in read_file(stories_path) if getattr(d, "id", None) in gold]
    tallies = {s: Tally() for s in SYSTEMS}
    errors: dict[str, list] = {s: [] for s in SYSTEMS}
    chars, tag_s, rule_s, cue_s = 0, 0.0, 0.0, 0.0
    for doc in docs:
        t = time.perf_counter()
        ctx = make_context(doc)
        rule_s += time.perf_counter() - t
        t = time.perf_counter()
        toks = tagger.tokens(ctx.text)
        tag_s += time.perf_counter() - t
        chars += len(ctx.text)
        g = gold[doc.id]["gold"]
        gp, opt = set(g["persons"]), set(g.get("persons_optional", ()))
        for s, system in SYSTEMS.items():
            t = time.perf_counter()
            pred = {h.name for h in system(ctx.text, ctx.rec, toks)}
            cue_s += time.perf_counter() - t if s == "cue" else 0.0
            tallies[s].add(gp, pred, opt)
            errors[s] += [(doc.id, "FP", n) for n in sorted(pred - gp - opt)] + [(doc.id, "FN", n) for n in sorted(gp - pred)]
    print(f"real-text gold {gold_path.name}: {len(docs)} of {len(gold)} stories, {sum(len(e['gold']['persons']) for e in gold.values() if e['id'] in {d.id for d in docs})} gold persons")
    print(HEADER)
    for s, tally in tallies.items():
        print(tally.row(s))
    print(f"speed on {chars:,} chars: rules (make_context, all recognisers) {chars / rule_s:,.0f} chars/s; "
          f"LAC tagging {chars / tag_s:,.0f} chars/s; refine {chars / cue_s:,.0f} chars/s")
    for s in ("rules", "cue") if show else ():
        print(f"\n{s}: first {show} errors")
        for row in errors[s][:show]:
            print("  ", *row)


def audit(gold_path: Path, stories_path: Path, n: int, seed: int) -> None:
    """Every name the cue gives on ``n`` stories outside the gold (seeded sample), marked
    ``=`` also a rule name, ``+`` added, ``-`` a rule name dropped, with its context, for
    judging by reading."""
    import random

    from kg.extract import make_context
    from kg.sources import read_file

    gold = {e["id"] for e in json.loads(gold_path.read_text(encoding="utf-8"))}
    docs = sorted((d for d in read_file(stories_path) if getattr(d, "id", None) not in gold), key=lambda d: d.id)
    for doc in random.Random(seed).sample(docs, n):
        ctx = make_context(doc)
        cue = tagger.refine(ctx.text, ctx.rec.persons)
        rules = {h.name for h in ctx.rec.persons}
        kept = [h for h in cue if h.name in rules]
        added = [h for h in cue if h.name not in rules]
        dropped = [h for h in ctx.rec.persons if h.name not in {c.name for c in cue}]
        for mark, hits in (("=", kept), ("+", added), ("-", dropped)):
            for name in sorted({h.name for h in hits}):
                h = next(h for h in hits if h.name == name)
                print(f"{mark} {doc.id} {name}\t{ctx.text[max(0, h.start - 15) : h.end + 10]!r}")


def peoples_daily(path: Path) -> list[tuple[str, set[tuple[int, int]]]]:
    """Sentences of the People's Daily NER set (char-per-line BIO) with their PER spans."""
    out, chars, labels = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            c, lab = line.split()
            chars.append(c)
            labels.append(lab)
            continue
        gold, start = set(), None
        for i, lab in enumerate(labels + ["O"]):
            if start is not None and lab != "I-PER":
                gold.add((start, i))
                start = None
            if lab == "B-PER":
                start = i
        if chars:
            out.append(("".join(chars), gold))
        chars, labels = [], []
    return out


def cluener(path: Path, limit: int) -> list[tuple[str, set[tuple[int, int]]]]:
    """Sentences of CLUENER2020 with their ``name`` spans (ends made exclusive)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        rec = json.loads(line)
        spans = rec.get("label", {}).get("name", {}).values()
        out.append((rec["text"], {(s, e + 1) for ss in spans for s, e in ss}))
    return out


def span_scores(title: str, sents: list[tuple[str, set[tuple[int, int]]]]) -> None:
    """PER spans, exact match, per system."""
    tallies = {s: Tally() for s in SYSTEMS}
    for text, gold in sents:
        norm = normalise(text)
        rec = recognise(norm.text)
        toks = tagger.tokens(norm.text)
        for s, system in SYSTEMS.items():
            tallies[s].add(gold, {norm.to_original(h.start, h.end) for h in system(norm.text, rec, toks)})
    print(f"\n{title}: {len(sents)} sentences, person spans, exact match")
    print(HEADER)
    for s, tally in tallies.items():
        print(tally.row(s))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "realgold" / "xwlb.json")
    ap.add_argument("--stories", type=Path, default=SHARED / "data" / "xwlb_2012_2021" / "sample3k.jsonl")
    ap.add_argument("--pd", type=Path, default=SHARED / "data" / "peoples_daily_ner" / "example.dev")
    ap.add_argument("--cluener", type=Path, default=SHARED / "data" / "cluener2020" / "train.json")
    ap.add_argument("--cluener-limit", type=int, default=2000, help="first N CLUENER sentences")
    ap.add_argument("--audit", type=int, default=0, help="instead: list the cue's changes on N held-out stories")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--show", type=int, default=0, help="print the first N real-text errors of rules and cue")
    args = ap.parse_args()
    if not tagger.available():
        raise SystemExit("the tagger extra is not installed: pip install 'kg[tagger]'")
    if args.audit:
        return audit(args.gold, args.stories, args.audit, args.seed)
    t = time.perf_counter()
    tagger.person_spans("国家主席习近平会见外宾。")
    print(f"tagger load + first call: {time.perf_counter() - t:.2f} s")
    real_text(args.gold, args.stories, args.show)
    span_scores(f"People's Daily NER {args.pd.name}", peoples_daily(args.pd))
    span_scores(f"CLUENER2020 {args.cluener.name} (first {args.cluener_limit})", cluener(args.cluener, args.cluener_limit))


if __name__ == "__main__":
    main()
