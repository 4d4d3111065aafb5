"""Events stage: a story's articles into events (one place, one day: ACLED's unit) and the story.

A story holds one main event, at the place its reports name most often at the coarsest level
(the province-wide operation), and one more event for each locality that some claims are pinned
to when the story also has claims about the whole (the Gwadar camp attack inside the province-wide
operation). Claims without a place of their own belong to the main event. Each event and the story
get reconciled figures.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from corroborator.reconcile import reconcile
from corroborator.records import (
    ARMED_GROUP_TYPES,
    Claim,
    Event,
    Extraction,
    PlaceMention,
    Story,
)

Classifier = Callable[[str], tuple[str, str]]
EventDater = Callable[[Sequence[Extraction]], tuple[str | None, str | None]]
# Claims without a place of their own belong to the event of their article's main place and day.


def _digest(*parts: str | None) -> str:
    return hashlib.sha1("\x1f".join(p or "" for p in parts).encode()).hexdigest()[:16]


def _place_key(p: PlaceMention) -> tuple[str | None, str | None, str | None]:
    return (p.name or p.text, p.admin1, p.country)


def _main_place(extractions: Sequence[Extraction]) -> PlaceMention | None:
    """The place the story's reports name most often, preferring the level that covers the rest.

    Counting at the admin1 level first lets "Balochistan" win over its own towns; a story about one
    town names that town most and its province seldom.
    """
    places = [p for e in extractions for p in e.places if p.country]
    if not places:
        return None
    counts = Counter(_place_key(p) for p in places)
    country_votes = Counter(p.country for p in places)
    top_country = country_votes.most_common(1)[0][0]
    in_country = [p for p in places if p.country == top_country]
    admin1_votes = Counter(p.admin1 for p in in_country if p.admin1)
    if not admin1_votes:
        return max(in_country, key=lambda p: (counts[_place_key(p)], p.precision or 0))
    top_admin1 = admin1_votes.most_common(1)[0][0]
    inside = [p for p in in_country if p.admin1 == top_admin1]
    # Among the places inside the leading admin1, the most frequent; ties go to the coarser one.
    return max(inside, key=lambda p: (counts[_place_key(p)], p.precision or 0))


# A sentence reporting an assault on a target of its own tells of a separate incident within the
# story: "militants also stormed a district jail, freeing at least 30 inmates".
_INCIDENT = re.compile(
    r"\b(?:stormed|attacked|raided|struck|targeted|overran|besieged|bombed|ambushed|set fire to|torched)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<target>jail|prison|camp|market|mosque|church|temple|school|"
    r"hospital|police station|check-?post|post|base|bank|office|convoy|bus|train|hotel|court(?:house)?|"
    r"compound|village|checkpoint|airport|station|cantonment|headquarters)\b",
    re.IGNORECASE,
)


def incident_target(sentence: str) -> str | None:
    """Return what a sentence reports an assault on ("jail", "camp"), or None."""
    m = _INCIDENT.search(sentence)
    return m.group("target").lower() if m else None


def _within_days_before(day: str | None, published: str | None, days: int) -> bool:
    if not day or not published or len(day) != 10 or len(published) != 10:
        return False
    try:
        gap = (dt.date.fromisoformat(published) - dt.date.fromisoformat(day)).days
    except ValueError:
        return False
    return 0 <= gap <= days


def _find_mention(extraction: Extraction, name: str | None) -> PlaceMention | None:
    if not name:
        return None
    low = name.lower()
    for p in extraction.places:
        if p.text.lower() == low or (p.name or "").lower() == low:
            return p
    return None


def _actors(extractions: Sequence[Extraction]) -> tuple[str | None, str | None]:
    """The two sides named most often, an armed group first where one is named."""
    counts: Counter[str] = Counter()
    kinds: dict[str, str | None] = {}
    for e in extractions:
        for a in e.actors:
            counts[a.name] += 1
            kinds[a.name] = a.type
    ranked = sorted(counts, key=lambda n: (-counts[n], n))[:2]
    ranked.sort(key=lambda n: 0 if kinds.get(n) in ARMED_GROUP_TYPES else 1)
    return (ranked[0] if ranked else None, ranked[1] if len(ranked) > 1 else None)


def _vote_type(extractions: Sequence[Extraction]) -> tuple[str | None, str | None]:
    votes = Counter(
        (e.event_type, e.sub_event_type) for e in extractions if e.event_type and e.sub_event_type
    )
    if not votes:
        return (None, None)
    return votes.most_common(1)[0][0]


@dataclass(slots=True)
class _Draft:
    """An event being assembled: its place and day, the articles that report it, its claims."""

    place: PlaceMention | None
    date: str | None
    precision: str | None
    articles: list[Extraction] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    pinned_text: list[str] = field(default_factory=list)  # sentences of claims pinned here


def build_story(
    story_id: str,
    extractions: Sequence[Extraction],
    origins: Mapping[str, str],
    event_date: EventDater,
    classify: Classifier,
    policy: str = "conservative",
) -> tuple[Story, list[Event], dict[str, str]]:
    """Return the story, its events, and claim id → event id for the story's ``extractions``.

    Articles are grouped by their own main place and day: reports of one incident share both, and
    a story that gathered reports of several places or days gets one event for each. Within a
    group, claims pinned to another locality (the Gwadar camp inside a province-wide operation)
    form an event of that locality when other claims speak of the whole.
    """
    published = {e.article.id: e.article.published for e in extractions}
    story_place = _main_place(extractions)
    drafts: dict[str, _Draft] = {}

    def draft(
        place: PlaceMention | None, date: str | None, precision: str | None, target: str | None = None
    ) -> tuple[str, _Draft]:
        eid = _digest(story_id, (place.name or place.text) if place else None, date, target)
        if eid not in drafts:
            drafts[eid] = _Draft(place, date, precision)
        return eid, drafts[eid]

    dated = {e.article.id: event_date([e]) for e in extractions}
    mentioned = Counter(
        dated[e.article.id] for e in extractions if any(m.value == dated[e.article.id][0] for m in e.dates)
    )
    for e in extractions:
        place = _main_place([e]) or story_place
        date, precision = dated[e.article.id]
        if mentioned and not any(m.value == date for m in e.dates):
            # No date of its own (only the day it was published): the day the story's other
            # reports give, when that lies in the three days before publication.
            (day, day_precision), _ = mentioned.most_common(1)[0]
            if _within_days_before(day, e.article.published, 3):
                date, precision = day, day_precision
        eid, main = draft(place, date, precision)
        main.articles.append(e)
        claims = [c for c in e.claims if c.scope == "event"]
        # Claims pinned to a locality other than the article's place, or to an incident of their
        # own (an assault on a jail within a province-wide operation).
        pinned: dict[tuple[object, ...], tuple[PlaceMention | None, str | None, list[Claim]]] = {}
        for c in claims:
            m = _find_mention(e, c.place)
            elsewhere = m is not None and m.precision in (1, 2) and (place is None or _place_key(m) != _place_key(place))
            target = incident_target(c.sentence)
            if elsewhere or target:
                at = m if elsewhere else place
                key = (_place_key(at) if at else None, target)
                pinned.setdefault(key, (at, target, []))[2].append(c)
        whole = [c for c in claims if not any(c in cs for _, _, cs in pinned.values())]
        if not whole:
            pinned = {}  # every claim is about one place or incident: the article is about it
            whole = claims
        main.claims.extend(whole)
        for at, target, cs in pinned.values():
            _, sub = draft(at, date, precision, target)
            sub.claims.extend(cs)
            sub.pinned_text.extend(c.sentence for c in cs)

    actor1, actor2 = _actors(extractions)
    events: list[Event] = []
    claim_events: dict[str, str] = {}
    for eid, d in drafts.items():
        if d.articles:
            etype = _vote_type(d.articles)
        else:
            etype = classify(" ".join(dict.fromkeys(d.pinned_text)))
        for c in d.claims:
            claim_events[c.id] = eid
        p = d.place
        events.append(
            Event(
                id=eid,
                story_id=story_id,
                date=d.date,
                date_precision=d.precision,
                country=p.country if p else None,
                admin1=p.admin1 if p else None,
                admin2=p.admin2 if p else None,
                place=(p.name or p.text) if p else None,
                latitude=p.latitude if p else None,
                longitude=p.longitude if p else None,
                geo_precision=p.precision if p else None,
                event_type=etype[0],
                sub_event_type=etype[1],
                actor1=actor1,
                actor2=actor2,
                claim_ids=tuple(c.id for c in d.claims),
                figures=reconcile(d.claims, origins, published, policy),
            )
        )
    # The event most reports speak of comes first.
    events.sort(key=lambda ev: -len(drafts[ev.id].articles))
    days = sorted(ev.date for ev in events if ev.date and len(ev.date) == 10)
    first = min(extractions, key=lambda e: (e.article.published or "9999", e.article.id))
    event_claims = [c for e in extractions for c in e.claims if c.scope == "event"]
    story = Story(
        id=story_id,
        title=first.article.title,
        article_ids=tuple(e.article.id for e in extractions),
        event_ids=tuple(ev.id for ev in events),
        date_start=days[0] if days else None,
        date_end=days[-1] if days else None,
        figures=reconcile(event_claims, origins, published, policy),
    )
    return story, events, claim_events
