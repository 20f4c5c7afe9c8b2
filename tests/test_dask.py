"""The Dask backend: per-article stages on a real distributed.LocalCluster, results stored
in input order, the same bytes as a local build."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import build

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install -e '.[dask]')")

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
EXPORTS = ("graph.nq", "graph.trig", "graph.ttl")


@pytest.fixture(scope="module")
def local(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    build([EXAMPLES], out, progress=False, jobs=1)
    return out


@pytest.fixture(scope="module")
def cluster():
    """One in-process worker with one thread: light on a small machine, but a real scheduler.

    Garbage from earlier tests is collected first: pyoxigraph's result objects may only be
    dropped on the thread that made them, and the worker thread would otherwise collect them."""
    gc.collect()
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                                  host="127.0.0.1", protocol="tcp") as c:
        yield c


def test_a_dask_build_is_byte_identical_to_a_local_one(cluster, local, tmp_path):
    with distributed.Client(cluster) as client, distributed.get_task_stream(client) as tasks:
        report = build([EXAMPLES], tmp_path, progress=False, dask=client)
    assert len(report.built) == 11 and not report.errors
    # each article ran on the cluster (and again where the second name pass re-extracts it)
    assert sum(t["key"].startswith("process") for t in tasks.data) >= 11
    for name in EXPORTS:
        assert (tmp_path / name).read_bytes() == (local / name).read_bytes(), name


def test_kg_build_dask_address_from_the_command_line(cluster, local, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(EXAMPLES), "--out", str(tmp_path), "--quiet",
         "--dask", cluster.scheduler_address],
        env=env, capture_output=True, text=True, check=False, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert "built 11 article(s)" in run.stderr
    for name in EXPORTS:
        assert (tmp_path / name).read_bytes() == (local / name).read_bytes(), name
