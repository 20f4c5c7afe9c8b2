"""Fuzzing the whole flow: random bytes, encodings, HTML and JSONL through sources ->
normalise -> annotate -> extract -> RDF, and the N-Quads back through pyoxigraph's parser.

Every input must end as Documents or one-line SourceErrors, never an exception; every
mention's offsets must hold in the document's text; every graph must parse. CI runs a few
hundred cases; ``make fuzz`` runs ``KG_FUZZ_CASES`` (default there 10,000) split over the
four input kinds (``pytest tests/test_fuzz.py --hypothesis-show-statistics`` prints the counts),
then, when atheris is installed (the ``fuzz`` extra), coverage-guided fuzzing of the same
checks: ``python tests/test_fuzz.py -runs=N`` (any libFuzzer flag).
"""

from __future__ import annotations

import dataclasses
import json
import os
import unicodedata
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import rdf
from kg.extract import extract
from kg.model import Document, Extraction, Mention, SourceError
from kg.sources import read_corpus

CASES = int(os.environ.get("KG_FUZZ_CASES", "0"))  # the long run; 0: CI scale
FUZZ = settings(
    max_examples=max(CASES // 4, 1) if CASES else 60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces of this genre's text, its crawl debris and the characters that break naive code.
WORDS = [
    "市委书记", "市长", "副市长", "县委常委、组织部部长", "主持召开", "出席会议", "列席", "请假", "讲话",
    "市委常委会", "第三十一次会议", "暨", "领导小组", "会议", "任命", "为", "免去", "的职务", "辞去",
    "王建国", "李卫东", "欧阳志远", "阿依古丽·买买提", "閆晨曦", "會議", "書記", "網(wǎng)", "縣(xiàn)",
    "5月5日下午", "昨日", "2023-05-06 10:00:00 来源:某某新闻网", "(记者 宋雨桐)", "责任编辑:姚建",
    "“六?!比蝿?", "锟斤拷", "Ã¤Â¸", "&nbsp;", "&#12345;", "&amp;", "<br>", "<p>", "。", ",", "、", "\n", " ",
    "\u3000", "\t", "\r\n", "\x00", "\x07", "\x1b", "\x85", "\u2028", "\ufeff", "\ufffd", "\U0002a6a5", "e\u0301",
]
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=40).map("".join)
SURROGATES = st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff"])
HOSTILE_TEXT = st.lists(st.one_of(TEXT, SURROGATES), max_size=4).map("".join)


def mentions(value):
    """Every Mention inside an Extraction (any depth of dataclasses and tuples)."""
    if isinstance(value, Mention):
        yield value
    elif isinstance(value, tuple):
        for v in value:
            yield from mentions(v)
    elif dataclasses.is_dataclass(value) and not isinstance(value, Document):
        for f in dataclasses.fields(value):
            yield from mentions(getattr(value, f.name))


def check_document(doc: Document) -> Extraction:
    """The whole flow on one document, with the invariants every later stage relies on."""
    for value in (doc.id, doc.text, doc.title, doc.url, doc.publisher, doc.source):
        if value is not None:
            value.encode("utf-8")  # no unpaired surrogate reaches the store
    assert doc.id.strip() and not any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in doc.id), doc.id
    ext = extract(doc)
    n = len(doc.text)
    for s, e in ext.sentences:
        assert 0 <= s <= e <= n
    for m in mentions(ext):
        assert 0 <= m.start <= m.end <= n and doc.text[m.start : m.end] == m.text, m
        assert 0 <= m.sentence < len(ext.sentences) or not ext.sentences, m
    for s, e in ext.article.mojibake:
        assert 0 <= s < e <= n
    nquads = rdf.to_nquads(rdf.article_triples(ext, rdf.DEFAULT_BASE), rdf.graph_iri(doc.id))
    quads = list(pyoxigraph.parse(nquads.encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS))
    assert quads and {str(q.graph_name.value) for q in quads} == {str(rdf.graph_iri(doc.id))}
    return ext


def check_file(path: Path, data: bytes) -> None:
    """Read ``data`` as the file ``path``: documents pass the flow, errors are one line."""
    path.write_bytes(data)
    for item in read_corpus([path]):
        if isinstance(item, SourceError):
            assert item.source.startswith(str(path)) and item.reason
            assert "\n" not in item.reason and "Traceback" not in item.reason, item
        else:
            check_document(item)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_random_bytes(folder, data, suffix):
    check_file(folder / f"bytes{suffix}", data)


@FUZZ
@given(
    text=TEXT,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030", "big5", "utf-16", "utf-16-le"]),
    cut=st.integers(0, 3),
)
def test_encodings(folder, text, encoding, cut):
    data = text.encode(encoding, errors="ignore")
    check_file(folder / "encoded.txt", data[: len(data) - cut] if cut < len(data) else data)


def _element(children):
    tag = st.sampled_from(["div", "p", "section", "article", "span", "td", "script", "style", "nav", "h1", "title", "b"])
    attrs = st.sampled_from(["", ' class="content"', ' id="article"', ' class="TRS_Editor"', " class='nav'", ' x="<"'])
    closed = st.sampled_from(["", "close", "close"])
    return st.tuples(tag, attrs, st.lists(children, max_size=4), closed).map(
        lambda t: f"<{t[0]}{t[1]}>" + "".join(t[2]) + (f"</{t[0]}>" if t[3] else "")
    )


HTML_PIECES = st.one_of(
    TEXT,
    st.sampled_from(["<br>", "<!-- 注释 -->", "<![CDATA[x]]>", "&#0;", "&#xD800;", "&#x10FFFF;", "</p>", "<p", "<", "<meta name=\"publishdate\" content=\"2023-05-06\">"]),
)
HTML = st.recursive(HTML_PIECES, _element, max_leaves=30)


@FUZZ
@given(body=st.lists(HTML, max_size=6), deep=st.integers(0, 300), encoding=st.sampled_from(["utf-8", "gbk", "utf-16"]))
def test_html(folder, body, deep, encoding):
    page = "<html><head><title>标题</title></head><body>" + '<div class="content">' * deep + "".join(body) + "</body></html>"
    check_file(folder / "page.html", page.encode(encoding, errors="ignore"))


JSON_VALUE = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), HOSTILE_TEXT,
                       st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(), max_size=2))
RECORD = st.fixed_dictionaries(
    {"id": st.one_of(HOSTILE_TEXT, st.integers(), JSON_VALUE), "text": st.one_of(HOSTILE_TEXT, JSON_VALUE)},
    optional={"title": st.one_of(HOSTILE_TEXT, JSON_VALUE), "url": JSON_VALUE, "published": JSON_VALUE, "source": JSON_VALUE},
)
LINE = st.one_of(
    RECORD.map(json.dumps),
    RECORD.map(lambda r: json.dumps(r)[: len(json.dumps(r)) // 2]),  # cut mid-record
    st.sampled_from(["", "[]", "null", "{}", '{"id": 1}', "{\"id\": \"a\", \"text\": \"\\ud800\"}", "\x00"]),
)


@FUZZ
@given(lines=st.lists(LINE, max_size=6))
def test_jsonl(folder, lines):
    check_file(folder / "dump.jsonl", "\n".join(lines).encode("utf-8", errors="surrogatepass"))



def atheris_main() -> None:
    """Coverage-guided fuzzing (atheris/libFuzzer) of ``check_file``: the first byte picks the file kind."""
    import sys
    import tempfile

    import atheris

    atheris.instrument_all()
    folder = Path(tempfile.mkdtemp(prefix="kg-atheris-"))
    suffixes = (".txt", ".html", ".jsonl")

    def one(data: bytes) -> None:
        if data:
            check_file(folder / f"input{suffixes[data[0] % 3]}", data[1:])

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    atheris_main()
