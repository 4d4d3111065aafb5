from __future__ import annotations

import pytest

from corroborator.reconcile import claim_origins, reconcile
from corroborator.records import Claim, Figure, PassageLink, PassageSpan


def claim(
    cid: str,
    low: int | None,
    high: int | None,
    claimant: str,
    ctype: str = "military",
    *,
    article: str = "a1",
    outcome: str = "killed",
    group: str = "civilians",
    place: str | None = None,
    precision: int | None = None,
    start: int = 0,
    scope: str = "event",
    party: str | None = None,
    value: int | None = None,
) -> Claim:
    qualifier = "exact" if low == high else "at_least"
    return Claim(
        id=cid, article_id=article, sentence="", quote="", start=start, end=start + 5, outcome=outcome,
        group=group, group_detail=None, actor=None,
        figure=Figure(low if value is None else value, qualifier, low, high), claimant=claimant,
        claimant_type=ctype, via=None, stance="attributed", verification=None, place=place, date=None,
        scope=scope, party_relation=party, place_precision=precision,
    )


def one(claims: list[Claim], published: dict[str, str | None] | None = None, policy: str = "conservative"):
    origins = {c.id: c.id for c in claims}
    (figure,) = reconcile(claims, origins, published or {}, policy)
    return figure


def test_contradicting_claimants_are_shown_side_by_side() -> None:
    f = one([claim("c1", 15, 15, "military", group="security_forces"),
             claim("c2", 84, 84, "BLA", "armed_group", group="security_forces")])
    assert (f.low, f.high, f.contradiction) == (15, 84, True)
    assert [c.claimant for c in f.claimants] == ["military", "BLA"]


def test_open_ended_figure_highest_stated_value() -> None:
    f = one([claim("c1", 92, None, "military", group="militants", value=92),
             claim("c2", 7, 7, "BLA", "armed_group", group="militants")])
    assert (f.low, f.high, f.contradiction) == (7, 92, True)


def test_part_bounds_whole_without_contradiction() -> None:
    whole = claim("c1", 18, 18, "military")
    part = claim("c2", 11, 11, "police", "police", place="Gwadar", precision=1)
    f = one([whole, part])
    assert (f.low, f.high, f.contradiction) == (18, 18, False)


def test_parts_in_different_places_add_up() -> None:
    f = one([claim("c1", 5, 5, "police", place="A", precision=1),
             claim("c2", 7, 7, "police", place="B", precision=1, start=10),
             claim("c3", 3, 3, "official", "government", place="Province", precision=3)])
    # The whole (3) is below what its parts add up to (12): the parts bound it from below.
    assert f.low == 12


def test_overlapping_ranges_are_no_contradiction() -> None:
    f = one([claim("c1", 10, None, "police", "police"), claim("c2", 12, 12, "residents", "witness")])
    assert f.contradiction is False
    assert f.low == 10


def test_copies_count_once() -> None:
    c1 = claim("c1", 84, 84, "BLA", "armed_group", article="a1", start=100)
    c2 = claim("c2", 84, 84, "BLA", "armed_group", article="a2", start=40)
    link = PassageLink(PassageSpan("a1", 90, 200, "x"), PassageSpan("a2", 30, 140, "x"), 0.95)
    origins = claim_origins([c1, c2], [link])
    assert origins["c1"] == origins["c2"]
    (f,) = reconcile([c1, c2], origins, {}, "conservative")
    assert f.independent_sources == 1


def test_independent_reports_count_twice() -> None:
    c1 = claim("c1", 84, 84, "BLA", "armed_group", article="a1")
    c2 = claim("c2", 84, 84, "BLA", "armed_group", article="a2")
    (f,) = reconcile([c1, c2], claim_origins([c1, c2], []), {}, "conservative")
    assert f.independent_sources == 2


def test_restatement_within_article_is_one_origin() -> None:
    c1 = claim("c1", 84, 84, "BLA", "armed_group", start=0)
    c2 = claim("c2", 84, 84, "BLA", "armed_group", start=300)
    origins = claim_origins([c1, c2], [])
    assert origins["c1"] == origins["c2"]


def test_latest_revision_stands() -> None:
    early = claim("c1", 10, 10, "police", "police", article="a1")
    late = claim("c2", 25, 25, "police", "police", article="a2")
    f = one([early, late], {"a1": "2026-01-01", "a2": "2026-01-03"})
    assert (f.low, f.contradiction) == (25, False)


def test_background_never_counts() -> None:
    f = one([claim("c1", 5, 5, "police", "police"), claim("c2", 1000, None, "outlet", "media", scope="background")])
    assert (f.low, f.high) == (5, 5)


def test_a_denial_states_no_figure() -> None:
    from dataclasses import replace

    denied = replace(claim("c2", 20, 20, "army", "military"), stance="denied")
    f = one([claim("c1", 20, 20, "rebels", "armed_group"), denied])
    assert (f.low, f.high, f.contradiction) == (20, 20, False)
    assert [c.claimant for c in f.claimants] == ["rebels"]


@pytest.mark.parametrize(("policy", "best"), [("conservative", 15), ("ucdp", 40), ("latest", 84)])
def test_policies(policy: str, best: int) -> None:
    claims = [
        claim("c1", 15, 15, "military", group="security_forces", party="own", article="a1"),
        claim("c2", 40, 40, "UN", "ngo", group="security_forces", article="a2"),
        claim("c3", 84, 84, "BLA", "armed_group", group="security_forces", party="adversary", article="a3"),
    ]
    f = one(claims, {"a1": "2026-01-01", "a2": "2026-01-02", "a3": "2026-01-03"}, policy)
    assert f.best == best


def test_unknown_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown reconciliation policy 'mean'"):
        reconcile([], {}, {}, "mean")
