"""Clean: cut pasted social-media posts out of an article body (kept as Embeds) and drop boilerplate.

Embeds arrive as the text a browser copies from a page (or trafilatura extracts from it): the
widget's markup is gone, but each platform leaves a recognisable signature line, which is what is
matched here:

- Twitter/X (publish.twitter.com blockquote): ``<text> pic.twitter.com/… — Name (@handle) Month D, YYYY``,
  the signature on the same line as the text or on the next one; a bare status URL on its own line.
- Instagram: ``View this post on Instagram`` and ``A post shared by Name (@handle) [on DATE]``.
- Facebook (embedded post): ``<text> Posted by Name on [Weekday,] DATE``.
- Telegram: a paragraph ending in a ``t.me/<channel>/<post>`` link.
- YouTube and other video: ``Watch: …`` / ``WATCH | …`` caption lines and bare YouTube URLs.

Only whole lines are removed, so every other line stays byte-identical and offsets into the
cleaned text map back onto the source with a plain line alignment. Boilerplate lines are removed
only when the whole line is boilerplate ("Advertisement", "Also read: …", "Click here to …",
"Follow us on …"), never inside a paragraph of prose.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from corroborator.records import Article, Embed

__all__ = ["clean", "clean_text", "embed_date", "match_embed"]

MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
# "January 31, 2026", "Jan 31 2026", "31 January 2026" (the forms the embed widgets print).
DATE = rf"{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
# An em dash may touch the text before it ("…pic.twitter.com/x— Name"); a hyphen or en dash must
# stand apart, or "pro-government (@handle)" would read as a signature.
DASH = r"(?:[\u2014\u2015]|&mdash;|&#8212;|(?<!\S)[\u2013-]{1,2}(?=\s))"
HANDLE = r"@[A-Za-z0-9_]{1,15}"

# The signature a Twitter/X embed leaves at the end of its blockquote.
TWEET_SIGNATURE = re.compile(
    rf"{DASH}\s*(?P<author>[^\n()\u2014\u2013]{{0,80}}?)\s*"
    rf"(?:\(\s*(?P<handle>{HANDLE})\s*\)\s*(?P<date>{DATE})?|(?P<bare>{HANDLE})\s+(?P<bare_date>{DATE}))"
    r"\s*$",
    re.I,
)
# The same signature with prose run on after it, as flattening scrapers leave it ("… 2018 Tickets
# are $2 …"): only trusted with the date, which the widget always prints.
TWEET_SIGNATURE_RUN_ON = re.compile(
    rf"{DASH}\s*(?P<author>[^\n()\u2014\u2013]{{0,80}}?)\s*\(\s*(?P<handle>{HANDLE})\s*\)\s*(?P<date>{DATE})\s+(?=\S)",
    re.I,
)
TWEET_STATUS = re.compile(r"(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/(?P<user>\w{1,15})/status(?:es)?/\d+[^\s]*", re.I)
TWEET_MEDIA = re.compile(r"(?:https?://)?pic\.(?:twitter|x)\.com/\w+", re.I)
SHORT_LINK = re.compile(r"https?://t\.co/\w+", re.I)
INSTAGRAM = re.compile(
    rf"A post shared by\s+(?P<author>[^\n()]{{0,80}}?)\s*(?:\(\s*(?P<handle>@[\w.]{{1,30}})\s*\))?"
    rf"(?:\s+on\s+(?P<date>{DATE}))?(?:\s+at\s+[\d:.]+\s*(?:[ap]\.?m\.?)?\s*[A-Z]{{0,5}})?\s*$",
    re.I,
)
INSTAGRAM_HEADER = re.compile(r"^\s*View (?:this|the) post on Instagram\s*$", re.I)
FACEBOOK = re.compile(rf"Posted by\s+(?P<author>[^\n]{{1,80}}?)\s+on\s+(?P<date>{DATE})\s*$", re.I)
TELEGRAM = re.compile(rf"(?:\s*{DASH}\s*)?(?P<url>(?:https?://)?t\.me/(?P<channel>[A-Za-z]\w{{3,63}})/\d+)\s*$", re.I)
YOUTUBE = re.compile(r"(?:https?://)?(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|shorts/|embed/)|youtu\.be/)[\w?=&-]+", re.I)
WATCH = re.compile(r"^\s*watch(?:\s+(?:the\s+)?video)?\s*(?::|\||\u2014|\u2013)\s*(?P<text>.+?)\s*$", re.I)
# Longest a tweet's text can be when taken from the line above its signature (280 characters,
# plus slack for long-form posts and expanded links); longer lines are article prose.
MAX_POST = 600

# Whole lines that are page furniture, not reporting. Kept to phrases that news prose never
# uses as a complete line; prefixed forms ("Also read: ...") are capped in length.
BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"advertisements?|advertisement\s*[-\u2013\u2014]\s*(?:scroll|continue)[^\n]*|sponsored(?: content)?|"
    r"story continues below(?: this)? (?:advertisement|ad)|continue reading(?: below)?|"
    r"scroll (?:down )?to continue(?: with content)?|skip (?:this )?ad(?:vertisement)?|"
    r"share this (?:article|story)|(?:share|tweet|email|print|comments?)(?:\s*[|/]\s*(?:share|tweet|email|print|comments?))*|"
    r"\(?except for the headline, this story has not been edited by[^\n]*|"
    r"(?:also read|read also|must read|see also|also see|don'?t miss|read more|related(?: (?:stories|articles|news))?)"
    r"\s*(?::|\||\u2014|\u2013|-)[^\n]{0,200}|"
    r"click here\b[^\n]{0,200}|"
    r"(?:follow|like|join) us on\b[^\n]{0,200}|"
    r"(?:subscribe|sign up)\b[^\n]{0,150}\b(?:newsletter|channel|updates|alerts|whatsapp|telegram|youtube)\b[^\n]{0,80}|"
    r"(?:download|get) (?:our|the)\b[^\n]{0,80}\bapp\b[^\n]{0,80}"
    r")\s*[.!]?\s*$",
    re.I,
)


def embed_date(text: str | None) -> str | None:
    """Return an embed's printed date ("January 31, 2026", "31 Jan 2026") as ``YYYY-MM-DD``, else None."""
    if not text:
        return None
    words = re.findall(r"[a-z]+|\d+", text.lower())
    month = next((MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    years = [n for n in numbers if n > 31]
    days = [n for n in numbers if 1 <= n <= 31]
    if month is None or not years or not days:
        return None
    try:
        return date(years[0], month, days[0]).isoformat()
    except ValueError:
        return None


def post_text(text: str) -> str:
    """Return a post's words without its media and short links (``pic.twitter.com/…``, ``t.co/…``)."""
    text = TWEET_MEDIA.sub("", text)
    text = re.sub(rf"(?:\s*{SHORT_LINK.pattern})+\s*$", "", text, flags=re.I)
    return " ".join(text.split())


def tweet_url(text: str) -> str | None:
    """Return the best URL of a tweet: its status link, else its media link, else a short link."""
    for pattern in (TWEET_STATUS, TWEET_MEDIA, SHORT_LINK):
        match = pattern.search(text)
        if match:
            return with_scheme(match.group(0))
    return None


def clean_text(text: str) -> tuple[str, tuple[Embed, ...]]:
    """Return the body without embedded posts and boilerplate lines, and the posts as Embeds."""
    lines = text.split("\n")
    drop = [False] * len(lines)
    found: list[tuple[int, Embed]] = []

    def take_previous(i: int) -> str:
        """Return the line above ``i`` as a post's text (dropping it) when it can be one."""
        if i > 0 and not drop[i - 1] and 0 < len(lines[i - 1].strip()) <= MAX_POST:
            drop[i - 1] = True
            return lines[i - 1]
        return ""

    for i, line in enumerate(lines):
        if drop[i] or not line.strip():
            continue
        embed = match_embed(line)
        if embed is None:
            run_on = TWEET_SIGNATURE_RUN_ON.search(line)
            if run_on and run_on.start() > 0:
                # The post runs from the start of the line to its signature; the prose after stays.
                found.append((i, Embed("twitter", run_on["author"].strip() or None, run_on["handle"],
                                       embed_date(run_on["date"]), tweet_url(line[: run_on.start()]),
                                       post_text(line[: run_on.start()]))))
                lines[i] = line[run_on.end():]
                continue
            if BOILERPLATE.match(line) or INSTAGRAM_HEADER.match(line):
                drop[i] = True
            continue
        drop[i] = True
        # A signature alone on its line closes the post written on the line above (a bare status
        # URL or Telegram link is a post of its own: the line above is the article's prose).
        if not embed.text and (embed.platform == "facebook" or (
                embed.platform == "twitter" and not TWEET_STATUS.fullmatch(line.strip()))):
            above = take_previous(i)
            if embed.platform == "twitter":
                embed = replace(embed, text=post_text(above), url=embed.url or tweet_url(above))
            else:
                embed = replace(embed, text=post_text(above))
        found.append((i, embed))
    if not found and not any(drop):
        return text, ()
    kept = "\n".join(line for line, gone in zip(lines, drop, strict=True) if not gone)
    return kept, tuple(embed for _, embed in found)


def match_embed(line: str) -> Embed | None:
    """Return the Embed whose signature ends ``line`` (text = the words before it), else None."""
    match = TWEET_SIGNATURE.search(line)
    if match:
        before = line[: match.start()]
        return Embed(
            platform="twitter",
            author=(match["author"] or "").strip() or None,
            handle=match["handle"] or match["bare"],
            date=embed_date(match["date"] or match["bare_date"]),
            url=tweet_url(line),
            text=post_text(before),
        )
    stripped = line.strip()
    status = TWEET_STATUS.fullmatch(stripped)
    if status:
        return Embed("twitter", None, "@" + status["user"], None, tweet_url(stripped), "")
    match = INSTAGRAM.search(line)
    if match:
        before = INSTAGRAM_HEADER.sub("", line[: match.start()]).strip()
        return Embed("instagram", (match["author"] or "").strip() or None, match["handle"],
                     embed_date(match["date"]), None, post_text(before))
    match = FACEBOOK.search(line)
    if match:
        return Embed("facebook", match["author"].strip(), None, embed_date(match["date"]), None,
                     post_text(line[: match.start()]))
    match = TELEGRAM.search(line)
    if match and len(stripped) <= MAX_POST:
        return Embed("telegram", None, "@" + match["channel"], None, with_scheme(match["url"]),
                     post_text(line[: match.start()]))
    youtube = YOUTUBE.search(line)
    if youtube and youtube.group(0) == stripped:
        return Embed("youtube", None, None, None, with_scheme(stripped), "")
    match = WATCH.match(line)
    if match and len(stripped) <= 250:
        words = YOUTUBE.sub("", match["text"]).strip()
        return Embed("youtube" if youtube else "video", None, None, None,
                     with_scheme(youtube.group(0)) if youtube else None, " ".join(words.split()))
    return None


def with_scheme(url: str) -> str:
    """Return ``url`` with a scheme."""
    return url if url.lower().startswith("http") else "https://" + url


def clean(article: Article) -> Article:
    """Return the article with embedded posts cut from the body into ``embeds`` and boilerplate dropped."""
    text, embeds = clean_text(article.text)
    if text == article.text and not embeds:
        return article
    return replace(article, text=text, embeds=article.embeds + embeds)
