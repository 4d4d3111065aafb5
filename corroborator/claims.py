"""Extract stage: every figure about people or things in an article becomes a Claim.

For each sentence that can hold a claim (a cheap pre-filter: an outcome word and a quantity), the
stage finds

- the figures (``figures.find_figures``) and, for each, the outcome it is about: the nearest
  outcome word in the figure's clause, read by its form: a participle or predicate after the
  figure ("15 soldiers were killed", "18 taken hostage"), an active verb or "among the dead"
  before it ("killing 11 civilians", "freeing at least 30 inmates"); coordinated figures share an
  outcome ("92 separatists, along with 15 security personnel and 18 civilians");
- the group, from the words the figure counts ("security personnel" → security_forces);
- who says it: the claimant, its type, its stance and the outlet it comes through, read by
  ``attribution`` from the parsed sentence and the sentences around it;
- verification ("the group's claims remain unverified"), place, date and scope (``background``
  for history: "over the years", "since 2004").

Only the candidate sentences and the reporting sentences are parsed with spaCy (issue 3, item 5).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from corroborator import actors as actors_mod
from corroborator import nlp
from corroborator.attribution import (
    _ACCOUNT,
    _COHESIVE,
    _DENIES_REPORT,
    _GENERIC_WORDS,
    _PRONOUNS,
    _STOP_WORDS,
    _acronyms,
    _backward_sources,
    _carries_account,
    _claims_the_act,
    _Context,
    _credited_agency,
    _doc_speakers,
    _forward_quotes,
    _headline_speaker,
    _is_outlet,
    _narrates,
    _outlet_named,
    _party_relation,
    _Speaker,
    _speaker_for,
    _speaker_from_phrase,
    _transcript_turn,
    wire_outlet,
)
from corroborator.dates import article_date, day_of, event_mentions
from corroborator.figures import find_figures
from corroborator.records import (
    ARMED_GROUP_TYPES,
    ActorMention,
    Article,
    Claim,
    DateMention,
    Figure,
    PlaceMention,
    Sentence,
)
from corroborator.segment import DATELINE, caseless

# ---------------------------------------------------------------------------------------------
# Outcomes. Each pattern is read in one of two positions relative to the figure:
#   AFTER:  the figure's noun phrase then a predicate ("were killed", "dead", "taken hostage")
#   BEFORE: an active verb or a nominal lead-in, then the figure ("killing 11", "among the dead")
# ---------------------------------------------------------------------------------------------

_AFTER = [
    ("killed", r"(?:killed|dead|died|slain|shot dead|gunned down|lynched|beheaded|executed|massacred|"
               r"burnt alive|burned alive|lost their lives|perished|martyred|drowned|feared dead|confirmed dead|"
               r"(?:suffocated|asphyxiated|choked|charred|burnt|burned|hacked|stabbed|beaten|bludgeoned) to death|"
               r"eliminated|neutralised|neutralized|succumbed)\b"),
    # (Not a living body: "three that entered his body".)
    ("killed", r"(?<!his )(?<!her )(?<!their )(?<!its )(?<!my )(?<!your )"
               r"(?:bodies|body|dead body|corpses?|deaths|fatalities|dead bodies|casualties|martyrs)\b"),
    ("injured", r"(?:sustained (?:[\w-]+\s+){0,3}?(?:injuries|wounds)|injured|wounded|hurt|hospitali[sz]ed|critically injured|seriously injured|"
                r"treated\s+(?:for\s+(?:injuries|wounds|burns|smoke|gunshot|bullet|shrapnel)|in\s+(?:\w+\s+)?hospitals?|at\s+(?:the\s+|a\s+)?(?:\w+\s+)?hospital))\b"),
    ("abducted", r"(?:were|was|have been|had been)?\s*(?:taken|held|kept|being held)\s+(?:as\s+)?(?:hostages?|captive)\b"),
    ("abducted", r"(?:were|was|have been|had been)?\s*(?:abducted|kidnapped|taken captive|seized|captured)\b"),
    ("abducted", r"hostages?\b"),
    ("arrested", r"(?:were|was|have been|had been)?\s*(?:arrested|detained|apprehended|nabbed|"
                 r"held(?!\s+(?:accountable|responsible|liable|up|back|talks|meetings?|an?|the)\b)|taken into custody|"
                 r"rounded up|in custody)\b"),
    ("freed", r"(?:were|was|have been|had been)?\s*(?:freed|released|rescued|escaped|set free|fled the jail)\b"),
    ("missing", r"(?:were|was|are|is|have been|remain|remained)?\s*(?:missing|unaccounted for)\b"),
    ("displaced", r"(?:were|was|have been|had been)?\s*(?:displaced(?!\s+(?:people|persons|families|population|civilians|"
                  r"residents|children|women))|fled|evacuated|rendered homeless|left homeless)\b"),
    ("destroyed", r"(?:were|was|have been|had been)?\s*(?:(?:seized or )?destroyed|damaged|set ablaze|set on fire|"
                  r"torched|burnt|burned|razed|gutted|demolished|blown up|reduced to ashes|vandali[sz]ed|looted)\b"),
]
_BEFORE = [
    ("killed", r"\b(?:kill(?:ed|ing|s)?|slew|slaying|massacr(?:ed|ing)|(?:shot|shoots?|shooting) dead|"
               r"(?:gunned|guns?|gunning) down|executed|"
               r"eliminat(?:ed|ing)|neutrali[sz](?:ed|ing)|claim(?:ed|ing|s)? the li(?:fe|ves) of|"
               r"(?:death|casualty) toll (?:(?:has |had )?(?:rose|rises|risen|rise|climbed|climbs|reached|reaches|stood|stands|jumped|jumps|hit|hits|mounted|mounts|increased|went up|goes up) )?(?:to|at|of)|death of|deaths of|bodies of|(?:dead )?body of|"
               r"among the dead (?:were|are|was|included)|the dead (?:were|include|included|includes|are)|lost|"
               r"left(?!\s+(?:with|behind|for|over|out|by|alone|home))|leaving(?!\s+(?:with|behind|for|home)))\b"),
    ("injured", r"\b(?:injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?|among the (?:injured|wounded) (?:were|are)|"
                r"the (?:injured|wounded) (?:were|include|included|includes))\b"),
    ("abducted", r"\b(?:abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?|took|taking|holding|(?:forcibly )?taken(?: away)?)\b"
                 r"(?:\s+hostage)?"),
    ("arrested", r"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|apprehend(?:ed|ing|s)?|nabb(?:ed|ing)|"
                 r"rounded up|taken into custody)\b"),
    ("freed", r"\b(?<!-)(?:free(?:d|ing|s)?|releas(?:ed|ing|es)|rescu(?:ed|ing|es)|escape of)\b"),
    ("displaced", r"\b(?:displac(?:ed|ing|es))\b"),
    ("destroyed", r"\b(?:destroy(?:ed|ing|s)?|torch(?:ed|ing)|burn(?:t|ed|ing)|damag(?:ed|ing)|set ablaze|"
                  r"set fire to|raz(?:ed|ing)|demolish(?:ed|ing))\b"),
]
# Auxiliaries and adverbs between the counted noun and its predicate ("have allegedly been killed").
_AUX = r"(?:(?:were|was|are|is|have|has|had|been|being|got|get|reportedly|allegedly|also|all|later|" \
       r"subsequently|either|both|critically|seriously|grievously|severely|slightly|fatally|mortally|" \
       r"badly|instantly|who|which|that)\s+){0,5}"
# A short prepositional phrase, relative clause or appositive may stand between the counted noun
# and its predicate: "11 troopers travelling in the bus were injured", "One SHO, identified as
# Shabir Ahmad, was killed", "Five militants including their commander were killed".
_SKIP = r"(?:,?\s*(?:in|at|on|near|from|of|between|inside|outside|posted|deployed|identified as|named|aged|including|" \
        r"among them|who|which|that|and|" \
        r"(?!killing|injuring|wounding|abducting|kidnapping|leaving|including|claiming|causing)[a-z]+ing" \
        r")\b[^,.;:]{0,70}?,?\s+){0,2}"
# An "including ..." list may hold commas and initials before the predicate: "EIGHT PEOPLE, INCLUDING
# SOLDIERS, REBELS, AND CIVILIANS, WERE KILLED"; "15 others, including Commander P. Singh, were injured".
_SKIP_LIST = r"(?:,?\s*(?:including|among them|among whom)\b[^;:]{0,120}?,\s+)?"
# A reporting aside: "three villagers, as reported earlier, were killed".
_SKIP_ASIDE = r"(?:,?\s*as\s+(?:[\w-]+\s+){0,2}?(?:reported|stated|claimed|said|announced)\b[^,.;:]{0,40},\s+)?"
_AFTER_RE = [(o, re.compile(r"^\W*" + _SKIP_LIST + _SKIP_ASIDE + _SKIP + _AUX + p, re.I)) for o, p in _AFTER]
# A verb governs the figure right after it ("killed 5"); across a comma it is a list ("12 killed, 15
# injured"), and the later figure has a predicate of its own.
_BEFORE_RE = [(o, re.compile(p + r"[\s\"'“‘(]*$", re.I)) for o, p in _BEFORE]
# Outcomes that only make sense for people, and those that only make sense for things.
_PEOPLE_OUTCOMES = {"killed", "injured", "abducted", "arrested", "freed", "missing", "displaced"}
_THINGS = {"property", "vehicles"}

# The cheap pre-filter: a sentence can hold a claim only if it has an outcome word.
_PREFILTER = re.compile(
    r"\b(?:kill|dead|death|die|slain|slay|shot|gunned|lynch|behead|execut|massacr|fatal|casualt|bod(?:y|ies)|"
    r"martyr|perish|lives|injur|wound|hurt|hospital|abduct|kidnap|hostage|captive|arrest|detain|apprehend|"
    r"nabb|custody|held|free|releas|rescu|escap|missing|displac|fled|flee|evacuat|homeless|destroy|damag|"
    r"ablaze|fire|torch|burn|raze|razed|gutted|demolish|blown|loot|vandal|lost|toll|eliminat|neutrali|"
    r"seiz|captur|drown|succumb|taken|took|corpse|gun|slew|rounded up|unaccounted|ashes|treated|suffocat|asphyxiat|to death)",
    re.I,
)

# ---------------------------------------------------------------------------------------------
# Groups: the words a figure counts. First match in the counted phrase wins, in this order.
# ---------------------------------------------------------------------------------------------

_GROUP_WORDS: list[tuple[str, str]] = [
    ("prisoners", r"inmates?|prisoners?|detainees?|convicts?|undertrials?|under-trials?"),
    ("vehicles", r"vehicles?|cars?|trucks?|lorr(?:y|ies)|buses|bus|tankers?|tanks?|jeeps?|motorcycles?|"
                 r"motorbikes?|aircraft|helicopters?|boats?|trains?|armou?red personnel carriers?|apcs?"),
    ("property", r"propert(?:y|ies)|buildings?|houses?|homes?|shops?|offices?|banks?|schools?|mosques?|"
                 r"churches?|temples?|structures?|huts?|facilit(?:y|ies)|towers?|bridges?|markets?|"
                 r"installations?|camps?|posts?|checkposts?|dwellings?|stores?|establishments?|shacks?|"
                 r"shanties|hutments?|kiosks?|stalls?|businesses|factor(?:y|ies)|warehouses?|godowns?|"
                 r"power poles|pylons?|vehicles? depots?|apartments?|flats?|hospitals?|clinics?|hotels?"),
    ("security_forces", r"security|soldiers?|troops?|troopers?|personnel|police(?:men|man|women|woman)?|"
                        r"cops?|constables?|jawans?|officers?|paramilitar(?:y|ies)|rangers?|guards?|"
                        r"commandos?|servicem[ae]n|army|armymen|military|sepoys?|havildars?|sub-inspectors?|"
                        r"inspectors?|crpf|bsf|itbp|ssb|frontier corps|fc|levies|gendarmes?|marines?|"
                        r"sailors?|airmen|pilots?|officials of the security|militiamen of the state|"
                        r"colonels?|lieutenants?|captains?|brigadiers?|sergeants?|corporals?|commandants?|"
                        r"subedars?|naibs?|hawaldars?|naiks?|riflem[ae]n|gunners?|cadets?|recruits?|asis?|"
                        r"head constables?|sub inspectors?|station house officers?|shos?|dsps?|"
                        r"auxiliary constables?|home guards?|spos?|special police officers?"),
    ("militants", r"militants?|separatists?|rebels?|insurgents?|terrorists?|attackers?|fighters?|gunmen|"
                  r"gunman|assailants?|extremists?|jihadists?|maoists?|naxal(?:ite)?s?|cadres?|"
                  r"suicide bombers?|bombers?|guerrillas?|guerillas?|mujahideen|taliban|ultras?|islamists?|jihadis?|"
                  r"infiltrators?|raiders?|combatants?|hardliners?|members of the|kidnappers?|abductors?"),
    ("civilians", r"civilians?|villagers?|residents?|women|woman|children|child|kids?|boys?|girls?|"
                  r"workers?|labou?rers?|passengers?|students?|pilgrims?|worshippers?|devotees?|farmers?|"
                  r"migrants?|shoppers?|bystanders?|journalists?|reporters?|teachers?|employees?|"
                  r"tourists?|traders?|shopkeepers?|drivers?|doctors?|nurses?|patients?|refugees?|"
                  r"locals?|family members|relatives|men|man|elders?|infants?|babies|baby|"
                  r"brothers|sisters|sons|daughters|siblings|cousins|wives|husbands|"
                  r"contractors?|engineers?|aid workers?|volunteers?|miners?|tribesmen|tribals?|fishermen|"
                  r"receptionists?|customers?|clients?|guests?|lawyers?|judges?|advocates?|priests?|"
                  r"clerics?|imams?|monks?|nuns?|businessm[ae]n|vendors?|hawkers?|porters?|cleaners?|"
                  r"bankers?|clerks?|cashiers?|waiters?|cooks?|players?|fans?|spectators?|lady|ladies|"
                  r"protesters?|protestors?|demonstrators?|mourners?|marchers?|activists?|supporters?|youths?|"
                  r"catholics?|protestants?|jews?|yazidis?|alawites?|copts?|ahmadis?|hindus?|muslims?|christians?|sikhs?|shias?|sunnis?|dalits?|minorities|voters?"),
    ("all", r"people|persons?|individuals?|lives|others?|casualties|bod(?:y|ies)|dead|victims?|souls?|"
            r"suspects?|hostages?|captives?|those|citizens|population|baloch|pashtuns?|kurds?|nationals?"),
]
_GROUP_RES = [(g, re.compile(r"\b(?:" + p + r")\b", re.I)) for g, p in _GROUP_WORDS]

# ---------------------------------------------------------------------------------------------
# Verification and scope.
# ---------------------------------------------------------------------------------------------

_UNVERIFIED = re.compile(
    r"\b(?:unverified|could not be (?:independently )?(?:verified|confirmed)|cannot be (?:independently )?"
    r"(?:verified|confirmed)|not (?:been )?independently (?:verified|confirmed)|unconfirmed|"
    r"no independent (?:verification|confirmation))\b",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b(?:over the (?:years|decades|past (?:decade|years|few years))|over (?:\w+ )?(?:decades|years) of|for (?:decades|years)|since (?:19|20)\d\d|"
    r"since the (?:start|beginning|outbreak)|in the past (?:decade|years|\d+ years)|so far this year|"
    r"this year alone|last year|during the (?:war|conflict|insurgency)|"
    r"(?:have|has) been (?:killed|abducted|displaced|disappeared)[^.]*\b(?:years|decades)|"
    r"historically|to date|till date|in recent years|in total since|throughout the)\b",
    re.I,
)
# Nouns that name one person: "a soldier was killed", "Italian volunteer killed".
_ONE_NOUNS = (
    r"soldier|policeman|police officer|officer|constable|jawan|"
    r"trooper|civilian|villager|child|boy|girl|woman|man|militant|rebel|terrorist|doctor|journalist|"
    r"volunteer|worker|teacher|student|farmer|guard|commander|leader|official|driver|shopkeeper|trader|"
    r"tourist|pilgrim|priest|cleric|activist|person|individual|receptionist|customer|employee|labourer|"
    r"laborer|sepoy|havildar|captain|lieutenant|inspector|sub-inspector|head constable|cadre|insurgent|"
    r"separatist|fighter|gunman|attacker|assailant|suicide bomber|bomber|passenger|resident|youth|minor|"
    r"infant|baby|nurse|engineer|contractor|businessman|politician|worshipper|devotee|security person|"
    r"security personnel|commando|paramilitary|guardsman|marine|sailor|pilot|ranger|victim|catholic|"
    r"protestant|muslim|hindu|christian|sikh|jew|shia|sunni|elder|tribal elder|headman|sarpanch|"
    r"councillor|councilor|lawyer|judge|advocate|imam|pastor|monk|nun|teenager|toddler|informer|tribesman|"
    r"vendor|mason|chieftain"
)
# The head noun may come later in a long name: "A Commando Battalion for Resolute Action (CoBRA)
# trooper was killed" (not across a list: "a soldier and a civilian").
_LATER_HEAD = re.compile(
    r"(?:\s+(?!(?:and|or|was|were|is|are|who|had|has|with|from|in|at|on)\b)(?:[\w-]+|\([\w-]+\))){0,5}?\s+"
    r"(?P<noun>" + _ONE_NOUNS + r")\b(?![-‑])",
    re.I,
)
_IMPLIED_ONE = re.compile(
    r"\banother(?=\s+(?:was|is|has|had|died|succumbed)\b)|"
    # A casualty named by a pronoun or a name: "Later, Faiza succumbed to her injuries".
    r"\b(?:he|she|(?-i:[A-Z][a-z]+))(?=\s+(?:later\s+)?succumbed\s+to\s+(?:his|her)\s+(?:injuries|wounds)\b)|"
    # The words between the article and its noun are modifiers, not a clause: not "a Troy accounting
    # firm that left a receptionist".
    r"\b(?:(?:a|an|one|another)\s+(?:(?!(?:that|which|who|whom|whose|where|when|left|leaving|and|or|but|of|in|"
    r"at|on|to|for|with|by|from|a|an|the|is|was|were|are|has|had|have)\b)(?:[\w-]+|\([\w-]+\))\s+){0,6}?)?"
    r"(?P<noun>" + _ONE_NOUNS + r")\b(?![-‑])",
    re.I,
)


# ---------------------------------------------------------------------------------------------


def can_hold_claim(sentence: str) -> bool:
    """Return True when the sentence has an outcome word and a digit or number word (the pre-filter)."""
    return bool(_PREFILTER.search(sentence))


def _claim_id(article_id: str, start: int, end: int, outcome: str, group: str) -> str:
    raw = f"{article_id}\x1f{start}\x1f{end}\x1f{outcome}\x1f{group}"
    return hashlib.sha1(raw.encode()).hexdigest()[:16]


def _words_between(text: str) -> int:
    return len(re.findall(r"[\w'-]+", text))


def _noun_phrase(sentence: str, fig_end: int) -> tuple[str, int]:
    """Return the counted phrase after a figure (up to the clause's verb or punctuation) and its end."""
    rest = sentence[fig_end:]
    m = re.match(
        r"(?:\s*(?:of its own|of their own|of the|of its|of their|of|more|additional|further|"
        r"(?<=of the )(?:injured|wounded|abducted|kidnapped|arrested|detained|captured|missing))\b)*"
        r"(?P<np>(?:\s+(?!(?:were|was|are|is|have|had|has|must|should|would|could|will|can|may|might|shall|"
        r"said|says|say|told|added|claimed|reported|over|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"today|yesterday|tonight|"
        r"who|which|that|and|or|but|in|at|on|near|during|"
        r"when|while|after|before|as|by|with|to|into|for|across|inside|outside|along|amid|following|"
        r"including|taken|held|killed|injured|wounded|dead|died|arrested|abducted|kidnapped|freed|"
        r"released|missing|displaced|destroyed|damaged|set|seized|reportedly|allegedly|also|critically|remain|remained|"
        r"seriously|grievously|severely|slightly|succumbed|sustained|identified|travelling|traveling|"
        r"captured|burned|burnt|torched|razed|looted|hurt|shot|lynched|beheaded|executed|rescued|"
        r"suffocated|asphyxiated|choked|charred|hacked|stabbed|beaten|bludgeoned|"
        r"escaped|detained|hospitali[sz]ed|suffered|bod(?:y|ies)|dead\s+bod(?:y|ies)|corpses?|deaths|fatalities|"
        r"martyrs|\w+ing)\b)"
        r"(?:[\w'’.-]+|\([\w.&-]{1,12}\))){0,9})",
        rest,
        re.I,
    )
    if not m:
        return "", fig_end
    np = m.group(0)
    return np.strip(), fig_end + len(np)


_PREP = re.compile(r"\s(?:of|from|in|at|on|near|with|belonging|guarding|travelling|traveling|inside|who|"
                   r"which|that|including|among|between|between|across|for|during|to)\b.*$", re.I)


_GENERIC_HEADS = frozenset({"men", "man", "members", "member", "persons", "person", "people", "personnel",
                            "brothers", "sisters", "sons", "daughters", "siblings", "cousins"})


def _group_of(phrase: str) -> str | None:
    """Return the group a counted phrase names: its head noun's group, else the first group word in it.

    "bank workers" are civilians (head "workers"), "government properties" property, "members of the
    Punjab Elite Police Force" security forces (no group for "members", so the rest decides).
    """
    if re.search(r"\bprisoners? of war\b|\bPOWs?\b", phrase, re.I):
        return "security_forces"  # soldiers taken in battle
    head_part = _PREP.sub("", phrase).strip(" ,;.")
    # "took 18 soldiers hostage": the hostages are the soldiers.
    head_part = re.sub(r"(?<=\w)\s+(?:as\s+)?hostages?$", "", head_part, flags=re.I)
    if re.search(r"\b(?:private )?security guards?\b", head_part, re.I):
        return "civilians"
    words = re.findall(r"[\w'’-]+", head_part)
    for k, word in enumerate(reversed(words[-3:])):
        for group, rx in _GROUP_RES:
            if rx.fullmatch(word):
                if k == 0 and group in ("civilians", "all") and word.lower() in _GENERIC_HEADS:
                    # "BSF men", "Taliban members": the modifier says whose men.
                    for modifier in words[:-1]:
                        for g2, rx2 in _GROUP_RES:
                            if rx2.fullmatch(modifier) and g2 in ("security_forces", "militants"):
                                return g2
                return group
    for group, rx in _GROUP_RES:
        if rx.search(_COMPOUND_MODIFIER.sub("", phrase)):
            return group
    if words and _is_demonym_plural(words[-1]):
        return "all"  # "six Albanians killed": people of a nation, side unknown
    return None


def _is_demonym_plural(word: str) -> bool:
    """True for "Albanians", "Afghans", "Pakistanis": people named by their nation."""
    if not word[:1].isupper() or not word.lower().endswith("s"):
        return False
    table = actors_mod._demonyms()
    return word[:-1].lower() in table or word.lower() in table


_BETWEEN_OK = frozenset(
    ["the", "a", "an", "some", "all", "another", "also", "at", "least", "of", "over", "about", "nearly", "around", "more", "than", "as", "many", "up", "to", "only", "just", "total", "reportedly", "allegedly", "and", "along", "with", "together", "as", "well", "besides", "including", "instantly"]
)


def _compatible(outcome: str, group: str | None) -> bool:
    """Things are destroyed, people are killed, injured, abducted ...; an unknown group may be either."""
    if group in _THINGS:
        return outcome in ("destroyed", "other")
    return True


_WEAPONS = re.compile(
    r"\b(?:batter(?:y|ies)|ieds?|improvised explosive devices?|mortars?|rockets?|missiles?|launchers?|guns?|"
    r"rifles?|weapons?|arms|ammunition|(?:land)?mines?|bombs?|explosives?|grenades?|drones?|radars?|"
    r"artillery|howitzers?|shells?)\b",
    re.I,
)
_ACTIVE_VERB_BEFORE = re.compile(
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )\b(?:killed|killing|kills|wounded|wounding|injured|injuring|shot|"
    r"abducted|kidnapped|arrested|detained|freed|released)\s+(?:at\s+least\s+|about\s+|some\s+)?$",
    re.I,
)
_OWN_SUBJECT = re.compile(
    r"\b(?:he|she|they|we|it|i|someone|somebody|anyone|anybody|nobody|everyone)\s+"
    r"(?:(?:was|were|is|are|had|has|have|been|being|later|then|also)\s+)*[\w-]+\s*$",
    re.I,
)


def _dead_thing(s: str, at: int) -> bool:
    """Whether the figure ending at ``at`` counts dead things: "150 dead mullet" (not "12 dead in ...",
    "210 dead to date", "12 dead Monday")."""
    m = re.match(r"\s+dead\s+([a-z]+)", s[at:], re.I)
    if not m:
        return False
    word = m.group(1).lower()
    return word not in _STOP_WORDS and word not in _GENERIC_WORDS and not re.match(
        r"(?:including|following|after|during|near|since|overnight|so|civilians?|soldiers?|people|persons|bodies)$", word
    )


_NEGATED = re.compile(
    r"\b(?:not|never|nor)\s+(?:to\s+)?(?:kill|harm|attack|injure|hurt|abduct|kidnap|arrest|detain)\w*\s+$", re.I
)
_ABDUCTION_CONTEXT = re.compile(
    r"hostage|captiv|abduct|kidnap|prisoner|seiz|captur|\bheld\b|holding|custody|\bmilitant|\brebel|\bgunm[ae]n|"
    r"\binsurgent|\bmaoist|\bbandit|\barmed\b|\bpirate|\bterrorist|\bguerr?ill|\bjihadi|\bextremist|\bfighters|"
    r"\btaliban|shabaa?b|boko haram|islamic state|\bisis\b|traffick|forcibl|\bmissing",
    re.I,
)
_REDUCED_RELATIVE = re.compile(r"\s+(?:by|in|at|from|during|near|on|since|after)\b", re.I)
_LATER_PREDICATE = re.compile(r"\b(?:have|has|had)\s+been\b|\b(?:were|was)\b(?!\s+(?:being|to)\b)", re.I)
_HEAD_OF = re.compile(r"\b(?P<head>[A-Za-z]+)\s+of\s+(?:the\s+)?$")
_QUANTITY_HEADS = frozenset({
    "total", "number", "toll", "recovery", "discovery", "all", "some", "many", "most", "none", "each", "both", "several", "any", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "dozen", "scores", "hundreds",
    "thousands", "millions", "tens", "group", "groups", "band", "batch", "team", "party", "squad", "contingent",
    "consisting", "comprising", "including", "bodies", "corpses", "remains", "lives", "majority", "rest", "out",
    "least", "upwards", "excess", "crowd", "convoy", "unit", "company", "platoon", "family", "families",
})
_TOLL_ROSE_TO = re.compile(
    r"\btoll\b[^,;.]{0,50}?\b(?:rose|risen|rises|rise|climbed|climbs|reached|reaches|stood|stands|jumped|hit|"
    r"mounted|increased|went\s+up|goes\s+up)\s+(?:to|at)\s+(?:at\s+least\s+|about\s+|nearly\s+|over\s+)?$",
    re.I,
)
_INTO_CUSTODY = re.compile(r"\s*into\s+(?:police\s+|judicial\s+|their\s+)?custody\b", re.I)
# A group word inside a compound modifier names no one counted: "a rebel-held district",
# "police-run schools".
_COMPOUND_MODIFIER = re.compile(
    r"\b\w+[-‑](?:held|controlled|run|led|backed|linked|affiliated|occupied|dominated|infested|allied|"
    r"friendly|owned)\b", re.I
)


def _find_outcome(
    sentence: str, fig: Figure, np_end: int, prev_end: int, next_start: int, group: str | None
) -> tuple[str | None, int]:
    """Return the outcome nearest the figure in its clause, and the word distance to it."""
    outcome, dist = _nearest_outcome(sentence, fig, np_end, prev_end, next_start, group)
    if outcome == "abducted" and _INTO_CUSTODY.match(sentence, np_end):
        return "arrested", dist  # "police had taken the three suspects into custody"
    return outcome, dist


def _nearest_outcome(
    sentence: str, fig: Figure, np_end: int, prev_end: int, next_start: int, group: str | None
) -> tuple[str | None, int]:
    best: tuple[str | None, int] = (None, 99)
    after = sentence[np_end:next_start]
    # A figure in a phrase after "of" is not the predicate's subject: "footage of both suspects
    # was released" (but "a total of 25 soldiers were captured", "two of the guards").
    head_of = _HEAD_OF.search(sentence[: fig.start])
    predicate_is_its_own = head_of is None or head_of.group("head").lower() in _QUANTITY_HEADS
    hits = []
    for outcome, rx in _AFTER_RE if predicate_is_its_own else ():
        m = rx.match(after)
        if not m or not _compatible(outcome, group):
            continue
        # A trigger directly followed by the next figure governs that one ("3 gunmen killed 5").
        if next_start < len(sentence) and not sentence[np_end + m.end(): next_start].strip():
            continue
        # An active verb with an object makes the figure its agent: "about 30 armed militants
        # abducted them", "two gunmen killed the guard" (no auxiliary, an object right after).
        if not _AUXILIARY.search(after[: m.end()]) and _OBJECT_AFTER.match(sentence, np_end + m.end()):
            continue
        # A verb with a subject of its own belongs to another clause: "the officers who drove him on
        # the day he escaped", "if someone was injured".
        if _OWN_SUBJECT.search(after[: m.end()]):
            continue
        hits.append((m.end(), outcome, _words_between(after[: m.start()])))
    if hits:
        end, outcome, dist = min(hits)
        best = (outcome, dist)
        # A bare participle with a phrase of its own is a reduced relative; the clause's own predicate
        # comes later: "five of the 12 guards abducted by terrorists at a border post have been
        # released", "18 prisoners captured during the battle were released".
        if not _AUXILIARY.search(after[:end]) and _REDUCED_RELATIVE.match(after, end):
            for later in _LATER_PREDICATE.finditer(after, end):
                main = [o for o, rx in _AFTER_RE if rx.match(after[later.start():]) and _compatible(o, group)]
                if main and main[0] != outcome:
                    best = (main[0], _words_between(after[: later.start()]))
                    break
    before = sentence[prev_end: fig.start]
    if _TOLL_ROSE_TO.search(before):
        return ("killed", 0)  # "the death toll from Saturday's attack has risen to 41"
    # Only the last few words before the figure can govern it.
    window = " ".join(before.split()[-6:])
    for outcome, rx in _BEFORE_RE:
        if not _compatible(outcome, group):
            continue
        if rx.search(window):
            return (outcome, 0)
    if best[0] is None:
        for outcome, rx in _BEFORE_RE:
            if not _compatible(outcome, group):
                continue
            pat = re.compile(rx.pattern[: -len(r"[\s\"'“‘(]*$")] + r"\b", re.I)
            found = list(pat.finditer(window))
            if found:
                between = re.findall(r"[\w'’-]+", window[found[-1].end():].lower())
                # Only determiners and qualifiers may stand between a verb and its figure ("killed
                # all the 12"); a preposition means the figure belongs to another phrase ("killed
                # during demonstrations by tens of thousands").
                if len(between) <= 3 and all(w in _BETWEEN_OK for w in between) and len(between) < best[1]:
                    best = (outcome, len(between))
    return best


def _lost_is_killed(outcome: str | None, sentence: str, fig: Figure) -> str | None:
    """"lost seven fighters" is a death toll, "lost 30 posts" is not; "left 5 dead" needs "dead"."""
    if outcome != "killed":
        return outcome
    before = sentence[: fig.start].rstrip().lower()
    if before.endswith(("left", "leaving")):
        after = sentence[fig.end: fig.end + 40].lower()
        return "killed" if re.search(r"\bdead\b", after) else ("injured" if "injured" in after else None)
    return outcome


def _mentions_in(sentence: Sentence, mentions: Iterable[Any]) -> list[Any]:
    return [m for m in mentions if m.start >= sentence.start and m.end <= sentence.end]


# A place in the name of a force or an institution ("Jammu and Kashmir Police", "Sheikh Zaid
# Hospital") names no scene; a place something came from ("abducted by militants from Peshawar") or
# a landmark to find it by ("in Zaragoza, south of San Salvador") is the scene only when the sentence
# names no other.
_INSTITUTION_AFTER = re.compile(
    r"\s*(?:and\s+[A-Z]\w+\s+)?(?:police|army|rifles|light\s+infantry|government|hospital|university|college|"
    r"corps|regiment|constabulary|high\s+court|assembly|airport|province\s+police)\b",
    re.I,
)
_ORIGIN_BEFORE = re.compile(
    r"(?:(?<!away )\b(?:from|to)|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?$", re.I
)


def _place_of(
    sentence: Sentence, places: Sequence[PlaceMention], at: int | None = None, clause: tuple[int, int] | None = None
) -> PlaceMention | None:
    """The place a figure at ``at`` in the sentence is about: a scene before an origin, one in the
    figure's own stretch of the sentence (``clause``: from the figure before to the figure after)
    before one elsewhere, the finest below country level, the nearest to the figure on a tie."""
    text = sentence.text
    inside = [
        p for p in _mentions_in(sentence, places)
        if p.feature != "country" and not _INSTITUTION_AFTER.match(text, p.end - sentence.start)
    ]
    dateline = DATELINE.match(text)
    if dateline:
        # "ahmedabad: four people were killed ... in bharuch and modasa": where it was filed from.
        inside = [p for p in inside if p.start - sentence.start >= dateline.end()] or inside
    if not inside:
        return None

    def rank(p: PlaceMention) -> tuple[int, int, int, int]:
        local = p.start - sentence.start
        origin = bool(_ORIGIN_BEFORE.search(text[max(0, local - 16): local]))
        elsewhere = clause is not None and not clause[0] <= local < clause[1]
        return (origin, elsewhere, p.precision or 3, abs(local - at) if at is not None else local)

    return min(inside, key=rank)


def _earlier_event(sentence: Sentence, dates: Sequence[DateMention], published: str | None) -> bool:
    """True when the sentence is dated well before publication: an earlier incident given as context.

    Reports are dated within a day or two of what they report; a sentence pinned to a day more than
    three days before publication (or to an earlier month or year) tells of something else.
    """
    if not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        return False
    pub = dt.date.fromisoformat(published)
    for d in _mentions_in(sentence, dates):
        v = d.value or ""
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                last = dt.date.fromisoformat(v)
            elif re.fullmatch(r"\d{4}-\d{2}", v):
                y, m = int(v[:4]), int(v[5:])
                last = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
            elif re.fullmatch(r"\d{4}", v):
                last = dt.date(int(v), 12, 31)
            else:
                continue
        except ValueError:
            continue
        if last < pub - dt.timedelta(days=3):
            return True
    return False


# Clauses that tell of an earlier incident: "(came) a day after ...", "just hours after ...",
# "following the violence in Modasa, where ...".
_EARLIER_CLAUSE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|several|a few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"
    r"after\b|\b(?:following|after)\b[^,;.]{0,80}?,?\s+(?:where|in which)\b",
    re.I,
)


def _in_earlier_clause(s: str, at: int) -> bool:
    """True when the figure at ``at`` stands in a clause about an earlier incident (no comma between)."""
    return any(not re.search(r"[,;:]", s[m.end(): at]) or m.group(0).rstrip().endswith(("where", "which"))
               for m in _EARLIER_CLAUSE.finditer(s, 0, at))


def _article_place(places: Sequence[PlaceMention], sentences: Sequence[Sentence] = ()) -> PlaceMention | None:
    """The place the article is about: the finest its lead names (the first sentence that names one
    below country level, a dateline aside), else the one it names most often (its first mention)."""
    for sent in sentences:
        own = _place_of(sent, places)
        dateline = DATELINE.match(sent.text)
        if own is not None and not (dateline and own.start - sent.start < dateline.end()):
            return own
    counts: dict[str, int] = {}
    first: dict[str, PlaceMention] = {}
    for p in places:
        if p.feature != "country" and (p.name or p.text):
            key = p.name or p.text
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, p)
    return first[max(counts, key=lambda k: counts[k])] if counts else None


def _date_of(sentence: Sentence, dates: Sequence[DateMention]) -> str | None:
    for d in _mentions_in(sentence, dates):
        day = day_of(d.value)
        if day:
            return day
    return None


# A noun right after a count word is what the count counts ("two minor children"), not a casualty of its own.
_COUNT_WORD_BEFORE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands|several|"
    r"many|some|few)\s+$",
    re.I,
)


_SPEAKS_AFTER = re.compile(
    r"\s*,?\s*(?:said|says|told|added|stated|claimed|confirmed|reported|noted|explained|insisted|quoted)\b", re.I
)


def _implied_figures(text: str, is_headline: bool) -> list[Figure]:
    """Singular casualties stated as a noun: "a soldier was killed", "Italian volunteer killed"."""
    out: list[Figure] = []
    for m in _IMPLIED_ONE.finditer(text):
        lead = text[max(0, m.start() - 12): m.start()].lower()
        has_article = bool(re.match(r"(?:a|an|one|another)\b", m.group(0), re.I)) or "succumbed" in text[m.end(): m.end() + 20]
        if not has_article and not is_headline:
            continue
        if re.search(r"\d\s*$|\bthe\s*$|(?<!\bbody )\bof\s*$|\bwho\s*$|\bof (?:them|whom)\s*$", lead) or _COUNT_WORD_BEFORE.search(
            text[max(0, m.start() - 16): m.start()]
        ):
            continue
        if out and not text[out[-1].end: m.start()].strip():
            # One person named by two nouns: "Catholic man", "civilian driver".
            out[-1] = replace(out[-1], text=text[out[-1].start: m.end()], end=m.end())
            continue
        later = _LATER_HEAD.match(text, m.end()) if has_article and m.group("noun") else None
        if later:
            m_end = later.end()
        else:
            m_end = m.end()
        if _SPEAKS_AFTER.match(text, m_end) or re.search(r"\baccording\s+to\s*$", text[: m.start()], re.I):
            continue  # "..., a local official said": the one who speaks, not one who was hurt
        start = m.start()
        if not has_article:
            # Headlines drop the article but keep the modifiers: "Gunmen kill Belfast Catholic".
            modifiers = _HEADLINE_MODIFIERS.search(text[:start])
            if modifiers:
                start = modifiers.start()
        out.append(Figure(1, "exact", 1, 1, text[start: m_end], start, m_end))
    return out


# Up to three capitalised words right before a bare headline noun ("Belfast", "Afghan", "Pro-Kiev").
# Title-case headlines capitalise their verbs too: a verb of the outcome or of speech is no modifier.
_HEADLINE_MODIFIERS = re.compile(
    r"(?:\b(?!(?:Kill|Shoot|Shot|Wound|Injur|Abduct|Kidnap|Arrest|Free|Rescue|Release|Behead|Execut|Hang|"
    r"Lynch|Murder|Stab|Dead|Say|Said|Claim|Confirm|Report|Find|Found|Leave|Left|And|Or|As|In|At|On|Of|By|"
    r"With|From|After|Near|To|For)[a-z]*\b)[A-Z][\w'’-]*\s+){1,3}$"
)


# People named rather than counted, one person a name: "Anar Gul and his son Adeel were killed",
# "their colleague Lakshman Singh died", "militants shot dead Constable Ram Singh". Names need their
# capitals, so text written all in one case has none.
_RANKS = (
    r"(?:Head\s+Constable|Constables?|Sepoy|Havildar|Hawaldar|Naib\s+Subedar|Subedar|Sobedar|Lance\s+Naik|Naik|"
    r"Rifleman|Jawan|Sub-Inspector|Sub\s+Inspector|Inspector|ASI|SI|SHO|DSP|Major|Captain|Capt\.?|Lieutenant|"
    r"Lt\.?|Colonel|Col\.?|Brigadier|Sergeant|Sgt\.?|Corporal|Cpl\.?|Private|Pvt\.?|Commandant|Trooper|"
    r"Deputy|Officer|Sheriff|Detective|Agent|Marshal|Ranger|Guard)"
)
_HONORIFICS = r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Maulana|Mullah|Mufti|Haji|Sheikh|Shri|Sri|Smt\.?)"
_KIN = (
    r"(?:(?:his|her|their)\s+(?P<kin>sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|nephews?|"
    r"nieces?|cousins?|uncle|aunt|grandsons?|granddaughters?|colleagues?|associates?|aides?|friends?|bodyguards?))"
)
_NAME_WORD = r"(?:[A-Z][a-z][\w’-]*|[A-Z](?:\.[A-Z])*\.?(?=\s))"
_PERSON = (
    r"(?:" + _KIN + r"\s+)?(?:(?:" + _RANKS + r"|" + _HONORIFICS + r")\s+){0,2}"
    + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3}"
)
_PERSON_RE = re.compile(_PERSON)
_PERSONS = _PERSON.replace("?P<kin>", "?:") + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _PERSON.replace("?P<kin>", "?:") + r"){0,5}"
_NAMED_OUTCOME = (
    r"(?:killed|shot\s+dead|gunned\s+down|injured|wounded|abducted|kidnapped|died|succumbed|beheaded|lynched|"
    r"murdered|executed|arrested|detained|released|freed|rescued)"
)
# "... Adeel were killed", "Lakshman Singh died on March 4" (the names as the subject).
_NAMED_SUBJECT = re.compile(
    r"(?P<names>" + _PERSONS + r")(?=\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+)?"
    r"(?:(?:also|later|reportedly|allegedly|critically|seriously|grievously)\s+)?" + _NAMED_OUTCOME + r"\b)"
)
# "Sepoy K Vikas Janardhan, who was injured in the attack on September 18, succumbed to his
# injuries": the relative clause tells of the wound, the predicate of the death.
_NAMED_SUCCUMBED = re.compile(
    r"(?P<names>" + _PERSONS + r"),\s+who\s+[^;]{0,200}?,?\s+(?:later\s+)?(?:succumbed|died)\s+"
    r"(?:to|of|from)\s+(?:his|her|their)\s+(?:injuries|wounds)\b"
)
# "shot dead Constable Ram Singh in ...", "abducted Madvi Soma." (the names as the object).
_NAMED_OBJECT = re.compile(
    r"\b" + _NAMED_OUTCOME + r"\s+(?P<names>" + _PERSONS + r")(?=\s*(?:[,;:)]|\.?\s*$)|\s+(?:and|in|at|on|near|from|"
    r"who|when|while|after|during|inside|outside|by|as)\b)"
)
# One person named by kinship alone: "A trooper was killed and his colleague injured", "her son
# was wounded".
_KIN_ALONE = re.compile(
    r"\b(?P<names>(?:[Hh]is|[Hh]er)\s+(?P<kin>colleague|son|daughter|wife|husband|brother|sister|father|mother|nephew|"
    r"niece|cousin|driver|bodyguard|guard|associate|aide))(?=\s+(?:(?:was|had\s+been|has\s+been|got)\s+)?"
    r"(?:(?:also|later|critically|seriously|grievously)\s+)?" + _NAMED_OUTCOME + r"\b)"
)
# Capitalised words that are no one's name: days, months, kin and ranks used alone ("Father
# arrested after ...", "were injured Monday").
_NOT_NAMES = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "today",
    "yesterday", "tonight", "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband",
    "police", "army", "officials", "sources", "authorities", "god",
))
# A death named without a violent cause is often a natural one ("Bettie Page died Thursday of
# pneumonia"): a named death counts only beside one.
_VIOLENT_CAUSE = re.compile(
    r"\b(?:injur|wound|shot|shoot|gun|bullet|attack|blast|bomb|explo|firing|clash|encounter|ambush|stab|"
    r"beat|lynch|violen|riot|assault|kill|murder|fire|burn|grenade|militant|terror|insurgen|rebel|troops)",
    re.I,
)
_NATURAL_DEATH = re.compile(
    r"\b(?:pneumonia|illness|cancer|heart attack|natural causes|in (?:his|her) sleep|disease)\b", re.I
)
# A name may follow the role that says who the person is: "LeT 'commander' Abu Dujana was killed",
# "Hizbul Mujahideen militant Sabzar Bhat was arrested".
_ROLE_BEFORE = re.compile(
    r"(?P<side>(?:[\w'’()-]+\s+){0,4}?)['‘’\"“]?(?P<role>commander|militant|terrorist|leader|chief|cadre|ultra|"
    r"operative|jawan|soldier|policeman|trooper|officer|guard|villager|civilian|worker|businessman|"
    r"activist|journalist|student)['’\"”]?\s+$",
    re.I,
)
# Where a subject may begin: the sentence's start or a clause's ("Sources said that ...").
_CLAUSE_OPENING = re.compile(
    r"(?:^|(?:\bthat|\bwhile|\bwhereas|\bwhen|\bafter|\band|\bbut|\bsaid|\bsays|;)\s*)$", re.I
)


def _named_casualties(s: str, doc: Any, taken: Sequence[Figure]) -> list[tuple[Figure, str | None, str | None]]:
    """People a sentence names as killed, injured, abducted, arrested or freed, with their group.

    The group is the one the names' ranks say (security forces), civilians for a family named
    together ("his son"), None for a colleague (the group of the figure before) or a bare name
    ("all"). Names the parser does not tag as proper nouns, or that name a side, count no one.
    The outcome is given where the predicate stands far from the names (``_NAMED_SUCCUMBED``).
    """
    out: list[tuple[Figure, str | None, str | None]] = []
    propn = {t.idx: t.pos_ == "PROPN" for t in doc} if doc is not None else {}
    for k in _KIN_ALONE.finditer(s):
        if _CLAUSE_OPENING.search(s[: k.start()]) and not any(k.start() < f.end and f.start < k.end() for f in taken):
            kin = k.group("kin")
            kin_group = "colleague" if kin == "colleague" else (_group_of(kin) or "civilians")
            out.append((Figure(1, "exact", 1, 1, k.group("names"), k.start(), k.end()), kin_group, None))
    for rx in (_NAMED_SUCCUMBED, _NAMED_SUBJECT, _NAMED_OBJECT):
        pos = 0
        while (m := rx.search(s, pos)) is not None:
            start, end = m.span("names")
            # A span that fails may hold a good one further on: "on Friday, their colleague Mohan Lal".
            pos = start + 1
            role = _ROLE_BEFORE.search(s[max(0, start - 80): start]) if rx is not _NAMED_OBJECT else None
            role_group = None
            if role and len(m.group("names").split(" and ")) == 1:
                # The role, and the side named before it, say whose the named person is.
                sides = actors_mod.find_actors(role.group("side"))
                role_group = _group_of(role.group("role")) or (
                    ("militants" if sides[-1].type in ARMED_GROUP_TYPES
                     else "security_forces" if sides[-1].type == "state_forces" else None) if sides else None
                ) or _group_of(role.group("side"))
                start = max(0, start - 80) + role.start("role")
                if s[start - 1: start] in "'‘\"“":
                    start -= 1
            elif rx is not _NAMED_OBJECT and not _CLAUSE_OPENING.search(s[:start]) and not (
                # After a clause that closes with a comma: "while two commandos had succumbed on
                # March 3, their colleague Lakshman Singh died on March 4".
                s[:start].rstrip().endswith(",")
                and re.search(r"\b(?:had|has|have|was|were|is|are|\w+ed)\b", s[:start].rstrip()[:-1].rsplit(",", 1)[-1])
            ):
                continue
            if any(start < f.end and f.start < end for f in taken) or any(
                start < f.end and f.start < end for f, _, _ in out
            ):
                continue
            if re.match(r"['’]s\b", s[end:]):
                continue  # "killed Pakistan's ..."
            if rx is _NAMED_SUBJECT and re.match(r"\s+(?:died|succumbed)\b", s[end:]) and (
                not _VIOLENT_CAUSE.search(s) or _NATURAL_DEATH.search(s)
            ):
                continue
            persons = _persons_named(m.group("names"), s, start, propn)
            if not persons:
                continue
            n = len(persons)
            outcome = "killed" if rx is _NAMED_SUCCUMBED else None
            out.append((Figure(n, "exact", n, n, s[start:end], start, end), role_group or _kind_of(persons), outcome))
            pos = end
    return sorted(out, key=lambda x: x[0].start)


def _persons_named(names: str, s: str, start: int, propn: Mapping[int, bool]) -> list[str | None] | None:
    """Each person of a list of names, by the group their rank or kinship says (None for none), or
    None when one of the names is no person's."""
    persons: list[str | None] = []
    for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names):
        pm = _PERSON_RE.fullmatch(p)
        if pm is None:
            return None
        name = re.sub(r"^(?:(?:his|her|their)\s+\w+\s+)?(?:(?:" + _RANKS + r"|" + _HONORIFICS + r")\s+)*", "", p)
        offset = s.find(name, start)
        name_tokens = [i for i in propn if offset <= i < offset + len(name)]
        if not name_tokens or not all(propn[i] for i in name_tokens):
            return None
        if ((_group_of(name) and " " not in name)
                or any(a.end - a.start >= len(name) - 2 for a in actors_mod.find_actors(name))
                or name.lower() in _STOP_WORDS
                or re.fullmatch(r"(?:" + _ONE_NOUNS + r")s", name.split()[-1], re.I)  # "Taliban Commanders"
                or any(w.lower().rstrip(".") in _NOT_NAMES for w in name.split())):
            # "Maoists were killed", "Hizbul Mujahideen": a side, not a person ("Aslam Baloch" is one)
            return None
        kin = pm.group("kin")
        rank = re.search(r"\b" + _RANKS + r"\s", p[: len(p) - len(name)])
        persons.append("security_forces" if rank else ("colleague" if kin and kin.startswith("colleague")
                                                     else "civilians" if kin else None))
    return persons


def _kind_of(persons: Sequence[str | None]) -> str | None:
    """The group of people named together: one rank's, a family's (civilians), a colleague's, else all."""
    kinds = set(persons)
    if kinds == {"security_forces"}:
        return "security_forces"
    if "colleague" in kinds and kinds <= {"colleague", None}:
        return "colleague"
    if kinds <= {"civilians", None} and "civilians" in kinds:
        return "civilians"
    return None if kinds == {None} else "all"


@dataclass(slots=True)
class _Counted:
    """A figure in a sentence with what it counts and what happened to it."""

    figure: Figure
    phrase: str
    phrase_end: int
    group: str | None
    implied: bool = False
    part_of: int | None = None  # index of the figure this one is a part of ("including 3 women")
    outcome: str | None = None
    parts: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)  # later figures summed into this one
    member: bool = False  # one of the counted named one by one ("identified as A, B and one more")


_PART_LEAD = re.compile(
    r"(?:including|includ(?:ed|es)|among them|among whom|of whom|of them|out of which|of which|"
    r"which included|who included)\W*(?:at least\s+|as many as\s+)?$",
    re.I,
)
_PART_LEAD_ANY = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|which included|who included)\b", re.I
)
_AS_WERE = re.compile(r"[,;]\s*as\s+(?:had|did|were|was|have|has|are|is)\s+(?:(?:at least|another|some)\s+)?$", re.I)
_MEMBERS_LEAD = re.compile(r"\b(?:identified as|named as|namely)\b", re.I)
_MEMBERS_END = re.compile(r"\b(?:succumbed|had|has|have|are|is)\b", re.I)  # the list is over: a verb
_PREDICATE_WORD = re.compile(
    r"\b(?:killed|died|dead|injured|wounded|hurt|abducted|kidnapped|arrested|freed|released|said|were|was)\b", re.I
)
_TAKEN_THEN_KILLED = re.compile(
    r"\b(?:abducted|kidnapped)\s+and\s+(?:later\s+|then\s+|subsequently\s+)?(?:killed|shot\s+dead|beheaded|executed|"
    r"murdered)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# The freed people's captivity, told in a relative clause after them: "(freed 13 persons) in Kalaya
# who were abducted by militants", "(released an auxiliary constable) of the Police, who was abducted".
_HELD_BEFORE = re.compile(
    r"(?:\s+(?:of|from|in|at|near)\b[^,;.]{0,80}?)?,?\s*(?:who|whom)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:abducted|kidnapped|taken\s+(?:hostage|captive)|held\s+(?:hostage|captive))\b",
    re.I,
)
_SUM_JOIN = re.compile(r"[\s,]*(?:and|&)?[\s,]*", re.I)
# Between two members of a list: "A, B", "A and B", "A of the 1st Brigade, and B".
_LIST_JOIN = re.compile(
    r"[\s,]*(?:and|along with|as well as|,)?[\s,]*(?:\b(?:of|from|in)\b[^,;]{0,40}?[\s,]*(?:and)?[\s,]*)?", re.I
)
_OWN = re.compile(r"\s*(?:of\s+)?(?:its|their)\s+own\b", re.I)


def _implied_in(s: str, taken: Sequence[Figure], is_headline: bool) -> list[Figure]:
    """Implied singular figures that do not overlap a stated one."""
    return [
        f for f in _implied_figures(s, is_headline)
        if not any(f.start < t.end and t.start < f.end for t in taken)
    ]


def _count(s: str, figures: Sequence[Figure], implied: set[int], before: str | None = None) -> list[_Counted]:
    """Read each figure's counted phrase, group, and whether it is a part of the figure before it.

    ``before`` is the group the sentence before counted last: "others" with nothing before them in
    their own sentence are more of those ("Two commandos died. At least 15 others were injured").
    """
    counted: list[_Counted] = []
    for i, fig in enumerate(figures):
        if i in implied:
            phrase, end = fig.text, fig.end
        else:
            phrase, end = _noun_phrase(s, fig.end)
            partitive = i + 1 < len(figures) and re.fullmatch(
                r"\s*of(?: the| these| those| its| their)?\s*", s[fig.end: figures[i + 1].start], re.I
            )
            if i + 1 < len(figures) and end > figures[i + 1].start and not partitive:
                # A counted phrase never runs into the next figure.
                end = figures[i + 1].start
                phrase = s[fig.end:end].strip()
        group = _group_of(phrase) if phrase else None
        bare = phrase.lower().strip(".,;:!?\"' ")
        if bare in ("them", "those", "whom", "others", "other", "more", "another") or re.fullmatch(
            r"(?:of )?(?:them|those|whom)", bare
        ):
            # "165 others", "12 of them": the same kind of people as the whole before, if any; but
            # "three others including two policemen" are of more than one kind.
            wholes = [x for x in counted if x.part_of is None]
            group = (wholes[-1].group if wholes else before) or "all"
            # ... and of no one kind after a mixed list: "Two soldiers, a civilian were killed and
            # fourteen others wounded".
            same_list = wholes[-1:]
            for prev in reversed(wholes[:-1]):
                if not re.fullmatch(r"[\s,]*(?:and\s*)?", s[prev.phrase_end: same_list[0].figure.start]):
                    break
                same_list.insert(0, prev)
            if len({x.group for x in same_list}) > 1:
                group = "all"
            included = _INCLUDED.match(s, end)
            if included and not _all_of(group, included.group("list")):
                group = "all"
        if group is None and _OWN.match(s[fig.end:]):
            group = "militants"
        if group is None and i in implied:
            group = "all"  # a casualty named by a pronoun or a name
        suffered = re.search(r"(?P<subj>\b[\w' -]{1,40}?)\s+(?:suffered|sustained|lost)\s+$", s[: fig.start], re.I)
        if group in (None, "all") and suffered:
            # "the army suffered two dead": the dead are the subject's own.
            group = _group_of(suffered.group("subj")) or group
        c = _Counted(fig, phrase, end, group, implied=i in implied)
        if counted:
            lead = s[counted[-1].phrase_end: fig.start]
            # A list of parts goes on across commas and "and", past words the figures do not
            # cover ("a woman lawyer, and a Policeman"), until a predicate ends it.
            continues_parts = (
                counted[-1].part_of is not None
                and re.search(r",|\band\b|\bor\b", lead, re.I) is not None
                and not _PREDICATE_WORD.search(lead)
                and len(lead.split()) <= 8
            )
            # (Not "including in the capital ...": a list of places, not of the people counted.)
            listed = (
                _PART_LEAD_ANY.search(lead) and not _PREDICATE_WORD.search(lead) and ";" not in lead
                and not re.search(r"\bincluding\s+(?:in|at|on|near|from|across|around|inside)\b", lead, re.I)
            )
            # "Three people, one of them a pregnant woman, were killed": a part of the whole before.
            of_them = (
                re.match(r"\s*of (?:them|whom|those)\b", s[fig.end:], re.I) is not None
                and re.fullmatch(r"\s*,\s*", lead) is not None
            )
            # "Three of the injured troopers identified as Constable A, Constable B and one more
            # succumbed": the figure in the list is one of the three, named with the others.
            names = _MEMBERS_LEAD.search(s, counted[-1].figure.end, fig.start)
            member = names is not None and not _PREDICATE_WORD.search(s, names.end(), fig.start) \
                and not _MEMBERS_END.search(s, names.end(), fig.start)
            if member:
                c.member = True
            if _PART_LEAD.search(lead) or continues_parts or listed or of_them or member:
                root = counted[-1].part_of if counted[-1].part_of is not None else len(counted) - 1
                c.part_of = root
                counted[root].parts.append(len(counted))
                if re.match(r"(?:from|in|at|near|under)\b", phrase, re.I) and counted[root].group:
                    # "eight villagers, including five from Katlang village under Bijepur Police
                    # limits": the parts are of the whole's kind, whatever their places are called.
                    c.group = counted[root].group
        counted.append(c)
    return counted


# "15 others, including CoBRA Commander P.S. Yadav and the chief of the DRG, have been injured":
# the people the others include, up to the predicate.
_INCLUDED = re.compile(
    r"\s*,?\s*(?:including|among them)\b(?P<list>.*?)(?=,?\s+(?:have|has|had|were|was|are|is|died|succumbed)\b|[;.]|$)",
    re.I,
)


_COUNTED_PART = re.compile(
    r"(?:at least\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|many|some|scores)\b",
    re.I,
)


def _all_of(group: str | None, listed: str) -> bool:
    """True when each one of the people listed is of ``group``, by their words or by the force
    they serve in ("CoBRA Commander P.S. Yadav": India's police): "others" who include only
    commandos after commandos were counted are more commandos. Not when the list counts a part
    ("three others including two policemen": the third may be anyone)."""
    items = [x for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed.strip(" ,")) if x]
    if group in (None, "all") or not items or any(_COUNTED_PART.match(x) for x in items):
        return False

    def group_of(item: str) -> str | None:
        sides = {a.type for a in actors_mod.find_actors(item)}
        if "state_forces" in sides:
            return "security_forces"
        return _group_of(item) or ("militants" if sides & set(ARMED_GROUP_TYPES) else None)

    return all(group_of(x) == group for x in items)


def _assign_outcomes(s: str, counted: list[_Counted]) -> None:
    """Give each figure its outcome; parts share their whole's, coordinated figures share one."""
    roots = [i for i, c in enumerate(counted) if c.part_of is None]
    for k, i in enumerate(roots):
        c = counted[i]
        last = counted[c.parts[-1]] if c.parts else c
        prev_end = counted[roots[k - 1]].phrase_end if k else 0
        if k:
            prev_root = counted[roots[k - 1]]
            prev_end = counted[prev_root.parts[-1]].phrase_end if prev_root.parts else prev_root.phrase_end
        next_start = counted[roots[k + 1]].figure.start if k + 1 < len(roots) else len(s)
        outcome, dist = _find_outcome(s, c.figure, last.phrase_end, prev_end, next_start, c.group)
        if c.implied and dist > 2:
            outcome = None
        c.outcome = _lost_is_killed(outcome, s, c.figure)
    # Coordinated figures share an outcome ("92 separatists, along with 15 soldiers and 18 civilians").
    for k, i in enumerate(roots):
        c = counted[i]
        if c.outcome is not None:
            continue
        if k:
            prev = counted[roots[k - 1]]
            prev_last = counted[prev.parts[-1]] if prev.parts else prev
            if prev.outcome and re.fullmatch(
                r"[\s,]*(?:and|along with|as well as|besides|plus|while|,)?[\s,]*", s[prev_last.phrase_end: c.figure.start],
                re.I,
            ):
                c.outcome = prev.outcome
                if c.group is None and not c.phrase:
                    c.group = prev.group
                continue
    # A figure in an elliptical comparison has the outcome of the clause it compares with: "four
    # activists were injured, as were 25 policemen", "one died and four were hurt, as had 25 others".
    for k, i in enumerate(roots):
        c = counted[i]
        if c.outcome is None and k and _AS_WERE.search(s, 0, c.figure.start):
            c.outcome = counted[roots[k - 1]].outcome
    # ... and a predicate at the end of a list covers the whole list, right to left.
    for k in range(len(roots) - 2, -1, -1):
        c, nxt = counted[roots[k]], counted[roots[k + 1]]
        c_last = counted[c.parts[-1]] if c.parts else c
        if c.outcome is None and nxt.outcome and _LIST_JOIN.fullmatch(s[c_last.phrase_end: nxt.figure.start]):
            c.outcome = nxt.outcome
    # A figure that counts nothing of its own counts what the figure before it counted
    # ("dozens of soldiers were injured and 18 taken hostage").
    for k, i in enumerate(roots):
        c = counted[i]
        if k and c.group is None and not c.phrase and not c.implied:
            # ... unless the one before is the agent: "another bomber killed four" counts victims.
            agent = _ACTIVE_VERB_BEFORE.search(s[: c.figure.start])
            c.group = "all" if agent else counted[roots[k - 1]].group
    for c in counted:
        if c.part_of is not None:
            whole = counted[c.part_of]
            if _compatible(whole.outcome or "", c.group):
                c.outcome = whole.outcome
    # Parts stated as a sum: "two women and one man died", "one Lieutenant Colonel and seven
    # soldiers" are one figure of 3 and of 8 (the coders' convention), not two claims.
    anded: set[int] = set()  # figures already joined by "and": "A and B, C and D" are two sums
    for k in range(len(roots) - 1):
        a, b = counted[roots[k]], counted[roots[k + 1]]
        if a.outcome is None or a.outcome != b.outcome or a.group != b.group or a.parts:
            continue
        if a.figure.qualifier != "exact" or b.figure.qualifier != "exact":
            continue
        join = s[a.phrase_end: b.figure.start]
        if not _SUM_JOIN.fullmatch(join):
            continue
        # "A and B", or "A, B(, of the brigade,) and C": a comma joins parts of an enumeration that
        # an "and" closes later.
        if "and" in join.lower():
            anded.update((roots[k], roots[k + 1]))
        else:
            rest = s[b.phrase_end: counted[roots[k + 2]].figure.start] if k + 2 < len(roots) else ""
            closes_later = "and" in rest.lower() and _LIST_JOIN.fullmatch(rest)
            if join.strip() != "," or not closes_later or roots[k] in anded:
                continue
        head = next(j for j in roots if j <= roots[k] and (j == roots[k] or roots[k] in counted[j].merged))
        counted[head].merged.append(roots[k + 1])


_PLAIN_PEOPLE = re.compile(r"(?:persons?|people|individuals|men|villagers)\b(?!\s+(?:of|from\s+the)\s+(?:the\s+)?[A-Z])")


def _refined_outcome(s: str, fig_start: int, phrase: str, outcome: str, group: str) -> str | None:
    """The outcome a figure's sentence supports on a second look, or None when it counts no casualty."""
    if _NEGATED.search(s[:fig_start]):
        return None  # "taught us not to kill a child nor woman"
    if outcome == "abducted" and not _ABDUCTION_CONTEXT.search(s):
        # "Israeli forces have taken dozens of Palestinians": the state's forces detain;
        # "took 21,876 patients to appointments" takes no one.
        if not re.search(r"\b(?:police|forces|troops|soldiers|army|security)\b", s[:fig_start], re.I):
            return None
        return "arrested"
    if outcome == "abducted" and group in ("prisoners", "militants") and not re.search(r"hostage|kidnap|abduct", s, re.I):
        # "the two inmates have been captured": escaped prisoners retaken; "two of the attackers were
        # captured alive": detained, not taken hostage.
        return "arrested"
    if outcome == "freed" and re.search(r"\brescu", s, re.I) and not _CAPTIVITY.search(s):
        return None  # rescued from a fire or a flood, not from captivity
    if outcome == "destroyed" and _WEAPONS.search(phrase):
        return None  # weapons destroyed or defused: "destroyed 23 IEDs", "artillery batteries"
    if outcome == "destroyed" and group not in _THINGS:
        # Military speak, "destroyed more than 100 soldiers", or burnt to death, counts dead; "property
        # of both communities was damaged" counts no one.
        destroys = group in ("security_forces", "militants") and re.search(r"\b(?:destroy|annihilat|wip)", s, re.I)
        if not destroys and not re.search(r"\b(?:burn|torch)\w*\s+(?:alive|to death)\b", s, re.I):
            return None
        return "killed"
    return outcome


def _summed(counted: list[_Counted], i: int) -> Figure:
    c = counted[i]
    if not c.merged:
        return c.figure
    members = [c.figure] + [counted[j].figure for j in c.merged]
    total = sum(f.value or 0 for f in members)
    return Figure(total, "exact", total, total, c.figure.text, c.figure.start, members[-1].end)


def extract_claims(
    article: Article,
    sentences: Sequence[Sentence],
    places: Sequence[PlaceMention] = (),
    dates: Sequence[DateMention] = (),
    actor_mentions: Sequence[ActorMention] = (),
) -> list[Claim]:
    """Return every claim in the article body, in text order, with claimant, stance and scope."""
    no_case = caseless(article.text)
    named = _outlet_named(article.text, no_case)
    named = _credited_agency(named) if named else None
    ctx = _Context(
        outlet=article.source or named,
        outlet_in_text=named is not None and not article.source,
        caseless=no_case,
        # Caseless and mostly capitals: all-capital wire copy (else all lower case).
        all_caps=no_case and sum(c.isupper() for c in article.text[:2000]) > sum(
            c.islower() for c in article.text[:2000]
        ),
        acronyms=_acronyms(article.text),
        wire=wire_outlet(article.text),
        text=article.text,
    )
    claims: list[Claim] = []
    unverified_claimants: set[str] = set()
    stated = _stated_figures(sentences)
    docs = _parse_needed(sentences, stated)
    forward = _forward_quotes(sentences)
    backward = _backward_sources(sentences)
    per_paragraph = Counter(x.paragraph for x in sentences)
    one_sentence = {p for p, n in per_paragraph.items() if n == 1}  # wire copy: a paragraph per sentence
    # Where a sentence names no place or day, a claim is about the article's own (the coders' reading).
    home_place = _article_place(places, sentences)
    dates = event_mentions(article.text, dates)
    home_day = day_of(article_date(sentences, dates, article.published)[0])
    # The account a source opened and the sentence that carried it last, and whether that sentence
    # ties the next one to it (``_note_account``).
    previous: tuple[int, _Speaker, bool] | None = None

    def _note_account(index: int, speakers: Sequence[tuple[int, int, _Speaker]]) -> None:
        # Only a narrative report ("X said that ...", "X said tension built up", "..., police said",
        # "According to X, ...") goes on into the sentences after it: "the minister said he was
        # sending reinforcements" ends where it stops. A sentence with no source of its own carries
        # an open account on (``_carries_account``); one with a source opens or closes it.
        nonlocal previous
        sent = sentences[index]
        if not speakers:
            if previous is not None and _carries_account(sentences[previous[0]], sent, previous[2], one_sentence):
                previous = (index, previous[1], bool(_COHESIVE.match(sent.text.strip())))
            else:
                previous = None
            return
        sources = [sp for _, _, sp in speakers if not _is_outlet(sp, ctx) and sp.stance != "denied"]
        doc = docs.get(index)
        narrative = _ACCOUNT.search(sent.text) or (doc is not None and _narrates(doc))
        # A quotation speaks for itself, and a pronoun nobody resolved names no source to go on with.
        quoted = re.search(r"[\"“”]", sent.text)
        resolved = bool(sources) and (sources[-1].claimant or "").lower() not in _PRONOUNS
        previous = (index, sources[-1], True) if resolved and narrative and not quoted else None

    def _pass_over(index: int) -> None:
        # A sentence without figures still names speakers for the sentences after it.
        found_speakers = _doc_speakers(docs[index], ctx) if index in docs else []
        for _, _, sp in found_speakers:
            ctx.remember(sp)
        _note_account(index, found_speakers)

    turn: _Speaker | None = None  # who speaks in a broadcast transcript: "(MILITARY OFFICER) ..."
    for index, sent in enumerate(sentences):
        s = sent.text
        turn = _transcript_turn(s, turn, ctx)
        if _UNVERIFIED.search(s):
            owner = re.search(r"(?P<who>[\w'’ ]+?)['’]s? (?:claims?|figures?|statement|account)", s)
            if owner:
                sp = _speaker_from_phrase(owner.group("who"), "attributed", ctx)
                if sp.claimant:
                    unverified_claimants.add(sp.claimant)
            elif ctx.history and ctx.history[-1].claimant:
                unverified_claimants.add(ctx.history[-1].claimant)
        if not can_hold_claim(s):
            _pass_over(index)
            continue
        is_headline = (
            sent.heading
            or (len(sentences) == 1 and not s.rstrip().endswith("."))
            or (bool(article.title) and s.strip() == (article.title or "").strip())
        )
        found = stated[index]
        doc = docs.get(index)
        people = [] if is_headline or ctx.caseless else _named_casualties(s, doc, found)
        # A number right after a name is the person's age: "arrested Paul Floyd, 47 and said to be".
        found = [f for f in found if not any(s[n.end: f.start].strip() == "," for n, _, _ in people)]
        implied = _implied_in(s, found + [f for f, _, _ in people], is_headline) + [f for f, _, _ in people]
        if not found and not implied:
            _pass_over(index)
            continue
        speakers = _doc_speakers(doc, ctx) if doc is not None else []
        if not speakers and index in forward:
            # A quotation whose speaker is named where it closes, sentences later.
            sp = _speaker_from_phrase(forward[index], "attributed", ctx)
            speakers = [(0, len(s), sp)]
        head_sp = _headline_speaker(s, ctx, is_headline) if is_headline or not speakers else None
        lead = sent is sentences[0]
        background = _BACKGROUND.search(s) or (not lead and _earlier_event(sent, dates, article.published))
        scope = "background" if background else "event"
        date = _date_of(sent, dates)

        # An unattributed sentence right after a source's report, in the same paragraph, goes on with
        # that source's account ("The FC officials said that 40 militants attacked the checkpost.
        # As a result, all eight personnel sustained injuries ..."). Not past the lead, a heading,
        # or a sentence the outlet asserts itself.
        account = (
            previous[1] if previous is not None and not lead and not is_headline
            and _carries_account(sentences[previous[0]], sent, previous[2], one_sentence) else None
        )
        first_of_sentence = len(claims)
        figures = sorted(found + implied, key=lambda f: f.start)
        implied_idx = {i for i, f in enumerate(figures) if any(f is g for g in implied)}
        before = claims[-1].group if claims and claims[-1].start >= (sentences[index - 1].start if index else 0) \
            and index and sentences[index - 1].paragraph == sent.paragraph and claims[-1].group not in _THINGS else None
        counted = _count(s, figures, implied_idx, before)
        for k, c in enumerate(counted):
            for f, group, _ in people:
                if c.figure is f and group is not None:
                    # A colleague is of the group of the people counted before.
                    c.group = (counted[k - 1].group if k else None) if group == "colleague" else group
                    c.group = c.group or "all"
        _assign_outcomes(s, counted)
        for c in counted:
            c.outcome = next((o for f, _, o in people if c.figure is f and o), c.outcome)
        merged_away = {j for c in counted for j in c.merged}
        for i, c in enumerate(counted):
            if i in merged_away:
                continue
            if i > 0 and _PARTITIVE.fullmatch(s[counted[i - 1].figure.end: c.figure.start]):
                continue  # "two of the three militants were killed": the three are the whole, not the dead
            if c.member:
                continue  # named among the counted: no figure of its own
            if c.part_of is not None and c.figure.value == 1 and re.match(r"\s*of (?:them|whom)\b", s[c.figure.end:], re.I):
                # "five people, one of them seriously", "three people, one of them a pregnant woman":
                # a word about one of the counted, not a figure of its own.
                continue
            fig = _summed(counted, i)
            pair_dates: dict[str, str] = {}
            outcome, group = c.outcome, c.group
            if outcome is None and c.group is not None:
                # "opened fire on three policemen ..., killing them all"
                them = _THEM_ALL.match(s, c.phrase_end)
                if them:
                    outcome = "killed" if them.group("verb").lower() == "killing" else "injured"
            if outcome is None and fig.value == 0 and re.search(
                r"casualt|loss of li|harm", s[fig.start: c.phrase_end + 30], re.I
            ):
                # "no casualties" says nobody was killed and nobody was injured: two zero claims.
                pairs = [("killed", "all"), ("injured", "all")]
            elif outcome is None:
                continue
            else:
                if group is None:
                    if _dead_thing(s, c.figure.end):
                        continue  # "150 dead mullet"
                    if c.phrase and c.phrase[0].isalpha() and outcome in _PEOPLE_OUTCOMES and not re.match(
                        r"(?:were|was|are|is|have|had|taken|held|dead|killed|injured|others?)\b", c.phrase, re.I
                    ):
                        continue  # the figure counts something we have no word for
                    group = "all"
                if not _compatible(outcome, group):
                    continue
                refined = _refined_outcome(s, fig.start, c.phrase, outcome, group)
                if refined is None:
                    continue
                if refined in ("abducted", "freed") and group == "all" and _PLAIN_PEOPLE.match(c.phrase):
                    # "abducted two persons from Kharkutta village": people taken or held with no
                    # word of a force or a side are civilians.
                    group = "civilians"
                pairs = [(refined, group)]
                if refined == "killed" and _TAKEN_THEN_KILLED.search(s[max(0, fig.start - 60): fig.start]):
                    pairs.append(("abducted", group))  # "abducted and later killed a teacher"
                next_start = counted[i + 1].figure.start if i + 1 < len(counted) else len(s)
                held = _HELD_BEFORE.match(s, c.phrase_end, next_start) if refined == "freed" else None
                if held:
                    # "freed 13 persons ... who were abducted by militants on January 31": the release
                    # also tells of the abduction, dated by its own clause.
                    pairs.append(("abducted", group))
                    taken_on = [
                        d.value for d in dates
                        if sent.start + held.end() <= d.start < sent.start + next_start
                        and d.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value)
                    ]
                    if taken_on:
                        pair_dates["abducted"] = taken_on[0]
            if not speakers and head_sp is None and turn is not None:
                sp = turn
            elif not speakers and head_sp is None and account is not None:
                sp = account
            elif not speakers and head_sp is None and index in backward:
                sp = _speaker_from_phrase(backward[index], "attributed", ctx)
            else:
                sp = _speaker_for(fig.start, speakers, head_sp, ctx)
            if sp.claimant_type == "unknown" and sp.claimant and _claims_the_act(s, sp.claimant):
                # "Protestants say they killed a Catholic": a side claiming the act is a party to it.
                sp = replace(sp, claimant_type="armed_group")
            if _OWN.match(s[c.figure.end:]):
                actor: str | None = sp.actor or sp.claimant
            else:
                inside = [
                    m for m in actor_mentions
                    if sent.start + c.figure.end <= m.start and m.end <= sent.start + c.phrase_end
                ]
                actor = inside[0].name if inside else None
            # A figure inside a clause about an earlier incident ("came a day after they killed four
            # other constables") is context, whatever the rest of the sentence reports.
            whole_at = counted[c.part_of].figure.start if c.part_of is not None else fig.start  # parts go with it
            claim_scope = "background" if scope == "event" and _in_earlier_clause(s, whole_at) else scope
            # The figure's own stretch of the sentence: from the last clause break after the figure
            # before ("... killed in Quetta and three policemen ...") to the figure after.
            lo = counted[i - 1].phrase_end if i else 0
            breaks = list(re.finditer(r"\b(?:and|but|while|whereas)\b|[,;]", s[lo: fig.start]))
            own_place = _place_of(sent, places, fig.start, (
                lo + breaks[-1].end() if breaks else lo, counted[i + 1].figure.start if i + 1 < len(counted) else len(s)
            ))
            where = own_place or (home_place if claim_scope == "event" else None)
            end = counted[c.merged[-1]].phrase_end if c.merged else c.phrase_end
            quote_end = min(len(s), max(fig.end, end))
            while quote_end > fig.end and s[quote_end - 1] in ".,;:!?\"'”’ ":
                quote_end -= 1
            for outcome, group in pairs:
                claims.append(
                    Claim(
                        id=_claim_id(article.id, sent.start + fig.start, sent.start + fig.end, outcome, group),
                        article_id=article.id,
                        sentence=s,
                        quote=s[fig.start: quote_end].strip(),
                        start=sent.start + fig.start,
                        end=sent.start + quote_end,
                        outcome=outcome,
                        group=group,
                        group_detail=c.phrase or None,
                        actor=actor,
                        figure=replace(fig, start=sent.start + fig.start, end=sent.start + fig.end),
                        claimant=sp.claimant,
                        claimant_type=sp.claimant_type,
                        via=sp.via,
                        stance=sp.stance,
                        # "according to unconfirmed reports": the source says so of itself.
                        verification="unverified" if _UNVERIFIED.search(sp.claimant or "") else None,
                        place=where.text if where else None,
                        place_resolved=(where.name or where.text) if where else None,
                        date=pair_dates.get(outcome) or (
                            (date or (home_day if scope == "event" else None)) if claim_scope == scope else None
                        ),
                        scope=claim_scope,
                        party_relation=_party_relation(sp, group, actor),
                        place_precision=own_place.precision if own_place else None,
                    )
                )
        # "..., but this report was denied by the armed forces": the denier's word stands beside each
        # figure the sentence reports, as a claim of its own with stance denied.
        if _DENIES_REPORT.search(s):
            for d in (sp for _, _, sp in speakers if sp.stance == "denied"):
                for reported in claims[first_of_sentence:]:
                    if reported.stance != "denied" and reported.claimant != d.claimant:
                        claims.append(replace(
                            reported,
                            id=_claim_id(article.id, reported.start, reported.end, reported.outcome,
                                         f"{reported.group}|denied"),
                            claimant=d.claimant, claimant_type=d.claimant_type, via=d.via, stance="denied",
                            party_relation=_party_relation(d, reported.group, reported.actor),
                        ))
        for _, _, sp in speakers:
            ctx.remember(sp)
        if head_sp is not None:
            ctx.remember(head_sp)
        _note_account(index, speakers or ([(0, len(s), head_sp)] if head_sp is not None and not is_headline else []))
    if unverified_claimants:
        claims = [
            replace(c, verification="unverified") if c.claimant in unverified_claimants else c for c in claims
        ]
    return claims


_CAPTIVITY = re.compile(
    r"\b(?:hostages?|captiv\w*|captors?|abduct\w*|kidnap\w*|held|custody|hideout|prisoners?|inmates?|"
    r"jail\w*|prisons?|detain\w*|trafficked|bonded|enslaved)\b",
    re.I,
)
_AUXILIARY = re.compile(r"\b(?:were|was|are|is|have|has|had|been|being|got|get|gets|remain|remained)\b", re.I)
_OBJECT_AFTER = re.compile(
    r"\s+(?:them|him|her|us|me|(?:the|a|an|his|her|their|its|two|three|four|five|several|dozens|scores|hundreds)\s+"
    r"(?!(?:day|night|morning|evening|afternoon|week|month|year|same|previous|following|next|other|last)\b))",
    re.I,
)
_PARTITIVE = re.compile(r"\s*of(?: the| these| those| its| their)?\s*", re.I)
_THEM_ALL = re.compile(
    r"[^.;]{0,80}?,\s*(?P<verb>killing|injuring|wounding)\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?(?:them|both)"
    r"(?:\s+(?:all|both))?\b",
    re.I,
)


_REPORTING = re.compile(r"\b(?:said|say|says|stated|claimed|told|according to|announced|added|reported)\b", re.I)


def _stated_figures(sentences: Sequence[Sentence]) -> dict[int, list[Figure]]:
    """The figures of every sentence that passes the pre-filter, read once for the whole stage."""
    return {
        i: [f for f in find_figures(sent.text) if f.value is None or f.value >= 0]
        for i, sent in enumerate(sentences)
        if can_hold_claim(sent.text)
    }


def _parse_needed(sentences: Sequence[Sentence], stated: Mapping[int, list[Figure]]) -> dict[int, Any]:
    """Parse, in one batch, only the sentences that can hold a claim or name a speaker.

    The parser is the costly part of extraction (bench/bench_pipeline.py); named entities are not
    needed here, so the recogniser is switched off.
    """
    wanted = [
        i for i, sent in enumerate(sentences)
        if (i in stated and (stated[i] or _IMPLIED_ONE.search(sent.text) or _NAMED_SUBJECT.search(sent.text)
                             or _KIN_ALONE.search(sent.text)
                             or _NAMED_SUCCUMBED.search(sent.text)
                             or _NAMED_OBJECT.search(sent.text)))
        or _REPORTING.search(sent.text)
    ]
    if not wanted:
        return {}
    parser = nlp.load(disable=("ner",))
    parsed = parser.pipe([_parse_form(sentences[i].text) for i in wanted], batch_size=64)
    return dict(zip(wanted, parsed, strict=True))


# A dateline opening a sentence ("kolkata: one person died ...") is not a speaker.
_DATELINE = re.compile(r"^[A-Za-z][\w .'’-]{1,30}:\s")


def _parse_form(sentence: str) -> str:
    """The sentence as the parser reads it best: no dateline, all-caps wire copy in sentence case.

    The result has the same length as the sentence, so parse offsets stay valid.
    """
    m = _DATELINE.match(sentence)
    if m and len(m.group(0).split()) <= 3:
        sentence = " " * m.end() + sentence[m.end():]
    letters = [c for c in sentence if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        stripped = sentence.lstrip()
        lead = len(sentence) - len(stripped)
        return sentence[:lead] + stripped[:1] + stripped[1:].lower()
    return sentence
