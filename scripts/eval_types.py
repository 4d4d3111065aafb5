"""Score ``corroborator.event_types.classify_event`` on the CASE 2021 Task 2 dev split.

usage: .venv/bin/python scripts/eval_types.py [--shared ../shared] [--out export.json] [--verbose]

Runs the classifier once per article of ``eval/types/corpus.jsonl`` and writes the smallest export
the scorer reads (one article, one story and one event per snippet), then runs
``eval/types/score_types.py`` on it and prints its output and the classifier's speed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corroborator.event_types import classify_event

REPO = Path(__file__).resolve().parents[1]


def build_export(corpus: list[dict[str, str]]) -> tuple[dict[str, object], float]:
    """Return the minimal export for ``corpus`` and the seconds spent classifying."""
    articles: list[dict[str, object]] = []
    stories: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    spent = 0.0
    for i, rec in enumerate(corpus):
        t0 = time.perf_counter()
        event_type, sub_event_type = classify_event(rec["text"])
        spent += time.perf_counter() - t0
        aid, sid, eid = f"a{i}", f"s{i}", f"e{i}"
        articles.append({"id": aid, "path": f"corpus.jsonl#{rec['id']}", "title": rec.get("title"),
                         "text": rec["text"]})
        stories.append({"id": sid, "title": rec.get("title"), "article_ids": [aid], "event_ids": [eid]})
        events.append({"id": eid, "story_id": sid, "event_type": event_type,
                       "sub_event_type": sub_event_type, "claim_ids": []})
    export: dict[str, object] = {"schema": "corroborator/1", "articles": articles, "claims": [], "events": events,
              "stories": stories, "syndication": []}
    return export, spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=None, help="where to write the export (default: a temp file)")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    folder = args.shared / "eval" / "types"
    corpus_path = folder / "corpus.jsonl"
    if not corpus_path.exists():
        print(f"error: {corpus_path} not found; pass --shared pointing at the shared folder", file=sys.stderr)
        return 2
    corpus = [json.loads(line) for line in corpus_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    export, spent = build_export(corpus)
    out = args.out or Path(tempfile.mkdtemp()) / "export_types.json"
    out.write_text(json.dumps(export), encoding="utf-8")
    print(f"classified {len(corpus)} snippets in {spent:.2f}s ({len(corpus) / max(spent, 1e-9):.0f}/s)")
    cmd = [sys.executable, str(folder / "score_types.py"), str(out)] + (["--verbose"] if args.verbose else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
