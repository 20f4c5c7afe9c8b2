"""Score a build against gold annotations (the format of ``shared/gold/FORMAT.md``).

Predictions are read back from the graph through the named queries, so what is scored
is what users get. Scores: persons; posts as (person, title) pairs with ``posts_alt``;
removed/resigned pairs; meetings paired one to one when name (aliases, parts,
containment, a guest written with or without its title) and date agree, the most similar pairs first (shared participants, then an
exact name), with per-role sets; meeting dates; organisations leniently (containment).
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.normalise import fold

__all__ = ["FIELDS", "Score", "evaluate", "format_report", "predictions", "score"]

FIELDS = (
    "persons", "posts", "removed", "resigned", "meetings", "meeting_dates",
    "chair", "speakers", "attendees", "observers", "absent", "organizations",
)
ROLE_FIELDS = {"chair": "chair", "speaker": "speakers", "attendee": "attendees", "observer": "observers", "absent": "absent"}


@dataclass
class Score:
    """Counts for one field, with the items behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list = field(default_factory=list)
    false_negatives: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score, doc: str) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.false_positives += [(doc, x) for x in other.false_positives]
        self.false_negatives += [(doc, x) for x in other.false_negatives]


def _set_score(gold: Iterable, pred: Iterable, optional: Iterable = ()) -> Score:
    g, p, o = set(gold), set(pred), set(optional)
    fps = sorted(p - g - o)
    return Score(len(g & p), len(fps), len(g - p), fps, sorted(g - p))


def _pairs_score(gold: list, alts: list, pred: set) -> Score:
    """(person, title) pairs; a gold pair is found through its title or one of its alts. An alt
    belongs to the person's pair whose title contains it or is contained in it, else (an
    abbreviation: 俄外长 for 俄罗斯外长) to the one sharing the most characters with it."""
    gold_pairs = [tuple(x) for x in gold]
    alt_of: dict[tuple, tuple] = {}
    for person, alt in (tuple(a) for a in alts):
        mine = [(gp, gt) for gp, gt in gold_pairs if gp == person]
        whole = [(gp, gt) for gp, gt in mine if alt in gt or gt in alt]
        shared = max(mine, key=lambda pair: len(set(pair[1]) & set(alt)), default=None)
        if whole or (shared and set(shared[1]) & set(alt)):
            alt_of.setdefault((person, alt), whole[0] if whole else shared)
    found, fps = set(), []
    for pair in sorted(pred):
        if pair in gold_pairs:
            found.add(pair)
        elif pair in alt_of:
            found.add(alt_of[pair])
        else:
            fps.append(pair)
    fns = sorted(set(gold_pairs) - found)
    return Score(len(found), len(fps), len(fns), fps, fns)


def _same_meeting(gold: dict, name: str, exact: bool = False) -> bool:
    names = [gold["name"], *gold.get("aliases", []), *gold.get("parts", [])]
    return any(n and (n == name if exact else n in name or name in n or _titled_guest(n, name, gold)) for n in names)


# who is received with a guest as his consort (X和夫人Y, X和太后Y): the same audience, named for both
_CONSORTS = ("夫人", "丈夫", "太后", "王太后", "王后", "王妃")


def _titled_guest(a: str, b: str, gold: dict) -> bool:
    """An audience, talks or a call named with the guest's title and without it (会见世界银行行长金墉
    and 会见金墉, 同巴布亚新几内亚总理奥尼尔举行会谈 and 同奥尼尔举行会谈): the same opening verb, or the
    same host and verb (李克强会见赞比亚总统萨塔 and 李克强会见萨塔), then one of the gold meeting's people
    and the same ending; the longer adds words before the name only, or names with a 和 the other guest
    received with him as his consort (会见柬埔寨国王西哈莫尼和太后莫尼列 and 会见西哈莫尼; not another guest of a
    group audience: 会见泰国总理巴育、柬埔寨首相洪森和老挝总理通伦 is no 会见洪森)."""
    short, long_ = sorted((a, b), key=len)
    people = {p for f in ROLE_FIELDS.values() for p in gold.get(f, ())}
    for v in ("会见", "同", "与"):
        k = short.find(v)
        if k < 0 or k and short[:k] not in people or not long_.startswith(short[: k + len(v)]):
            continue
        k += len(v)
        rest, tail = short[k:], long_[k:]
        if not any(rest.startswith(p) for p in people):
            continue
        if tail.endswith(rest) or rest == next((p for p in people if rest.startswith(p)), None) and any(
                tail.find(rest + c + w) > 0 for c in "和及偕" for w in _CONSORTS):
            return True
    return False


def _pair_meetings(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    """Predicted meeting index → gold meeting index. Only pairs whose names agree (aliases,
    parts, containment) and whose dates agree can pair; among them the most similar pair first
    (the same people in the same roles, then an exact name, then document order), so a generic
    name (记者会, 会议) cannot take the gold meeting that another prediction names and staffs."""
    def people(m: dict) -> set[tuple[str, str]]:
        return {(f, p) for f in ROLE_FIELDS.values() for p in m.get(f, ())}

    ranked = []
    for j, pm in enumerate(pred):
        mine = {(f, p) for f, ps in pm["roles"].items() for p in ps}
        for i, gm in enumerate(gold):
            if _same_meeting(gm, pm["name"]) and _dates_agree(gm.get("date"), pm["date"]):
                ranked.append((-len(mine & people(gm)), not _same_meeting(gm, pm["name"], exact=True), j, i))
    pairs: dict[int, int] = {}
    for *_, j, i in sorted(ranked):
        if j not in pairs and i not in pairs.values():
            pairs[j] = i
    return pairs


def _dates_agree(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return True
    return gold == pred or gold[-5:] == pred[-5:] and (gold.startswith("--") or pred.startswith("--"))


def score(entry: dict, pred: dict) -> dict[str, Score]:
    """Scores of one document: ``entry`` a gold entry, ``pred`` what the build produced."""
    g = _folded(entry["gold"])
    out: dict[str, Score] = {}
    out["persons"] = _set_score(g.get("persons", []), pred["persons"], g.get("persons_optional", []))
    out["posts"] = _pairs_score(g.get("posts", []), g.get("posts_alt", []), pred["posts"])
    for key in ("removed", "resigned"):
        out[key] = _pairs_score(g.get(key, []), g.get(f"{key}_alt", []), pred[key])
    gold_meetings = [m for m in g.get("meetings", []) if not m.get("referenced_only")]
    referenced = [m for m in g.get("meetings", []) if m.get("referenced_only")]
    meetings, dates = Score(), Score()
    roles = {f: Score() for f in ROLE_FIELDS.values()}
    pairs = _pair_meetings(gold_meetings, pred["meetings"])
    matched: set[int] = set()
    for j, pm in enumerate(pred["meetings"]):
        hit = pairs.get(j)
        if hit is None:
            if not any(_same_meeting(rm, pm["name"]) for rm in referenced):
                meetings.fp += 1
                meetings.false_positives.append(pm["name"])
            continue
        matched.add(hit)
        meetings.tp += 1
        gm = gold_meetings[hit]
        gd, pd = gm.get("date") or None, pm["date"] or None
        if gd == pd or (gd and pd and gd.startswith("--") and pd.endswith(gd[1:])):
            dates.tp += 1
        else:
            dates.fn += 1
            dates.false_negatives.append((gm["name"], gm.get("date"), pm["date"]))
        for f in ROLE_FIELDS.values():
            roles[f].add(_set_score(gm.get(f, []), pm["roles"].get(f, ())), "")
    for i, gm in enumerate(gold_meetings):
        if i not in matched:
            meetings.fn += 1
            meetings.false_negatives.append(gm["name"])
            for f in ROLE_FIELDS.values():
                roles[f].add(_set_score(gm.get(f, []), ()), "")
    for s in roles.values():
        s.false_positives = [x for _, x in s.false_positives]
        s.false_negatives = [x for _, x in s.false_negatives]
    out["meetings"], out["meeting_dates"] = meetings, dates
    out.update(roles)
    gold_orgs = list(g.get("organizations", []))
    pred_orgs = pred["organizations"]
    found = [o for o in gold_orgs if any(o in p or p in o for names in pred_orgs for p in names)]
    fps = [names[0] for names in pred_orgs if not any(o in p or p in o for p in names for o in gold_orgs + g.get("organizations_media", []))]
    out["organizations"] = Score(len(found), len(fps), len(gold_orgs) - len(found), sorted(fps), sorted(set(gold_orgs) - set(found)))
    return out


def predictions(build_dir: str | Path) -> dict[str, dict]:
    """What a build says about each document, read through the named queries."""
    from kg import queries, store

    st = store.open_store(build_dir, read_only=True)

    def rows(name):
        cols, rs = queries.run(st, queries.named_query(name))
        return [dict(zip(cols, r)) for r in rs]

    docs: dict[str, dict] = defaultdict(lambda: {
        "persons": set(), "posts": set(), "removed": set(), "resigned": set(), "appointed": set(),
        "meetings": [], "organizations": [],
    })
    for r in rows("people"):
        docs[r["doc"]]["persons"].add(r["name"])
    for r in rows("posts"):
        docs[r["doc"]]["posts"].add((r["person_name"], r["title"]))
    for r in rows("appointments"):
        docs[r["doc"]][r["action"]].add((r["person_name"], r["title"]))
    by_meeting: dict[tuple, dict] = {}
    for r in rows("meetings"):
        m = {"name": r["name"], "date": r["date"] or None, "roles": defaultdict(set)}
        by_meeting[(r["doc"], r["name"])] = m
        docs[r["doc"]]["meetings"].append(m)
    for r in rows("participants"):
        m = by_meeting.get((r["doc"], r["meeting_name"]))
        if m is not None:
            m["roles"][ROLE_FIELDS[r["role"]]].add(r["person_name"])
    for r in rows("organizations"):
        docs[r["doc"]]["organizations"].append([r["name"], *filter(None, r["aliases"].split("|"))])
    return docs


def _folded(value):
    """The gold's strings folded as the normaliser folds the text (a name written with a
    full-width hyphen is the extracted name with a half-width one)."""
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, list):
        return [_folded(v) for v in value]
    if isinstance(value, dict):
        return {k: _folded(v) for k, v in value.items()}
    return value


def evaluate(
    gold_path: str | Path, inputs: Iterable[str | Path], build_dir: str | Path | None = None, tagger: bool = False
) -> dict:
    """Build ``inputs`` and score them against the gold file (``tagger``: with the LAC name
    cue); returns the full report."""
    from kg.pipeline import build

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(build_dir or tmp)
        report = build(inputs, out, progress=False, exports=False, tagger=tagger)  # scoring reads the store
        preds = predictions(out)
    totals = {f: Score() for f in FIELDS}
    per_doc = {}
    missing = []
    for entry in gold:
        if entry["id"] not in report.built + report.unchanged:
            missing.append(entry["id"])
            continue
        scores = score(entry, preds[entry["id"]])
        per_doc[entry["id"]] = {f: {"fp": s.false_positives, "fn": s.false_negatives} for f, s in scores.items() if s.false_positives or s.false_negatives}
        for f, s in scores.items():
            totals[f].add(s, entry["id"])
    return {
        "gold": str(gold_path),
        "documents": len(per_doc),
        "missing": missing,
        "errors": [{"source": e.source, "reason": e.reason} for e in report.errors],
        "scores": {f: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)} for f, s in totals.items()},
        "per_document": per_doc,
    }


def format_report(report: dict, details: bool = True) -> str:
    """The P/R/F1 table, then every false positive and negative per document."""
    lines = [f"{report['documents']} document(s) scored against {report['gold']}"]
    if report["missing"]:
        lines.append(f"not built (missing from inputs or unreadable): {', '.join(report['missing'])}")
    lines.append(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for f, s in report["scores"].items():
        if s["tp"] + s["fp"] + s["fn"]:
            lines.append(f"{f:<14}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    if details:
        for doc, fields in sorted(report["per_document"].items()):
            lines.append(f"\n{doc}")
            for f, d in fields.items():
                for x in d["fp"]:
                    lines.append(f"  FP {f}: {x}")
                for x in d["fn"]:
                    lines.append(f"  FN {f}: {x}")
    return "\n".join(lines) + "\n"
