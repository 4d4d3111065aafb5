from __future__ import annotations

from collections.abc import Sequence

from corroborator.events import build_story
from corroborator.records import Article, Claim, DateMention, Extraction, Figure, PlaceMention

PROVINCE = PlaceMention("Balochistan", 0, 11, "Balochistan", "Pakistan", "Balochistan", None, 28.5, 65.0, 1, 3, "admin1")
TOWN = PlaceMention("Gwadar", 50, 56, "Gwadar", "Pakistan", "Balochistan", None, 25.1, 62.3, 2, 1, "locality")
CITY = PlaceMention("Quetta", 0, 6, "Quetta", "Pakistan", "Balochistan", None, 30.2, 67.0, 3, 1, "locality")


def claim(cid: str, article: str, low: int, place: str | None = None, precision: int | None = None) -> Claim:
    return Claim(
        id=cid, article_id=article, sentence=f"sentence {cid}", quote="", start=0, end=1, outcome="killed",
        group="civilians", group_detail=None, actor=None, figure=Figure(low, "exact", low, low),
        claimant="police", claimant_type="police", via=None, stance="attributed", verification=None,
        place=place, date=None, scope="event", place_precision=precision,
    )


def extraction(aid: str, published: str, places: Sequence[PlaceMention], claims: Sequence[Claim],
               dates: Sequence[DateMention] = (), etype: str = "Battles", sub: str = "Armed clash") -> Extraction:
    article = Article(aid, f"{aid}.txt", None, None, published, "t", "text")
    return Extraction(article, (), tuple(places), tuple(dates), (), tuple(claims), etype, sub)


def dater(extractions: Sequence[Extraction]) -> tuple[str | None, str | None]:
    e = extractions[0]
    days = [d.value for d in e.dates if d.value]
    return (days[0], "day") if days else (e.article.published, "day")


def classify(text: str) -> tuple[str, str]:
    return ("Violence against civilians", "Attack")


SATURDAY = DateMention("Saturday", 20, 28, "2026-01-31", "day")


def test_a_locality_pinned_by_claims_is_its_own_event() -> None:
    e = extraction("a1", "2026-02-01", [PROVINCE, PROVINCE, TOWN],
                   [claim("c1", "a1", 18), claim("c2", "a1", 11, "Gwadar", 1)], [SATURDAY])
    story, events, mapping = build_story("s1", [e], {}, dater, classify)
    assert [(ev.place, ev.date, ev.geo_precision) for ev in events] == [
        ("Balochistan", "2026-01-31", 3), ("Gwadar", "2026-01-31", 1),
    ]
    assert events[1].sub_event_type == "Attack"  # typed from its own sentences
    assert mapping == {"c1": events[0].id, "c2": events[1].id}
    assert story.event_ids == (events[0].id, events[1].id)


def test_an_article_without_a_date_of_its_own_joins_its_storys_day() -> None:
    dated = extraction("a1", "2026-02-01", [PROVINCE], [claim("c1", "a1", 5)], [SATURDAY])
    undated = extraction("a2", "2026-02-01", [PROVINCE], [claim("c2", "a2", 5)])
    _, events, _ = build_story("s1", [dated, undated], {}, dater, classify)
    assert len(events) == 1
    assert events[0].date == "2026-01-31"


def test_reports_of_different_places_are_different_events() -> None:
    a = extraction("a1", "2026-02-01", [PROVINCE, PROVINCE], [claim("c1", "a1", 5)], [SATURDAY])
    b = extraction("a2", "2026-02-01", [CITY], [claim("c2", "a2", 7)], etype="Protests", sub="Peaceful protest")
    _, events, _ = build_story("s1", [a, b], {}, dater, classify)
    assert sorted((ev.place, ev.sub_event_type) for ev in events) == [
        ("Balochistan", "Armed clash"), ("Quetta", "Peaceful protest"),
    ]
    assert len({ev.id for ev in events}) == 2


def test_an_assault_on_a_target_of_its_own_is_an_incident_of_its_own() -> None:
    jail = claim("c2", "a1", 30)
    jail = jail.__class__(**{**{f: getattr(jail, f) for f in jail.__dataclass_fields__},
                             "sentence": "Officials said militants also stormed a district jail, freeing at least 30 inmates."})
    e = extraction("a1", "2026-02-01", [PROVINCE], [claim("c1", "a1", 18), jail], [SATURDAY])
    _, events, mapping = build_story("s1", [e], {}, dater, classify)
    assert len(events) == 2
    assert mapping["c1"] != mapping["c2"]
    assert {ev.place for ev in events} == {"Balochistan"}


def test_a_single_incident_report_is_not_split() -> None:
    only = claim("c1", "a1", 4)
    only = only.__class__(**{**{f: getattr(only, f) for f in only.__dataclass_fields__},
                             "sentence": "Gunmen attacked a market, killing four people."})
    e = extraction("a1", "2026-02-01", [PROVINCE], [only], [SATURDAY])
    _, events, _ = build_story("s1", [e], {}, dater, classify)
    assert len(events) == 1
