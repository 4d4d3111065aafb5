"""Tests for corroborator.clean: embedded posts cut out as Embeds, boilerplate lines dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborator.clean import clean, clean_text, embed_date
from corroborator.ingest import read_paths
from corroborator.records import Article, Embed

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"


def article(text: str) -> Article:
    return Article(id="x", path="p.txt", source=None, url=None, published=None, title="T", text=text)


def test_seed_tweet_is_cut_out() -> None:
    seed = SEEDS / "001_9389fa693edba1ab.txt"
    if not seed.is_file():
        pytest.skip(f"seed article not found at {seed} (it lives in ../shared beside the repository)")
    [raw] = list(read_paths([str(seed)]))
    assert isinstance(raw, Article)
    done = clean(raw)
    assert done.embeds == (Embed(
        platform="twitter", author="Aditya Raj Kaul", handle="@AdityaRajKaul", date="2026-01-31",
        url="https://pic.twitter.com/34K0jISb0X",
        text="Baloch Rebel Group Balochistan Liberation Army seen taking control of the market in Quetta. "
             "Pakistan Army soldiers helpless under Asim Munir.",
    ),)
    assert "Baloch Rebel Group" not in done.text and "AdityaRajKaul" not in done.text
    # Every other line is untouched, in order.
    assert done.text.split("\n") == [line for line in raw.text.split("\n") if "AdityaRajKaul" not in line]
    assert done.id == raw.id and done.title == raw.title


def test_seed_without_embeds_is_unchanged() -> None:
    seed = SEEDS / "000_b5333d69a80e2512.txt"
    if not seed.is_file():
        pytest.skip(f"seed article not found at {seed}")
    [raw] = list(read_paths([str(seed)]))
    assert isinstance(raw, Article)
    assert clean(raw) is raw


def test_html_fixture_advertisement_dropped_and_ingest_embeds_kept() -> None:
    [raw] = list(read_paths([str(FIXTURES / "page.html")]))
    assert isinstance(raw, Article)
    done = clean(raw)
    assert done.embeds == raw.embeds and len(done.embeds) == 1
    assert "Advertisement" not in done.text
    assert done.text.split("\n") == [line for line in raw.text.split("\n") if line != "Advertisement"]


def test_html_fixture_pasted_tweet_is_cut_after_markup_embeds() -> None:
    [raw] = list(read_paths([str(FIXTURES / "embeds.html")]))
    assert isinstance(raw, Article)
    done = clean(raw)
    assert [e.handle for e in done.embeds] == ["@plainswatch", "@plainsrescue", "@plains_gov", "@passerby"]
    assert done.embeds[-1] == Embed("twitter", "Passer By", "@passerby", "2025-08-16", None,
                                    "Burned cars lined the road outside the depot. Copied note")
    assert "passerby" not in done.text and done.text.endswith("stayed closed on Monday.")


EMBED_CASES = [
    # Twitter/X: signature on the same line, em dash touching the link.
    ("Before.\nRebels hold the bridge. pic.twitter.com/AbC123xyz\u2014 Field Reporter (@fieldrep) March 3, 2025\nAfter.",
     Embed("twitter", "Field Reporter", "@fieldrep", "2025-03-03", "https://pic.twitter.com/AbC123xyz", "Rebels hold the bridge.")),
    # Signature on its own line closes the post on the line above; day-first date; t.co link.
    ("Before.\nShelling again tonight https://t.co/Q1w2E3r4\n\u2014 Night Desk (@nightdesk) 4 March 2025\nAfter.",
     Embed("twitter", "Night Desk", "@nightdesk", "2025-03-04", "https://t.co/Q1w2E3r4", "Shelling again tonight")),
    # ASCII double hyphen and abbreviated month, status link in the line.
    ("Before.\nConvoy hit near the pass https://twitter.com/ops_watch/status/123456 -- Ops Watch (@ops_watch) Jan 5, 2025\nAfter.",
     Embed("twitter", "Ops Watch", "@ops_watch", "2025-01-05", "https://twitter.com/ops_watch/status/123456", "Convoy hit near the pass https://twitter.com/ops_watch/status/123456")),
    # No date printed.
    ("Before.\nWe are safe. \u2014 Aid Team (@aidteam)\nAfter.",
     Embed("twitter", "Aid Team", "@aidteam", None, None, "We are safe.")),
    # A bare status URL on its own line (an embed the page never rendered).
    ("Before.\nhttps://x.com/press_office/status/987654321?s=20\nAfter.",
     Embed("twitter", None, "@press_office", None, "https://x.com/press_office/status/987654321?s=20", "")),
    # Instagram: header line and signature with date and time.
    ("Before.\nView this post on Instagram\nA post shared by City Council (@citycouncil) on Feb 2, 2025 at 9:15am PST\nAfter.",
     Embed("instagram", "City Council", "@citycouncil", "2025-02-02", None, "")),
    ("Before.\nFloodwater at the gate. A post shared by Relief Desk (@relief.desk)\nAfter.",
     Embed("instagram", "Relief Desk", "@relief.desk", None, None, "Floodwater at the gate.")),
    # Facebook embedded post.
    ("Before.\nOur teams reached the valley this morning. Posted by Red Crescent Office on Saturday, 31 January 2026\nAfter.",
     Embed("facebook", "Red Crescent Office", None, "2026-01-31", None, "Our teams reached the valley this morning.")),
    # Telegram post link ends the paragraph.
    ("Before.\nThe ministry denied the reports. t.me/ministry_news/4521\nAfter.",
     Embed("telegram", None, "@ministry_news", None, "https://t.me/ministry_news/4521", "The ministry denied the reports.")),
    # Video captions and bare YouTube links.
    ("Before.\nWatch: Footage shows smoke over the depot\nAfter.",
     Embed("video", None, None, None, None, "Footage shows smoke over the depot")),
    ("Before.\nWATCH | Residents flee https://youtu.be/dQw4w9WgXcQ\nAfter.",
     Embed("youtube", None, None, None, "https://youtu.be/dQw4w9WgXcQ", "Residents flee")),
    ("Before.\nhttps://www.youtube.com/watch?v=abcDEF12345\nAfter.",
     Embed("youtube", None, None, None, "https://www.youtube.com/watch?v=abcDEF12345", "")),
]


@pytest.mark.parametrize(("text", "embed"), EMBED_CASES)
def test_embeds_are_cut_out(text: str, embed: Embed) -> None:
    body, embeds = clean_text(text)
    assert embeds == (embed,)
    assert body == "Before.\nAfter."


def test_signature_with_prose_run_on_keeps_the_prose() -> None:
    text = ("Lucky winner sold in the valley!! https://t.co/B6st9j0 -- State Lottery (@statelotto) March 31, 2018 "
            "Tickets cost $2 and are sold in 44 states.\nNext paragraph.")
    body, embeds = clean_text(text)
    assert body == "Tickets cost $2 and are sold in 44 states.\nNext paragraph."
    assert embeds == (Embed("twitter", "State Lottery", "@statelotto", "2018-03-31", "https://t.co/B6st9j0",
                            "Lucky winner sold in the valley!!"),)


@pytest.mark.parametrize("line", [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Also read: Ten killed in second attack on highway",
    "ALSO READ | Army chief visits the front",
    "Read more: Why the valley matters",
    "READ MORE: CETA clears legal hurdle",
    "Click here to subscribe to our newsletter",
    "Follow us on Twitter and Instagram",
    "Like us on Facebook; Follow us on Twitter; Daily Newsletter.",
    "Sign up for our daily newsletter",
    "Download the Daily app for the latest updates",
    "(Except for the headline, this story has not been edited by staff and is published from a syndicated feed.)",
    "Share | Tweet | Email",
    "View this post on Instagram",
])
def test_boilerplate_lines_are_dropped(line: str) -> None:
    assert clean_text(f"First.\n{line}\nLast.") == ("First.\nLast.", ())


@pytest.mark.parametrize("text", [
    # Prose that mentions the words boilerplate uses, or a platform, stays.
    "Officials said readers could click here for updates, but the site was down.",
    "The advertisement for army recruits drew thousands in the capital.",
    "Watch out for further attacks, the police chief warned residents.",
    "Also in the district, two schools were closed after the attack.",
    "The group posted a statement on Telegram and on Twitter claiming the attack.",
    "The pro-government activist (@citizen_k) was detained on Monday.",
    "He said - as he left (@ the station) - that nobody was hurt.",
    "Related fighting continued in the north through the night, residents said.",
    "Follow-up raids on Sunday killed three more militants.",
])
def test_prose_is_kept(text: str) -> None:
    body = f"First.\n{text}\nLast."
    assert clean_text(body) == (body, ())


@pytest.mark.parametrize(("text", "body", "embed"), [
    # A Facebook footer alone on its line closes the post above it.
    ("Intro.\nWe reached the valley.\nPosted by Aid Office on 2 May 2025\nEnd.", "Intro.\nEnd.",
     Embed("facebook", "Aid Office", None, "2025-05-02", None, "We reached the valley.")),
    # A bare Telegram link or Instagram footer does not swallow the prose above it.
    ("Intro.\nThe ministry posted a statement.\nhttps://t.me/ministry_news/77\nEnd.",
     "Intro.\nThe ministry posted a statement.\nEnd.",
     Embed("telegram", None, "@ministry_news", None, "https://t.me/ministry_news/77", "")),
    ("Intro.\nThe council shared photos.\nA post shared by City Council (@citycouncil)\nEnd.",
     "Intro.\nThe council shared photos.\nEnd.",
     Embed("instagram", "City Council", "@citycouncil", None, None, "")),
])
def test_which_signatures_take_the_line_above(text: str, body: str, embed: Embed) -> None:
    assert clean_text(text) == (body, (embed,))


def test_long_line_above_a_signature_is_not_taken_as_the_post() -> None:
    prose = "Officials said " + "the fighting went on " * 40 + "all night."
    body, embeds = clean_text(f"{prose}\n\u2014 Desk (@desk) May 1, 2025")
    assert body == prose
    assert embeds == (Embed("twitter", "Desk", "@desk", "2025-05-01", None, ""),)


def test_clean_appends_to_existing_embeds_and_is_idempotent() -> None:
    old = Embed("twitter", "A", "@a", None, None, "old")
    raw = Article(id="x", path="p", source=None, url=None, published=None, title=None,
                  text="Hi.\nNew post \u2014 B (@b) June 2, 2025\nBye.", embeds=(old,))
    once = clean(raw)
    assert once.embeds == (old, Embed("twitter", "B", "@b", "2025-06-02", None, "New post"))
    assert once.text == "Hi.\nBye."
    assert clean(once) is once


def test_embeds_keep_body_order() -> None:
    body, embeds = clean_text("A.\nOne \u2014 X (@x) May 1, 2025\nB.\nWatch: clip\nC.")
    assert body == "A.\nB.\nC."
    assert [e.platform for e in embeds] == ["twitter", "video"]


@pytest.mark.parametrize(("text", "expected"), [
    ("January 31, 2026", "2026-01-31"),
    ("Jan 31 2026", "2026-01-31"),
    ("31 January 2026", "2026-01-31"),
    ("Saturday, 31 January 2026", "2026-01-31"),
    ("Sept. 3, 2025", "2025-09-03"),
    ("February 30, 2026", None),
    ("31 2026", None),
    (None, None),
])
def test_embed_date(text: str | None, expected: str | None) -> None:
    assert embed_date(text) == expected


def test_cleaned_article_untouched_when_nothing_found() -> None:
    raw = article("Plain report.\nSecond paragraph.")
    assert clean(raw) is raw
