"""Place mentions: find place names in an article and resolve them against the offline gazetteer.

Detection takes spaCy's GPE/LOC/FAC entities, country demonyms among NORP ("Turkish", "Pakistani"),
and proper nouns that the gazetteer knows as a country, province or large town whatever label spaCy gave
them (the small model tags Gwadar as PRODUCT and Edmonton as ORG). Resolution scores each homonym by its
kind and population, then by the document's context: the countries and provinces the other mentions
resolve to, and a qualifier written next to the name ("Quetta, Balochistan"; "Edmonton, Alta.").
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from corroborator import gazetteer
from corroborator.gazetteer import ADMIN1, ADMIN2, CONTINENT, COUNTRY, FEATURES, LOCALITY, Entry, Gazetteer
from corroborator.records import PlaceMention

# spaCy labels whose spans are places when the gazetteer knows them.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model wrongly gives to place names; such a span counts only as a well-known place.
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "NORP", "EVENT", "WORK_OF_ART", "LANGUAGE"})

# ACLED geo-precision codes (ACLED codebook, "Geo-precision").
PRECISION = {LOCALITY: 1, ADMIN2: 2, ADMIN1: 3, COUNTRY: 3, CONTINENT: 3}

# Prior for each kind, added to log10(population). News names a country or province before a village
# that shares its name; an admin2 area is rarely meant when a town of the same name exists.
KIND_PRIOR = {CONTINENT: 3.0, COUNTRY: 3.0, ADMIN1: 0.5, ADMIN2: -1.5, LOCALITY: 0.0}
# A proper noun outside GPE/LOC counts as a place only if it is this well known.
WELL_KNOWN_POPULATION = 100_000
# Fuzzy matching (variant spellings: Baluchistan, Gawadar) only against places at least this large,
# and only above this similarity (rapidfuzz ratio, 0-100).
FUZZY_MIN_POPULATION = 20_000
FUZZY_MIN_SCORE = 85.0


@dataclass(frozen=True, slots=True)
class _Span:
    """A candidate place name: its offsets, its text and the label spaCy gave it (None: the scan)."""

    start: int
    end: int
    text: str
    label: str | None


def _pipeline() -> Any:
    from corroborator import nlp

    # NER needs only tok2vec; the tagger marks proper nouns for the gazetteer scan.
    return nlp.load(disable=("parser", "lemmatizer"))


def find_places(text: str, doc: object | None = None) -> list[PlaceMention]:
    """Return every place mention in ``text``, resolved (character offsets into ``text``)."""
    if not text.strip():
        return []
    gaz = gazetteer.load()
    parsed: Any = doc if doc is not None else _pipeline()(text)
    spans = _candidates(parsed, gaz)
    choices = [_lookup(s.text, gaz) for s in spans]
    keep = [i for i, (s, c) in enumerate(zip(spans, choices, strict=True)) if _is_place(s, c)]
    spans = [spans[i] for i in keep]
    choices = [choices[i] for i in keep]
    picks = _disambiguate(text, spans, choices, gaz)
    focus = _focus(picks)
    out = []
    for span, pick in zip(spans, picks, strict=True):
        if pick is None and focus is not None:
            # A street or neighbourhood the gazetteer lacks is placed at the article's main town, as ACLED
            # codes a small place by the nearest known one with precision 2.
            out.append(_mention(span, focus, gaz, nearby=True))
        else:
            out.append(_mention(span, pick, gaz))
    return out


def resolve_place(name: str, country_hint: str | None = None) -> PlaceMention | None:
    """Return the most likely place called ``name`` (in country ``country_hint`` if given), else None."""
    gaz = gazetteer.load()
    entries = _lookup(name, gaz)
    if not entries:
        return None
    hint = _country_code(country_hint, gaz) if country_hint else None
    votes = Counter({hint: 1.0}) if hint else Counter[str]()
    best = max(entries, key=lambda e: _score(e, votes, set(), None))
    return _mention(_Span(0, len(name), name, None), best, gaz)


def _country_code(hint: str, gaz: Gazetteer) -> str | None:
    if len(hint) == 2 and hint.isupper():
        return hint
    for e in gaz.by_name(hint):
        if e.kind == COUNTRY:
            return e.country
    dem = gaz.demonym(hint)
    return dem.country if dem else None


def _candidates(doc: Any, gaz: Gazetteer) -> list[_Span]:
    """Return the entity spans and gazetteer matches that may name a place, without overlaps."""
    spans: list[_Span] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELS:
            continue
        tokens = list(ent)
        while tokens and tokens[0].lower_ in ("the", "a", "an"):
            tokens.pop(0)
        while tokens and tokens[-1].text in ("'s", "’s", "'", "’", "-", "."):
            tokens.pop()
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        spans.append(_Span(start, end, doc.text[start:end], ent.label_))
        covered.update(range(ent.start, ent.end))
    spans += _scan(doc, gaz, covered)
    return sorted(spans, key=lambda s: s.start)


def _scan(doc: Any, gaz: Gazetteer, covered: set[int]) -> list[_Span]:
    """Return proper-noun runs outside spaCy's entities that the gazetteer knows (longest first)."""
    found: list[_Span] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if i in covered or not _proper(tok):
            i += 1
            continue
        match = None
        for length in (4, 3, 2, 1):
            j = i + length
            if j > n or any(k in covered or not _name_token(doc[k]) for k in range(i, j)):
                continue
            if not _proper(doc[j - 1]):
                continue
            start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            # A trailing period belongs to abbreviations ("Ky.", "B.C."), which the tokenizer may split.
            if j < n and doc[j].text == "." and doc[j].idx == end and gaz.has(gazetteer.normalise(doc.text[start:end + 1])):
                end += 1
            surface = doc.text[start:end]
            if gaz.has(gazetteer.normalise(surface)) or gaz.demonym(surface):
                match = (_Span(start, end, surface, None), j)
                break
        if match is None:
            i += 1
            continue
        found.append(match[0])
        i = match[1]
    return found


def _proper(tok: Any) -> bool:
    text = tok.text
    return bool(text[:1].isupper()) and (tok.tag_ in ("NNP", "NNPS") or text.isupper() and len(text) >= 4)


def _name_token(tok: Any) -> bool:
    # Names run over capitalised words and a few joiners ("Bosnia and Herzegovina", "Isle of Man").
    return bool(tok.text[:1].isupper()) or tok.lower_ in ("of", "and", "de", "upon", "-")


def _lookup(name: str, gaz: Gazetteer) -> list[Entry]:
    """Return the gazetteer entries ``name`` may denote: exact, then spelling variants, then fuzzy."""
    entries = gaz.by_name(name)
    dem = gaz.demonym(name)
    if dem is None and name.endswith("s"):
        dem = gaz.demonym(name[:-1])  # "Pakistanis", "Americans"
    if dem is not None and all(e.row != dem.row for e in entries):
        entries.append(dem)
    if entries:
        return entries
    for variant in _variants(name):
        entries = gaz.by_name(variant)
        if entries:
            return entries
    if len(name) >= 5 and name[:1].isupper() and not name.isupper():
        return _fuzzy(name, gaz)
    return []


def _variants(name: str) -> list[str]:
    """Return spellings news uses for the same name ("St. Louis" / "Saint Louis", "U.S" / "US")."""
    out = [name.replace(".", ""), name.replace("St. ", "Saint "), name.replace("Ft. ", "Fort ")]
    words = name.split()
    # "Kandahar province", "Gwadar district", "Mexico City" are written with a generic word.
    if len(words) > 1 and words[-1].lower() in ("province", "district", "city", "region", "state",
                                                  "governorate", "town", "village", "county"):
        out.append(" ".join(words[:-1]))
    return [v for v in out if v != name]


@cache
def _fuzzy_keys(gaz: Gazetteer) -> dict[str, list[str]]:
    """Return the keys of places large enough for fuzzy matching, by first letter."""
    t = gaz.table
    by_letter: dict[str, list[str]] = {}
    for key, rows in t["names"].items():
        rows = (rows,) if isinstance(rows, int) else rows
        if any(t["kind"][r] in (COUNTRY, ADMIN1, CONTINENT) or t["population"][r] >= FUZZY_MIN_POPULATION
               for r in rows):
            by_letter.setdefault(key[:1], []).append(key)
    return by_letter


def _fuzzy(name: str, gaz: Gazetteer) -> list[Entry]:
    from rapidfuzz import fuzz, process

    key = gazetteer.normalise(name)
    hit = process.extractOne(key, _fuzzy_keys(gaz).get(key[:1], []), scorer=fuzz.ratio,
                             score_cutoff=FUZZY_MIN_SCORE)
    if hit is None:
        return []
    return [e for e in gaz.by_name(hit[0])
            if e.kind in (COUNTRY, ADMIN1, CONTINENT) or e.population >= FUZZY_MIN_POPULATION]


def _is_place(span: _Span, entries: Sequence[Entry]) -> bool:
    """Return whether the span counts as a place mention."""
    if span.label in PLACE_LABELS:
        # spaCy's GPE catches person names too ("Buhari"): keep a GPE only if the gazetteer knows it;
        # LOC and FAC (rivers, streets, airports) often are not in it and are kept anyway.
        return bool(entries) or span.label != "GPE"
    if not entries:
        return False
    best = max(entries, key=lambda e: (e.kind in (COUNTRY, CONTINENT, ADMIN1), e.population))
    return best.kind in (COUNTRY, CONTINENT, ADMIN1) or best.population >= WELL_KNOWN_POPULATION


def _score(e: Entry, votes: Counter[str], admin1s: set[int], qualifier: Entry | None) -> float:
    """Return how likely the entry is meant: kind and size, then the document's countries and provinces."""
    s = math.log10(e.population + 10) + KIND_PRIOR[e.kind]
    total = sum(votes.values())
    if total and e.country:
        s += 3.0 * votes[e.country] / total
    if e.admin1 in admin1s:
        s += 2.0
    if qualifier is not None and _within(e, qualifier):
        s += 5.0
    return s


def _within(e: Entry, area: Entry) -> bool:
    if area.kind == COUNTRY:
        return e.country == area.country and e.row != area.row
    return area.row in (e.admin1, e.admin2)


def _disambiguate(text: str, spans: Sequence[_Span], choices: Sequence[list[Entry]],
                  gaz: Gazetteer) -> list[Entry | None]:
    """Return the chosen entry per span: a context-free pick first, then again with the document's votes."""
    picks: list[Entry | None] = [
        max(c, key=lambda e: _score(e, Counter(), set(), None)) if c else None for c in choices
    ]
    for _ in range(2):
        votes: Counter[str] = Counter()
        admin1s: set[int] = set()
        for c, p in zip(choices, picks, strict=True):
            if p is None:
                continue
            # A name with one reading is firm evidence; an ambiguous one votes with half weight.
            votes[p.country] += 1.0 if len({e.country for e in c}) == 1 else 0.5
            if p.kind == ADMIN1:
                admin1s.add(p.row)
            elif p.admin1 >= 0:
                admin1s.add(p.admin1)
        new: list[Entry | None] = []
        for k, (span, c) in enumerate(zip(spans, choices, strict=True)):
            if not c:
                new.append(None)
                continue
            qualifier = _qualifier(text, spans, picks, k)
            # A mention's own vote must not decide its reading.
            own = picks[k]
            mine = votes.copy()
            if own is not None:
                mine[own.country] -= 1.0 if len({e.country for e in c}) == 1 else 0.5
            new.append(max(c, key=lambda e, m=mine, q=qualifier: _score(e, m, admin1s, q)))
        picks = new
    return picks


def _qualifier(text: str, spans: Sequence[_Span], picks: Sequence[Entry | None], k: int) -> Entry | None:
    """Return the place written right after span ``k`` as its qualifier ("Quetta, Balochistan"), if any."""
    if k + 1 >= len(spans):
        return None
    gap = text[spans[k].end:spans[k + 1].start]
    if gap.strip() not in (",", "(", "in"):
        return None
    nxt = picks[k + 1]
    return nxt if nxt is not None and nxt.kind in (COUNTRY, ADMIN1, ADMIN2) else None


def _focus(picks: Sequence[Entry | None]) -> Entry | None:
    """Return the article's main town (its most mentioned locality), else None."""
    towns = Counter(p.row for p in picks if p is not None and p.kind == LOCALITY)
    if not towns:
        return None
    row = towns.most_common(1)[0][0]
    return next(p for p in picks if p is not None and p.row == row)


def _mention(span: _Span, e: Entry | None, gaz: Gazetteer, nearby: bool = False) -> PlaceMention:
    """Return the place mention for a span resolved to ``e`` (unresolved fields None)."""
    if e is None:
        return PlaceMention(text=span.text, start=span.start, end=span.end)
    country = gaz.country(e.country)
    admin1 = e if e.kind == ADMIN1 else gaz.parent(e.admin1)
    admin2 = e if e.kind == ADMIN2 else gaz.parent(e.admin2) if e.kind == LOCALITY else None
    return PlaceMention(
        text=span.text, start=span.start, end=span.end,
        name=e.name,
        country=country.name if country else None,
        admin1=admin1.name if admin1 else None,
        admin2=admin2.name if admin2 else None,
        latitude=e.latitude, longitude=e.longitude,
        geonameid=e.geonameid or None,
        precision=2 if nearby else PRECISION[e.kind],
        feature="nearby" if nearby else FEATURES[e.kind],
    )
