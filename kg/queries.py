"""SPARQL over a build: free queries and the named queries of ``ontology/queries``.

``run`` answers trusted queries in-process (the named queries, kg.network). User queries
go through ``QueryPool``/``bounded_query``: worker processes with a memory cap, killed on a
timeout or Ctrl-C, a row limit, and SERVICE (network access) and updates refused.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import multiprocessing
import os
import re
import resource
import signal
import threading
import unicodedata
from concurrent.futures import Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

import pebble
import pyoxigraph as ox

__all__ = [
    "NAMED",
    "Limits",
    "QueryError",
    "QueryPool",
    "QueryRefused",
    "QueryStopped",
    "Result",
    "bounded_query",
    "check",
    "format_rows",
    "named_query",
    "ontology_dir",
    "open_read_only",
    "run",
]

NAMED = ("appointments", "holders", "meetings", "organizations", "participants", "people", "posts", "tenures")


def ontology_dir() -> Path:
    """Where the ontology, shapes and queries are: inside the package, or the source tree."""
    here = Path(__file__).parent
    for cand in (here / "ontology", here.parent / "ontology"):
        if (cand / "queries").is_dir():
            return cand
    raise FileNotFoundError("kg's ontology folder is missing from the installation")


@lru_cache(maxsize=None)
def named_query(name: str) -> str:
    if name not in NAMED:
        raise KeyError(f"unknown named query {name!r}; choose one of: {', '.join(NAMED)}")
    return (ontology_dir() / "queries" / f"{name}.rq").read_text(encoding="utf-8")


class QueryError(ValueError):
    """A query that cannot be answered; ``status`` is the HTTP status `kg serve` gives it."""

    status = 400


class QueryRefused(QueryError):
    """An update, or a SERVICE call without ``allow_service``."""

    status = 403


class QueryStopped(QueryError):
    """A query stopped by its time or memory limit."""

    status = 503


@dataclass(frozen=True)
class Limits:
    """Bounds on one user query: seconds, result rows, worker memory (MiB); None = unbounded."""

    timeout: float | None = 60.0
    max_rows: int | None = 100_000
    memory_mb: int | None = 4096
    allow_service: bool = False


@dataclass(frozen=True)
class Result:
    """A query's answer: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples.

    ``rows`` hold pyoxigraph terms (None where a variable is unbound); for ``form == "graph"``
    each row is (subject, predicate, object). ``truncated`` says rows were cut at max_rows.
    """

    form: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...] = ()
    boolean: bool | None = None
    truncated: bool = False

    def strings(self) -> tuple[list[str], list[list[str]]]:
        """(columns, rows of plain strings), as the table/csv/json output shows them."""
        if self.form == "ask":
            return ["ask"], [["true" if self.boolean else "false"]]
        return list(self.columns), [[_value(t) for t in row] for row in self.rows]


def _value(term) -> str:
    return "" if term is None else term.value


def _collect(res, max_rows: int | None) -> Result:
    """Read at most max_rows (+1, to know whether more exist) from a pyoxigraph result."""
    if isinstance(res, ox.QueryBoolean):
        return Result("ask", ("ask",), boolean=bool(res))
    stop = None if max_rows is None else max_rows + 1
    if isinstance(res, ox.QuerySolutions):
        cols = tuple(v.value for v in res.variables)
        form, rows = "select", [tuple(sol[i] for i in range(len(cols))) for sol in islice(res, stop)]
    else:
        cols = ("subject", "predicate", "object")
        form, rows = "graph", [(t.subject, t.predicate, t.object) for t in islice(res, stop)]
    truncated = max_rows is not None and len(rows) > max_rows
    return Result(form, cols, tuple(rows[:max_rows] if truncated else rows), truncated=truncated)


def run(store: ox.Store, sparql: str) -> tuple[list[str], list[list[str]]]:
    """Run a trusted query in-process, unbounded; returns (columns, rows of strings).

    The default graph is the union of all article graphs. For user input use
    ``bounded_query`` or a ``QueryPool``.
    """
    return _collect(store.query(sparql, use_default_graph_as_union=True), None).strings()


def _tree_names(node):
    """Names of the nodes of an rdflib SPARQL parse tree (CompValue: a dict with a name)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node.name
        children = node.values()
    elif isinstance(node, (list, tuple, ParseResults)):
        children = node
    else:
        return
    for child in children:
        yield from _tree_names(child)


def _parses(parser, sparql: str):
    """rdflib's parse tree of ``sparql``, or None where its grammar does not accept it."""
    try:
        return parser(sparql)
    except Exception:  # pyparsing's ParseException, or rdflib's own for bad prefixes
        return None


def check(sparql: str, allow_service: bool = False) -> None:
    """Refuse SPARQL updates, and SERVICE (which makes Oxigraph call out over HTTP) unless allowed.

    rdflib's SPARQL parser finds SERVICE patterns anywhere in the query; a query it cannot
    parse (Oxigraph accepts a little more) is refused if it holds the word SERVICE at all.
    """
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    tree = _parses(parseQuery, sparql)
    if tree is None and _parses(parseUpdate, sparql) is not None:
        raise QueryRefused("SPARQL updates are refused: the build is served read-only (change it with kg build)")
    if allow_service:
        return
    if tree is None and re.search(r"(?i)\bSERVICE\b", sparql):
        raise QueryRefused("SERVICE is refused (it contacts other servers): this query could not be checked for it; "
                           "allow it with --allow-service")
    if tree is not None and "ServiceGraphPattern" in set(_tree_names(tree)):
        raise QueryRefused("SERVICE is refused: it would contact another server; allow it with --allow-service")


def open_read_only(build: str | Path) -> ox.Store:
    """A build's store, read-only; a missing, locked or damaged store is a one-line error
    (kg.store maps Oxigraph's own messages)."""
    from kg.store import STORE_DIR, open_store

    path = Path(build) / STORE_DIR
    if path.is_dir() and not (path / "CURRENT").exists():
        raise FileNotFoundError(f"{path} is not a kg store (no Oxigraph CURRENT file); run kg build")
    return open_store(build, read_only=True)


_WORKER_STORES: dict[str, ox.Store] = {}


def _worker_store(path: str, memory_mb: int | None) -> ox.Store:
    """In a worker: open the store once; then cap the address space and silence Rust's abort message."""
    if path not in _WORKER_STORES:
        _WORKER_STORES[path] = ox.Store.read_only(path)
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    return _WORKER_STORES[path]


def _worker_signals() -> None:
    """A worker's signals, set as it starts (not when its first query arrives: a Ctrl-C or a
    stop in between would otherwise leave it running a query nobody waits for)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C by killing us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # die at once, even inside Oxigraph


def _execute(path: str, sparql: str, limits: Limits, default_graphs: tuple[str, ...] = ()) -> Result:
    """Check and run one query in a worker process (both under its time and memory caps)."""
    store = _worker_store(path, limits.memory_mb)
    check(sparql, limits.allow_service)
    if default_graphs:
        res = store.query(sparql, default_graph=[ox.NamedNode(g) for g in default_graphs])
    else:
        res = store.query(sparql, use_default_graph_as_union=True)
    return _collect(res, limits.max_rows)


class QueryPool:
    """Worker processes that answer bounded queries over one build folder.

    A worker past its time is killed (and replaced); its memory is capped with
    RLIMIT_AS, so a runaway ORDER BY aborts the worker, not the machine.
    """

    def __init__(self, build: str | Path, limits: Limits = Limits(), workers: int = 1, start: str = "forkserver"):
        """``start``: "forkserver" for long-lived, threaded callers (a server); "fork" starts
        faster and suits a one-shot command."""
        import rdflib.plugins.sparql.parser  # noqa: F401  (loaded once, before workers fork)

        from kg.store import STORE_DIR

        open_read_only(build)  # fail here, with a clear message, not in a worker
        self.path = str(Path(build) / STORE_DIR)
        self.limits = limits
        ctx = multiprocessing.get_context(start)
        if start == "forkserver":
            ctx.set_forkserver_preload(["kg.queries", "rdflib.plugins.sparql.parser"])
        self._pool = pebble.ProcessPool(max_workers=workers, context=ctx, initializer=_worker_signals)

    def submit(self, sparql: str, default_graphs: tuple[str, ...] = ()) -> Future:
        """Start a query; the future's exception is raw (see ``explain``)."""
        return self._pool.schedule(_execute, (self.path, sparql, self.limits, tuple(default_graphs)),
                                   timeout=self.limits.timeout)

    def explain(self, exc: BaseException) -> BaseException:
        """A worker's failure as the QueryError a user should see (others unchanged)."""
        if isinstance(exc, TimeoutError):
            return QueryStopped(f"query stopped after {self.limits.timeout:g} s (the time limit, --timeout)")
        if isinstance(exc, (pebble.ProcessExpired, MemoryError)):
            if isinstance(exc, MemoryError) or exc.exitcode == -signal.SIGABRT:
                return QueryStopped(f"query stopped: it needed more than {self.limits.memory_mb} MiB "
                                    "(the memory limit, --memory-mb)")
            return QueryStopped(f"query worker died (exit status {exc.exitcode})")
        if isinstance(exc, BrokenProcessPool):
            return QueryStopped(f"no query worker could start ({exc}); the worker's error is above")
        return exc

    def run(self, sparql: str, default_graphs: tuple[str, ...] = ()) -> Result:
        """Run a query and wait; Ctrl-C kills its worker and propagates."""
        future = self.submit(sparql, default_graphs)
        try:
            while not future.done():  # wake often: a Ctrl-C that lands on one of pebble's threads
                wait([future], timeout=0.25)  # only sets a flag, which a main thread blocked for good never reads
            return future.result()
        except KeyboardInterrupt:
            future.cancel()
            raise
        except Exception as exc:
            raise self.explain(exc) from None

    async def arun(self, sparql: str, default_graphs: tuple[str, ...] = ()) -> Result:
        """Run a query from asyncio; cancelling the task (client gone) kills its worker."""
        future = self.submit(sparql, default_graphs)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            future.cancel()
            raise
        except Exception as exc:
            raise self.explain(exc) from None

    def close(self) -> None:
        self._pool.stop()
        self._pool.join()

    def __enter__(self) -> QueryPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def bounded_query(build: str | Path, sparql: str, limits: Limits = Limits()) -> Result:
    """Run one user query over a build folder within ``limits`` (in a worker process).

    The default graph is the union of all article graphs. The worker is forked (fast) from
    a single-threaded caller such as the CLI, else started by a fork server (a notebook).
    """
    start = "fork" if threading.active_count() == 1 else "forkserver"
    with QueryPool(build, limits, start=start) as pool:
        return pool.run(sparql)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def format_rows(cols: list[str], rows: list[list[str]], fmt: str) -> str:
    """Render rows as csv, tsv, json (a list of objects) or an aligned text table."""
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "table":
        widths = [max([_width(c)] + [_width(r[i]) for r in rows]) for i, c in enumerate(cols)]
        def line(cells):
            return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()
        out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in rows]
        return "\n".join(out) + f"\n({len(rows)} rows)\n"
    raise ValueError(f"unknown format {fmt!r}: use csv, tsv, json or table")
