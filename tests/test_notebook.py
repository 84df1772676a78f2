"""The notebook walkthrough runs top to bottom against the real pipeline."""

import json
import os

from tests.conftest import ROOT


def test_walkthrough_notebook_cells_run(nlp):
    nb = json.loads((ROOT / "notebooks" / "walkthrough.ipynb").read_text(encoding="utf-8"))
    namespace: dict = {}
    cwd = os.getcwd()
    os.chdir(ROOT / "notebooks")
    try:
        results = []
        for cell in nb["cells"]:
            if cell["cell_type"] != "code":
                continue
            lines = "".join(cell["source"]).rstrip().split("\n")
            exec("\n".join(lines[:-1]), namespace)  # noqa: S102 - our own notebook
            results.append(eval(lines[-1], namespace))
    finally:
        os.chdir(cwd)
    assert results[0].date == "2024-02-05"
    assert results[4] is True
    assert results[5][0] == len(list((ROOT / "corpus").glob("*.txt")))
