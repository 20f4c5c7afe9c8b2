"""`kg push` into a real Oxigraph server (pip `oxigraph`): one graph per article, replace not
duplicate, resume from the state file, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from kg import push, store

REPO = Path(__file__).resolve().parents[2]
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def remote_counts(url: str) -> dict[str, int]:
    r = httpx.post(f"{url}/query", data={"query": COUNTS}, headers={"Accept": "application/sparql-results+json"})
    r.raise_for_status()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}


GRAPHS = 11 + 1  # the 11 example articles and the corpus graph (people and tenures)


def local_counts(build: Path) -> dict[str, int]:
    st = store.open_store(build, read_only=True)
    return {g.value: sum(1 for _ in st.quads_for_pattern(None, None, None, g)) for g in st.named_graphs()}


def test_push_one_graph_per_article_and_repush_replaces(oxigraph_server, examples_build, tmp_path):
    state = tmp_path / "state.json"
    report = push.push(examples_build, oxigraph_server, state_file=state, progress=False)
    want = local_counts(examples_build)
    assert report.pushed == len(want) == GRAPHS and report.skipped == 0
    assert remote_counts(oxigraph_server) == want
    again = push.push(examples_build, oxigraph_server, state_file=state, progress=False)
    assert (again.pushed, again.skipped) == (0, GRAPHS)
    forced = push.push(examples_build, oxigraph_server, state_file=state, force=True, progress=False)
    assert forced.pushed == GRAPHS
    assert remote_counts(oxigraph_server) == want  # PUT replaced: nothing doubled


def test_push_resumes_from_the_state_file(oxigraph_server, examples_build, tmp_path):
    state = tmp_path / "state.json"
    push.push(examples_build, oxigraph_server, state_file=state, progress=False)
    recorded = json.loads(state.read_text())
    gsp = push.graph_store_url(oxigraph_server)
    missing = sorted(recorded[gsp])[::2]  # as if the push had stopped before these graphs
    for g in missing:
        del recorded[gsp][g]
        assert httpx.delete(gsp, params={"graph": g}).status_code in (200, 204)
    state.write_text(json.dumps(recorded))
    assert set(remote_counts(oxigraph_server)).isdisjoint(missing)
    report = push.push(examples_build, oxigraph_server, state_file=state, progress=False)
    assert (report.pushed, report.skipped) == (len(missing), GRAPHS - len(missing))
    assert remote_counts(oxigraph_server) == local_counts(examples_build)


def test_push_on_the_command_line(oxigraph_server, examples_build, tmp_path):
    r = subprocess.run([sys.executable, "-m", "kg.cli", "push", str(examples_build), "--to", oxigraph_server,
                        "--state", str(tmp_path / "s.json")], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(REPO)})
    assert r.returncode == 0, r.stderr
    assert f"pushed {GRAPHS} graph(s), 0 unchanged" in r.stderr and "graph/s" in r.stderr  # the progress bar
    assert remote_counts(oxigraph_server) == local_counts(examples_build)


def test_clear_errors(oxigraph_server, examples_build, tmp_path):
    with pytest.raises(push.PushError, match="cannot reach http://127.0.0.1:9/store"):
        push.push(examples_build, "http://127.0.0.1:9", state_file=tmp_path / "a.json", progress=False)
    # the query endpoint is no graph store: the server's refusal is reported with its status
    with pytest.raises(push.PushError, match=r"answered 4\d\d to PUT of graph <"):
        push.push(examples_build, oxigraph_server, graph_store=f"{oxigraph_server}/query",
                  state_file=tmp_path / "b.json", progress=False)
    r = subprocess.run([sys.executable, "-m", "kg.cli", "push", str(examples_build), "--to", "http://127.0.0.1:9",
                        "--state", str(tmp_path / "c.json"), "--quiet"], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(REPO)})
    assert r.returncode == 2 and r.stderr.startswith("kg push: cannot reach") and "Traceback" not in r.stderr
