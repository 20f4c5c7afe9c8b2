"""Explorer scale: generation time and time to first stable render in headless Chromium.

Synthetic entity graphs shaped like a corpus build (localities of people, posts,
organisations and meetings, a few links across localities) of about 1k, 5k and 20k nodes,
and, with ``--build DIR``, the explorer of a real build (e.g. a build of
../shared/data/xwlb_2012_2021/sample3k.jsonl). "generate" is graph + layout + HTML;
"ready" is navigation start to the page's ``__kgReady`` (first frame after stabilisation,
or the first frame with physics off), the median of ``--repeat`` fresh page loads; "frame"
is one full redraw afterwards, labels included. Goal: first draw within 3 s.

    python bench/explorer.py [--sizes 1000 5000 20000] [--build DIR] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
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
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 20000])
    ap.add_argument("--build", type=Path, action="append", default=[], help="also time the explorer of this build")
    ap.add_argument("--repeat", type=int, default=3, help="page loads per file (the median is reported)")
    ap.add_argument("--keep", type=Path, default=None, help="write the HTML files here instead of a temp folder")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from kg.explorer import explore_page, render

    out = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for build in args.build:
        t = time.perf_counter()
        page = explore_page(build, out / f"{build.resolve().name}.html")
        pages.append((build.resolve().name, page, time.perf_counter() - t))
    for size in args.sizes:
        G = synthetic(size)
        t = time.perf_counter()
        page = render(G, out / f"synthetic-{size}.html", title=f"synthetic {size}")
        pages.append((f"synthetic {size}", page, time.perf_counter() - t))

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, page, generate in pages:
            readies = []
            for _ in range(args.repeat):
                tab = browser.new_page(viewport={"width": 1280, "height": 800})
                tab.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
                tab.goto(page.path.resolve().as_uri())
                tab.wait_for_function("window.__kgReady === true", timeout=300_000, polling=50)
                readies.append(tab.evaluate("window.__kgReadyAt") / 1000)
                frame = tab.evaluate("""() => {
                    const t = performance.now();
                    for (let i = 0; i < 5; i++) kg.network.redraw();
                    return (performance.now() - t) / 5;
                }""")
                physics = tab.evaluate("kg.network.physics.options.enabled")
                labels = len(tab.evaluate("kg.labels()"))
                tab.close()
            rows.append((name, page.nodes - page.isolated, page.nodes, page.edges, page.isolated, "on" if physics else "off",
                         page.path.stat().st_size / 1e6, generate, statistics.median(readies), max(readies), frame, labels))
            print(f"done {name}", flush=True)
        browser.close()

    load = os.getloadavg()[0]
    head = ("graph", "drawn nodes", "nodes in file", "edges", "isolated hidden", "physics", "html MB", "generate s",
            "ready s (median)", "ready s (max)", "frame ms", "labels")
    print(f"\n{args.repeat} loads each; load average {load:.1f} on {os.cpu_count()} CPUs")
    print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
    for name, drawn, n, e, iso, ph, mb, gen, ready, worst, frame, labels in rows:
        print(f"| {name} | {drawn:,} | {n:,} | {e:,} | {iso:,} | {ph} | {mb:.1f} | {gen:.2f} | {ready:.2f} | {worst:.2f} "
              f"| {frame:.0f} | {labels} |")


if __name__ == "__main__":
    main()
