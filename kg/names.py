"""Corpus-level name knowledge: a name confirmed by strong evidence in one article (a title
chain, an appointment formula, a byline, a personnel profile) is recognised in other
articles where the grammar alone is unsure: title-less lists (李强、赵乐际、王沪宁出席) and
after 应/同/和.

A build keeps the knowledge in ``DIR/names.json`` (article id -> the names it confirmed), so
re-builds use it and a changed article replaces its own entry. ``kg build`` runs a second
pass over the articles that mention a name confirmed only in the first pass (the check runs
in the workers, beside the extraction). While a build runs, each batch's names are appended
to ``DIR/names.journal`` before the batch is stored, with the names each article of the
first pass yielded, so a killed build's knowledge is not lost: the resumed build takes its
names as new and runs the same second pass a build that was never killed would run.

The first pass extracts with no corpus names, as a fresh build does, and ``DIR/names.first``
keeps what it gave each article (the names it vouched for, those extracted): an incremental
build decides every article's second pass as a fresh build of the same inputs would, and
re-extracts only the articles whose decision or names (in their text) change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from kg import lexicons
from kg.model import Document, Extraction
from kg.nlp import name_pattern

__all__ = ["FILE", "FIRST", "JOURNAL", "again_with", "confirmed_names", "journal", "journaled_first_pass", "load",
           "load_first", "load_journal", "mentioned", "needs_again", "pack", "second_pass", "save", "usable"]

FILE = "names.json"
FIRST = "names.first"  # what the first pass gave each article, for the next build's second pass
JOURNAL = "names.journal"
# Person mentions whose evidence is strong enough to vouch for the name elsewhere.
_STRONG = frozenset({"people.title", "people.list", "people.byline", "people.profile"})


def confirmed_names(ext: Extraction) -> frozenset[str]:
    """Names this article vouches for: after a title chain or in a list sharing it, in a byline
    or profile, or in an appointment formula (任命X为…)."""
    names = {name for name, mentions in ext.persons if any(m.extractor in _STRONG for m in mentions)}
    names |= {a.person for a in ext.appointments}
    return frozenset(n for n in names if _whole_name(n))


def _whole_name(name: str) -> bool:
    """A name worth looking for elsewhere: 2–4 Han characters starting with a surname, or a
    foreign name with a separator (迪亚斯-卡内尔), and never a country."""
    if name in lexicons.countries() or not all("\u3400" <= c <= "\u9fff" or c in "·-=" for c in name):
        return False
    if any(c in name for c in "·-="):
        return len(name) >= 4
    sur = lexicons.surnames()
    return 2 <= len(name) <= 4 and (name[0] in sur or name[:2] in sur)


def usable(by_doc: dict[str, Iterable[str]]) -> frozenset[str]:
    """The names a corpus vouches for: a two-character name needs two articles (a short name is
    more often a fragment), a longer one a single article."""
    count: dict[str, int] = {}
    for names in by_doc.values():
        for n in set(names):
            count[n] = count.get(n, 0) + 1
    return frozenset(n for n, c in count.items() if c >= 2 or len(n) >= 3)


def load(out: str | Path) -> dict[str, list[str]]:
    """article id -> confirmed names, as kept by the last build of ``out`` (empty if none)."""
    path = Path(out) / FILE
    if not path.exists():
        return {}
    return {k: list(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def load_first(out: str | Path) -> tuple[dict[str, list[str]], dict[str, str]] | None:
    """(article id -> names its first pass vouched for, article id -> names extracted, packed), as
    kept by the last build of ``out``; None for a folder built before this file was kept."""
    path = Path(out) / FIRST
    if not path.exists():
        return None if (Path(out) / FILE).exists() else ({}, {})
    data = json.loads(path.read_text(encoding="utf-8"))
    return ({k: v[0] for k, v in data.items() if v[0]}, {k: v[1] for k, v in data.items() if v[1]})


def save(out: str | Path, by_doc: dict[str, Iterable[str]],
         first: tuple[dict[str, Iterable[str]], dict[str, str]] | None = None) -> None:
    """Write the knowledge of a finished build (``first``: what its first pass gave each article,
    written before names.json, so a kill between them leaves the journal); its journal is then
    no longer needed."""
    from kg.export import staged

    if first is not None:
        vouched, found = first
        rows = {k: [sorted(set(vouched.get(k, ()))), found.get(k, "")] for k in sorted(set(vouched) | set(found))
                if vouched.get(k) or found.get(k)}  # none: the same as no entry
        with staged(Path(out) / FIRST) as (tmp,):
            tmp.write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    data = {k: sorted(set(v)) for k, v in sorted(by_doc.items()) if v}
    with staged(Path(out) / FILE) as (tmp,):  # written whole or not at all
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    (Path(out) / JOURNAL).unlink(missing_ok=True)


def journal(out: str | Path, entries: Iterable[tuple[str, Iterable[str]] | tuple[str, Iterable[str], str]]) -> None:
    """Append (article id, names it confirmed[, names extracted from it, packed]) for a batch
    about to be stored; an empty list records that the article confirms nothing (any older entry
    of it is dropped). The extracted names are journaled for the first pass: what the resumed
    build's second pass decides on for an article it finds stored (``journaled_first_pass``)."""
    lines = "".join(json.dumps([doc_id, sorted(set(names)), *rest], ensure_ascii=False) + "\n"
                    for doc_id, names, *rest in entries)
    if lines:
        with open(Path(out) / JOURNAL, "a", encoding="utf-8") as f:
            f.write(lines)


def _journal_lines(out: str | Path) -> Iterator[list]:
    """The journal's entries; a line cut by the kill is ignored."""
    path = Path(out) / JOURNAL
    if path.exists():
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    yield json.loads(line)
                except ValueError:
                    continue


def load_journal(out: str | Path) -> dict[str, list[str]]:
    """article id -> confirmed names, as journaled by a build that did not finish (empty lists
    included: they remove an entry)."""
    return {entry[0]: list(entry[1]) for entry in _journal_lines(out)}


def journaled_first_pass(out: str | Path) -> dict[str, tuple[list[str], str]]:
    """article id -> (names it confirmed, names extracted from it, packed), as the first pass of a
    build that did not finish journaled them."""
    return {entry[0]: (list(entry[1]), entry[2]) for entry in _journal_lines(out) if len(entry) > 2}


def mentioned(text: str, names: frozenset[str]) -> set[str]:
    """Which of ``names`` occur in ``text`` (simplified): at each place the longest, and none
    inside another (马凯 is not mentioned by 马凯硕)."""
    return {m.group() for m in name_pattern(names).finditer(text)} if names else set()


def _inside(name: str, words: Iterable[str]) -> list[tuple[str, int]]:
    """(word, where ``name`` starts in it) for each longer word holding ``name``."""
    return [(w, k) for w in words if len(w) > len(name) for k in range(len(w) - len(name) + 1) if w.startswith(name, k)]


@lru_cache(maxsize=4096)
def _inside_countries(name: str) -> list[tuple[str, int]]:
    return _inside(name, lexicons.countries())


def pack(names: Iterable[str]) -> str:
    """Names as one string (sorted, tab-separated): a table of them per article of the corpus
    stays small (a frozenset of six names costs about five times as much)."""
    return "\t".join(sorted(names))


def second_pass(docs: Iterable[Document | object], found: dict[str, str],
                built: set[str] | None = None, stored: bool = True) -> Iterator[tuple]:
    """The articles of the corpus, each once, with the names already extracted from it
    (``found``: article id -> names, packed; "" when none or not known, then checked by its text
    alone): what ``needs_again`` decides on. ``built``: the articles whose stored graph is
    their first pass's; the others, stored by an earlier build, come as (document, names, True)
    for ``again_with``, and only with ``stored`` (the corpus's names changed)."""
    seen: set[str] = set()
    for doc in docs:
        if isinstance(doc, Document) and doc.id not in seen:
            seen.add(doc.id)
            if built is None or doc.id in built:
                yield doc, found.get(doc.id, "")
            elif stored:
                yield doc, found.get(doc.id, ""), True


def again_with(doc: Document, now: frozenset[str], before: frozenset[str], changed: frozenset[str],
               found: str) -> frozenset[str] | None:
    """The corpus names to extract again an article stored by an earlier build with, or None to
    keep its graph: what a fresh build with the names ``now`` gives, knowing that the earlier
    build decided with ``before`` (``changed``: the names in one of them only). Only a changed
    name in its text can change either the decision or the extraction; an article no longer
    second-passed goes back to its first pass's graph (no names)."""
    from kg.normalise import normalise

    text = normalise(doc.text).text
    if not changed or name_pattern(changed).search(text) is None:
        return None
    if needs_again(doc, now, found, text):
        return now
    return frozenset() if needs_again(doc, before, found, text) else None


def needs_again(doc: Document, new: frozenset[str], found: str, text: str | None = None) -> bool:
    """Whether an article mentions a name first confirmed in this build that was not already
    extracted from it (``found``: packed), so a second extraction may find more. Runs where the
    extraction runs (a worker), since it normalises the text (``text``: normalised already)."""
    from kg.normalise import normalise

    extracted = set(found.split("\t")) - {""}
    if new <= extracted:
        return False  # every new name was extracted from it already: no text to normalise
    if text is None:
        text = normalise(doc.text).text
    return any(_stands_alone(text, name, extracted) for name in mentioned(text, new) - extracted)


def _stands_alone(text: str, name: str, extracted: set[str]) -> bool:
    """Whether ``name`` occurs somewhere in ``text`` other than inside a longer name already
    extracted from it (德萨莱尼 in 海尔马里亚姆·德萨莱尼) or inside a country's name (罗斯 in
    俄罗斯): only such an occurrence can give the second extraction something new."""
    wholes = _inside(name, extracted) + _inside_countries(name)
    i = text.find(name)
    while i >= 0:
        if not any(text.startswith(w, i - k) for w, k in wholes if i >= k):
            return True
        i = text.find(name, i + 1)
    return False
