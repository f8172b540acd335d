"""docs/notebook.ipynb runs top to bottom."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.model

NOTEBOOK = Path(__file__).resolve().parents[2] / "docs" / "notebook.ipynb"


def test_notebook_runs_and_shows_html_and_a_frame(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": tmp_path}}
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="eventkit"' in h and "<mark" in h for h in html)  # the extraction
    assert any("<blockquote" in h for h in html)  # one event's card
    assert any("dataframe" in h for h in html)  # pandas' table
