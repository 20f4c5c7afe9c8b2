"""Reading corpora: encodings, HTML, JSONL, and bad input that is reported, never fatal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.model import Document, SourceError
from kg.sources import read_corpus

ARTICLE = "市委召开常委会会议\n\n2023-05-06 10:00:00 来源:某某新闻网 浏览次数:\n\n  5月5日下午,市委书记王建国主持召开市委常委会会议。市委副书记、市长李卫东出席会议。\n"


def _docs(path):
    return [d for d in read_corpus([path]) if isinstance(d, Document)]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("utf-8", ARTICLE), ("gbk", ARTICLE), ("gb18030", ARTICLE), ("big5", "市委書記王建國主持會議。市長李衛東出席會議。"), ("utf-16", ARTICLE)],
)
def test_encodings(tmp_path, encoding, text):
    p = tmp_path / f"a-{encoding}.txt"
    p.write_bytes(text.encode(encoding))
    (doc,) = _docs(p)
    assert doc.text == text


def test_html_page(tmp_path):
    page = """<html><head><title>站点标题</title><meta name="publishdate" content="2023-05-06">
    <style>.x{color:red}</style><script>var a = "市长张三";</script></head>
    <body><nav>首页 | 新闻</nav><h1>市委召开常委会会议</h1>
    <div class="article-content"><p>5月5日下午,市委书记王建国主持召开市委常委会会议。</p><p>市长李卫东出席。</p></div>
    <footer>版权所有</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    (doc,) = _docs(p)
    assert doc.title == "市委召开常委会会议"
    assert str(doc.published) == "2023-05-06"
    assert "王建国" in doc.text and "李卫东" in doc.text
    assert "张三" not in doc.text and "color" not in doc.text and "首页" not in doc.text


def _bad_folder(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "empty.txt").write_bytes(b"")
    (d / "gbk.txt").write_bytes(ARTICLE.replace("王建国", "赵振华").encode("gbk"))
    records = [
        json.dumps({"id": "r1", "text": "市委书记王建国出席会议。", "published": "2023-05-06"}, ensure_ascii=False),
        '{"id": "r2", "text": "broken',
        json.dumps({"id": "r3", "text": "市长李卫东出席会议。"}, ensure_ascii=False),
    ]
    (d / "dump.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return d


def test_bad_inputs_are_reported_and_skipped(tmp_path):
    items = list(read_corpus([_bad_folder(tmp_path)]))
    docs = sorted(i.id for i in items if isinstance(i, Document))
    errors = {Path(e.source.split(":")[0]).name: e.reason for e in items if isinstance(e, SourceError)}
    assert docs == ["gbk", "good", "r1", "r3"]
    assert set(errors) == {"binary.txt", "empty.txt", "dump.jsonl"}
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "malformed JSON" in errors["dump.jsonl"]


def test_build_goes_on_and_strict_fails(tmp_path):
    corpus = _bad_folder(tmp_path)
    cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--quiet", "--out"]
    ok = subprocess.run(cmd + [str(tmp_path / "out1")], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "binary.txt" in ok.stderr and "empty.txt" in ok.stderr and "dump.jsonl:2" in ok.stderr
    assert "built 4 article(s)" in ok.stderr
    strict = subprocess.run(cmd + [str(tmp_path / "out2"), "--strict"], capture_output=True, text=True)
    assert strict.returncode == 1
    report = json.loads((tmp_path / "out2" / "report.json").read_text(encoding="utf-8"))
    assert len(report["errors"]) == 3 and len(report["built"]) == 4
    posts = subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", str(tmp_path / "out1"), "--named", "posts", "--format", "json"],
        capture_output=True, text=True, check=True,
    ).stdout
    got = {(r["person_name"], r["title"], r["doc"]) for r in json.loads(posts)}
    assert ("赵振华", "市委书记", "gbk") in got and ("李卫东", "市长", "good") in got


def test_duplicate_document_ids_are_reported(tmp_path):
    from kg.pipeline import build

    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(ARTICLE, encoding="utf-8")
    report = build([tmp_path / "a", tmp_path / "b"], tmp_path / "out", progress=False)
    assert report.built == ["same"]
    assert len(report.errors) == 1 and "duplicate document id 'same'" in report.errors[0].reason


def test_cli_errors_are_one_line(tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "kg.cli", *a], capture_output=True, text=True)  # noqa: E731
    missing = run("build", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr and "Traceback" not in missing.stderr
    no_store = run("query", str(tmp_path), "--named", "posts")
    assert no_store.returncode == 2 and "run `kg build` first" in no_store.stderr
