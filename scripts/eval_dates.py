"""Score ``corroborator.dates.find_dates`` on the TempEval-3 dev set and print the scorer's figures.

usage: python scripts/eval_dates.py [--eval-dir ../shared/eval/dates] [--verbose] [--keep EXPORT.json]
                                   [--min-f1 X] [--min-value-accuracy X]

Runs ``find_dates`` over every article of ``corpus.jsonl`` with its publication date, writes the
minimal export the scorer needs (``articles[].{id, path, text, published, dates}``) to a temporary file,
and runs ``score_dates.py`` on it. Prints the scorer's last line (precision, recall, f1,
value_accuracy, ...) followed by the speed in documents per second (recognition only, no I/O).
Exits with the scorer's status.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corroborator.dates import find_dates  # noqa: E402

DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval" / "dates"


def build_export(corpus_path: Path) -> tuple[dict[str, object], int, float]:
    """Return the minimal export for the scorer, the number of documents and the seconds spent."""
    articles = []
    with corpus_path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    started = time.perf_counter()
    for doc in docs:
        mentions = find_dates(doc["text"], doc.get("published"))
        articles.append({
            "id": doc["id"],
            "path": f"{corpus_path.name}#{doc['id']}",
            "text": doc["text"],
            "published": doc.get("published"),
            "dates": [{"text": m.text, "start": m.start, "end": m.end, "value": m.value} for m in mentions],
        })
    elapsed = time.perf_counter() - started
    return {"schema": "corroborator/1", "articles": articles}, len(docs), elapsed


def main() -> int:
    """Run the evaluation and return the scorer's exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    ap.add_argument("--verbose", "-v", action="store_true", help="print every miss, wrong value and extra")
    ap.add_argument("--keep", type=Path, help="also write the export to this path")
    ap.add_argument("--min-f1", type=float, default=0.0, help="exit 1 if detection F1 is below this")
    ap.add_argument("--min-value-accuracy", type=float, default=0.0, help="exit 1 if value accuracy is below")
    args = ap.parse_args()
    corpus = args.eval_dir / "corpus.jsonl"
    if not corpus.exists():
        print(f"error: {corpus} not found; pass --eval-dir pointing at shared/eval/dates", file=sys.stderr)
        return 2
    export, n_docs, seconds = build_export(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp) / "export.json"
        out.write_text(json.dumps(export), encoding="utf-8")
        cmd = [sys.executable, str(args.eval_dir / "score_dates.py"), str(out),
               "--corpus", str(corpus), "--gold", str(args.eval_dir / "gold.jsonl")]
        cmd += ["--min-f1", str(args.min_f1), "--min-value-accuracy", str(args.min_value_accuracy)]
        if args.verbose:
            cmd.append("--verbose")
        status = subprocess.run(cmd, check=False).returncode
    print(f"docs={n_docs} seconds={seconds:.2f} docs_per_s={n_docs / seconds:.1f}")
    return status


if __name__ == "__main__":
    sys.exit(main())
