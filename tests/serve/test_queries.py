"""`kg query` and kg.queries: every query form, limits (time, rows, memory, Ctrl-C), SERVICE and
updates refused, clear store errors, and the named queries' rows."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import queries, store

REPO = Path(__file__).resolve().parents[2]
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TWO_TRIPLES = "CONSTRUCT { ?s a ?o } WHERE { { SELECT DISTINCT ?s ?o WHERE { ?s a ?o } LIMIT 2 } }"
CARTESIAN_SORT = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"


def _as_from_a_terminal() -> None:
    """In the child: Ctrl-C as a terminal delivers it. A test run started in the background (make test &)
    ignores SIGINT, children inherit that, and Python then installs no handler for it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def kg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def test_every_query_form(examples_build):
    ask = queries.bounded_query(examples_build, "ASK { ?s a <http://xmlns.com/foaf/0.1/Person> }")
    assert (ask.form, ask.boolean) == ("ask", True)
    assert queries.bounded_query(examples_build, "ASK { ?s a <urn:x-none> }").boolean is False
    sel = queries.bounded_query(examples_build, "SELECT ?s ?o { ?s a ?o } LIMIT 5")
    assert sel.form == "select" and sel.columns == ("s", "o") and len(sel.rows) == 5
    con = queries.bounded_query(examples_build, TWO_TRIPLES)
    assert con.form == "graph" and len(con.rows) == 2
    desc = queries.bounded_query(examples_build, "DESCRIBE ?p WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> } LIMIT 1")
    assert desc.form == "graph" and desc.rows and len({row[0] for row in desc.rows}) == 1


def test_ask_on_the_command_line(examples_build):
    r = kg("query", str(examples_build), "ASK { ?s ?p ?o }", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["ask", "true"]
    r = kg("query", str(examples_build), TWO_TRIPLES, "--format", "tsv")
    assert r.returncode == 0 and r.stdout.splitlines()[0] == "subject\tpredicate\tobject"
    assert len(r.stdout.splitlines()) == 3


def test_in_process_run_answers_ask(examples_build):
    st = store.open_store(examples_build, read_only=True)
    assert queries.run(st, "ASK { ?s ?p ?o }") == (["ask"], [["true"]])


def test_updates_are_refused_as_updates(examples_build):
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL",
                   "PREFIX ex: <http://example.org/> DROP GRAPH ex:g"):
        r = kg("query", str(examples_build), update)
        assert r.returncode == 2
        assert "updates are refused" in r.stderr and "CONSTRUCT" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
    with pytest.raises(queries.QueryRefused):
        queries.bounded_query(examples_build, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert queries.bounded_query(examples_build, "ASK { <urn:a> <urn:b> <urn:c> }").boolean is False


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX ep: <{url}>\nSELECT * WHERE {{ ?x a ?y OPTIONAL {{ {{ SELECT ?s WHERE {{ SERVICE ep: {{ ?s ?p ?o }} }} }} }} }}",
    "# SERVICE hidden behind a comment line\nASK {{ ?a ?b ?c FILTER EXISTS {{ Service <{url}> {{ ?a ?b ?c }} }} }}",
    # LATERAL is Oxigraph syntax that rdflib's parser does not read: refused on the word SERVICE
    "SELECT * WHERE {{ ?s a ?t LATERAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
])
def test_service_is_refused_and_nothing_is_contacted(examples_build, listener, template):
    query = template.format(url=f"http://127.0.0.1:{listener.port}/sparql")
    r = kg("query", str(examples_build), query)
    assert r.returncode == 2 and "SERVICE is refused" in r.stderr, r.stderr
    with pytest.raises(queries.QueryRefused):
        queries.bounded_query(examples_build, query)
    time.sleep(0.5)
    assert listener.received == []


def test_allow_service_does_reach_the_listener(examples_build, listener):
    """The control for the test above: with --allow-service the same query does call out."""
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    kg("query", str(examples_build), query, "--allow-service", "--timeout", "20")
    assert listener.received and b"sparql" in listener.received[0]


def test_the_word_service_elsewhere_is_not_refused(examples_build):
    q = 'SELECT ?service WHERE { ?service ?p "SERVICE <http://example.org/>" } LIMIT 1'
    assert queries.bounded_query(examples_build, q).rows == ()


def test_row_limit(examples_build):
    r = kg("query", str(examples_build), "SELECT ?s WHERE { ?s ?p ?o }", "--max-rows", "7", "--format", "csv")
    assert r.returncode == 0
    assert len(r.stdout.splitlines()) == 1 + 7
    assert "cut at 7 rows" in r.stderr
    res = queries.bounded_query(examples_build, "SELECT ?s WHERE { ?s ?p ?o }", queries.Limits(max_rows=7))
    assert res.truncated and len(res.rows) == 7
    exact = queries.bounded_query(examples_build, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 7", queries.Limits(max_rows=7))
    assert not exact.truncated and len(exact.rows) == 7


def test_timeout_stops_a_cartesian_count(examples_build):
    r = kg("query", str(examples_build), CARTESIAN_COUNT, "--timeout", "1", timeout=100)
    assert r.returncode == 2
    assert r.stderr.strip() == "kg query: query stopped after 1 s (the time limit, --timeout)"


def test_memory_limit_stops_a_cartesian_order_by(examples_build):
    r = kg("query", str(examples_build), CARTESIAN_SORT, "--memory-mb", "1024", "--timeout", "300", timeout=400)
    assert r.returncode == 2
    assert r.stderr.strip() == "kg query: query stopped: it needed more than 1024 MiB (the memory limit, --memory-mb)"


def test_ctrl_c_stops_a_running_query(examples_build):
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "query", str(examples_build), CARTESIAN_COUNT,
                             "--timeout", "0"], stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, preexec_fn=_as_from_a_terminal)
    time.sleep(4)  # the worker is busy in the cartesian product by now
    assert proc.poll() is None
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
    assert proc.wait(60) == 130
    assert "interrupted" in proc.stderr.read()
    for _ in range(50):  # the worker is gone too
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("a query worker outlived kg query")


_TGKILL = {"x86_64": 234, "aarch64": 131}  # Linux syscall numbers


@pytest.mark.skipif(sys.platform != "linux" or os.uname().machine not in _TGKILL, reason="tgkill is Linux's")
def test_ctrl_c_landing_on_another_thread_stops_the_query_too(examples_build):
    """The kernel hands a process's SIGINT to any of its threads; one that lands on a pool thread
    only sets Python's flag, so the main thread must not wait for the worker without waking (this
    hung `kg query` in the full suite, where it happened by chance)."""
    import ctypes

    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "query", str(examples_build), CARTESIAN_COUNT,
                             "--timeout", "0"], stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, preexec_fn=_as_from_a_terminal)
    try:
        time.sleep(4)  # the worker is busy in the cartesian product by now
        threads = sorted(int(t) for t in os.listdir(f"/proc/{proc.pid}/task") if int(t) != proc.pid)
        assert threads, "kg query runs its pool in threads of its own"
        ctypes.CDLL(None, use_errno=True).syscall(_TGKILL[os.uname().machine], proc.pid, threads[-1], signal.SIGINT)
        assert proc.wait(30) == 130
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def test_corrupt_or_missing_store_is_one_line(examples_build, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(examples_build / "store", bad / "store")
    (bad / "store" / "CURRENT").write_text("garbage\n")
    r = kg("query", str(bad), "--named", "people")
    assert r.returncode == 2 and "is damaged" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    (tmp_path / "empty" / "store").mkdir(parents=True)
    r = kg("query", str(tmp_path / "empty"), "--named", "people")
    assert r.returncode == 2 and "is not a kg store" in r.stderr and "Traceback" not in r.stderr


def test_store_opening_maps_lock_errors(tmp_path):
    """A read-write open of a locked store gives the one-line message (read-only opens need no lock)."""
    import pyoxigraph as ox

    held = ox.Store(str(tmp_path / "store"))  # noqa: F841  (holds the LOCK while the child tries)
    r = subprocess.run([sys.executable, "-c", "import pyoxigraph as ox, sys; ox.Store(sys.argv[1])", str(tmp_path / "store")],
                       capture_output=True, text=True)
    assert "lock" in r.stderr.lower()
    r = kg("query", str(tmp_path), "ASK { ?s ?p ?o }")
    assert r.returncode == 0 and r.stdout.startswith("ask")


# The named queries as they were before the GRAPH-?g rewrite for speed: the rows must not change.
_BEFORE = {
    "meetings": """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?meeting ?name ?date ?part_of_day
       (GROUP_CONCAT(DISTINCT STR(?org_name); separator="|") AS ?organizers) ?format ?doc WHERE {
  GRAPH ?g {
    ?art a schema:NewsArticle ; schema:identifier ?doc ; schema:about ?meeting .
    ?meeting a kg:Meeting ; rdfs:label ?name .
    OPTIONAL { ?meeting schema:startDate ?date }
    OPTIONAL { ?meeting kg:partOfDay ?part_of_day }
    OPTIONAL { ?meeting schema:organizer ?o . ?o rdfs:label ?org_name }
    OPTIONAL {
      ?meeting schema:eventAttendanceMode ?mode .
      BIND(IF(?mode = schema:OnlineEventAttendanceMode, "video",
           IF(?mode = schema:MixedEventAttendanceMode, "mixed", "in-person")) AS ?format)
    }
  }
}
GROUP BY ?meeting ?name ?date ?part_of_day ?format ?doc
ORDER BY ?doc ?date ?name""",
}


def test_meetings_format_is_never_blank(examples_build):
    st = store.open_store(examples_build, read_only=True)
    cols, rows = queries.run(st, queries.named_query("meetings"))
    formats = {r[cols.index("format")] for r in rows}
    assert formats <= {"video", "in-person", "mixed", "unknown"} and "unknown" in formats
    _, before = queries.run(st, _BEFORE["meetings"])
    assert rows == [r[:5] + [r[5] or "unknown"] + r[6:] for r in before]


def test_stats_counts_match_the_union_form(examples_build):
    """`kg stats` counts per article graph (fast in Oxigraph); the numbers are the union's."""
    from kg import cli

    st = store.open_store(examples_build, read_only=True)
    union = cli._COUNTS.replace("GRAPH ?g { ?x a ?class }", "?x a ?class .")
    assert union != cli._COUNTS
    assert queries.run(st, cli._COUNTS) == queries.run(st, union)
    assert dict(queries.run(st, cli._COUNTS)[1])["articles"] == "11"


def test_bounded_query_from_a_threaded_caller(examples_build):
    """With other threads alive (a notebook, a server) the worker comes from a fork server."""
    import threading

    done = threading.Event()
    waiter = threading.Thread(target=done.wait)
    waiter.start()
    try:
        assert threading.active_count() > 1
        res = queries.bounded_query(examples_build, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ?t } }")
        assert int(res.rows[0][0].value) > 0
        with pytest.raises(queries.QueryStopped, match="time limit"):
            queries.bounded_query(examples_build, CARTESIAN_COUNT, queries.Limits(timeout=1))
    finally:
        done.set()
        waiter.join()
