#!/usr/bin/env python3
"""Benchmark: corroborator's per-article stages against a spaCy full pipeline over all text.

Both run in this one process over the same articles (the shared claims and stories corpora, or the
bundled sample when ../shared is absent), alternating, each repeated; the median is reported. This
is a benchmark, not a test: these machines are shared and noisy, so read the two rows against each
other, not against a number from another day.

Rows:
  corroborator  ingest-cleaned articles through process_article (figures, claims with the parser on
                candidate sentences only, places, dates, actors, event type)
  spacy-full    nlp.pipe over every article's whole text with all components (tagger, parser, NER):
                what extracting claims by parsing everything would cost at the least

usage: bench/bench_pipeline.py [--repeat N] [--limit N]
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corroborator import ingest, nlp, pipeline  # noqa: E402
from corroborator.records import Article  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"


def corpus(limit: int) -> list[Article]:
    paths = [SHARED / "claims" / "corpus", SHARED / "stories" / "corpus.jsonl"]
    if not SHARED.is_dir():
        paths = [ROOT / "sample" / "corpus"]
    items = [a for a in ingest.read_paths([str(p) for p in paths if p.exists()]) if isinstance(a, Article)]
    return items[:limit]


def measure(work: Callable[[], None]) -> tuple[float, int]:
    """Return (seconds, peak traced bytes) of one run of ``work``."""
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    articles = corpus(args.limit)
    words = sum(len(a.text.split()) for a in articles)
    full = nlp.load()
    pipeline.process_article(articles[0])  # load every model and gazetteer before timing

    def ours() -> None:
        for a in articles:
            pipeline.process_article(a)

    def spacy_full() -> None:
        for _ in full.pipe((a.text for a in articles), batch_size=32):
            pass

    runs: dict[str, list[tuple[float, int]]] = {"corroborator": [], "spacy-full": []}
    for _ in range(args.repeat):
        runs["corroborator"].append(measure(ours))
        runs["spacy-full"].append(measure(spacy_full))
    print(f"{len(articles)} articles, {words} words, median of {args.repeat} runs, one process")
    print(f"{'row':<14}{'articles/s':>12}{'words/s':>12}{'seconds':>10}{'peak MiB':>10}")
    rows: dict[str, float] = {}
    for name, results in runs.items():
        seconds = statistics.median(r[0] for r in results)
        peak = statistics.median(r[1] for r in results) / 2**20
        rows[name] = seconds
        print(f"{name:<14}{len(articles) / seconds:>12.1f}{words / seconds:>12.0f}{seconds:>10.2f}{peak:>10.1f}")
    print(f"corroborator runs in {rows['corroborator'] / rows['spacy-full']:.2f}x the time of spacy-full")
    print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
