"""The data flow of DESIGN.md, written down in one place.

    files ─► ingest ─► clean ─► segment ─► extract ─► dedup ─► cluster ─► reconcile ─► store ─► export

``process_article`` composes the per-article stages (pure, independent per article: they map over
partitions on a cluster as well as over a list); ``build_ledger`` composes the global ones (dedup,
cluster, events and reconciliation), which see every stored article; ``run`` drives both against a
store, one transaction per article, so an interrupted run keeps what it finished.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from corroborator import actors, claims, clean, cluster, dates, dedup, event_types, ingest, places, segment
from corroborator.events import build_story
from corroborator.reconcile import check_policy, claim_origins
from corroborator.records import Article, Extraction, Ledger, PlaceMention, Rejection
from corroborator.store import Store

# Named things other than places that tell one incident from a similar one (scripts/eval_stories.py).
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT"})


def _country_hint(found: Sequence[PlaceMention]) -> str | None:
    counts = Counter(p.country for p in found if p.country)
    return counts.most_common(1)[0][0] if counts else None


def _classification_text(article: Article) -> str:
    """The body: headlines lead with claims of responsibility ("rebels claim killing 84") that would
    outweigh what happened in the type classifier's lead-sentence weighting."""
    return article.text if article.text.strip() else (article.title or "")


def process_article(article: Article) -> Extraction:
    """Return everything the per-article stages find in one article as read by ingest."""
    cleaned = clean.clean(article)
    sentences = tuple(segment.segment(cleaned.text))
    # One pass of the recogniser serves places and the names story clustering weighs.
    doc = places.ner_pipeline()(cleaned.text) if cleaned.text.strip() else None
    found_places = tuple(places.find_places(cleaned.text, doc, actors.named_countries(cleaned.text)))
    entities = tuple(
        dict.fromkeys(" ".join(e.text.split()) for e in doc.ents if e.label_ in _ENTITY_LABELS)
    ) if doc is not None else ()
    found_dates = tuple(dates.find_dates(cleaned.text, cleaned.published))
    found_actors = tuple(actors.find_actors(cleaned.text, _country_hint(found_places)))
    found_claims = tuple(claims.extract_claims(cleaned, sentences, found_places, found_dates, found_actors))
    event_type, sub_event_type = event_types.classify_event(_classification_text(cleaned))
    return Extraction(
        article=cleaned,
        sentences=sentences,
        places=found_places,
        dates=found_dates,
        actors=found_actors,
        claims=found_claims,
        event_type=event_type,
        sub_event_type=sub_event_type,
        entities=entities,
    )


def story_doc(e: Extraction) -> cluster.StoryDoc:
    """Return what story clustering needs to know about one extraction (cluster.story_doc's reading:
    localities and districts, dates, actors)."""
    return cluster.story_doc(e, e.entities)


def _story_date(group: Sequence[Extraction]) -> tuple[str | None, str | None]:
    """The event date of a story: from its earliest report's date mentions and publication date,
    read as its claims read them (``dates.article_date``: not a dateline's day, the lead's first)."""
    first = min(group, key=lambda e: (e.article.published or "9999", e.article.id))
    mentions = dates.event_mentions(first.article.text, first.dates)
    return dates.article_date(first.sentences, mentions, first.article.published)


def build_ledger(
    extractions: Sequence[Extraction],
    existing: Mapping[str, str] | None = None,
    policy: str = "conservative",
) -> tuple[Ledger, dict[str, str]]:
    """Return the ledger (stories, events, passages) and article id → story id for all extractions."""
    check_policy(policy)
    passages = dedup.find_passages((e.article, e.sentences) for e in extractions)
    known = {e.article.id for e in extractions}
    assignment = cluster.cluster_stories(
        [story_doc(e) for e in extractions], {a: s for a, s in (existing or {}).items() if a in known}
    )
    origins = claim_origins([c for e in extractions for c in e.claims], passages)
    members: dict[str, list[Extraction]] = defaultdict(list)
    for e in extractions:
        members[assignment[e.article.id]].append(e)
    stories = []
    events = []
    claim_events: dict[str, str] = {}
    for story_id, group in members.items():
        story, story_events, mapping = build_story(
            story_id, group, origins, _story_date, event_types.classify_event, policy
        )
        stories.append(story)
        events.extend(story_events)
        claim_events.update(mapping)
    ledger = Ledger(
        stories=tuple(stories), events=tuple(events), passages=tuple(passages), claim_events=claim_events
    )
    return ledger, assignment


@dataclass(slots=True)
class RunReport:
    """What one run did: articles read, added, already stored, and the inputs it rejected."""

    read: int = 0
    added: int = 0
    already_stored: int = 0
    rejections: list[Rejection] = field(default_factory=list)


def run(
    paths: Sequence[str],
    store: Store,
    policy: str = "conservative",
    on_rejection: Callable[[Rejection], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    items: Iterable[Article | Rejection] | None = None,
) -> RunReport:
    """Ingest ``paths`` into ``store``, process new articles, and rebuild the ledger; return a report.

    Articles already in the store (same content hash) are not processed again, so re-running adds
    nothing twice and a run interrupted half-way is completed by the next one.
    """
    check_policy(policy)
    report = RunReport()
    seen: set[str] = set()
    for item in items if items is not None else ingest.read_paths(paths):
        if isinstance(item, Rejection):
            report.rejections.append(item)
            if on_rejection is not None:
                on_rejection(item)
            continue
        report.read += 1
        if on_article is not None:
            on_article(item)
        if item.id in seen or store.has_article(item.id):
            report.already_stored += 1
            continue
        seen.add(item.id)
        store.save_extraction(process_article(item))
        report.added += 1
    rebuild(store, policy)
    return report


def rebuild(store: Store, policy: str = "conservative") -> Ledger:
    """Recompute the global stages over everything stored, save and return the ledger."""
    extractions = list(store.extractions())
    ledger, assignment = build_ledger(extractions, store.story_assignments(), policy)
    store.save_ledger(ledger, assignment)
    return ledger


__all__ = ["RunReport", "build_ledger", "process_article", "rebuild", "run", "story_doc"]
