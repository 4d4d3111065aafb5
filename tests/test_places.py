"""Place mentions: detection and resolution against the offline gazetteer (corroborator.places)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corroborator import gazetteer
from corroborator.places import find_places, resolve_place

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "places"


def _place(text: str, name: str):
    """Return the first mention whose text is ``name``."""
    found = [p for p in find_places(text) if p.text == name]
    assert found, f"{name!r} not found in {[p.text for p in find_places(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "mention", "name", "admin1", "country", "precision"),
    [
        # The seed articles (ACLED: Gwadar and Quetta are localities in Balochistan).
        ("Meanwhile, police said in Gwadar, militants attacked a camp housing migrant workers in "
         "Balochistan, Pakistan.", "Gwadar", "Gwadar", "Balochistan", "Pakistan", 1),
        ("Over 120 people were killed in Balochistan, Pakistan, on Saturday.",
         "Balochistan", "Balochistan", "Balochistan", "Pakistan", 3),
        ("Security forces killed militants in Quetta, the capital of Balochistan, Pakistan said.",
         "Quetta", "Quetta", "Balochistan", "Pakistan", 1),
        # Demonyms and short forms name the country.
        ("Pakistani officials said the attack was repelled.", "Pakistani", "Pakistan", None, "Pakistan", 3),
        ("Turkish troops crossed into northern Syria on Sunday.", "Turkish", "Turkey", None, "Turkey", 3),
        ("The U.S. embassy in Ankara was closed.", "U.S.", "United States", None, "United States", 3),
        ("Britain and France sent ships to the Gulf.", "Britain", "United Kingdom", None, "United Kingdom", 3),
        # Datelines with AP state abbreviations.
        ("COLUMBIA, Ky. (WBKO) - A Metcalfe County man was arrested after a shooting in Adair County.",
         "Ky.", "Kentucky", "Kentucky", "United States", 3),
    ],
)
def test_find_places_resolves(text: str, mention: str, name: str, admin1: str | None, country: str,
                              precision: int) -> None:
    p = _place(text, mention)
    assert (p.name, p.admin1, p.country, p.precision) == (name, admin1, country, precision)
    assert text[p.start:p.end] == p.text
    assert p.latitude is not None and p.longitude is not None and p.geonameid


@pytest.mark.parametrize(
    ("text", "mention", "country", "admin1"),
    [
        # Homonyms: the document's other places decide.
        ("Police in London, Ontario, said two people were hurt near Victoria Park.", "London", "Canada", "Ontario"),
        ("Crowds gathered in London as the British government met.", "London", "United Kingdom", "England"),
        ("COLUMBIA, Ky. (WBKO) - A Metcalfe County man was arrested after a shooting in Adair County.",
         "Adair County", "United States", "Kentucky"),
        ("COLUMBIA, Ky. (WBKO) - A Metcalfe County man was arrested after a shooting in Adair County.",
         "COLUMBIA", "United States", "Kentucky"),
        ("The fair in Paris, Texas, drew farmers from across the county.", "Paris", "United States", "Texas"),
        ("Protesters marched through Paris on Saturday, French police said.", "Paris", "France", "Île-de-France"),
        ("Edmonton police said the Alberta man was arrested in Canada.", "Edmonton", "Canada", "Alberta"),
    ],
)
def test_find_places_disambiguates_by_context(text: str, mention: str, country: str, admin1: str) -> None:
    p = _place(text, mention)
    assert (p.country, p.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("name", "hint", "expected_name", "expected_admin1", "feature"),
    [
        ("Baluchistan", None, "Balochistan", "Balochistan", "admin1"),  # variant spelling
        ("Gawadar", None, "Gwadar", "Balochistan", "locality"),  # variant spelling
        ("Gwadar", "Pakistan", "Gwadar", "Balochistan", "locality"),
        ("Quetta", "PK", "Quetta", "Balochistan", "locality"),
        ("Balochistan", None, "Balochistan", "Balochistan", "admin1"),
        ("Kandahar province", None, "Kandahar", "Kandahar", "admin1"),
        ("Aleppo", None, "Aleppo", "Aleppo", "locality"),  # a town named like its province is the town
        ("Pakistan", None, "Pakistan", None, "country"),
    ],
)
def test_resolve_place(name: str, hint: str | None, expected_name: str, expected_admin1: str | None,
                       feature: str) -> None:
    p = resolve_place(name, hint)
    assert p is not None
    assert (p.name, p.admin1, p.feature) == (expected_name, expected_admin1, feature)


@pytest.mark.parametrize("name", ["Xqzzyvillezzz", "", "the"])
def test_resolve_place_unknown_is_none(name: str) -> None:
    assert resolve_place(name) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Donald Trump met Vladimir Putin on Tuesday.",  # people, not places
        "The ministry said in March that the Act would pass.",  # months and common words
    ],
)
def test_find_places_finds_nothing(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("text", "embedded"),
    [
        ("Kentucky State Police say the man was arrested Thursday in Adair County, Ky.", "Kentucky"),
        ("A spokesman for the Winnipeg Police Service in Manitoba, Canada, declined to comment.", "Winnipeg"),
    ],
)
def test_find_places_inside_organisation_names(text: str, embedded: str) -> None:
    p = _place(text, embedded)
    assert text[p.start:p.end] == embedded


def test_find_places_uses_given_doc() -> None:
    from corroborator import nlp

    text = "Militants attacked a checkpoint near Quetta in Balochistan."
    doc = nlp.load(disable=("parser", "lemmatizer"))(text)
    assert [(p.text, p.start) for p in find_places(text, doc)] == [(p.text, p.start) for p in find_places(text)]


@pytest.mark.parametrize(
    ("name", "kinds"),
    [("Pakistan", {"C"}), ("Balochistan", {"A1"}), ("Ky.", {"A1"}), ("European Union", {"K"})],
)
def test_gazetteer_by_name(name: str, kinds: set[str]) -> None:
    assert {e.kind for e in gazetteer.load().by_name(name)} == kinds


@pytest.mark.parametrize(
    ("raw", "key"),
    [("Balochistān", "balochistan"), ("The  Gambia", "gambia"), ("Côte d’Ivoire", "cote d'ivoire")],
)
def test_normalise(raw: str, key: str) -> None:
    assert gazetteer.normalise(raw) == key


def test_gazetteer_data_is_small() -> None:
    assert gazetteer.DATA.stat().st_size < 5_000_000


@pytest.mark.eval
def test_places_eval_floor(tmp_path: Path) -> None:
    """Detection F1 and Acc@161km on the dev set stay above their floors (scripts/eval_places.py)."""
    if not (EVAL / "corpus.jsonl").exists():
        pytest.skip(f"places evaluation data not found at {EVAL} (needs ../shared beside the checkout)")
    out = tmp_path / "export.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_places.py"), "--eval", str(EVAL), "--out", str(out)],
        capture_output=True, text=True, check=False,
    )
    assert out.exists(), result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("precision=")]
    figures = dict(kv.split("=") for kv in lines[-1].split())
    # Floors pinned a little under the measured 0.855 / 0.847 (2026-11-23): lower them only on purpose.
    assert float(figures["f1"]) >= 0.84
    assert float(figures["acc161"]) >= 0.83
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported["articles"]) == 318
