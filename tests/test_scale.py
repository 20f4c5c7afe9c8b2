"""A large corpus in flat memory (kg.sources, kg.store, kg.corpus, kg.pipeline): a JSONL corpus
is read line by line, the corpus graph is loaded in pieces, the second name pass is checked
in the workers; none of it may change a record, a line number or a byte of the exports."""

from __future__ import annotations

import json

import pyoxigraph as ox

from kg import corpus, store
from kg.model import Document, SourceError
from kg.pipeline import Built, build, process_all
from kg.sources import read_file

# Stories of our own: the first names three leaders with their titles, the second without.
TITLED = (
    "新华社北京4月3日电 中共中央政治局常委、国务院总理李强，中共中央政治局常委、全国人大常委会委员长"
    "赵乐际，中共中央政治局常委、全国政协主席王沪宁3日在京参加首都义务植树活动。"
)
UNTITLED = "新华社北京4月10日电 纪念大会10日在人民大会堂隆重举行。李强和赵乐际、王沪宁出席大会。应李强邀请，代表们参观了成就展。"
STORIES = [
    {"id": "s1", "title": "植树活动", "published": "2023-03-02", "text": TITLED},
    {"id": "s2", "title": "庆祝大会", "published": "2023-03-09", "text": UNTITLED},
    {"id": "s3", "title": "调研", "published": "2023-03-12",
     "text": "新华社杭州3月12日电 浙江省委书记王浩12日在湖州调研。会议强调，要把李强调研时的要求落到实处。"},
]


def _lines(records: list[dict]) -> list[str]:
    return [json.dumps(r, ensure_ascii=False) for r in records]


def test_jsonl_line_by_line_keeps_records_and_line_numbers(tmp_path):
    a, b, c = _lines(STORIES)
    path = tmp_path / "mixed.jsonl"  # CRLF, a blank line, a lone CR between two records, a broken record
    path.write_bytes(f"{a}\r\n\r\n{b}\r{c}\nnot json\n".encode())
    items = list(read_file(path))
    assert [i.id for i in items if isinstance(i, Document)] == ["s1", "s2", "s3"]
    assert [(e.source, e.reason.split(":")[0]) for e in items if isinstance(e, SourceError)] == [
        (f"{path}:5", "malformed JSON")]
    assert all(d.encoding == "utf-8" and "\r" not in d.text for d in items if isinstance(d, Document))


def test_a_jsonl_in_another_encoding_reads_the_same(tmp_path):
    text = "\n".join(_lines(STORIES)) + "\n"
    (tmp_path / "u.jsonl").write_text(text, encoding="utf-8")
    (tmp_path / "g.jsonl").write_bytes(text.encode("gb18030"))
    plain = [(d.id, d.text, d.title, d.published) for d in read_file(tmp_path / "u.jsonl")]
    other = list(read_file(tmp_path / "g.jsonl"))
    assert [(d.id, d.text, d.title, d.published) for d in other] == plain
    assert other[0].encoding == "gb18030"


def test_n_quads_loaded_in_pieces_make_the_same_store(tmp_path, monkeypatch):
    nquads = "".join(f'<urn:x:s{i}> <urn:x:p> "名{i}"@zh-Hans <urn:x:g{i % 7}> .\n' for i in range(500)).encode()
    whole = ox.Store(str(tmp_path / "whole"))
    whole.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    monkeypatch.setattr(store, "_LOAD_BYTES", 100)  # a few lines per piece
    pieces = ox.Store(str(tmp_path / "pieces"))
    store.bulk_load_pieces(pieces, nquads)
    assert len(pieces) == 500
    assert pieces.dump(format=ox.RdfFormat.N_QUADS) == whole.dump(format=ox.RdfFormat.N_QUADS)


def test_a_small_load_by_transaction_makes_the_same_store_as_the_bulk_loader(tmp_path, monkeypatch):
    """Below ``_SMALL_BYTES`` N-Quads go in by one transaction (a bulk load's files cost 20-100 ms of
    CPU whatever their size): the store holds the same quads either way."""
    nquads = "".join(f'<urn:x:s{i}> <urn:x:p> "名{i}"@zh-Hans <urn:x:g{i % 7}> .\n' for i in range(500)).encode()
    half = nquads.index(b"\n", len(nquads) // 2) + 1
    stores = {}
    for small in (0, store._SMALL_BYTES):
        monkeypatch.setattr(store, "_SMALL_BYTES", small)
        st = stores[small] = ox.Store(str(tmp_path / f"s{small}"))
        store.bulk_load_pieces(st, nquads[:half])
        store.put_graphs(st, [("urn:x:g9", nquads[half:], b"")])
    assert len(stores[0]) == 500 and stores[0].dump(format=ox.RdfFormat.N_QUADS) == stores[store._SMALL_BYTES].dump(format=ox.RdfFormat.N_QUADS)


def test_the_corpus_graph_in_pieces_gives_the_same_bytes(tmp_path, monkeypatch):
    src = _write(tmp_path)
    build([src], tmp_path / "one", progress=False)
    monkeypatch.setattr(corpus, "_SUMMARY_ROWS", 2)
    monkeypatch.setattr(store, "_LOAD_BYTES", 300)
    build([src], tmp_path / "many", progress=False)
    for name in ("graph.nq", "graph.trig", "graph.ttl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "many" / name).read_bytes()
    st = store.open_store(tmp_path / "many", read_only=True)
    summary = ox.NamedNode(corpus.corpus_graph_iri())
    assert any(True for _ in st.quads_for_pattern(None, ox.NamedNode("https://schema.org/mentions"), None, summary))


def test_the_second_pass_is_decided_in_the_workers(tmp_path):
    """Only an article naming a newly confirmed name it did not yield already is extracted
    again (s3's 李强调 is checked and extracted: the text decides, not the result); the
    others come back as None, in input order, from a real process pool."""
    docs = [d for d in read_file(_write(tmp_path)) if isinstance(d, Document)]
    found = {"s1": "李强\t王沪宁\t赵乐际", "s2": "", "s3": ""}
    new = frozenset({"李强", "赵乐际", "王沪宁"})
    items = [(d, found[d.id]) for d in docs]
    out = list(process_all(items, "https://w3id.org/kg-cn/id/", jobs=2, known_names=new, again=new))
    assert [None if r is None else r.doc_id for r in out] == [None, "s2", "s3"]
    assert isinstance(out[1], Built) and "赵乐际" in out[1].found
    assert out == list(process_all(items, "https://w3id.org/kg-cn/id/", jobs=1, known_names=new, again=new))


def _write(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(_lines(STORIES)) + "\n", encoding="utf-8")
    return path
