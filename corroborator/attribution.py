"""Attribution: who says each claim, its type and stance, and the outlet it comes through.

For each figure the extract stage (``claims``) finds, it asks who speaks. The answer is read

- from the reporting verbs and "according to" phrases of the parsed sentence, each governing its
  own clause (``_doc_speakers``), with chains ("a report by Reuters that quoted Pakistani military
  officials": the officials, via Reuters) and antecedents across sentences ("The group also
  stated", "the report stated", "Solanki said" for the person named in full before); or from a
  quotation whose speaker is named where it closes, sentences later;
- else from headline conventions (": MoD", "- official", "Army claims", ", police say");
- else from a transcript's turn label ("(MILITARY OFFICER) ..."), from the account a source opened
  (it goes on into the sentences after it, "The FC officials said that 40 militants attacked. As a
  result, ...", while they are tied to it by a connective or a pronoun, until a new scene or a new
  source: ``_carries_account``), or from a source named at the close of the next sentence, which
  goes on about the same people ("They have been shifted to Himmatnagar, sources said");
- else the assertion is the outlet's own: the outlet a report names (a dateline, "..., reports
  Dawn", "officials told Reuters") or the article's source.

The claimant is named as the ledger shows it (an armed group by its canonical name, a person by
the name without the role, a photo credit by its agency); its type comes from keyword families in
priority order (``claimant_type_of``, or the long form of an acronym the text defines), its stance
from the verb (said/claimed/admitted/alleged/denied), and its relation to the group counted from
its side ("own" losses or the "adversary"'s).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from corroborator import actors as actors_mod
from corroborator.records import ARMED_GROUP_TYPES, Sentence
from corroborator.segment import caseless

# ---------------------------------------------------------------------------------------------
# Claimants.
# ---------------------------------------------------------------------------------------------

_SPEECH_STANCE = {
    "say": "attributed", "state": "attributed", "add": "attributed", "tell": "attributed",
    "report": "attributed", "confirm": "attributed", "announce": "attributed", "assert": "attributed",
    "inform": "attributed", "disclose": "attributed", "reveal": "attributed", "note": "attributed",
    "quote": "attributed", "put": "attributed", "estimate": "attributed", "insist": "attributed",
    "write": "attributed", "tweet": "attributed", "post": "attributed", "declare": "attributed",
    "maintain": "attributed", "mention": "attributed", "describe": "attributed", "warn": "attributed",
    "explain": "attributed", "record": "attributed", "indicate": "attributed", "show": "attributed",
    "claim": "claimed", "admit": "admitted", "acknowledge": "admitted", "concede": "admitted",
    "allege": "alleged", "accuse": "alleged", "deny": "denied", "reject": "denied",
    "dispute": "denied", "refute": "denied",
}
_SPEECH_FORMS = frozenset({"said", "told", "says", "say", "added", "stated", "noted", "claimed", "reported", "confirmed"})
# Claimant type keywords, in priority order: the first family that matches the speaker wins.
_CLAIMANT_TYPES: list[tuple[str, str]] = [
    ("social_media", r"tweet|twitter|facebook post|telegram|social media|x post|video posted"),
    ("news_agency", r"reuters|associated press|\bap\b|afp|agence france|xinhua|\bpti\b|\bians\b|\bani\b|"
                    r"\buni\b|anadolu|\btass\b|ria novosti|interfax|\befe\b|\bdpa\b|bernama|kyodo|yonhap|"
                    r"(?:^|\b(?:the|its|an?|this|that)\s+)agency\b|"
                    r"news agency|press agency|wire service|\bapp\b|\birna\b|\bsana\b|\bwam\b|pajhwok"),
    # Any other agency is the state's: "the disaster mitigation agency", "the State Emergency
    # Management Agency".
    ("government", r"\w\s+agency\b"),
    ("military", r"military|army|armed forces|ispr|defen[cs]e ministry|ministry of defen[cs]e|\bmod\b|"
                 r"defen[cs]e spokesman|general staff|troops|soldiers?|commander|brigadier|colonel|\bmajor\b|"
                 r"infantry|artillery|"
                 r"navy|air force|\biaf\b|paf|security sources|security officials?|security forces|"
                 r"security agencies|counter-?terrorism department|\bctd\b|\bbsf\b|\bcrpf\b|\bitbp\b|"
                 r"assam rifles|rangers|frontier corps|\bfc\b|\bidf\b|pentagon|centcom|coalition|"
                 r"military source|army source|defence source"),
    ("police", r"police|\bssp\b|\bdsp\b|\bsp\b|superintendent|inspector|constable|\bdgp\b|\bigp\b|\bdig\b|"
               r"commissioner of police|station house officer|\bsho\b|gendarmerie|law enforcement|\bcops?\b"),
    ("ngo", r"united nations|\bun\b|\bu\.n\.|unama|unicef|unhcr|ocha|minusca|monusco|unmiss|human rights watch|"
            r"\bhrw\b|amnesty|red cross|red crescent|\bicrc\b|msf|m[ée]decins sans|observatory|\bsohr\b|"
            r"acled|airwars|collective|commission\b|rights group|ngo|charity|humanitarian|"
            r"watchdog|monitor|human rights"),
    ("witness", r"\b(?:residents?|witness(?:es)?|eyewitness(?:es)?|locals|local (?:people|residents)|villagers?|relatives|"
                r"survivors?|family|families|neighbou?rs?|tribal elders?|elders?|passers-?by)\b"),
    ("media", r"newspaper|daily|portal|\bsatp\b|television|\btv\b|channel|broadcaster|radio|website|news portal|"
              r"media|magazine|outlet|correspondent|reporter|journalist|times|tribune|post|herald|journal|"
              r"gazette|express|dawn|\bbbc\b|\bcnn\b|al jazeera|the hindu|\bnetworks?\b"),
    ("government", r"official|officials|government|gov't|govt|ministry|minister|ministers|governor|mayor|"
                   r"district chief|administration|authorities|authority|spokesman for the government|"
                   r"magistrate|collector|deputy commissioner|\bdc\b|chief minister|president|prime minister|"
                   r"senator|lawmaker|\bmp\b|\bmla\b|council|interior|\bmoi\b|home department|home ministry|"
                   r"medical officer|hospital|doctors?|health (?:ministry|department|officials?)|"
                   r"rescue|emergency services|civil defen[cs]e|fire (?:service|department)|state media|"
                   r"provincial|province|district|tehsildar|chief secretary|embassy|consulate|emergency affairs|"
                   r"disaster management|crisis management"),
    ("armed_group", r"\bgroup\b|outfit|organi[sz]ation|rebels?|militants?|insurgents?|separatists?|"
                    r"taliban|spokesman of the|jihadists?|fighters|front|movement|brigade|liberation|"
                    r"militia|mujahideen|islamic state|\bisis\b|\bisil\b|daesh|al-?shabaa?b|boko haram|"
                    r"hamas|hezbollah|houthis?|ansar|\bpkk\b|\bfarc\b|\beln\b|maoists?|cpi"),
    ("unknown", r"sources?|reports?"),
]
_CLAIMANT_RES = [(t, re.compile(p, re.I)) for t, p in _CLAIMANT_TYPES]

# Anaphoric speakers resolved to an earlier claimant of a compatible kind.
_ANAPHORA = re.compile(
    r"^(?:the |this |that |its |their )?(?:group|outfit|organi[sz]ation|statement|rebels|militants|"
    r"insurgents|separatists|report|reports|spokesman|spokesperson|they|it|he|she|"
    r"ministry|army|military|police|agency|the latter|the former)$",
    re.I,
)
_CHAIN = re.compile(
    r"(?:a |the )?(?:report|statement|dispatch|story|article)?\s*(?:by|from|in)?\s*(?P<via>[^,]+?)\s+"
    r"(?:that |which |who )?(?:quot(?:ed|ing)|cit(?:ed|ing))\s+(?P<who>.+)$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Speaker:
    claimant: str | None
    claimant_type: str
    via: str | None
    stance: str
    actor: str | None


# ---------------------------------------------------------------------------------------------
# Speakers: names, types, outlets and acronyms.
# ---------------------------------------------------------------------------------------------


def _is_country(phrase: str) -> bool:
    try:
        import pycountry

        pycountry.countries.lookup(phrase.strip())
        return True
    except LookupError:
        return False


def claimant_type_of(phrase: str) -> str:
    """Return the claimant type of a speaker phrase ("Pakistani military officials" → military)."""
    phrase = phrase.replace("(", "").replace(")", "")
    if _is_country(phrase):
        return "government"  # "Algeria says ...": the state speaking
    for mention in actors_mod.find_actors(phrase):
        if mention.type in ARMED_GROUP_TYPES:
            return "armed_group"
    for ctype, rx in _CLAIMANT_RES:
        if rx.search(phrase):
            return ctype
    return "unknown"


# Words for roles and offices: what precedes a person's name in "Bharuch collector Anju Sharma",
# "DIG West Feroz Shah", "Gadchiroli Superintendent of Police Viresh Prabhu".
_ROLE_WORDS = frozenset(
    ["collector", "magistrate", "minister", "ministers", "secretary", "commissioner", "governor", "mayor", "official", "officials", "officer", "officers", "spokesman", "spokesperson", "spokesmen", "spokespersons", "chief", "head", "director", "inspector", "superintendent", "police", "sp", "ssp", "dsp", "dig", "igp", "dgp", "adgp", "sho", "asi", "si", "constable", "commandant", "commander", "general", "lieutenant", "colonel", "major", "brigadier", "captain", "colonel", "gen", "lt", "col", "maj", "brig", "capt", "president", "premier", "prime", "deputy", "additional", "assistant", "senior", "district", "divisional", "regional", "provincial", "state", "home", "interior", "defence", "defense", "army", "military", "spokesman", "leader", "chairman", "mla", "mp", "senator", "sheriff", "coroner", "examiner", "doctor", "dr", "medical", "tehsildar", "sarpanch", "station", "house", "in-charge", "incharge", "reporter", "correspondent", "journalist", "analyst", "expert", "witness", "resident", "source", "sources"]
)
_GENERIC_WORDS = frozenset(
    ["today", "yesterday", "tonight", "tomorrow", "now", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
) | frozenset(
    ["the", "a", "an", "he", "she", "they", "it", "police", "army", "military", "officials", "official", "sources", "source", "residents", "witnesses", "group", "spokesman", "spokesperson"]
) | frozenset(
    # what speaks without being a person: "a military statement", "a police report"
    ["statement", "statements", "report", "reports", "release", "communique", "communiqué", "bulletin", "briefing", "tweet", "post", "website", "channel", "account",
     "media", "television", "tv", "radio", "press", "agency"]
)


_INSTITUTION_WORDS = frozenset(
    ["ministry", "department", "office", "force", "forces", "police", "army", "agency", "government", "administration", "council", "committee", "commission", "board", "authority", "authorities", "bureau", "service", "services", "unit", "units", "command"]
)


def _person_name(phrase: str) -> str | None:
    """Return the person's name at the end of a role phrase, or None when the phrase names no person."""
    named = re.match(r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?:of|from)\s+\S", phrase)
    if named and not any(w.lower() in _ROLE_WORDS or w.lower() in _INSTITUTION_WORDS for w in named["name"].split()):
        return named["name"]  # "Abdul Mohammed, of the State Emergency Management Agency"
    if "," in phrase:
        # "the superintendent of police of sabarkantha, nitiraj solanki": the name in apposition.
        *roles, last = [seg.strip() for seg in phrase.split(",")]
        name_words = last.split()
        if (
            1 <= len(name_words) <= 4
            and any(w.lower() in _ROLE_WORDS for seg in roles for w in seg.split())
            and not any(
                w.lower() in _ROLE_WORDS or w.lower() in _GENERIC_WORDS or w.lower() in _INSTITUTION_WORDS
                for w in name_words
            )
        ):
            return last
        phrase = last if not roles else phrase.replace(",", " ")
    if re.search(r"\b(?:and|or)\b", phrase):
        return None  # two sources, not a role and a name: "local media and state TV"
    words = phrase.split()
    last_role = max((i for i, w in enumerate(words) if w.lower().strip(".,()") in _ROLE_WORDS), default=-1)
    if last_role < 0:
        return None
    name = [w.strip(",.") for w in words[last_role + 1:]]
    while name and name[0].lower() in ("west", "east", "north", "south", "central", "range", "zone"):
        name = name[1:]
    if not 1 <= len(name) <= 4 or any(w.lower() in _GENERIC_WORDS or w.lower() in _ROLE_WORDS for w in name):
        return None
    if any(w.lower() in _STOP_WORDS for w in name):
        return None  # a clause, not a name: "a camp official who pleaded anonymity"
    if any(not re.fullmatch(r"[\w'’.-]+", w) for w in name) or any(w.lower() in ("of", "for", "in") for w in name):
        return None
    if any(w.lower() in _INSTITUTION_WORDS for w in name):
        return None
    return " ".join(name)


def _credited_agency(name: str) -> str:
    """A photo credit names the agency: "Muhammad Hamed/Reuters", "AP Photo/Ron Schwane" -> the agency."""
    if "/" not in name:
        return name
    parts = [re.sub(r"\s+photo$", "", p.strip(), flags=re.I) for p in name.split("/")]
    agency = [p for p in parts if claimant_type_of(p) in ("news_agency", "media")]
    return agency[0] if len(parts) == 2 and agency else name


def _canonical(phrase: str) -> tuple[str, str | None]:
    """Return the speaker's name as the ledger shows it, and the actor it names, if any.

    Armed groups get their canonical name (so "BLA" and "the Baloch Liberation Army" are one
    claimant); a person named after a role gets the name alone; anything else keeps its own words.
    """
    phrase = re.sub(r"^the\s+", "", phrase.strip(" ,.;:\"'“”"), flags=re.I)
    phrase = _credited_agency(phrase)
    phrase = re.sub(r"(?<=\w)\s+[-–]\s+(?=\w)", " ", phrase)  # a spaced hyphen inside a name: "SKY - TV"
    if re.search(r"['’]s\s+(?:statement|spokesman|spokesperson|claims?)", phrase, re.I):
        phrase = re.sub(r"['’]s\b.*$", "", phrase)
    phrase = re.sub(r"\s*\([^)]*\)\s*$", "", phrase).strip()
    # A bracketed word inside the name is part of it ("SALVADORAN (RED) CROSS SOURCES", a
    # transcriber's insertion); a time word after it is not ("official sources today").
    phrase = re.sub(r"\(([^()]*)\)(?=\s+\w)", r"\1", phrase)
    phrase = re.sub(r"\s+(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|on (?:monday|tuesday|wednesday|"
                    r"thursday|friday|saturday|sunday))$", "", phrase, flags=re.I)
    for mention in actors_mod.find_actors(phrase):
        if mention.type in ARMED_GROUP_TYPES:
            # Named as the text writes it in full ("Hizb ul Mujahideen"), so the analyst finds it in
            # the sentence; an acronym alone ("BLA") is written out by the actor table.
            written = mention.text.strip()
            if " " in written or "-" in written:
                return written, mention.name
            return mention.name, mention.name
    person = _person_name(phrase)
    if person:
        return person, None
    spoke = _VOICE_OF.match(phrase)
    if spoke:
        return f"{spoke.group('body')} {spoke.group('voice').lower()}", None
    return phrase, None


# Who speaks for a body is named after it, as "army spokesman" is: "military spokesmen for the 6th
# Infantry Brigade" are the "6th Infantry Brigade spokesmen", "a spokesman for the Interior
# Ministry" the "Interior Ministry spokesman", so that one body's voice is one claimant however
# the reports phrase it. Not a body described rather than named ("a spokesman for a Tuareg group
# in Mali"). (An armed group's spokesman is the group: ``_canonical`` returns it first.)
_VOICE_OF = re.compile(
    r"(?:(?:an?|one)\s+)?(?:[A-Za-z]+\s+)?(?P<voice>spokesm[ae]n|spokespersons?|spokeswom[ae]n)\s+"
    r"(?:for|of)\s+(?:the\s+)?(?!(?:an?|some|one)\s)(?P<body>(?:(?!\s(?:in|at|from)\s)[^,;:()])+?)$",
    re.I,
)


@dataclass(slots=True)
class _Context:
    """What attribution remembers while reading one article from top to bottom."""

    outlet: str | None
    # True when the outlet was named in the text ("..., reports Dawn"): it then carries the
    # claims it quotes from others (``via``).
    outlet_in_text: bool = False
    history: list[_Speaker] = field(default_factory=list)
    persons: list[_Speaker] = field(default_factory=list)
    caseless: bool = False  # lower-cased or all-caps text: the parser misreads names
    all_caps: bool = False  # all-caps wire copy: the parser reads it lower-cased, acronyms lose their case
    # The outlet is named by a dateline: a wire or broadcast report ("LIMA, 5 OCT 88 (EL COMERCIO) --").
    wire: bool = False
    # Acronyms the text defines, lower-cased short form -> long form: "the Armed Forces Press
    # Committee (COPREFA)".
    acronyms: dict[str, str] = field(default_factory=dict)
    # The text read so far, where a surname's first mention in full is looked up.
    text: str = ""

    def remember(self, sp: _Speaker) -> None:
        self.history.append(sp)
        if sp.claimant and sp.actor is None and _looks_like_person(sp.claimant):
            self.persons.append(sp)


def _looks_like_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and not any(w.lower() in _ROLE_WORDS or w.lower() in _GENERIC_WORDS for w in words)


_OUTLET_IN_TEXT = re.compile(
    r"(?:[,.;]\s*|^)(?:reports?|reported|according to)\s+"
    r"(?P<o>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for|de|la|el)\s+)?[A-Z][\w'’&-]*){0,3})"
    r"\s*(?:[.,;]|$)"
)
# ... or opening the report: "Daily Times reports that a female suicide bomber ...".
_OUTLET_OPENS = re.compile(
    r"(?:^|[.!?]\s+)(?P<o>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?:reports|reported)\s+that\b"
)


# Wire-copy datelines name the outlet: "LIMA, 5 OCT 88 (EL COMERCIO) --", "KABUL (Reuters) -".
_DATELINE_OUTLET = re.compile(
    r"^\s*[A-Z][\w .'’-]{1,40}(?:,\s*[\w .]{1,25})?\s*\((?P<o>[A-Z][^()\n]{1,50})\)\s*(?:--|—|–|-)", re.M
)


def wire_outlet(text: str) -> bool:
    """True when the report's dateline names its outlet ("KABUL (Reuters) -")."""
    return _DATELINE_OUTLET.search(text[:400]) is not None


def _outlet_named(text: str, no_case: bool | None = None) -> str | None:
    """The outlet a report names as its own source ("..., reports The Express Tribune.", a dateline)."""
    m = _DATELINE_OUTLET.search(text[:400])
    if m:
        name = m.group("o").strip()
        return name.title() if name.isupper() else name
    for m in [*_OUTLET_IN_TEXT.finditer(text), *_OUTLET_OPENS.finditer(text[:300])]:
        name = m.group("o")
        if claimant_type_of(name) in ("media", "unknown") and not re.search(r"\b(?:police|army|officials?)\b", name, re.I):
            return re.sub(r"^the\s+", "The ", name)
    # Whom the sources spoke to is the outlet that reports them: "bank officials told Reuters",
    # "speaking to the times of india, district magistrate ...".
    no_case = caseless(text) if no_case is None else no_case
    for m in (_TOLD_OUTLET_CASELESS if no_case else _TOLD_OUTLET).finditer(text):
        name = re.sub(r"\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$",
                      "", m.group("o"), flags=re.I)  # "told AFP Monday"
        if name.lower() in _NEWS_SERVICES:
            return _NEWS_SERVICES[name.lower()]
        if claimant_type_of(name) in ("media", "news_agency"):
            name = re.sub(r"^the\s+", "The ", name, flags=re.I)
            return name.title() if no_case else name
    return None


# A newspaper's own news service, named where sources speak to its reporters ("sources told TNN").
_NEWS_SERVICES = {
    "tnn": "The Times of India", "times news network": "The Times of India", "toi": "The Times of India",
    "ht": "Hindustan Times",
}
_TOLD_OUTLET = re.compile(
    r"\b(?:told|speaking to|talking to|said to)\s+(?P<o>(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w'’&-]*){0,3})"
)
_TOLD_OUTLET_CASELESS = re.compile(
    r"\b(?:told|speaking to|talking to|said to)\s+(?P<o>(?:the\s+)?\w[\w'’&-]*(?:\s+\w[\w'’&-]*){0,3}?)(?=\s*[,.;:])",
    re.I,
)


_STOP_WORDS = frozenset(STOP_WORDS)
_ACRONYM = re.compile(r"(?P<long>(?:[A-Za-z][\w'’-]*\s+){1,6})\((?P<short>[A-Z][A-Za-z]{1,9})\)")
_DETERMINER = re.compile(r"^(?:(?:the|a|an|its|their)\s+)+", re.I)


def _acronyms(text: str) -> dict[str, str]:
    """Return the acronyms ``text`` defines ("the Armed Forces Press Committee (COPREFA)"), short -> long."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        long = _DETERMINER.sub("", m.group("long").strip())
        if long and m.group("short").lower() not in out:
            out[m.group("short").lower()] = long
    return out


def _used_again(short: str, text: str) -> bool:
    """True when ``text`` uses the acronym ``short`` beyond the parentheses that define it."""
    uses = re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text, re.I)
    return sum(1 for m in uses if not m.group(0).islower()) > 1


# A connective or a scene-setting phrase before the speaker: "Meanwhile, the committee",
# "Near the end of the cast, the announcer".
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:meanwhile|however|also|later|earlier|separately|moreover|furthermore|besides|then|now|today|"
    r"yesterday|in addition)|(?:in|at|near|on|during|after|before|by|from|for|with|under|towards?)\b[^,]{0,60}|"
    r"[a-z]+ing\b[^,]{0,60}),\s+",
    re.I,
)
# A word of contrast or sequence set off after the speaker: "THE FMLN, HOWEVER, CLAIMED ...".
_TRAILING_ADVERBIAL = re.compile(
    r",?\s*\b(?:however|though|meanwhile|in turn|for (?:its|their|his|her) part|on the other hand|also)\b,?\s*$", re.I
)
# A wire or broadcast report (its dateline names the outlet) refers to its own earlier reports by
# when they came ("THE INITIAL REPORT MENTIONS 10 KILLED", "PREVIOUS REPORTS INDICATED ..."); reports
# it describes otherwise ("preliminary", "unofficial", "unconfirmed") are others'.
_OWN_EARLIER_REPORT = re.compile(r"(?:the\s+|our\s+)?(?:initial|first|previous|earlier)\s+reports?", re.I)
# Who reads a broadcast speaks for the outlet.
_PRESENTERS = frozenset({"announcer", "newscaster", "presenter", "anchor", "anchorman", "anchorwoman", "narrator"})
_TITLES = frozenset(_ROLE_WORDS | {"gen.", "mr", "mr.", "mrs", "ms", "dr.", "sr", "sri", "shri"})


def _expand_acronyms(phrase: str, ctx: _Context) -> str:
    """Return ``phrase`` with the acronyms the text defines written out ("HM" -> "Hizb ul Mujahideen")."""
    if not ctx.acronyms:
        return phrase
    return re.sub(r"\b[A-Z][A-Za-z]{1,9}\b", lambda m: ctx.acronyms.get(m.group(0).lower(), m.group(0))
                  if m.group(0).isupper() else m.group(0), phrase)


def _full_name(surname: str, ctx: _Context) -> _Speaker | None:
    """Return the person a surname points back to: an earlier speaker, or a person named in full after
    a role earlier in the text ("National Police Director General Jose Guillermo Medina Sanchez")."""
    for person in reversed(ctx.persons):
        if person.claimant and surname.lower() in [w.lower() for w in person.claimant.split()[1:]]:
            return person
    for m in re.finditer(rf"\b{re.escape(surname)}\b", ctx.text, re.I):
        before = ctx.text[max(0, m.start() - 160): m.start()].split()
        given: list[str] = []
        while before and before[-1].lower() not in _TITLES and re.fullmatch(r"[A-Za-z'’.-]+", before[-1]):
            given.insert(0, before.pop())
        if not before or before[-1].lower() not in _TITLES or not 1 <= len(given) <= 3:
            continue
        roles: list[str] = []
        while before and before[-1].lower().strip(",") in _ROLE_WORDS and len(roles) < 6:
            roles.insert(0, before.pop())
        after = [w.strip(",.;:\"") for w in ctx.text[m.end():].split(maxsplit=1)[:1]]
        name = [*given, m.group(0)]
        if after and re.fullmatch(r"[A-Za-z'’-]+", after[0]) and after[0].lower() not in _STOP_WORDS \
                and not re.search(r"(?:ed|s)$", after[0], re.I) and after[0].lower() not in _SPEECH_FORMS:
            name.append(after[0])  # a second surname: "Medina Sanchez"
        if any(w.lower() in _STOP_WORDS or w.lower() in _GENERIC_WORDS for w in name):
            continue
        full = " ".join(name)
        if ctx.caseless:
            full = full.title()
        return _Speaker(full, claimant_type_of(" ".join(roles)), None, "attributed", None)
    return None


def _speaker_from_phrase(phrase: str, stance: str, ctx: _Context) -> _Speaker:
    phrase = _drop_description(" ".join(phrase.split()).strip(" ,.;:"))
    phrase = _TRAILING_ADVERBIAL.sub("", _LEADING_ADVERBIAL.sub("", phrase))
    if ctx.all_caps:
        # Parsed lower-cased, the words lost the capitals an acronym is known by ("fmln").
        sides = [
            m for m in actors_mod.find_actors(phrase.upper())
            if m.type in ARMED_GROUP_TYPES
        ]
        if sides and len(re.sub(r"^the\s+", "", phrase.strip(), flags=re.I)) <= sides[0].end - sides[0].start + 2:
            via = ctx.outlet if ctx.outlet_in_text else None
            return _Speaker(sides[0].name, "armed_group", via, stance, sides[0].name)
    chain = _CHAIN.match(phrase)
    if chain:
        via_name, _ = _canonical(chain.group("via"))
        who = chain.group("who")
        name, actor = _canonical(who)
        return _Speaker(name, claimant_type_of(who), via_name, stance, actor)
    bare = re.sub(r"^(?:the |this |that )", "", phrase.lower())
    bare = re.sub(r"['’]s (?:statement|spokesman|spokesperson)$", "", bare)
    if _ANAPHORA.match(phrase) or _ANAPHORA.match(bare):
        antecedent = _antecedent(bare, ctx)
        if antecedent is not None:
            return replace(antecedent, stance=stance)
    m = re.search(r"\b(?:by|of)\s+(?:the\s+)?(?P<who>[A-Z][\w\s.'’-]+)$", phrase)
    if m and re.match(r"(?:the |an? )?(?:statement|claim)", phrase, re.I):
        phrase = m.group("who")
    # A surname alone, or after a title, points back to the person named in full earlier ("Solanki
    # said", "Gen Medina says").
    words = phrase.split()
    rest = [w for w in words if w.lower() not in _TITLES]
    if len(rest) == 1 and len(words) <= 3 and rest[0].lower() not in _STOP_WORDS \
            and rest[0].lower() not in _GENERIC_WORDS and re.fullmatch(r"[A-Za-z'’-]+", rest[0]):
        person = _full_name(rest[0], ctx)
        if person is not None:
            return replace(person, stance=stance)
    if bare in _PRESENTERS and ctx.outlet:
        return _outlet(ctx)
    if ctx.wire and _OWN_EARLIER_REPORT.fullmatch(bare):
        return _outlet(ctx)
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", bare)  # "the committee (coprefa)"
    # A speaker the text abbreviates ("COPREFA") is typed by its long form when its own words say
    # nothing; its long form is the same claimant, named as the text goes on to call it: by the
    # short form where the text uses it again ("COPREFA REPORTED ..."), else in full ("South Asia
    # Terrorism Portal (SATP) had reported ...", and SATP never again).
    long_form = ctx.acronyms.get(bare)
    if long_form is None:
        for short, long in ctx.acronyms.items():
            if bare == long.lower():
                long_form, phrase = long, short.upper() if _used_again(short, ctx.text) else long
                break
    if long_form is None:
        expanded = _expand_acronyms(phrase, ctx)
        if expanded != phrase and any(
            m.type in ARMED_GROUP_TYPES for m in actors_mod.find_actors(expanded)
        ):
            phrase = expanded  # "HM operational spokesperson Burhanuddin" speaks for the Hizb ul Mujahideen
    name, actor = _canonical(phrase)
    if ctx.outlet and name.lower().removeprefix("the ") == ctx.outlet.lower().removeprefix("the "):
        return _outlet(ctx)
    party = actors_mod.party_outlet(phrase)
    if party is not None:
        # "Amaq said ...", "the Taliban's Voice of Jihad reported ...": the side speaking.
        return _Speaker(party.claimant, "armed_group", None, "claimed" if stance != "denied" else stance, party.actor)
    # "speaking to the times of india, district magistrate alapan bandyopadhyay": the segment that
    # holds the speaker's own role types it, not the words around it.
    last = phrase.rsplit(",", 1)[-1]
    typed_by = last if "," in phrase and any(w.lower() in _ROLE_WORDS for w in last.split()) else phrase
    ctype = claimant_type_of(typed_by)
    if ctype == "unknown" and long_form:
        ctype = claimant_type_of(long_form)
    via = ctx.outlet if ctx.outlet_in_text and ctype != "media" else None
    if ctype == "media" and stance == "attributed":
        stance = "asserted"  # an outlet's own report ("SKY TV reports that ...")
    return _Speaker(name, ctype, via, stance, actor)


def _antecedent(bare: str, ctx: _Context) -> _Speaker | None:
    """Return the nearest earlier speaker that the anaphor can point to."""
    wants: tuple[str, ...] | None = None
    if re.search(r"group|outfit|organi|rebels|militants|insurgents|separatists", bare):
        wants = ("armed_group",)
    elif re.search(r"report|agency", bare):
        wants = None
    elif re.search(r"army|military", bare):
        wants = ("military",)
    elif "police" in bare:
        wants = ("police",)
    elif "ministry" in bare:
        wants = ("government", "military", "police")
    elif bare in ("he", "she"):
        return ctx.persons[-1] if ctx.persons else (ctx.history[-1] if ctx.history else None)
    for sp in reversed(ctx.history):
        if wants is None or sp.claimant_type in wants:
            return sp
    return None


def _doc_speakers(doc: Any, ctx: _Context) -> list[tuple[int, int, _Speaker]]:
    """Return (start char, end char, speaker) for each reporting verb or "according to" in a parsed sentence.

    The span is the part of the sentence the speaker governs (the verb's subtree), so a sentence
    with two reporting verbs attributes each figure to the verb whose clause holds it.
    """
    found: list[tuple[int, int, _Speaker]] = []
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            obj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if obj:
                end = obj[0].right_edge.i + 1
                if doc[end - 1].lower_ in ("and", "or") or end < len(doc) and doc[end].lower_ in ("and", "or"):
                    # A misparsed pair: "According to international media and Greek Sky TV".
                    while end < len(doc) and not doc[end].is_punct:
                        end += 1
                span = doc[obj[0].left_edge.i: end]
                words = span.text
                if ctx.caseless:
                    # Without capitals the parser cuts names short ("according to police commissioner
                    # d d tuteja, 45 ..."): the source runs to the comma.
                    run = re.match(r"\s*([^,;:\"“”]{2,80}?)\s*(?:,|;|:|$)", doc.text[doc[tok.i + 1].idx + 2:])
                    if run and len(run.group(1).split()) <= 10 and not _CLAUSE_NOT_SPEAKER.search(run.group(1)):
                        words = run.group(1)
                sp = _speaker_from_phrase(words, "attributed", ctx)
                head = tok.head
                found.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge), sp))
            continue
        stance = _SPEECH_STANCE.get(tok.lemma_.lower())
        if stance is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        if stance == "denied" and _DENIED_BLAME.search(doc[tok.i: tok.right_edge.i + 1].text):
            # "denied his group was responsible for the attack, killing 17 people", "rejected
            # accusations of bombing a mosque which killed 46": the blame is denied, not the toll.
            continue
        # The subject nearest the verb: a misparse may hang a second one on it ("18 others injured
        # ..., the region's governor said").
        subj = sorted((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: -c.i)
        agent = [c for c in tok.children if c.dep_ == "agent"]
        who = None
        if subj and subj[0].lower_ not in ("it",) or subj and not agent:
            start = subj[0].left_edge.i
            for other in subj[1:]:  # subjects split from one name: "group Jaish ul - Adl"
                if other.right_edge.i + 1 >= start:
                    start = min(start, other.left_edge.i)
            who = doc[start: subj[0].right_edge.i + 1]
            if who.text.lower() == "who" and tok.dep_ == "relcl" and tok.head.pos_ in ("PROPN", "NOUN"):
                # "reports by police director Jose Medina, who confirms that 15 civilians were killed"
                who = doc[tok.head.left_edge.i: tok.head.i + 1]
            elif who.text.lower() in ("which", "that", "who"):
                continue
        if agent:
            pobj = [c for c in agent[0].children if c.dep_ == "pobj"]
            if pobj:
                who = doc[pobj[0].left_edge.i: pobj[0].right_edge.i + 1]
        if who is None and not ctx.caseless:
            continue
        quoted_as = tok.lemma_.lower() == "quote" and bool(subj) and subj[0].lower_ not in ("it", "which", "that")
        if any(c.dep_ == "auxpass" for c in tok.children) and not agent and not quoted_as:
            if subj and subj[0].lower_ == "it" and any(c.dep_ == "ccomp" for c in tok.children):
                # "It has been unofficially reported that ...": reports nobody owns.
                adverbs = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
                label = "unofficial reports" if "unofficially" in adverbs else "reports"
                sp = _Speaker(label, "unknown", ctx.outlet if ctx.outlet_in_text else None, "attributed", None)
                found.append((tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge), sp))
            continue  # "is said to be serious": a passive report names no one
        who_text = _drop_description(who.text) if who is not None else ""
        if ctx.caseless:
            # Without case the parser splits or loses names ("sabarkantha sp | nitiraj solanki said",
            # "speaking to the times of india, district magistrate alapan bandyopadhyay, said"): take
            # the words from the clause boundary up to the verb.
            lead = _drop_description(doc.text[: tok.idx].rstrip(" ,"))
            # A contrast opens a clause of its own: "the report mentions 10 killed, but gen medina".
            lead = re.split(r"\b(?:but|while|whereas)\s+", lead, flags=re.I)[-1]
            m = re.search(r"(?:^|[;:\"“”'‘’]|\band\b)\s*(?P<who>[^;:\"“”]{2,120}?)\s*$", lead)
            if m and m.group("who").count(",") > 0:
                m = re.search(r"(?:^|[,;:\"“”'‘’]|\band\b)\s*(?P<who>[^,;:\"“”]{2,80}?(?:,[^,;:\"“”]{2,60}?)?)\s*$", lead)
            clause = m is not None and re.search(r"\b(?:was|were|is|are|had|have|has)\b", m.group("who"), re.I)
            if m and (who is None or who.text.lower() in m.group("who").lower()) and not (clause and who is not None):
                # (Not when the words run back into the reported clause: "25 others were injured, singh said".)
                who_text = m.group("who")
        if not who_text or len(who_text.split()) > 10 or _CLAUSE_NOT_SPEAKER.search(who_text):
            continue  # no speaker, or a clause rather than a speaker ("20 killed in air strikes, says X")
        if tok.lemma_.lower() in ("report", "show", "record", "indicate") and not re.search(
            r"[A-Z]|official|police|army|source", who_text
        ):
            continue
        sp = _speaker_from_phrase(who_text, stance, ctx)
        root = tok
        found.append((root.left_edge.idx, root.right_edge.idx + len(root.right_edge), sp))
    return found


# A description set off by commas between a speaker and its verb: "Military spokesmen for the 6th
# Infantry Brigade, headquartered in Usulutan, told ACAN-EFE ...".
_DESCRIPTION = re.compile(
    r",\s*(?:headquartered|based|stationed|located|deployed|posted|speaking|who|which)\b[^,]*,?\s*$", re.I
)


def _drop_description(text: str) -> str:
    m = _DESCRIPTION.search(text) or re.search(r"\s+(?:who|which)\s+\w+", text)  # "an official who asked ..."
    return text[: m.start()] if m and m.start() > 0 else text


def _headline_speaker(text: str, ctx: _Context, headline: bool = True) -> _Speaker | None:
    """Return the source named by headline conventions (": MoD", "- official", "Army claims", ", police say").

    In a body sentence a name and a colon at the start is a dateline ("kolkata: one person died"),
    not a source.
    """
    t = text.strip()
    patterns = [
        (r":\s*(?P<who>[^:]{2,60}?)\s*$", "attributed"),
        (r"\s[-–—]\s*(?P<who>[^-–—]{2,60}?)\s*$", "attributed"),
        (r",\s*(?P<who>[^,]{2,40}?)\s+(?:say|says|said|claim|claims)"
         r"(?:\s+(?:on|late|early|this|last)\s+\w+|\s+(?:today|yesterday|tonight))?\.?\s*$", "attributed"),
        # "..., the governor of Qeshm, Mehdi Irannejad, told ISNA."
        (r",\s*(?P<who>[^,]{2,40}?(?:,\s*[^,]{2,30}?)?),?\s+told\s+[^,]{2,40}?\.?\s*$", "attributed"),
        (r",\s*(?:says|said|claims|claimed|reports|reported)\s+(?P<who>[^,]{2,40}?)\.?\s*$", "attributed"),
        *([(r"^(?P<who>[^:]{2,40}?):\s", "attributed")] if headline else []),
        (r"^(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5}?)\s+(?:says|say|claims|claim|reports|report)\b", "attributed"),
    ]
    for pattern, stance in patterns:
        m = re.search(pattern, t)
        if not m:
            continue
        who = m.group("who").strip()
        if re.search(r"\d", who) or len(who.split()) > 8 or _HEADLINE_CLAUSE.search(who):
            continue
        if re.search(r"\bclaims?\b", m.group(0)):
            stance = "claimed"
        sp = _speaker_from_phrase(who, stance, ctx)
        if pattern.startswith("^(?P<who>[^:]") and sp.claimant_type == "unknown":
            continue  # a kicker, not a source: "War-Zone Athens: three people dead"
        return sp
    return None


# The news, not its source: "Cops: Queens Woman Killed In Hit-And-Run".
_HEADLINE_CLAUSE = re.compile(
    r"\b(?:killed|kills?|dead|dies|died|injured|injures?|wounded|wounds|hurt|abducted|kidnapped|arrested|freed|"
    r"released|shot|attack(?:ed|s)?)\b",
    re.I,
)


def _outlet(ctx: _Context) -> _Speaker:
    party = actors_mod.party_outlet(ctx.outlet) if ctx.outlet else None
    if party is not None:
        # A side's own station ("CLANDESTINE ... (RADIO VENCEREMOS)"): its reports are the side's claims.
        return _Speaker(party.claimant, "armed_group", None, "claimed", party.actor)
    kind = claimant_type_of(ctx.outlet) if ctx.outlet else "media"
    return _Speaker(ctx.outlet, kind if kind in ("news_agency", "media") else "media", None, "asserted", None)


# ---------------------------------------------------------------------------------------------


def _speaker_for(
    pos: int, speakers: Sequence[tuple[int, int, _Speaker]], head_sp: _Speaker | None, ctx: _Context
) -> _Speaker:
    """The speaker whose clause holds position ``pos``; else the sentence's last; else the outlet."""
    governing = [sp for (a, b, sp) in speakers if a <= pos < b]
    if governing:
        return governing[-1]
    if speakers:
        return speakers[-1][2]
    if head_sp is not None:
        return head_sp
    return _outlet(ctx)


# "Two persons were killed and eight injured. They have been shifted to Himmatnagar, sources said.":
# the second sentence goes on about the people the first counted, and its source vouches for both.
_GOES_ON_ABOUT = re.compile(r"^(?:they|the (?:injured|wounded|dead|bodies|victims|hostages|captives))\b", re.I)
_CLOSING_SOURCE = re.compile(r",\s*(?P<who>[^,\"“”]{2,40}?)\s+(?:said|say|says|added)\.?\s*$", re.I)


def _backward_sources(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Sentence index -> the source named at the close of the sentence after it, which goes on about it."""
    out: dict[int, str] = {}
    for i in range(len(sentences) - 1):
        nxt = sentences[i + 1]
        if nxt.paragraph != sentences[i].paragraph or not _GOES_ON_ABOUT.match(nxt.text.strip()):
            continue
        m = _CLOSING_SOURCE.search(nxt.text)
        if m and not _CLAUSE_NOT_SPEAKER.search(m.group("who")):
            out[i] = m.group("who")
    return out


_QUOTE_CLOSE_SPEAKER = re.compile(
    r"[”\"]\s*,?\s*(?P<who>[^,.;:”\"]{2,80}?)\s+(?:said|says|added|told|stated|claimed|confirmed)\b", re.I
)


def _forward_quotes(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Sentences inside a quotation whose speaker is named where it closes, up to three sentences on."""
    out: dict[int, str] = {}
    for i, sent in enumerate(sentences):
        text = sent.text.lstrip()
        if text[:1] not in ('"', "“") or text.count('"') + text.count("“") + text.count("”") > 1:
            continue
        for j in range(i, min(i + 4, len(sentences))):
            m = _QUOTE_CLOSE_SPEAKER.search(sentences[j].text)
            if m:
                for k in range(i, j + 1):
                    out.setdefault(k, m.group("who"))
                break
    return out


def _party_relation(speaker: _Speaker, group: str, actor: str | None) -> str | None:
    """"own" when the claimant speaks of its own side's losses, "adversary" for the other side's."""
    if group == "militants":
        if speaker.claimant_type == "armed_group":
            return "own" if actor is None or actor == speaker.actor else "adversary"
        if speaker.claimant_type in ("military", "police", "government"):
            return "adversary"
    if group == "security_forces":
        if speaker.claimant_type == "armed_group":
            return "adversary"
        if speaker.claimant_type in ("military", "police", "government"):
            return "own"
    return None


_PERPETRATION = re.compile(
    r"\s+(?:say|says|said|claim|claims|claimed|admit|admits|admitted)\s+(?:that\s+)?(?:they|we)\s+"
    r"(?:have\s+|had\s+)?(?:kill|killed|shot|shoot|executed|execute|murdered|bombed|attacked|abducted|"
    r"kidnapped|ambushed)\b",
    re.I,
)


def _claims_the_act(sentence: str, claimant: str) -> bool:
    """Whether ``claimant`` says that they themselves did it ("Rebels say they killed ...")."""
    at = sentence.find(claimant)
    return at >= 0 and bool(_PERPETRATION.match(sentence, at + len(claimant)))


# Transcripts of broadcasts label each turn: "(BEGIN RECORDING) (UNIDENTIFIED MILITARY OFFICER) THE
# GUERRILLAS USED ...", "(REPORTER) COLONEL, ...". A label opens its sentence; stage directions are no
# speakers.
_TURN_LABELS = re.compile(r"^\s*((?:\([^()]{2,60}\)\s*)+)")
_STAGE = re.compile(r"^(?:begin|end)\s+(?:of\s+)?recording$|indistinct|omitted|^text$|^report$|^excerpts?$|^passage", re.I)


def _transcript_turn(sentence: str, turn: _Speaker | None, ctx: _Context) -> _Speaker | None:
    """Return who speaks from this sentence on, given who spoke before it."""
    m = _TURN_LABELS.match(sentence)
    if m is None:
        return turn
    for label in re.findall(r"\(([^()]+)\)", m.group(1)):
        label = " ".join(label.split())
        if re.match(r"end\s+(?:of\s+)?recording$", label, re.I):
            turn = None
        elif _STAGE.search(label):
            continue
        elif {w.lower() for w in label.split()} & (_PRESENTERS | {"reporter", "correspondent"}):
            turn = _outlet(ctx)
        elif claimant_type_of(label) != "unknown":
            turn = _speaker_from_phrase(label, "attributed", ctx)
    return turn


# A figure and its outcome: a clause, never a speaker ("20 killed in air strikes, says X"); "relatives
# of the dead said" is a speaker.
_CLAUSE_NOT_SPEAKER = re.compile(
    r"\b\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|died|injured|wounded|abducted|arrested)\b", re.I
)
_DENIED_BLAME = re.compile(
    r"\b(?:responsib\w*|allegations?|accusations?|involvement|complicity|blame|charges?|role in|behind)\b", re.I
)
_DENIES_REPORT = re.compile(
    r"\b(?:figure|number|claim|toll|report)s?\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\w-]+\s+){1,4}?"
    r"(?:denied|denies|rejected|rejects|disputed|disputes)\b|"
    r"\b(?:report|reports|claim|claims|figures?|account|toll)\s+(?:was|were|has been|have been|had been)\s+"
    r"(?:\w+\s+)?(?:denied|rejected)\b|\b(?:denied|denies|deny|rejected|rejects)\s+(?:the|this|that|these|those|such)\s+"
    r"(?:report|reports|claim|claims|figures?|account|toll)\b",
    re.I,
)


_ACCOUNT = re.compile(
    r"\b(?:said|say|says|stated|states|told\s+\w+|reported|reports|added|claimed|informed|disclosed)"
    r"(?:\s+(?:on|in|at|late|early|to)(?:\s+\w+){1,3}?)?\s+that\b",
    re.I,
)
# A sentence opening on another scene ends the account before it: "Meanwhile, ...", "In Bharuch, ...",
# "In another incident ...", "On Monday ...". A quotation is its speaker's, not the account's.
_NEW_SCENE = re.compile(
    r"^[\"“‘'(]|[\"“”]|^(?:meanwhile|elsewhere|separately|earlier|in (?:an?other|a separate|a similar|a different)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the same day|the other hand|\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|in [\w'’ -]{2,40},)",
    re.I,
)


# A sentence tied to the one before by a connective or a pronoun: "As a result, ...", "He had come to
# the city ...", "But a mob surrounded ...". An account goes on past the sentence right after its
# source only through such ties: "Sources said that two men were killed. The second bomb went off
# later." ends the sources' account at the first full stop after it.
_COHESIVE = re.compile(
    r"^(?:as a result|consequently|then|thereafter|afterwards|after that|subsequently|soon after|but|though|"
    r"although|and|also|they|he|she|it|his|her|their|its|them|both)\b",
    re.I,
)


def _carries_account(last: Sentence, sent: Sentence, tied: bool, one_sentence: AbstractSet[int]) -> bool:
    """Whether ``sent``, with no source of its own, goes on with the account ``last`` carried.

    ``tied`` says whether ``last`` opened the account or was tied to the sentence before it. An
    account stays in its paragraph, except in wire copy, where each sentence is a paragraph.
    """
    same = sent.paragraph == last.paragraph or (
        sent.paragraph == last.paragraph + 1 and last.paragraph in one_sentence and sent.paragraph in one_sentence
    )
    return tied and same and not sent.heading and not _NEW_SCENE.search(sent.text.strip())


def _is_outlet(sp: _Speaker, ctx: _Context) -> bool:
    """Whether the speaker is the article's own outlet (its reports are no source's account)."""
    if sp.claimant is None:
        return True
    if not ctx.outlet:
        return False
    # "ISNA news agency" is the outlet "ISNA" named with its kind.
    name, outlet = (x.lower().removeprefix("the ").split() for x in (sp.claimant, ctx.outlet))
    return name[: len(outlet)] == outlet


_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})


def _narrates(doc: Any) -> bool:
    """Whether a parsed sentence gives a source's account of events, not its own plans or views.

    "Police say officers raided a hideout", "tension built up in the city, the officials said" and
    "According to preliminary reports, six guerrillas were killed" narrate; "the minister said he
    was sending reinforcements" speaks of himself.
    """
    for tok in doc:
        if tok.lower_ == "according" and tok.i <= 1:
            return True
        if _SPEECH_STANCE.get(tok.lemma_.lower()) not in ("attributed", "claimed") or tok.pos_ not in ("VERB", "AUX"):
            continue
        for comp in (c for c in tok.children if c.dep_ in ("ccomp", "parataxis")):
            subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            if not subj or subj[0].lower_ in _PRONOUNS or subj[0].lower_ in ("who", "which", "that"):
                continue
            past = comp.tag_ in ("VBD", "VBN") or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were") for c in comp.children
            )
            if past:
                return True
    return False
