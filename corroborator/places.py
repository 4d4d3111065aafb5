"""Place mentions: find place names in an article and resolve them against the offline gazetteer.

Detection takes spaCy's GPE/LOC/FAC entities, country demonyms among NORP ("Turkish", "Pakistani"),
and proper nouns that the gazetteer knows as a country, province or large town whatever label spaCy gave
them (the small model tags Gwadar as PRODUCT and Edmonton as ORG). Resolution scores each homonym by its
kind and population, then by the document's context: the countries, provinces and counties the other
mentions resolve to, and a qualifier written next to the name ("Quetta, Balochistan"; "Edmonton, Alta.").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from corroborator import gazetteer
from corroborator.gazetteer import ADMIN1, ADMIN2, CONTINENT, COUNTRY, FEATURES, LOCALITY, Entry, Gazetteer
from corroborator.records import PlaceMention
from corroborator.segment import caseless

# spaCy labels whose spans are places when the gazetteer knows them.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model wrongly gives to place names; such a span counts only as a well-known place.
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "NORP", "EVENT", "WORK_OF_ART", "LANGUAGE"})

# Labels of names that may embed a place ("Kentucky State Police"); a person's name does not.
INSTITUTION_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})

# ACLED geo-precision codes (ACLED codebook, "Geo-precision").
PRECISION = {LOCALITY: 1, ADMIN2: 2, ADMIN1: 3, COUNTRY: 3, CONTINENT: 3}

# Prior for each kind, added to log10(population): news names a country or province before a village
# that shares its name.
KIND_PRIOR = {CONTINENT: 3.0, COUNTRY: 3.0, ADMIN1: 0.5, ADMIN2: 0.0, LOCALITY: 0.0}
# An admin area named after its main town (Quetta District, Aleppo Governorate, New York State) is
# written "X district", "X province", "X state" when meant: the bare name is the town.
SEAT_PENALTY = 2.0
# National capitals stand for their governments in news ("Washington", "Ankara said"): they are meant far
# more often than their size alone predicts.
CAPITAL_PRIOR = 2.0
# A place matched by an alternate name rather than its own (see _score).
ALIAS_PENALTY = 1.5
# Context, added to the score: up to COUNTRY_WEIGHT for the share of the document's other names in the
# reading's country, PROVINCE_BONUS if another name lies in its province, COUNTY_BONUS if another lies in its
# county (a dateline town picks out which of many same-named counties), QUALIFIER_BONUS if the name is
# qualified by its province or country ("Quetta, Balochistan"). Calibrated as a set on the dev set
# (GeoWebNews + TR-News); don't tune one value in isolation.
COUNTRY_WEIGHT = 3.0
PROVINCE_BONUS = 2.0
COUNTY_BONUS = 2.0
QUALIFIER_BONUS = 5.0
# A name spaCy labelled a person counts as a town of a document's country only from this size; other
# mislabelled or scanned names from WEAK_MIN_POPULATION; anywhere, only a city of WORLD_CITY_POPULATION.
WELL_KNOWN_POPULATION = 100_000
WEAK_MIN_POPULATION = 10_000
WORLD_CITY_POPULATION = 1_000_000
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


def ner_pipeline() -> Any:
    """The spaCy pipeline ``find_places`` expects a parsed doc from (tagger and recogniser on)."""
    return _pipeline()


def _pipeline() -> Any:
    from corroborator import nlp

    # NER needs only tok2vec; the tagger marks proper nouns for the gazetteer scan.
    return nlp.load(disable=("parser", "lemmatizer"))


def find_places(text: str, doc: object | None = None, countries: Sequence[str] = ()) -> list[PlaceMention]:
    """Return every place mention in ``text``, resolved (character offsets into ``text``).

    ``countries`` (names) are countries the text points to without naming them, by the forces and
    groups it names (``actors.named_countries``): like a country named, they admit the towns there
    that the recogniser took for something else ("25 kilometres from Khar town" in a report of
    Frontier Corps casualties)."""
    if not text.strip():
        return []
    gaz = gazetteer.load()
    hinted = {e.country for name in countries for e in gaz.by_name(name) if e.kind == COUNTRY and e.country}
    parsed: Any = doc if doc is not None else _pipeline()(text)
    no_case = caseless(text)
    spans = _candidates(parsed, gaz, no_case)
    if no_case:
        spans = [s for s in spans if not _common_word(s.text, gaz)]
    choices = [_lookup(s.text, gaz, fuzzy=s.label in ("GPE", "LOC"), aliases=s.label != "FAC") for s in spans]
    # Firm mentions first (spaCy says place, or a country): the countries they resolve to are the
    # document's, and admit the weak mentions (mislabelled spans, the scan) that lie in those countries.
    firm = [i for i, (s, c) in enumerate(zip(spans, choices, strict=True)) if _firm(s, c, gaz)]
    firm_picks = _disambiguate(text, [spans[i] for i in firm], [choices[i] for i in firm], gaz)
    spans, choices = _credible(text, spans, choices, dict(zip(firm, firm_picks, strict=True)), hinted)
    picks = _disambiguate(text, spans, choices, gaz)
    town, country = _focus(picks), _focus(picks, COUNTRY)
    out = []
    for span, pick in zip(spans, picks, strict=True):
        # A river or region the gazetteer lacks is placed at a place its name contains ("Tijuana River",
        # "Western US"); otherwise a street or building at the article's main town, as ACLED codes a small
        # place by the nearest known one with precision 2; a region or sea (LOC: "Korean Peninsula") at
        # the article's main country.
        focus = (country or town) if span.label == "LOC" else town
        if pick is None and span.label == "LOC":
            focus = _inner_place(span, picks, gaz) or focus
        if pick is None and focus is not None:
            out.append(_mention(span, focus, gaz, nearby=True))
        else:
            out.append(_mention(span, pick, gaz))
    if no_case:
        out = sorted(out + _caseless_towns(text, parsed, picks, out, gaz), key=lambda p: p.start)
    else:
        out = sorted(out + _local_places(text, out), key=lambda p: p.start)
    return out


def _common_word(name: str, gaz: Gazetteer) -> bool:
    """True for an English word the recogniser took for a place in text without case ("KILLED IN THE
    CROSSFIRE", "ATTACKED THE GARRISON", "THE UNIVERSITY AREA", "THE SOUTH"), unless it is the name
    of a country, a province or a large town ("LIMA", "BOGOTA" are in the word list too)."""
    from corroborator import nlp

    word = name.strip().lower()
    if word in _COMPASS:
        return True
    if " " in word or word not in nlp.english_words():
        return False
    return not any(e.kind in (COUNTRY, CONTINENT, ADMIN1) or e.population >= WELL_KNOWN_POPULATION
                   for e in _lookup(name, gaz, fuzzy=False))


# A small place the gazetteer lacks, named with its kind or "near" the larger place it lies in: "in
# the Mekhtar area of Loralai District", "Kalaya village in Orakzai Agency", "in Akbarpura near
# Nowshera District", "in Chamarkand area, some 25 kilometres from Khar town". It is kept as written
# and placed at the larger place, with ACLED's precision 2 (near a known place).
_LOCAL_KINDS = r"area|village|town|locality|mohalla|neighbou?rhood|sector|colony|bazaar|tehsil"
_LOCAL_PLACE = re.compile(
    r"\b(?:in|at|near|from|of)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    rf"(?:(?:{_LOCAL_KINDS})\s+(?:of|in|near|under)"
    rf"|(?P<near>near|(?:{_LOCAL_KINDS}),?\s+(?:(?:some|about|around|nearly|roughly)\s+)?\d+\s*"
    r"(?:km|kms|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of)))\s+(?:the\s+)?(?P<parent>[A-Z][\w'’-]+)"
)


def _local_places(text: str, found: Sequence[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for m in _LOCAL_PLACE.finditer(text):
        start, end = m.span("name")
        if any(p.start < end and start < p.end for p in found):
            continue  # the gazetteer knows it
        parent = next((p for p in found if p.start == m.start("parent") and p.name), None)
        if parent is None or m.group("near") and (parent.precision or 3) > 2:
            continue  # "in Manbij near the Turkish border" is not in Turkey
        out.append(replace(parent, text=m.group("name"), start=start, end=end, precision=2, feature="nearby"))
    # Named again on its own, it is the same place ("... killed when they stepped on a bomb in
    # Chamarkand area").
    for local in list(out):
        for m in re.finditer(rf"(?<![\w-]){re.escape(local.text)}(?![\w-])", text):
            if not any(p.start < m.end() and m.start() < p.end for p in [*found, *out]):
                out.append(replace(local, start=m.start(), end=m.end()))
    return out


# In lower-cased or all-capital text the recogniser finds few names ("in a fresh outbreak of violence
# in bharuch and modasa towns of gujarat"), and its part-of-speech tags for unknown words are
# guesses ("sialkot" a verb). There a word is read as a town when the gazetteer has a town or district
# of that name, of some size, inside a province the text names, and the word is no function word and
# no inflected form ("killed").
CASELESS_MIN_POPULATION = 5_000
_COMPASS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                      "capital", "centre", "center", "coast", "border", "island", "islands", "valley"})
_INFLECTED = re.compile(r"(?:ed|ing|ly|tion|ment|ness)$")
_CASELESS_DATELINE = re.compile(r"\s*([a-z][a-z .'’-]{1,30}?):\s")
DATELINE_MIN_POPULATION = 500_000
_FUNCTION_POS = frozenset({"AUX", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM"})


def _caseless_towns(text: str, doc: Any, picks: Sequence[Entry | None], found: Sequence[PlaceMention],
                    gaz: Gazetteer) -> list[PlaceMention]:
    provinces = {_province(e) for e in picks if e is not None and e.kind in (LOCALITY, ADMIN2, ADMIN1)} - {-1}
    taken = [(p.start, p.end) for p in found]
    countries = {e.country for e in picks if e is not None and e.country}
    out: list[PlaceMention] = []
    dateline = _CASELESS_DATELINE.match(text)
    if dateline and not any(a <= dateline.start(1) < b for a, b in taken):
        # "kolkata: one person died ...": the city a report was filed from is a large one, and its
        # province admits the towns the report names.
        cities = [e for e in gaz.by_name(dateline.group(1)) if e.kind == LOCALITY
                  and e.population >= DATELINE_MIN_POPULATION and (not countries or e.country in countries)]
        if cities:
            city = max(cities, key=lambda e: e.population)
            out.append(_mention(_Span(*dateline.span(1), dateline.group(1), "GPE"), city, gaz))
            provinces = (provinces | {_province(city)}) - {-1}
            taken.append(dateline.span(1))
    # An inflected word is a town only right after "in", "near" ...: "taldih village in canning".
    words = [tok for tok in doc if tok.pos_ not in _FUNCTION_POS and not tok.is_stop and len(tok.text) >= 4
             and tok.text.isalpha() and (not _INFLECTED.search(tok.lower_)
                                         or _LOCATIVE_BEFORE.search(text, max(0, tok.idx - 40), tok.idx))
             and not any(a <= tok.idx < b for a, b in taken)
             and not _after_title(text, tok.idx)]
    named: dict[int, list[Entry]] = {}  # a province the recogniser missed: every reading of its name
    if not provinces:
        for tok in words:
            if tok.lower_ in _COMPASS:
                continue
            areas = [e for e in gaz.by_name(tok.text) if e.kind == ADMIN1 and (not countries or e.country in countries)]
            if areas:
                named[tok.i] = areas
                provinces |= {e.row for e in areas}
    if not provinces:
        return out
    seen: dict[str, Entry | None] = {}
    for tok in words:
        if tok.i in named:
            continue
        key = tok.text.lower()
        if key not in seen:
            towns = [e for e in gaz.by_name(key) if e.kind in (LOCALITY, ADMIN2) and _province(e) in provinces
                     and (e.population >= CASELESS_MIN_POPULATION or e.kind == ADMIN2)]
            seen[key] = max(towns, key=lambda e: (e.kind == LOCALITY, e.population)) if towns else None
        town = seen[key]
        if town is not None:
            span = _Span(tok.idx, tok.idx + len(tok.text), tok.text, "GPE")
            out.append(_mention(span, town, gaz))
    # The province named: the reading that holds the towns found ("punjab" with faisalabad is
    # Pakistan's), else the most populous.
    held = Counter(town.admin1 for town in seen.values() if town is not None)
    for i, areas in named.items():
        tok = doc[i]
        area = max(areas, key=lambda e: (held[e.row], e.population))
        out.append(_mention(_Span(tok.idx, tok.idx + len(tok.text), tok.text, "GPE"), area, gaz))
    return out


def _credible(text: str, spans: Sequence[_Span], choices: Sequence[list[Entry]], firm: dict[int, Entry | None],
              hinted: Iterable[str] = ()) -> tuple[list[_Span], list[list[Entry]]]:
    """Return the spans that are place mentions and their credible readings, given the firm spans' picks.

    A firm span stays even without a credible reading (it is then placed at the article's main place);
    a weak span stays only with one.
    """
    # The countries and provinces each firm name resolved to: a name's support comes from other names,
    # not its own ("Heathrow", read as the village in Florida, must not vouch for the United States).
    named_in: dict[str, set[str]] = {code: {"(named actors)"} for code in hinted}
    province_of: dict[int, set[str]] = {}
    for i, p in firm.items():
        if p is not None:
            key = gazetteer.normalise(spans[i].text)
            if p.country:
                named_in.setdefault(p.country, set()).add(key)
            province_of.setdefault(_province(p), set()).add(key)
    province_of.pop(-1, None)
    kept_spans: list[_Span] = []
    kept_choices: list[list[Entry]] = []
    for i, (span, c) in enumerate(zip(spans, choices, strict=True)):
        if i not in firm:
            # A weak mention of a name that is firmly a place elsewhere in the story counts with it.
            locative = bool(_LOCATIVE_BEFORE.search(text[max(0, span.start - 30): span.start]))
            entries = _weak_readings(span, c, set(named_in), set(province_of), locative)
            if entries:
                kept_spans.append(span)
                kept_choices.append(entries)
            continue
        key = gazetteer.normalise(span.text)
        countries = {country for country, names in named_in.items() if names - {key}}
        provinces = {row for row, names in province_of.items() if names - {key}}
        if span.label in ("LOC", "FAC"):
            entries = _area_readings(c, countries, provinces)
        elif span.label == "GPE":
            # A village abroad that no other name in the story points to is a misreading ("Heathrow" is
            # also a village in Florida): the mention stays, placed at the article's main place.
            entries = [e for e in c if e.kind != LOCALITY or e.population >= WEAK_MIN_POPULATION
                       or e.country in countries]
        else:
            entries = c
        if entries or i in firm:
            kept_spans.append(span)
            kept_choices.append(entries)
    return kept_spans, kept_choices


def resolve_place(name: str, country_hint: str | None = None) -> PlaceMention | None:
    """Return the most likely place called ``name`` (in country ``country_hint`` if given), else None."""
    gaz = gazetteer.load()
    entries = _lookup(name, gaz)
    if not entries:
        return None
    hint = _country_code(country_hint, gaz) if country_hint else None
    votes = {hint: 1.0} if hint else {}
    key = gazetteer.normalise(name)
    seats = _seats(entries)
    best = max(entries, key=lambda e: _score(e, votes, Counter(), None, _capitals(gaz), key, seats))
    return _mention(_Span(0, len(name), name, None), best, gaz)


# Words that name a part of something ("South Ingleside Avenue"), not the province called "South".
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                      "central", "upper", "lower", "far", "north-east", "north-west", "south-east", "south-west"})


def _inner_place(span: _Span, picks: Sequence[Entry | None], gaz: Gazetteer) -> Entry | None:
    """Return the place named inside a longer unresolved name ("Tijuana River", "Western US"), else None.

    The inner name is the longest run of capitalised words the gazetteer knows exactly. It counts if it
    names a country, continent or province, or a town in a country the article's places lie in that is
    large or lies in one of its provinces; among its readings the document's countries decide.
    """
    words = span.text.split()
    if len(words) < 2:
        return None
    resolved = [p for p in picks if p is not None]
    countries = Counter(p.country for p in resolved if p.country)
    provinces = {_province(p) for p in resolved} - {-1}
    for length in range(len(words) - 1, 0, -1):
        for i in range(len(words) - length + 1):
            run = words[i:i + length]
            if not (run[0][:1].isupper() and run[-1][:1].isupper()) or all(w.lower() in _COMPASS for w in run):
                continue
            name = " ".join(run)
            entries = gaz.by_name(name)
            dem = gaz.demonym(name)
            if dem is not None:
                entries.append(dem)
            key = gazetteer.normalise(name)
            credible = [e for e in entries if e.country in countries and (
                e.kind in (COUNTRY, ADMIN1) or e.kind == ADMIN2 and gazetteer.normalise(e.name) == key
                or e.kind == LOCALITY and e.admin1 in provinces)]
            if credible:
                total = sum(countries.values()) or 1
                return max(credible, key=lambda e: math.log10(e.population + 10) + KIND_PRIOR[e.kind]
                           + COUNTRY_WEIGHT * countries[e.country] / total)
    return None


def _country_code(hint: str, gaz: Gazetteer) -> str | None:
    if len(hint) == 2 and hint.isupper():
        return hint
    for e in gaz.by_name(hint):
        if e.kind == COUNTRY:
            return e.country
    dem = gaz.demonym(hint)
    return dem.country if dem else None


def _candidates(doc: Any, gaz: Gazetteer, no_case: bool = False) -> list[_Span]:
    """Return the entity spans and gazetteer matches that may name a place, without overlaps
    (``no_case``: the text is all lower or all capitals)."""
    spans: list[_Span] = []
    text = doc.text  # built afresh on every access: read it once
    ents = doc.ents
    # The scan skips every entity, dates and numbers included ("March", "August").
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    for ent in ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELS:
            continue
        tokens = list(ent)
        while tokens and tokens[0].lower_ in ("the", "a", "an"):
            tokens.pop(0)
        while tokens and tokens[-1].text in ("'s", "’s", "'", "’", "-", "."):
            tokens.pop()
        if not tokens:
            continue
        # An area's kind after its name is part of it ("Naseerabad district"), unless a title goes on
        # ("U.S. District Judge"); "CORDOBA DEPARTMENT" read as an organisation is a place.
        after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
        if ent.label_ in PLACE_LABELS and after is not None and after.lower_ in _AREA_KINDS \
                and after.i not in covered and not _title_goes_on(doc, after.i + 1):
            tokens.append(after)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        surface = text[start:end]
        label = ent.label_
        if label in MISLABELS and surface.split()[-1].lower() in _AREA_KINDS \
                and not _title_goes_on(doc, tokens[-1].i + 1) and _lookup(surface, gaz, fuzzy=False):
            label = "GPE"
        if label in MISLABELS and not _known(surface, gaz):
            if ent.label_ in INSTITUTION_LABELS:
                spans += _embedded(doc, text, tokens, gaz)
            continue
        spans.append(_Span(start, end, surface, label))
    spans += _scan(doc, text, gaz, covered)
    if not no_case and not text.islower():
        # In written-case text a name has a capital ("al-Tanf"); "mosques", "crystal meth crisis" are none.
        spans = [s for s in spans if not s.text.islower()]
    # A name after a person's title is the person's: "Gen Medina", "President Kennedy"; so is a
    # building or area the gazetteer lacks whose last word the recogniser takes for a person's more
    # often ("a deportation order against Guhdar ... Guhdar said ... Guhdar faced").
    persons = Counter(ent[-1].lower_ for ent in ents if ent.label_ == "PERSON")
    areas = Counter(ent[-1].lower_ for ent in ents if ent.label_ in ("FAC", "LOC"))

    def a_persons(span: _Span) -> bool:
        last = span.text.split()[-1].lower()
        return span.label in ("FAC", "LOC") and persons[last] > areas[last] > 0 and not _known(span.text, gaz)

    spans = [s for s in spans if not _after_title(text, s.start) and not a_persons(s)]
    return sorted(spans, key=lambda s: s.start)


_TITLE_BEFORE = re.compile(
    r"\b(?:gen|general|col|colonel|maj|major|capt|captain|lt|lieutenant|sgt|sergeant|mr|mrs|ms|dr|president|"
    r"minister|judge|sen|senator|rev|reverend|sheikh|imam|mullah|ayatollah|pope|king|queen|prince|princess|"
    r"governor|mayor|reporter|correspondent|spokesman|spokeswoman|commander|director|secretary|ambassador|"
    r"magistrate|inspector|superintendent|commissioner|constable|sepoy|havildar|officer)\.?\s+"
    # In mixed case, given names may stand between: "Director General Jose Guillermo Medina".
    r"(?:(?-i:[A-Z][a-z][\w'’-]*)\s+){0,3}$",
    re.I,
)


# In all-capital wire copy every word is capitalised: "DIRECTOR GENERAL JOSE GUILLERMO MEDINA".
_TITLE_BEFORE_CAPS = re.compile(_TITLE_BEFORE.pattern.replace("(?-i:[A-Z][a-z][\\w'’-]*)", "[A-Z][A-Z'’-]+"), re.I)


# A person's initials: "A G Mir", "P.S. Yadav" (not "U.S." or "U.K.").
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?!U\.[SKN]\.)(?:(?:[A-Z]\.\s*){1,3}|(?:[A-Z]\s+){2,3})$")


def _after_title(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a person's title or initials ("Gen Medina", "A G Mir"): the
    person's name, no place."""
    window = text[max(0, at - 60): at]
    if window.isupper():
        return bool(_TITLE_BEFORE_CAPS.search(window))
    return bool(_TITLE_BEFORE.search(window) or _INITIALS_BEFORE.search(window))


def _known(name: str, gaz: Gazetteer) -> bool:
    """Return whether the gazetteer holds the name or the demonym exactly (no variants, no fuzzy match)."""
    if gaz.has(gazetteer.normalise(name)) or gaz.demonym(name) is not None:
        return True
    return name.endswith("s") and gaz.demonym(name[:-1]) is not None


def _scan(doc: Any, text: str, gaz: Gazetteer, covered: set[int]) -> list[_Span]:
    """Return proper-noun runs outside spaCy's entities that the gazetteer knows (longest first)."""
    found: list[_Span] = []
    i, n = 0, len(doc)
    while i < n:
        match = None if i in covered else _match_at(doc, text, i, n, gaz, covered)
        if match is None:
            i += 1
            continue
        found.append(match[0])
        i = match[1]
    return found


def _match_at(doc: Any, text: str, i: int, limit: int, gaz: Gazetteer, covered: set[int] | None = None
              ) -> tuple[_Span, int] | None:
    """Return the longest gazetteer name of up to four proper-noun tokens starting at token ``i``, and the
    token after it; None if there is none."""
    if not _proper(doc[i]):
        return None
    for length in (4, 3, 2, 1):
        j = i + length
        if j > limit or any(not _name_token(doc[k]) or covered and k in covered for k in range(i, j)):
            continue
        if not _proper(doc[j - 1]):
            continue
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        # A trailing period belongs to abbreviations ("Ky.", "B.C."), which the tokenizer may split off.
        if (j < len(doc) and doc[j].text == "." and doc[j].idx == end
                and gaz.has(gazetteer.normalise(text[start:end + 1]))):
            end += 1
        surface = text[start:end]
        if _known(surface, gaz):
            return _Span(start, end, surface, None), j
    return None


def _embedded(doc: Any, text: str, tokens: list[Any], gaz: Gazetteer) -> list[_Span]:
    """Return the place names an organisation's name starts with or names after "of".

    Institutions carry their place first or after "of" ("Kentucky State Police", "Winnipeg Police
    Service", "University of California"); other words inside them ("Xavier University") are not places.
    """
    first, limit = tokens[0].i, tokens[-1].i + 1
    starts = [first] + [t.i + 1 for t in tokens[:-1] if t.lower_ == "of"]
    out = []
    for i in starts:
        match = _match_at(doc, text, i, limit, gaz)
        if match is not None:
            out.append(match[0])
    return out


def _proper(tok: Any) -> bool:
    text = tok.text
    return bool(text[:1].isupper()) and (tok.tag_ in ("NNP", "NNPS") or text.isupper() and len(text) >= 4)


def _name_token(tok: Any) -> bool:
    # Names run over capitalised words and a few joiners ("Bosnia and Herzegovina", "Isle of Man").
    return bool(tok.text[:1].isupper()) or tok.lower_ in ("of", "and", "de", "upon", "-")


def _lookup(name: str, gaz: Gazetteer, fuzzy: bool = True, aliases: bool = True) -> list[Entry]:
    """Return the gazetteer entries ``name`` may denote: exact, then spelling variants, then fuzzy.

    Without ``aliases`` only primary names and countries' other names count: a building ("White House")
    must not match a town's translated alias (Casablanca), but "Holy See" is still the Vatican.
    """
    entries = gaz.by_name(name)
    if not aliases:
        key = gazetteer.normalise(name)
        return [e for e in entries if e.kind in (COUNTRY, CONTINENT) or gazetteer.normalise(e.name) == key]
    dem = gaz.demonym(name)
    if dem is None and name.endswith("s"):
        dem = gaz.demonym(name[:-1])  # "Pakistanis", "Americans"
    if dem is not None and all(e.row != dem.row for e in entries):
        entries.append(dem)
    if entries:
        return _of_kind(name, entries)
    variants = _variants(name)
    for variant in variants:
        entries = gaz.by_name(variant)
        if entries:
            return _of_kind(name, entries)
    # Only one-word names are matched fuzzily: "North Africa" is one letter pair from "North America";
    # "Budgam District" is, as "Budgam".
    if fuzzy and len(name) >= 5 and name[:1].isupper() and not name.isupper():
        for one in (name, *variants):
            if " " not in one.strip() and len(one) >= 5:
                entries = _fuzzy(one, gaz)
                if entries:
                    return _of_kind(name, entries)
    return []


def _of_kind(name: str, entries: list[Entry]) -> list[Entry]:
    """Return the readings of the kind the name is written with ("Naseerabad District" is the district,
    not a town of that name), or all of them when none is."""
    kinds = _KIND_WORDS.get(name.rsplit(maxsplit=1)[-1].lower()) if _with_kind(name) else None
    return ([e for e in entries if e.kind in kinds] or entries) if kinds else entries


def _variants(name: str) -> list[str]:
    """Return other spellings of the same name ("St. Louis" / "Saint Louis", "Kandahar province" /
    "Kandahar")."""
    out = [name.replace(".", ""), name.replace("St. ", "Saint "), name.replace("Ft. ", "Fort ")]
    # "Kandahar province", "Gwadar district", "Mexico City" are written with a generic word.
    if _with_kind(name):
        out.append(name.rsplit(maxsplit=1)[0])
    return [v for v in out if v != name]


# The words a name is written with to say what kind of place it is, and the gazetteer's kinds for each.
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "province": (ADMIN1,), "state": (ADMIN1,), "governorate": (ADMIN1,), "region": (ADMIN1, ADMIN2),
    "district": (ADMIN2,), "county": (ADMIN2,), "city": (LOCALITY,), "town": (LOCALITY,), "village": (LOCALITY,),
    "department": (ADMIN1,), "municipality": (ADMIN2,),
}


# The kinds of area a name is written with that no other kind of name ends in ("Colorado State" is a
# university, "Grants Town" a constituency).
_AREA_KINDS = frozenset({"district", "province", "department", "governorate", "municipality"})


def _title_goes_on(doc: Any, i: int) -> bool:
    """Whether the token at ``i`` goes on with a capitalised word in written-case text ("District Judge")."""
    return i < len(doc) and doc[i].text[:1].isupper() and not doc[i].text.isupper()


def _with_kind(name: str) -> bool:
    """Return whether the name is written with the kind of place it is ("Gwadar district")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _KIND_WORDS


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


# Romanised South Asian and Middle Eastern names vary most in their vowels ("Budgam" / "Badgam",
# "Naseerabad" / "Nasirabad", "Chadoora" / "Chadura") and doubled letters; a name is also looked up by
# a key that keeps its consonants and first letter and reads every later vowel as one of two.
_LONG_VOWELS = (("ee", "i"), ("oo", "u"), ("ou", "u"), ("aa", "a"), ("q", "k"))
_DOUBLED = re.compile(r"(.)\1+")
_BACK_VOWELS = re.compile(r"(?<=.)[aou]")
_FRONT_VOWELS = re.compile(r"(?<=.)[eiy]")


def _romanised(key: str) -> str:
    """Return the spelling-blind key of a look-up key ("naseerabad" and "nasirabad" are "nasirabad")."""
    for long, short in _LONG_VOWELS:
        key = key.replace(long, short)
    key = _DOUBLED.sub(r"\1", key)
    return _FRONT_VOWELS.sub("i", _BACK_VOWELS.sub("a", key))


@cache
def _romanised_keys(gaz: Gazetteer) -> dict[str, list[str]]:
    """Return the keys of places large enough for fuzzy matching, by their spelling-blind key."""
    out: dict[str, list[str]] = {}
    for keys in _fuzzy_keys(gaz).values():
        for key in keys:
            out.setdefault(_romanised(key), []).append(key)
    return out


def _fuzzy(name: str, gaz: Gazetteer) -> list[Entry]:
    from rapidfuzz import fuzz, process

    key = gazetteer.normalise(name)
    hit = process.extractOne(key, _fuzzy_keys(gaz).get(key[:1], []), scorer=fuzz.ratio,
                             score_cutoff=FUZZY_MIN_SCORE)
    keys = [hit[0]] if hit is not None else _romanised_keys(gaz).get(_romanised(key), [])
    return [e for k in keys for e in gaz.by_name(k)
            if e.kind in (COUNTRY, ADMIN1, CONTINENT) or e.population >= FUZZY_MIN_POPULATION]


def _firm(span: _Span, entries: Sequence[Entry], gaz: Gazetteer) -> bool:
    """Return whether the span is a place mention on its own evidence.

    spaCy's GPE catches person names too ("Buhari"): a GPE counts only if the gazetteer knows it; LOC
    and FAC (rivers, streets, airports) are often missing from it and count anyway. Any span naming a
    country or continent counts, as does a demonym tagged NORP ("Turkish"). A town matched only by a
    fuzzy spelling ("Oudshoorn", a surname, for Oudtshoorn) needs the support a weak mention needs.
    """
    if span.label in ("LOC", "FAC"):
        return True
    if not entries:
        return False
    if any(e.kind in (COUNTRY, CONTINENT) for e in entries):
        return True
    if span.label == "GPE":
        # A name written with its kind ("Naseerabad District") is a place whatever its spelling.
        exact = _known(span.text, gaz) or any(gaz.has(gazetteer.normalise(v)) for v in _variants(span.text))
        return exact or _with_kind(span.text) or any(e.kind == ADMIN1 for e in entries)
    return False


def _area_readings(entries: Sequence[Entry], countries: set[str], provinces: set[int]) -> list[Entry]:
    """Return the readings of a LOC or FAC span (a sea, region, building, street) that are credible.

    Such a span names a town only by accident ("Atlantic" is a town in Iowa, "White House" one in
    Tennessee): a town reading stands only if it is large and in the document's countries, or lies in a
    province the document names. Without a reading the mention is placed at the article's main place.
    """
    return [e for e in entries if e.kind != LOCALITY or e.country in countries and (
        e.population >= WELL_KNOWN_POPULATION or e.admin1 in provinces)]


# "in Khar, the main town of Bajaur", "the town of X": words that put a name in a place's slot.
_ADMIN_SUFFIX = re.compile(r"\s+(?:agency|district|county|division|tehsil|province|prefecture|department)$", re.I)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|outside|at|from|of)\s+(?:the\s+(?:town|city|village|district|area|province|region|agency)\s+of\s+)?$"
)


def _weak_readings(span: _Span, entries: Sequence[Entry], countries: set[str], provinces: set[int],
                   locative: bool = False) -> list[Entry]:
    """Return the readings of a weak span (mislabelled by spaCy, or found by the scan) that are credible.

    A name spaCy took for a person, organisation or product is a place only if the gazetteer places it in a
    country the document already names (Edmonton in a Canadian story, Gwadar in a Pakistani one) and is
    large or lies in a province the document names ("COLUMBIA, Ky."), or if it is a city of a million. Measured on the dev set: mislabelled and scanned names outside those
    countries were places less than a third of the time.
    """
    if span.label not in MISLABELS and span.label not in (None, "GPE"):
        return []
    if span.label == "NORP":
        # Peoples and parties: only a region's adjective ("Albertan") is a place beyond the demonyms.
        return [e for e in entries if e.kind == ADMIN1 and e.country in countries]
    # After "in" or "near" a name the recogniser took for a person is as good as any other ("in Khar").
    minimum = WELL_KNOWN_POPULATION if span.label == "PERSON" and not locative else WEAK_MIN_POPULATION
    key = gazetteer.normalise(span.text)
    # An admin2 area counts by its full name only ("Steele County", not "Steele"), or by its proper name
    # after "in" or "of" ("of Bajaur" for Bajaur Agency).
    local = [e for e in entries if e.country in countries and (
        e.kind == ADMIN1 or e.kind == ADMIN2 and (
            gazetteer.normalise(e.name) == key
            or locative and gazetteer.normalise(_ADMIN_SUFFIX.sub("", e.name)) == key)
        or e.kind == LOCALITY and (e.population >= minimum or e.admin1 in provinces))]
    if local:
        return local
    return [e for e in entries if e.kind == LOCALITY and e.population >= WORLD_CITY_POPULATION]


def _score(e: Entry, votes: Mapping[str, float], areas: Counter[int], qualifier: Entry | None,
           capitals: frozenset[int] = frozenset(), key: str = "", seats: frozenset[int] = frozenset()) -> float:
    """Return how likely the entry is meant: kind and size, then the document's countries, provinces and
    counties (``areas``: the rows of the provinces and counties the other names lie in)."""
    s = math.log10(e.population + 10) + KIND_PRIOR[e.kind]
    if e.row in seats:
        s -= SEAT_PENALTY
    if e.kind in (LOCALITY, ADMIN2) and key and not _own_name(e.name, key, head=e.kind == LOCALITY):
        # A town's alternate names include old and foreign ones (Salisbury for Harare, Waterloo for
        # Austin), a county's its name without "County": a place that bears the name as its own is
        # more likely meant.
        s -= ALIAS_PENALTY
    if e.row in capitals:
        s += CAPITAL_PRIOR
    total = sum(votes.values())
    if total and e.country:
        s += COUNTRY_WEIGHT * votes.get(e.country, 0.0) / total
    province = _province(e)
    if province >= 0 and areas[province] > 0:
        s += PROVINCE_BONUS
    county = _county(e)
    if county >= 0 and areas[county] > 0:
        s += COUNTY_BONUS
    if qualifier is not None and _within(e, qualifier):
        s += QUALIFIER_BONUS
    return s


def _within(e: Entry, area: Entry) -> bool:
    if area.kind == COUNTRY:
        return e.country == area.country and e.row != area.row
    return area.row in (e.admin1, e.admin2)


def _disambiguate(text: str, spans: Sequence[_Span], choices: Sequence[list[Entry]],
                  gaz: Gazetteer) -> list[Entry | None]:
    """Return the chosen entry per span: a context-free pick first, then again with the document's votes."""
    capitals = _capitals(gaz)
    keys = [gazetteer.normalise(s.text) for s in spans]
    seats = [_seats(c) for c in choices]
    picks: list[Entry | None] = [
        _best(c, {}, Counter(), None, capitals, k, t) if c else None
        for c, k, t in zip(choices, keys, seats, strict=True)
    ]
    for _ in range(3):
        # Evidence per name: a name's own mentions must not vote for its own reading (five mentions of
        # "Adair County" would otherwise outvote the one "Ky." that says which Adair County).
        votes: dict[str, tuple[str, float]] = {}
        areas: dict[str, tuple[int, int]] = {}
        for key, c, p in zip(keys, choices, picks, strict=True):
            if p is not None:
                # One vote per name, however often it is repeated.
                votes[key] = (p.country, _weight(c))
                areas[key] = (_province(p), _county(p))
        new: list[Entry | None] = []
        for k, c in enumerate(choices):
            if not c:
                new.append(None)
                continue
            qualifier = _qualifier(text, spans, picks, k)
            my_votes: dict[str, float] = {}
            my_areas: Counter[int] = Counter()
            for key, (country, weight) in votes.items():
                if key != keys[k]:
                    my_votes[country] = my_votes.get(country, 0.0) + weight
                    my_areas.update(areas[key])
            new.append(_best(c, my_votes, my_areas, qualifier, capitals, keys[k], seats[k]))
        picks = new
    return picks


def _own_name(name: str, key: str, head: bool = True) -> bool:
    """Return whether ``key`` is the name itself or, with ``head``, its head ("New York" of "New York City"),
    abbreviations spelt out ("St. Petersburg" is Saint Petersburg's own name).

    A county is not named by its head: "Wyoming" is the state, "Wyoming County" the county.
    """
    own, key = _name_key(name), _expand(key)
    return own == key or head and own.startswith(key + " ")


@cache
def _name_key(name: str) -> str:
    """Return a gazetteer name's look-up key with abbreviations spelt out (cached: names recur)."""
    return _expand(gazetteer.normalise(name))


# Abbreviated name words, spelt out to compare names ("St. Petersburg", "Ft. Worth", "Mt. Vernon").
_ABBREVIATED = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


@cache
def _expand(key: str) -> str:
    """Return the look-up key with abbreviated words spelt out ("st. louis" → "saint louis")."""
    return " ".join(_ABBREVIATED.get(w.rstrip("."), w) for w in key.split())


def _best(choices: Sequence[Entry], votes: Mapping[str, float], areas: Counter[int],
          qualifier: Entry | None, capitals: frozenset[int], key: str, seats: frozenset[int]) -> Entry:
    """Return the best-scoring reading."""
    return max(choices, key=lambda e: _score(e, votes, areas, qualifier, capitals, key, seats))


def _seats(choices: Sequence[Entry]) -> frozenset[int]:
    """Return the admin areas among the readings that hold a town of the same name."""
    rows = {e.row for e in choices}
    return frozenset(r for e in choices if e.kind == LOCALITY for r in (e.admin1, e.admin2) if r in rows)


def _weight(choices: Sequence[Entry]) -> float:
    # A name with one reading is firm evidence of the country; an ambiguous one votes with half weight.
    return 1.0 if len({e.country for e in choices}) == 1 else 0.5


def _county(e: Entry) -> int:
    """Return the row of the admin2 area the entry lies in (itself for an admin2), -1 if none."""
    return e.row if e.kind == ADMIN2 else e.admin2 if e.kind == LOCALITY else -1


def _province(e: Entry) -> int:
    """Return the row of the admin1 area the entry lies in (itself for an admin1), -1 if none."""
    return e.row if e.kind == ADMIN1 else e.admin1


@cache
def _capitals(gaz: Gazetteer) -> frozenset[int]:
    return frozenset(gaz.table.get("capitals", ()))


def _qualifier(text: str, spans: Sequence[_Span], picks: Sequence[Entry | None], k: int) -> Entry | None:
    """Return the place written right after span ``k`` as its qualifier ("Quetta, Balochistan"), if any."""
    if k + 1 >= len(spans):
        return None
    gap = text[spans[k].end:spans[k + 1].start]
    if gap.strip() not in (",", "(", "in"):
        return None
    nxt = picks[k + 1]
    return nxt if nxt is not None and nxt.kind in (COUNTRY, ADMIN1, ADMIN2) else None


def _focus(picks: Sequence[Entry | None], coarsest: str = LOCALITY) -> Entry | None:
    """Return the article's main place: its most mentioned town (or, from ``coarsest`` on, admin2, admin1
    or country); None if nothing was resolved. Ties go to the first mentioned."""
    kinds = (LOCALITY, ADMIN2, ADMIN1, COUNTRY)
    for kind in kinds[kinds.index(coarsest):]:
        found = [p for p in picks if p is not None and p.kind == kind]
        if found:
            counts = Counter(p.row for p in found)
            return max(found, key=lambda p: counts[p.row])
    return None


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
