"""Fixtures for the query, serve and push tests: a build of the examples, servers on free ports,
and a listener that records every connection (to prove that nothing phones out)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.pipeline import build

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory) -> Path:
    """One build of examples/ (11 articles) per session."""
    out = tmp_path_factory.mktemp("examples-build")
    report = build([EXAMPLES], out, progress=False, jobs=1)
    assert report.built and not report.errors
    return out


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Listener:
    """A TCP listener on 127.0.0.1 that accepts and records connections (and what they sent)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    self.received.append(conn.recv(65536))
                    conn.sendall(b"HTTP/1.1 500 no\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    self.received.append(b"")


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.sock.close()


def _start_kg_serve(build_dir: Path, *options: str) -> tuple[subprocess.Popen, str]:
    """`kg serve` on a free port; returns the process and its base URL, read from its first line."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(build_dir), "--port", "0", *options],
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)},
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as from a terminal
    line = proc.stderr.readline()
    if " at http://" not in line:
        proc.kill()
        raise AssertionError(f"kg serve did not start: {line}{proc.stderr.read()}")
    return proc, line.split(" at ")[1].split("/sparql")[0]


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def kg_serve():
    """Start `kg serve BUILD OPTIONS…` (stopped after the test); returns its base URL."""
    procs = []

    def start(build_dir: Path, *options: str) -> str:
        proc, url = _start_kg_serve(build_dir, *options)
        procs.append(proc)
        return url

    yield start
    for proc in procs:
        _stop(proc)


@pytest.fixture(scope="module")
def server(examples_build):
    """`kg serve` over the examples build with the default limits; yields its base URL."""
    proc, url = _start_kg_serve(examples_build)
    yield url
    _stop(proc)


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real, empty, read-write Oxigraph server (pip `oxigraph`) on a free port; yields its base URL."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        pytest.skip("the Oxigraph server (pip install oxigraph) is not installed")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()}")
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(30)
