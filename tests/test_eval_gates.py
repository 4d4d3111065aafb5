"""Evaluation gates: each shared evaluation set through the whole pipeline, figures against floors.

The floors live in eval/floors.json (the figures measured, less a small noise margin) and only go
up; scripts/evaluate.py prints the same figures for a person and raises floors with --update.
These tests read ../shared/eval and skip when it is absent (CI always has it).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _evaluate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "scripts" / "evaluate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["evaluate"] = module
    spec.loader.exec_module(module)
    return module


evaluate = _evaluate()
FLOORS = evaluate.load_floors()


def test_every_task_has_floors() -> None:
    assert set(FLOORS) == set(evaluate.TASKS)
    assert all(FLOORS[t] for t in FLOORS)


@pytest.mark.eval
@pytest.mark.parametrize("task", list(evaluate.TASKS))
def test_figures_stay_above_their_floors(task: str, shared: Path, tmp_path: Path) -> None:
    figures, _seconds = evaluate.run_task(evaluate.TASKS[task], shared, tmp_path)
    assert evaluate.shortfalls(task, figures, FLOORS) == []


def test_shortfalls_name_the_figure_and_its_floor() -> None:
    floors = {"claims": {"claim_f1": 0.7, "background_leaks_max": 0}}
    assert evaluate.shortfalls("claims", {"claim_f1": 0.65, "background_leaks": 2.0}, floors) == [
        "claims: claim_f1=0.65 below its floor 0.7",
        "claims: background_leaks=2.0 above its ceiling 0",
    ]
    assert evaluate.shortfalls("claims", {"claim_f1": 0.71, "background_leaks": 0}, floors) == []
