"""Score ``corroborator.event_types.classify_event`` on the CASE 2021 Task 2 dev split.

usage: .venv/bin/python scripts/eval_types.py [--shared ../shared] [--out export.json] [--verbose]
                                              [--confusion] [--misses]

Runs the classifier once per article of ``eval/types/corpus.jsonl`` and writes the smallest export
the scorer reads (one article, one story and one event per snippet), then runs
``eval/types/score_types.py`` on it and prints its output and the classifier's speed. ``--confusion``
adds the most frequent (gold, predicted) confusions; ``--misses`` prints every miss with its full text.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
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


def _case_code(name: str) -> str:
    """Return the CASE code of a sub-event type name (the scorer's table, simplified)."""
    table = {
        "armed clash": "ARMED_CLASH", "government regains territory": "GOV_REGAINS_TERIT",
        "non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER", "chemical weapon": "CHEM_WEAP",
        "air/drone strike": "AIR_STRIKE", "suicide bomb": "SUIC_BOMB",
        "shelling/artillery/missile attack": "ART_MISS_ATTACK", "remote explosive/landmine/ied": "REM_EXPLOS",
        "grenade": "GRENADE", "sexual violence": "SEX_VIOL", "attack": "ATTACK",
        "abduction/forced disappearance": "ABDUCT_DISSAP", "peaceful protest": "PEACE_PROTEST",
        "protest with intervention": "PROTEST_WITH_INTER", "excessive force against protesters": "FORCE_AGAINST_PROTEST",
        "violent demonstration": "VIOL_DEMONSTR", "mob violence": "MOB_VIOL", "agreement": "AGREEMENT",
        "arrests": "ARREST", "change to group/activity": "CHANGE_TO_GROUP_ACT", "disrupted weapons use": "DISR_WEAP",
        "headquarters or base established": "HQ_ESTABLISHED", "looting/property destruction": "PROPERTY_DISTRUCT",
        "non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER", "other": "OTHER",
        "organized crime": "ORG_CRIME", "natural disaster": "NATURAL_DISASTER", "man-made disaster": "MAN_MADE_DISASTER",
        "diplomatic event": "DIPLO", "attribution of responsibility": "ATTRIB",
    }
    return table.get(name.lower(), name)


def report_confusion(folder: Path, corpus: list[dict[str, str]], export: dict[str, object],
                     show_misses: bool) -> None:
    """Print the confusion counts (gold -> predicted), and every miss in full when ``show_misses``."""
    gold_path = folder / "gold.jsonl"
    gold = {g["id"]: g["label"] for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()) if g}
    events = export["events"]
    assert isinstance(events, list)
    pairs: Counter[tuple[str, str]] = Counter()
    for rec, event in zip(corpus, events, strict=True):
        want, got = gold.get(rec["id"], "?"), _case_code(str(event["sub_event_type"]))
        if want != got:
            pairs[(want, got)] += 1
            if show_misses:
                print(f"{rec['id']}  gold={want}  got={got}\n    {rec['text']}\n")
    print("confusions (gold -> predicted):")
    for (want, got), n in pairs.most_common():
        print(f"  {n:3d}  {want} -> {got}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=None, help="where to write the export (default: a temp file)")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--confusion", action="store_true", help="print the (gold -> predicted) confusion counts")
    ap.add_argument("--misses", action="store_true", help="print every miss with its full snippet")
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
    if args.confusion or args.misses:
        report_confusion(folder, corpus, export, show_misses=args.misses)
    cmd = [sys.executable, str(folder / "score_types.py"), str(out)] + (["--verbose"] if args.verbose else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
