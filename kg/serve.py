"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a build, and an offline query page.

Starlette + uvicorn over pyoxigraph rather than the Oxigraph server: every query goes
through kg.queries' worker pool, so the server has the limits `kg query` has (time, rows,
memory, no SERVICE), which the Oxigraph server lacks (no row or memory limit, SERVICE on,
a query page that loads YASGUI from a CDN).
"""

from __future__ import annotations

import json
import socket
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox

from kg import queries

__all__ = ["RESULT_TYPES", "app", "serve"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_ASSETS = Path(__file__).parent / "serve_assets"

# Media type -> pyoxigraph format, for solutions (SELECT/ASK) and for graphs (CONSTRUCT/DESCRIBE).
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
_RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
                "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD}
_SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
          "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
          "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json"}
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'none'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def _accepted(accept: str) -> list[str]:
    """Media types of an Accept header, best first (by q, then as listed)."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        kind, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if kind and q > 0:
            ranked.append((-q, i, kind.lower()))
    return [kind for *_, kind in sorted(ranked)]


def _choose(accept: str, fmt: str | None, choices: dict, default: str) -> str:
    """The media type to answer with: ``format=`` wins, then Accept, then the default."""
    if fmt and _SHORT.get(fmt, fmt) in choices:
        return _SHORT.get(fmt, fmt)
    for kind in _accepted(accept):
        if kind in choices:
            return kind
    return default


def _json_term(t) -> dict:
    """One RDF term in the SPARQL 1.1 JSON results format."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != _XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": {k: _json_term(getattr(t, k)) for k in ("subject", "predicate", "object")}}


def render(result: queries.Result, media: str) -> bytes:
    """A result as bytes of the given media type (a solutions type, or a graph type for CONSTRUCT)."""
    if result.form == "graph":
        triples = [ox.Triple(*row) for row in result.rows]
        return ox.serialize(triples, format=_GRAPH_TYPES[media]) or b""
    if result.form == "ask":
        doc = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [{c: _json_term(t) for c, t in zip(result.columns, row) if t is not None} for row in result.rows]
        doc = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    fmt = RESULT_TYPES[media]
    if fmt == "json":
        return data
    return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=_RESULT_FORMATS[fmt])


def app(build: str | Path, limits: queries.Limits = queries.Limits(), workers: int = 2):
    """The Starlette application: /sparql (the protocol), / (the query page), /queries (named)."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    queries.open_read_only(build)  # a clear error before the server starts
    state: dict[str, queries.QueryPool] = {}

    @asynccontextmanager
    async def lifespan(_app):
        state["pool"] = queries.QueryPool(build, limits, workers=workers)
        try:
            yield
        finally:
            state.pop("pool").close()

    def error(status: int, message: str) -> Response:
        return PlainTextResponse(message + "\n", status_code=status)

    async def sparql(request: Request) -> Response:
        params = {k: request.query_params.getlist(k) for k in request.query_params}
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = await request.body()
            if ctype == "application/sparql-query":
                params["query"] = [body.decode("utf-8", errors="replace")]
            elif ctype == "application/sparql-update":
                params["update"] = [body.decode("utf-8", errors="replace")]
            elif ctype == "application/x-www-form-urlencoded":
                for k, v in parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
            else:
                return error(415, "POST a query as application/sparql-query or as a form (query=...)")
        if "update" in params:
            return error(403, "SPARQL updates are refused: this endpoint is read-only")
        if len(params.get("query", [])) != 1:
            return error(400, "give exactly one query (the query parameter, or a POST body)")
        try:
            result = await state["pool"].arun(params["query"][0], tuple(params.get("default-graph-uri", ())))
        except queries.QueryError as exc:
            return error(exc.status, str(exc))
        except SyntaxError as exc:
            return error(400, f"invalid SPARQL: {exc}")
        fmt = (params.get("format") or [None])[0]
        accept = request.headers.get("accept", "")
        if result.form == "graph":
            media = _choose(accept, fmt, _GRAPH_TYPES, "text/turtle")
        else:
            media = _choose(accept, fmt, RESULT_TYPES, "application/sparql-results+json")
        headers = {"X-SPARQL-MaxRows": str(limits.max_rows)} if result.truncated else {}
        return Response(render(result, media), media_type=media, headers=headers)

    async def named(_request: Request) -> Response:
        return JSONResponse({name: queries.named_query(name) for name in queries.NAMED})

    def asset(name: str, media: str):
        async def endpoint(_request: Request) -> Response:
            return FileResponse(_ASSETS / name, media_type=media, headers={"Content-Security-Policy": _CSP})
        return endpoint

    routes = [
        Route("/", asset("index.html", "text/html; charset=utf-8")),
        Route("/index.js", asset("index.js", "text/javascript; charset=utf-8")),
        Route("/index.css", asset("index.css", "text/css; charset=utf-8")),
        Route("/queries", named),
        Route("/sparql", sparql, methods=["GET", "POST"]),
    ]
    cors = Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"],
                      expose_headers=["X-SPARQL-MaxRows"])
    return Starlette(routes=routes, middleware=[cors], lifespan=lifespan)


def serve(build: str | Path, host: str = "127.0.0.1", port: int = 7878,
          limits: queries.Limits = queries.Limits(), workers: int = 2) -> None:
    """Serve a build until interrupted; prints the endpoint's URL once it listens (port 0: any free port)."""
    import uvicorn

    application = app(build, limits, workers)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ValueError(f"cannot listen on {host}:{port}: {exc.strerror} (choose another --port)") from None
    sock.listen(128)  # connections made from now on wait for the server instead of being refused
    where = f"[{host}]" if ":" in host else host
    url = f"http://{where}:{sock.getsockname()[1]}"
    server = uvicorn.Server(uvicorn.Config(application, log_level="warning", timeout_graceful_shutdown=2))
    print(f"kg serve: {build} at {url}/sparql (query page {url}/); Ctrl-C stops", file=sys.stderr, flush=True)
    server.run(sockets=[sock])
