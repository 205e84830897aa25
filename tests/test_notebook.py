"""examples/quickstart.ipynb runs from top to bottom (in memory: outputs are never written back)."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def test_committed_outputs_come_from_the_written_sample() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    streams = [
        "".join(o.get("text", ""))
        for c in nb["cells"]
        if c["cell_type"] == "code"
        for o in c.get("outputs", [])
        if o.get("output_type") == "stream"
    ]
    assert any("sample_replies.txt (written sample)" in s for s in streams)
    assert not any("real replies" in s for s in streams)


@pytest.mark.slow
def test_quickstart_notebook_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("replykit-suggestion" in h for h in html)  # the suggestion display
    assert any("<table" in h for h in html)  # the DataFrame
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the chart
    stderr = "".join(o.get("text", "") for o in outputs if o.get("name") == "stderr")
    assert "100%" in stderr and "Warning" not in stderr  # the progress bar, no tqdm widget warning
