"""Score story clustering on the ECB+ stories set (../shared/eval/stories).

Builds one StoryDoc per corpus article with corroborator.cluster.story_doc (the same mapping the
pipeline should use) from whatever extractors exist: corroborator.places, .dates, .actors when
importable, else spaCy GPE/LOC as places; spaCy PERSON/ORG/FAC/EVENT/... always give the other
named entities. Then runs cluster_stories, writes a minimal export and runs the scorer on it.

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

from corroborator.cluster import THRESHOLD, StoryDoc, cluster_stories, story_doc
from corroborator.records import Article, Extraction, PlaceMention

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


def _places(find_places: Callable[..., Any], text: str, parsed: Any) -> list[Any]:
    """Return find_places(text), reusing the spaCy parse when the extractor accepts one."""
    try:
        return list(find_places(text, parsed))
    except TypeError:
        return list(find_places(text))


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
            places = tuple(_places(find_places, text, parsed))
        else:
            # spaCy cannot say how precise a place is: keep every GPE/LOC as a locality.
            places = tuple(PlaceMention(t, 0, 0, name=t, precision=1) for label, t in ents if label in PLACE_LABELS)
        dates = tuple(find_dates(text, published)) if find_dates is not None else ()
        actors = tuple(find_actors(text)) if find_actors is not None else ()
        article = Article(row["id"], row["id"], row.get("source"), row.get("url"), published, row.get("title"), text)
        extraction = Extraction(article, (), places, dates, actors)
        docs.append(story_doc(extraction, [t for label, t in ents if label in ENTITY_LABELS]))
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
