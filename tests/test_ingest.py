"""Tests for corroborator.ingest: every format, every bad-input case, paths, ids and dates."""

from __future__ import annotations

import codecs
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from corroborator.ingest import article_id, format_of, iso_date, normalise_body, read_paths
from corroborator.records import Article, Embed, Rejection

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def reader(files: dict[str, bytes]) -> Callable[[str], bytes]:
    """Return a fetch function serving ``files`` from memory (FileNotFoundError for the rest)."""

    def fetch(path: str) -> bytes:
        if path not in files:
            raise FileNotFoundError(path)
        return files[path]

    return fetch


def read_bytes(name: str, data: bytes) -> list[Article | Rejection]:
    """Return what ingest makes of one in-memory file."""
    return list(read_paths([name], fetch=reader({name: data})))


def fixture(name: str) -> list[Article | Rejection]:
    return list(read_paths([str(FIXTURES / name)]))


def articles(items: list[Article | Rejection]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def rejections(items: list[Article | Rejection]) -> list[Rejection]:
    return [i for i in items if isinstance(i, Rejection)]


# ---------------------------------------------------------------------------------------------
# Formats


def test_dated_text_format() -> None:
    [art] = fixture("dated.txt")
    assert isinstance(art, Article)
    assert art.path == str(FIXTURES / "dated.txt")
    assert art.published == "2025-11-14"
    assert art.title == "Militants ambush convoy near river crossing"
    assert art.text == (
        "Gunmen ambushed a supply convoy near the river crossing on Thursday, killing five drivers, "
        "district officials said.\nThe attackers fled into nearby hills, a police spokesman said."
    )
    assert art.source is None and art.url is None and art.embeds == ()


def test_plain_text_crlf_blank_lines_and_hard_wrap() -> None:
    [art] = fixture("plain_crlf.txt")
    assert isinstance(art, Article)
    assert art.published is None
    assert art.title == "Floods cut road to northern valley"
    assert art.text == (
        "Heavy rain washed away a section of the only road into the northern valley on Monday, "
        "stranding hundreds of travellers at checkpoints, the highway authority said.\n"
        "Repair crews were expected to reopen one lane by Wednesday."
    )


def test_jsonl_records_and_bad_lines() -> None:
    items = fixture("articles.jsonl")
    base = str(FIXTURES / "articles.jsonl")
    got = [(i.path, i.published) if isinstance(i, Article) else (i.record, i.problem.split(";")[0]) for i in items]
    assert got == [
        (f"{base}#wire-1", "2025-10-03"),
        (f"{base}#wire-2", "2025-10-04"),  # a datetime keeps the outlet's own calendar day
        ("line 3", "is not valid JSON (Unterminated string starting at, column 50)"),
        ("line 4", 'record has no "text" field (fields found: id, published, title)'),
        ("line 5", 'record has an empty "text"'),
        (f"{base}#7", None),  # no id: the line number; a bad date keeps the article
        ("line 8", "is a JSON list, not an object"),
        (f"{base}#wire-8", None),
    ]
    first = articles(items)[0]
    assert first.title == "Two killed in market blast"
    assert first.source == "Example Wire"
    assert first.url == "https://wire.example.com/1"
    assert first.text == "A bomb exploded in a crowded market on Friday, killing two people.\nPolice said the device was hidden in a cart."
    assert articles(items)[-1].title is None
    assert all(r.path == base for r in rejections(items))


def test_bad_published_is_kept_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="corroborator.ingest"):
        items = fixture("articles.jsonl")
    odd = [a for a in articles(items) if a.title == "No id, odd date"]
    assert odd and odd[0].published is None
    assert "'sometime last week' is not a date" in caplog.text


def test_csv_records_multiline_fields_and_line_numbers() -> None:
    items = fixture("articles.csv")
    base = str(FIXTURES / "articles.csv")
    first, second = articles(items)
    assert first.path == f"{base}#csv-1"
    assert first.text == "Attackers opened fire on a checkpoint.\nTwo guards were wounded, officials said."
    assert (first.published, first.source) == ("2025-09-01", "Valley Times")
    # The quoted field spans lines 2-3, so the row without an id starts on line 4.
    assert second.path == f"{base}#4"
    assert second.published is None and second.source is None
    [bad] = rejections(items)
    assert (bad.record, bad.problem.split(";")[0]) == ("line 5", 'record has an empty "text"')


def test_csv_without_text_column_is_rejected_naming_columns() -> None:
    [bad] = fixture("no_text_column.csv")
    assert isinstance(bad, Rejection)
    assert bad.record is None
    assert "columns found: id, headline, summary" in bad.problem
    assert 'name the column holding the article body "text"' in bad.problem


@pytest.mark.parametrize(("name", "data"), [
    ("a.tsv", b"id\ttitle\ttext\nt-1\tTab title\tTab separated body.\n"),
    ("a.csv", b"id;title;text\nt-1;Tab title;Tab separated body.\n"),
    ("a.csv", b"\xef\xbb\xbfID,Title,Text\nt-1,Tab title,Tab separated body.\n"),
])
def test_csv_delimiters_bom_and_header_case(name: str, data: bytes) -> None:
    [art] = read_bytes(name, data)
    assert isinstance(art, Article)
    assert (art.path, art.title, art.text) == (f"{name}#t-1", "Tab title", "Tab separated body.")


def test_html_page_main_text_and_metadata() -> None:
    [art] = fixture("page.html")
    assert isinstance(art, Article)
    assert art.path == str(FIXTURES / "page.html")
    assert art.title == "Border guards killed in night raid"
    assert art.published == "2025-12-06"
    assert art.source == "Hill Courier"
    assert art.url == "https://hillcourier.example.com/2025/12/06/border-raid"
    assert art.text.startswith("Three border guards were killed")  # the repeated <h1> is dropped
    assert "Home | World" not in art.text and "Hill Courier" not in art.text
    # The tweet's blockquote is cut out of the page and kept with its status URL.
    assert "hillwatch" not in art.text and "Outpost in the eastern hills" not in art.text
    assert art.embeds == (Embed("twitter", "Hill Watch", "@hillwatch", "2025-12-05",
                                "https://twitter.com/hillwatch/status/1111111111",
                                "Outpost in the eastern hills under fire, reinforcements on the way."),)
    assert "\nAdvertisement\n" in art.text  # boilerplate is left for clean()


def test_html_embed_markup_is_cut_into_embeds() -> None:
    [art] = fixture("embeds.html")
    assert isinstance(art, Article)
    assert (art.title, art.source, art.published) == ("Depot struck overnight", "Plains Herald", "2025-08-17")
    assert art.embeds == (
        Embed("twitter", "Plains Watch", "@plainswatch", "2025-08-16", "https://twitter.com/plainswatch/status/2222222222",
              "Huge fire at the depot tonight. Sirens everywhere."),
        Embed("instagram", "Plains Rescue", "@plainsrescue", None, "https://www.instagram.com/p/Cx1Yz2/", ""),
        Embed("telegram", None, "@plains_gov", None, "https://t.me/plains_gov/815", ""),
    )
    assert art.text.split("\n")[:3] == [
        "A fuel depot on the edge of the city was struck overnight, starting a fire that burned until morning, "
        "the regional governor said on Sunday.",
        "Firefighters from three districts fought the blaze, and no casualties were reported, according to the "
        "emergency services, who said the cause was under investigation.",
        "Residents said the smell of smoke hung over the eastern neighbourhoods for most of the day, and schools "
        "in the area stayed closed on Monday.",
    ]
    # A post pasted as plain text has no markup: it stays in the body for clean().
    assert art.text.endswith("Copied note \u2014 Passer By (@passerby) August 16, 2025")


def test_html_without_main_text_is_rejected() -> None:
    [bad] = read_bytes("index.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert isinstance(bad, Rejection)
    assert bad.problem.startswith("no article text found in the HTML page")


def test_rss_items_html_stripped() -> None:
    items = fixture("feed.rss")
    base = str(FIXTURES / "feed.rss")
    first, third = articles(items)
    assert first.path == f"{base}#frontier-1"
    assert first.text == "Three guards died when attackers stormed a checkpoint, police said.\nTwo attackers were arrested."
    assert (first.title, first.source, first.url) == (
        "Clash at checkpoint leaves three dead", "Frontier Daily", "https://frontier.example.net/a/1")
    assert first.published == "2026-01-31"  # 22:15 +0500 stays the 31st (UTC would not matter here)
    assert third.path == f"{base}#3"  # no guid: the item number
    [bad] = rejections(items)
    assert (bad.record, bad.problem) == ("item 2", "feed item has no content or summary text")


def test_feed_item_embed_markup_is_cut_into_embeds() -> None:
    feed = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Blast</title><guid>w-1</guid><description><![CDATA[<p>A blast hit the market, police said.</p>
<blockquote class="twitter-tweet"><p>Smoke over the market now</p>&mdash; Local Desk (@localdesk)
<a href="https://twitter.com/localdesk/status/55?ref=x">May 2, 2025</a></blockquote><p>Two people were hurt.</p>]]>
</description></item></channel></rss>"""
    [art] = read_bytes("wire.xml", feed)
    assert isinstance(art, Article)
    assert (art.path, art.url) == ("wire.xml#w-1", None)  # a guid that is no URL is not the link
    assert art.text == "A blast hit the market, police said.\nTwo people were hurt."
    assert art.embeds == (Embed("twitter", "Local Desk", "@localdesk", "2025-05-02",
                                "https://twitter.com/localdesk/status/55", "Smoke over the market now"),)


def test_atom_entry_keeps_local_publication_day() -> None:
    [art] = fixture("feed.atom")
    assert isinstance(art, Article)
    assert art.path == f"{FIXTURES / 'feed.atom'}#urn:delta:7"
    # 23:50 at UTC-1 is the 10th in UTC; the outlet's own day is the 9th.
    assert art.published == "2026-01-09"
    assert art.text == "Gunmen in speedboats attacked a river patrol, wounding four sailors.\nThe navy said it repelled the attack."


def test_feed_with_entity_declarations_is_refused() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<rss><channel><title>&b;</title><item><title>x</title><description>&b;</description></item></channel></rss>")
    [bad] = read_bytes("bomb.rss", bomb)
    assert isinstance(bad, Rejection)
    assert "refused for safety" in bad.problem


@pytest.mark.parametrize(("name", "data", "fmt"), [
    ("a.dat", b'{"id": "x", "text": "Body."}\n', "jsonl"),
    ("a.dat", b'[{"id": "x", "text": "Body."}]', "json"),
    ("a.dat", b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
    ("a.dat", b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
    ("a.dat", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    ("a.dat", b"id,title,text\n1,T,Body\n", "csv"),
    ("a.dat", b"Just a title\nAnd a body.\n", "text"),
    ("noext", b" date 2026-01-01 Title\nBody.\n", "text"),
    ("a.JSONL", b"not json at all", "jsonl"),
])
def test_format_by_extension_then_sniffing(name: str, data: bytes, fmt: str) -> None:
    assert format_of(name, data) == fmt


def test_unknown_extension_jsonl_is_read() -> None:
    [art] = read_bytes("dump.dat", b'{"id": "k1", "title": "T", "text": "Sniffed body."}\n')
    assert isinstance(art, Article) and art.path == "dump.dat#k1" and art.text == "Sniffed body."


@pytest.mark.parametrize("data", [
    b'[{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]',
    b'{"articles": [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]}',
    b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n',
])
def test_json_shapes(data: bytes) -> None:
    got = [a.path for a in articles(read_bytes("x.json", data))]
    assert got[0] == "x.json#a"
    assert got[-1] == ("x.json#b" if b"Two" in data else "x.json#a")


def test_json_syntax_error_is_one_rejection() -> None:
    [bad] = read_bytes("x.json", b'[{"id": "a", "text": "One."},\n {"id": ]')
    assert isinstance(bad, Rejection)
    assert bad.problem.startswith("is not valid JSON (Expecting value, line 2, column 9)")


# ---------------------------------------------------------------------------------------------
# Bad input: never raises, one clear line, the run goes on


@pytest.mark.parametrize(("data", "problem"), [
    (b"", "file is empty; nothing to read"),
    (b"  \n\r\n\t", "file is empty; nothing to read"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is binary (NUL bytes), not text"),
    (b"\x7fELF\x02\x01\x01\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f\x10\x11\x12\x13", "is binary (control characters)"),
    ("戦闘が続いている。住民は避難した。".encode("shift_jis") * 5, "is not UTF-8 (byte 0x90 at offset 0) nor Windows-1252"),
    ("Бои продолжаются, жители покинули город.".encode("cp1251") * 5,
     "is not UTF-8 (byte 0xc1 at offset 0) and does not look like Windows-1252 text; re-save it as UTF-8"),
    (b"Title\nBody \x81\x8d\x8f\x90\x9d bytes", "is not UTF-8 (byte 0x81 at offset 11) nor Windows-1252"),
    (b" date 2026-01-01 Title only\n", "has a title line but no body text"),
])
def test_bad_text_files_are_rejected(data: bytes, problem: str) -> None:
    [bad] = read_bytes("bad.txt", data)
    assert isinstance(bad, Rejection)
    assert (bad.path, bad.record) == ("bad.txt", None)
    assert bad.problem.startswith(problem), bad.problem
    assert "\n" not in bad.problem


def test_one_line_file_is_a_body_without_title() -> None:
    [art] = read_bytes("brief.txt", b"Gunmen kill two guards at border post - police\n")
    assert isinstance(art, Article)
    assert (art.title, art.text) == (None, "Gunmen kill two guards at border post - police")


def test_cp1252_is_read_losslessly() -> None:
    data = "Rebels \u201cwithdrew\u201d from the caf\u00e9 \u2014 officials said.\nSecond paragraph.".encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    [art] = read_bytes("old.txt", data)
    assert isinstance(art, Article)
    assert art.title == "Rebels \u201cwithdrew\u201d from the caf\u00e9 \u2014 officials said."


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + "Caf\u00e9 title\nBody.".encode(),
    codecs.BOM_UTF16_LE + "Caf\u00e9 title\nBody.".encode("utf-16-le"),
    codecs.BOM_UTF16_BE + "Caf\u00e9 title\nBody.".encode("utf-16-be"),
])
def test_byte_order_marks(data: bytes) -> None:
    [art] = read_bytes("bom.txt", data)
    assert isinstance(art, Article) and (art.title, art.text) == ("Caf\u00e9 title", "Body.")


def test_html_declared_charset_is_honoured() -> None:
    page = ('<html><head><meta charset="iso-8859-7"><title>\u0395\u03b9\u03b4\u03ae\u03c3\u03b5\u03b9\u03c2</title></head>'
            "<body><article><p>" + "\u039f\u03b9 \u03b1\u03c3\u03c4\u03c5\u03bd\u03bf\u03bc\u03b9\u03ba\u03bf\u03af "
            "\u03b1\u03bd\u03b1\u03c6\u03ad\u03c1\u03bf\u03c5\u03bd \u03b5\u03c0\u03b5\u03b9\u03c3\u03cc\u03b4\u03b9\u03b1. " * 8
            + "</p></article></body></html>")
    [art] = read_bytes("greek.html", page.encode("iso-8859-7"))
    assert isinstance(art, Article)
    assert "\u03b1\u03c3\u03c4\u03c5\u03bd\u03bf\u03bc\u03b9\u03ba\u03bf\u03af" in art.text


@pytest.mark.parametrize(("error", "problem"), [
    (PermissionError(13, "Permission denied"), "permission denied; make the file readable (chmod +r) or skip it"),
    (IsADirectoryError(21, "Is a directory"), "is a directory the reader cannot list; pass the files inside it"),
    (OSError(5, "Input/output error"), "could not be read ([Errno 5] Input/output error)"),
])
def test_unreadable_files_are_rejected(error: OSError, problem: str) -> None:
    def fetch(path: str) -> bytes:
        raise error

    [bad] = list(read_paths(["locked.txt"], fetch=fetch))
    assert bad == Rejection("locked.txt", None, problem)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_on_disk(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Title\nBody.\n")
    locked.chmod(0)
    [bad] = list(read_paths([str(locked)]))
    assert isinstance(bad, Rejection) and bad.problem.startswith("permission denied")


def test_missing_path_and_url_without_fetch() -> None:
    got = list(read_paths(["/no/such/file.txt", "https://example.com/a"]))
    assert got == [
        Rejection("/no/such/file.txt", None, "no such file or directory; check the path"),
        Rejection("https://example.com/a", None, "could not be read (reading URLs needs a fetch function; "
                                                 "download the page and pass the file)"),
    ]


def test_run_goes_on_after_bad_files() -> None:
    files = {"a.txt": b"", "b.jsonl": b'{"id": 1, "text": "Good."}\n{oops}\n', "c.txt": b"T\nGood body."}
    got = list(read_paths(["a.txt", "missing.txt", "b.jsonl", "c.txt"], fetch=reader(files)))
    assert [type(g).__name__ for g in got] == ["Rejection", "Rejection", "Article", "Rejection", "Article"]
    assert [g.path for g in got] == ["a.txt", "missing.txt", "b.jsonl#1", "b.jsonl", "c.txt"]
    assert isinstance(got[3], Rejection)
    assert got[3].line() == ("rejected b.jsonl (line 2): is not valid JSON (Expecting property name enclosed "
                             "in double quotes, column 2); fix the line or remove it; the run went on without it")


def test_text_field_of_wrong_type() -> None:
    [bad] = read_bytes("x.jsonl", b'{"id": "a", "text": ["not", "a", "string"]}\n')
    assert isinstance(bad, Rejection) and bad.problem.startswith('"text" is a list, not a string')


def test_csv_row_with_extra_fields() -> None:
    items = read_bytes("x.csv", b"id,title,text\n1,T,Body one\n2,T,Body, with comma\n3,T,Body three\n")
    assert [(i.path if isinstance(i, Article) else i.record) for i in items] == ["x.csv#1", "line 3", "x.csv#3"]
    assert "quote fields that contain the delimiter" in rejections(items)[0].problem


# ---------------------------------------------------------------------------------------------
# Directories, paths and ids


def test_directory_walk_is_sorted_recursive_and_skips_hidden() -> None:
    given = str(FIXTURES / "nested")
    got = list(read_paths([given]))
    assert [g.path for g in got] == [os.path.join(given, "b.txt")]


def test_directory_path_is_joined_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "corpus" / "z").mkdir(parents=True)
    (tmp_path / "corpus" / "b.txt").write_text("B title\nB body.\n")
    (tmp_path / "corpus" / "a.txt").write_text("A title\nA body.\n")
    (tmp_path / "corpus" / "z" / "c.jsonl").write_text('{"text": "C body."}\n')
    monkeypatch.chdir(tmp_path)
    got = [g.path for g in read_paths(["corpus/"])]
    assert got == ["corpus/a.txt", "corpus/b.txt", "corpus/z/c.jsonl#1"]
    assert list(read_paths(["corpus/z/.."]))[0].path == "corpus/z/../a.txt"


def test_unlistable_subdirectory_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_walk(path: str, onerror: Callable[[OSError], None]) -> Iterator[tuple[str, list[str], list[str]]]:
        yield path, ["secret"], ["a.txt"]
        onerror(PermissionError(13, "Permission denied", "corpus/secret"))

    monkeypatch.setattr("corroborator.ingest.os.walk", fake_walk)
    monkeypatch.setattr("corroborator.ingest.os.path.isdir", lambda path: path == "corpus")
    got = list(read_paths(["corpus"], fetch=reader({"corpus/a.txt": b"Title\nBody."})))
    assert [g.path for g in got] == ["corpus/a.txt", "corpus/secret"]
    assert got[1] == Rejection("corpus/secret", None, "directory could not be listed (Permission denied); check its permissions")


def test_empty_directory(tmp_path: Path) -> None:
    assert list(read_paths([str(tmp_path)])) == [
        Rejection(str(tmp_path), None, "directory holds no readable files; check the path")]


def test_id_is_stable_across_locations_and_formats() -> None:
    text_file = b" date 2025-10-03 Two killed in market blast\nA bomb exploded.\r\nPolice said so.  \n"
    jsonl = b'{"id": "q", "title": "Two killed in market blast", "text": "A bomb exploded.\\nPolice said so.", "published": "2025-10-03"}\n'
    a = read_bytes("here/a.txt", text_file)[0]
    b = read_bytes("elsewhere/b.txt", text_file)[0]
    c = read_bytes("c.jsonl", jsonl)[0]
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert a.id == b.id == c.id
    assert len(a.id) == 16 and int(a.id, 16) >= 0


@pytest.mark.parametrize(("left", "right", "same"), [
    (("T", "Body  text", None, None), ("t", "body\ntext", None, None), True),
    (("T", "Body", "2025-01-01", "Wire"), ("T", "Body", "2025-01-02", "Wire"), False),
    (("T", "Body", None, "Wire A"), ("T", "Body", None, "Wire B"), False),
    (("T", "Body", None, None), ("T", "Other body", None, None), False),
])
def test_article_id_normalises_only_case_and_whitespace(
        left: tuple[str, str, str | None, str | None], right: tuple[str, str, str | None, str | None], same: bool) -> None:
    assert (article_id(*left) == article_id(*right)) is same


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-02-01", "2026-02-01"),
    ("2026-02-01T23:59:00Z", "2026-02-01"),
    ("2026-02-01T01:00:00+05:00", "2026-02-01"),
    ("2026/2/1", "2026-02-01"),
    ("Sun, 01 Feb 2026 10:00:00 GMT", "2026-02-01"),
    (1769904000, "2026-02-01"),
    ("1769904000", "2026-02-01"),
    ("2026-02-30", None),
    ("yesterday", None),
    ("", None),
    (None, None),
    (42, None),
    (True, None),
])
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("One.\r\nTwo.\rThree.", "One.\nTwo.\nThree."),
    ("One.   \nTwo.\t\n", "One.\nTwo."),
    ("\n\nOne.\n\n\n\nTwo.\n\n", "One.\nTwo."),
    # Hard-wrapped paragraphs between blank lines are joined; a short heading stays its own line.
    ("Heading\n\nThe first wrapped line of a long paragraph goes\non to its end here.\n\nNext.",
     "Heading\nThe first wrapped line of a long paragraph goes on to its end here.\nNext."),
    ("Heading\nThe first line of a paragraph that is long enough.\n\nNext.",
     "Heading\nThe first line of a paragraph that is long enough.\nNext."),
    # Without blank lines each line is a paragraph, however long.
    ("Line one of similar width.\nLine two of similar width.", "Line one of similar width.\nLine two of similar width."),
])
def test_normalise_body(raw: str, expected: str) -> None:
    assert normalise_body(raw) == expected
    assert normalise_body(expected) == expected  # idempotent


def test_seeds_are_read() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS} (it lives in ../shared beside the repository)")
    got = list(read_paths([str(SEEDS)]))
    assert all(isinstance(g, Article) for g in got) and len(got) == 2
    assert [os.path.basename(g.path) for g in got] == sorted(os.listdir(SEEDS))
    assert {g.published for g in got if isinstance(g, Article)} == {"2026-02-01"}
    assert all(isinstance(g, Article) and g.title and "\n\n" not in g.text for g in got)


EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.mark.eval
@pytest.mark.parametrize("task", ["attribution", "dates", "places", "stories", "types"])
def test_eval_corpora_ingest_without_loss(task: str) -> None:
    """Every record of a dev corpus is read, keyed by ``#<id>``, with only whitespace changed in its text."""
    corpus = EVAL / task / "corpus.jsonl"
    if not corpus.is_file():
        pytest.skip(f"evaluation corpus not found at {corpus} (it lives in ../shared beside the repository)")
    import json

    source = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        source[str(record["id"])] = record
    got = list(read_paths([str(corpus)]))
    assert not rejections(got)
    assert len(got) == len(source) == len({a.id for a in articles(got)})
    for art in articles(got):
        record = source[art.path.rsplit("#", 1)[1]]
        assert art.text.split() == record["text"].split()
        assert art.published == record["published"]
