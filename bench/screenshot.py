"""Render an explorer in headless Chromium and write a README screenshot.

Without ``--build``: builds examples/ (plus ../shared/seed when present) into a temp folder,
selects the best-connected person and writes docs/explorer.png. With ``--build DIR``: the
corpus-scale view of that build (fitted, isolated nodes hidden), e.g. for a build of
../shared/data/xwlb_2012_2021/sample3k.jsonl; ``--search NAME`` selects a node first (its
label on top, its card and timeline on the left) and ``--fit`` zooms back out to the whole graph.
Every network request is blocked.

    python bench/screenshot.py [--out docs/explorer.png]
    python bench/screenshot.py --build /tmp/x3k --search 李克强 --fit --size 1280 800 --scale 1.5
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None, help="default docs/explorer.png (docs/explorer-corpus.png with --build)")
    ap.add_argument("--build", type=Path, default=None, help="an existing build to show at corpus scale")
    ap.add_argument("--search", default=None, help="select this name (default with examples: the best-connected person)")
    ap.add_argument("--fit", action="store_true", help="after the search, zoom out to the whole graph again")
    ap.add_argument("--size", type=int, nargs=2, default=[1400, 860], metavar=("W", "H"), help="viewport in CSS pixels")
    ap.add_argument("--scale", type=float, default=1.0, help="device pixels per CSS pixel")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from kg.explorer import explore_page
    from kg.network import entity_graph
    from kg.pipeline import build
    from kg.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix="kg-shot-"))
    if args.build is None:
        inputs = [p for p in (ROOT / "examples", ROOT.parent / "shared" / "seed") if p.is_dir() and any(p.iterdir())]
        source = tmp / "examples"  # the folder name is the page's title
        build(inputs, source, progress=False)
        if args.search is None:
            G = entity_graph(open_store(source, read_only=True))
            person = max((n for n, t in G.nodes(data="type") if t == "person"), key=lambda n: (G.degree(n), n))
            args.search = G.nodes[person]["label"]
    else:
        source = args.build
    out = args.out or ROOT / "docs" / ("explorer.png" if args.build is None else "explorer-corpus.png")
    page = explore_page(source, tmp / "explorer.html")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": args.size[0], "height": args.size[1]}, device_scale_factor=args.scale)
        tab.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        tab.goto(page.path.as_uri())
        tab.wait_for_function("window.__kgReady === true", timeout=120_000)
        if args.search:
            tab.fill("#kg-search", args.search)
            tab.press("#kg-search", "Enter")
            tab.wait_for_timeout(600)  # the focus animation
        if args.fit:
            tab.evaluate("kg.network.fit()")
            tab.wait_for_timeout(200)
        out.parent.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=out)
        browser.close()
    print(f"wrote {out}: {page.summary}" + (f"; selected {args.search}" if args.search else ""))


if __name__ == "__main__":
    main()
