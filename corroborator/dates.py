"""Return date mentions found in article text, resolved to TIMEX3 values against the publication date.

A hand-written recogniser in the spirit of HeidelTime's English rule resources, re-expressed as Python
regular expressions, plus an anchoring normaliser that follows the TimeML / TempEval-3 conventions for
TIMEX3 ``type="DATE"``:

- explicit dates keep their granularity: ``1998-02-27``, ``1998-02``, ``1998``, ``199`` (decade),
  ``19`` (century), ``1998-Q3``, ``1998-H1``, ``1998-SU``, ``1998-W08``, ``1998-W08-WE``;
- deictic expressions ("Friday", "last week", "two years ago", "this month") are anchored on the
  document creation time (the publication date), with the tense of the sentence deciding between the
  last and the next occurrence of an underspecified day or month, as HeidelTime does for news;
- a few anaphoric expressions ("a year earlier" after "the third quarter", "that year") are anchored
  on the latest mention of the same granularity, as in the TimeBank financial reports;
- vague references are ``PRESENT_REF`` ("now", "currently"), ``PAST_REF`` ("recently") and
  ``FUTURE_REF`` ("the future").

Rules were written from the TimeML annotation guidelines and checked against the TempEval-3 dev set
(``../shared/eval/dates``, see ``scripts/eval_dates.py``); they are calibrated as a set, so don't tune
one of them in isolation. Durations ("three years"), sets ("every week") and clock times are not
returned: they are not DATE expressions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from corroborator.records import DateMention, Sentence
from corroborator.segment import DATELINE, caseless, says_something

__all__ = ["article_date", "day_of", "event_date", "event_mentions", "find_dates"]

# --------------------------------------------------------------------------- vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Regular-expression building blocks. Month and weekday names must be capitalised ("may", "march"
# and "sun" are ordinary words); everything else is matched case-insensitively.
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
    # Reuters style drops the period ("Jan 31"): only before a day number.
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d))"
)
_WEEKDAY = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
)
_ORD_WORD = (
    r"(?:thirty[\s-]first|twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|%|\.\d)|{_ORD_WORD})"
_YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five"
    r"|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# "nineteen ninety-six", "nineteen oh five", "two thousand and one" (broadcast transcripts).
_SPELLED_YEAR = (
    r"(?:(?:nineteen|eighteen|twenty)[\s-](?:hundred|oh[\s-](?:one|two|three|four|five|six|seven"
    r"|eight|nine)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen)(?![\s-](?:years?|months?|days?|percent|people|dollars)\b)"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
)
_YEAR = rf"(?:{_YEAR4}|{_SPELLED_YEAR})"
# Modifiers TimeML keeps inside the TIMEX3 extent (mod="START", "MID", "END", "APPROX").
_MOD = (
    r"(?:(?:(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle)(?:\s+in)?|"
    r"the\s+(?:end|beginning|start|middle|close|turn|dawn)\s+of|sometime(?:\s+in)?|around|"
    r"about|nearly|almost|roughly|approximately|some|more\s+than|less\s+than|at\s+least)[\s-]+)"
)
_SMALL_NUM = rf"(?:\d{{1,3}}|a|an|one|a\s+couple\s+of|a\s+few|few|several|many|{_NUM_WORD})"


def _word_number(text: str) -> int | None:
    """Return the integer a small number (digits or English words up to 99) stands for, or None."""
    t = re.sub(r"[\s-]+", " ", text.strip().lower())
    if t.isdigit():
        return int(t)
    if t in ("a", "an", "one"):
        return 1
    if t == "a couple of":
        return 2
    if t in _UNITS_WORDS:
        return _UNITS_WORDS[t]
    parts = t.split(" ")
    if parts[0] in _TENS_WORDS:
        total = _TENS_WORDS[parts[0]]
        if len(parts) == 2 and parts[1] in _UNITS_WORDS:
            total += _UNITS_WORDS[parts[1]]
        return total
    return None


def _day_number(text: str) -> int | None:
    """Return the day of month written as "7", "7th" or "seventh"."""
    t = re.sub(r"[\s-]+", " ", text.strip().lower())
    digits = re.match(r"\d+", t)
    if digits:
        return int(digits.group())
    if t in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[t]
    parts = t.split(" ")
    if len(parts) == 2 and parts[0] in _TENS_WORDS and parts[1] in _ORDINAL_WORDS:
        return _TENS_WORDS[parts[0]] + _ORDINAL_WORDS[parts[1]]
    return None


def _year_number(text: str) -> int | None:
    """Return the year written as "1996", "nineteen ninety-six" or "two thousand and one"."""
    t = re.sub(r"[\s-]+", " ", text.strip().lower())
    if t.isdigit():
        return int(t)
    m = re.match(r"two thousand(?: (?:and )?(.+))?$", t)
    if m:
        return 2000 + (_word_number(m.group(1)) or 0 if m.group(1) else 0)
    head, _, rest = t.partition(" ")
    century = _UNITS_WORDS.get(head) or _TENS_WORDS.get(head)
    if century is None:
        return None
    if rest == "hundred":
        return century * 100
    rest = rest.removeprefix("oh ")
    tail = _word_number(rest)
    return None if tail is None else century * 100 + tail


def _month_number(text: str) -> int:
    """Return the month number of a month name or abbreviation."""
    return _MONTHS[text.lower().rstrip(".")]


# --------------------------------------------------------------------------- calendar helpers


def _iso_day(d: dt.date) -> str:
    return d.isoformat()


def _iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """Return (year, month) shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """Return the n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Return Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


# Holidays with a rule that gives their date in a year (US news conventions, as in HeidelTime's
# English holiday resource).
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "easter sunday": _easter,
    "easter": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "independence day": lambda y: dt.date(y, 7, 4),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
}


# --------------------------------------------------------------------------- tense

# The period of a title, an initial, "vs." or "a.m." / "p.m." does not end the sentence ("Mr. Bush
# said", "will succeed Daniel P. Davison Feb. 1", "until 9 a.m. EST Tuesday"): the tense cue before it
# still governs the date after it. ("U.S." does end one: its "S" follows a period, not a space.)
_SENTENCE_END = re.compile(
    r"(?<![\s(][A-Z])(?<!\b[ap]\.m)(?<!\b(?:Mr|Ms|Dr|St|Lt|Jr|Sr|No|vs))(?<!\b(?:Mrs|Gen|Col|Sen|Rep|Gov|Sgt))"
    r"(?<!\bCapt)(?<!\bProf)"
    r"[.!?;]\s+(?=[A-Z\"'`(])|\n"
)
_FUTURE = re.compile(
    r"\b(?:will|won't|wo|shall|'ll|going\s+to|is\s+to|are\s+to|was\s+to|were\s+to|scheduled|slated|"
    r"set\s+to|expects?\s+to|expected\s+to|plans?\s+to|planned\s+(?:to|for)|(?:(?:is|are|was|were)\s+)?planning|intends?\s+to|"
    r"would|might|(?-i:may)|as\s+(?:soon|early)\s+as|upcoming|proposed|to\s+be\s+held|"
    # a measure taking effect on a named day is announced ahead of it: "effective Feb. 1"
    r"effective(?=\s+(?:on\s+|from\s+|as\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))|"
    # moved to a later date: "postponed until Tuesday", "extended the deadline until Friday"
    r"(?:postponed|delayed|deferred|adjourned|extended|put\s+off)\s+(?:[\w,']+\s+){0,4}?until)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:said|says|was|were|had|did|ago|last|earlier|"
    r"[a-z]{2,}ed|came|began|went|took|made|got|gave|met|saw|found|left|fell|rose|won|lost|"
    r"held|paid|sold|bought|brought|thought|sought|fought|caught|taught|built|sent|spent|kept|felt|"
    r"told|led|struck|hit|shot|broke|spoke|wrote|became|chose|drove|ran|grew|knew|threw|stood|"
    r"understood|heard|meant|began|fled|hid|rode|stole|swore|tore|wore|woke|withdrew|overtook|"
    r"overthrew|undertook)\b",
    re.IGNORECASE,
)
# Words ending in "-ed" that are not past-tense verbs in news text.
_NOT_PAST = {"scheduled", "planned", "expected", "proposed", "intended", "anticipated", "red", "need",
             "indeed", "speed", "seed", "feed", "united", "limited", "based", "related", "hundred",
             "bed", "shed", "bred", "breed", "proceed", "exceed", "succeed", "weed", "deed"}
# A participle after a form of "be" is a passive ("would be held", "is expected"): its tense is the
# auxiliary's. "un-...-ed" words are adjectives ("an unspecified date").
_PASSIVE_AUX = re.compile(r"\b(?:be|been|being|is|are|am)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A date fronted before its clause ("On Tuesday, the league plans to ...", "In January, a week
# after the anniversary of the ruling, a bombing in Birmingham killed ..."): the governing verb follows
# the subject, however long, so the whole sentence after the date is searched for it.
_FRONTED = re.compile(r"\W*(?:(?:in|on|by|during|until|early|late)\s+)?", re.IGNORECASE)
# A closing quotation mark: the reporting verb after it ("...,'' Castro said") tells nothing about
# the tense of the quoted clause.
_QUOTE_CLOSE = re.compile(r"''|[\"”]")
_TENSE_WINDOW_BEFORE = 60
_FUTURE_WINDOW_BEFORE = 150
_TENSE_WINDOW_AFTER = 30
# The governing verb more often precedes a date than follows it ("will meet Bush on Thursday"), so a
# marker after the mention counts as this many times farther away.
_AFTER_WEIGHT = 2


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence around [start, end)."""
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = m.end()
    m_right = _SENTENCE_END.search(text, end)
    right = m_right.start() if m_right else len(text)
    return left, min(right, end + 400)


def _tense(text: str, start: int, end: int) -> str | None:
    """Return "past" or "future" for the clause around a mention, from the nearest tense marker.

    HeidelTime decides underspecified dates in news by the tense of the sentence; without a tagger
    we take the nearest marker within a few words of the mention (the governing verb is usually
    close: "will meet Bush on Thursday", "said Friday"), future markers first when equally near.
    """
    left, right = _sentence_span(text, start, end)
    fronted = _FRONTED.fullmatch(text, left, start) is not None and text.startswith(",", end)
    if not fronted:
        right = min(right, end + _TENSE_WINDOW_AFTER)
    quote = _QUOTE_CLOSE.search(text, end, right)
    if quote:
        right = quote.start()
    best: tuple[int, str] | None = None
    for pattern, label, before in ((_FUTURE, "future", _FUTURE_WINDOW_BEFORE), (_PAST, "past", _TENSE_WINDOW_BEFORE)):
        for m in pattern.finditer(text, max(left, start - before), right):
            word = m.group().lower()
            if label == "past" and (word in _NOT_PAST or (word.startswith("un") and word.endswith("ed"))
                                    or _PASSIVE_AUX.search(text, max(0, m.start() - 20), m.start())):
                continue
            if start <= m.start() < end:
                continue
            if label == "future" and m.start() >= end and word.startswith("planned"):
                # "On Friday, the government planned to pay ...": the plan was made that day; a
                # date after "planned to" is the planned one ("planned to leave on Thursday").
                continue
            distance = start - m.end() if m.end() <= start else _AFTER_WEIGHT * (m.start() - end)
            if best is None or distance < best[0]:
                best = (distance, label)
    return best[1] if best else None


# --------------------------------------------------------------------------- context


@dataclass(slots=True)
class _Context:
    """What the normaliser knows while reading one document left to right."""

    text: str
    dct: dt.date | None
    last_quarter: tuple[int, int] | None = None
    # The reporting period the financial anaphora ("a year earlier", "the 1988 period") compare
    # with: ("Q", year, n) for a quarter, ("H", year, n) for a half, ("Y", year, 0) for a span of
    # most of a year ("the first nine months", "the fiscal year").
    period: tuple[str, int, int] | None = None
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    last_day: dt.date | None = None
    # Where the last day-precision mention ends in the text.
    last_day_end: int = -1
    values: list[str] = field(default_factory=list)

    def tense(self, m: re.Match[str]) -> str | None:
        return _tense(self.text, m.start(), m.end())


_Resolved = tuple[str | None, str | None]
_Resolver = Callable[[re.Match[str], _Context], "_Resolved | None"]


def _g(m: re.Match[str], name: str) -> str | None:
    """Return a named group of the match, or None when it did not take part."""
    value = m.groupdict().get(name)
    return value if value else None


# A date after the DCT in a past-tense clause must be this many times nearer than the earlier
# candidate to win; 3 was the best of 1, 2, 3, 5, 10 and 100 on the dev set (1 = nearest only, 100 =
# tense only). Past is only a bias because the past-tense cue (any "-ed" word nearby) is noisy;
# future cues are explicit ("will", "is scheduled to"), so a future clause never takes a past date.
_PAST_BIAS = 3
# A bare month is a long period: in a past-tense clause ("In January, the company brought in a new
# chief") it is all the more likely to be one that has already begun.
_PAST_BIAS_MONTH = 5
# News reports what has happened: with no tense cue at all, a later candidate must still be twice
# as near as the earlier one to win ("the record set on Aug. 6", "since the Oct. 23 slaying").
_UNMARKED_BIAS = 2


def _pick_year(month: int, day: int | None, ctx: _Context, m: re.Match[str]) -> int | None:
    """Return the year of an underspecified month (and day): the nearest plausible one.

    TimeML asks for the nearest plausible year given the DCT and tense: the candidate dates in the
    previous, current and next year are ranked by distance to the DCT, a candidate against the tense
    of the sentence (a future date in a past-tense clause) counting ``_PAST_BIAS`` times farther (and
    ``_UNMARKED_BIAS`` times in a clause without any tense cue), and
    a future-tense clause taking the first candidate not before the DCT.
    The current month itself always wins for a bare month.
    """
    dct = ctx.dct
    if dct is None:
        return None
    if day is None and month == dct.month:
        return dct.year
    tense = ctx.tense(m)
    best: tuple[float, int] | None = None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        d = _safe_date(year, month, day or 15)
        if d is None:
            continue
        distance = (d - dct).days
        if tense == "future" and distance < 0:
            continue
        bias = (_PAST_BIAS_MONTH if day is None else _PAST_BIAS) if tense == "past" else _UNMARKED_BIAS if tense is None else 1
        cost = float(abs(distance)) * (bias if distance > 0 else 1)
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else dct.year


# --------------------------------------------------------------------------- resolvers


def _r_full_date(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    month = _month_number(m["month"])
    day = _day_number(m["day"])
    year_text = _g(m, "year")
    year = _year_number(year_text) if year_text else _pick_year(month, day, ctx, m)
    if day is None:
        return None
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}", "day"
    d = _safe_date(year, month, day)
    if d is None:
        return None
    ctx.last_day, ctx.last_year, ctx.last_month = d, year, (year, month)
    return _iso_day(d), "day"


def _r_numeric_date(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    if _g(m, "iy"):
        y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        # US month/day/year unless the first number cannot be a month (31/01/2026).
        a, b = int(m["ua"]), int(m["ub"])
        y, mo, d = (int(m["uy"]), b, a) if a > 12 else (int(m["uy"]), a, b)
        if y < 100:
            y += 1900 if y >= 30 else 2000
    day = _safe_date(y, mo, d)
    if day is None:
        return None
    ctx.last_day, ctx.last_year, ctx.last_month = day, y, (y, mo)
    return _iso_day(day), "day"


def _r_month(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    month = _month_number(m["month"])
    year: int | None
    if _g(m, "year"):
        year = _year_number(m["year"])
    elif _g(m, "rel") and ctx.dct is not None:
        rel = re.sub(r"\s+", " ", m["rel"].lower())
        year = {"last": ctx.dct.year - 1, "next": ctx.dct.year + 1}.get(rel.split(" ")[-1], ctx.dct.year)
        if rel == "last":
            # The month just ended is "last month"; "last February" said in March is a year back.
            year = ctx.dct.year - 1 if month >= ctx.dct.month - 1 else ctx.dct.year
        elif rel in ("this past", "past"):
            year = ctx.dct.year - 1 if month >= ctx.dct.month else ctx.dct.year
        elif rel in ("next", "this coming", "coming"):
            year = ctx.dct.year + 1 if month <= ctx.dct.month else ctx.dct.year
        elif rel == "this":
            year = ctx.dct.year
    elif _g(m, "lyear") and ctx.dct is not None:
        rel = m["lyear"].lower()
        year = ctx.dct.year + (-1 if rel == "last" else 1 if rel == "next" else 0)
    else:
        year = _pick_year(month, None, ctx, m)
    if year is None:
        return f"XXXX-{month:02d}", "month"
    if _g(m, "year"):
        ctx.last_year = year
    ctx.last_month = (year, month)
    return _month_value(year, month), "month"


def _r_year(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    year = _year_number(m["year"])
    if year is None:
        return None
    ctx.last_year = year
    return f"{year:04d}", "year"


def _r_decade(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    if _g(m, "dec4"):
        return m["dec4"][:3], "decade"
    tens = int(m["dec2"][0]) if _g(m, "dec2") else _DECADE_WORDS[m["decw"].lower()]
    if ctx.dct is None:
        return f"19{tens}", "decade"
    century = ctx.dct.year // 100
    # The most recent decade with those tens: "the nineties" in 2026 is the 1990s.
    if century * 100 + tens * 10 > ctx.dct.year:
        century -= 1
    return f"{century}{tens}", "decade"


def _r_century(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    number = _day_number(m["cnum"])
    if number is None:
        return None
    return f"{number - 1:02d}", "century"


def _r_quarter(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[
        m["q"].lower()]
    year: int | None = None
    year_text = _g(m, "year") or _g(m, "year2")
    if year_text:
        year = _year_number(year_text)
    elif _g(m, "rel") and ctx.dct is not None:
        year = ctx.dct.year + {"last": -1, "next": 1, "this": 0}[m["rel"].lower()[:4]]
    elif _g(m, "ago"):
        year = ctx.last_quarter[0] - 1 if ctx.last_quarter else (ctx.dct.year - 1 if ctx.dct else None)
    elif ctx.dct is not None:
        year = ctx.dct.year
        if q > _quarter_of(ctx.dct) and ctx.tense(m) == "past":
            year -= 1
    if year is None:
        return f"XXXX-Q{q}", "quarter"
    # A quarter with the indefinite article ("after a flat second quarter") is mentioned in passing;
    # the period reported on is definite ("the third quarter", "third-quarter net").
    indefinite = m.group()[:2].lower() == "a "
    if not _g(m, "ago") and not indefinite and (_reported(year, q, ctx.dct) or (
            year == (ctx.dct.year if ctx.dct else year) and ctx.tense(m) == "past")):
        ctx.last_quarter = (year, q)
        ctx.period = ("Q", year, q)
    return f"{year:04d}-Q{q}", "quarter"


def _reported(year: int, q: int, dct: dt.date | None) -> bool:
    """True if the quarter has ended by the DCT, so it can be the period a report is about.

    "A year ago" in an earnings story refers to the reported quarter, not to the fourth quarter the
    company gives guidance for; only ended quarters become the anchor.
    """
    return dct is None or (year, q) < (dct.year, _quarter_of(dct))


def _r_week_of(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """Return the ISO week of "the week of March 6"."""
    month, day = _month_number(m["month"]), _day_number(m["day"])
    if day is None:
        return None
    year = _year_number(m["year"]) if _g(m, "year") else _pick_year(month, day, ctx, m)
    d = _safe_date(year, month, day) if year else None
    return (_iso_week(d), "week") if d else (None, "week")


def _r_half(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    h = 1 if (_g(m, "h") or "first").lower() in ("first", "1st") else 2
    year_text = _g(m, "year") or _g(m, "yearb")
    year = _year_number(year_text) if year_text else (ctx.dct.year if ctx.dct else None)
    if year is None:
        return f"XXXX-H{h}", "half"
    if ctx.dct is not None and ((year, h) < (ctx.dct.year, (ctx.dct.month - 1) // 6 + 1) or (
            year == ctx.dct.year and ctx.tense(m) == "past")):
        ctx.period = ("H", year, h)
    return f"{year:04d}-H{h}", "half"


_RESULTS_AFTER = re.compile(
    r"'s\s+(?:\w+\s+)?(?:loss|losses|profit|profits|results|earnings|net|sales|revenue|charges?)\b", re.IGNORECASE
)


def _r_this_quarter(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """Return the quarter a bare "the quarter" / "the latest quarter" / "this quarter" refers to."""
    word = m.group().lower()
    if ctx.dct is None:
        return "XXXX-QX", "quarter"
    if re.search(r"\b(?:this|current)\b", word) and ctx.last_quarter is not None and _RESULTS_AFTER.match(
            ctx.text, m.end()):
        # "This quarter's loss includes ...": results exist only for the quarter reported on.
        year, q = ctx.last_quarter
    elif re.search(r"\b(?:this|current)\b", word):
        year, q = ctx.dct.year, _quarter_of(ctx.dct)
    elif re.search(r"\bnext\b", word):
        year, q = ctx.dct.year + (_quarter_of(ctx.dct) == 4), _quarter_of(ctx.dct) % 4 + 1
    elif ctx.last_quarter is not None:
        year, q = ctx.last_quarter
    else:
        # Results are reported for the quarter just ended.
        q = _quarter_of(ctx.dct) - 1
        year = ctx.dct.year - (q == 0)
        q = q or 4
    return f"{year:04d}-Q{q}", "quarter"


def _r_year_ago_period(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """Return the period a year before the one under discussion ("a year earlier", "year-ago").

    The period under discussion is the last reporting period mentioned: a quarter, a half, or a
    span of most of a year ("the first nine months", "the fiscal year"), which gives a year.
    """
    period = ctx.period
    if ctx.last_quarter is not None and "quarter" in m.group().lower():
        period = ("Q", *ctx.last_quarter)
    if _g(m, "pyear"):
        year = _year_number(m["pyear"])
        if year is None:
            return None
        return _period_value(period, year)
    if period is not None:
        return _period_value(period, period[1] - 1)
    if ctx.dct is None:
        return None, "year"
    return f"{ctx.dct.year - 1:04d}", "year"


def _period_value(period: tuple[str, int, int] | None, year: int) -> _Resolved:
    """Return the value of the reporting period ``period`` moved to ``year``."""
    if period is None or period[0] == "Y":
        return f"{year:04d}", "year"
    if period[0] == "H":
        return f"{year:04d}-H{period[2]}", "half"
    return f"{year:04d}-Q{period[2]}", "quarter"


def _r_season(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    season = _SEASONS[(_g(m, "season") or m.group().split()[0]).lower()]
    year: int | None
    year_text = _g(m, "year") or _g(m, "year2")
    if year_text:
        year = _year_number(year_text)
    elif ctx.dct is None:
        return f"XXXX-{season}", "season"
    else:
        rel = (_g(m, "rel") or "").lower()
        year = ctx.dct.year
        if rel.endswith("last"):
            year -= 1
        elif rel.endswith("next"):
            year += 1
    return f"{year:04d}-{season}", "season"


def _r_weekday(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    wd = _WEEKDAYS[m["wd"].lower()]
    dct = ctx.dct
    if dct is None:
        return f"XXXX-WXX-{wd + 1}", "day"
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7
    if rel in ("the previous", "the following") and ctx.last_day is not None:
        # Anaphoric: "the previous Friday" is the Friday before the day last mentioned.
        anchor = ctx.last_day
        if rel == "the previous":
            d = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7 or 7)
        else:
            d = anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    elif rel in ("last", "this past", "the previous", "past"):
        d = dct - dt.timedelta(days=back or 7)
    elif rel in ("next", "this coming", "the following", "coming"):
        d = dct + dt.timedelta(days=ahead or 7)
    elif rel == "this":
        d = dct + dt.timedelta(days=wd - dct.weekday())
    elif re.search(r"['’]s$", m.group()):
        # "Wednesday's ruling", "Friday's close": the possessive names a known event, one that has
        # happened, whatever the tense of the clause around it.
        d = dct - dt.timedelta(days=back)
    else:
        d = dct + dt.timedelta(days=ahead) if ctx.tense(m) == "future" else dct - dt.timedelta(days=back)
    if _g(m, "shift"):
        n = 1 if m["shift"].lower() == "day" else _word_number(m["shift"].split()[0]) or 1
        d += dt.timedelta(days=n if m["sdir"].lower() == "after" else -n)
    ctx.last_day = d
    return _iso_day(d), "day"


def _r_deictic_day(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    word = re.sub(r"\s+", " ", m["deixis"].lower())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2,
              "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1}[word]
    if ctx.dct is None:
        return None, "day"
    d = ctx.dct + dt.timedelta(days=offset)
    ctx.last_day = d
    return _iso_day(d), "day"


_APPOSITION = re.compile(r",\s*")
# "the day before the vote", "the day after his death": an event follows, not the end of the clause.
_NOUN_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|last|this|[A-Z]\w*)\b")


def _r_anaphoric_day(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """Return "the previous day", "the next day", "that same day" from the last day mentioned.

    TimeML anchors these on the latest day in the discourse; without one the DCT stands in.
    """
    word = re.sub(r"\s+", " ", m.group().lower())
    anchor = ctx.last_day or ctx.dct
    if anchor is None:
        return None, "day"
    if word.startswith("the day ") and ctx.last_day is not None and _APPOSITION.fullmatch(
            ctx.text, ctx.last_day_end, m.start()) and _NOUN_AFTER.match(ctx.text, m.end()):
        # In apposition to a date, "the day before X" names that same date: "Oct. 12, the day
        # before the plunge" is Oct. 12.
        return _iso_day(ctx.last_day), "day"
    offset = -1 if re.search(r"previous|before|prior|eve", word) else (
        1 if re.search(r"next|following|after", word) else 0)
    d = anchor + dt.timedelta(days=offset)
    ctx.last_day = d
    return _iso_day(d), "day"


def _r_ref(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    word = m.group().lower()
    if _FUTURE_REF_RE.fullmatch(word):
        return "FUTURE_REF", "ref"
    if _PAST_REF_RE.fullmatch(word):
        return "PAST_REF", "ref"
    return "PRESENT_REF", "ref"


# A figure compared with another just before a "last year" ("up from $3 million last year").
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+with|compared\s+to|from|versus|against)\s+(?:a\s+(?:net\s+)?(?:loss|profit)\s+of\s+|"
    r"(?:net\s+)?(?:earnings|income|profit|sales|revenue)\s+of\s+)?(?:about\s+)?(?:[$#]|C\$)\S*\d[^.;]{0,40}?\s+$",
    re.IGNORECASE,
)

_COMPARED_JUST_BEFORE = re.compile(r"\b(?:from|with|versus|over)\s+$", re.IGNORECASE)
_FIGURE_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?[$#]")
# ... unless the sentence is about a whole year ("earnings of $4 a share for this year, up from last
# year's $3.27").
_YEAR_FIGURE = re.compile(r"\b(?:this|the|current|fiscal)\s+year\b(?!-|['’]s)", re.IGNORECASE)


def _r_relative_unit(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """Return "last year", "this month", "next week", "the weekend", "this decade" and the like."""
    rel = re.sub(r"\s+", " ", (m["rel"] or "the").lower())
    unit = m["unit"].lower()
    dct = ctx.dct
    if rel in ("that", "the same") and unit == "year":
        return (f"{ctx.last_year:04d}", "year") if ctx.last_year else (None, "year")
    if rel in ("the previous", "the following", "the next") and unit == "year" and ctx.last_year:
        return f"{ctx.last_year + (-1 if rel == 'the previous' else 1):04d}", "year"
    if rel == "last" and unit == "year" and m.group().lower() == "last year" and ctx.period is not None \
            and ctx.period[0] != "Y" and (
                _COMPARED_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start())
                or (_COMPARED_JUST_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
                    and _FIGURE_AFTER.match(ctx.text, m.end()))) \
            and not _YEAR_FIGURE.search(ctx.text, _sentence_span(ctx.text, m.start(), m.end())[0], m.start()):
        # "earnings of $33 million, compared with a loss of $3 million last year", "up 13% from last
        # year's $1.55 billion": the figure compared is the same reporting period a year back, as with
        # "a year earlier".
        return _period_value(ctx.period, ctx.period[1] - 1)
    if rel in ("the previous", "the following") and unit == "month" and ctx.last_month:
        # Anaphoric: "In March it rejected the bid. The following month, it ..." is April.
        y, mo = _add_months(*ctx.last_month, -1 if rel == "the previous" else 1)
        ctx.last_month = (y, mo)
        return _month_value(y, mo), "month"
    if dct is None:
        return None, "week" if unit == "weekend" else unit
    step = -1 if rel in ("last", "the last", "the past", "past", "the previous", "previous") else (
        1 if rel in ("next", "the next", "the coming", "coming", "the following", "following") else 0)
    if unit == "year":
        return f"{dct.year + step:04d}", "year"
    if unit == "month":
        y, mo = _add_months(dct.year, dct.month, step)
        return _month_value(y, mo), "month"
    if unit == "week" and rel in ("the last", "the past"):
        # "for the past week" is the seven days before the DCT: the week that holds most of them.
        return _iso_week(dct - dt.timedelta(days=4)), "week"
    if unit == "week":
        return _iso_week(dct + dt.timedelta(days=7 * step)), "week"
    if unit == "weekend":
        if step == 0:
            step = 1 if ctx.tense(m) == "future" else -1
        if step < 0:
            sat = dct - dt.timedelta(days=(dct.weekday() - 5) % 7)
        else:
            sat = dct + dt.timedelta(days=(5 - dct.weekday()) % 7)
        return _iso_week(sat) + "-WE", "week"
    if unit == "decade":
        return f"{dct.year // 10 + step:03d}", "decade"
    if unit == "century":
        return f"{dct.year // 100 + step:02d}", "century"
    return None


def _r_year_end(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    return (f"{ctx.dct.year:04d}", "year") if ctx.dct else (None, "year")


def _r_ago(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    """Return "two years ago", "10 days earlier", "three weeks from now" anchored on the DCT."""
    n = _word_number(m["n"]) if _g(m, "n") else 1
    unit = m["unit"].lower().rstrip("s")
    direction = m["dir"].lower()
    sign = 1 if direction in ("from now", "later", "hence", "after") else -1
    if n is None:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "ref"
    dct = ctx.dct
    if dct is None:
        return None, unit
    if unit == "day":
        return _iso_day(dct + dt.timedelta(days=sign * n)), "day"
    if unit == "week":
        return _iso_week(dct + dt.timedelta(days=7 * sign * n)), "week"
    if unit == "month":
        y, mo = _add_months(dct.year, dct.month, sign * n)
        return _month_value(y, mo), "month"
    if unit == "year":
        return f"{dct.year + sign * n:04d}", "year"
    if unit == "decade":
        return f"{dct.year + sign * 10 * n:04d}", "year"
    return None


def _r_holiday(m: re.Match[str], ctx: _Context) -> _Resolved | None:
    name = re.sub(r"\s+", " ", m["hol"].lower()).replace("’", "'")
    rule = _HOLIDAYS.get(name)
    if rule is None:
        return None
    if _g(m, "year"):
        year = _year_number(m["year"])
    elif ctx.dct is None:
        return None, "day"
    elif _g(m, "rel"):
        this = rule(ctx.dct.year)
        if m["rel"].lower() == "last":
            year = ctx.dct.year if this < ctx.dct else ctx.dct.year - 1
        else:
            year = ctx.dct.year if this > ctx.dct else ctx.dct.year + 1
    else:
        this = rule(ctx.dct.year)
        year = _pick_year(this.month, this.day, ctx, m)
    if year is None:
        return None
    d = rule(year)
    if _g(m, "hweek"):
        # "Easter week", "Thanksgiving week": the week the holiday falls in.
        return _iso_week(d), "week"
    return _iso_day(d), "day"


# --------------------------------------------------------------------------- rules

_PRESENT_REF = (
    r"(?:right\s+)?now|currently|current|at\s+present|presently|these\s+days|nowadays|"
    r"the\s+present|at\s+the\s+moment|the\s+time\s+being"
)
_PAST_REF = (
    r"recently|(?:more\s+)?recently|recent(?:\s+(?:years|months|weeks|days|times|decades|"
    r"quarters))?|(?:the\s+)?past\s+(?:several\s+|few\s+)?(?:years|quarters|decades)|the\s+past|"
    r"then[\s-]current|lately|years\s+ago|long\s+ago|not\s+long\s+ago|some\s+time\s+ago|a\s+while\s+ago"
)
_FUTURE_REF = (
    r"the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|future\s+(?:years|quarters|months)|"
    r"the\s+(?:near|short|long)\s+term|(?:the\s+)?coming\s+(?:years|months|weeks|days|decades|quarters)|"
    r"the\s+(?:years|months|weeks)\s+ahead|someday|a\s+later\s+date"
)
_PAST_REF_RE = re.compile(_PAST_REF, re.IGNORECASE)
_FUTURE_REF_RE = re.compile(_FUTURE_REF, re.IGNORECASE)

_REL = r"(?:last|this|next|this\s+past|this\s+coming|the\s+previous|the\s+following|past|coming)"
_RULES_SRC: list[tuple[str, _Resolver]] = [
    # 1998-02-27, 2/27/1998, 2/27/98
    (r"\b(?P<iy>1[89]\d\d|20\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-2]\d|3[01])\b", _r_numeric_date),
    (r"\b(?P<ua>[0-3]?\d)/(?P<ub>[0-3]?\d)/(?P<uy>\d{4}|\d{2})\b", _r_numeric_date),
    # (Friday,) Feb. 27(, 1998) ; 27 February 1998 ; the 27th of February
    (rf"(?:{_MOD}?(?:(?P<rel>{_REL})\s+)?{_WEEKDAY},?\s+(?:the\s+)?)?(?:{_MOD})?(?P<month>{_MONTH})\s+(?P<day>{_DAY})"
     rf"(?:(?:,\s*|\s+)(?P<year>{_YEAR}))?\b", _r_full_date),
    (rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?\b",
     _r_full_date),
    (rf"the\s+week\s+of\s+(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR4}))?", _r_week_of),
    # (early) February (1998) ; last February ; February of last year
    (rf"(?:{_MOD})?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|past|coming)\s+)?(?P<month>{_MONTH})"
     rf"(?:(?:,\s*|\s+of\s+|\s+)(?P<year>{_YEAR})\b|\s+(?:of\s+)?(?P<lyear>last|this|next)\s+year\b)?(?!\s+\d)",
     _r_month),
    # (mid-)1998, fiscal 1989, 1994 or later
    (rf"(?:{_MOD})?(?:(?:the\s+)?(?:fiscal|calendar|model|school|crop)\s+(?:year\s+)?)?(?P<year>{_YEAR4})"
     r"(?:\s+(?:or\s+later|and\s+beyond|or\s+earlier|fiscal\s+year))?", _r_year),
    (rf"(?:in|of|since|until|by|during|from|to|the\s+year|early|late|mid-)\s+(?P<year>{_SPELLED_YEAR})\b",
     _r_year),
    # "Atlanta, nineteen ninety-six": a spelled year of two parts needs no preposition
    (r"(?P<year>(?:nineteen|eighteen)[\s-](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
     r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?+)\b(?![\s-](?:years?|months?|weeks?|days?|"
     r"hours?|percent|people|dollars|hundred|thousand|million|billion|times)\b)", _r_year),
    # the 1990s, the '90s, the nineties, the early 1980s
    (rf"(?:(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+)?(?:the\s+)?(?:{_MOD})?(?:(?P<dec4>1[0-9]\d0|20\d0)'?s|'(?P<dec2>\d0)s|(?P<decw>twenties|thirties|"
     r"forties|fifties|sixties|seventies|eighties|nineties))\b", _r_decade),
    # the 20th century
    (rf"(?:the\s+)?(?:{_MOD})?(?P<cnum>\d{{1,2}}(?:st|nd|rd|th)|{_ORD_WORD})[\s-]+century\b", _r_century),
    # quarters: the third quarter (of 1989), third-quarter, the 1988 second quarter, next year's first quarter
    (rf"(?:the\s+|its\s+|a\s+\w+\s+)?(?:(?P<ago>year-ago|year-earlier|year\s+ago|year\s+earlier|comparable|"
     rf"comparable\s+year-ago|comparable\s+year-earlier)\s+)?(?:(?P<year>{_YEAR4})\s+)?"
     rf"(?:(?P<rel>last|this|next)(?:\s+year's|\s+year)?\s+)?(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
     rf"[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year2>{_YEAR4}))?", _r_quarter),
    (rf"(?:the\s+)?(?P<h>first|second|last|latter|1st|2nd)\s+half(?:\s+of\s+(?:(?:the|this)\s+year|(?:fiscal\s+)?"
     rf"(?P<year>{_YEAR4})))?|first\s+two\s+quarters\s+of\s+(?P<yearb>{_YEAR4})", _r_half),
    (r"(?:the|this|that|its|the\s+latest|the\s+most\s+recent|the\s+recent|the\s+current|the\s+just-ended|"
     r"the\s+just-completed|the\s+latest\s+fiscal|the\s+next)\s+quarter\b(?!-|\s+(?:of|century|point|mile))|"
     r"the\s+latest\s+period|the\s+(?:latest|most\s+recent)\s+three\s+months", _r_this_quarter),
    (r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-ago|year-earlier|year\s+ago|"
     r"year-before)(?:\s+(?:quarter|period))?|(?:a|one)\s+year\s+(?:earlier|ago|before)|"
     r"(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|"
     r"last\s+year|of\s+last\s+year)|last\s+year's\s+(?:quarter|period)|the\s+quarter\s+a\s+year\s+"
     rf"(?:ago|earlier)|the\s+(?P<pyear>{_YEAR4})\s+(?:period|quarter)", _r_year_ago_period),
    # seasons: last fall, the summer of 1998, this past spring
    (r"(?P<rel>last|this|next|this\s+past|this\s+coming)\s+(?P<season>spring|summer|fall|autumn|winter)\b", _r_season),
    (rf"(?:(?P<rel>the|early|late|the\s+early|the\s+late|mid)[\s-]+)"
     rf"(?P<season>spring|summer|fall|autumn|winter)(?:(?:\s+of|,)?\s+(?P<year>{_YEAR}))?\b"
     r"(?!\s+(?:of|in|and|to|from)\b(?!\s+(?:1[0-9]\d\d|20\d\d))|\s+(?:season|camp|collection|games|olympics|"
     r"school|storm|weather|months|break|session|recess|offensive|term|semester|fashion|line|quarter))"
     rf"|(?-i:Spring|Summer|Fall|Autumn|Winter)(?P<season2>)\s+(?P<year2>{_YEAR4})",
     _r_season),
    (r"(?:(?:in|during|by|until|through|over)\s+)(?P<season>spring|summer|autumn|winter)\b"
     r"(?!\s+(?:season|camp|school|storm|weather|months|break|session|recess|offensive|collection|games))",
     _r_season),
    # weekdays: Friday, last Friday, early Friday, Friday night
    # ... and "the day before last Tuesday('s hearing)", "two days after Friday"
    (rf"(?:(?:the\s+)?(?P<shift>day|(?:two|three|four|five|[2-9])\s+days)\s+(?P<sdir>before|after)\s+)?"
     rf"(?:{_MOD})?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|"
     rf"past|coming)\s+)?(?P<wd>{_WEEKDAY})(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?", _r_weekday),
    # today, yesterday, tomorrow (and "earlier today", "late yesterday")
    (rf"(?:{_MOD})?(?P<deixis>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
     r"the\s+day\s+after\s+tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)(?:'s)?", _r_deictic_day),
    # the previous day, the next morning, that same day
    (r"(?:the\s+(?:previous|following|next|same|prior)|that(?:\s+same)?)\s+(?:day|morning|afternoon|evening|night)"
     r"|the\s+day\s+(?:before|after)(?!\s+(?:yesterday|tomorrow))", _r_anaphoric_day),
    # holidays
    (rf"(?:(?P<rel>last|next|this)\s+)?(?P<hol>(?-i:Christmas(?:\s+(?:Eve|Day))?|New\s+Year(?:'|’)s\s+(?:Eve|Day)|"
     r"Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?(?![\w-])|Good\s+Friday|Labor\s+Day|Memorial\s+Day|Independence\s+Day|"
     r"(?:the\s+)?Fourth\s+of\s+July|Veterans\s+Day|Halloween|Valentine(?:'|’)s\s+Day|Election\s+Day))"
     rf"(?:,?\s+(?P<year>{_YEAR4})|\s+(?P<hweek>week)\b)?", _r_holiday),
    # two years ago, 10 days earlier, three weeks from now, a decade ago
    (rf"(?:{_MOD})?(?P<n>{_SMALL_NUM})[\s-]+(?:or\s+(?:so|two|three)\s+)?(?P<unit>days?|weeks?|months?|years?|decades?)"
     r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|before)\b", _r_ago),
    # last year, this month, next week, the weekend, the past decade
    (rf"(?:{_MOD})?(?:(?:so\s+far|earlier|later|early|late)\s+(?:in\s+)?)?(?P<rel>last|this|next|the\s+past|the\s+last|the\s+coming|"
     r"the\s+next|the\s+previous|the\s+following|the\s+current|current|that|the\s+same|the|coming|past|"
     r"the\s+full|the\s+(?:current\s+)?fiscal|"
     r"previous|following)\s+(?P<unit>year|month|week|weekend|decade|century)\b(?!-|\s+(?:old|long|period|"
     r"high|low|earlier|ago|to\s+(?:year|date)|of\s+the)\b)",
     _r_relative_unit),
    (rf"(?:{_MOD})?(?:over|during|for|on)\s+(?P<rel>the)\s+(?P<unit>weekend)", _r_relative_unit),
    (r"(?:(?:at|around|by|until|before|after)\s+)?(?:the\s+)?year(?:'s)?[\s-]end\b|year's\s+end", _r_year_end),
    (rf"\b(?:{_PRESENT_REF}|{_PAST_REF}|{_FUTURE_REF})\b", _r_ref),
]

# A cheap keyword each match of the rule in the same position must contain. Rules are only run in
# windows around their keywords: the leading optional modifiers make a full scan try every position
# of the text, which dominated the run time.
_TRIGGERS_SRC = [
    r"\d-\d", r"\d/\d", _MONTH, _MONTH, r"week\s+of", _MONTH, r"\d{4}",
    r"nineteen|eighteen|twenty|thousand", r"nineteen|eighteen", r"\d0'?s|ties\b", r"century", r"quarter", r"half|quarters",
    r"quarter|period|months", r"year|period|quarter", r"spring|summer|fall|autumn|winter",
    r"spring|summer|fall|autumn|winter|Spring|Summer|Fall|Autumn|Winter", r"spring|summer|autumn|winter",
    _WEEKDAY, r"today|tonight|yesterday|tomorrow|morning|afternoon|evening|night", r"day|morning|afternoon|evening|night",
    r"(?-i:Christmas|New|Thanksgiving|Easter|Good|Labor|Memorial|Independence|Fourth|Veterans|Halloween"
    r"|Valentine|Election)",
    r"ago|earlier|later|now|hence|before", r"year|month|week|decade|century", r"weekend", r"year",
    r"now|current|present|days|moment|time|recent|past|lately|ago|future|term|coming|ahead|someday|later",
]
_WINDOW_BEFORE = 80  # longest prefix before a keyword: "the very end of last Friday, the "
_WINDOW_AFTER = 100  # longest tail after it: "quarter of fiscal 1990", "24, nineteen ninety-six"

if len(_TRIGGERS_SRC) != len(_RULES_SRC):  # pragma: no cover - a guard for whoever adds a rule
    raise RuntimeError("dates: every rule in _RULES_SRC needs a keyword in _TRIGGERS_SRC")

_RULES: list[tuple[re.Pattern[str], _Resolver]] = [
    (re.compile(rf"\b(?:{src})", re.IGNORECASE), resolver) for src, resolver in _RULES_SRC
]
_TRIGGERS: list[re.Pattern[str]] = [re.compile(src, re.IGNORECASE) for src in _TRIGGERS_SRC]

# Expressions that look like dates but, in context, are something else.
_REJECT_BEFORE = re.compile(r"(?:\$|#|No\.\s*|number\s+|Flight\s+|Route\s+|Highway\s+)\s*$", re.IGNORECASE)
_REJECT_BEFORE_YEAR = re.compile(r"\d[.,]?\s*$")
# A clock time of four digits is no year: "AT 1730 GMT", "1930 hrs".
_REJECT_AFTER_YEAR = re.compile(r"^\s*(?:gmt|utc|hrs?\b|hours|ist|local\s+time)\b", re.IGNORECASE)
_REJECT_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s+cent|shares?|points?|people|persons|troops|soldiers|cars|units|votes|"
    r"feet|meters|metres|miles|tons|barrels|dollars|yen|marks|francs|pounds|members|employees|"
    r"workers|acres|square|seats|copies|times|km|kilometers|kilometres|hours|minutes|jobs)\b",
    re.IGNORECASE,
)
# TimeBank tags the adjective "current" as PRESENT_REF ("its current share") except in set phrases;
# "recent" is tagged far less often, so only before a time noun or a news-event noun.
_CURRENT_NOT_TIME = re.compile(
    r"^\s+(?:accounts?|affairs|assets|liabilities|ratio|flows?|events)\b|^\s*(?:of|in|from)\b", re.IGNORECASE
)
_ADJ_REF_OK_AFTER = re.compile(
    r"^\s+(?:years?|months?|weeks?|days?|times?|quarters?|period|decades?|history|session|crisis|"
    r"level|levels|rate|rates|price|prices|talks|situation|plan|leadership|government|administration|"
    r"regime|policy|policies|economic|political|peace|economy|events|developments|conflict|war|"
    r"fighting|violence|attacks?|elections?|market|markets|fiscal|reports?|surveys?|polls?|"
    r"weakness|trend|trends|slump|decline|gains|losses|record|figures|results|earnings|quotas?|"
    r"contract|round|cycle|issue|problems?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: int
    match: re.Match[str]


def _matches(pattern: re.Pattern[str], trigger: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Return the matches of ``pattern`` in the windows of ``text`` around its keyword."""
    windows: list[list[int]] = []
    for t in trigger.finditer(text):
        lo, hi = max(0, t.start() - _WINDOW_BEFORE), t.end() + _WINDOW_AFTER
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    found: list[re.Match[str]] = []
    for lo, hi in windows:
        found.extend(pattern.finditer(text, lo, hi))
    return found


def _candidates(text: str) -> list[_Candidate]:
    """Return every rule match in the text that survives the context filters."""
    found: list[_Candidate] = []
    for index, (pattern, resolver) in enumerate(_RULES):
        for m in _matches(pattern, _TRIGGERS[index], text):
            start, end = m.start(), m.end()
            # Trim trailing spaces and the period of an abbreviation that ends a sentence.
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            if _REJECT_BEFORE.search(text[max(0, start - 12):start]) or _REJECT_AFTER.match(text[end:end + 20]):
                continue
            if resolver is _r_year and (
                _REJECT_BEFORE_YEAR.search(text[max(0, start - 12):start]) or _REJECT_AFTER_YEAR.match(text[end:end + 20])
            ):
                continue
            word = m.group().lower()
            if resolver is _r_ref and word == "recent" and not _ADJ_REF_OK_AFTER.match(text[end:end + 30]):
                continue
            if resolver is _r_ref and word == "current" and _CURRENT_NOT_TIME.match(text[end:end + 30]):
                continue
            found.append(_Candidate(start, end, index, m))
    return found


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Return non-overlapping candidates, preferring the longest, then the earlier rule."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rule, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


# Spans of most of a year that earnings reports give figures for ("in the first nine months, net
# rose ... from $504 million a year earlier"): not DATE expressions themselves, but the period a
# following "a year earlier" or "the 1988 period" is compared with.
_YEAR_SPAN = re.compile(
    r"\b(?:the|first|latest|past|last)\s+(?:nine|six|9|6)\s+months\b(?!\s+(?:ago|earlier|later|before|after))"
    r"|\b(?:the|its)\s+(?:fiscal\s+)?year\s+(?:ended|ending|that\s+ended)\b",
    re.IGNORECASE,
)


def _year_span_cues(text: str) -> list[int]:
    """Return the offsets of the year-long reporting spans in ``text``."""
    return [m.start() for m in _YEAR_SPAN.finditer(text)]


def _parse_dct(published: str | None) -> dt.date | None:
    """Return the publication date parsed from an ISO string (any time part ignored), or None."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Return the date mentions in ``text`` with TIMEX3 values resolved against ``published``.

    ``published`` is the ISO publication date (``YYYY-MM-DD``, a time part is ignored); without it
    deictic and relative expressions get ``None`` or an ``XXXX``-style value. Offsets are character
    offsets into ``text``.
    """
    source = text
    if caseless(text):
        text = _date_case(text)
    ctx = _Context(text=text, dct=_parse_dct(published))
    out: list[DateMention] = []
    cues = _year_span_cues(text)
    for c in _select(_candidates(text)):
        while cues and cues[0] < c.start:
            cues.pop(0)
            year = ctx.period[1] if ctx.period else (ctx.dct.year if ctx.dct else None)
            if year is not None:
                ctx.period = ("Y", year, 0)
        resolved = _RULES[c.rule][1](c.match, ctx)
        if resolved is None:
            continue
        value, precision = resolved
        if precision == "day":
            ctx.last_day_end = c.end
        out.append(DateMention(text=source[c.start:c.end], start=c.start, end=c.end, value=value,
                               precision=precision))
        second = _second_day(text, c, value)
        if second is not None:
            out.append(DateMention(text=source[second.start:second.end], start=second.start, end=second.end,
                                   value=second.value, precision="day"))
    return out


# "on April 24 and 25": the second day number shares the month (and year) of the first.
_DAY_CONJ = re.compile(r"\s+(?:and|or|to|through)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                       r"(?=\s*(?:[.;)]|,(?!\s*\d)|$|\s+(?:in|at|on|when|while|to|and|for)\b))")


def _second_day(text: str, c: _Candidate, value: str | None) -> DateMention | None:
    """Return the mention of the bare day number after a month-day date ("April 24 and 25")."""
    if _RULES[c.rule][1] is not _r_full_date or not value or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    if not _g(c.match, "month") or c.match.end("day") != c.end or c.match.start("month") > c.match.start("day"):
        return None
    m = _DAY_CONJ.match(text, c.end)
    if m is None:
        return None
    day = _safe_date(int(value[:4]), int(value[5:7]), int(m["day"]))
    if day is None or day.isoformat() <= value:
        return None
    return DateMention(text=text[m.start("day"):m.end()], start=m.start("day"), end=m.end(), value=day.isoformat(),
                       precision="day")


_MONTH_WORD = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)\b",
    re.IGNORECASE,
)
# "may" and "march" are verbs too: only a date when a day number or a date preposition is beside them.
_VERB_MONTHS = {"may", "march"}
_DATE_CONTEXT = re.compile(r"(?:\b(?:in|of|on|early|late|mid|last|next|this|since|until|by)\s+$)|(?:\d\s*$)", re.I)


def _date_case(text: str) -> str:
    """The text with month and weekday names in title case (same length), everything else lower.

    The rules match month names case-sensitively, so that "may" the verb is not a month; in text
    whose case carries nothing, the words are restored to the case they would have in news copy.
    """
    lowered = text.lower()
    chars = list(lowered)
    for m in _MONTH_WORD.finditer(lowered):
        word = m.group(1)
        if word in _VERB_MONTHS:
            before = lowered[max(0, m.start() - 12): m.start()]
            after = lowered[m.end(): m.end() + 4]
            if not (_DATE_CONTEXT.search(before) or re.match(r"\s+\d", after)):
                continue
        chars[m.start()] = chars[m.start()].upper()
    return "".join(chars)


# --------------------------------------------------------------------------- event dates

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "half": 4, "year": 5,
                   "decade": 6, "century": 7}


def event_date(mentions: Sequence[DateMention], published: str | None) -> tuple[str | None, str | None]:
    """Return (value, precision) of the most specific dated mention, fit to date an event.

    A day wins over a week, a week over a month, and so on; among equals the first mention wins
    (news puts the event's date in the lead). A reported event has happened, so mentions that lie
    wholly after the publication date (talks "next Monday") are used only when nothing else is left.
    Vague references (``PAST_REF``) and unresolved values are skipped. Without any usable mention the
    publication date itself is returned with precision "day", or (None, None) if there is none.
    """
    dct = _parse_dct(published)
    best: tuple[bool, int, int, str, str] | None = None
    for i, m in enumerate(mentions):
        if not m.value or "X" in m.value or m.precision not in _PRECISION_RANK:
            continue
        if m.value in ("PAST_REF", "FUTURE_REF", "PRESENT_REF"):
            continue
        key = (_starts_after(m.value, dct), _PRECISION_RANK[m.precision], i, m.value, m.precision)
        if best is None or key < best:
            best = key
    if best is not None:
        return best[3], best[4]
    return (dct.isoformat(), "day") if dct else (None, None)


# A day that dates the report, not the event: "police said on Monday", "officials told AFP Tuesday",
# "OFFICIAL SOURCES TODAY REPORTED THAT".
_REPORT_VERB_BEFORE = re.compile(
    r"\b(?:said|says|reported|announced|stated|added|confirmed|told\s+[\w.-]+(?:\s+[\w.-]+)?)\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
_REPORT_VERB_AFTER = re.compile(
    r"^\s+(?:said|says|reported|announced|stated|confirmed|broadcasts?|aired|airs)\b", re.I
)


def event_mentions(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """The date mentions of ``text`` that may date an event: not those that date the report itself
    (a dateline's, "said on Friday")."""
    dateline = DATELINE.match(text)
    return [
        d for d in mentions
        if not (dateline and d.end <= dateline.end())
        and not _REPORT_VERB_BEFORE.search(text[max(0, d.start - 40): d.start])
        and not _REPORT_VERB_AFTER.match(text[d.end: d.end + 20])
    ]


def article_date(sentences: Sequence[Sentence], mentions: Sequence[DateMention], published: str | None
                 ) -> tuple[str | None, str | None]:
    """Return (value, precision) of the date of the event an article reports, from its
    ``event_mentions``: the lead's day or weekend when the lead dates the event ("killed ... over
    the past weekend" holds for the clashes listed after it, not the day of an air raid "this
    morning" further down), else the most specific date in the article (``event_date``). A weekend
    is given as its first day with precision "week", a record of days holding a span it knows."""
    value, precision = event_date(mentions, published)
    lead = next((s for s in sentences if not s.heading and says_something(s.text)), None)
    if lead is not None:
        own = [m for m in mentions if m.start >= lead.start and m.end <= lead.end]
        lead_value, lead_precision = event_date(own, published)
        day = day_of(lead_value) if any(m.value == lead_value for m in own) else None
        if day and not (published and day > published[:10]):
            value, precision = lead_value, lead_precision
    if value and value.endswith("-WE"):
        return day_of(value), "week"
    return value, precision


def day_of(value: str | None) -> str | None:
    """The day a TIMEX3 value names, for a record that holds days only: the day itself, or the
    Saturday of a weekend ("1990-W01-WE", which "over the past weekend" resolves to, is 1990-01-06):
    the first of its two days. Else None."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value
    weekend = re.fullmatch(r"(\d{4})-W(\d\d)-WE", value)
    if weekend:
        try:
            return dt.date.fromisocalendar(int(weekend[1]), int(weekend[2]), 6).isoformat()
        except ValueError:
            return None
    return None


def _starts_after(value: str, dct: dt.date | None) -> bool:
    """True if a TIMEX3 value's period begins after the DCT (compared on its ISO prefix)."""
    if dct is None:
        return False
    # Lexical order of ISO prefixes is chronological for days, months and years; weeks and
    # quarters compare by their year only, which is enough to keep next year's plans out.
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value > dct.isoformat()
    if re.fullmatch(r"\d{4}-\d\d", value):
        return value > dct.isoformat()[:7]
    return value[:4].isdigit() and int(value[:4]) > dct.year
