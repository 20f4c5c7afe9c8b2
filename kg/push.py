"""`kg push`: load a build into another SPARQL store over the SPARQL 1.1 Graph Store Protocol.

One PUT per named graph (one per article), so pushing again replaces and never
duplicates. A state file records each graph pushed to each target with the hash of what
was sent, so an interrupted push resumes where it stopped and unchanged graphs are skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
from tqdm import tqdm

from kg.queries import open_read_only

__all__ = ["STATE_FILE", "PushError", "PushReport", "graph_store_url", "push"]

STATE_FILE = "push-state.json"
_SAVE_EVERY = 200


class PushError(ValueError):
    """The target store cannot be reached or refused a graph."""


@dataclass(frozen=True)
class PushReport:
    """What a push did: graphs sent, graphs skipped as already there, and the endpoint."""

    pushed: int
    skipped: int
    graph_store: str


def graph_store_url(to: str, graph_store: str | None = None) -> str:
    """The Graph Store Protocol endpoint: ``graph_store``, or TO/store (the Oxigraph server's).

    >>> graph_store_url("http://localhost:7878/")
    'http://localhost:7878/store'
    """
    return graph_store or to.rstrip("/") + "/store"


def _graph_body(store: ox.Store, graph: ox.NamedNode) -> bytes:
    """A graph's triples as sorted N-Triples: the same graph always gives the same bytes."""
    data = ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, graph)),
                        format=ox.RdfFormat.N_TRIPLES) or b""
    return b"".join(sorted(data.splitlines(keepends=True)))


def _load_state(path: Path) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise PushError(f"{path} is not a kg push state file ({exc}); delete it to push everything again") from None


def _save_state(path: Path, state: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def push(build: str | Path, to: str, graph_store: str | None = None, *, state_file: str | Path | None = None,
         force: bool = False, progress: bool = True, timeout: float = 120) -> PushReport:
    """PUT every named graph of a build to a Graph Store Protocol endpoint.

    ``state_file`` defaults to DIR/push-state.json; ``force`` ignores it and sends everything.
    """
    store = open_read_only(build)
    url = graph_store_url(to, graph_store)
    state_path = Path(state_file) if state_file else Path(build) / STATE_FILE
    state = _load_state(state_path)
    sent = {} if force else state.get(url, {})
    state[url] = sent
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    pushed = skipped = 0
    try:
        with httpx.Client(timeout=timeout) as http:
            for graph in tqdm(graphs, desc="kg push", unit="graph", disable=not progress):
                body = _graph_body(store, graph)
                digest = hashlib.sha256(body).hexdigest()
                if sent.get(graph.value) == digest:
                    skipped += 1
                    continue
                try:
                    resp = http.put(url, params={"graph": graph.value}, content=body,
                                    headers={"Content-Type": "application/n-triples"})
                except httpx.HTTPError as exc:
                    raise PushError(f"cannot reach {url}: {exc or type(exc).__name__}") from None
                if resp.status_code not in (200, 201, 204):
                    raise PushError(f"{url} answered {resp.status_code} to PUT of graph <{graph.value}>: "
                                    f"{resp.text.strip()[:300]}")
                sent[graph.value] = digest
                pushed += 1
                if pushed % _SAVE_EVERY == 0:
                    _save_state(state_path, state)
    finally:
        _save_state(state_path, state)
    return PushReport(pushed, skipped, url)
