#!/usr/bin/env python3
"""Run the shared evaluation sets through the whole pipeline and check each figure against its floor.

For each task: ingest the task's corpus into a fresh database, export the JSON contract, run the
task's scorer from ../shared/eval (standard library, its own figures), and compare the figures
with the floors pinned in eval/floors.json. Floors only go up: ``--update`` raises a floor to
what was measured and never lowers one (trafilatura's eval gate); lowering a floor is a commit
of its own that says why.

usage: scripts/evaluate.py [TASK ...] [--shared DIR] [--update] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "eval" / "floors.json"
DEFAULT_SHARED = ROOT.parent / "shared"
# A floor sits this far below what was measured: scorers print two or three decimals, and another
# machine's floating point may flip a rare parse.
MARGIN = 0.01


@dataclass(frozen=True)
class Task:
    name: str
    corpus: str  # relative to shared/eval
    scorer: str
    args: tuple[str, ...] = ()


TASKS = {
    t.name: t
    for t in (
        Task("seeds", "../corpus/seeds", "score_seeds.py"),
        Task("claims", "claims/corpus", "score_seeds.py", ("--gold", "{eval}/claims/gold.json")),
        Task("attribution", "attribution/corpus.jsonl", "attribution/score_attribution.py"),
        Task("dates", "dates/corpus.jsonl", "dates/score_dates.py"),
        Task("places", "places/corpus.jsonl", "places/score_places.py"),
        Task("types", "types/corpus.jsonl", "types/score_types.py"),
        Task("stories", "stories/corpus.jsonl", "stories/score_stories.py"),
    )
}


def parse_figures(line: str) -> dict[str, float]:
    """Return the ``key=value`` figures of a scorer's last line (numbers only)."""
    out: dict[str, float] = {}
    for part in line.split():
        key, _, value = part.partition("=")
        try:
            out[key] = float(value)
        except ValueError:
            continue
    return out


def run_task(task: Task, shared: Path, workdir: Path) -> tuple[dict[str, float], float]:
    """Return the scorer's figures for one task and the seconds the pipeline took."""
    sys.path.insert(0, str(ROOT))
    import corroborator

    eval_dir = shared / "eval"
    db = workdir / f"{task.name}.db"
    export = workdir / f"{task.name}.json"
    started = time.perf_counter()
    with corroborator.open(db) as ledger:
        ledger.run([str(eval_dir / task.corpus)])
        with export.open("w", encoding="utf-8") as fh:
            ledger.export_json(fh)
    seconds = time.perf_counter() - started
    args = [a.format(eval=eval_dir) for a in task.args]
    result = subprocess.run(
        [sys.executable, str(eval_dir / task.scorer), str(export), *args],
        capture_output=True, text=True, check=False,
    )
    lines = [ln for ln in result.stdout.splitlines() if "=" in ln]
    if not lines:
        raise RuntimeError(f"{task.scorer} printed no figures: {result.stdout}{result.stderr}")
    return parse_figures(lines[-1]), seconds


def load_floors() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(FLOORS.read_text())
    return {k: v for k, v in data.items() if not k.startswith("_")}


def shortfalls(task: str, figures: dict[str, float], floors: dict[str, dict[str, float]]) -> list[str]:
    """Return one line per figure below its floor (background leaks: above their ceiling)."""
    out = []
    for key, floor in floors.get(task, {}).items():
        got = figures.get(key)
        if key.endswith("_max"):
            name = key[: -len("_max")]
            if figures.get(name, 0.0) > floor:
                out.append(f"{task}: {name}={figures.get(name)} above its ceiling {floor}")
        elif got is None or got < floor - 1e-9:
            out.append(f"{task}: {key}={got} below its floor {floor}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tasks", nargs="*", choices=[*TASKS, []], default=[])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--update", action="store_true", help="raise floors to the figures measured (never lowers)")
    ap.add_argument("--keep", type=Path, help="keep databases and exports in this folder")
    args = ap.parse_args()
    if not (args.shared / "eval").is_dir():
        print(f"error: {args.shared}/eval is absent: the evaluation data lives beside the project", file=sys.stderr)
        return 2
    floors = load_floors()
    names = args.tasks or list(TASKS)
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for name in names:
            figures, seconds = run_task(TASKS[name], args.shared, workdir)
            shown = " ".join(f"{k}={v:g}" for k, v in figures.items())
            print(f"{name:<12} {seconds:6.1f}s  {shown}", flush=True)
            failed += shortfalls(name, figures, floors)
            if args.update:
                for key, floor in floors.get(name, {}).items():
                    if not key.endswith("_max") and figures.get(key, 0.0) > floor:
                        floors[name][key] = max(floor, round(figures[key] - MARGIN, 3))
    if args.update:
        doc = json.loads(FLOORS.read_text())
        doc.update(floors)
        FLOORS.write_text(json.dumps(doc, indent=2) + "\n")
    for line in failed:
        print(f"FLOOR {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
