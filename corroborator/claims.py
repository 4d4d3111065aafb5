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
  Reuters) and antecedents across sentences ("The group also stated", "the report stated"); an
  unattributed assertion is the outlet's own;
- the stance (said/claimed/admitted/alleged/denied), verification ("the group's claims remain
  unverified"), place, date and scope (``background`` for history: "over the years", "since 2004").

Only the candidate sentences are parsed with spaCy (issue 3, item 5: roughly one sentence in four
of a conflict report).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from corroborator import actors as actors_mod
from corroborator import nlp
from corroborator.figures import find_figures
from corroborator.records import (
    ActorMention,
    Article,
    Claim,
    DateMention,
    Figure,
    PlaceMention,
    Sentence,
)

# ---------------------------------------------------------------------------------------------
# Outcomes. Each pattern is read in one of two positions relative to the figure:
#   AFTER:  the figure's noun phrase then a predicate ("were killed", "dead", "taken hostage")
#   BEFORE: an active verb or a nominal lead-in, then the figure ("killing 11", "among the dead")
# ---------------------------------------------------------------------------------------------

_AFTER = [
    ("killed", r"(?:killed|dead|died|slain|shot dead|gunned down|lynched|beheaded|executed|massacred|"
               r"burnt alive|burned alive|lost their lives|perished|martyred|drowned|feared dead|confirmed dead|"
               r"eliminated|neutralised|neutralized|succumbed)\b"),
    ("killed", r"(?:bodies|deaths|fatalities|dead bodies|casualties|martyrs)\b"),
    ("injured", r"(?:injured|wounded|hurt|hospitali[sz]ed|critically injured|seriously injured)\b"),
    ("abducted", r"(?:were|was|have been|had been)?\s*(?:taken|held|kept|being held)\s+(?:as\s+)?(?:hostages?|captive)\b"),
    ("abducted", r"(?:were|was|have been|had been)?\s*(?:abducted|kidnapped|taken captive|seized|captured)\b"),
    ("abducted", r"hostages?\b"),
    ("arrested", r"(?:were|was|have been|had been)?\s*(?:arrested|detained|apprehended|nabbed|held|taken into custody|"
                 r"rounded up|in custody)\b"),
    ("freed", r"(?:were|was|have been|had been)?\s*(?:freed|released|rescued|escaped|set free|fled the jail)\b"),
    ("missing", r"(?:were|was|are|is|have been|remain|remained)?\s*(?:missing|unaccounted for)\b"),
    ("displaced", r"(?:were|was|have been|had been)?\s*(?:displaced|fled|evacuated|rendered homeless|left homeless)\b"),
    ("destroyed", r"(?:were|was|have been|had been)?\s*(?:(?:seized or )?destroyed|damaged|set ablaze|set on fire|"
                  r"torched|burnt|burned|razed|gutted|demolished|blown up|reduced to ashes|vandali[sz]ed|looted)\b"),
]
_BEFORE = [
    ("killed", r"\b(?:kill(?:ed|ing|s)?|slew|slaying|massacr(?:ed|ing)|shot dead|gunned down|executed|"
               r"eliminat(?:ed|ing)|neutrali[sz](?:ed|ing)|claim(?:ed|ing|s)? the li(?:fe|ves) of|"
               r"death toll (?:rose |climbed |reached |stood )?(?:to|at|of)|death of|deaths of|bodies of|"
               r"among the dead (?:were|are|was|included)|the dead (?:were|included|are)|lost|left|leaving)\b"),
    ("injured", r"\b(?:injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?|among the injured (?:were|are)|"
                r"the injured (?:were|included))\b"),
    ("abducted", r"\b(?:abduct(?:ed|ing|s)?|kidnapp?(?:ed|ing|s)?|took|taking|holding)\b(?:\s+hostage)?"),
    ("arrested", r"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|apprehend(?:ed|ing|s)?|nabb(?:ed|ing)|"
                 r"rounded up|taken into custody)\b"),
    ("freed", r"\b(?:free(?:d|ing|s)?|releas(?:ed|ing|es)|rescu(?:ed|ing|es)|escape of)\b"),
    ("displaced", r"\b(?:displac(?:ed|ing|es))\b"),
    ("destroyed", r"\b(?:destroy(?:ed|ing|s)?|torch(?:ed|ing)|burn(?:t|ed|ing)|damag(?:ed|ing)|set ablaze|"
                  r"set fire to|raz(?:ed|ing)|demolish(?:ed|ing))\b"),
]
# Auxiliaries and adverbs between the counted noun and its predicate ("have allegedly been killed").
_AUX = r"(?:(?:were|was|are|is|have|has|had|been|being|got|get|reportedly|allegedly|also|all|later|" \
       r"subsequently|either|both|were either)\s+){0,4}"
_AFTER_RE = [(o, re.compile(r"^\W*" + _AUX + p, re.I)) for o, p in _AFTER]
_BEFORE_RE = [(o, re.compile(p + r"\W*$", re.I)) for o, p in _BEFORE]
# Outcomes that only make sense for people, and those that only make sense for things.
_PEOPLE_OUTCOMES = {"killed", "injured", "abducted", "arrested", "freed", "missing", "displaced"}
_THINGS = {"property", "vehicles"}

# The cheap pre-filter: a sentence can hold a claim only if it has an outcome word.
_PREFILTER = re.compile(
    r"\b(?:kill|dead|death|die|slain|slay|shot|gunned|lynch|behead|execut|massacr|fatal|casualt|bod(?:y|ies)|"
    r"martyr|perish|lives|injur|wound|hurt|hospital|abduct|kidnap|hostage|captive|arrest|detain|apprehend|"
    r"nabb|custody|held|free|releas|rescu|escap|missing|displac|fled|flee|evacuat|homeless|destroy|damag|"
    r"ablaze|fire|torch|burn|raze|razed|gutted|demolish|blown|loot|vandal|lost|toll|eliminat|neutrali|"
    r"seiz|captur|drown|succumb)",
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
                 r"installations?|camps?|posts?|checkposts?|dwellings?|stores?|establishments?"),
    ("security_forces", r"security|soldiers?|troops?|troopers?|personnel|police(?:men|man|women|woman)?|"
                        r"cops?|constables?|jawans?|officers?|paramilitar(?:y|ies)|rangers?|guards?|"
                        r"commandos?|servicem[ae]n|army|armymen|military|sepoys?|havildars?|sub-inspectors?|"
                        r"inspectors?|crpf|bsf|itbp|ssb|frontier corps|fc|levies|gendarmes?|marines?|"
                        r"sailors?|airmen|pilots?|officials of the security|militiamen of the state"),
    ("militants", r"militants?|separatists?|rebels?|insurgents?|terrorists?|attackers?|fighters?|gunmen|"
                  r"gunman|assailants?|extremists?|jihadists?|maoists?|naxal(?:ite)?s?|cadres?|"
                  r"suicide bombers?|bombers?|guerrillas?|guerillas?|mujahideen|taliban|ultras?|"
                  r"infiltrators?|raiders?|combatants?|hardliners?|members of the|kidnappers?|abductors?"),
    ("civilians", r"civilians?|villagers?|residents?|women|woman|children|child|kids?|boys?|girls?|"
                  r"workers?|labou?rers?|passengers?|students?|pilgrims?|worshippers?|devotees?|farmers?|"
                  r"migrants?|shoppers?|bystanders?|journalists?|reporters?|teachers?|employees?|"
                  r"tourists?|traders?|shopkeepers?|drivers?|doctors?|nurses?|patients?|refugees?|"
                  r"locals?|family members|relatives|men|man|elders?|infants?|babies|baby|"
                  r"contractors?|engineers?|aid workers?|volunteers?|tribesmen|tribals?|fishermen|"
                  r"protesters?|protestors?|demonstrators?|mourners?|marchers?|"
                  r"hindus?|muslims?|christians?|sikhs?|shias?|sunnis?|dalits?|minorities|voters?"),
    ("all", r"people|persons?|individuals?|lives|others?|casualties|bodies|dead|victims?|souls?|"
            r"suspects?|those|citizens|population|baloch|pashtuns?|kurds?|nationals?"),
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
}
# Claimant type keywords, in priority order: the first family that matches the speaker wins.
_CLAIMANT_TYPES: list[tuple[str, str]] = [
    ("social_media", r"tweet|twitter|facebook post|telegram|social media|x post|video posted"),
    ("news_agency", r"reuters|associated press|\bap\b|afp|agence france|xinhua|\bpti\b|\bians\b|\bani\b|"
                    r"\buni\b|anadolu|tass|ria novosti|interfax|efe|dpa|bernama|kyodo|yonhap|\bagency\b|"
                    r"news agency|wire service|\bapp\b|\birna\b|\bsana\b|\bwam\b|pajhwok"),
    ("military", r"military|army|armed forces|ispr|defen[cs]e ministry|ministry of defen[cs]e|\bmod\b|"
                 r"defen[cs]e spokesman|general staff|troops|soldiers?|commander|brigadier|colonel|\bmajor\b|"
                 r"navy|air force|\biaf\b|paf|security sources|security officials?|security forces|"
                 r"security agencies|counter-?terrorism department|\bctd\b|\bbsf\b|\bcrpf\b|\bitbp\b|"
                 r"assam rifles|rangers|frontier corps|\bfc\b|\bidf\b|pentagon|centcom|coalition|"
                 r"military source|army source|defence source"),
    ("police", r"police|\bssp\b|\bdsp\b|\bsp\b|superintendent|inspector|constable|\bdgp\b|\bigp\b|"
               r"commissioner of police|station house officer|\bsho\b|gendarmerie|law enforcement|cops?"),
    ("ngo", r"united nations|\bun\b|\bu\.n\.|unama|unicef|unhcr|ocha|minusca|monusco|unmiss|human rights watch|"
            r"\bhrw\b|amnesty|red cross|red crescent|\bicrc\b|msf|m[ée]decins sans|observatory|\bsohr\b|"
            r"\bsatp\b|acled|airwars|collective|commission|rights group|ngo|charity|humanitarian|"
            r"watchdog|monitor|human rights"),
    ("witness", r"residents?|witness(?:es)?|eyewitness(?:es)?|locals?|villagers?|relatives|survivors?|"
                r"family|families|neighbou?rs?|tribal elders?|elders?|passers-?by"),
    ("media", r"newspaper|daily|television|\btv\b|channel|broadcaster|radio|website|news portal|"
              r"media|magazine|outlet|correspondent|reporter|journalist|times|tribune|post|herald|"
              r"gazette|express|dawn|\bbbc\b|\bcnn\b|al jazeera|the hindu"),
    ("government", r"official|officials|government|gov't|govt|ministry|minister|ministers|governor|mayor|"
                   r"district chief|administration|authorities|authority|spokesman for the government|"
                   r"magistrate|collector|deputy commissioner|\bdc\b|chief minister|president|prime minister|"
                   r"senator|lawmaker|mp\b|mla\b|council|interior|\bmoi\b|home department|home ministry|"
                   r"medical officer|hospital|doctors?|health (?:ministry|department|officials?)|"
                   r"rescue|emergency services|civil defen[cs]e|fire (?:service|department)|state media|"
                   r"provincial|district|tehsildar|chief secretary|embassy|consulate"),
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
    r"\b(?:over the (?:years|decades|past (?:decade|years|few years))|for (?:decades|years)|since (?:19|20)\d\d|"
    r"since the (?:start|beginning|outbreak)|in the past (?:decade|years|\d+ years)|so far this year|"
    r"this year alone|last year|in (?:19|20)\d\d|during the (?:war|conflict|insurgency)|"
    r"(?:have|has) been (?:killed|abducted|displaced|disappeared)[^.]*\b(?:years|decades)|"
    r"historically|to date|till date|in recent years|in total since|throughout the)\b",
    re.I,
)
_IMPLIED_ONE = re.compile(
    r"\b(?:(?:a|an|one)\s+(?:\w+\s+){0,2}?)?(?P<noun>soldier|policeman|police officer|officer|constable|jawan|"
    r"trooper|civilian|villager|child|boy|girl|woman|man|militant|rebel|terrorist|doctor|journalist|"
    r"volunteer|worker|teacher|student|farmer|guard|commander|leader|official|driver|shopkeeper|trader|"
    r"tourist|pilgrim|priest|cleric|activist|leader)\b",
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
        r"(?:\s*(?:of|of the|of its|of their|of its own|of their own|more|other|additional|further))*"
        r"(?P<np>(?:\s+(?!(?:were|was|are|is|have|had|has|who|which|that|and|or|but|in|at|on|near|during|"
        r"when|while|after|before|as|by|with|to|into|for|across|inside|outside|along|amid|following|"
        r"including|taken|held|killed|injured|wounded|dead|died|arrested|abducted|kidnapped|freed|"
        r"released|missing|displaced|destroyed|damaged|set|seized|reportedly|allegedly|also)\b)"
        r"[\w'’.-]+){0,6})",
        rest,
        re.I,
    )
    if not m:
        return "", fig_end
    np = m.group(0)
    return np.strip(), fig_end + len(np)


def _group_of(phrase: str) -> str | None:
    for group, rx in _GROUP_RES:
        if rx.search(phrase):
            if group == "property" and _SECURITY_CONTEXT.search(phrase) and not re.search(
                r"propert|building|house|office|bank|shop", phrase, re.I
            ):
                # "security posts" are property; "security personnel" are not: checked by order.
                return "property"
            return group
    return None


def _compatible(outcome: str, group: str | None) -> bool:
    """Things are destroyed, people are killed, injured, abducted ...; an unknown group may be either."""
    if group in _THINGS:
        return outcome in ("destroyed", "other")
    if group is not None:
        return outcome != "destroyed"
    return True


def _find_outcome(
    sentence: str, fig: Figure, np_end: int, prev_end: int, next_start: int, group: str | None
) -> tuple[str | None, int]:
    """Return the outcome nearest the figure in its clause, and the word distance to it."""
    best: tuple[str | None, int] = (None, 99)
    after = sentence[np_end:next_start]
    hits = []
    for outcome, rx in _AFTER_RE:
        m = rx.match(after)
        if not m or not _compatible(outcome, group):
            continue
        # A trigger directly followed by the next figure governs that one ("3 gunmen killed 5").
        if next_start < len(sentence) and not sentence[np_end + m.end(): next_start].strip(" ,"):
            continue
        hits.append((m.end(), outcome, _words_between(after[: m.start()])))
    if hits:
        _end, outcome, dist = min(hits)
        best = (outcome, dist)
    before = sentence[prev_end: fig.start]
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
            pat = re.compile(rx.pattern[: -len(r"\W*$")] + r"\b", re.I)
            found = list(pat.finditer(window))
            if found:
                dist = _words_between(window[found[-1].end():])
                if dist <= 3 and dist < best[1]:
                    best = (outcome, dist)
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


def claimant_type_of(phrase: str) -> str:
    """Return the claimant type of a speaker phrase ("Pakistani military officials" → military)."""
    for mention in actors_mod.find_actors(phrase):
        if mention.type in ("rebel_group", "political_militia", "identity_militia"):
            return "armed_group"
    for ctype, rx in _CLAIMANT_RES:
        if rx.search(phrase):
            return ctype
    return "unknown"


def _canonical(phrase: str) -> tuple[str, str | None]:
    """Return the speaker's name as the ledger shows it, and the actor it names, if any."""
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(" ,.;:\"'“”"), flags=re.I)
    phrase = re.sub(r"['’]s\b.*$", "", phrase) if re.search(r"['’]s\s+(?:statement|spokesman|spokesperson|claims?)", phrase, re.I) else phrase
    found = actors_mod.find_actors(phrase)
    if found:
        return found[0].name, found[0].name
    return phrase, None


def _speaker_from_phrase(phrase: str, stance: str, history: list[_Speaker]) -> _Speaker:
    phrase = " ".join(phrase.split()).strip(" ,.;:")
    chain = _CHAIN.match(phrase)
    if chain:
        via_name, _ = _canonical(chain.group("via"))
        who = chain.group("who")
        name, actor = _canonical(who)
        return _Speaker(name, claimant_type_of(who), via_name, stance, actor)
    bare = re.sub(r"^(?:the |this |that )", "", phrase.lower())
    bare = re.sub(r"['’]s (?:statement|spokesman|spokesperson)$", "", bare)
    if _ANAPHORA.match(phrase) or _ANAPHORA.match(bare):
        antecedent = _antecedent(bare, history)
        if antecedent is not None:
            return replace(antecedent, stance=stance)
    m = re.search(r"\b(?:by|of)\s+(?P<who>[A-Z][\w\s.'-]+)$", phrase)
    if m and re.match(r"(?:the )?(?:statement|spokesman|spokesperson|claim)", phrase, re.I):
        phrase = m.group("who")
    name, actor = _canonical(phrase)
    return _Speaker(name, claimant_type_of(phrase), None, stance, actor)


def _antecedent(bare: str, history: list[_Speaker]) -> _Speaker | None:
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
    elif "official" in bare or "ministry" in bare:
        wants = ("government", "military", "police")
    for sp in reversed(history):
        if wants is None or sp.claimant_type in wants:
            return sp
    return None


def _doc_speakers(doc: Any, history: list[_Speaker]) -> list[tuple[int, int, _Speaker]]:
    """Return (start char, end char, speaker) for each reporting verb or "according to" in a parsed sentence.

    The span is the part of the sentence the speaker governs (the verb's subtree), so a sentence
    with two reporting verbs attributes each figure to the verb whose clause holds it.
    """
    found: list[tuple[int, int, _Speaker]] = []
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            obj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if obj:
                span = doc[obj[0].left_edge.i: obj[0].right_edge.i + 1]
                sp = _speaker_from_phrase(span.text, "attributed", history)
                head = tok.head
                found.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge), sp))
            continue
        stance = _SPEECH_STANCE.get(tok.lemma_.lower())
        if stance is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        agent = [c for c in tok.children if c.dep_ == "agent"]
        who = None
        if subj and subj[0].lower_ not in ("it",) or subj and not agent:
            who = doc[subj[0].left_edge.i: subj[0].right_edge.i + 1]
            if who.text.lower() in ("which", "that", "who"):
                continue
        if agent:
            pobj = [c for c in agent[0].children if c.dep_ == "pobj"]
            if pobj:
                who = doc[pobj[0].left_edge.i: pobj[0].right_edge.i + 1]
        if who is None:
            continue
        if tok.lemma_.lower() in ("report", "show", "record", "indicate") and not re.search(
            r"[A-Z]|official|police|army|source", who.text
        ):
            continue
        sp = _speaker_from_phrase(who.text, stance, history)
        root = tok
        found.append((root.left_edge.idx, root.right_edge.idx + len(root.right_edge), sp))
    return found


def _headline_speaker(text: str, history: list[_Speaker]) -> _Speaker | None:
    """Return the source named by headline conventions (": MoD", "- official", "Army claims", ", police say")."""
    t = text.strip()
    patterns = [
        (r":\s*(?P<who>[^:]{2,60}?)\s*$", "attributed"),
        (r"\s[-–—]\s*(?P<who>[^-–—]{2,60}?)\s*$", "attributed"),
        (r",\s*(?P<who>[^,]{2,40}?)\s+(?:say|says|said|claim|claims)\.?\s*$", "attributed"),
        (r"^(?P<who>[^:]{2,40}?):\s", "attributed"),
        (r"^(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5}?)\s+(?:says|say|claims|claim|reports|report)\b", "attributed"),
    ]
    for pattern, stance in patterns:
        m = re.search(pattern, t)
        if not m:
            continue
        who = m.group("who").strip()
        if re.search(r"\d", who) or len(who.split()) > 8:
            continue
        if re.search(r"\bclaims?\b", m.group(0)):
            stance = "claimed"
        return _speaker_from_phrase(who, stance, history)
    return None


def _outlet(article: Article) -> _Speaker:
    return _Speaker(article.source, "media", None, "asserted", None)


# ---------------------------------------------------------------------------------------------


def _speaker_for(
    pos: int, speakers: Sequence[tuple[int, int, _Speaker]], head_sp: _Speaker | None, article: Article
) -> _Speaker:
    """The speaker whose clause holds position ``pos``; else the sentence's last; else the outlet."""
    governing = [sp for (a, b, sp) in speakers if a <= pos < b]
    if governing:
        return governing[-1]
    if speakers:
        return speakers[-1][2]
    if head_sp is not None:
        return head_sp
    return _outlet(article)


def _mentions_in(sentence: Sentence, mentions: Iterable[Any]) -> list[Any]:
    return [m for m in mentions if m.start >= sentence.start and m.end <= sentence.end]


def _place_of(sentence: Sentence, places: Sequence[PlaceMention]) -> tuple[str | None, int | None]:
    inside = [p for p in _mentions_in(sentence, places) if p.feature != "country"]
    if not inside:
        return None, None
    best = min(inside, key=lambda p: (p.precision or 3, p.start))
    return best.name or best.text, best.precision


def _date_of(sentence: Sentence, dates: Sequence[DateMention]) -> str | None:
    for d in _mentions_in(sentence, dates):
        if d.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value):
            return d.value
    return None


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


def _implied_figures(text: str, is_headline: bool) -> list[Figure]:
    """Singular casualties stated as a noun: "a soldier was killed", "Italian volunteer killed"."""
    out = []
    for m in _IMPLIED_ONE.finditer(text):
        lead = text[max(0, m.start() - 12): m.start()].lower()
        has_article = bool(re.match(r"(?:a|an|one)\s", m.group(0), re.I))
        if not has_article and not is_headline:
            continue
        if re.search(r"\d\s*$|\bthe\s*$|\bof\s*$|\bwho\s*$", lead):
            continue
        out.append(Figure(1, "exact", 1, 1, m.group(0), m.start(), m.end()))
    return out


def extract_claims(
    article: Article,
    sentences: Sequence[Sentence],
    places: Sequence[PlaceMention] = (),
    dates: Sequence[DateMention] = (),
    actor_mentions: Sequence[ActorMention] = (),
) -> list[Claim]:
    """Return every claim in the article body, in text order, with claimant, stance and scope."""
    history: list[_Speaker] = []
    claims: list[Claim] = []
    parser = None
    unverified_claimants: set[str] = set()
    text = article.text
    for sent in sentences:
        s = sent.text
        if _UNVERIFIED.search(s):
            owner = re.search(r"(?P<who>[\w'’ ]+?)['’]s? (?:claims?|figures?|statement|account)", s)
            if owner:
                sp = _speaker_from_phrase(owner.group("who"), "attributed", history)
                if sp.claimant:
                    unverified_claimants.add(sp.claimant)
            elif history and history[-1].claimant:
                unverified_claimants.add(history[-1].claimant)
        if not can_hold_claim(s):
            if parser is None and not re.search(r"\b(?:said|say|says|stated|claimed|added|told)\b", s):
                continue
            # Reporting sentences without figures still set the antecedent for the next one.
            if re.search(r"\b(?:said|says|stated|claimed|told|according to|announced)\b", s):
                parser = parser or nlp.load()
                for _, _, sp in _doc_speakers(parser(s), history):
                    history.append(sp)
            continue
        is_headline = sent.heading or (len(sentences) == 1 and not s.rstrip().endswith("."))
        found = [f for f in find_figures(s) if f.value is None or f.value >= 0]
        implied = [] if found else _implied_figures(s, is_headline)
        if not found and not implied:
            continue
        parser = parser or nlp.load()
        doc = parser(s)
        speakers = _doc_speakers(doc, history)
        head_sp = _headline_speaker(s, history) if is_headline or not speakers else None
        scope = "background" if _BACKGROUND.search(s) else "event"
        place, place_precision = _place_of(sent, places)
        date = _date_of(sent, dates)

        figures = sorted(found + implied, key=lambda f: f.start)
        outcomes: list[tuple[Figure, str | None, str | None, str, int]] = []
        for i, fig in enumerate(figures):
            prev_end = figures[i - 1].end if i else 0
            next_start = figures[i + 1].start if i + 1 < len(figures) else len(s)
            np_text, np_end = _noun_phrase(s, fig.end)
            if fig.value == 1 and fig.qualifier == "exact" and fig in implied:
                np_text, np_end = fig.text, fig.end
            group = _group_of(np_text) if np_text else None
            if re.match(r"\s*(?:of\s+)?(?:its|their)\s+own\b", s[fig.end:], re.I):
                group = group or "militants"
            outcome, _dist = _find_outcome(s, fig, np_end, prev_end, next_start, group)
            outcome = _lost_is_killed(outcome, s, fig)
            lead = s[max(0, fig.start - 12): fig.start].lower()
            if re.search(r"including\s*$", lead):
                continue  # a part of the figure before it ("11 civilians, including 3 women")
            if fig.value == 0 and outcome is None and re.search(r"casualt|loss of li|harm", s[fig.start: np_end + 30], re.I):
                # "no casualties" says nobody was killed and nobody was injured: two zero claims.
                outcomes.append((fig, "killed", "all", "", np_end))
                outcomes.append((fig, "injured", "all", "", np_end))
                continue
            outcomes.append((fig, outcome, group, np_text, np_end))
        # Coordinated figures share an outcome and, when they count nothing of their own, a group.
        for i, (fig, outcome, group, np_text, np_end) in enumerate(outcomes):
            if outcome is None:
                prev = outcomes[i - 1][1] if i else None
                nxt = outcomes[i + 1][1] if i + 1 < len(outcomes) else None
                joiner_prev = s[outcomes[i - 1][4]: fig.start] if i else ""
                joiner_next = s[np_end: outcomes[i + 1][0].start] if i + 1 < len(outcomes) else ""
                if prev and re.fullmatch(r"[\s,]*(?:and|along with|as well as|besides|plus|while|,)?[\s,]*", joiner_prev):
                    outcome = prev
                elif nxt and re.fullmatch(r"[\s,]*(?:and|along with|as well as|,)?[\s,]*", joiner_next):
                    outcome = nxt
            if group is None and i and outcome is not None:
                group = outcomes[i - 1][2] if not np_text else None
            outcomes[i] = (fig, outcome, group, np_text, np_end)

        for fig, outcome, group, np_text, _np_end in outcomes:
            if outcome is None:
                continue
            if group is None:
                if np_text and re.match(r"[a-z]", np_text) and outcome in _PEOPLE_OUTCOMES and not re.match(
                    r"(?:were|was|are|is|have|had|taken|held|dead|killed|injured)\b", np_text, re.I
                ):
                    # The figure counts something we have no word for: not a casualty figure.
                    continue
                group = "all"
            if group in _THINGS and outcome in _PEOPLE_OUTCOMES:
                if outcome not in ("killed",):
                    continue
                continue
            if group not in _THINGS and outcome == "destroyed":
                continue
            sp = _speaker_for(fig.start, speakers, head_sp, article)
            actor = None
            if re.match(r"\s*(?:of\s+)?(?:its|their)\s+own\b", s[fig.end:], re.I):
                actor = sp.actor or sp.claimant
            else:
                inside = [
                    m for m in actor_mentions
                    if sent.start + fig.end <= m.start and m.end <= sent.start + _np_end
                ]
                actor = inside[0].name if inside else None
            quote_end = min(len(s), max(fig.end, _np_end))
            while quote_end > fig.end and s[quote_end - 1] in ".,;:!?\"'”’ ":
                quote_end -= 1
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
                    group_detail=np_text or None,
                    actor=actor,
                    figure=replace(fig, start=sent.start + fig.start, end=sent.start + fig.end),
                    claimant=sp.claimant,
                    claimant_type=sp.claimant_type,
                    via=sp.via,
                    stance=sp.stance,
                    verification=None,
                    place=place,
                    date=date,
                    scope=scope,
                    party_relation=_party_relation(sp, group, actor),
                    place_precision=place_precision,
                )
            )
        for _, _, sp in speakers:
            history.append(sp)
        if head_sp is not None:
            history.append(head_sp)
    del text
    if unverified_claimants:
        claims = [
            replace(c, verification="unverified") if c.claimant in unverified_claimants else c for c in claims
        ]
    return claims
