"""Named sides in a conflict report, normalised through an alias table (ACLED actor naming).

``find_actors(text, country_hint)`` returns every mention of a side: armed groups and state forces
from ``data/actors.tsv`` ("BLA", "Balochistan Liberation Army", "Baloch rebels" -> "Baloch
Liberation Army"), the state forces of any country from its demonym or name ("Pakistani military",
"Pakistan Army", "Nigerian police" -> "Military Forces of Pakistan", "Police Forces of Nigeria"), and,
when the country is known, the generic ones ("security forces", "troops" -> the hinted country's
military; "police" -> its police; "gunmen" -> "Unidentified Armed Group (Pakistan)"). Names follow
ACLED's conventions: "Military Forces of X", "Police Forces of X", "Protesters (X)".

``actor_claimant_type(name)`` maps an actor (or a claimant's words: "military officials", "ISPR",
"the Interior Ministry", "Reuters") to one of ``records.CLAIMANT_TYPES``.

Everything named lives in data files (``data/actors.tsv``, ``data/demonyms.tsv``), so adding an
armed group or an alias is a one-line change with no code.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .records import ACTOR_TYPES, CLAIMANT_TYPES, ActorMention

MILITARY_PREFIX = "Military Forces of "
POLICE_PREFIX = "Police Forces of "
# Used when state forces are named without a country and no hint says which ("security forces").
UNKNOWN_MILITARY = "Military Forces"
UNKNOWN_POLICE = "Police Forces"


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One row of the alias table."""

    name: str
    type: str
    country: str | None
    claimant_type: str
    aliases: tuple[str, ...]


def _data_lines(filename: str) -> list[list[str]]:
    """Return the tab-separated rows of a packaged data file, comments and blanks skipped."""
    text = resources.files("corroborator").joinpath("data", filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def actor_table() -> tuple[ActorEntry, ...]:
    """Return the alias table from ``data/actors.tsv``, checked against the closed vocabularies."""
    entries = []
    for row in _data_lines("actors.tsv"):
        if len(row) != 5:
            raise ValueError(f"data/actors.tsv: {row[0]!r} has {len(row)} columns, expected 5 (tab-separated)")
        name, type_, country, claimant_type, aliases = (cell.strip() for cell in row)
        if type_ not in ACTOR_TYPES:
            raise ValueError(f"data/actors.tsv: {name!r} has type {type_!r}; use one of {ACTOR_TYPES}")
        if claimant_type not in CLAIMANT_TYPES:
            raise ValueError(f"data/actors.tsv: {name!r} has claimant type {claimant_type!r}; use one of {CLAIMANT_TYPES}")
        alias_list = tuple(a.strip() for a in aliases.split("|") if a.strip())
        entries.append(ActorEntry(name, type_, country or None, claimant_type, alias_list))
    return tuple(entries)


@cache
def _demonyms() -> dict[str, str]:
    """Return {lower-case demonym or country name: country name} from ``data/demonyms.tsv``."""
    table: dict[str, str] = {}
    for row in _data_lines("demonyms.tsv"):
        country = row[0].strip()
        table.setdefault(country.lower(), country)
        for demonym in (row[2].split("|") if len(row) > 2 else []):
            if demonym.strip():
                # First country wins for shared demonyms ("Congolese"): the table is sorted by name.
                table.setdefault(demonym.strip().lower(), country)
    return table


@dataclass(frozen=True, slots=True)
class PartyOutlet:
    """An outlet that speaks for one side: its figures are the side's own claims."""

    outlet: str
    side: str
    actor: str

    @property
    def claimant(self) -> str:
        return f"{self.outlet} ({self.side})"


@cache
def _party_outlets() -> tuple[re.Pattern[str], dict[str, PartyOutlet]]:
    """Return a pattern over the aliases of ``data/party_media.tsv`` and {lower alias: outlet}."""
    known = {e.name for e in actor_table()}
    by_alias: dict[str, PartyOutlet] = {}
    for row in _data_lines("party_media.tsv"):
        if len(row) != 4:
            raise ValueError(f"data/party_media.tsv: {row[0]!r} has {len(row)} columns, expected 4 (tab-separated)")
        outlet, side, actor, aliases = (cell.strip() for cell in row)
        if actor not in known:
            raise ValueError(f"data/party_media.tsv: {outlet!r} speaks for {actor!r}, which data/actors.tsv lacks")
        for alias in (a.strip() for a in aliases.split("|") if a.strip()):
            by_alias[alias.lower()] = PartyOutlet(outlet, side, actor)
    alternation = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), by_alias


def party_outlet(name: str) -> PartyOutlet | None:
    """Return the side an outlet speaks for, if the name is (or names) one ("RADIO VENCEREMOS")."""
    pattern, by_alias = _party_outlets()
    m = pattern.search(name)
    return by_alias[m.group(0).lower()] if m else None


@cache
def _iso_names() -> dict[str, str]:
    """Return {ISO alpha-2 code: country name} from ``data/demonyms.tsv``."""
    return {row[1].strip(): row[0].strip() for row in _data_lines("demonyms.tsv") if len(row) > 1}


@cache
def country_name(hint: str) -> str:
    """Return the table's name for a country given by name, demonym or ISO code ("PK", "Pakistani")."""
    key = " ".join(hint.split())
    if key.lower() in _demonyms():
        return _demonyms()[key.lower()]
    import pycountry  # only for hints the table does not spell the same way ("Syrian Arab Republic")

    try:
        code = pycountry.countries.lookup(key).alpha_2
    except LookupError:
        return key
    return _iso_names().get(code, key)


def _is_acronym(alias: str) -> bool:
    """Return whether an alias must match case-sensitively (ISIS, BLA, IS, JeM: no lower-case run)."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return len(alias) <= 6 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def _alternation(aliases: list[str]) -> str:
    """Return a regex alternation of ``aliases``, longest first so "Islamic State group" beats "Islamic State"."""
    ordered = sorted(set(aliases), key=len, reverse=True)
    return "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)


@cache
def _alias_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, ActorEntry]]:
    """Return (case-insensitive pattern, case-sensitive pattern, {alias key: entry})."""
    by_alias: dict[str, ActorEntry] = {}
    folded: list[str] = []
    exact: list[str] = []
    for entry in actor_table():
        for alias in (entry.name, *entry.aliases):
            if _is_acronym(alias):
                by_alias.setdefault(alias, entry)
                exact.append(alias)
            else:
                by_alias.setdefault(alias.lower(), entry)
                folded.append(alias)
    # (?<![\w-]) keeps "BLA" out of "BLA-linked"? No: hyphenated compounds still name the actor,
    # so only letters and digits count as word characters here.
    folded_re = re.compile(rf"(?<![A-Za-z0-9])(?:{_alternation(folded)})(?![A-Za-z0-9])", re.I)
    exact_re = re.compile(rf"(?<![A-Za-z0-9])(?:{_alternation(exact)})(?![A-Za-z0-9])")
    return folded_re, exact_re, by_alias


_MILITARY_WORDS = (
    r"armed forces|security forces|government forces|regime forces|government troops|defen[cs]e forces|"
    r"military|army|troops|soldiers|forces|air force|air forces|navy|naval forces|marines|paramilitary|"
    r"paramilitaries|border guards|border forces|intelligence|special forces|commandos|warplanes|jets|drones?"
)
_POLICE_WORDS = r"police|policemen|police officers|police force|police forces|cops|gendarmerie|gendarmes"


@cache
def _state_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return patterns for "<demonym|country> <forces>" and "<forces> of <country>"."""
    names = _alternation(list(_demonyms()))
    before = re.compile(
        rf"(?<![A-Za-z0-9])(?P<where>{names})(?:'s)?\s+(?:(?:federal|national|state|government|regime|"
        rf"local|provincial|\w+-led)\s+)?(?P<kind>{_POLICE_WORDS}|{_MILITARY_WORDS})(?![A-Za-z0-9])",
        re.I,
    )
    after = re.compile(
        rf"(?<![A-Za-z0-9])(?P<kind>{_POLICE_WORDS}|{_MILITARY_WORDS})\s+of\s+(?:the\s+)?(?P<where>{names})(?![A-Za-z0-9])",
        re.I,
    )
    return before, after


# Sides named without a country: only resolvable with a hint ("security forces" in a Pakistani story).
_GENERIC_STATE = re.compile(
    rf"(?<![A-Za-z0-9])(?P<kind>{_POLICE_WORDS}|security forces|government forces|government troops|armed forces|"
    rf"law enforcement agencies|law enforcers|the military|the army|troops|soldiers|paramilitary forces|"
    rf"paramilitaries|forces)(?![A-Za-z0-9])",
    re.I,
)


def _state_name(kind: str, country: str | None) -> tuple[str, str]:
    """Return (ACLED-style name, claimant type) of a country's police or military."""
    police = re.fullmatch(_POLICE_WORDS, kind.lower()) is not None
    if police:
        return (POLICE_PREFIX + country if country else UNKNOWN_POLICE), "police"
    return (MILITARY_PREFIX + country if country else UNKNOWN_MILITARY), "military"


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _alias_matches(text: str) -> list[tuple[re.Match[str], ActorEntry]]:
    """Every mention of an actor of the alias table, with its entry."""
    folded_re, exact_re, by_alias = _alias_patterns()
    matches = [(m, by_alias[re.sub(r"\s+", " ", m.group(0).lower())]) for m in folded_re.finditer(text)]
    matches += [(m, by_alias[re.sub(r"\s+", " ", m.group(0))]) for m in exact_re.finditer(text)]
    return matches


def named_countries(text: str) -> list[str]:
    """The countries of the named actors the text mentions ("Frontier Corps": Pakistan), most often
    named first. An incident report often names no country, only the forces and groups involved."""
    counts = Counter(entry.country for _, entry in _alias_matches(text) if entry.country)
    return [c for c, _ in counts.most_common()]


def find_actors(text: str, country_hint: str | None = None) -> list[ActorMention]:
    """Return every side named in ``text``, normalised, in text order; longest mention wins overlaps.

    ``country_hint`` (a country name as in ``data/demonyms.tsv``: "Pakistan") resolves generic
    state forces ("security forces", "police") and names the generic sides ("Civilians (Pakistan)").
    """
    hint = country_name(country_hint) if country_hint else None
    # Candidates from three sources; the longest wins an overlap ("Pakistani security forces" over
    # "security forces"), and on equal spans the alias table beats the demonym rule ("Syrian
    # National Army" is a rebel coalition, not Syria's army), which beats the generic words.
    candidates: list[tuple[int, int, int, str, str | None, str | None]] = []

    def add(start: int, end: int, name: str, type_: str | None, country: str | None, rank: int = 0) -> None:
        candidates.append((start, end, rank, name, type_, country))

    # 1. The alias table.
    matches = _alias_matches(text)
    for m, entry in sorted(matches, key=lambda me: (-(me[0].end() - me[0].start()), me[0].start())):
        name, country = entry.name, entry.country
        if entry.country is None and entry.type in ("protesters", "rioters", "civilians", "political_militia") \
                and entry.name in _GENERIC_SIDES:
            # ACLED names generic sides by country: "Protesters (Pakistan)".
            country = hint
            name = f"{entry.name} ({hint})" if hint else entry.name
        add(m.start(), m.end(), name, entry.type, country)
    # 2. State forces named by country.
    before, after = _state_patterns()
    for pattern in (before, after):
        for m in pattern.finditer(text):
            if not m.group("where")[:1].isupper():
                continue  # "us troops" is not "US troops"; country names are capitalised in news
            country = _demonyms()[re.sub(r"\s+", " ", m.group("where").lower())]
            name, _ = _state_name(re.sub(r"\s+", " ", m.group("kind")), country)
            add(m.start(), m.end(), name, "state_forces", country, rank=1)
    # 3. Generic state forces, resolved with the hint (or left countryless).
    for m in _GENERIC_STATE.finditer(text):
        kind = re.sub(r"\s+", " ", m.group("kind").lower())
        if kind == "forces" and not hint:
            continue  # bare "forces" says too little without a country
        name, _ = _state_name(kind, hint)
        add(m.start(), m.end(), name, "state_forces", hint, rank=2)
    taken: list[tuple[int, int]] = []
    found: list[ActorMention] = []
    for start, end, _, name, type_, country in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if not _overlaps((start, end), taken):
            taken.append((start, end))
            found.append(ActorMention(text[start:end], start, end, name, type_, country))
    return sorted(found, key=lambda mention: mention.start)


_GENERIC_SIDES = frozenset({"Protesters", "Rioters", "Civilians", "Unidentified Armed Group"})

# Claimant words that are not conflict actors: checked in order, first match wins. Sources: the
# claimant vocabulary of DESIGN.md ("military officials" -> military, "via Reuters" -> news_agency).
_CLAIMANT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern + r"(?![A-Za-z0-9])", re.I))
    for kind, pattern in (
        ("social_media", r"\b(?:twitter|tweet\w*|x post|facebook|telegram|instagram|tiktok|youtube|whatsapp|social media|"
                         r"(?-i:on X|X account|posted on X))"),
        ("news_agency", r"\b(?:reuters|agence france-presse|associated press|xinhua|anadolu|irna|tass|ria novosti|"
                        r"associated press of pakistan|press trust of india|bernama|kyodo|yonhap|"
                        r"news agency|wire service|amaq|(?-i:AFP|AP|SANA|APP|PTI|ANI|EFE|DPA))"),
        ("ngo", r"\b(?:human rights watch|amnesty|red cross|red crescent|doctors without borders|"
                r"médecins sans frontières|world health organi[sz]ation|united nations|"
                r"observatory|charity|rights group|human rights commission|monitoring group|war monitor|"
                r"(?-i:HRW|ICRC|MSF|OCHA|UNHCR|UNICEF|WHO|UN|U\.N\.|SOHR|NGO|HRCP|ACLED))"),
        ("police", rf"\b(?:{_POLICE_WORDS}|superintendent|sho|station house officer|inspector general|counter[- ]terrorism department|ctd|levies)"),
        ("military", rf"\b(?:{_MILITARY_WORDS}|ispr|inter-services public relations|defen[cs]e ministry|ministry of defen[cs]e|"
                     r"pentagon|(?-i:General|Gen\.|Colonel|Col\.|Major|Maj\.|Brigadier|Brig\.|Lieutenant|Lt\.)|"
                     r"spokesm[ae]n for the (?:army|military))"),
        ("armed_group", r"\b(?:militants?|rebels?|insurgents?|separatists?|the group|armed group|jihadists?|terrorists?|"
                        r"fighters|guerrillas?|militias?)"),
        ("government", r"\b(?:government|ministry|minister|ministers|officials?|authorities|governor|president|"
                       r"prime minister|spokes(?:man|woman|person) for the government|administration|chief minister|"
                       r"deputy commissioner|district (?:commissioner|administration)|mayor|state media|kremlin|"
                       r"white house|interior ministry)"),
        ("witness", r"\b(?:witness(?:es)?|eyewitness(?:es)?|residents?|villagers|locals?|survivors?|relatives|"
                    r"family members|doctors?|hospital|medics?|medical (?:sources|officials))"),
        ("media", r"\b(?:newspaper|daily|tv|television|radio|channel|outlet|media|times|post|tribune|dawn|"
                  r"al jazeera|bbc|cnn|guardian|reporters?|journalists?|correspondent)"),
    )
)


def actor_claimant_type(name: str) -> str:
    """Return the claimant type (``records.CLAIMANT_TYPES``) of an actor name or a claimant phrase."""
    cleaned = " ".join(name.split())
    if not cleaned:
        return "unknown"
    # A canonical name or alias from the table ("BLA", "Military Forces of Pakistan").
    _, _, by_alias = _alias_patterns()
    entry = by_alias.get(cleaned) or by_alias.get(cleaned.lower())
    if entry is None:
        entry = next((e for e in actor_table() if e.name.lower() == cleaned.lower()), None)
    if entry is not None:
        return entry.claimant_type
    if cleaned.startswith(POLICE_PREFIX) or cleaned == UNKNOWN_POLICE:
        return "police"
    if cleaned.startswith(MILITARY_PREFIX) or cleaned == UNKNOWN_MILITARY:
        return "military"
    generic = re.fullmatch(r"(.+?) \((.+)\)", cleaned)
    if generic and generic.group(1) in _GENERIC_SIDES:
        return actor_claimant_type(generic.group(1))
    # A phrase naming a side ("BLA commander", "Pakistani military officials", "police spokesman").
    mentions = find_actors(cleaned)
    if mentions:
        return actor_claimant_type(mentions[0].name)
    # Otherwise the most specific claimant word wins ("military officials" is military, not
    # government; "a report by Reuters" is a news agency).
    for kind, pattern in _CLAIMANT_RULES:
        if pattern.search(cleaned):
            return kind
    return "unknown"
