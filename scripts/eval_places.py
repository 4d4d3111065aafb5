"""Score corroborator.places.find_places on the places evaluation set (GeoWebNews + TR-News).

usage: .venv/bin/python scripts/eval_places.py [--eval DIR] [--out export.json] [--verbose] [--limit N]

Runs find_places over DIR/corpus.jsonl (default ../shared/eval/places beside the checkout), writes a
minimal export ({"articles": [{id, path, text, places}]}) and runs DIR/score_places.py on it; prints the
scorer's lines and the throughput in articles per second.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corroborator import nlp  # noqa: E402
from corroborator.places import find_places  # noqa: E402

PLACE_KEYS = ("text", "start", "end", "name", "country", "admin1", "admin2", "latitude", "longitude",
              "geonameid")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval" / "places")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    corpus_path = args.eval / "corpus.jsonl"
    if not corpus_path.exists():
        print(f"no evaluation data at {corpus_path}: pass --eval DIR", file=sys.stderr)
        return 2
    with corpus_path.open(encoding="utf-8") as fh:
        corpus = [json.loads(line) for line in fh if line.strip()]
    if args.limit:
        corpus = corpus[: args.limit]

    t0 = time.perf_counter()
    pipeline = nlp.load(disable=("parser", "lemmatizer"))
    t_load = time.perf_counter() - t0
    articles = []
    in_places = 0.0
    t1 = time.perf_counter()
    for art, doc in zip(corpus, pipeline.pipe(a["text"] for a in corpus), strict=True):
        t2 = time.perf_counter()
        mentions = find_places(art["text"], doc)
        in_places += time.perf_counter() - t2
        places = [{k: v for k, v in asdict(p).items() if k in PLACE_KEYS} for p in mentions]
        articles.append({"id": art["id"], "path": f"{corpus_path}#{art['id']}", "text": art["text"],
                         "places": places})
    elapsed = time.perf_counter() - t1

    out = args.out or Path(tempfile.mkdtemp()) / "export.json"
    out.write_text(json.dumps({"articles": articles}), encoding="utf-8")
    cmd = [sys.executable, str(args.eval / "score_places.py"), str(out)] + (["--verbose"] if args.verbose else [])
    result = subprocess.run(cmd, check=False)
    print(f"articles={len(articles)} seconds={elapsed:.1f} articles_per_s={len(articles) / elapsed:.1f} "
          f"(spaCy tagger + NER included; find_places alone {in_places:.1f} s = "
          f"{len(articles) / in_places:.0f} articles/s; model load {t_load:.1f} s) export={out}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
