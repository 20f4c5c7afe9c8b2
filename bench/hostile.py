"""Time and peak memory of `kg build` on three hostile inputs of issue 11 (item 4).

    python bench/hostile.py [--code DIR] [--only NAME ...]

* ``single-line-50mb``: a 50 MB .txt file that is one line of news text (over the 2 MB
  limit per document: it must be skipped before it is read);
* ``jsonl-record-10mb``: one JSONL record whose text is 10 MB of UTF-8 (3.3 million
  characters: over the limit, skipped before it is parsed; under a 10 MB limit it built
  in chunks, but peaked at 8 GB);
* ``html-10000-deep``: a 270 KB page of 10,000 nested ``<div class="content">``;
* ``baseline-one-article``: one small article, the fixed cost of every build.

Each build runs in its own process (``python -m kg.cli build``); peak memory is that
process's maximum resident set size. ``--code /path/to/other/checkout`` measures another
version of kg (e.g. before a change) on the same inputs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Invented sentences in the genre (the project's own, like examples/).
SENTENCES = [
    "5月5日下午,市委书记王建国主持召开市委常委会会议,传达学习全省经济工作会议精神。",
    "市委副书记、市长李卫东,市委常委、常务副市长赵振华出席会议。",
    "会议强调,要坚持稳中求进工作总基调,扎实做好城市更新、乡村振兴和安全生产各项工作。",
    "副市长钱立群列席会议并就有关工作作了说明。",
]


def _news(n_bytes: int, newline: bool) -> str:
    """About ``n_bytes`` of UTF-8 news text, one paragraph per line or all on one line."""
    para = "".join(SENTENCES) + ("\n" if newline else "")
    return para * (n_bytes // len(para.encode("utf-8")) + 1)


def make_inputs(folder: Path) -> dict[str, Path]:
    cases = {}
    d = folder / "baseline-one-article"  # the fixed cost: start-up, spaCy and lexicons, one small article
    d.mkdir()
    (d / "a.txt").write_text("".join(SENTENCES) + "\n", encoding="utf-8")
    cases[d.name] = d
    d = folder / "single-line-50mb"
    d.mkdir()
    (d / "line.txt").write_text(_news(50_000_000, newline=False), encoding="utf-8")
    cases[d.name] = d
    d = folder / "jsonl-record-10mb"
    d.mkdir()
    text = _news(9_900_000, newline=True)
    record = {"id": "huge", "title": "市委召开常委会会议", "published": "2023-05-06", "text": text}
    (d / "dump.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    cases[d.name] = d
    d = folder / "html-10000-deep"
    d.mkdir()
    n = 10_000
    page = "<html><body>" + '<div class="content">' * n + "<p>" + "".join(SENTENCES) + "</p>" + "</div>" * n + "</body></html>"
    (d / "deep.html").write_text(page, encoding="utf-8")
    cases[d.name] = d
    return cases


# The child: the real CLI in-process, then its own peak RSS (ru_maxrss, KiB on Linux) on the last line.
_CHILD = """
import json, resource, sys
from kg.cli import main
try:
    rc = main(sys.argv[1:])
except BaseException as exc:
    print(f"{type(exc).__name__}: {exc}"[:300], file=sys.stderr)
    rc = 99
print(json.dumps({"exit": rc, "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def run(code: Path, src: Path, out: Path) -> dict:
    """One `kg build` in a child process: wall time, peak RSS, exit status, the end of its stderr."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    argv = ["build", str(src), "--out", str(out), "--quiet", "--jobs", "1"]
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, *argv], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    child = json.loads(proc.stdout.strip().splitlines()[-1])
    size = sum(f.stat().st_size for f in src.iterdir())
    return {"input_mb": round(size / 1e6, 2), "seconds": round(seconds, 1), **child,
            "stderr": " | ".join(proc.stderr.strip().splitlines()[-2:])[:300]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose kg to run (default: this one)")
    ap.add_argument("--only", nargs="*", help="case names to run")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = make_inputs(Path(tmp))
        for name, src in cases.items():
            if args.only and name not in args.only:
                continue
            res = run(args.code.resolve(), src, Path(tmp) / f"out-{name}")
            print(json.dumps({"case": name, **res}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
