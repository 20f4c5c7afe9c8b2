"""Explorer scale: generation time and time to first stable render in headless Chromium.

Synthetic entity graphs shaped like a corpus build (localities of people, posts,
organisations and meetings, a few links across localities) of about 1k, 5k and 20k nodes.
"generate" is layout + HTML; "ready" is navigation start to the page's ``__kgReady``
(first frame after stabilisation, or the first frame with physics off); "frame" is one
full redraw afterwards. Goal: 5k nodes interactive within 3 s.

    python bench/explorer.py [--sizes 1000 5000 20000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def synthetic(n: int, seed: int = 0) -> nx.MultiDiGraph:
    """About n nodes in localities of ~200: 20 organisations, 60 posts, 90 people, 30 meetings."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(articles={})

    def add(kind: str, i: int, label: str, docs: list[str], dates: list[str]) -> str:
        node = f"urn:{kind}:{i}"
        G.add_node(node, type=kind, label=label, aliases=[], docs=docs, first_seen=min(dates), last_seen=max(dates))
        return node

    def link(u: str, v: str, rel: str, doc: str, date: str) -> None:
        G.add_edge(u, v, key=rel, relation=rel, dates=[date], docs=[doc], sentences=[f"{rel} 的原句 {doc}"])

    def day() -> str:
        return f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    people: list[list[str]] = []
    province = add("organization", 0, "省委", ["doc-0"], ["2020-01-01"])
    for loc in range(max(1, n // 200)):
        doc, date = f"doc-{loc}", day()
        orgs = [add("organization", loc * 20 + k + 1, f"地方{loc}机构{k}", [doc], [date]) for k in range(20)]
        for o in orgs[1:]:
            link(o, orgs[0], "subOrganizationOf", doc, date)
        link(orgs[0], province, "subOrganizationOf", doc, date)
        posts = [add("post", loc * 60 + k, f"地方{loc}职务{k}", [doc], [date]) for k in range(60)]
        for p in posts:
            link(p, rng.choice(orgs), "postIn", doc, date)
        local = [add("person", loc * 90 + k, f"人物{loc}-{k}", [doc], [date]) for k in range(90)]
        for person in local:
            for p in rng.sample(posts, rng.randint(1, 2)):
                link(person, p, "holds", doc, date)
        people.append(local)
        for k in range(30):
            mdoc, mdate = f"doc-{loc}-{k}", day()
            m = add("meeting", loc * 30 + k, f"地方{loc}会议{k}", [mdoc], [mdate])
            link(m, rng.choice(orgs), "organizer", mdoc, mdate)
            pool = local if rng.random() > 0.1 or len(people) == 1 else local + rng.choice(people[:-1])
            for i, person in enumerate(rng.sample(pool, rng.randint(4, 12))):
                link(m, person, "chair" if i == 0 else "attendee", mdoc, mdate)
    return G


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--keep", type=Path, default=None, help="write the HTML files here instead of a temp folder")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from kg.explorer import render

    out = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for size in args.sizes:
            G = synthetic(size)
            t = time.perf_counter()
            html = render(G, out / f"synthetic-{size}.html", title=f"synthetic {size}")
            generate = time.perf_counter() - t
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(html.resolve().as_uri())
            page.wait_for_function("window.__kgReady === true", timeout=300_000, polling=50)
            ready = page.evaluate("window.__kgReadyAt") / 1000
            frame = page.evaluate("""() => {
                const t = performance.now();
                for (let i = 0; i < 5; i++) kg.network.redraw();
                return (performance.now() - t) / 5;
            }""")
            physics = page.evaluate("kg.network.physics.options.enabled")
            page.close()
            rows.append((len(G), G.number_of_edges(), "on" if physics else "off",
                         html.stat().st_size / 1e6, generate, ready, frame))
            print(f"done {size}", flush=True)
        browser.close()

    head = ("nodes", "edges", "physics", "html MB", "generate s", "ready s", "frame ms")
    print("\n| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    for n, e, ph, mb, gen, ready, frame in rows:
        print(f"| {n:,} | {e:,} | {ph} | {mb:.1f} | {gen:.2f} | {ready:.2f} | {frame:.0f} |")


if __name__ == "__main__":
    main()
