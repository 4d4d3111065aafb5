"""Benchmark (not a test): syndication finding cost per article as the corpus grows.

Synthesises corpora of N articles (10 sentences of 12-24 words from a Zipf-like vocabulary); a
known share of articles copy 3 consecutive sentences of an earlier article, lightly edited (a word
added in front, a word replaced). For each size it reports, from a fresh process so peak memory is
that run's own: seconds, milliseconds per article, peak RSS after synthesising the corpus
("corpus MB") and after finding the links ("peak MB"; the difference is the index), links found and recall of the planted
copies; and side by side, where feasible, a naive all-pairs baseline (every sentence against every
other with the same rapidfuzz similarity).

    .venv/bin/python bench/bench_dedup.py                      # sizes 1000 10000 100000
    .venv/bin/python bench/bench_dedup.py --sizes 1000 5000 --naive-max 2000
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import time
from collections.abc import Sequence

import numpy as np

from corroborator.dedup import MIN_SIMILARITY, PassageIndex, sentence_similarity
from corroborator.records import Article, Sentence

SENTENCES = 10
COPY_SHARE = 0.2
COPIED = 3


def synthesise(n: int, seed: int = 7) -> tuple[list[tuple[Article, list[Sentence]]], set[tuple[str, str]]]:
    """Return n articles with their sentences, and the (original id, copy id) pairs planted."""
    rng = np.random.default_rng(seed)
    vocabulary = [f"w{i}" for i in range(50_000)]
    # Zipf-like word frequencies, so common words recur across unrelated sentences as in news.
    weights = 1.0 / np.arange(1, len(vocabulary) + 1) ** 1.05
    weights /= weights.sum()
    lengths = rng.integers(12, 25, size=n * SENTENCES)
    words = rng.choice(len(vocabulary), size=int(lengths.sum()), p=weights)
    bodies: list[list[str]] = []
    cursor = 0
    for i in range(n):
        sentences = []
        for k in range(SENTENCES):
            length = int(lengths[i * SENTENCES + k])
            sentences.append(" ".join(vocabulary[w] for w in words[cursor : cursor + length]).capitalize() + ".")
            cursor += length
        bodies.append(sentences)
    planted: set[tuple[str, str]] = set()
    for i in range(1, n):
        if rng.random() >= COPY_SHARE:
            continue
        source = int(rng.integers(0, i))
        first = int(rng.integers(0, SENTENCES - COPIED + 1))
        at = int(rng.integers(0, SENTENCES - COPIED + 1))
        for k in range(COPIED):
            tokens = bodies[source][first + k].rstrip(".").split()
            # Light edits: a replaced word, and sometimes a lead-in word ("Earlier, ...").
            tokens[int(rng.integers(0, len(tokens)))] = "edited"
            if rng.random() < 0.5:
                tokens.insert(0, "Earlier,")
            bodies[i][at + k] = " ".join(tokens) + "."
        planted.add((f"a{source}", f"a{i}"))
    docs = []
    for i, sentences in enumerate(bodies):
        text = " ".join(sentences)
        spans, start = [], 0
        for sentence in sentences:
            spans.append(Sentence(start, start + len(sentence), sentence))
            start += len(sentence) + 1
        docs.append((Article(f"a{i}", f"a{i}", None, None, None, None, text), spans))
    return docs, planted


def run_index(docs: Sequence[tuple[Article, list[Sentence]]]) -> set[tuple[str, str]]:
    """Return the article pairs linked by PassageIndex."""
    index = PassageIndex()
    index.add_many(docs)
    return {_pair(link.a.article_id, link.b.article_id) for link in index.links()}


def run_naive(docs: Sequence[tuple[Article, list[Sentence]]]) -> set[tuple[str, str]]:
    """Return the article pairs linked by comparing every sentence with every other (quadratic)."""
    from rapidfuzz import fuzz, process

    owners = [article.id for article, sentences in docs for _ in sentences]
    texts = [" ".join(s.text.lower().rstrip(".").replace(",", "").split()) for _, ss in docs for s in ss]
    cutoff = int(MIN_SIMILARITY * 100)
    found: set[tuple[str, str]] = set()
    for lo in range(0, len(texts), 2000):
        scores = process.cdist(texts[lo : lo + 2000], texts, scorer=fuzz.ratio, score_cutoff=cutoff,
                               dtype=np.uint8, workers=1)
        for i, j in zip(*np.nonzero(scores), strict=True):
            if owners[lo + i] != owners[j] and sentence_similarity(texts[lo + i], texts[j]) >= MIN_SIMILARITY:
                found.add(_pair(owners[lo + i], owners[j]))
    return found


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if int(a[1:]) < int(b[1:]) else (b, a)


def _measure(method: str, n: int, out: mp.Queue) -> None:
    docs, planted = synthesise(n)
    corpus_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    found = run_index(docs) if method == "lsh" else run_naive(docs)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    recall = len(found & planted) / len(planted) if planted else 1.0
    out.put((method, n, seconds, corpus_mb, peak_mb, len(found), recall))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--naive-max", type=int, default=1000, help="largest size to run all-pairs on")
    args = parser.parse_args()
    context = mp.get_context("spawn")
    print(f"{'method':<7}{'articles':>10}{'seconds':>10}{'ms/article':>12}{'corpus MB':>10}{'peak MB':>10}{'pairs':>9}{'recall':>8}")
    for n in args.sizes:
        for method in ("lsh", "naive"):
            if method == "naive" and n > args.naive_max:
                print(f"{method:<7}{n:>10}{'(skipped: quadratic, infeasible)':>50}")
                continue
            queue: mp.Queue = context.Queue()
            process = context.Process(target=_measure, args=(method, n, queue))
            process.start()
            method_, n_, seconds, corpus, peak, pairs, recall = queue.get()
            process.join()
            print(f"{method_:<7}{n_:>10}{seconds:>10.2f}{1000 * seconds / n_:>12.3f}{corpus:>10.0f}{peak:>10.0f}{pairs:>9}{recall:>8.3f}")


if __name__ == "__main__":
    main()
