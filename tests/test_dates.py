"""Tests for corroborator.dates: date mentions and their TIMEX3 values."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corroborator.dates import day_of, event_date, find_dates
from corroborator.records import DateMention

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPO = Path(__file__).resolve().parents[1]


def values(text: str, published: str | None) -> list[tuple[str, str | None]]:
    """Return (mention text, value) pairs found in ``text``."""
    return [(m.text, m.value) for m in find_dates(text, published)]


def value_of(text: str, published: str | None, phrase: str) -> str | None:
    """Return the value of the mention that covers ``phrase``; fail if there is none."""
    k = text.index(phrase)
    for m in find_dates(text, published):
        if m.start <= k < m.end:
            return m.value
    pytest.fail(f"no date mention covers {phrase!r} in {values(text, published)}")


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # The seed articles: "on Saturday" in an article published Sunday 2026-02-01.
        ("The attack began on Saturday in Gwadar.", "2026-02-01", "Saturday", "2026-01-31"),
        ("Officials said Friday that 15 died.", "1998-03-01", "Friday", "1998-02-27"),
        ("The talks are set to resume Monday, officials said.", "1998-03-22", "Monday", "1998-03-23"),
        ("The monarch will meet Bush on Thursday.", "1990-08-15", "Thursday", "1990-08-16"),
        ("He said Sunday that the army withdrew.", "1998-03-22", "Sunday", "1998-03-22"),
        ("They met last Friday.", "1998-03-01", "last Friday", "1998-02-27"),
        ("The vote is next Tuesday.", "1998-03-01", "next Tuesday", "1998-03-03"),
        # Deictic days.
        ("Rebels attacked today.", "1998-03-01", "today", "1998-03-01"),
        ("Rebels attacked yesterday.", "1998-03-01", "yesterday", "1998-02-28"),
        ("Talks open tomorrow.", "1998-03-01", "tomorrow", "1998-03-02"),
        # Weeks, months, years relative to the DCT.
        ("Fighting flared last week.", "1998-03-01", "last week", "1998-W08"),
        ("Talks continue this week.", "1998-03-01", "this week", "1998-W09"),
        ("The army said earlier this month that it won.", "2026-02-01", "earlier this month", "2026-02"),
        ("Prices rose last month.", "1998-02-27", "last month", "1998-01"),
        ("Output fell last year.", "1998-02-19", "last year", "1997"),
        ("Output fell this year.", "1998-02-19", "this year", "1998"),
        ("Elections are due next year.", "1998-02-19", "next year", "1999"),
        ("The plant closed two years ago.", "1998-04-24", "two years ago", "1996"),
        ("He left five months ago.", "1998-03-31", "five months ago", "1997-10"),
        ("It happened 10 days ago.", "1998-03-22", "10 days ago", "1998-03-12"),
        ("Fighting stopped over the weekend.", "1990-08-13", "the weekend", "1990-W32-WE"),
        # Explicit dates keep their granularity.
        ("The deal closed on March 26, 1996.", "1998-02-19", "March 26, 1996", "1996-03-26"),
        ("It began in November 1995.", "1998-02-27", "November 1995", "1995-11"),
        ("It began in 1995.", "1998-02-27", "1995", "1995"),
        ("It was built in the 1980s.", "1998-02-27", "the 1980s", "198"),
        ("Not since the nineties.", "1998-03-03", "the nineties", "199"),
        ("The 20th century ended.", "1998-02-13", "20th century", "19"),
        ("It rained in the summer of 1998.", "1999-02-13", "the summer of 1998", "1998-SU"),
        ("Shares fell last fall.", "1999-04-10", "last fall", "1998-FA"),
        ("It dates from mid-1996.", "1998-02-19", "mid-1996", "1996"),
        ("The vote was in nineteen ninety-six.", "1998-02-27", "nineteen ninety-six", "1996"),
        # Underspecified month and day: nearest plausible year, biased by tense.
        ("The attack on November 24 killed 12.", "2026-02-01", "November 24", "2025-11-24"),
        ("The dividend is payable Jan. 2 to holders.", "1989-11-02", "Jan. 2", "1990-01-02"),
        ("The offer will expire Dec. 15.", "1989-11-02", "Dec. 15", "1989-12-15"),
        ("Prices peaked in October.", "1998-01-08", "October", "1997-10"),
        ("The mission will fly in December.", "1998-03-04", "December", "1998-12"),
        ("Saddam said on Saturday, April 25, he would go.", "1998-04-24", "Saturday, April 25", "1998-04-25"),
        # Quarters, halves and the financial "year-ago" anaphora.
        ("Profit rose in the third quarter.", "1989-11-02", "the third quarter", "1989-Q3"),
        ("Third-quarter profit rose.", "1989-11-02", "Third-quarter", "1989-Q3"),
        ("Net rose in the third quarter, from $5 million a year earlier.", "1989-11-02", "a year earlier",
         "1988-Q3"),
        ("Sales rose in the first half of 1990.", "1990-11-02", "the first half of 1990", "1990-H1"),
        ("The quarter was weak.", "1989-11-02", "The quarter", "1989-Q3"),
        # Vague references.
        ("Prices are now stable.", "1998-03-01", "now", "PRESENT_REF"),
        ("He recently resigned.", "1998-03-01", "recently", "PAST_REF"),
        ("It may change in the future.", "1998-03-01", "the future", "FUTURE_REF"),
        # Days anchored on the last day mentioned.
        ("Rebels struck on Saturday. The previous day, troops arrived.", "2026-02-01", "The previous day",
         "2026-01-30"),
        ("Talks ended on Jan. 20, 2026 and resumed the next day.", "2026-02-01", "the next day", "2026-01-21"),
        # Holidays.
        ("They met on Thanksgiving Day.", "1998-12-01", "Thanksgiving Day", "1998-11-26"),
        ("They met on Christmas Eve.", "1999-01-05", "Christmas Eve", "1998-12-24"),
    ],
)
def test_values(text: str, published: str, phrase: str, expected: str) -> None:
    assert value_of(text, published, phrase) == expected


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # Financial anaphora: "a year earlier" compares with the last reporting period mentioned.
        ("Third-quarter profit rose. In the first nine months, profit rose to $9 million from $7 million "
         "a year earlier.", "1989-11-02", "a year earlier", "1988"),
        ("Profit rose in the third quarter. For the six months, net fell; the 1988 period had a gain.",
         "1989-11-02", "the 1988 period", "1988"),
        # A fiscal quarter reported in the past tense is the reporting period, though the calendar
        # quarter of that name has not ended yet.
        ("The company reported a drop in fourth-quarter earnings, compared with $5 million a year earlier.",
         "1989-11-02", "a year earlier", "1988-Q4"),
        # ... but a quarter mentioned with the indefinite article is not.
        ("Net rose in the third quarter. After a weak second quarter, sales recovered; the year-earlier "
         "period had charges.", "1989-11-01", "the year-earlier period", "1988-Q3"),
        # A reported half is a reporting period too.
        ("Sales rose in the first half, up from $3 million a year earlier.", "1990-09-12", "a year earlier",
         "1989-H1"),
        # "Last year's quarter" names a quarter even after a year-long span.
        ("Net fell in the third quarter. For the nine months, sales rose. Sales for last year's quarter were "
         "lower.", "1989-11-01", "last year's quarter", "1988-Q3"),
        # "This quarter's loss": results exist only for the quarter already reported.
        ("The net loss for the third quarter ended Sept. 30 was $8 million. This quarter's loss includes "
         "charges.", "1989-11-01", "This quarter", "1989-Q3"),
        # With no tense cue at all, news leans to the past.
        ("Police have been searching for him since the Oct. 23 slaying.", "1999-05-06", "Oct. 23",
         "1998-10-23"),
        # A bare month in a past-tense clause is one that has begun.
        ("In January, the company brought in a new chief executive.", "1989-10-27", "January", "1989-01"),
        # "last February" said in March is a year back; the month just ended would be "last month".
        ("Two helicopters crashed last February.", "1998-03-01", "last February", "1997-02"),
        ("Two helicopters crashed last May.", "1998-03-01", "last May", "1997-05"),
        # Anaphoric months and weekdays count from the last date mentioned.
        ("The board rejected the bid in March 1989. The following month, the company put itself up for "
         "sale.", "1989-10-27", "The following month", "1989-04"),
        ("The index fell on Friday to 4% below its level of the previous Friday.", "1989-10-30",
         "the previous Friday", "1989-10-20"),
        # The day before / after a weekday.
        ("The day before last Tuesday's hearing, he flew in.", "2000-02-24", "day before last Tuesday",
         "2000-02-21"),
        # A weekday in the possessive names an event that has happened.
        ("Relatives will seek ways around Wednesday's ruling.", "2000-01-07", "Wednesday", "2000-01-05"),
        # Tense cues: a passive takes the tense of its auxiliary; "un-...-ed" is an adjective.
        ("The results would then be published Friday.", "1998-03-01", "Friday", "1998-03-06"),
        ("Shares would trade at an unspecified price Friday.", "1998-03-01", "Friday", "1998-03-06"),
        # "were planning" is a plan for later; "planned" alone is an adjective or a past verb.
        ("Exiles announced a march in Little Havana on Saturday and were planning a motorcade.", "2000-01-07",
         "Saturday", "2000-01-08"),
        ("It was a hastily planned visit on Friday.", "1998-08-17", "Friday", "1998-08-14"),
        # "could" is no future: "could not be located Wednesday".
        ("Neither man could be located Wednesday.", "2000-01-06", "Wednesday", "2000-01-05"),
        ("Neither man could reach the town Wednesday.", "2000-01-06", "Wednesday", "2000-01-05"),
        # A date fronted before its clause takes the tense of the verb after the subject.
        ("On Tuesday, the league of abortion-rights groups plans to screen an advertisement.", "1998-10-26",
         "Tuesday", "1998-10-27"),
        # The reporting verb after a closing quotation mark says nothing about the quoted clause.
        ("``He will leave for the border in the early hours of Thursday,'' Castro said.", "2000-04-05",
         "Thursday", "2000-04-06"),
        # Moved to a later date.
        ("Officials postponed until Tuesday any action on the case.", "2000-03-30", "Tuesday", "2000-04-04"),
        # Half of a decade is dated by the decade.
        ("Sales were flat in the last half of the '80s.", "1989-10-26", "the last half of the '80s", "198"),
        # Spelled-out years of two parts need no preposition (broadcast transcripts).
        ("Atlanta, nineteen ninety-six. A bomb blast shocks the city.", "1998-02-27", "nineteen ninety-six",
         "1996"),
        # "April 24 and 25": the second day shares the month of the first.
        ("The summit is set for April 24 and 25 in Washington.", "1999-02-10", "25", "1999-04-25"),
        # The period of a title, an initial or "a.m." does not cut the sentence off from its tense cue.
        ("The agency extended the deadline until 9 a.m. EST Tuesday.", "2000-04-03", "Tuesday", "2000-04-04"),
        ("Mr. Green will replace Anne K. Moore Feb. 1 as head of the fund.", "1989-07-01", "Feb. 1",
         "1990-02-01"),
        # A fronted date takes the main verb however long the subject before it.
        ("In March, two weeks after the anniversary of the peace treaty between the two countries, a car "
         "bomb in the busy old market district of the capital killed four people.", "1998-12-20", "March",
         "1998-03"),
        # "then current" is current at a time already past.
        ("Holders may buy shares at half the then current market price.", "1989-10-26", "then current",
         "PAST_REF"),
        # In apposition to a date, "the day before X" is that date.
        ("Shares were last traded on March 3, the day before the merger was announced.", "1999-03-10",
         "the day before", "1999-03-03"),
        ("The bridge closed on March 3. The day before, the river rose.", "1999-03-10", "The day before",
         "1999-03-02"),
        # Easter, and the week of a holiday.
        ("Crowds gathered in the square as Easter week began.", "2001-04-10", "Easter week", "2001-W15"),
        ("Pilgrims arrived for Easter.", "2001-04-20", "Easter", "2001-04-15"),
        # "last year" compared with a reported quarter is that quarter a year back ...
        ("Third-quarter profit rose to $9 million, compared with a loss of $2 million last year.",
         "1989-11-02", "last year", "1988-Q3"),
        ("Third-quarter sales were $4 billion, up 9% from last year's $3.7 billion.", "1989-11-02",
         "last year", "1988-Q3"),
        # ... but not when the sentence is about a whole year, or when a fiscal year was reported.
        ("Net rose in the third quarter. Analysts see $4 a share for the year, up from last year's $3.",
         "1989-11-02", "last year", "1988"),
        ("Net rose in the fourth quarter. For the year ended Aug. 31, net was $2 million, down from $9 "
         "million last year.", "1989-10-30", "last year", "1988"),
        # A measure takes effect on a day still to come, whatever the tense of the announcement.
        ("The board approved a new pay scale, effective March 1.", "2001-11-20", "March 1", "2002-03-01"),
        # "planned to" makes the planned day future, not a day the plan was made on.
        ("On Monday, the ministry planned to reopen the border.", "2001-11-21", "Monday", "2001-11-19"),
        ("The ministry planned to reopen the border on Monday.", "2001-11-21", "Monday", "2001-11-26"),
        # "the past week" is the seven days before publication (a Friday: this ISO week).
        ("Prices have risen sharply over the past week.", "2001-11-23", "the past week", "2001-W47"),
        ("Prices rose sharply last week.", "2001-11-23", "last week", "2001-W46"),
    ],
)
def test_anchoring_rules(text: str, published: str, phrase: str, expected: str) -> None:
    assert value_of(text, published, phrase) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The troops stayed for three years.",  # a duration, not a date
        "He won 1,995 votes and $1990 in cash.",  # numbers, not years
        "Shares rose 1990 points.",
        "She may go; the march went on; a sun hat.",  # lower-case words that name months and days
        "The fall of the regime was swift.",  # "fall" as a noun
        "They walked every week.",  # a set
        "The current account deficit widened.",  # "current" not about time
        "Previously unknown militants attacked.",
        "The quarter-to-quarter comparison improved.",  # not a quarter of the calendar
        "Nineteen twenty-five people died.",  # a count, not a spelled year
        "Television broadcast the report at 1730 GMT.",  # clock times of four digits
        "The patrol left camp at 2230 hrs.",
    ],
)
def test_not_dates(text: str) -> None:
    assert values(text, "1998-03-01") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Officials said Friday that 15 died.", "Friday"),
        ("It began in November 1995, said the report.", "November 1995"),
        ("Prices rose earlier this month.", "earlier this month"),
    ],
)
def test_offsets_point_into_text(text: str, phrase: str) -> None:
    mentions = find_dates(text, "1998-03-01")
    spans = {(m.start, m.end): m.text for m in mentions}
    k = text.index(phrase)
    assert spans.get((k, k + len(phrase))) == phrase


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The attack came on Saturday.", "Saturday", "XXXX-WXX-6"),
        ("It began in November 1995.", "November 1995", "1995-11"),
        ("Rebels attacked yesterday.", "yesterday", None),
        ("Prices are now stable.", "now", "PRESENT_REF"),
    ],
)
def test_without_publication_date(text: str, phrase: str, expected: str | None) -> None:
    assert value_of(text, None, phrase) == expected


def test_precision_labels() -> None:
    text = "On Friday, last week, in March 1995, in 1990, in the 1980s, in the third quarter, now."
    got = {m.text: m.precision for m in find_dates(text, "1998-03-01")}
    assert got == {"Friday": "day", "last week": "week", "March 1995": "month", "1990": "year",
                   "the 1980s": "decade", "the third quarter": "quarter", "now": "ref"}


def _mention(value: str | None, precision: str | None) -> DateMention:
    return DateMention(text="x", start=0, end=1, value=value, precision=precision)


@pytest.mark.parametrize(
    ("mentions", "published", "expected"),
    [
        ([_mention("2026-01", "month"), _mention("2026-01-31", "day")], "2026-02-01", ("2026-01-31", "day")),
        ([_mention("2026-W05", "week"), _mention("2026", "year")], "2026-02-01", ("2026-W05", "week")),
        ([_mention("2026-01-30", "day"), _mention("2026-01-31", "day")], "2026-02-01", ("2026-01-30", "day")),
        ([_mention("PAST_REF", "ref")], "2026-02-01", ("2026-02-01", "day")),
        # Talks "next Monday" are not the event an article published on Sunday reports.
        ([_mention("2026-02-02", "day"), _mention("2026-01", "month")], "2026-02-01", ("2026-01", "month")),
        ([_mention("2026-02-02", "day")], "2026-02-01", ("2026-02-02", "day")),
        ([_mention("XXXX-WXX-6", "day")], None, (None, None)),
        ([], None, (None, None)),
    ],
)
def test_event_date(mentions: list[DateMention], published: str | None,
                    expected: tuple[str | None, str | None]) -> None:
    assert event_date(mentions, published) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1990-01-06", "1990-01-06"),
        ("1990-W01-WE", "1990-01-06"),  # ISO week 1 of 1990 runs from Monday 1 January
        ("2026-W05-WE", "2026-01-31"),
        ("2026-W05", None),
        ("2026-01", None),
        ("PAST_REF", None),
        (None, None),
    ],
)
def test_day_of(value: str | None, expected: str | None) -> None:
    assert day_of(value) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Friday, Feb. 27, 1998, that early last Friday the third-quarter talks ended.",
        "In the first two quarters of 1990 and the summer of nineteen ninety-six, now and then.",
        "He came a year earlier, two weeks ago, over the weekend, at year-end and on Christmas Eve.",
    ],
)
def test_keyword_windows_find_what_a_full_scan_finds(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scanning only around each rule's keyword (for speed) must not change the result."""
    import corroborator.dates as dates

    windowed = find_dates(text * 3, "1998-03-01")
    monkeypatch.setattr(dates, "_matches", lambda pattern, trigger, t: list(pattern.finditer(t)))
    assert find_dates(text * 3, "1998-03-01") == windowed
    assert windowed


def test_dev_set_floor() -> None:
    """The TempEval-3 dev set keeps detection F1 and value accuracy above their pinned floors."""
    eval_dir = SHARED / "eval" / "dates"
    if not (eval_dir / "score_dates.py").exists():
        pytest.skip(f"evaluation data not found at {eval_dir} (check out ../shared beside the repo)")
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "eval_dates.py"), "--eval-dir", str(eval_dir),
         "--min-f1", "0.93", "--min-value-accuracy", "0.86"],
        capture_output=True, text=True, check=False, timeout=300,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("precision=")]
    assert lines, proc.stdout + proc.stderr
    figures = dict(item.split("=", 1) for item in lines[-1].split())
    assert float(figures["f1"]) >= 0.93, json.dumps(figures)
    assert float(figures["value_accuracy"]) >= 0.86, json.dumps(figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four were wounded early this morning.", "1988-11-02"),
        ("Two died last night.", "1988-11-01"),
        ("The attack came this afternoon.", "1988-11-02"),
    ],
)
def test_parts_of_this_day_and_last_night(text: str, expected: str) -> None:
    assert [v for _, v in values(text, "1988-11-02")] == [expected]
