"""Pick the real-text gold stories from ../shared/data/xwlb_2012_2021/sample3k.jsonl (or, with
--wide, from the whole 2012–2021 corpus outside it).

Stratified, fixed seed: every kind of national story is there, plus ordinary stories with
no facts (false-positive bait). Prints the chosen ids by kind; with --dump DIR also writes
the selection in three parts as plain text for annotators to read (outside the repo).

    python bench/realgold_select.py [--dump /tmp/gold]
    python bench/realgold_select.py --wide 1 --dump /tmp/wide1   # needs $KG_XWLB_ALL

The development samples exhausted sample3k's strata at --dev 38 (what is left is ordinary news);
the wide samples draw the same strata from the whole corpus, made by
``../shared/tools/xwlb_days_to_jsonl.py GIT_DIR OUT.jsonl`` from github:china-data/xwlb (51,490
stories) and named by the environment variable KG_XWLB_ALL; the ids are the same as sample3k's.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import re
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared/data/xwlb_2012_2021/sample3k.jsonl"
SEED = 20261202
# the whole 2012–2021 corpus as one JSONL file (see the docstring); absent unless made
CORPUS = Path(os.environ["KG_XWLB_ALL"]) if os.environ.get("KG_XWLB_ALL") else None
# first matching kind wins; (kind, how many, pattern over title + text)
KINDS = (
    ("funeral", 8, r"逝世|追悼|遗体|吊唁|悼念|讣告"),
    ("appointment", 12, r"任免|任命|免去|当选|选举.{0,20}为"),
    ("diplomatic", 20, r"会见|会谈|通电话|致电|贺电|致信|贺信|复信|国事访问"),
    ("politburo", 12, r"中央政治局"),
    ("npc_cppcc", 16, r"全国人大|全国政协|人民代表大会|政协.{0,12}会议|主席团"),
    ("state_council", 12, r"国务院"),
    ("inspection", 14, r"考察|调研|视察"),
    ("symposium", 14, r"座谈会|研讨会|论坛|大会|会议"),
    ("ordinary", 14, r""),
)


def plain(html: str) -> str:
    """Story HTML as the reader sees it: paragraphs on lines, tags dropped."""
    text = re.sub(r"(?i)</p>|<br\s*/?>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def kind_of(rec: dict) -> str:
    hay = (rec.get("title") or "") + "\n" + plain(rec["text"])
    for kind, _, pat in KINDS:
        if not pat or re.search(pat, hay):
            return kind
    return "ordinary"


HOLDOUT_SEED = 20261203


@functools.cache
def classified(path: Path) -> tuple[tuple[str, dict], ...]:
    """(kind, record) for every story of a corpus file, by id: read once, since a wide sample selects all
    the earlier ones again."""
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tuple((kind_of(r), r) for r in sorted(recs, key=lambda r: r["id"]))


def select(path: Path = SAMPLE, seed: int = SEED, scale: float = 1.0,
           exclude: frozenset[str] = frozenset()) -> list[tuple[str, dict]]:
    """(kind, record) for every chosen story, in a fixed order."""
    by_kind: dict[str, list[dict]] = {}
    for kind, r in classified(path):
        if r["id"] not in exclude:
            by_kind.setdefault(kind, []).append(r)
    rng = random.Random(seed)
    chosen = []
    for kind, n, _ in KINDS:
        pool = by_kind.get(kind, [])
        k = min(round(n * scale), len(pool))
        chosen += [(kind, r) for r in rng.sample(pool, k)]
    return chosen


def select_holdout(path: Path = SAMPLE) -> list[tuple[str, dict]]:
    """A second, smaller sample (half the strata) that shares no story with the first: scored
    once when annotated and once at the end, never used to tune the rules."""
    first = frozenset(r["id"] for _, r in select(path))
    return select(path, seed=HOLDOUT_SEED, scale=0.5, exclude=first)


DEV_SEEDS = (20261204, 20261205, 20261206, 20261207, 20261208, 20261209, 20261210, 20261211, 20261212, 20261213, 20261214, 20261215, 20261216, 20261217, 20261218, 20261219, 20261220, 20261221, 20261222, 20261223, 20261224, 20261225, 20261226, 20261227, 20261228, 20261229, 20261230, 20261231, 20270101, 20270102, 20270103, 20270104, 20270105, 20270106, 20270107, 20270108, 20270109, 20270110, 20270111)


@functools.cache
def select_dev(n: int, path: Path = SAMPLE) -> list[tuple[str, dict]]:
    """The n-th development sample (n = 2 … 40; half the strata), sharing no story with the
    first gold, the held-out set or the earlier development samples: each one is annotated
    before its round of work, so its first score is one more look at unseen stories while the
    held-out set stays untouched."""
    taken = frozenset(r["id"] for _, r in select(path)) | frozenset(r["id"] for _, r in select_holdout(path))
    for m in range(2, n):
        taken |= frozenset(r["id"] for _, r in select_dev(m, path))
    return select(path, seed=DEV_SEEDS[n - 2], scale=0.5, exclude=taken)


WIDE_SEEDS = (20270201, 20270202, 20270203, 20270204, 20270205, 20270206, 20270207, 20270208, 20270209, 20270210,
              20270211, 20270212, 20270213, 20270214, 20270215, 20270216, 20270217, 20270218, 20270219, 20270220,
              20270221, 20270222, 20270223, 20270224, 20270225, 20270226, 20270227, 20270228,
              20270229, 20270230, 20270231, 20270232, 20270233, 20270234, 20270235, 20270236,
              20270237, 20270238, 20270239, 20270240,
              20270241, 20270242, 20270243, 20270244,
              20270245, 20270246, 20270247, 20270248,
              20270249, 20270250, 20270251, 20270252,
              20270253, 20270254, 20270255, 20270256,
              20270257, 20270258, 20270259, 20270260,
              20270261, 20270262, 20270263, 20270264,
              20270265, 20270266, 20270267, 20270268,
              20270269, 20270270, 20270271, 20270272,
              20270273, 20270274, 20270275, 20270276,
              20270277, 20270278, 20270279, 20270280,
              20270281, 20270282, 20270283, 20270284,
              20270285, 20270286, 20270287, 20270288,
              20270289, 20270290, 20270291, 20270292,
              20270293, 20270294, 20270295, 20270296,
              20270297, 20270298, 20270299, 20270300,
              20270301, 20270302, 20270303, 20270304,
              20270305, 20270306, 20270307, 20270308,
              20270309, 20270310, 20270311, 20270312,
              20270313, 20270314, 20270315, 20270316,
              20270317, 20270318, 20270319, 20270320)


@functools.cache
def select_wide(n: int, path: Path | None = None) -> list[tuple[str, dict]]:
    """The n-th wide sample (n = 1 … 120; a quarter of the strata, about 32 stories) from the whole
    corpus: no story of sample3k (so none of the other golds) nor of an earlier wide sample."""
    path = path or CORPUS
    if path is None:
        raise SystemExit("set KG_XWLB_ALL to the whole corpus as JSONL (../shared/tools/xwlb_days_to_jsonl.py)")
    taken = frozenset(json.loads(line)["id"] for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip())
    for m in range(1, n):
        taken |= frozenset(r["id"] for _, r in select_wide(m, path))
    return select(path, seed=WIDE_SEEDS[n - 1], scale=0.25, exclude=taken)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", help="write the stories as text, in three parts, into this folder")
    ap.add_argument("--holdout", action="store_true", help="the held-out second sample (two parts)")
    ap.add_argument("--dev", type=int, choices=range(2, 2 + len(DEV_SEEDS)), help="the n-th development sample (two parts)")
    ap.add_argument("--wide", type=int, choices=range(1, 1 + len(WIDE_SEEDS)), help="the n-th wide sample, from $KG_XWLB_ALL (two parts)")
    args = ap.parse_args()
    chosen = (select_holdout() if args.holdout else select_dev(args.dev) if args.dev else select_wide(args.wide) if args.wide
              else select())
    parts = "AB" if args.holdout or args.dev or args.wide else "ABC"
    for kind, _, _ in KINDS:
        ids = [r["id"] for k, r in chosen if k == kind]
        print(f"{kind:14} {len(ids):3}  {' '.join(ids)}")
    print(f"total {len(chosen)}")
    if args.dump:
        out = Path(args.dump)
        out.mkdir(parents=True, exist_ok=True)
        for i, name in enumerate(parts):
            with open(out / f"stories_{name}.txt", "w", encoding="utf-8") as f:
                part = chosen[i::len(parts)]
                for kind, r in part:
                    f.write(f"==== id={r['id']} kind={kind} published={r.get('published')} source={r.get('source')}\n")
                    f.write(f"title: {r.get('title')}\n{plain(r['text'])}\n\n")


if __name__ == "__main__":
    main()
