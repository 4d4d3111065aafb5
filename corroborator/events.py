"""Events stage: a story's articles into events (one place, one day: ACLED's unit) and the story.

A story holds one main event, at the place its reports name most often at the coarsest level
(the province-wide operation), and one more event for each locality that some claims are pinned
to when the story also has claims about the whole (the Gwadar camp attack inside the province-wide
operation). Claims without a place of their own belong to the main event. Each event and the story
get reconciled figures.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from corroborator.reconcile import reconcile
from corroborator.records import (
    ActorMention,
    Claim,
    Event,
    Extraction,
    PlaceMention,
    Story,
)

Classifier = Callable[[str], tuple[str, str]]
EventDater = Callable[[Sequence[Extraction]], tuple[str | None, str | None]]


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
    ranked.sort(key=lambda n: 0 if kinds.get(n) in ("rebel_group", "political_militia", "identity_militia") else 1)
    return (ranked[0] if ranked else None, ranked[1] if len(ranked) > 1 else None)


def _vote_type(extractions: Sequence[Extraction]) -> tuple[str | None, str | None]:
    votes = Counter(
        (e.event_type, e.sub_event_type) for e in extractions if e.event_type and e.sub_event_type
    )
    if not votes:
        return (None, None)
    return votes.most_common(1)[0][0]


def build_story(
    story_id: str,
    extractions: Sequence[Extraction],
    origins: Mapping[str, str],
    event_date: EventDater,
    classify: Classifier,
    policy: str = "conservative",
) -> tuple[Story, list[Event], dict[str, str]]:
    """Return the story, its events, and claim id → event id for the story's ``extractions``."""
    published = {e.article.id: e.article.published for e in extractions}
    claims = [c for e in extractions for c in e.claims]
    event_claims = [c for c in claims if c.scope == "event"]
    date, precision = event_date(extractions)
    main_place = _main_place(extractions)
    actor1, actor2 = _actors(extractions)
    event_type, sub_event_type = _vote_type(extractions)
    by_article = {e.article.id: e for e in extractions}

    # Localities that claims are pinned to, split off only when other claims speak of the whole.
    pinned: dict[tuple[str | None, str | None, str | None], list[Claim]] = {}
    mentions: dict[tuple[str | None, str | None, str | None], PlaceMention] = {}
    for c in event_claims:
        m = _find_mention(by_article[c.article_id], c.place)
        if m is not None and m.precision in (1, 2) and (main_place is None or _place_key(m) != _place_key(main_place)):
            pinned.setdefault(_place_key(m), []).append(c)
            mentions[_place_key(m)] = m
    whole = [c for c in event_claims if not any(c in cs for cs in pinned.values())]
    if not whole:
        # Every claim is pinned to a locality: the story is about that place, no split.
        if len(pinned) == 1:
            only = next(iter(mentions.values()))
            main_place = only
        pinned = {}
        whole = event_claims

    events: list[Event] = []
    claim_events: dict[str, str] = {}

    def make(place: PlaceMention | None, cs: Sequence[Claim], etype: tuple[str | None, str | None]) -> Event:
        eid = _digest(story_id, place.name if place else None, date)
        for c in cs:
            claim_events[c.id] = eid
        return Event(
            id=eid,
            story_id=story_id,
            date=date,
            date_precision=precision,
            country=place.country if place else None,
            admin1=place.admin1 if place else None,
            admin2=place.admin2 if place else None,
            place=(place.name or place.text) if place else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            geo_precision=place.precision if place else None,
            event_type=etype[0],
            sub_event_type=etype[1],
            actor1=actor1,
            actor2=actor2,
            claim_ids=tuple(c.id for c in cs),
            figures=reconcile(cs, origins, published, policy),
        )

    events.append(make(main_place, whole, (event_type, sub_event_type)))
    for key, cs in pinned.items():
        sentences = " ".join(dict.fromkeys(c.sentence for c in cs))
        events.append(make(mentions[key], cs, classify(sentences)))

    dates = sorted(e.date for e in events if e.date and len(e.date) == 10)
    first = min(extractions, key=lambda e: (e.article.published or "9999", e.article.id))
    story = Story(
        id=story_id,
        title=first.article.title,
        article_ids=tuple(e.article.id for e in extractions),
        event_ids=tuple(e.id for e in events),
        date_start=dates[0] if dates else None,
        date_end=dates[-1] if dates else None,
        figures=reconcile(event_claims, origins, published, policy),
    )
    return story, events, claim_events


def with_events(claims: Sequence[Claim], claim_events: Mapping[str, str]) -> list[Claim]:
    """Return the claims with ``event_id`` filled in from ``claim_events``."""
    return [replace(c, event_id=claim_events.get(c.id)) for c in claims]


__all__ = ["ActorMention", "build_story", "with_events"]
