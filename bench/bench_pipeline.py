#!/usr/bin/env python3
"""Benchmark: corroborator's per-article stages against a spaCy full pipeline over all text.

Both run in this one process over the same articles (the shared claims and stories corpora, or the
bundled sample when ../shared is absent), alternating, each repeated; the median is reported. This
is a benchmark, not a test: these machines are shared and noisy, so read the two rows against each
other, not against a number from another day.

Rows:
  claims        segment and extract claims only (figures everywhere, the parser on the sentences the
                pre-filter keeps): issue 3's extraction
  corroborator  every per-article stage through process_article (clean, segment, places, dates,
                actors, claims, event type)
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corroborator import claims, ingest, nlp, pipeline, segment  # noqa: E402
from corroborator.records import Article  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"


def corpus(limit: int) -> list[Article]:
    paths = [SHARED / "claims" / "corpus", SHARED / "stories" / "corpus.jsonl"]
    if not SHARED.is_dir():
        paths = [ROOT / "sample" / "corpus"]
    items = [a for a in ingest.read_paths([str(p) for p in paths if p.exists()]) if isinstance(a, Article)]
    return items[:limit]


def timed(work: Callable[[], None]) -> float:
    """Return the seconds of one run of ``work`` (no tracing: it would slow Python code far more
    than spaCy's compiled code and skew the comparison)."""
    gc.collect()
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def traced_peak(work: Callable[[], None]) -> int:
    """Return the peak bytes Python allocated during one run of ``work`` (a separate run)."""
    gc.collect()
    tracemalloc.start()
    work()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    articles = corpus(args.limit)
    words = sum(len(a.text.split()) for a in articles)
    full = nlp.load()
    pipeline.process_article(articles[0])  # load every model and gazetteer before timing

    def ours() -> None:
        for a in articles:
            pipeline.process_article(a)

    def claims_only() -> None:
        for a in articles:
            claims.extract_claims(a, segment.segment(a.text))

    def spacy_full() -> None:
        for _ in full.pipe((a.text for a in articles), batch_size=32):
            pass

    rows = {"claims": claims_only, "corroborator": ours, "spacy-full": spacy_full}
    seconds: dict[str, list[float]] = {name: [] for name in rows}
    for _ in range(args.repeat):
        for name, work in rows.items():  # alternate, so both see the same machine load
            seconds[name].append(timed(work))
    peaks = {name: traced_peak(work) for name, work in rows.items()}
    print(f"{len(articles)} articles, {words} words, median of {args.repeat} runs, one process")
    print(f"{'row':<14}{'articles/s':>12}{'words/s':>12}{'seconds':>10}{'peak MiB':>10}")
    median = {name: statistics.median(values) for name, values in seconds.items()}
    for name, secs in median.items():
        peak = peaks[name] / 2**20
        print(f"{name:<14}{len(articles) / secs:>12.1f}{words / secs:>12.0f}{secs:>10.2f}{peak:>10.1f}")
    rows_time = median
    for name in ("claims", "corroborator"):
        print(f"{name} runs in {rows_time[name] / rows_time['spacy-full']:.2f}x the time of spacy-full")
    print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
