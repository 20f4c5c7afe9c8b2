"""Read a corpus (files and folders of .txt, .html, .jsonl) into Documents.

Encodings are detected with charset-normalizer after the byte-order marks and strict
UTF-8; anything unreadable becomes a SourceError with the path and the reason, so one
broken article never stops a corpus build.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from kg.model import Document, SourceError

__all__ = ["SUFFIXES", "decode", "iter_files", "parse_date", "read_corpus", "read_file"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_CJK_ENCODINGS = ["utf_8", "gb18030", "big5", "big5hkscs", "utf_16"]
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept."""


def parse_date(value: str | None) -> dt.date | None:
    """First calendar date written in ``value`` (ISO or 2023年3月5日 style).

    >>> parse_date("2022-03-21 09:20:53")
    datetime.date(2022, 3, 21)
    >>> parse_date("2023年3月5日") , parse_date("no date")
    (datetime.date(2023, 3, 5), None)
    """
    if not value:
        return None
    m = _DATE.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name). Raises DecodeError."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} after byte-order mark: {exc.reason}") from exc
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes) and no UTF-16 byte-order mark")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_CJK_ENCODINGS).best()
    if best is None:
        raise DecodeError("not text in UTF-8, GB18030/GBK, Big5 or UTF-16")
    text = str(best)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t")
    if controls > max(2, len(text) // 100):
        raise DecodeError(f"binary data ({controls} control characters after decoding as {best.encoding})")
    return text, best.encoding


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every corpus file under ``paths``, sorted, so builds are deterministic."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


def read_corpus(paths: Iterable[str | Path]) -> Iterator[Document | SourceError]:
    """Documents (and SourceErrors for what could not be read) from files and folders."""
    for path in iter_files(paths):
        yield from read_file(path)


def read_file(path: Path) -> Iterator[Document | SourceError]:
    """The documents in one file: one for .txt/.html, one per record for .jsonl."""
    src = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield SourceError(src, f"cannot read file: {exc.strerror or exc}")
        return
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        yield SourceError(src, str(exc))
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(text, src, encoding)
    elif suffix in (".html", ".htm"):
        yield _html(text, path, encoding)
    else:
        yield Document(id=path.stem, text=_plain(text), source=src, format="txt", encoding=encoding)


def _plain(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _jsonl(text: str, src: str, encoding: str) -> Iterator[Document | SourceError]:
    for lineno, line in enumerate(_plain(text).split("\n"), 1):
        if not line.strip():
            continue
        where = f"{src}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec.get("id"):
            yield SourceError(where, "a record needs a string 'text' and an 'id'")
            continue
        if not rec["text"].strip():
            yield SourceError(where, "empty 'text'")
            continue
        yield Document(
            id=str(rec["id"]),
            text=_plain(rec["text"]),
            source=f"{src}#{rec['id']}",
            format="jsonl",
            encoding=encoding,
            title=rec.get("title"),
            url=rec.get("url"),
            published=parse_date(str(rec.get("published") or "")),
            publisher=rec.get("source"),
        )


_BODY_HINT = re.compile(r"article|content|TRS_Editor|detail|text|main|zoom|news_con|artibody|pages_content", re.I)
_META_DATE = ("publishdate", "pubdate", "article:published_time", "og:published_time", "publish_time", "date")


def _html(text: str, path: Path, encoding: str) -> Document:
    """Title, date and body text of a news page; scripts, styles and navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "iframe", "form"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        title = h1.get_text(strip=True)
    published = None
    for meta in soup.find_all("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key in _META_DATE:
            published = parse_date(meta.get("content"))
            if published:
                break
    candidates = [t for t in soup.find_all(["div", "article", "section"]) if _BODY_HINT.search(" ".join(t.get("class", [])) + " " + (t.get("id") or ""))]
    body = max(candidates, key=lambda t: len(t.find_all("p")) * 1000 + len(t.get_text()), default=soup.body or soup)
    paras = [p.get_text(" ", strip=True) for p in body.find_all("p")] or [body.get_text("\n", strip=True)]
    lines = [title or ""] + [""] + [p for p in paras if p]
    if published is None:
        published = parse_date(soup.get_text(" "))
    return Document(
        id=path.stem,
        text="\n".join(lines).strip("\n") + "\n",
        source=str(path),
        format="html",
        encoding=encoding,
        title=title,
        published=published,
    )
