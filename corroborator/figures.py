"""Figures: the quantities a conflict report states, with their qualifiers (DESIGN.md, "Figure").

``find_figures`` returns every quantity in a sentence that could count people or things, as
:class:`~corroborator.records.Figure` records whose ``start``/``end`` cover the quantity phrase
including its qualifier words ("at least 92", "over 120", "dozens", "between 10 and 15").
It does not decide what is counted or whether it is an outcome: ``figure_noun`` gives the words
the figure counts so that the claims extractor can decide group and outcome.

Conventions (``None`` in low/high = unbounded or unstated). Where DESIGN.md and the gold coders
(eval/claims/gold.json, "about") give a reading, it is theirs; where ACLED's codebook has one,
the most conservative reading is taken.

+----------------------------------------------+---------+-----------+-------+-------+------------------------------+
| phrase                                       | value   | qualifier | low   | high  | why                          |
+==============================================+=========+===========+=======+=======+==============================+
| "92", "seven", "1,200", "1.5 million",       | N       | exact     | N     | N     |                              |
| "another 5", "all 30", "a total of 8"        |         |           |       |       |                              |
| "both"                                       | 2       | exact     | 2     | 2     |                              |
| "as many as 50"                              | 50      | exact     | 50    | 50    | gold: Indian English usage   |
| "at least 92", "no fewer than", "not less    | N       | at_least  | N     | None  | DESIGN.md                    |
| than", "a minimum of", "N or more"           |         |           |       |       |                              |
| "over 120", "more than", "above", "upwards   | N       | more_than | N+1   | None  | DESIGN.md                    |
| of", "in excess of", "N-plus", "N+"          |         |           |       |       |                              |
| "about 10", "around", "approximately",       | N       | about     | N     | N     | DESIGN.md; "nearly 200" is   |
| "roughly", "some", "an estimated", "nearly", |         |           |       |       | 200, not 199: the stated     |
| "almost", "close to", "perhaps", "N or so",  |         |           |       |       | number (gold accepts it)     |
| "N-odd"                                      |         |           |       |       |                              |
| "up to 15", "at most", "no more than", "a    | N       | up_to     | None  | N     | nothing bounds it below      |
| maximum of", "N or fewer"                    |         |           |       |       |                              |
| "less than 10", "fewer than", "under",       | N       | less_than | None  | N-1   |                              |
| "below"                                      |         |           |       |       |                              |
| "10 to 15", "10-15", "between 10 and 15",    | 10      | range     | 10    | 15    | value = the lower end, the   |
| "4 or 5", "one or two"                       |         |           |       |       | conservative figure          |
| "a dozen", "half a dozen", "two dozen",      | 12/6/24 | about     | value | value | round numbers                |
| "a couple (of)"                              | /2      |           |       |       |                              |
| "over a dozen", "nearly two dozen"           | 12/24   | more_than | 13/24 | -/24  | the qualifier rules above    |
|                                              |         | / about   |       |       |                              |
| "tens of"                                    | None    | vague     | 10    | None  | ACLED's most conservative    |
| "dozens (of)"                                | None    | vague     | 12    | None  | reading; no upper bound is   |
| "scores of"                                  | None    | vague     | 20    | None  | stated (gold: dozens 12..24) |
| "hundreds", "thousands", "millions"          | None    | vague     | 100.. | None  |                              |
| "tens of thousands", "hundreds of thousands" | None    | vague     | 10^4..| None  | multiplied                   |
| "several", "many", "numerous"                | None    | vague     | 3     | None  | DESIGN.md; "many" read as    |
|                                              |         |           |       |       | "several" (gold accepts 3)   |
| "a few"                                      | None    | vague     | 2     | None  | DESIGN.md                    |
| "a handful (of)"                             | None    | vague     | 3     | None  | DESIGN.md                    |
| "several dozen", "a few hundred"             | None    | vague     | 36/200| None  | multiplied                   |
| "no one", "nobody", "none", "no casualties", | 0       | exact     | 0     | 0     | zero claims are claims       |
| "without any casualties", "not a single"     |         |           |       |       | (gold codes value 0)         |
+----------------------------------------------+---------+-----------+-------+-------+------------------------------+

A qualifier before a vague amount ("more than dozens") is kept in the span; the figure stays
vague. "few" without "a" and "some" without a number are not figures ("some passengers").

Never figures (checked by tests): ordinals ("second", "3rd"); Roman numerals ("Phase II"); dates,
years, decades and clock times ("January 31", "18 DEC 89", "since 1984", "1990s", "10:30",
"at 0930", "11 10 pm", "12/3"); ages ("a 23-year-old", "aged 45", "(25)", "23 years old",
"Faiza, 25,"); hyphenated compound modifiers ("10-hour", "one-day", "four-member"); money
("$5 million", "Rs 10 lakh", "5 million dollars", "worth 10 crore"); percentages; measures and
distances ("13 kilometres", "60-MM", "132kV"); model, unit and section numbers ("Section 144",
"NH-44", "F-16", "No. 3", "47 RR"); phone-like digit strings and numbers with leading zeros;
bare decimals; "one of the most ..."; pronoun "one" ("the one", "one another"); and counts of
places or time units, decided on the counted noun (``PLACE_NOUNS``, ``TIME_NOUNS``,
``MEASURE_NOUNS``, ``MONEY_NOUNS`` below: "twelve locations", "three districts", "several towns",
"two days", "three times").

Left to the claims extractor, on purpose:

- The singular article is not a figure: "a soldier was killed" implies 1, but every "a" in a
  text would otherwise come out. ``singular_count`` reads the implied 1 off a noun phrase the
  claims extractor has already chosen ("a soldier", "another", "an auxiliary constable").
- Sums of parts ("two women and one man" = 3) come out as their parts, each with its own span.
- Counts of people who are not an outcome (attackers, crowds, "some 250 worshippers") and of
  things (weapons, rounds, attacks) are figures here; ``figure_noun`` gives the counted words
  ("at least 92 separatists" → "separatists", "84 personnel from the ..." → "personnel",
  "dozens of Pakistani security personnel" → "Pakistani security personnel") from which the
  extractor decides group and outcome. It is a surface heuristic (no parse): determiners and
  "of its own" are skipped, the phrase ends at a function word, a verb, punctuation, or just
  after the first plural noun.

Pure Python over a small regex tokeniser: no model, one pass per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corroborator.records import Figure

__all__ = ["figure_noun", "find_figures", "parse_number", "singular_count"]


def _words(spaced: str) -> frozenset[str]:
    """Return the set of space-separated words in ``spaced`` (keeps long word lists readable)."""
    return frozenset(spaced.split())


# ----------------------------------------------------------------------------------------------
# Number words

UNITS: dict[str, int] = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Scale words multiply what precedes them; lakh and crore are the South Asian 10^5 and 10^7.
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "million": 1_000_000,
    "mn": 1_000_000, "crore": 10_000_000, "crores": 10_000_000, "billion": 1_000_000_000,
    "bn": 1_000_000_000,
}
DOZEN = "dozen"
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | set(SCALES) | {DOZEN}

# Plural amount nouns read as vague quantities: ACLED codes "dozens" as 12 and "hundreds" as 100
# (its most conservative reading); "tens", "scores" and the larger ones follow the same rule.
VAGUE_PLURALS: dict[str, int] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000,
    "lakhs": 100_000, "millions": 1_000_000, "crores": 10_000_000, "billions": 1_000_000_000,
}
# Indefinite quantity words (DESIGN.md table). "many"/"numerous" are read as "several": the gold
# coders accept 3 for "injuring many others".
VAGUE_WORDS: dict[str, int] = {"several": 3, "many": 3, "numerous": 3}

# ----------------------------------------------------------------------------------------------
# Qualifier phrases, longest first within each list so "more than" wins over "more".

PREFIX_QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    (tuple(phrase.split()), qualifier)
    for qualifier, phrases in (
        ("at_least", ("at least", "at the least", "no fewer than", "no less than", "not less than",
                      "not fewer than", "a minimum of", "minimum of")),
        ("more_than", ("more than", "well over", "well above", "just over", "over", "above",
                       "upwards of", "upward of", "in excess of", "exceeding")),
        ("up_to", ("up to", "upto", "at most", "at the most", "not more than", "no more than",
                   "a maximum of", "maximum of")),
        ("less_than", ("less than", "fewer than", "just under", "under", "below")),
        ("about", ("about", "around", "approximately", "approx", "roughly", "nearly", "almost",
                   "some", "an estimated", "estimated", "close to", "circa", "perhaps",
                   "possibly", "at around", "at about", "just about")),
        # Read as exact by the gold coders ("as many as" in Indian English reporting).
        ("exact", ("as many as", "exactly")),
    )
    for phrase in phrases
)
PREFIX_QUALIFIERS = tuple(sorted(PREFIX_QUALIFIERS, key=lambda pq: -len(pq[0])))

# ----------------------------------------------------------------------------------------------
# Counted nouns that make a number something other than a count of people or things.

TIME_NOUNS = _words(
    "second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights "
    "week weeks fortnight fortnights month months year years yr yrs decade decades century "
    "centuries time times occasion occasions morning mornings evening evenings afternoon "
    "afternoons weekend weekends season seasons am pm a.m. p.m. o'clock ist gmt utc twenties "
    "thirties forties fifties sixties seventies eighties nineties"
)
PLACE_NOUNS = _words(
    "location locations place places site sites spot spots point points area areas district "
    "districts village villages town towns city cities province provinces state states country "
    "countries region regions zone zones sector sectors tehsil tehsils taluka talukas block blocks "
    "mandal mandals municipality municipalities locality localities neighbourhood neighbourhoods "
    "neighborhood neighborhoods street streets road roads centre centres center centers front "
    "fronts county counties constituency constituencies ward wards pargana parganas department "
    "departments continent continents island islands direction directions"
)
MEASURE_NOUNS = _words(
    "km kms kilometre kilometres kilometer kilometers metre metres meter meters m mile miles ft "
    "feet foot inch inches yard yards kg kgs kilo kilos kilogram kilograms gram grams g ton tons "
    "tonne tonnes lb lbs litre litres liter liters acre acres hectare hectares sq square degree "
    "degrees percent per pc mm cm kv kw mw mph kmph knots calibre caliber centimetre centimetres "
    "centimeter centimeters millimetre millimetres millimeter millimeters gramme grammes gallon "
    "gallons barrel barrels"
)
MONEY_NOUNS = _words(
    "dollar dollars usd rupee rupees rs inr pkr euro euros dirham dirhams pound pounds taka naira shilling "
    "shillings dinar dinars riyal riyals yuan yen afghani afghanis cents bucks"
)
EXCLUDED_NOUNS = TIME_NOUNS | PLACE_NOUNS | MEASURE_NOUNS | MONEY_NOUNS

MONTHS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
CURRENCY_BEFORE = _words(
    "$ £ € ₹ ¥ rs inr usd pkr npr bdt lkr tk us$ eur gbp afn rupees worth"
)
# Words before a number that make it a name, not a count ("Section 144", "No. 3", "Phase 2").
DESIGNATORS = _words(
    "section sections article articles phase route highway nh sh sector ward gate platform "
    "flight chapter clause para paragraph rule page pages pp tel phone mobile ph fax channel "
    "pillar annexure schedule resolution vol volume exit terminal episode no nos number km "
    "milestone"
)
# The same, but only when capitalised ("Camp 3", "Round 2"): in lower case they are common nouns.
TITLE_DESIGNATORS = _words(
    "battalion brigade regiment corps division squadron wing post camp plot house flat room "
    "level grade class standard stage round match block unit line bus train zone part type mark "
    "model tier day week year operation company group war point region district area precinct"
)
UNIT_NOUNS = _words("battalion regiment brigade division squadron platoon company bn coy bde regt")
# Unit designators after a number ("47 RR", "12 Bn").
DESIGNATORS_AFTER = _words("rr bn coy bde regt")
# Words before a 4-digit number that make it a year or a clock time.
YEAR_CONTEXT = _words(
    "in since of by until till from during to before after year at early late mid between "
    "circa , and the this last next that a an"
)
# Words that cannot be part of the noun a figure counts: they end the noun phrase.
STOP_WORDS = _words(
    "a an the of from in at on to by with for across near during including among amongst after "
    "before while as and or but nor who whom whose which that what where when were was are is "
    "am be been being have has had will would could can may might shall should must do did does "
    "said say says told reportedly allegedly also still later each all both only just even then "
    "there here this these those it its they them their he him his she her we us our you your i "
    "me my not no never more most than so such very too up down out off over under about around "
    "into onto upon per via vs away ago apart old long wide high deep north south east west "
    "died dead taken shot hurt injured wounded killed missing "
    "abducted kidnapped arrested held left fled lost remain remained remains went got came "
    "became succumbed sustained suffered escaped freed released rescued burnt burned blew set "
    "blown gunned torched rounded picked caught monday tuesday wednesday thursday friday "
    "saturday sunday today yesterday tonight january february march april june july august "
    "september october november december"
)
# Skipped between a number and its noun ("seven of its own fighters", "two other buildings").
NOUN_SKIP = _words(
    "of the its their his her our your my these those own other more additional further"
)
IRREGULAR_PLURALS = _words(
    "people personnel men women children jawans cattle folk"
)
# Heads that follow a plural-looking modifier ("Rashtriya Rifles personnel", "Forces troopers").
HEAD_NOUNS = _words(
    "personnel troopers men soldiers jawans officials members workers cadres activists recruits "
    "officers commandos staff employees people"
)
NOUNS_IN_LY = _words("family elderly ally assembly rally holy italy july anomaly monopoly supply")
PRONOUNS = _words("them us those these whom")
ZERO_NOUNS = _words(
    "casualty casualties death deaths fatality fatalities injury injuries loss losses damage "
    "one person people life lives body bodies untoward"
)
NEGATIONS = _words("without not no never n't")

# ----------------------------------------------------------------------------------------------
# Tokens

_TOKEN = re.compile(r"\d+(?:,\d{2,3})*(?:\.\d+)?|[A-Za-z]+(?:'[A-Za-z]+)?|\S")
_DIGITS = re.compile(r"\d+(?:,\d{2,3})*(?:\.\d+)?")
# Western grouping ("1,200,000") and the Indian lakh grouping ("12,00,000"), nothing else.
_WELL_FORMED = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})*,\d{3}|\d+)(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    low: str
    start: int
    end: int

    @property
    def is_digits(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


def _tokens(text: str) -> list[_Token]:
    """Return the word, number and punctuation tokens of ``text`` with their offsets."""
    return [_Token(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# ----------------------------------------------------------------------------------------------
# parse_number


def _parse_words(words: list[str]) -> float | None:
    """Return the value of number words and digits ("two hundred and five", "1.5 million")."""
    total = 0.0
    current = 0.0
    seen = False
    # What the last word was, to reject "five twenty" and "three three".
    last = "start"
    for word in words:
        # "a hundred", "twenty-five", "two hundred and five": glue words, checked by the scanner.
        if word == "a" and not seen or word == "-" and last == "tens" or word == "and" and last == "scale":
            continue
        if _DIGITS.fullmatch(word):
            if seen:
                return None
            if not _WELL_FORMED.fullmatch(word):
                return None
            current, last, seen = float(word.replace(",", "")), "digits", True
        elif word in UNITS:
            if last in ("unit", "teen", "digits"):
                return None
            current, last, seen = current + UNITS[word], "unit", True
        elif word in TEENS:
            if last in ("unit", "teen", "tens", "digits"):
                return None
            current, last, seen = current + TEENS[word], "teen", True
        elif word in TENS:
            if last in ("unit", "teen", "tens", "digits"):
                return None
            current, last, seen = current + TENS[word], "tens", True
        elif word == DOZEN:
            current, last, seen = (current or 1) * 12, "scale", True
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0.0
            last, seen = "scale", True
        else:
            return None
    return total + current if seen else None


def parse_number(words: str) -> int | None:
    """Return the integer that number words or digits spell, or None if they spell none.

    "eighteen" → 18, "1,200" → 1200, "two hundred and five" → 205, "twenty-five" → 25,
    "1.5 million" → 1500000, "a dozen" → 12, "2 lakh" → 200000.
    """
    parts = re.findall(r"\d+(?:,\d{2,3})*(?:\.\d+)?|[a-z]+", words.lower())
    value = _parse_words(parts)
    if value is None or abs(value - round(value)) > 1e-6:
        return None
    return int(round(value))


# ----------------------------------------------------------------------------------------------
# Scanning


@dataclass(frozen=True, slots=True)
class _Core:
    """A bare quantity: its value (or vague floor), where it ends, and how it reads."""

    value: int
    end: int  # index of the token after the quantity
    kind: str  # "number", "round" (a dozen), "vague"


def _match_words(toks: list[_Token], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(toks):
        return False
    return all(toks[i + k].low == w for k, w in enumerate(phrase))


def _adjacent(a: _Token, b: _Token) -> bool:
    return a.end == b.start


def _number_run(toks: list[_Token], i: int) -> int:
    """Return the index after the longest run of number words / digits starting at ``i``."""
    j = i
    n = len(toks)
    while j < n:
        t = toks[j]
        if t.low in NUMBER_WORDS or (t.is_digits and j == i):
            j += 1
            continue
        # "twenty-five": a hyphen glued to number words on both sides.
        if (t.low == "-" and j > i and j + 1 < n and _adjacent(toks[j - 1], t)
                and _adjacent(t, toks[j + 1]) and toks[j + 1].low in NUMBER_WORDS
                and toks[j - 1].is_word):
            j += 1
            continue
        # "two hundred and five": "and" only after a scale word.
        if (t.low == "and" and j > i and toks[j - 1].low in SCALES and j + 1 < n
                and (toks[j + 1].low in UNITS or toks[j + 1].low in TEENS or toks[j + 1].low in TENS)):
            j += 1
            continue
        break
    # A scale word alone ("hundred") or trailing dozen handled by parse; trim words that break it.
    while j > i and _parse_words([t.low for t in toks[i:j]]) is None:
        j -= 1
    return j


def _core(toks: list[_Token], i: int) -> _Core | None:
    """Return the bare quantity starting at token ``i``, if there is one."""
    n = len(toks)
    t = toks[i]
    low = t.low
    nxt = toks[i + 1].low if i + 1 < n else ""
    # "half a dozen"
    if low == "half" and nxt == "a" and i + 2 < n and toks[i + 2].low == DOZEN:
        return _Core(6, i + 3, "round")
    if low == "a":
        if nxt == DOZEN:
            return _Core(12, i + 2, "round")
        if nxt == "couple":
            return _Core(2, i + 2, "round")
        if nxt == "handful":
            return _Core(3, i + 2, "vague")
        if nxt == "few":
            return _scaled_vague(toks, i + 2, 2)
        if nxt in SCALES and nxt not in ("mn", "bn"):
            j = _number_run(toks, i + 1)
            value = _parse_words([x.low for x in toks[i:j]])
            return _Core(int(value), j, "number") if value is not None else None
        return None
    if low == DOZEN and (i == 0 or toks[i - 1].low not in ("a", "half", "of")) and nxt.isalpha():
        # Headline style drops the article: "airstrikes kill dozen rebels".
        return _Core(12, i + 1, "round")
    if low == "both":
        return _Core(2, i + 1, "number")
    if low in VAGUE_WORDS:
        return _scaled_vague(toks, i + 1, VAGUE_WORDS[low])
    if low in VAGUE_PLURALS:
        # "scores" and "tens" are a verb and a noun too: only "scores of" / "tens of" count.
        if low in ("scores", "tens") and nxt != "of":
            return None
        value, j = VAGUE_PLURALS[low], i + 1
        # "tens of thousands", "hundreds of thousands"
        while j + 1 < n and toks[j].low == "of" and toks[j + 1].low in VAGUE_PLURALS and toks[j + 1].low not in ("tens", "scores", "dozens"):
            value *= VAGUE_PLURALS[toks[j + 1].low]
            j += 2
        return _Core(value, j, "vague")
    if t.is_digits or low in NUMBER_WORDS:
        if low in SCALES or low == DOZEN:
            return None
        if t.is_digits and not _WELL_FORMED.fullmatch(t.text):
            return None
        j = _number_run(toks, i)
        if j == i:
            return None
        # Digits followed by a scale word: "1.5 million", "2 lakh", "3 dozen".
        if t.is_digits and j == i + 1 and j < n and (toks[j].low in SCALES or toks[j].low == DOZEN):
            j += 1
        # "1, 400": a thousands separator followed by a space, as in text rebuilt from tokens
        # (ECB+). Only a bare 1-3 digit number followed by exactly three digits qualifies.
        if (t.is_digits and j == i + 1 and i + 2 < n and len(t.text) <= 3 and t.text.isdigit()
                and toks[i + 1].text == "," and _adjacent(t, toks[i + 1])
                and toks[i + 2].start == toks[i + 1].end + 1 and len(toks[i + 2].text) == 3
                and toks[i + 2].text.isdigit()):
            return _Core(int(t.text) * 1000 + int(toks[i + 2].text), i + 3, "number")
        words = [x.low for x in toks[i:j]]
        value = _parse_words(words)
        if value is None or abs(value - round(value)) > 1e-6:
            return None
        # A bare decimal ("2.5") is a measure, not a count.
        if "." in t.text and j == i + 1:
            return None
        kind = "round" if words[-1] == DOZEN else "number"
        return _Core(int(round(value)), j, kind)
    return None


def _scaled_vague(toks: list[_Token], j: int, base: int) -> _Core:
    """Return "several" / "a few" with an optional multiplier ("several dozen", "a few hundred")."""
    if j < len(toks) and (toks[j].low in SCALES or toks[j].low == DOZEN) and toks[j].low not in ("mn", "bn"):
        mult = 12 if toks[j].low == DOZEN else SCALES[toks[j].low]
        return _Core(base * mult, j + 1, "vague")
    return _Core(base, j, "vague")


# Qualifier phrases by their first word, so each token costs one dict look-up.
_PREFIX_BY_FIRST: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    first: tuple(pq for pq in PREFIX_QUALIFIERS if pq[0][0] == first)
    for first in {phrase[0] for phrase, _ in PREFIX_QUALIFIERS}
}
# Words a figure can start with; any other word token is skipped at once.
_STARTERS = (
    set(_PREFIX_BY_FIRST) | NUMBER_WORDS | set(VAGUE_PLURALS) | set(VAGUE_WORDS)
    | {"a", "half", "between", "both", "nobody", "noone", "none", "no", "not", "any"}
)


def _prefix(toks: list[_Token], i: int) -> tuple[str, int] | None:
    """Return the qualifier phrase starting at ``i`` and the index after it."""
    for phrase, qualifier in _PREFIX_BY_FIRST.get(toks[i].low, ()):
        if _match_words(toks, i, phrase):
            return qualifier, i + len(phrase)
    return None


def _range_end(toks: list[_Token], j: int, first: _Core) -> _Core | None:
    """Return the upper end of a range "10 to 15", "10-15", "4 or 5" after ``first``, if any."""
    n = len(toks)
    if first.kind != "number" or j >= n - 1:
        return None
    sep = toks[j]
    if sep.low not in ("to", "-", "–", "—", "or"):
        return None
    # A hyphen joins a range only when glued on both sides ("10-15"); dashes may be spaced.
    if sep.low == "-" and not (_adjacent(toks[j - 1], sep) and _adjacent(sep, toks[j + 1])):
        return None
    if toks[j + 1].is_digits != toks[first.end - 1].is_digits:
        return None
    second = _core(toks, j + 1)
    if second is None or second.kind != "number" or second.value <= first.value:
        return None
    return second


@dataclass(frozen=True, slots=True)
class _Span:
    first: int  # first token index (qualifier included)
    core: int  # first token of the number itself
    last: int  # index after the last token
    figure: Figure


def _build(text: str, toks: list[_Token], first: int, core_i: int, end: int,
           value: int | None, qualifier: str, low: int | None, high: int | None) -> _Span:
    start, stop = toks[first].start, toks[end - 1].end
    return _Span(first, core_i, end, Figure(value, qualifier, low, high, text[start:stop], start, stop))


def _figure_at(text: str, toks: list[_Token], i: int) -> _Span | None:
    """Return the figure starting at token ``i`` (qualifier words first), if there is one."""
    n = len(toks)
    qualifier: str | None = None
    core_i = i
    pre = _prefix(toks, i)
    if pre is not None:
        qualifier, core_i = pre
        if core_i >= n:
            return None
    # "between 10 and 15"
    if toks[i].low == "between":
        a = _core(toks, i + 1)
        if a and a.kind == "number" and a.end + 1 < n and toks[a.end].low == "and":
            b = _core(toks, a.end + 1)
            if b and b.kind == "number" and b.value > a.value:
                return _build(text, toks, i, i + 1, b.end, a.value, "range", a.value, b.value)
        return None
    core = _core(toks, core_i)
    if core is None:
        return None
    end = core.end
    # Ranges: "10 to 15", "10-15", "4 or 5"; "about 10 to 15" is the same range.
    second = _range_end(toks, end, core) if qualifier in (None, "about") else None
    if second is not None:
        return _build(text, toks, i, core_i, second.end, core.value, "range", core.value, second.value)
    # A correction: "three and not five villagers": the first stands, the number it replaces is no
    # figure of its own.
    if end + 2 < n and toks[end].low in ("and", ",") and toks[end + 1].low == "not":
        replaced = _core(toks, end + 2)
        if replaced is not None and replaced.kind == "number" and core.kind == "number":
            end = replaced.end
    # Post-qualifiers: "10 or more", "20 or so", "50-odd", "100-plus".
    post: str | None = None
    if end + 1 < n and toks[end].low == "or" and toks[end + 1].low in ("more", "so", "fewer", "less"):
        post = {"more": "at_least", "so": "about", "fewer": "up_to", "less": "up_to"}[toks[end + 1].low]
        end += 2
    elif end < n and toks[end].low in ("odd", "plus") or (
            end + 1 < n and toks[end].low == "-" and toks[end + 1].low in ("odd", "plus")):
        word = toks[end].low if toks[end].low != "-" else toks[end + 1].low
        post = "about" if word == "odd" else "more_than"
        end += 1 if toks[end].low != "-" else 2
    elif end < n and toks[end].low == "+" and _adjacent(toks[end - 1], toks[end]):
        post = "more_than"
        end += 1
    if post is not None and qualifier is None:
        qualifier = post
    v = core.value
    if core.kind == "vague":
        return _build(text, toks, i, core_i, end, None, "vague", v, None)
    if qualifier is None:
        qualifier = "about" if core.kind == "round" else "exact"
    bounds = {
        "exact": (v, v), "about": (v, v), "at_least": (v, None), "more_than": (v + 1, None),
        "up_to": (None, v), "less_than": (None, v - 1 if v > 0 else 0),
    }[qualifier]
    return _build(text, toks, i, core_i, end, v, qualifier, bounds[0], bounds[1])


def _zero_at(text: str, toks: list[_Token], i: int) -> _Span | None:
    """Return a zero figure ("no one", "nobody", "none", "no casualties", "not a single")."""
    n = len(toks)
    low = toks[i].low
    nxt = toks[i + 1].low if i + 1 < n else ""
    if low in ("nobody", "noone"):
        return _build(text, toks, i, i, i + 1, 0, "exact", 0, 0)
    if low == "none" and nxt != "other":
        return _build(text, toks, i, i, i + 1, 0, "exact", 0, 0)
    if low == "no" and nxt == "one":
        return _build(text, toks, i, i, i + 2, 0, "exact", 0, 0)
    if low == "no" and nxt in ZERO_NOUNS:
        return _build(text, toks, i, i, i + 1, 0, "exact", 0, 0)
    if low == "not" and nxt in ("a", "one") and i + 2 < n and toks[i + 2].low == "single":
        return _build(text, toks, i, i, i + 3, 0, "exact", 0, 0)
    if low == "any" and nxt in ZERO_NOUNS and nxt != "one" and any(
            t.low in NEGATIONS for t in toks[max(0, i - 3):i]):
        return _build(text, toks, i, i, i + 1, 0, "exact", 0, 0)
    return None


# ----------------------------------------------------------------------------------------------
# Exclusions


_PHONE = re.compile(r"(?<![\d,])(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\d,])")
KIN_BEFORE = frozenset({"father", "mother", "parent", "parents", "grandfather", "grandmother", "grandparent",
                        "survived", "widow", "widower"})


def _excluded(text: str, toks: list[_Token], span: _Span) -> bool:
    """Return True when the figure is a date, time, age, name, measure, money or place count."""
    first_core = toks[span.core]
    start, end = first_core.start, span.figure.end
    prev = toks[span.core - 1] if span.core > 0 else None
    prev2 = toks[span.core - 2] if span.core > 1 else None
    nxt = toks[span.last] if span.last < len(toks) else None
    nxt2 = toks[span.last + 1] if span.last + 1 < len(toks) else None
    core_text = first_core.text

    # Part of a telephone number: "1 877 855-3222", "(604) 555-0134".
    for m in _PHONE.finditer(text, max(0, start - 20), min(len(text), end + 20)):
        if m.start() <= start and end <= m.end():
            return True
    # Glued to letters or digits on the left ("F16", "34K0") or inside a code ("NH-44", "F-16",
    # "12/3", "10:30").
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    if before.isalnum() or before in "/#@:_+\\" or (before in "-." and before2.isalnum()):
        return True
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    # "3rd", "132kV", "1990s", "10am"; "10-hour", "23-year-old", "one-day"; "10:30", "12/3"; "50%".
    if after.isalnum() or after in "%/:" and after2.isalnum() or after == "%":
        return True
    # "10-hour", "23-year-old"; "12-3" (a score or a phone segment: ranges were read already).
    if after in "-–" and (after2.isalpha() or after2.isdigit()):
        return True
    if after == "." and after2.isdigit():
        return True
    if after == "'" and after2 == "s" and first_core.is_digits:  # "the 1990's"
        return True
    # Digit strings that are codes: leading zeros ("0930", "0300 1234567") and long unpunctuated
    # runs (phone numbers; counts of a million and more are written with commas or words).
    if first_core.is_digits:
        raw = core_text.replace(",", "")
        if len(raw) > 1 and raw[0] == "0" and "." not in raw:
            return True
        if "," not in core_text and len(raw) >= 6:
            return True
        # Years and clock times: 4 digits without a comma in 1000–2100 after "in", "since", ",".
        if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100:
            if prev is not None and (prev.low in YEAR_CONTEXT or prev.low in MONTHS):
                return True
            if nxt is None or not nxt.is_word or nxt.low in MONTHS or nxt.low in TIME_NOUNS:
                return True
            # "Grand Prix 2018 races", "Vision 2030": a year after a name (not the sentence's
            # first word, which is capitalised anyway).
            before_span = toks[span.first - 1] if span.first > 0 else None
            if (before_span is not None and before_span.text.istitle() and span.first > 1
                    and toks[span.first - 2].text not in ".!?\"\u201c"):
                return True
        # "at 0930", "at around 1200": a 24-hour clock time.
        if (raw.isdigit() and "," not in core_text and len(raw) == 4 and int(raw[:2]) < 24 and int(raw[2:]) < 60
                and any(t.low == "at" for t in toks[max(0, span.first - 1):span.core])):
            return True
    # Parenthesised lone number: an age ("Faiza, (25)") or a cross-reference.
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
        return True
    # "Name, 23, a farmer": an age between commas after a capitalised name (after any word in text
    # written all in lower case, where names lose their capitals: "kimani gray, 16, was killed").
    if (first_core.is_digits and prev is not None and prev.text == "," and prev2 is not None
            and (prev2.text[:1].isupper() or prev2.is_word and text.islower())
            and nxt is not None and nxt.text == "," and not (nxt2 is not None and nxt2.is_digits)
            and span.figure.value is not None and span.figure.value < 120):
        return True
    # "father to two boys", "a mother of three", "survived by four children": family, not casualties.
    if (prev is not None and prev2 is not None and prev.low in ("of", "to", "by")
            and prev2.low in KIN_BEFORE and span.first == span.core):
        return True
    if prev is not None:
        p = prev.low
        # "No. 3": the dot is its own token.
        if p == "." and prev2 is not None and prev2.low in ("no", "nos"):
            return True
        if p in DESIGNATORS and span.first == span.core:
            return True
        # "PB 28", "NA 120": a code of capitals before digits, in mixed-case text only (in an
        # all-capitals wire report "THE 3" is ordinary).
        if (first_core.is_digits and prev.is_word and prev.text.isupper() and 2 <= len(prev.text) <= 3
                and p not in STOP_WORDS and span.first == span.core and _adjacent_space(prev, first_core)
                and not (prev2 is not None and prev2.is_word and prev2.text.isupper())
                and not (nxt is not None and nxt.is_word and nxt.text.isupper())):
            return True
        if p in TITLE_DESIGNATORS and prev.text.istitle() and span.first == span.core:
            return True
        if p in CURRENCY_BEFORE or (p == "." and prev2 is not None and prev2.low == "rs"):
            return True
        if any(t.low in ("aged", "age", "ages") for t in toks[max(0, span.first - 3):span.first + 1]):
            return True
        # "January 31", "Jan. 31", "DEC 89": a day or a year after a month name. "may" is a
        # modal verb too, so only the capitalised month counts.
        month = prev2 if p == "." and prev2 is not None else prev
        if (month is not None and month.low in MONTHS and (month.low != "may" or month.text[0] == "M")
                and (span.figure.value is not None and span.figure.value <= 31 or len(core_text) in (2, 4))):
            return True
    if nxt is not None:
        q = nxt.low
        # "31 January", "18 DEC 89"
        if (q in MONTHS and (q != "may" or nxt.text[0] == "M") and (span.figure.value or 0) <= 31
                and (q not in ("march", "may") or nxt2 is None or not nxt2.is_word or nxt2.low in STOP_WORDS)):
            return True
        if q in DESIGNATORS_AFTER:
            return True
        # "10 a.m.", "5 p.m.": the letters are tokens of their own.
        if q in ("a", "p") and nxt2 is not None and nxt2.text == "." and _adjacent(nxt, nxt2):
            return True
        if q in ("per", "percent") or (q == "per" and nxt2 is not None and nxt2.low in ("cent", "centum")):
            return True
        if q in ("years", "year", "yrs") and nxt2 is not None and nxt2.low in ("old", "of"):
            return True
    # "one of the deadliest", "the one", "one another", "one by one"; "when one is killed", the
    # generic pronoun.
    if first_core.low == "one" and span.first == span.core and span.last == span.core + 1:
        if (prev is not None and prev.low in ("when", "if", "whenever", "unless", "once")
                and nxt is not None and nxt.low in ("is", "gets", "dies", "has")):
            return True
        if prev is not None and prev.low in ("the", "this", "that", "each", "every", "any", "which", "no"):
            return True
        if prev is not None and prev.low == "by" and prev2 is not None and prev2.low == "one":
            return True
        if nxt is not None and nxt.low in ("another", "by", "hand", "such", "way", "thing", "day"):
            return True
        if nxt is not None and nxt.low == "of" and _superlative_follows(toks, span.last + 1):
            return True
    # "both ... and" coordinates two things; it does not count them.
    if first_core.low == "both" and not _both_counts(toks, span.last):
        return True
    # "many": not "how many", not "many of the ... times"; the counted noun decides the rest.
    if first_core.low == "many" and prev is not None and prev.low in ("how", "too", "as"):
        return True
    noun = _noun_tokens(toks, span.last)
    words = [t.low for t in noun]
    # "64 battalion", "144 Battalion", "31 Field Regiment": a singular unit after a number above
    # one names the unit; a count would be plural ("two battalions").
    if span.figure.value not in (None, 1) and any(w in UNIT_NOUNS for w in words):
        return True
    if nxt is not None and nxt.low in EXCLUDED_NOUNS:
        return True
    return bool(words) and (words[0] in EXCLUDED_NOUNS or words[-1] in EXCLUDED_NOUNS)


def _adjacent_space(a: _Token, b: _Token) -> bool:
    """Return True if ``b`` follows ``a`` after exactly one space."""
    return b.start == a.end + 1


def _superlative_follows(toks: list[_Token], j: int) -> bool:
    """Return True if "of the" is followed by a superlative ("one of the deadliest")."""
    for t in toks[j:j + 5]:
        # "one of the two largest unions": skip determiners and the number of the set.
        if t.low in ("the", "its", "their", "his", "her", "our", "this", "these") or t.low in NUMBER_WORDS:
            continue
        return t.low.endswith("est") or t.low in ("most", "worst", "best", "few", "first", "main",
                                                   "top", "leading", "major", "biggest", "last")
    return False


def _both_counts(toks: list[_Token], j: int) -> bool:
    """Return True when "both" counts two people or things rather than coordinating "X and Y"."""
    if j >= len(toks):
        return True
    if not toks[j].is_word or toks[j].low in ("of", "were", "are", "had", "have", "died", "was",
                                              "sustained", "suffered", "succumbed"):
        return True
    return not any(t.low == "and" for t in toks[j:j + 8])


def _fix_chained(spans: list[_Span], excluded: list[bool], toks: list[_Token]) -> list[bool]:
    """Return exclusions extended to a number glued by a space to an excluded one ("11 10 pm")."""
    out = list(excluded)
    for k in range(len(spans) - 1, 0, -1):
        a, b = spans[k - 1], spans[k]
        if out[k] and not out[k - 1] and a.last == b.first and toks[a.last - 1].is_digits and toks[b.core].is_digits:
            out[k - 1] = True
    return out


# ----------------------------------------------------------------------------------------------
# Public API


def find_figures(text: str) -> list[Figure]:
    """Return every figure in ``text`` that could count people or things, in text order.

    Offsets are character offsets into ``text``; ``Figure.text`` includes qualifier words
    ("at least 92") but not "of" after a vague amount ("dozens of" → "dozens").
    """
    toks = _tokens(text)
    spans: list[_Span] = []
    i = 0
    while i < len(toks):
        if not (toks[i].is_digits or toks[i].low in _STARTERS):
            i += 1
            continue
        span = _figure_at(text, toks, i) or _zero_at(text, toks, i)
        if span is None:
            i += 1
            continue
        spans.append(span)
        i = span.last
    excluded = [_excluded(text, toks, s) for s in spans]
    excluded = _fix_chained(spans, excluded, toks)
    return [s.figure for s, x in zip(spans, excluded, strict=True) if not x]


def _noun_tokens(toks: list[_Token], j: int) -> list[_Token]:
    """Return the tokens of the noun phrase a figure counts, starting at token ``j``."""
    n = len(toks)
    # Skip "of its own", "of the", "other", "more".
    while j < n and toks[j].low in NOUN_SKIP:
        j += 1
        # "two of the three militants": the size of the set is not the noun.
        if toks[j - 1].low in ("the", "its", "their") and j < n and (toks[j].is_digits or toks[j].low in NUMBER_WORDS):
            j += 1
    if j < n and toks[j].low in PRONOUNS and toks[j].text != "US":
        return [toks[j]]
    words: list[_Token] = []
    # After a determiner a participle is an adjective: "three of the injured troopers".
    determined = j > 0 and toks[j - 1].low in ("the", "its", "their", "his", "her", "our", "these", "those")
    k = j
    while k < n and len(words) < 8:
        t = toks[k]
        if (determined and not words and t.low.endswith(("ed", "dead", "missing")) and k + 1 < n
                and toks[k + 1].is_word and toks[k + 1].low not in STOP_WORDS):
            words.append(t)
            k += 1
            continue
        if t.text == "(":
            # Skip an acronym in parentheses: "Central Reserve Police Force (CRPF) troopers".
            close = next((m for m in range(k + 1, min(n, k + 5)) if toks[m].text == ")"), None)
            if close is None or not words:
                break
            k = close + 1
            continue
        if t.low == "-" and words and k + 1 < n and _adjacent(toks[k - 1], t) and _adjacent(t, toks[k + 1]):
            k += 1  # "Jaish-e-Mohammad", "counter-terrorism"
            continue
        if not t.is_word or (t.low in STOP_WORDS and t.text != "US"):
            break
        # An adverb ends the phrase: "including two seriously", "seven others critically".
        # Before the noun it modifies an adjective ("30 heavily armed terrorists") and is kept.
        if t.low.endswith("ly") and t.low not in NOUNS_IN_LY and (
                words or k + 1 >= n or not toks[k + 1].is_word or toks[k + 1].low in STOP_WORDS):
            break
        # The first plural noun is the head: what follows is a verb or another phrase ("30
        # militants attacked camps", "people took to the streets", "seven others critically").
        if words and _plural(words[-1].low) and t.low not in HEAD_NOUNS:
            break
        words.append(t)
        k += 1
    # A participle or gerund only modifies a following noun ("armed militants", "injured
    # troopers"); at the end of the run it is the verb ("18 taken hostage", "29 others injured").
    while words and words[-1].low.endswith(("ed", "ing")) and words[-1].low not in ("bombing",):
        words.pop()
    return words


def _plural(word: str) -> bool:
    """Return True if ``word`` looks like a plural noun (regular, or a common irregular one)."""
    return word in IRREGULAR_PLURALS or word.endswith("men") or (
        word.endswith("s") and not word.endswith(("ss", "ous", "us", "is")) and word != "corps")


def figure_noun(text: str, figure: Figure) -> str | None:
    """Return the words ``figure`` counts in ``text`` ("at least 92 separatists" → "separatists").

    Determiners and "of its own" are skipped ("seven of its own fighters" → "fighters"); a
    partitive pronoun is returned as is ("12 of them" → "them"); None when a verb follows at once
    ("18 taken hostage", "four were wounded").
    """
    toks = _tokens(text)
    j = next((k for k, t in enumerate(toks) if t.start >= figure.end), len(toks))
    words = _noun_tokens(toks, j)
    if not words:
        return None
    return text[words[0].start:words[-1].end]


_SINGULAR = re.compile(r"\b(?:(?:a|an|one)(?:\s+single)?|another|a\s+lone|the\s+lone)\b", re.IGNORECASE)


def singular_count(noun_phrase: str) -> Figure | None:
    """Return the implied figure 1 of a singular noun phrase ("a soldier", "another", "an officer").

    For the claims extractor, which knows the phrase is the subject or object of an outcome
    ("a soldier was killed"); offsets are into ``noun_phrase``. None when it does not open with
    a/an/one/another/a lone.
    """
    stripped = noun_phrase.lstrip()
    offset = len(noun_phrase) - len(stripped)
    m = _SINGULAR.match(stripped)
    if m is None:
        return None
    return Figure(1, "exact", 1, 1, m.group(), offset + m.start(), offset + m.end())
