"""Render the examples' explorer in headless Chromium and write the README screenshot.

Builds examples/ (plus ../shared/seed when present) into a temp folder, opens the explorer
with every network request blocked, selects the best-connected person and writes
docs/explorer.png.

    python bench/screenshot.py [--out docs/explorer.png]
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
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "explorer.png")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from kg.explorer import explore
    from kg.network import entity_graph
    from kg.pipeline import build
    from kg.store import open_store

    inputs = [p for p in (ROOT / "examples", ROOT.parent / "shared" / "seed") if p.is_dir() and any(p.iterdir())]
    tmp = Path(tempfile.mkdtemp(prefix="kg-shot-"))
    out = tmp / "examples"  # the folder name is the page's title
    build(inputs, out, progress=False)
    G = entity_graph(open_store(out, read_only=True))
    person = max((n for n, t in G.nodes(data="type") if t == "person"), key=lambda n: (G.degree(n), n))
    html = explore(out, tmp / "explorer.html")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(html.as_uri())
        page.wait_for_function("window.__kgReady === true", timeout=60_000)
        page.fill("#kg-search", G.nodes[person]["label"])
        page.press("#kg-search", "Enter")
        page.wait_for_timeout(600)  # the focus animation
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=args.out)
        browser.close()
    print(f"wrote {args.out} (selected {G.nodes[person]['label']})")


if __name__ == "__main__":
    main()
