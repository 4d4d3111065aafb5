"""Export: the ledger as the JSON contract of DESIGN.md ("corroborator/1").

Every key of the contract is present, unknown values are null. A few keys are added, compatibly:
claim offsets (``start``/``end`` into the article text) and ``party_relation``; the reconciliation
``policy`` of each figure and ``party_relation`` of each claimant; ``earlier`` on syndication links.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from corroborator.records import (
    Claim,
    ClaimantFigure,
    Event,
    Extraction,
    Ledger,
    PassageLink,
    ReconciledFigure,
    Story,
)

SCHEMA = "corroborator/1"
FORMATS = ("json",)


def _figure(f: ReconciledFigure) -> dict[str, Any]:
    return {
        "outcome": f.outcome,
        "group": f.group,
        "low": f.low,
        "best": f.best,
        "high": f.high,
        "contradiction": f.contradiction,
        "independent_sources": f.independent_sources,
        "policy": f.policy,
        "claimants": [_claimant(c) for c in f.claimants],
    }


def _claimant(c: ClaimantFigure) -> dict[str, Any]:
    return {
        "claimant": c.claimant,
        "claimant_type": c.claimant_type,
        "low": c.low,
        "high": c.high,
        "claim_ids": list(c.claim_ids),
        "party_relation": c.party_relation,
    }


def article_json(e: Extraction) -> dict[str, Any]:
    """Return the export form of one article with its embeds and resolved mentions."""
    a = e.article
    return {
        "id": a.id,
        "path": a.path,
        "source": a.source,
        "url": a.url,
        "published": a.published,
        "title": a.title,
        "text": a.text,
        "embeds": [
            {"platform": m.platform, "author": m.author, "handle": m.handle, "date": m.date, "url": m.url,
             "text": m.text}
            for m in a.embeds
        ],
        "places": [
            {"text": p.text, "start": p.start, "end": p.end, "name": p.name, "country": p.country,
             "admin1": p.admin1, "admin2": p.admin2, "latitude": p.latitude, "longitude": p.longitude,
             "geonameid": p.geonameid, "precision": p.precision}
            for p in e.places
        ],
        "dates": [{"text": d.text, "start": d.start, "end": d.end, "value": d.value} for d in e.dates],
        "actors": [{"text": m.text, "start": m.start, "end": m.end, "name": m.name, "type": m.type}
                   for m in e.actors],
    }


def claim_json(c: Claim, event_id: str | None) -> dict[str, Any]:
    """Return the export form of one claim."""
    return {
        "id": c.id,
        "article_id": c.article_id,
        "sentence": c.sentence,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
        "outcome": c.outcome,
        "group": c.group,
        "group_detail": c.group_detail,
        "actor": c.actor,
        "value": c.value,
        "qualifier": c.qualifier,
        "low": c.low,
        "high": c.high,
        "claimant": c.claimant,
        "claimant_type": c.claimant_type,
        "via": c.via,
        "stance": c.stance,
        "verification": c.verification,
        "party_relation": c.party_relation,
        "place": c.place,
        "place_resolved": c.place_resolved,
        "date": c.date,
        "scope": c.scope,
        "event_id": event_id,
    }


def event_json(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "story_id": e.story_id, "date": e.date, "date_precision": e.date_precision,
        "country": e.country, "admin1": e.admin1, "admin2": e.admin2, "place": e.place,
        "latitude": e.latitude, "longitude": e.longitude, "geo_precision": e.geo_precision,
        "event_type": e.event_type, "sub_event_type": e.sub_event_type, "actor1": e.actor1,
        "actor2": e.actor2, "claim_ids": list(e.claim_ids), "figures": [_figure(f) for f in e.figures],
    }


def story_json(s: Story) -> dict[str, Any]:
    return {
        "id": s.id, "title": s.title, "article_ids": list(s.article_ids), "event_ids": list(s.event_ids),
        "date_start": s.date_start, "date_end": s.date_end, "figures": [_figure(f) for f in s.figures],
    }


def passage_json(p: PassageLink) -> dict[str, Any]:
    def side(s: Any) -> dict[str, Any]:
        return {"article_id": s.article_id, "start": s.start, "end": s.end, "text": s.text}

    return {"a": side(p.a), "b": side(p.b), "similarity": round(p.similarity, 4), "earlier": p.earlier}


def build_export(extractions: Iterable[Extraction], ledger: Ledger) -> dict[str, Any]:
    """Return the whole export document for the stored extractions and ledger."""
    articles: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for e in extractions:
        articles.append(article_json(e))
        claims.extend(claim_json(c, ledger.claim_events.get(c.id)) for c in e.claims)
    return {
        "schema": SCHEMA,
        "articles": articles,
        "claims": claims,
        "events": [event_json(e) for e in ledger.events],
        "stories": [story_json(s) for s in ledger.stories],
        "syndication": [passage_json(p) for p in ledger.passages],
    }


def write_json(document: dict[str, Any], out: TextIO) -> None:
    json.dump(document, out, ensure_ascii=False, indent=1)
    out.write("\n")
