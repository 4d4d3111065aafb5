"""Ingest: read article files (text, JSONL/JSON, CSV, HTML, RSS/Atom) into Article records.

The only stage that touches disk, and only through the ``fetch`` reader it is handed (the default
reads a local file), so tests hand it a function and never the file system or the network.

Decisions a user should know about (each one is tested in ``tests/test_ingest.py``):

- Bad input never raises. Every unreadable file or unusable record becomes a ``Rejection`` whose
  ``problem`` is one line that names the fix, and the run goes on with the rest.
- Encoding. UTF-8 (with or without a BOM) and UTF-16 with a BOM are read as such. A file that is
  not UTF-8 but is valid Windows-1252 (cp1252, the usual encoding of Western news dumps) is read as
  cp1252: the strict decode is lossless, and cp1252 is a superset of the printable Latin-1 range.
  HTML and XML files may declare their own charset, which is honoured. Anything else (Shift-JIS,
  GBK, corrupt bytes) is rejected with the offending byte offset and the fix ("re-save as UTF-8").
- A ``published`` value that is not a date keeps its article with ``published=None`` and logs a
  warning on the ``corroborator.ingest`` logger: only what cannot be used at all is rejected (a
  record without text, a line that is not JSON, a CSV without a text column).
- ``Article.id`` hashes the whitespace-normalised, lowercased source, published date, title and
  text, so the same article read from anywhere gets the same id (re-ingesting adds nothing twice),
  while the same wire copy run by two outlets, or on two days, stays two articles for the
  syndication stage to link.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import html
import io
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from corroborator.records import Article, Embed, Rejection

__all__ = ["Reader", "article_id", "normalise_body", "parse_bytes", "read_file", "read_paths"]

log = logging.getLogger(__name__)

Reader = Callable[[str], bytes]
Item = Article | Rejection

# Field names accepted for each Article field, first match wins. The eval corpora and most news
# dumps (GDELT, Common Crawl news extracts, newspaper3k output) use one of these spellings.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "docid", "guid", "uid"),
    "title": ("title", "headline", "heading"),
    "text": ("text", "body", "content", "article", "maintext", "full_text", "story"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate", "datetime",
                  "date_publish", "published_date", "timestamp"),
    "source": ("source", "outlet", "publisher", "source_name", "sitename", "site"),
    "url": ("url", "link", "source_url", "uri"),
}

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
}

# The seeds' first line: " date 2026-02-01 Title" (the leading space is part of the format).
DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*?))?\s*$")
# A charset declared in the first bytes of an HTML or XML file.
DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# C0 control characters other than tab, newline, form feed and carriage return: text never has them.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_TITLE = 300


# --------------------------------------------------------------------------------------------
# The edge: walking paths and reading bytes


def read_local(path: str) -> bytes:
    """Return the bytes of a local file (the default reader; URLs need a fetching reader)."""
    if re.match(r"^[a-z][a-z0-9+.-]*://", path, re.I):
        raise ValueError("reading URLs needs a fetch function; download the page and pass the file")
    with open(path, "rb") as handle:
        return handle.read()


def walk(path: str) -> Iterator[str | Rejection]:
    """Return the files under a directory, sorted, skipping hidden files and directories.

    A subdirectory that cannot be listed comes back as a Rejection instead of being skipped silently.
    """
    errors: list[OSError] = []
    for root, dirs, files in os.walk(path, onerror=errors.append):
        yield from (unlisted(error, root) for error in errors)
        errors.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)
    yield from (unlisted(error, path) for error in errors)


def unlisted(error: OSError, where: str) -> Rejection:
    """Return the Rejection of a directory that could not be listed."""
    reason = error.strerror or type(error).__name__
    return Rejection(str(error.filename or where), None, f"directory could not be listed ({reason}); check its permissions")


def read_paths(paths: Sequence[str], fetch: Reader | None = None) -> Iterator[Item]:
    """Return an Article per article in every file under ``paths``, or a Rejection per bad input.

    Directories are walked recursively in sorted order (hidden entries skipped). ``fetch`` maps a
    path to its bytes; the default reads local files.
    """
    reader = fetch or read_local
    for given in paths:
        if os.path.isdir(given):
            found = False
            for file_path in walk(given):
                found = True
                if isinstance(file_path, Rejection):
                    yield file_path
                else:
                    yield from read_file(file_path, reader)
            if not found:
                yield Rejection(given, None, "directory holds no readable files; check the path")
        else:
            yield from read_file(given, reader)


def read_file(path: str, fetch: Reader = read_local) -> Iterator[Item]:
    """Return the Articles (or Rejections) of one file, read with ``fetch``."""
    try:
        data = fetch(path)
    except FileNotFoundError:
        yield Rejection(path, None, "no such file or directory; check the path")
        return
    except IsADirectoryError:
        yield Rejection(path, None, "is a directory the reader cannot list; pass the files inside it")
        return
    except PermissionError:
        yield Rejection(path, None, "permission denied; make the file readable (chmod +r) or skip it")
        return
    except (OSError, ValueError) as exc:
        yield Rejection(path, None, f"could not be read ({one_line(exc)})")
        return
    yield from parse_bytes(path, data)


def parse_bytes(path: str, data: bytes) -> Iterator[Item]:
    """Return the Articles (or Rejections) held in ``data``, the content of the file at ``path``."""
    try:
        yield from parse_guarded(path, data)
    except Exception as exc:  # noqa: BLE001  (the promise is: bad input never ends the run)
        yield Rejection(path, None, f"could not be parsed ({type(exc).__name__}: {one_line(exc)}); "
                                    "please report this file")


def parse_guarded(path: str, data: bytes) -> Iterator[Item]:
    """Return the file's items; may raise on a parser bug (parse_bytes turns that into a Rejection)."""
    if not data.strip():
        yield Rejection(path, None, "file is empty; nothing to read")
        return
    fmt = format_of(path, data)
    if fmt == "feed":
        # feedparser detects the encoding itself (XML declaration, BOM, HTTP-less defaults).
        yield from read_feed(path, data)
        return
    text = decode(data, declared=fmt in ("html", "feed"))
    if isinstance(text, Rejection):
        yield Rejection(path, None, text.problem)
        return
    if fmt == "html":
        yield read_html(path, text)
    elif fmt == "jsonl":
        yield from read_jsonl(path, text)
    elif fmt == "json":
        yield from read_json(path, text)
    elif fmt == "csv":
        yield from read_csv(path, text, delimiter="\t" if path.lower().endswith(".tsv") else None)
    else:
        yield read_text(path, text)


# --------------------------------------------------------------------------------------------
# Formats and encodings


def format_of(path: str, data: bytes) -> str:
    """Return the file's format: by extension, else by sniffing the first bytes."""
    ext = os.path.splitext(path.split("?")[0])[1].lower()
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        # An XHTML page also starts with <?xml: look for a feed's root element.
        return "feed" if re.search(rb"<(rss|feed|rdf:rdf)\b", head) else "html"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--")):
        return "html"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "jsonl"
    first = head.split(b"\n", 1)[0]
    if re.search(rb"(^|[,;\t|])\"?(text|body|content)\"?([,;\t|]|\r?$)", first):
        return "csv"
    return "text"


def decode(data: bytes, declared: bool = False) -> str | Rejection:
    """Return the text of ``data`` (or a Rejection saying what is wrong with its encoding).

    UTF-8 (BOM stripped), UTF-16 with a BOM, a charset the file declares (HTML/XML, when
    ``declared``), then strict cp1252 (lossless: it fails on the five bytes cp1252 leaves undefined).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return Rejection("", None, f"has a UTF-16 byte-order mark but invalid UTF-16 at byte {exc.start}; "
                                       "re-save it as UTF-8")
    if b"\x00" in data[:8192]:
        return Rejection("", None, "is binary (NUL bytes), not text; pass text, JSONL, CSV, HTML or feed files")
    decoded: str | Rejection
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        decoded = fallback_decode(data, exc, declared)
    if isinstance(decoded, Rejection):
        return decoded
    text = decoded
    if len(CONTROL.findall(text[:8192])) > 8:
        return Rejection("", None, "is binary (control characters), not text; "
                                   "pass text, JSONL, CSV, HTML or feed files")
    return text


def fallback_decode(data: bytes, error: UnicodeDecodeError, declared: bool) -> str | Rejection:
    """Return ``data`` decoded by its declared charset or as cp1252, or a Rejection naming the bad byte."""
    if declared:
        match = DECLARED_CHARSET.search(data[:4096])
        if match:
            name = match.group(1).decode("ascii", "replace")
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                return data.decode(name)
    bad = data[error.start]
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return Rejection("", None, f"is not UTF-8 (byte 0x{bad:02x} at offset {error.start}) nor Windows-1252; "
                                   "re-save it as UTF-8 (e.g. iconv -f ENCODING -t UTF-8)")
    # Multi-byte encodings (Shift-JIS, GBK, UTF-16 without BOM) also decode as cp1252, into a soup
    # of accented letters: real Western text is overwhelmingly ASCII, so demand that.
    high = sum(1 for ch in text if ord(ch) > 127)
    if high > 0.3 * max(1, len(text)):
        return Rejection("", None, f"is not UTF-8 (byte 0x{bad:02x} at offset {error.start}) and does not look "
                                   "like Windows-1252 text; re-save it as UTF-8 (e.g. iconv -f ENCODING -t UTF-8)")
    return text


# --------------------------------------------------------------------------------------------
# Normalisation and ids


def normalise_body(text: str) -> str:
    """Return ``text`` with CRLF/CR as LF, trailing spaces stripped and paragraphs one per line.

    Blank lines separate paragraphs in many dumps; here a paragraph is one line, so runs of blank
    lines collapse to a single line break. Hard-wrapped paragraphs (plain-text wire copy wrapped at
    a fixed width inside blank-line-separated blocks) are joined back into one line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        line = line.rstrip()
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    if len(blocks) > 1:  # only blank-line-separated text can be told apart from hard wrapping
        blocks = [unwrap(block) for block in blocks]
    return "\n".join(line for block in blocks for line in block)


def unwrap(block: list[str]) -> list[str]:
    """Return a blank-line-separated block as one line when it is a hard-wrapped paragraph.

    Wrapped lines are all about as long as the widest (within 60%), which is at most 100 characters
    (typewriter and wire widths are 64-80); a heading above a paragraph is much shorter, so it stays.
    """
    if len(block) < 2:
        return block
    widest = max(len(line) for line in block)
    if widest > 100 or any(len(line) < 0.6 * widest for line in block[:-1]):
        return block
    return [" ".join(line.strip() for line in block)]


def squash(text: str | None) -> str:
    """Return ``text`` lowercased with whitespace runs as single spaces (for hashing)."""
    return " ".join((text or "").lower().split())


def article_id(title: str | None, text: str, published: str | None = None, source: str | None = None) -> str:
    """Return the stable id of an article: 16 hex chars of a sha256 over its normalised content."""
    key = "\n".join((squash(source), published or "", squash(title), squash(text)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def iso_date(value: Any) -> str | None:
    """Return ``value`` (ISO date or datetime, RFC 2822, ``YYYY/MM/DD``, epoch seconds) as ``YYYY-MM-DD``.

    The date is the one written (local to the outlet), not converted to UTC: "on Saturday" in the
    text is relative to the outlet's own calendar day. Unparseable values give None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        # Epoch seconds (or milliseconds) from 1990 to 2100 only: small numbers are not dates.
        seconds = value / 1000 if value > 1e11 else value
        if 631152000 <= seconds <= 4102444800:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        return None
    text = str(value).strip()
    if not text:
        return None
    match = re.match(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(text).date().isoformat()
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return parsedate_to_datetime(text).date().isoformat()
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return iso_date(float(text))
    return None


def published_of(value: Any, where: str) -> str | None:
    """Return the ISO date of a published value, logging a warning when it is present but unusable."""
    day = iso_date(value)
    if day is None and value not in (None, "") and not (isinstance(value, str) and not value.strip()):
        log.warning("%s: published value %r is not a date (use YYYY-MM-DD); kept the article without a date",
                    where, value)
    return day


def clean_field(value: Any) -> str | None:
    """Return a metadata field as a stripped one-line string, or None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def make_article(path: str, title: str | None, text: str, published: str | None = None,
                 source: str | None = None, url: str | None = None) -> Article:
    """Return an Article with normalised body, cleaned metadata and its content id."""
    body = normalise_body(text)
    title = clean_field(title)
    source = clean_field(source)
    return Article(id=article_id(title, body, published, source), path=path, source=source,
                   url=clean_field(url), published=published, title=title, text=body)


# --------------------------------------------------------------------------------------------
# Plain text


def read_text(path: str, text: str) -> Item:
    """Return the Article of a text file: the seeds' `` date YYYY-MM-DD Title`` line, or title = first line."""
    # The title line is split off before the body is normalised, so it is never unwrapped into it.
    head, _, rest = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff \t\n").partition("\n")
    first = head.strip()
    match = DATE_LINE.match(first)
    if match:
        published = iso_date(match[1])
        if published is None:
            log.warning("%s: date line %r holds no valid date; kept the article without a date", path, first)
        title, body = match[2], rest
    elif rest.strip() and len(first) <= MAX_TITLE:
        published, title, body = None, first, rest
    else:
        published, title, body = None, None, text
    if not body.strip():
        return Rejection(path, None, "has a title line but no body text; put the article text below the title")
    return make_article(path, title, body, published)


# --------------------------------------------------------------------------------------------
# JSONL, JSON and CSV records


def pick(record: Mapping[str, Any], name: str) -> Any:
    """Return the record's value for an Article field under any of its accepted spellings."""
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    for key in FIELDS[name]:
        if key in lowered and lowered[key] not in (None, ""):
            return lowered[key]
    return None


def record_article(path: str, record: Mapping[str, Any], number: int, unit: str) -> Item:
    """Return the Article of one record of a multi-record file, or a Rejection naming the record."""
    record_id = clean_field(pick(record, "id"))
    where = f"{path}#{record_id}" if record_id else f"{path}#{number}"
    label = f"{unit} {number}"
    text = pick(record, "text")
    has_text_field = any(str(k).strip().lower() in FIELDS["text"] for k in record)
    if text is None and has_text_field:
        return Rejection(path, label, 'record has an empty "text"; add the article body or drop the record')
    if text is None:
        found = ", ".join(sorted(str(k) for k in record)) or "none"
        return Rejection(path, label, f'record has no "text" field (fields found: {found}); add the article body as "text"')
    if not isinstance(text, str):
        return Rejection(path, label, f'"text" is a {type(text).__name__}, not a string; put the body in as a string')
    if not text.strip():
        return Rejection(path, label, 'record has an empty "text"; add the article body or drop the record')
    title = pick(record, "title")
    published = published_of(pick(record, "published"), where)
    return make_article(where, None if title is None else str(title), text, published,
                        pick(record, "source"), pick(record, "url"))


def read_jsonl(path: str, text: str) -> Iterator[Item]:
    """Return an Article per JSON line (``#<id>`` or ``#<line>``), a Rejection per bad line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(path, f"line {number}", f"is not valid JSON ({exc.msg}, column {exc.colno}); "
                                                    "fix the line or remove it")
            continue
        if not isinstance(record, dict):
            yield Rejection(path, f"line {number}", f"is a JSON {type(record).__name__}, not an object; "
                                                    'write one {"id", "title", "text", ...} object per line')
            continue
        yield record_article(path, record, number, "line")


def read_json(path: str, text: str) -> Iterator[Item]:
    """Return the Articles of a JSON file: a list of records, ``{"articles": [...]}`` or one record."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one per line: JSONL under a .json name
            yield from read_jsonl(path, text)
        else:
            yield Rejection(path, None, f"is not valid JSON ({exc.msg}, line {exc.lineno}, column {exc.colno}); "
                                        "fix the file")
        return
    records: Iterable[Any]
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        records = data["articles"]
    elif isinstance(data, dict):
        records = [data]
    elif isinstance(data, list):
        records = data
    else:
        yield Rejection(path, None, "holds a JSON value that is neither a record nor a list of records")
        return
    for number, record in enumerate(records, start=1):
        if isinstance(record, dict):
            yield record_article(path, record, number, "item")
        else:
            yield Rejection(path, f"item {number}", f"is a JSON {type(record).__name__}, not an object")


def read_csv(path: str, text: str, delimiter: str | None = None) -> Iterator[Item]:
    """Return an Article per CSV row (``#<id>`` or ``#<line>``); a file without a text column is rejected."""
    # Article bodies exceed csv's default 128 kB field limit; this is process-wide but only raises it.
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    if delimiter is None:
        header = text.split("\n", 1)[0]
        counts = {d: header.count(d) for d in ",;\t|"}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = [c.strip() for c in next(reader)]
    except (StopIteration, csv.Error) as exc:
        yield Rejection(path, None, f"has no readable CSV header ({one_line(exc) or 'empty'}); "
                                    "the first row must name the columns")
        return
    if not any(c.lower() in FIELDS["text"] for c in columns):
        yield Rejection(path, None, f"has no text column (columns found: {', '.join(columns) or 'none'}); "
                                    'name the column holding the article body "text"')
        return
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejection(path, f"line {start}", f"is not valid CSV ({one_line(exc)}); the rest of the file "
                                                   "was not read; fix the quoting")
            return
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            yield Rejection(path, f"line {start}", f"has {len(row)} fields but the header names {len(columns)}; "
                                                   "quote fields that contain the delimiter")
            continue
        yield record_article(path, dict(zip(columns, row, strict=False)), start, "line")


# --------------------------------------------------------------------------------------------
# HTML pages and feeds


def read_html(path: str, page: str) -> Item:
    """Return the Article of an HTML page: main text and metadata by trafilatura, offline.

    Social-media embeds the page marks up as such (Twitter/X, Instagram, TikTok, Facebook,
    Telegram widgets) are cut out of the tree first and kept as Embeds with their permalinks; any
    pasted as plain text are left for the clean stage.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    tree = html_tree(page)
    embeds = cut_html_embeds(tree) if tree is not None else ()
    doc = trafilatura.bare_extraction(tree if tree is not None else page, with_metadata=True,
                                      include_comments=False, include_tables=False, favor_recall=True)
    text = getattr(doc, "text", None) if doc is not None else None
    # favor_recall falls back to any text at all ("Home"); a page whose text is under five words
    # is navigation, not an article.
    if not text or len(text.split()) < 5:
        return Rejection(path, None, "no article text found in the HTML page; pass article pages, not "
                                     "index or login pages")
    title = clean_field(getattr(doc, "title", None))
    lines = normalise_body(text).split("\n")
    # trafilatura repeats the <h1> headline as the first line of the body.
    if title and lines and squash(lines[0]) == squash(title):
        lines = lines[1:]
    body = "\n".join(lines)
    if not body.strip():
        return Rejection(path, None, "HTML page has a headline but no article text")
    published = published_of(getattr(doc, "date", None), path)
    source = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    article = make_article(path, title, body, published, source, getattr(doc, "url", None))
    return replace(article, embeds=embeds) if embeds else article


def html_tree(page: str) -> Any:
    """Return the lxml tree of an HTML page (network and entity loading off), or None if unparseable."""
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True)
    try:
        return lxml.html.document_fromstring(page.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None


# The markup each platform's embed code leaves in a page (publish.twitter.com, Instagram, TikTok
# and Facebook embed snippets, the Telegram widget script).
EMBED_NODES = (
    "//blockquote[contains(@class,'twitter-tweet') or contains(@class,'twitter-video')"
    " or contains(@class,'instagram-media') or contains(@class,'tiktok-embed')]"
    " | //div[contains(@class,'fb-post')] | //script[@data-telegram-post]"
)


def cut_html_embeds(tree: Any) -> tuple[Embed, ...]:
    """Return the embeds marked up in ``tree`` as Embeds, removing them from the tree."""
    from corroborator.clean import match_embed

    found: list[Embed] = []
    for node in tree.xpath(EMBED_NODES):
        classes = (node.get("class") or "").lower()
        telegram = node.get("data-telegram-post")
        words = node_words(node) if node.tag != "script" else ""
        links = [str(h) for h in node.xpath(".//a/@href | @cite | @data-instgrm-permalink | @data-href")]
        if telegram:
            channel = telegram.split("/")[0]
            embed = Embed("telegram", None, "@" + channel, None, f"https://t.me/{telegram}", "")
        else:
            platform = ("twitter" if "twitter" in classes else "instagram" if "instagram" in classes
                        else "tiktok" if "tiktok" in classes else "facebook")
            embed = match_embed(words) or Embed(platform, None, None, None, None, words)
            embed = replace(embed, platform=platform, url=permalink(platform, links) or embed.url)
            if embed.handle is None and platform == "tiktok" and embed.url:
                handle = re.search(r"tiktok\.com/(@[\w.]+)", embed.url)
                embed = replace(embed, handle=handle[1] if handle else None)
        found.append(embed)
        node.drop_tree()  # keeps the node's tail text in the page
    return tuple(found)


def node_words(node: Any) -> str:
    """Return the words of an HTML element on one line, with line breaks and blocks as spaces."""
    for child in node.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"):
        if child is not node:
            child.tail = " " + (child.tail or "")
    return " ".join(str(node.text_content()).split())


def permalink(platform: str, links: Sequence[str]) -> str | None:
    """Return the link that identifies an embedded post (a tweet's status URL, a post's permalink)."""
    wanted = {"twitter": "/status/", "instagram": "instagram.com/", "tiktok": "/video/", "facebook": "facebook.com/"}
    link = next((link for link in links if wanted[platform] in link), None)
    # Tracking parameters (?ref_src=twsrc…) are not part of the post's address.
    return link.split("?")[0] if link and platform == "twitter" else link


BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(p|div|li|h[1-6]|blockquote|tr|pre|section|article|figure)\s*>")


def html_text(fragment: str) -> str:
    """Return the text of an HTML fragment, one line per block element, entities resolved."""
    return html_parts(fragment)[0]


def html_parts(fragment: str) -> tuple[str, tuple[Embed, ...]]:
    """Return the text of an HTML fragment (one line per block) and the embeds marked up in it."""
    if "<" not in fragment:
        return html.unescape(fragment), ()
    import lxml.html

    marked = BLOCK_END.sub(lambda m: m.group(0) + "\n", fragment)
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
    except Exception:  # noqa: BLE001  (a fragment lxml cannot parse: fall back to dropping tags)
        return html.unescape(re.sub(r"<[^>]+>", "", marked)), ()
    embeds = cut_html_embeds(root)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return str(root.text_content()), embeds


def read_feed(path: str, data: bytes) -> Iterator[Item]:
    """Return an Article per RSS/Atom item (``#<guid>`` or ``#<item number>``), parsed offline."""
    import defusedxml.ElementTree as safe_xml
    import feedparser
    from defusedxml import DefusedXmlException

    # feedparser's own XML parser expands entities; refuse DTD entity tricks (billion laughs,
    # external entities) before it sees the bytes. Malformed XML is left to feedparser's loose mode.
    try:
        safe_xml.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        yield Rejection(path, None, f"feed declares XML entities ({type(exc).__name__}), refused for safety; "
                                    "remove the DOCTYPE entity declarations")
        return
    except Exception:  # noqa: BLE001, S110  (malformed XML: feedparser's loose mode may still read it)
        pass
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        reason = one_line(parsed.get("bozo_exception") or "no <item> or <entry> elements")
        yield Rejection(path, None, f"is not an RSS/Atom feed with items ({reason}); pass a feed or an HTML page")
        return
    source = clean_field(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        guid = clean_field(entry.get("id"))
        where = f"{path}#{guid}" if guid else f"{path}#{number}"
        contents = [c.get("value") or "" for c in entry.get("content") or []]
        raw = max(contents, key=len) if contents else ""
        summary = entry.get("summary") or ""
        if len(summary) > len(raw):
            raw = summary
        text, embeds = html_parts(raw)
        if not text.strip():
            yield Rejection(path, f"item {number}", "feed item has no content or summary text")
            continue
        title = html_text(entry.get("title") or "")
        raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
        published = iso_date(raw_date)
        if published is None:
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            published = date(*stamp[:3]).isoformat() if stamp else published_of(raw_date, where)
        # An RSS guid without isPermaLink="false" becomes feedparser's link even when it is no URL.
        link = entry.get("link")
        link = link if link and re.match(r"^https?://", link, re.I) else None
        article = make_article(where, title, text, published, source, link)
        yield replace(article, embeds=embeds) if embeds else article


def one_line(value: object) -> str:
    """Return ``str(value)`` on one line."""
    return " ".join(str(value).split())
