"""notebooks/quickstart.ipynb: stored without outputs, and runs offline under nbclient."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "quickstart.ipynb"

nbformat = pytest.importorskip("nbformat", reason="nbformat is a dev dependency: pip install -e '.[dev]'")


def test_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)


def test_runs_offline():
    root = NOTEBOOK.parents[1]
    if not any((root / "examples").glob("*.txt")) and not (root.parent / "shared" / "seed").is_dir():
        pytest.skip("the notebook needs examples/ or ../shared/seed")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is a dev dependency")
    pytest.importorskip("ipykernel", reason="ipykernel is a dev dependency")
    pytest.importorskip("pandas", reason="pandas is a dev dependency")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("srcdoc=" in o.get("data", {}).get("text/html", "") for o in outputs)
