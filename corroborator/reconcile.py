"""Reconcile stage: what the claims about one event or story come to (DESIGN.md, "Reconciliation").

For each (outcome, group):

- a claim repeated through copied text, or restated within one article, is one claim from one
  claimant: claims are merged into *origins* (union-find over same-figure, same-claimant claims
  that sit in one article or in passages linked by syndication), and ``independent_sources``
  counts origins, never copies;
- a claimant that revises its figure over time: its latest figure stands;
- a figure for a part (a locality inside the area of the whole) bounds the whole from below and is
  never a contradiction of it; figures for different parts add up to a lower bound;
- ``low`` is the lowest credible lower bound, ``high`` the highest stated value, ``best`` follows a
  named policy: ``conservative`` (ACLED: the lowest reliable figure, the default), ``ucdp`` (prefer
  sources that are not a party to the fighting), ``latest`` (the most recent figure);
- two claimants whose ranges do not overlap are a ``contradiction``; both stay listed side by side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from corroborator import actors
from corroborator.records import Claim, ClaimantFigure, PassageLink, ReconciledFigure

POLICIES = ("conservative", "ucdp", "latest")
WHOLE = 99  # the level of a claim that names no place: it speaks of the whole event or story


def check_policy(policy: str) -> str:
    """Return ``policy`` if known, else raise ValueError naming the known ones."""
    if policy not in POLICIES:
        raise ValueError(f"Unknown reconciliation policy {policy!r}: use one of {', '.join(POLICIES)}")
    return policy


def claimant_key(claim: Claim) -> str:
    """Return the identity of a claim's claimant: its normalised name, else its type.

    An armed group is named as each report writes it ("Hizb-ul-Mujahideen", "Hizbul Mujahideen"):
    the actor table makes the spellings one claimant.
    """
    if claim.claimant:
        if claim.claimant_type == "armed_group":
            return _side_key(claim.claimant)
        return " ".join(claim.claimant.lower().replace("the ", " ").split())
    return f"<{claim.claimant_type}>"


@lru_cache(maxsize=4096)
def _side_key(name: str) -> str:
    mentions = actors.find_actors(name)
    if len(mentions) == 1 and mentions[0].end - mentions[0].start >= len(name.strip()) - 4:
        return mentions[0].name.lower()
    return " ".join(name.lower().replace("the ", " ").split())


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _figure_key(c: Claim) -> tuple[str, str, str, int | None, int | None]:
    return (c.outcome, c.group, claimant_key(c), c.low, c.high)


def claim_origins(claims: Sequence[Claim], passages: Sequence[PassageLink]) -> dict[str, str]:
    """Return claim id → origin id: claims that are copies or restatements of one another share one."""
    uf = _UnionFind()
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        uf.find(c.id)
        by_article[c.article_id].append(c)
    # Restated within one article (headline and body, lead and body).
    for group in by_article.values():
        first: dict[tuple[str, str, str, int | None, int | None], str] = {}
        for c in group:
            key = _figure_key(c)
            if key in first:
                uf.union(first[key], c.id)
            else:
                first[key] = c.id
    # Copied between articles: the claim's words sit inside a linked passage on both sides.
    for link in passages:
        side_a = [c for c in by_article.get(link.a.article_id, ()) if _inside(c, link.a.start, link.a.end)]
        side_b = [c for c in by_article.get(link.b.article_id, ()) if _inside(c, link.b.start, link.b.end)]
        for ca in side_a:
            for cb in side_b:
                if (ca.outcome, ca.group, ca.low, ca.high) == (cb.outcome, cb.group, cb.low, cb.high):
                    uf.union(ca.id, cb.id)
    return {c.id: uf.find(c.id) for c in claims}


def _inside(c: Claim, start: int, end: int) -> bool:
    return c.start < end and c.end > start


def _stated(c: Claim) -> int | None:
    """The highest figure a claim states: its upper bound, else its value, else its lower bound."""
    if c.high is not None:
        return c.high
    return c.value if c.value is not None else c.low


@dataclass(slots=True)
class _Range:
    low: int | None
    high: int | None

    def overlaps(self, other: _Range) -> bool:
        lo_a = self.low if self.low is not None else 0
        lo_b = other.low if other.low is not None else 0
        if self.high is not None and self.high < lo_b:
            return False
        return not (other.high is not None and other.high < lo_a)


def reconcile(
    claims: Sequence[Claim],
    origins: Mapping[str, str],
    published: Mapping[str, str | None],
    policy: str = "conservative",
) -> tuple[ReconciledFigure, ...]:
    """Return one reconciled figure per (outcome, group) over the event-scope ``claims`` (denials
    aside).

    ``origins`` maps claim ids to origin ids (:func:`claim_origins`); ``published`` maps article
    ids to publication dates, used to let a claimant's latest figure stand.
    """
    check_policy(policy)
    keyed: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        # A denial ("the army denied that two soldiers were killed") stays in the ledger beside the
        # claim it denies, but it states no figure of its own.
        if c.scope == "event" and c.outcome != "other" and c.stance != "denied":
            keyed[(c.outcome, c.group)].append(c)
    figures = []
    for (outcome, group), cs in sorted(keyed.items()):
        figures.append(_reconcile_one(outcome, group, cs, origins, published, policy))
    return tuple(figures)


def _order(c: Claim, published: Mapping[str, str | None]) -> tuple[str, int]:
    return (published.get(c.article_id) or "", c.start)


def _reconcile_one(
    outcome: str,
    group: str,
    claims: list[Claim],
    origins: Mapping[str, str],
    published: Mapping[str, str | None],
    policy: str,
) -> ReconciledFigure:
    level = {c.id: (c.place_precision if c.place and c.place_precision else WHOLE) for c in claims}
    scope = max(level.values())
    wholes = [c for c in claims if level[c.id] == scope]
    parts = [c for c in claims if level[c.id] < scope]

    # Each claimant's standing figure: the one from its latest report (a revision replaces what
    # came before); within one report the tightest lower bound it gives. Two reports of the same day
    # that carry different figures from one claimant are not a revision: both stand, side by side.
    by_claimant: dict[str, list[Claim]] = defaultdict(list)
    for c in wholes:
        by_claimant[claimant_key(c)].append(c)
    standing: dict[str, Claim] = {}
    for key, cs in by_claimant.items():
        latest = max(_order(c, published)[0] for c in cs)
        current = [c for c in cs if _order(c, published)[0] == latest]
        per_report: dict[str, Claim] = {}
        for c in current:
            held = per_report.get(c.article_id)
            if held is None or (c.low or 0, c.start) > (held.low or 0, held.start):
                per_report[c.article_id] = c
        figures_given = {(c.low, c.high) for c in per_report.values()}
        if len(figures_given) == 1:
            standing[key] = max(per_report.values(), key=lambda c: (c.low or 0, c.start))
        else:
            for article_id, c in per_report.items():
                standing[f"{key}\x1f{article_id}"] = c

    # Parts in different places add up; several figures for one place: the largest stands.
    per_place: dict[str, int] = {}
    for c in parts:
        if c.low is not None:
            where = (c.place_resolved or c.place or "").lower()
            per_place[where] = max(per_place.get(where, 0), c.low)
    parts_low = sum(per_place.values()) if per_place else None

    lows = [c.low for c in standing.values() if c.low is not None]
    low = min(lows) if lows else parts_low
    if low is not None and parts_low is not None:
        low = max(low, parts_low)
    stated = [s for s in (_stated(c) for c in [*standing.values(), *parts]) if s is not None]
    high = max(stated) if stated else None
    if high is not None and low is not None and high < low:
        high = low

    ranges = [_Range(c.low, c.high) for c in standing.values()]
    contradiction = any(
        not ranges[i].overlaps(ranges[j]) for i in range(len(ranges)) for j in range(i + 1, len(ranges))
    )

    best = low
    if policy == "ucdp":
        neutral = [c.low for c in standing.values() if c.party_relation is None and c.low is not None]
        best = min(neutral) if neutral else low
    elif policy == "latest":
        latest_claim = max([*standing.values(), *parts], key=lambda c: _order(c, published))
        best = latest_claim.low if latest_claim.low is not None else latest_claim.value

    claimant_rows: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        claimant_rows[claimant_key(c)].append(c)
    listed = []
    for _key, cs in sorted(claimant_rows.items(), key=lambda kv: min(_order(c, published) for c in kv[1])):
        head = max(cs, key=lambda c: _order(c, published))
        clows = [c.low for c in cs if c.low is not None]
        chighs = [_stated(c) for c in cs]
        listed.append(
            ClaimantFigure(
                claimant=head.claimant,
                claimant_type=head.claimant_type,
                low=min(clows) if clows else None,
                high=None if any(c.high is None for c in cs) else max(h for h in chighs if h is not None),
                claim_ids=tuple(c.id for c in cs),
                party_relation=head.party_relation,
            )
        )
    return ReconciledFigure(
        outcome=outcome,
        group=group,
        low=low,
        best=best,
        high=high,
        contradiction=contradiction,
        independent_sources=len({origins.get(c.id, c.id) for c in claims}),
        claimants=tuple(listed),
        policy=policy,
    )
