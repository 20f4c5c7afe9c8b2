"""`kg serve` with real clients: SPARQLWrapper, rdflib's SPARQLStore, curl; limits, CORS, the page."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import time
from urllib.parse import urlencode

import pytest
from rdflib import Graph

from kg import queries, store

PERSON = "http://xmlns.com/foaf/0.1/Person"


def expected(build, name: str) -> list[list[str]]:
    st = store.open_store(build, read_only=True)
    return queries.run(st, queries.named_query(name))[1]


def curl(*args: str) -> subprocess.CompletedProcess:
    if not shutil.which("curl"):
        pytest.skip("curl is not installed")
    return subprocess.run(["curl", "-s", "-S", "--max-time", "120", *args], capture_output=True, timeout=150)


def headers_and_body(r: subprocess.CompletedProcess) -> tuple[int, dict[str, str], bytes]:
    head, _, body = r.stdout.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    return status, {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:])}, body


@pytest.mark.parametrize("name", queries.NAMED)
def test_sparqlwrapper_gets_kg_query_rows(server, examples_build, name):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery(queries.named_query(name))
    client.setReturnFormat(JSON)
    doc = client.queryAndConvert()
    cols = doc["head"]["vars"]
    rows = [[b[c]["value"] if c in b else "" for c in cols] for b in doc["results"]["bindings"]]
    assert rows == expected(examples_build, name) and rows


@pytest.mark.parametrize("name", queries.NAMED)
def test_rdflib_sparqlstore_gets_kg_query_rows(server, examples_build, name):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(f"{server}/sparql", returnFormat="xml"))
    res = graph.query(queries.named_query(name))
    rows = [["" if v is None else str(v) for v in row] for row in res]
    assert rows == expected(examples_build, name)


@pytest.mark.parametrize("name", queries.NAMED)
def test_curl_csv_gets_kg_query_rows(server, examples_build, name):
    r = curl("-H", "Accept: text/csv", "--data-urlencode", f"query={queries.named_query(name)}", f"{server}/sparql")
    rows = list(csv.reader(io.StringIO(r.stdout.decode("utf-8"))))
    assert rows[1:] == expected(examples_build, name)


def test_protocol_forms_and_formats(server):
    select = f"SELECT ?p WHERE {{ ?p a <{PERSON}> }} ORDER BY ?p LIMIT 3"
    # GET with query=, JSON by default
    doc = json.loads(curl("-G", "--data-urlencode", f"query={select}", f"{server}/sparql").stdout)
    people = [b["p"]["value"] for b in doc["results"]["bindings"]]
    assert len(people) == 3
    # POST, application/sparql-query body, TSV
    r = curl("-H", "Content-Type: application/sparql-query", "-H", "Accept: text/tab-separated-values",
             "--data-binary", select, f"{server}/sparql")
    assert r.stdout.decode().splitlines() == ["?p"] + [f"<{p}>" for p in people]
    # POST form, XML
    r = curl("-H", "Accept: application/sparql-results+xml", "--data-urlencode", f"query={select}", f"{server}/sparql")
    assert re.findall(r"<uri>([^<]+)</uri>", r.stdout.decode()) == people
    # ASK
    r = curl("-G", "--data-urlencode", f"query=ASK {{ ?p a <{PERSON}> }}", f"{server}/sparql")
    assert json.loads(r.stdout) == {"head": {}, "boolean": True}
    # CONSTRUCT as Turtle and N-Triples
    construct = f"CONSTRUCT {{ ?p a <{PERSON}> }} WHERE {{ ?p a <{PERSON}> }}"
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt")):
        r = curl("-i", "-G", "-H", f"Accept: {accept}", "--data-urlencode", f"query={construct}", f"{server}/sparql")
        status, headers, body = headers_and_body(r)
        assert status == 200 and headers["content-type"].startswith(accept)
        g = Graph().parse(data=body.decode(), format=fmt)
        assert len(g) >= 3 and all(str(o) == PERSON for o in g.objects())
    # default-graph-uri: only one article's graph is the default graph
    graph_iri = json.loads(curl("-G", "--data-urlencode", "query=SELECT ?g { GRAPH ?g { } } LIMIT 1",
                                f"{server}/sparql").stdout)["results"]["bindings"][0]["g"]["value"]
    one = json.loads(curl("-G", "--data-urlencode", "query=SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                          "--data-urlencode", f"default-graph-uri={graph_iri}", f"{server}/sparql").stdout)
    union = json.loads(curl("-G", "--data-urlencode", "query=SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                            f"{server}/sparql").stdout)
    n_one, n_union = (int(d["results"]["bindings"][0]["n"]["value"]) for d in (one, union))
    assert 0 < n_one < n_union


def test_updates_get_403(server):
    for args in (["--data-urlencode", "update=INSERT DATA { <urn:a> <urn:b> <urn:c> }"],
                 ["-H", "Content-Type: application/sparql-update", "--data-binary", "CLEAR ALL"],
                 ["--data-urlencode", "query=INSERT DATA { <urn:a> <urn:b> <urn:c> }"]):
        status, _, body = headers_and_body(curl("-i", *args, f"{server}/sparql"))
        assert status == 403 and b"updates are refused" in body
    doc = json.loads(curl("-G", "--data-urlencode", "query=ASK { <urn:a> <urn:b> <urn:c> }", f"{server}/sparql").stdout)
    assert doc["boolean"] is False


def test_service_gets_403_and_contacts_nobody(server, listener):
    q = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/sparql> {{ ?s ?p ?o }} }}"
    status, _, body = headers_and_body(curl("-i", "-G", "--data-urlencode", f"query={q}", f"{server}/sparql"))
    assert status == 403 and b"SERVICE is refused" in body
    time.sleep(0.5)
    assert listener.received == []


def test_syntax_error_is_400(server):
    status, _, body = headers_and_body(curl("-i", "-G", "--data-urlencode", "query=SELEKT nothing", f"{server}/sparql"))
    assert status == 400 and b"invalid SPARQL" in body


def test_cors(server):
    r = curl("-i", "-X", "OPTIONS", "-H", "Origin: http://example.org", "-H", "Access-Control-Request-Method: POST",
             "-H", "Access-Control-Request-Headers: content-type", f"{server}/sparql")
    status, headers, _ = headers_and_body(r)
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    r = curl("-i", "-G", "-H", "Origin: http://example.org", "--data-urlencode", "query=ASK {}", f"{server}/sparql")
    assert headers_and_body(r)[1]["access-control-allow-origin"] == "*"


def test_query_page_is_offline(server):
    status, headers, page = headers_and_body(curl("-i", f"{server}/"))
    assert status == 200 and "default-src 'none'" in headers["content-security-policy"]
    named = json.loads(curl(f"{server}/queries").stdout)
    assert sorted(named) == sorted(queries.NAMED)
    for part in (page, curl(f"{server}/index.js").stdout, curl(f"{server}/index.css").stdout):
        assert part and not re.search(rb"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", part, re.I), "a network resource"


def test_limits_apply_to_the_server(kg_serve, examples_build, listener):
    url = kg_serve(examples_build, "--max-rows", "5", "--timeout", "2")
    r = curl("-i", "-G", "--data-urlencode", "query=SELECT * WHERE { ?s ?p ?o }", f"{url}/sparql")
    status, headers, body = headers_and_body(r)
    assert status == 200 and headers["x-sparql-maxrows"] == "5"
    assert len(json.loads(body)["results"]["bindings"]) == 5
    q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, _, body = headers_and_body(curl("-i", "-G", "--data-urlencode", f"query={q}", f"{url}/sparql"))
    assert status == 503 and b"time limit" in body
    # the worker that was killed is replaced: the server still answers
    ok = json.loads(curl("-G", "--data-urlencode", "query=ASK { ?s ?p ?o }", f"{url}/sparql").stdout)
    assert ok["boolean"] is True


def test_query_page_in_a_browser(server, examples_build):
    """The page's named-query buttons fill a table with kg query's rows (Chromium, no network)."""
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")

    def click_posts():
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            outside = []
            page.on("request", lambda req: outside.append(req.url) if not req.url.startswith(server) else None)
            page.goto(f"{server}/")
            page.get_by_role("button", name="posts", exact=True).click()
            page.locator("#kg-result tbody tr").first.wait_for(timeout=60_000)
            cells = page.eval_on_selector_all("#kg-result tbody tr",
                                              "rows => rows.map(r => [...r.cells].map(c => c.textContent))")
            browser.close()
            return cells, outside

    # its own thread: another test module's Playwright session may hold this thread's event loop
    with ThreadPoolExecutor(1) as pool:
        cells, outside = pool.submit(click_posts).result()
    assert cells == expected(examples_build, "posts")
    assert outside == []


def test_url_of_the_page_query_is_shareable(server):
    """GET /sparql?query=… with format=csv works from a plain link (no Accept header)."""
    r = curl(f"{server}/sparql?" + urlencode({"query": "ASK { ?s ?p ?o }", "format": "csv"}))
    assert r.stdout == b"true"


def test_busy_port_and_missing_build_are_one_line(examples_build, tmp_path):
    import os
    import socket
    import sys
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    with socket.create_server(("127.0.0.1", 0)) as busy:
        r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(examples_build), "--port",
                            str(busy.getsockname()[1])], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 2 and "cannot listen on 127.0.0.1:" in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(tmp_path), "--port", "0"],
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 2 and "holds no kg store" in r.stderr and "Traceback" not in r.stderr
