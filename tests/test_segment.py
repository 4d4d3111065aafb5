from __future__ import annotations

import pytest

from corroborator.segment import segment


def test_offsets_point_into_the_text() -> None:
    text = "Heading line\nDr. Smith said 5 people died. Police arrived at 3 p.m. on Monday.\nLast one."
    for s in segment(text):
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five died. Ten were hurt.", ["Five died.", "Ten were hurt."]),
        ("Gen. Musa said 5 died. Then he left.", ["Gen. Musa said 5 died.", "Then he left."]),
        ("The U.S. Army said 5 died.", ["The U.S. Army said 5 died."]),
        ('"We lost seven," he said. Nothing else.', ['"We lost seven," he said.', "Nothing else."]),
        ("He said so! Then 12 were killed.", ["He said so!", "Then 12 were killed."]),
        ("Commander P.S. Yadav was hurt. Two died.", ["Commander P.S. Yadav was hurt.", "Two died."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text)] == expected


def test_short_unpunctuated_line_is_a_heading() -> None:
    text = "Five died in the attack.\nInsurgency background\nThe conflict is old."
    flags = [(s.text, s.heading) for s in segment(text)]
    assert flags == [
        ("Five died in the attack.", False),
        ("Insurgency background", True),
        ("The conflict is old.", False),
    ]


def test_paragraph_numbers_count_lines() -> None:
    sentences = segment("One. Two.\n\nThree.")
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_empty_text_has_no_sentences() -> None:
    assert segment("") == []
    assert segment("\n\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("police said two persons were killed in the firing on tuesday. curfew was imposed in the town. "
         "the collector said the situation was under control.", 3),
        ("TWO SOLDIERS WERE KILLED IN THE CLASH. THE ARMY SAID 12 REBELS DIED. GEN. MEDINA CONFIRMED IT.", 3),
    ],
)
def test_caseless_text_still_splits(text: str, expected: int) -> None:
    assert len(segment(text)) == expected


def test_hard_wrapped_lines_run_on_into_one_paragraph() -> None:
    text = ("Four members of the security forces and a woman were killed in Sunday's\n"
            "attacks, officials said. An officer stands guard in the northern city.\n"
            "Short heading\n"
            "The next paragraph starts here.\n")
    sentences = segment(text)
    assert [s.text for s in sentences][:2] == [
        "Four members of the security forces and a woman were killed in Sunday's\nattacks, officials said.",
        "An officer stands guard in the northern city.",
    ]
    assert sentences[0].paragraph == sentences[1].paragraph
    assert sentences[2].heading and sentences[2].paragraph != sentences[1].paragraph
    assert all(text[s.start:s.end] == s.text for s in sentences)
