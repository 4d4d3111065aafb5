"""Extract stage: every figure about people or things in an article becomes a Claim.

For each sentence that can hold a claim (a cheap pre-filter: an outcome word and a quantity), the
stage finds

- the figures (``figures.find_figures``) and, for each, the outcome it is about: the nearest
  outcome word in the figure's clause, read by its form: a participle or predicate after the
  figure ("15 soldiers were killed", "18 taken hostage"), an active verb or "among the dead"
  before it ("killing 11 civilians", "freeing at least 30 inmates"); coordinated figures share an
  outcome ("92 separatists, along with 15 security personnel and 18 civilians");
- the group, from the words the figure counts ("security personnel" → security_forces);
- the claimant, from the reporting verbs and "according to" phrases of the parsed sentence, with
  chains ("a report by Reuters that quoted Pakistani military officials": the officials, via
  Reuters) and antecedents across sentences ("The group also stated", "the report stated"); a
  source's account goes on into the sentences after it ("The FC officials said that 40 militants
  attacked. As a result, ...") while they are tied to it by a connective or a pronoun, until a new
  scene or a new source; an unattributed assertion is the outlet's own;
- the stance (said/claimed/admitted/alleged/denied), verification ("the group's claims remain
  unverified"), place, date and scope (``background`` for history: "over the years", "since 2004").

Only the candidate sentences and the reporting sentences are parsed with spaCy (issue 3, item 5).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from corroborator import actors as actors_mod
from corroborator import nlp
from corroborator.dates import event_date
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
from corroborator.segment import caseless

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
_AFTER_RE = [(o, re.compile(r"^\W*" + _SKIP_LIST + _SKIP + _AUX + p, re.I)) for o, p in _AFTER]
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
                  r"protesters?|protestors?|demonstrators?|mourners?|marchers?|"
                  r"catholics?|protestants?|jews?|yazidis?|alawites?|copts?|ahmadis?|hindus?|muslims?|christians?|sikhs?|shias?|sunnis?|dalits?|minorities|voters?"),
    ("all", r"people|persons?|individuals?|lives|others?|casualties|bod(?:y|ies)|dead|victims?|souls?|"
            r"suspects?|hostages?|captives?|those|citizens|population|baloch|pashtuns?|kurds?|nationals?"),
]
_GROUP_RES = [(g, re.compile(r"\b(?:" + p + r")\b", re.I)) for g, p in _GROUP_WORDS]
# Security words that, read with a government word, still mean the state's forces.
_SECURITY_CONTEXT = re.compile(r"\b(?:security|army|military|police|forces?)\b", re.I)

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


@dataclass(frozen=True, slots=True)
class _Speaker:
    claimant: str | None
    claimant_type: str
    via: str | None
    stance: str
    actor: str | None


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
        r"(?:\s*(?:of|of the|of its|of their|of its own|of their own|more|additional|further)\b)*"
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


# ---------------------------------------------------------------------------------------------
# Attribution
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
    return phrase, None


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
# A dateline opening a sentence ("kolkata: one person died ...") is not a speaker.
_DATELINE = re.compile(r"^[A-Za-z][\w .'’-]{1,30}:\s")


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
        if claimant_type_of(name) in ("media", "news_agency"):
            name = re.sub(r"^the\s+", "The ", name, flags=re.I)
            return name.title() if no_case else name
    return None


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
    if m and re.match(r"(?:the |an? )?(?:statement|spokesman|spokesperson|claim)", phrase, re.I):
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
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", bare)  # "the committee (coprefa)"
    # A speaker the text abbreviates ("COPREFA") is typed by its long form when its own words say
    # nothing; its long form is the same claimant, named as the text abbreviates it.
    long_form = ctx.acronyms.get(bare)
    if long_form is None:
        for short, long in ctx.acronyms.items():
            if bare == long.lower():
                long_form, phrase = long, short.upper()
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
    dateline = _DATELINE_PLACE.match(text)
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


# Where a report was filed, not what it reports: "BOGOTA, 1 SEP 88 (INRAVISION ...) --",
# "kolkata: one person died ...", "ISLAMABAD (Reuters) -".
_DATELINE_PLACE = re.compile(
    r"^\s*[A-Za-z][\w .'’-]{1,40}?(?:,\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})(?:,?\s+\d{2,4})?\s*)?"
    r"(?:\s*\([^()\n]{1,60}\))?\s*(?:--|—|–|-|:)\s",
)


def _article_place(places: Sequence[PlaceMention], sentences: Sequence[Sentence] = ()) -> PlaceMention | None:
    """The place the article is about: the finest its lead names (the first sentence that names one
    below country level, a dateline aside), else the one it names most often (its first mention)."""
    for sent in sentences:
        own = _place_of(sent, places)
        dateline = _DATELINE_PLACE.match(sent.text)
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


def _date_of(sentence: Sentence, dates: Sequence[DateMention]) -> str | None:
    for d in _mentions_in(sentence, dates):
        if d.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value):
            return d.value
    return None


# A day that dates the report, not the event: "police said on Monday", "officials told AFP Tuesday",
# "OFFICIAL SOURCES TODAY REPORTED THAT".
_REPORT_VERB_BEFORE = re.compile(
    r"\b(?:said|says|reported|announced|stated|added|confirmed|told\s+[\w.-]+(?:\s+[\w.-]+)?)\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
_REPORT_VERB_AFTER = re.compile(
    r"^\s+(?:said|says|reported|announced|stated|confirmed|broadcasts?|aired|airs)\b", re.I
)


def _event_dates(text: str, dates: Sequence[DateMention]) -> list[DateMention]:
    """The date mentions that may date an event: not those that date the report itself (a
    dateline's, "said on Friday")."""
    dateline = _DATELINE_PLACE.match(text)
    return [
        d for d in dates
        if not (dateline and d.end <= dateline.end())
        and not _REPORT_VERB_BEFORE.search(text[max(0, d.start - 40): d.start])
        and not _REPORT_VERB_AFTER.match(text[d.end: d.end + 20])
    ]


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


_PART_LEAD = re.compile(
    r"(?:including|includ(?:ed|es)|among them|among whom|of whom|of them|out of which|of which|"
    r"which included|who included)\W*(?:at least\s+|as many as\s+)?$",
    re.I,
)
_PART_LEAD_ANY = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|which included|who included)\b", re.I
)
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
            if re.match(r"\s*,?\s*(?:including|among them)\b", s[end:], re.I):
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
            if _PART_LEAD.search(lead) or continues_parts or listed or of_them:
                root = counted[-1].part_of if counted[-1].part_of is not None else len(counted) - 1
                c.part_of = root
                counted[root].parts.append(len(counted))
                if re.match(r"(?:from|in|at|near|under)\b", phrase, re.I) and counted[root].group:
                    # "eight villagers, including five from Katlang village under Bijepur Police
                    # limits": the parts are of the whole's kind, whatever their places are called.
                    c.group = counted[root].group
        counted.append(c)
    return counted


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
    dates = _event_dates(article.text, dates)
    home_day, home_precision = event_date(dates, article.published)
    if home_precision != "day":
        home_day = None
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
