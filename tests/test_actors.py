"""Tests for corroborator.actors: alias normalisation, state forces by country, claimant types."""

from __future__ import annotations

import pytest

from corroborator.actors import actor_claimant_type, actor_table, find_actors
from corroborator.records import ACTOR_TYPES, CLAIMANT_TYPES


def names(text: str, hint: str | None = None) -> list[str]:
    return [m.name for m in find_actors(text, hint)]


@pytest.mark.parametrize(
    "text",
    ["BLA", "Baloch Liberation Army", "Balochistan Liberation Army", "Baloch rebels", "the BLA-linked Hakkal"],
)
def test_bla_aliases_are_one_actor(text: str) -> None:
    found = find_actors(f"Officials blamed {text} for the attack.")
    assert [(m.name, m.type) for m in found][:1] == [("Baloch Liberation Army", "rebel_group")]


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("The Pakistani military said 92 militants died.", None, ["Military Forces of Pakistan"]),
        ("The Pakistan Army said so.", None, ["Military Forces of Pakistan"]),
        ("Security forces killed seven.", "Pakistan", ["Military Forces of Pakistan"]),
        ("Pakistani forces responded.", None, ["Military Forces of Pakistan"]),
        ("Police said the blast was remote-controlled.", "Pakistan", ["Police Forces of Pakistan"]),
        ("Nigerian police arrested two men.", None, ["Police Forces of Nigeria"]),
        ("the army of Mali withdrew", None, ["Military Forces of Mali"]),
        ("Indian troops crossed the line.", None, ["Military Forces of India"]),
        # Longest alias wins: a rebel coalition named after a country is not that country's army.
        ("the Syrian National Army advanced", None, ["Syrian National Army"]),
        ("Syrian Democratic Forces", None, ["Syrian Democratic Forces"]),
    ],
)
def test_state_forces(text: str, hint: str | None, expected: list[str]) -> None:
    assert names(text, hint) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISIS, ISIL, Daesh and the Islamic State group", ["Islamic State"] * 4),
        ("Houthi rebels and Ansar Allah", ["Houthis", "Houthis"]),
        ("TTP and the Pakistani Taliban", ["Tehrik-i-Taliban Pakistan"] * 2),
        ("al-Shabab fighters attacked AMISOM", ["al-Shabaab", "African Union Transition Mission in Somalia"]),
        ("JeM and LeT cadres", ["Jaish-e-Mohammed", "Lashkar-e-Taiba"]),
        ("M23 rebels fought the FARDC", ["March 23 Movement", "Military Forces of Democratic Republic of Congo"]),
        # Acronyms match case: the verb "is" is not the Islamic State.
        ("this is where it is", []),
    ],
)
def test_named_groups(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("Gunmen killed civilians", "Pakistan", ["Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"]),
        ("protesters threw stones", "Kenya", ["Protesters (Kenya)"]),
        ("protesters threw stones", None, ["Protesters"]),
        ("police fired tear gas", None, ["Police Forces"]),
    ],
)
def test_generic_sides_take_the_hint(text: str, hint: str | None, expected: list[str]) -> None:
    assert names(text, hint) == expected


def test_offsets_point_at_the_mention() -> None:
    text = "On Saturday the Balochistan Liberation Army attacked."
    (mention,) = find_actors(text)
    assert text[mention.start:mention.end] == mention.text == "Balochistan Liberation Army"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Military Forces of Pakistan", "military"),
        ("Police Forces of Pakistan", "police"),
        ("Baloch Liberation Army", "armed_group"),
        ("BLA", "armed_group"),
        ("Pakistani military officials", "military"),
        ("ISPR", "military"),
        ("police spokesman", "police"),
        ("the Interior Ministry", "government"),
        ("officials", "government"),
        ("Reuters", "news_agency"),
        ("AFP", "news_agency"),
        ("Human Rights Watch", "ngo"),
        ("residents", "witness"),
        ("Civilians (Pakistan)", "witness"),
        ("a post on X", "social_media"),
        ("the group", "armed_group"),
        ("someone", "unknown"),
    ],
)
def test_actor_claimant_type(name: str, expected: str) -> None:
    assert actor_claimant_type(name) == expected


def test_table_uses_the_closed_vocabularies() -> None:
    table = actor_table()
    assert len(table) > 40
    assert all(e.type in ACTOR_TYPES and e.claimant_type in CLAIMANT_TYPES for e in table)
