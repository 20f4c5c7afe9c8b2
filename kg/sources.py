"""Read a corpus (files and folders of .txt, .html, .jsonl) into Documents.

Encodings are detected with charset-normalizer after the byte-order marks and strict
UTF-8; anything unreadable becomes a SourceError with the path (path:line for a JSONL
record) and the reason, so one broken article never stops a corpus build. Every document
is checked before it goes on: a size limit, ids that cannot split a line, and text that
can always be encoded (unpaired surrogates and control characters repaired).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from kg.model import Document, SourceError

__all__ = ["MAX_DOCUMENT_BYTES", "SUFFIXES", "decode", "iter_files", "parse_date", "read_corpus", "read_file", "repair_text"]

# The hard limit per document, checked before any parsing: a .txt/.html file over this many
# bytes, or a JSONL line over this many characters, is skipped with a one-line reason.
MAX_DOCUMENT_BYTES = 2_000_000  # a long news article is ~100 kB; memory grows ~0.5 GB per MB of text
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
    for _, path in _rooted_files(paths):
        yield path


def _rooted_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(input root, file) pairs: a folder is the root of the files under it, a file's root is its folder."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from ((p, f) for f in sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            yield p.parent, p


def read_corpus(paths: Iterable[str | Path]) -> Iterator[Document | SourceError]:
    """Documents (and SourceErrors for what could not be read) from files and folders.

    A document id that was already read is reported with both places (path or path:line)
    and skipped, so no article silently replaces another.
    """
    seen: dict[str, str] = {}
    for root, path in _rooted_files(paths):
        for item, where in _read(path, root):
            if isinstance(item, Document):
                if item.id in seen:
                    item = SourceError(where, f"duplicate document id {item.id!r} (first read from {seen[item.id]}); skipped")
                else:
                    seen[item.id] = where
            yield item


def read_file(path: Path, root: Path | None = None) -> Iterator[Document | SourceError]:
    """The documents in one file: one for .txt/.html, one per record for .jsonl.

    Ids and ``Document.source`` are the path relative to ``root`` (default: the file's
    folder), so ``04-17/index.html`` and ``04-18/index.html`` of one input folder never
    collide and the same folder typed two ways gives the same documents.
    """
    for item, _ in _read(Path(path), Path(path).parent if root is None else Path(root)):
        yield item


def _read(path: Path, root: Path) -> Iterator[tuple[Document | SourceError, str]]:
    """Items of one file, each with where it was read (path as given, plus :line for JSONL)."""
    src = str(path)
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        rel = path.name
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix != ".jsonl" and size > MAX_DOCUMENT_BYTES:  # before reading a byte of it
            yield SourceError(src, f"file of {size / 1e6:.1f} MB is over the limit of {MAX_DOCUMENT_BYTES / 1e6:.0f} MB per document; skipped"), src
            return
        if suffix == ".jsonl" and _is_utf8(path):  # the usual corpus: streamed, never held whole
            yield from _jsonl(_utf8_lines(path), src, rel, "utf-8")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield SourceError(src, f"cannot read file: {exc.strerror or exc}"), src
        return
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        yield SourceError(src, str(exc)), src
        return
    del data
    if suffix == ".jsonl":
        yield from _jsonl(_plain(text).split("\n"), src, rel, encoding)
        return
    doc_id = rel[: -len(path.suffix)] if path.suffix else rel
    if suffix in (".html", ".htm"):
        yield _html(text, doc_id, rel, encoding), src
    else:
        yield Document(id=doc_id, text=repair_text(_plain(text)), source=rel, format="txt", encoding=encoding), src


def _plain(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Text: C0 controls but tab and newline, and DEL, become spaces (one for one, so offsets hold);
# C1 controls are kept: they are the evidence of Latin-1-decoded UTF-8 that mojibake detection reads.
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Metadata (title, url, publisher) is one line: every control and line separator becomes a space.
_LINE_BREAKERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def repair_text(text: str) -> str:
    r"""``text`` safe to store and to encode as UTF-8, with the same length (offsets unchanged).

    Unpaired surrogates (only JSON escapes can make them) become U+FFFD, flagged as
    mojibake later; C0 control characters other than tab and newline become spaces.

    >>> repair_text("市委\ud800书记\x00张三")
    '市委\ufffd书记 张三'
    """
    return _TEXT_CONTROLS.sub(" ", _SURROGATE.sub("\ufffd", text))


def _one_line(value: str) -> str:
    return " ".join(_LINE_BREAKERS.sub(" ", _SURROGATE.sub("\ufffd", value)).split())


def _record_id(value: object) -> str:
    """A JSONL ``id`` as a string, or ValueError with the reason it cannot be one."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"'id' must be a string or an integer, not {_json_type(value)}")
    doc_id = str(value)
    if not doc_id.strip():
        raise ValueError("empty 'id'")
    if bad := _BAD_ID_CHAR.search(doc_id):
        raise ValueError(f"'id' contains {_char_name(bad[0])}")
    return doc_id


_BAD_ID_CHAR = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _char_name(c: str) -> str:
    kind = "an unpaired surrogate" if "\ud800" <= c <= "\udfff" else "a control character"
    return f"{kind} (U+{ord(c):04X})"


def _json_type(value: object) -> str:
    return {dict: "an object", list: "an array", float: "a number", bool: "a boolean", type(None): "null"}.get(type(value), type(value).__name__)


def _jsonl(lines: Iterable[str], src: str, rel: str, encoding: str) -> Iterator[tuple[Document | SourceError, str]]:
    """One Document per valid record; every other record is a SourceError at path:line."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{src}:{lineno}"
        try:
            yield _record(line, rel, encoding), where
        except ValueError as exc:
            yield SourceError(where, str(exc)), where


def _is_utf8(path: Path) -> bool:
    """Whether ``decode`` would read the whole file as plain UTF-8 (no byte-order mark, no NUL,
    not blank), checked in chunks so a large JSONL corpus is never in memory at once."""
    import codecs

    check = codecs.getincrementaldecoder("utf-8")()
    blank = True
    with open(path, "rb") as f:
        head = f.read(3)
        if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            return False
        f.seek(0)
        while chunk := f.read(1 << 20):
            if b"\x00" in chunk:
                return False
            blank = blank and not chunk.strip()
            try:
                check.decode(chunk)
            except UnicodeDecodeError:
                return False
    try:
        check.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return not blank


def _utf8_lines(path: Path) -> Iterator[str]:
    """The lines of a UTF-8 file as ``_plain(text).split("\\n")`` gives them (a lone CR ends a
    line too), read one at a time."""
    with open(path, "rb") as f:
        for raw in f:
            text = _plain(raw.decode("utf-8"))
            yield from (text[:-1] if text.endswith("\n") else text).split("\n")


def _record(line: str, rel: str, encoding: str) -> Document:
    """The Document of one JSONL line; ValueError with a one-line reason when it is not one."""
    size = len(line.encode("utf-8", "surrogatepass"))
    if size > MAX_DOCUMENT_BYTES:  # before parsing it
        raise ValueError(f"record of {size / 1e6:.1f} MB is over the limit of {MAX_DOCUMENT_BYTES / 1e6:.0f} MB per document; skipped")
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}") from None
    except RecursionError:
        raise ValueError("malformed JSON: nested too deeply") from None
    if not isinstance(rec, dict):
        raise ValueError(f"a record must be a JSON object, not {_json_type(rec)}")
    if "id" not in rec or not isinstance(rec.get("text"), str):
        raise ValueError("a record needs a string 'text' and an 'id'")
    doc_id = _record_id(rec["id"])
    if not rec["text"].strip():
        raise ValueError("empty 'text'")
    meta: dict[str, str | None] = {}
    for key in ("title", "url", "source", "published"):
        value = rec.get(key)
        if value is None:
            meta[key] = None
        elif isinstance(value, str) or isinstance(value, int | float) and not isinstance(value, bool):
            meta[key] = _one_line(str(value)) or None
        else:
            raise ValueError(f"'{key}' must be a string, not {_json_type(value)}")
    return Document(
        id=doc_id,
        text=repair_text(_plain(rec["text"])),
        source=f"{rel}#{doc_id}",
        format="jsonl",
        encoding=encoding,
        title=meta["title"],
        url=meta["url"],
        published=parse_date(meta["published"]),
        publisher=meta["source"],
    )


_BODY_HINT = re.compile(r"article|content|TRS_Editor|detail|text|main|zoom|news_con|artibody|pages_content", re.I)
_META_DATE = ("publishdate", "pubdate", "article:published_time", "og:published_time", "publish_time", "date")


def _html(text: str, doc_id: str, source: str, encoding: str) -> Document:
    """Title, date and body text of a news page; scripts, styles and navigation dropped.

    Every step is one pass over the tree, so a page of 10,000 nested blocks costs what a
    flat page of the same size does.
    """
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
    body = _body(soup)
    paras = _paragraphs(body) or [body.get_text("\n", strip=True)]
    lines = [_one_line(title or "")] + [""] + [p for p in paras if p]
    if published is None:
        published = parse_date(soup.get_text(" "))
    return Document(
        id=doc_id,
        text=repair_text("\n".join(lines).strip("\n") + "\n"),
        source=source,
        format="html",
        encoding=encoding,
        title=_one_line(title) if title else None,
        published=published,
    )


def _body(soup):
    """The block most likely to hold the article: among div/article/section with a body-like
    class or id, the one with most <p> inside, then most text (first of equals).

    Counts are summed bottom-up in one pass (children before parents), not recounted per block.
    """
    from bs4 import NavigableString, Tag

    paras: dict[int, int] = {}
    chars: dict[int, int] = {}
    nodes = list(soup.descendants)
    for node in reversed(nodes):  # reversed document order: every child before its parent
        parent = node.parent
        if parent is None:
            continue
        key = id(parent)
        if isinstance(node, Tag):
            paras[key] = paras.get(key, 0) + paras.get(id(node), 0) + (node.name == "p")
            chars[key] = chars.get(key, 0) + chars.get(id(node), 0)
        elif type(node) is NavigableString:  # what get_text() counts
            chars[key] = chars.get(key, 0) + len(node)
    best, best_score = None, -1
    for node in nodes:
        if isinstance(node, Tag) and node.name in ("div", "article", "section"):
            hint = " ".join(node.get("class", [])) + " " + (node.get("id") or "")
            score = paras.get(id(node), 0) * 1000 + chars.get(id(node), 0)
            if score > best_score and _BODY_HINT.search(hint):
                best, best_score = node, score
    return best if best is not None else (soup.body or soup)


def _paragraphs(body) -> list[str]:
    """Text of every <p> in ``body``, in order, as ``p.get_text(" ", strip=True)`` would give it
    but without the text of a <p> nested inside (html.parser nests unclosed ``<p>a<p>b``):
    each piece of text belongs to its nearest <p>, once.
    """
    from bs4 import NavigableString, Tag

    paras: list[list[str]] = []
    stack: list[tuple[object, list[str] | None]] = [(n, None) for n in reversed(body.contents)]
    while stack:
        node, para = stack.pop()
        if isinstance(node, Tag):
            if node.name == "p":
                para = []
                paras.append(para)
            stack.extend((n, para) for n in reversed(node.contents))
        elif para is not None and type(node) is NavigableString and node.strip():
            para.append(node.strip())
    return [" ".join(p) for p in paras]
