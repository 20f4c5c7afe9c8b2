"""Faults on the build side: kill -9, concurrent builds, full disks, read-only folders, locked
or damaged stores, a wrong --base, one bad article among good ones, --prune.

Every case runs the real `kg` command (or `build`) on real files and a real store; the
full-disk and read-only cases mount a small tmpfs, and are skipped (with the reason)
where the test may not mount one.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import store
from kg.pipeline import build, process
from kg.model import Document

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
EXPORTS = ("graph.nq", "graph.trig", "graph.ttl")


def kg(*args: str, **kw) -> subprocess.Popen | subprocess.CompletedProcess:
    """The real command line, in a child process (so it can be killed)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "kg.cli", *args]
    if kw.pop("background", False):
        return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, env=env, capture_output=True, text=True, check=False, timeout=600)


def files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in EXPORTS}


def leftovers(folder: Path) -> list[str]:
    """Temporary files of ours, or bulk-load SST files, anywhere under ``folder``."""
    return sorted(str(p) for p in folder.rglob("*") if ".kg-tmp" in p.name or p.name.startswith("bulk-"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The examples' files eight times over under distinct names: 64 articles, enough to kill mid-build
    (32 built in about 2 s on a quiet machine, so a kill at 2 s could come after the end)."""
    src = tmp_path_factory.mktemp("corpus")
    for k in range(8):
        for f in sorted(EXAMPLES.iterdir()):
            if f.suffix in (".txt", ".html"):
                shutil.copy(f, src / f"{k}_{f.name}")
    return src


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    report = build([corpus], out, progress=False, jobs=1)
    assert len(report.built) == 64 and not report.errors
    return out


def kill_at(proc: subprocess.Popen, delay: float) -> bool:
    """kill -9 after ``delay`` seconds; True if the process was still running then."""
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def test_kill_9_during_build_then_resume_gives_the_clean_bytes(corpus, clean, tmp_path):
    out = tmp_path / "out"
    killed = 0
    for delay in (1.0, 2.0, 4.0, 6.0, 9.0):
        killed += kill_at(kg("build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1", background=True), delay)
        for name in EXPORTS:  # never a cut file: absent (not written yet) or complete
            assert not (out / name).exists() or (out / name).read_bytes() == (clean / name).read_bytes(), name
    assert killed, "the build was never interrupted: the corpus is too small for this machine"
    run = kg("build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1")
    assert run.returncode == 0, run.stderr
    assert files(out) == files(clean)
    assert leftovers(out) == []


def test_kill_9_during_export_never_leaves_a_cut_file(clean, tmp_path):
    dest = tmp_path / "union.ttl"
    expected = (clean / "graph.ttl").read_bytes()
    for delay in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0):
        kill_at(kg("export", str(clean), "--format", "turtle", "--out", str(dest), background=True), delay)
        assert not dest.exists() or dest.read_bytes() == expected
    run = kg("export", str(clean), "--format", "turtle", "--out", str(dest))
    assert run.returncode == 0, run.stderr
    assert dest.read_bytes() == expected
    assert leftovers(tmp_path) == [], "a killed export's temporary file is cleaned by the next one"


def test_two_concurrent_builds_into_one_folder(corpus, clean, tmp_path):
    out = tmp_path / "out"
    first = kg("build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1", background=True)
    deadline = time.monotonic() + 60
    while not (out / "store" / "LOCK").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = kg("build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1")
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert second.returncode != 0
    assert second.stderr.count("\n") == 1 and "in use by another process" in second.stderr, second.stderr
    assert "Traceback" not in second.stderr
    assert files(out) == files(clean)


def test_a_locked_store_is_a_one_line_error(clean, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    held = ox.Store(str(out / "store"))  # as a running read-write server would
    try:
        run = kg("build", str(EXAMPLES), "--out", str(out), "--quiet")
    finally:
        del held
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "store" in run.stderr and "in use by another process" in run.stderr


def test_a_reader_that_closes_the_pipe_gets_no_traceback(clean):
    """`kg stats DIR | head -1`: the reader hangs up before kg is done writing."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "stats", str(clean)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # hung up before the first line
    err = proc.stderr.read().decode()
    proc.wait(timeout=300)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert proc.returncode == 141


def test_a_damaged_store_is_a_one_line_error(clean, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    (out / "store" / "CURRENT").write_text("garbage\n")
    for args in (("build", str(EXAMPLES), "--out", str(out), "--quiet"), ("export", str(out), "--format", "nquads")):
        run = kg(*args)
        assert run.returncode == 2, args
        assert run.stderr.strip().count("\n") == 0 and "damaged" in run.stderr and str(out / "store") in run.stderr


@pytest.fixture
def tmpfs(tmp_path):
    """A 48 MB tmpfs, mounted for the test (root only), so the disk can fill or go read-only."""
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root and mount(8); the full-disk and read-only cases need one")
    run = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(point)], capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {run.stderr.strip()}")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def fill(disk: Path, leave_kb: int) -> None:
    """Fill the disk but ``leave_kb`` kilobytes."""
    free = shutil.disk_usage(disk).free // 1024
    with open(disk / "filler", "wb") as f:
        f.write(b"\0" * max(0, free - leave_kb) * 1024)


@pytest.mark.parametrize("leave_kb", [4000, 600], ids=["during-exports", "during-store-load"])
def test_a_full_disk_is_a_one_line_error_and_the_last_good_files_stay(tmpfs, leave_kb, tmp_path):
    out = tmpfs / "out"
    first = EXAMPLES / "001_city_standing.txt"
    assert kg("build", str(first), "--out", str(out), "--quiet").returncode == 0
    before = {**files(out), "report.json": (out / "report.json").read_bytes()}
    fill(tmpfs, leave_kb)
    run = kg("build", str(EXAMPLES), "--out", str(out), "--quiet")
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0, run.stderr
    assert "No space left on device" in run.stderr and str(out) in run.stderr and "Traceback" not in run.stderr
    assert {**files(out), "report.json": (out / "report.json").read_bytes()} == before
    assert leftovers(out) == []
    (tmpfs / "filler").unlink()  # space again: the next build completes, same bytes as a clean one
    assert kg("build", str(EXAMPLES), "--out", str(out), "--quiet").returncode == 0
    fresh = tmp_path / "fresh"
    build([EXAMPLES], fresh, progress=False, jobs=1)
    assert files(out) == files(fresh)


def test_a_read_only_folder_is_a_one_line_error(tmpfs):
    out = tmpfs / "out"
    assert kg("build", str(EXAMPLES / "001_city_standing.txt"), "--out", str(out), "--quiet").returncode == 0
    before = files(out)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    for args, named in (
        (("build", str(EXAMPLES), "--out", str(out), "--quiet"), str(out / "store")),
        (("build", str(EXAMPLES), "--out", str(tmpfs / "new"), "--quiet"), str(tmpfs / "new")),
        (("export", str(out), "--format", "turtle", "--out", str(out / "union.ttl")), str(out / "union.ttl")),
    ):
        run = kg(*args)
        assert run.returncode == 1, args
        assert run.stderr.strip().count("\n") == 0 and "Read-only file system" in run.stderr and named in run.stderr, run.stderr
    assert files(out) == before


def test_another_base_is_refused_before_anything_is_loaded(clean, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(clean, out)
    before = files(out)
    run = kg("build", str(EXAMPLES), "--out", str(out), "--base", "https://example.org/kg/", "--quiet")
    assert run.returncode == 2 and "was built with --base https://w3id.org/kg-cn/id/" in run.stderr
    assert run.stderr.strip().count("\n") == 0
    st = store.open_store(out, read_only=True)
    assert not any(g.startswith("https://example.org/") for g in store.article_graphs(st))
    assert files(out) == before


def test_an_invalid_base_is_refused_before_the_folder_is_made(tmp_path):
    run = kg("build", str(EXAMPLES), "--out", str(tmp_path / "out"), "--base", "not an iri", "--quiet")
    assert run.returncode == 2 and "--base" in run.stderr and run.stderr.strip().count("\n") == 0
    assert not (tmp_path / "out").exists()


def test_the_content_hash_does_not_depend_on_how_the_path_is_typed(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(EXAMPLES, src)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cli = [sys.executable, "-m", "kg.cli", "build", "--quiet", "--out", str(out)]
    subprocess.run([*cli, "in"], cwd=tmp_path, env=env, check=True, capture_output=True)
    before = files(out)
    run = subprocess.run([*cli, str(src.resolve())], cwd="/", env=env, check=True, capture_output=True, text=True)
    assert "built 0 article(s), 11 unchanged" in run.stderr
    assert files(out) == before


def test_a_build_made_by_other_rules_reads_every_article_again(tmp_path, monkeypatch):
    # an upgraded kg (other rule files) or the tagger switched: no article keeps the graph the old reading gave
    from kg import pipeline

    out = tmp_path / "out"
    first = build([EXAMPLES], out, progress=False, exports=False)
    assert len(first.built) == 11 and not first.unchanged
    again = build([EXAMPLES], out, progress=False, exports=False)
    assert not again.built and len(again.unchanged) == 11
    monkeypatch.setattr(pipeline, "rules_fingerprint", lambda: "0" * 64)
    upgraded = build([EXAMPLES], out, progress=False, exports=False)
    assert len(upgraded.built) == 11 and not upgraded.unchanged
    doc = Document("d1", "市委书记王明主持召开会议。", "d1.txt")
    assert pipeline.content_hash(doc, tagger=True) != pipeline.content_hash(doc)


def test_one_article_the_store_refuses_costs_only_itself(tmp_path):
    st = store.open_store(tmp_path)
    good = [process(Document(f"good-{i}", f"3月{i}日，市委书记王明主持召开市委常委会会议。\n", f"good-{i}.txt")) for i in range(3)]
    bad = ("http://e/g", b"<http://e/s> <http://e/p> broken <http://e/g> .\n", b"")
    graphs = [(b.graph, b.nquads, b.seal) for b in good]
    refused = store.put_graphs(st, [graphs[0], bad, graphs[1], graphs[2]])
    assert [i for i, _ in refused] == [1] and "refused" in refused[0][1]
    assert sorted(store.article_graphs(st)) == sorted(b.graph for b in good)


def test_a_record_with_a_lone_surrogate_is_skipped_alone(tmp_path):
    lines = [json.dumps({"id": f"r{i}", "title": t, "text": f"3月{i + 1}日，县委书记李华主持召开县委常委会会议。"})
             for i, t in enumerate(["县委常委会", "\ud800坏标题", "县政府常务会"])]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    report = build([tmp_path / "c.jsonl"], tmp_path / "out", progress=False, jobs=1)
    assert {"r0", "r2"} <= set(report.built), "the good records of the batch are built"
    assert len(report.built) + len(report.errors) == 3
    assert all("c.jsonl" in e.source and e.reason for e in report.errors)
    assert json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["built"] == sorted(report.built)


def test_prune_deletes_the_graphs_of_inputs_no_longer_there(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("001_city_standing.txt", "004_county_study.txt"):
        shutil.copy(EXAMPLES / name, src / name)
    out = tmp_path / "out"
    build([src], out, progress=False, jobs=1)
    (src / "004_county_study.txt").unlink()
    kept = build([src], out, progress=False, jobs=1)
    assert kept.pruned == [] and len(list(store.article_graphs(store.open_store(out, read_only=True)))) == 2
    run = kg("build", str(src), "--out", str(out), "--prune", "--quiet")
    assert run.returncode == 0 and "1 pruned" in run.stderr
    assert len(json.loads((out / "report.json").read_text(encoding="utf-8"))["pruned"]) == 1
    fresh = tmp_path / "fresh"
    build([src], fresh, progress=False, jobs=1)
    assert files(out) == files(fresh)
