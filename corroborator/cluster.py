"""Story clustering: articles about one real-world incident form one story.

Two incidents of the same kind (two bank bombings, two earthquakes in southern Iran) share most of
their vocabulary; what tells them apart is who, where and when (ECB+ was built around exactly this
trap; see /work/shared/eval/stories/README.md). So each article becomes one TF-IDF vector over
three kinds of features:

- content words of the title and body;
- named things: resolved places, actors and other entities (people, organisations), weighted up
  because one shared rare name says more than one shared rare word;
- when: the year and month of the publication date and of dated mentions, weighted like names.

IDF makes a name shared by both events of a topic ("Greece", "police") count little and a name of
one event ("Woodburn", "Tara Reid") count much. Articles are then grouped by average-link
agglomerative clustering over the cosine similarities of *candidate* pairs only: two articles are
candidates when they share one of their highest-weighted features (blocking through an inverted
index with capped posting lists), so the work grows with the corpus, not with its square.

``existing`` (article id → story id of articles already stored) makes runs incremental: articles
of one stored story start as one cluster, two stored stories never merge, and new articles join a
stored story when they are close enough to it on average.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from corroborator.records import Extraction

__all__ = ["StoryDoc", "cluster_stories", "similarities", "story_doc", "story_features"]

# Calibrated together on the ECB+ dev set (eval/stories, topics 1-22) and meant to be read as a set:
# names and dates weigh ENTITY_WEIGHT times a content word of equal IDF; two clusters join while
# their average cosine is at least THRESHOLD. Grid searched: ENTITY_WEIGHT {1.5, 2, 3} x DATE_WEIGHT
# {2, 3, 4} x THRESHOLD 0.20-0.25; (2, 3) gives B-cubed F1 0.950 on the whole plateau 0.21-0.23 and
# 0.94 at its edges, so the middle was taken rather than the single best cell (scripts/eval_stories.py).
ENTITY_WEIGHT = 2.0
DATE_WEIGHT = 3.0
THRESHOLD = 0.22
# Average link leaves some articles alone or in pairs: a short item, or one written from another
# angle, shares too few words with any single article. Such a small cluster (at most ATTACH_SIZE
# articles) joins the larger cluster it is on average closest to when that closeness is at least
# ATTACH_MIN and ATTACH_MARGIN times that to the runner-up: the nearest story is unambiguous (the
# "merge step" of Miranda et al. 2018 news-stream clustering does the same job).
ATTACH_SIZE = 2
ATTACH_MIN = 0.08
ATTACH_MARGIN = 1.5
# Evidence: two reports of one incident share a specific name (a locality, a person, an
# organisation that is not one of the sides) or, failing that, a good part of their wording. Short
# items of one campaign ("al-Shabab fighters attacked the base of ...", one per town) share only a
# side's name and a few common words, and their cosine is high because they are short; a pair that
# shares no place or entity and fewer than MIN_SHARED features is no candidate. Measured through
# the pipeline: the CASE 2021 snippets (types eval, 510 one-incident items of 35 words) kept apart
# (types weighted F1 0.664 -> 0.771), ECB+ (stories eval) unchanged at 0.951-0.954; 5 and 9 gave
# 0.725/0.950 and 0.764/0.946.
MIN_SHARED = 7
_SPECIFIC = ("p:", "e:")
# Blocking: each article is indexed under its TOP_FEATURES highest-weighted features; a feature
# carried by more than MAX_POSTING articles (a common word at corpus scale) gives no candidates, so
# an article has at most TOP_FEATURES * MAX_POSTING candidates. On eval/stories MAX_POSTING 50, 100
# and 200 give the same clustering; TOP_FEATURES 20 instead of 30 moves F1 by -0.004.
TOP_FEATURES = 30
MAX_POSTING = 50

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_YEAR_MONTH = re.compile(r"^(\d{4})(?:-(\d{2}))?")
# "1336 GMT" read as a year by a date tagger: only years of modern news count.
_YEARS = range(1900, 2101)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """What story clustering needs to know about one article."""

    article_id: str
    title: str | None
    text: str
    published: str | None = None
    places: tuple[str, ...] = ()  # resolved place names, e.g. "Athens, Greece"
    dates: tuple[str, ...] = ()  # ISO / TIMEX3 values of the date mentions
    actors: tuple[str, ...] = ()  # normalised actor names
    entities: tuple[str, ...] = ()  # other named entities: people, organisations


def story_doc(extraction: Extraction, entities: Sequence[str] = ()) -> StoryDoc:
    """Return the StoryDoc of one extraction; ``entities`` are other names (people, organisations).

    Only places of ACLED geo-precision 1-2 (locality, district, nearby) are kept: a country or
    province is shared by both incidents of an ECB+ topic and by a region's whole news flow, so it
    separates incidents no better than a common word, and it raises every similarity. Measured on
    eval/stories at the default weights: B-cubed F1 0.950 with localities only; 0.908 with every
    place written "name, country"; 0.948 without ``entities``.
    """
    article = extraction.article
    # A side (an armed group, a state's forces) recurs across the incidents of a campaign, so it is
    # an actor feature only, never also an entity that would count as a specific shared name.
    sides = {_name(a.text) for a in extraction.actors} | {_name(a.name) for a in extraction.actors}
    return StoryDoc(
        article_id=article.id,
        title=article.title,
        text=article.text,
        published=article.published,
        places=tuple(p.name or p.text for p in extraction.places if p.precision != 3),
        dates=tuple(d.value for d in extraction.dates if d.value),
        actors=tuple(a.name for a in extraction.actors),
        entities=tuple(x for x in entities if _name(x) not in sides),
    )


def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # spaCy is a dependency, but clustering itself does not need it
        return frozenset()
    return frozenset(STOP_WORDS)


_STOP = _stop_words()


def _name(text: str) -> str:
    """Return a name in one spelling: lower case, no leading article or possessive ("the Red Sox's")."""
    name = " ".join(text.lower().split())
    return _POSSESSIVE.sub("", _ARTICLE.sub("", name))


def story_features(doc: StoryDoc) -> dict[str, float]:
    """Return the raw (pre-IDF) feature weights of one article: words, names and dates."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall(f"{doc.title or ''}\n{doc.text}".lower()):
        if word not in _STOP:
            counts["w:" + word] += 1
    features = {key: 1.0 + math.log(n) for key, n in counts.items()}
    names: Counter[str] = Counter()
    for kind, values in (("p:", doc.places), ("a:", doc.actors), ("e:", doc.entities)):
        for value in values:
            name = _name(value or "")
            if name:
                names[kind + name] += 1
    for key, n in names.items():
        features[key] = ENTITY_WEIGHT * (1.0 + math.log(n))
    when: Counter[str] = Counter()
    for value in (*doc.dates, *((doc.published,) if doc.published else ())):
        match = _YEAR_MONTH.match(value or "")
        if match and int(match[1]) in _YEARS:
            when["y:" + match[1]] += 1
            if match[2]:
                when[f"m:{match[1]}-{match[2]}"] += 1
    for key, n in when.items():
        features[key] = DATE_WEIGHT * (1.0 + math.log(n))
    return features


def _tfidf(raw: Sequence[dict[str, float]]) -> list[dict[str, float]]:
    """Return L2-normalised TF-IDF vectors; IDF over the documents given (smoothed, as sklearn)."""
    df: Counter[str] = Counter()
    for features in raw:
        df.update(features.keys())
    n = len(raw)
    vectors = []
    for features in raw:
        vector = {k: w * (math.log((1 + n) / (1 + df[k])) + 1.0) for k, w in features.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({k: v / norm for k, v in vector.items()})
    return vectors


def _candidates(vectors: Sequence[dict[str, float]]) -> set[tuple[int, int]]:
    """Return the pairs (i < j) that share one of their top-weighted features (blocking)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for key in heapq.nlargest(TOP_FEATURES, vector, key=vector.__getitem__):
            postings[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) > MAX_POSTING:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pairs.add((i, j) if i < j else (j, i))
    return pairs


def _matrix(vectors: Sequence[dict[str, float]]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Return the vectors as one sparse row matrix (columns in first-seen feature order) and a
    0/1 vector marking the columns of specific names (``_SPECIFIC``)."""
    columns: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for vector in vectors:
        for key, value in vector.items():
            indices.append(columns.setdefault(key, len(columns)))
            data.append(value)
        indptr.append(len(indices))
    width = max(len(columns), 1)
    specific = np.zeros(width)
    specific[[i for key, i in columns.items() if key.startswith(_SPECIFIC)]] = 1.0
    return sparse.csr_matrix((data, indices, indptr), shape=(len(vectors), width)), specific


def similarities(docs: Sequence[StoryDoc]) -> dict[tuple[int, int], float]:
    """Return the cosine similarity of every candidate pair (i < j) of ``docs`` that shares enough
    evidence: a specific name, or at least MIN_SHARED features."""
    vectors = _tfidf([story_features(doc) for doc in docs])
    pairs = sorted(_candidates(vectors))
    if not pairs:
        return {}
    matrix, specific = _matrix(vectors)
    index = np.asarray(pairs, dtype=np.int64)
    out: dict[tuple[int, int], float] = {}
    # Row-wise dot products of the paired rows, in chunks to bound memory. TF-IDF weights are
    # positive, so the stored entries of a product row are exactly the features the pair shares.
    for lo in range(0, len(index), 50_000):
        chunk = index[lo : lo + 50_000]
        product = sparse.csr_matrix(matrix[chunk[:, 0]].multiply(matrix[chunk[:, 1]]))
        sims = np.asarray(product.sum(axis=1)).ravel()
        shared = product.getnnz(axis=1)
        names = (product != 0).astype(np.float64) @ specific
        keep = (shared >= MIN_SHARED) | (names > 0)
        for k in np.flatnonzero(keep).tolist():
            out[pairs[lo + k]] = float(sims[k])
    return out


def _average_link(
    edges: Mapping[tuple[int, int], float],
    start: Sequence[int],
    fixed: Mapping[int, str],
    threshold: float,
) -> list[int]:
    """Return a cluster number per item after average-link merging over a sparse similarity graph.

    ``start`` gives the initial cluster of each item; ``fixed`` marks initial clusters that carry a
    stored story id: two of them never merge. Pairs absent from ``edges`` count as similarity 0.
    """
    size: Counter[int] = Counter(start)
    label = dict(fixed)
    # Sum of similarities between two clusters; average = sum / (size_a * size_b).
    link: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), sim in edges.items():
        a, b = start[i], start[j]
        if a != b:
            link[a][b] = link[a].get(b, 0.0) + sim
            link[b][a] = link[a][b]
    heap = [(-s / (size[a] * size[b]), a, b) for a in link for b, s in link[a].items() if a < b]
    heapq.heapify(heap)
    parent = {c: c for c in size}
    next_id = max(size, default=-1) + 1
    while heap:
        negative, a, b = heapq.heappop(heap)
        if -negative < threshold:
            break
        if parent[a] != a or parent[b] != b:
            continue  # stale: one side was merged already
        current = link[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + negative) > 1e-12:
            continue  # stale: the pair's average changed
        if a in label and b in label and label[a] != label[b]:
            continue  # two stored stories stay apart
        merged, next_id = next_id, next_id + 1
        parent[a] = parent[b] = merged
        parent[merged] = merged
        size[merged] = size[a] + size[b]
        if a in label or b in label:
            label[merged] = label.get(a) or label[b]
        neighbours = (set(link[a]) | set(link[b])) - {a, b}
        for c in neighbours:
            total = link[a].get(c, 0.0) + link[b].get(c, 0.0)
            link[merged][c] = link[c][merged] = total
            link[c].pop(a, None)
            link[c].pop(b, None)
            heapq.heappush(heap, (-total / (size[merged] * size[c]), min(merged, c), max(merged, c)))
        del link[a], link[b]

    def root(c: int) -> int:
        while parent[c] != c:
            c = parent[c]
        return c

    return [root(c) for c in start]


def _attach(
    roots: Sequence[int],
    edges: Mapping[tuple[int, int], float],
    fixed: Mapping[int, str],
    start: Sequence[int],
) -> list[int]:
    """Return ``roots`` with small clusters moved into their unambiguously nearest larger cluster."""
    size = Counter(roots)
    # A cluster holding a stored story keeps its articles where they are.
    stored = {roots[i] for i, c in enumerate(start) if c in fixed}
    totals: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), sim in edges.items():
        a, b = roots[i], roots[j]
        if a != b:
            totals[a][b] = totals[a].get(b, 0.0) + sim
            totals[b][a] = totals[b].get(a, 0.0) + sim
    move: dict[int, int] = {}
    for cluster, n in size.items():
        if n > ATTACH_SIZE or cluster in stored:
            continue
        averages = sorted(
            ((total / (n * size[other]), other) for other, total in totals[cluster].items()
             if size[other] > ATTACH_SIZE),
            reverse=True,
        )
        if not averages or averages[0][0] < ATTACH_MIN:
            continue
        if len(averages) > 1 and averages[0][0] < ATTACH_MARGIN * averages[1][0]:
            continue
        move[cluster] = averages[0][1]
    return [move.get(c, c) for c in roots]


def cluster_stories(
    docs: Sequence[StoryDoc],
    existing: Mapping[str, str] | None = None,
    threshold: float = THRESHOLD,
) -> dict[str, str]:
    """Return a story id for every article of ``docs`` (and of ``existing``).

    ``existing`` maps already-stored article ids to their story ids; those assignments stay, and
    the new articles among ``docs`` join a stored story when close enough to the stored articles
    that are also passed in ``docs``. A new story's id is the id of its first article (earliest
    published, then smallest id), so it is the same however the corpus was split across runs.
    """
    existing = dict(existing or {})
    ids = [doc.article_id for doc in docs]
    # Articles of one stored story start as one cluster; every other article starts alone.
    story_cluster: dict[str, int] = {}
    start: list[int] = []
    fixed: dict[int, str] = {}
    for i, article_id in enumerate(ids):
        story = existing.get(article_id)
        if story is None:
            start.append(len(ids) + i)
            continue
        cluster = story_cluster.setdefault(story, i)
        fixed[cluster] = story
        start.append(cluster)
    edges = similarities(docs)
    roots = _attach(_average_link(edges, start, fixed, threshold), edges, fixed, start)
    members: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(roots):
        members[root].append(i)
    out: dict[str, str] = dict(existing)
    for group in members.values():
        stored = {existing[ids[i]] for i in group if ids[i] in existing}
        if stored:
            (story,) = stored  # the merge loop never joins two stored stories
        else:
            first = min(group, key=lambda i: (docs[i].published or "9999", ids[i]))
            story = ids[first]
        for i in group:
            out.setdefault(ids[i], story)
    return out
