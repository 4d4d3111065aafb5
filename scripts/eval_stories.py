"""Score story clustering on the ECB+ stories set (../shared/eval/stories).

Builds one StoryDoc per corpus article from whatever extractors exist (corroborator.places,
.dates, .actors when importable; otherwise spaCy NER through corroborator.nlp: GPE/LOC as places,
PERSON/ORG/FAC/EVENT/... as entities, DATE via corroborator.dates when present), runs
cluster_stories, writes a minimal export and runs the scorer on it.

    .venv/bin/python scripts/eval_stories.py [--corpus PATH] [--out export.json] [--threshold X]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from corroborator.cluster import THRESHOLD, StoryDoc, cluster_stories

SHARED = Path(__file__).resolve().parents[2] / "shared"
STORIES = SHARED / "eval" / "stories"
# spaCy labels kept as "other named entities" when no dedicated extractor exists.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """Return ``module.name`` if that extractor exists and imports, else None."""
    try:
        imported = __import__(f"corroborator.{module}", fromlist=[name])
    except Exception:  # another engineer's module may be absent or half-written
        return None
    found = getattr(imported, name, None)
    return found if callable(found) else None


def story_docs(rows: Sequence[dict[str, Any]]) -> list[StoryDoc]:
    """Return one StoryDoc per corpus row, with places, dates, actors and entities extracted."""
    find_places = _optional("places", "find_places")
    find_dates = _optional("dates", "find_dates")
    find_actors = _optional("actors", "find_actors")
    from corroborator.nlp import load

    nlp = load(disable=("lemmatizer",))
    texts = [row["text"] for row in rows]
    docs = []
    for row, parsed in zip(rows, nlp.pipe(texts, batch_size=32), strict=True):
        text, published = row["text"], row.get("published")
        ents = [(e.label_, " ".join(e.text.split())) for e in parsed.ents]
        if find_places is not None:
            places = tuple(p.name or p.text for p in find_places(text))
        else:
            places = tuple(t for label, t in ents if label in PLACE_LABELS)
        if find_dates is not None:
            dates = tuple(d.value for d in find_dates(text, published) if d.value)
        else:
            dates = ()
        actors = tuple(a.name for a in find_actors(text)) if find_actors is not None else ()
        entities = tuple(t for label, t in ents if label in ENTITY_LABELS)
        docs.append(
            StoryDoc(row["id"], row.get("title"), text, published, places, dates, actors, entities)
        )
    return docs


def export(rows: Sequence[dict[str, Any]], stories: dict[str, str], corpus: Path) -> dict[str, Any]:
    """Return the minimal export the scorer reads: articles (id, path, text) and stories."""
    members: dict[str, list[str]] = {}
    for article_id, story in stories.items():
        members.setdefault(story, []).append(article_id)
    return {
        "schema": "corroborator/1",
        "articles": [
            {"id": row["id"], "path": f"{corpus}#{row['id']}", "title": row.get("title"),
             "published": row.get("published"), "text": row["text"]}
            for row in rows
        ],
        "stories": [{"id": story, "article_ids": sorted(ids)} for story, ids in sorted(members.items())],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=STORIES / "corpus.jsonl")
    parser.add_argument("--scorer", type=Path, default=STORIES / "score_stories.py")
    parser.add_argument("--out", type=Path, default=Path("stories_export.json"))
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"error: {args.corpus} not found: check out ../shared beside the repository", file=sys.stderr)
        return 2
    with args.corpus.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    stories = cluster_stories(story_docs(rows), threshold=args.threshold)
    args.out.write_text(json.dumps(export(rows, stories, args.corpus)), encoding="utf-8")
    command = [sys.executable, str(args.scorer), str(args.out)] + (["--verbose"] if args.verbose else [])
    return subprocess.call(command)


if __name__ == "__main__":
    raise SystemExit(main())
