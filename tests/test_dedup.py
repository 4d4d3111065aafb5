"""Tests for corroborator.dedup: copied sentences found, merged into passages, indexes merge."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corroborator.dedup import PassageIndex, find_passages, sentence_similarity
from corroborator.records import Article, Sentence

SHARED = Path(__file__).resolve().parents[2] / "shared"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def split(text: str) -> list[Sentence]:
    """A deliberately simple splitter, so these tests do not depend on corroborator.segment."""
    out = []
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            lead = len(m.group()) - len(m.group().lstrip())
            out.append(Sentence(m.start() + lead, m.end(), m.group().strip()))
    return out


def article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(aid, f"{aid}.txt", None, None, published, None, text)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


COPIED = [
    "The group said the attacks were part of an operation which lasted around ten hours.",
    "Over 30 government properties were seized or destroyed in the attacks across the province.",
]
ORIGINAL = (
    "Militants attacked a police post near the border on Saturday night. "
    + " ".join(COPIED)
    + " Officials said the road to the airport was closed until Monday."
)


@pytest.mark.parametrize(
    ("copy", "expected"),
    [
        # Verbatim copy inside other text.
        ("A new report came out. " + " ".join(COPIED) + " Nothing else was said.", 1),
        # Lightly edited: a word added at the front of one sentence, a word changed in the other.
        (
            "Earlier, the group said the attacks were part of an operation which lasted around ten hours. "
            "Over 30 state properties were seized or destroyed in the attacks across the province.",
            1,
        ),
        # Rearranged: the copied sentences appear in the other order, so two one-sentence passages.
        (" ".join(reversed(COPIED)), 2),
        # Same topic, different words: no copy.
        ("Rebels stormed the jail and freed dozens of inmates before the army arrived in the town.", 0),
    ],
)
def test_find_passages_counts_copied_passages(copy: str, expected: int) -> None:
    links = find_passages(
        [(article("x", ORIGINAL, "2026-02-01"), split(ORIGINAL)), (article("y", copy, "2026-02-02"), split(copy))]
    )
    assert len(links) == expected
    for link in links:
        assert link.a.article_id == "x" and link.b.article_id == "y"
        assert link.earlier == "x"
        assert ORIGINAL[link.a.start : link.a.end] == link.a.text
        assert copy[link.b.start : link.b.end] == link.b.text


def test_adjacent_copied_sentences_merge_into_one_passage() -> None:
    copy = "Intro sentence that is not copied at all here. " + " ".join(COPIED)
    (link,) = find_passages([(article("x", ORIGINAL), split(ORIGINAL)), (article("y", copy), split(copy))])
    assert link.a.text == " ".join(COPIED)
    assert link.b.text == " ".join(COPIED)
    assert link.earlier is None  # no dates


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("The BLA claimed to have killed 84 personnel.", "Earlier, the BLA claimed to have killed 84 personnel.", 0.85, 1.0),
        ("Twelve people were killed, the group added.", "The group added twelve people were killed.", 0.8, 1.0),
        ("Twelve people were killed in the city.", "The minister visited the port on Monday.", 0.0, 0.6),
    ],
)
def test_sentence_similarity(a: str, b: str, low: float, high: float) -> None:
    assert low <= sentence_similarity(a, b) <= high


def test_partial_indexes_merge_to_the_same_links() -> None:
    copy = "Another intro sentence of some length here. " + " ".join(COPIED)
    third = "Third outlet wrote this. " + COPIED[1]
    docs = [
        (article("x", ORIGINAL), split(ORIGINAL)),
        (article("y", copy), split(copy)),
        (article("z", third), split(third)),
    ]
    whole = find_passages(docs)
    left, right = PassageIndex(), PassageIndex()
    left.add(*docs[0])
    right.add(*docs[1])
    right.add(*docs[2])
    right.add(*docs[0])  # the same article in both partitions is counted once
    left.merge(right)
    assert len(left) == 3
    assert left.links() == whole
    assert {(link.a.article_id, link.b.article_id) for link in whole} == {("x", "y"), ("x", "z"), ("y", "z")}


def test_short_and_same_article_repeats_are_not_links() -> None:
    text = "He said so. " + COPIED[0] + " " + COPIED[0]
    other = "He said so. Nothing in common with the first article at all."
    assert find_passages([(article("x", text), split(text)), (article("y", other), split(other))]) == []


def _seed_articles() -> list[tuple[Article, list[Sentence]]]:
    docs = []
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        first, _, body = path.read_text(encoding="utf-8").partition("\n")
        match = re.match(r"\s*date (\S+) (.*)", first)
        assert match, f"unexpected seed header in {path}"
        docs.append((Article(path.name, str(path), None, None, match[1], match[2], body), split(body)))
    return docs


def test_seed_syndicated_passages_are_all_linked() -> None:
    gold_path = SHARED / "eval" / "seeds" / "gold.json"
    if not gold_path.exists():
        pytest.skip(f"seed gold not found at {gold_path}: check out ../shared beside the repository")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["syndicated_passages"]
    links = find_passages(_seed_articles())
    for passage in gold:
        text = norm(passage["text"])
        assert any(text in norm(link.a.text) and text in norm(link.b.text) for link in links), passage["text"]
