"""Segment stage: an article body into sentences with character offsets, headings marked.

A rule-based splitter, not spaCy's parser: segmentation runs on every sentence of every article,
while the parser only runs on the few sentences that can hold a claim (issue 3, "a cheap
pre-filter"). Rules: a paragraph is a line (hard-wrapped lines joined); a sentence ends at . ! ? (optionally followed by a
closing quote or bracket) before whitespace and an upper-case letter, digit or opening quote,
unless the period ends a known abbreviation or an initial.
"""

from __future__ import annotations

import re

from corroborator.records import Sentence

# Abbreviations after which a period does not end a sentence (news style: titles, months,
# ranks, "U.S.", "No.").
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "gov", "sen", "rep", "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "dept", "est", "vs", "etc", "al", "approx", "no", "nos", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"]
)
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
# In text without usable case (lower-cased corpora, all-caps wire copy) a sentence may start with
# any letter.
_BOUNDARY_CASELESS = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[^\W_])""")


def caseless(text: str) -> bool:
    """True when the text's case carries no sentence information: almost all lower or all upper."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 40:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    return upper < 0.01 or upper > 0.8


# Where a report was filed, not what it reports: "BOGOTA, 1 SEP 88 (INRAVISION ...) --",
# "kolkata: one person died ...", "ISLAMABAD (Reuters) -".
DATELINE = re.compile(
    r"^\s*[A-Za-z][\w .'’-]{1,40}?(?:,\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})(?:,?\s+\d{2,4})?\s*)?"
    r"(?:\s*\([^()\n]{1,60}\))?\s*(?:--|—|–|-|:)\s",
)


def says_something(text: str) -> bool:
    """False for a wire dateline standing alone ("SAN SALVADOR, 8 JAN 90 (ACAN-EFE) -- [TEXT]")."""
    dateline = DATELINE.match(text)
    rest = text[dateline.end():] if dateline else text
    return bool(re.search(r"\w", re.sub(r"\[[^\]]*\]", "", rest)))


_HEADING_END = re.compile(r"""[.!?:;,"'”’)]\s*$""")


def _is_heading(line: str, is_last: bool) -> bool:
    """True for a short line without closing punctuation: a heading, not a sentence.

    A heading is at most 15 words, ends without sentence punctuation and is not the last line of
    the body (a trailing fragment is more often a caption or a sign-off than a heading).
    """
    words = line.split()
    return 0 < len(words) <= 15 and not _HEADING_END.search(line) and not is_last and not line.isupper()


def _split_line(line: str, offset: int, boundary: re.Pattern[str] = _BOUNDARY) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in boundary.finditer(line):
        end = m.end()
        before = line[start:m.start() + 1]
        last_word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", before)
        if last_word:
            word = last_word.group(1).lower().rstrip(".")
            # An abbreviation, an initial, or initials ("P.S. Yadav", "R.K. Raina").
            if word in _ABBREVIATIONS or len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue
        spans.append((offset + start, offset + end))
        start = end
        while start < len(line) and line[start].isspace():
            start += 1
    if start < len(line):
        spans.append((offset + start, offset + len(line.rstrip())))
    return spans


# A line broken mid-sentence by hard wrapping: it ends without closing punctuation and the next
# line goes on in lower case ("... were killed in Sunday's\nattacks, officials said.").
_OPEN_END = re.compile(r"""[^.!?:;"'”’)\]]\s*$""")


def _blocks(text: str, cased: bool) -> list[tuple[int, int, bool]]:
    """Return (start, end, single line) for each paragraph: a line, or hard-wrapped lines joined."""
    out: list[tuple[int, int, bool]] = []
    pos = 0
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        start, end = pos, pos + len(lines[i])
        joined = False
        while (cased and i + 1 < len(lines) and lines[i].strip() and _OPEN_END.search(lines[i])
               and lines[i + 1][:1].islower() and len(lines[i].strip()) >= 40):
            pos = end + 1
            i += 1
            end = pos + len(lines[i])
            joined = True
        out.append((start, end, not joined))
        pos = end + 1
        i += 1
    return out


def segment(text: str) -> list[Sentence]:
    """Return the sentences of ``text`` in order, with offsets; short unpunctuated lines are headings."""
    sentences: list[Sentence] = []
    is_caseless = caseless(text)
    blocks = [b for b in _blocks(text, not is_caseless) if text[b[0]:b[1]].strip()]
    boundary = _BOUNDARY_CASELESS if is_caseless else _BOUNDARY
    for paragraph, (block_start, block_end, single) in enumerate(blocks):
        line = text[block_start:block_end]
        body = line.strip()
        lead = len(line) - len(line.lstrip())
        if single and _is_heading(body, paragraph == len(blocks) - 1):
            start = block_start + lead
            sentences.append(Sentence(start, start + len(body), body, heading=True, paragraph=paragraph))
        else:
            for s, e in _split_line(line[lead:], block_start + lead, boundary):
                sentences.append(Sentence(s, e, text[s:e], heading=False, paragraph=paragraph))
    return sentences
