"""Syndication: sentences that one article repeats from another, merged into passages.

Copied news text is rearranged and lightly edited ("Earlier, the BLA claimed ..." becomes "The BLA
claimed ..."), so matching is done per sentence, not per paragraph (DESIGN.md, "Passage link"):

1. every sentence of at least ``MIN_WORDS`` words becomes a set of word 3-shingles and a MinHash
   signature (datasketch ``MinHash.bulk``);
2. locality-sensitive hashing splits each signature into bands; sentences that share a band key are
   candidates. Only candidates are compared, so the cost grows with the number of sentences, not
   with its square (see ``bench/bench_dedup.py``);
3. a candidate pair is confirmed with a precise string similarity (rapidfuzz);
4. confirmed sentence pairs of one article pair that follow each other in both articles are merged
   into one passage.

``PassageIndex`` is the global step. Partial indexes built on separate partitions (Dask workers)
merge with ``PassageIndex.merge`` before ``links()`` is asked (STYLE.md: global steps merge partial
results); band keys are plain numpy arrays, so merging is concatenation.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from rapidfuzz import fuzz

from corroborator.records import Article, PassageLink, PassageSpan, Sentence

__all__ = ["PassageIndex", "find_passages", "sentence_similarity", "shingles"]

_WORD = re.compile(r"\w+", re.UNICODE)

# A sentence shorter than this is a dateline, a byline or a fragment ("Reuters reported."), which
# many unrelated articles share; it is never evidence of copying on its own.
MIN_WORDS = 6
SHINGLE = 3
# 20 bands of 3 rows: the LSH S-curve crosses 0.5 at Jaccard (1/20)^(1/3) = 0.37, so a sentence with
# one or two words changed (which kills up to six 3-shingles) is still a candidate with high
# probability, while two unrelated sentences (Jaccard near 0) almost never are.
BANDS = 20
ROWS = 3
# Confirmation threshold on the rapidfuzz score (0..1). Lightly edited copies score 0.85-1.0; two
# different sentences that share a stock phrase ("security forces said on Saturday") score < 0.7.
MIN_SIMILARITY = 0.8
# A band bucket holding more sentences than this is boilerplate repeated across the corpus; its
# members are linked to the first MAX_FANOUT members only, which keeps the work linear while every
# copy still links to the earliest ones.
MAX_FANOUT = 16
# Sentences per MinHash batch.
_BATCH = 20_000

_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)


def shingles(text: str, size: int = SHINGLE) -> list[bytes]:
    """Return the word ``size``-grams of ``text`` (lower-cased, punctuation dropped) as bytes."""
    words = _WORD.findall(text.lower())
    return [" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)]


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def sentence_similarity(a: str, b: str) -> float:
    """Return how alike two sentences are (0..1): edit similarity, or word-order-free if higher.

    ``ratio`` tolerates small edits and an added or dropped word or two ("Earlier, the BLA ..."); the
    token-sort variant tolerates clauses moved within the sentence ("..., the group added").
    """
    na, nb = _normal(a), _normal(b)
    return max(fuzz.ratio(na, nb), fuzz.token_sort_ratio(na, nb)) / 100.0


def _crc32(data: bytes) -> int:
    # A stable hash (unlike the salted built-in), so partial indexes built in other processes agree.
    return zlib.crc32(data)


def _band_keys(signatures: np.ndarray) -> np.ndarray:
    """Return one uint64 key per (sentence, band) from (n, BANDS * ROWS) uint32 MinHash signatures."""
    n = signatures.shape[0]
    sig = signatures[:, : BANDS * ROWS].astype(np.uint64).reshape(n, BANDS, ROWS)
    with np.errstate(over="ignore"):
        keys = (sig * _MIX[:ROWS]).sum(axis=2, dtype=np.uint64)
        # Salt with the band number, so equal rows in different bands are not one bucket.
        keys ^= np.arange(BANDS, dtype=np.uint64) * np.uint64(0x94D049BB133111EB)
    return keys


@dataclass(frozen=True, slots=True)
class _Doc:
    id: str
    published: str | None
    text: str


class PassageIndex:
    """A mergeable LSH index of article sentences; ``links()`` gives the copied passages."""

    def __init__(self, min_similarity: float = MIN_SIMILARITY) -> None:
        self.min_similarity = min_similarity
        self._docs: list[_Doc] = []
        self._seen: set[str] = set()
        # Per add() batch: article index, position in the article, start, end, band keys.
        self._rows: list[np.ndarray] = []
        self._keys: list[np.ndarray] = []

    def __len__(self) -> int:
        """Return the number of articles in the index."""
        return len(self._docs)

    def add(self, article: Article, sentences: Sequence[Sentence]) -> None:
        """Index the sentences of one article (an article id seen before is ignored: idempotent)."""
        self.add_many([(article, sentences)])

    def add_many(self, docs: Iterable[tuple[Article, Sequence[Sentence]]]) -> None:
        """Index many articles at once (one MinHash batch, faster than ``add`` one by one)."""
        rows: list[tuple[int, int, int, int]] = []
        sets: list[list[bytes]] = []
        for article, sentences in docs:
            if article.id in self._seen:
                continue
            self._seen.add(article.id)
            doc_index = len(self._docs)
            self._docs.append(_Doc(article.id, article.published, article.text))
            for pos, sentence in enumerate(sentences):
                text = article.text[sentence.start : sentence.end]
                grams = shingles(text)
                if len(grams) < MIN_WORDS - SHINGLE + 1:
                    continue
                rows.append((doc_index, pos, sentence.start, sentence.end))
                sets.append(grams)
            if len(rows) >= _BATCH:
                self._index(rows, sets)
                rows, sets = [], []
        if rows:
            self._index(rows, sets)

    def _index(self, rows: list[tuple[int, int, int, int]], sets: list[list[bytes]]) -> None:
        # Only the band keys are kept: the MinHash objects are dropped batch by batch, which bounds
        # memory at about BANDS * 8 bytes per sentence.
        minhashes = MinHash.bulk(sets, num_perm=BANDS * ROWS, hashfunc=_crc32)
        signatures = np.stack([m.hashvalues for m in minhashes]).astype(np.uint32)
        self._rows.append(np.asarray(rows, dtype=np.int64))
        self._keys.append(_band_keys(signatures))

    def merge(self, other: PassageIndex) -> None:
        """Add the articles of another (partial) index; articles already here are kept as they are."""
        remap = np.full(len(other._docs), -1, dtype=np.int64)
        for i, doc in enumerate(other._docs):
            if doc.id in self._seen:
                continue
            self._seen.add(doc.id)
            remap[i] = len(self._docs)
            self._docs.append(doc)
        for rows, keys in zip(other._rows, other._keys, strict=True):
            new_index = remap[rows[:, 0]]
            keep = new_index >= 0
            if not keep.any():
                continue
            moved = rows[keep].copy()
            moved[:, 0] = new_index[keep]
            self._rows.append(moved)
            self._keys.append(keys[keep])

    def _arrays(self) -> tuple[np.ndarray, np.ndarray]:
        if not self._rows:
            return np.zeros((0, 4), dtype=np.int64), np.zeros((0, BANDS), dtype=np.uint64)
        return np.concatenate(self._rows), np.concatenate(self._keys)

    def _candidates(self, rows: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """Return unique candidate sentence pairs (i, j), i < j, from different articles."""
        found: list[np.ndarray] = []
        for band in range(keys.shape[1]):
            column = keys[:, band]
            order = np.argsort(column, kind="stable")
            ordered = column[order]
            # Runs of equal keys of length >= 2 are the buckets worth looking at.
            starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
            sizes = np.diff(np.r_[starts, len(ordered)])
            # Buckets of two, by far the most common, in one vectorised step.
            twos = starts[sizes == 2]
            found.append(np.sort(np.stack([order[twos], order[twos + 1]], axis=1), axis=1))
            for start, size in zip(starts[sizes > 2], sizes[sizes > 2], strict=True):
                members = np.sort(order[start : start + size])
                heads = members[:MAX_FANOUT]
                left = np.repeat(heads, len(members))
                right = np.tile(members, len(heads))
                keep = left < right
                found.append(np.stack([left[keep], right[keep]], axis=1))
        if not found:
            return np.zeros((0, 2), dtype=np.int64)
        pairs = np.unique(np.concatenate(found), axis=0)
        different = rows[pairs[:, 0], 0] != rows[pairs[:, 1], 0]
        return pairs[different]

    def links(self) -> list[PassageLink]:
        """Return the passages copied between indexed articles, merged over adjacent sentences."""
        rows, keys = self._arrays()
        pairs = self._candidates(rows, keys)
        # (article index a, article index b) -> [(pos a, pos b, row a, row b, similarity)]
        matched: dict[tuple[int, int], list[tuple[int, int, int, int, float]]] = defaultdict(list)
        for i, j in pairs.tolist():
            di, pi, si, ei = rows[i].tolist()
            dj, pj, sj, ej = rows[j].tolist()
            doc_i, doc_j = self._docs[di], self._docs[dj]
            similarity = sentence_similarity(doc_i.text[si:ei], doc_j.text[sj:ej])
            if similarity < self.min_similarity:
                continue
            if _order_key(doc_j) < _order_key(doc_i):
                di, pi, i, dj, pj, j = dj, pj, j, di, pi, i
            matched[(di, dj)].append((pi, pj, i, j, similarity))
        links: list[PassageLink] = []
        for (di, dj), sentence_pairs in matched.items():
            links.extend(self._passages(self._docs[di], self._docs[dj], rows, sentence_pairs))
        links.sort(key=lambda link: (link.a.article_id, link.a.start, link.b.article_id, link.b.start))
        return links

    def _passages(
        self,
        doc_a: _Doc,
        doc_b: _Doc,
        rows: np.ndarray,
        sentence_pairs: list[tuple[int, int, int, int, float]],
    ) -> Iterator[PassageLink]:
        """Yield one link per run of sentence pairs that are consecutive in both articles."""
        earlier = _earlier(doc_a, doc_b)
        run: list[tuple[int, int, int, int, float]] = []
        for pair in sorted(sentence_pairs):
            if run and not (pair[0] == run[-1][0] + 1 and pair[1] == run[-1][1] + 1):
                yield _link(doc_a, doc_b, rows, run, earlier)
                run = []
            run.append(pair)
        if run:
            yield _link(doc_a, doc_b, rows, run, earlier)


def _order_key(doc: _Doc) -> tuple[str, str]:
    # Earlier-published first; undated articles after dated ones; the id breaks ties stably.
    return (doc.published or "9999", doc.id)


def _earlier(doc_a: _Doc, doc_b: _Doc) -> str | None:
    if doc_a.published and doc_b.published and doc_a.published != doc_b.published:
        return doc_a.id if doc_a.published < doc_b.published else doc_b.id
    return None


def _link(
    doc_a: _Doc,
    doc_b: _Doc,
    rows: np.ndarray,
    run: list[tuple[int, int, int, int, float]],
    earlier: str | None,
) -> PassageLink:
    start_a, end_a = int(rows[run[0][2], 2]), int(rows[run[-1][2], 3])
    start_b, end_b = int(rows[run[0][3], 2]), int(rows[run[-1][3], 3])
    similarity = sum(pair[4] for pair in run) / len(run)
    return PassageLink(
        a=PassageSpan(doc_a.id, start_a, end_a, doc_a.text[start_a:end_a]),
        b=PassageSpan(doc_b.id, start_b, end_b, doc_b.text[start_b:end_b]),
        similarity=round(similarity, 4),
        earlier=earlier,
    )


def find_passages(docs: Iterable[tuple[Article, Sequence[Sentence]]]) -> list[PassageLink]:
    """Return the passages that articles copy from each other (see ``PassageIndex``)."""
    index = PassageIndex()
    index.add_many(docs)
    return index.links()
