from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborator import ingest, pipeline
from corroborator.records import Article, Rejection
from corroborator.store import open_store


def interrupted_after(n: int, sample_dir: Path) -> Iterator[Article | Rejection]:
    for i, item in enumerate(ingest.read_paths([str(sample_dir)])):
        if i == n:
            raise KeyboardInterrupt
        yield item


def test_ctrl_c_keeps_what_was_finished_and_the_next_run_completes(sample_dir: Path, db_path: Path) -> None:
    store = open_store(db_path)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run([str(sample_dir)], store, items=interrupted_after(1, sample_dir))
    assert store.counts()["articles"] == 1
    report = pipeline.run([str(sample_dir)], store)
    assert (report.added, report.already_stored) == (1, 1)
    assert store.counts()["articles"] == 2
    assert store.counts()["stories"] == 1
    store.close()


def test_the_same_article_twice_in_one_run_is_stored_once(sample_dir: Path, db_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in sample_dir.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    store = open_store(db_path)
    report = pipeline.run([str(sample_dir), str(copy)], store)
    assert (report.read, report.added, report.already_stored) == (4, 2, 2)
    store.close()


def test_process_article_fills_every_stage(sample_dir: Path) -> None:
    (article, _) = [a for a in ingest.read_paths([str(sample_dir)]) if isinstance(a, Article)]
    e = pipeline.process_article(article)
    assert e.sentences and e.places and e.dates and e.actors and e.claims
    assert e.event_type and e.sub_event_type
    assert all(e.article.text[s.start:s.end] == s.text for s in e.sentences)
    assert all(e.article.text[p.start:p.end] == p.text for p in e.places)


def test_a_later_run_attaches_new_articles_to_the_existing_story(sample_dir: Path, db_path: Path) -> None:
    first, second = sorted(sample_dir.iterdir())
    store = open_store(db_path)
    pipeline.run([str(first)], store)
    (story_before,) = store.ledger().stories
    pipeline.run([str(second)], store)
    (story_after,) = store.ledger().stories
    assert story_after.id == story_before.id
    assert len(story_after.article_ids) == 2
    store.close()


def test_a_claim_place_is_written_as_the_report_writes_it_and_resolved_beside() -> None:
    text = ("MILITANTS ATTACKED AN ARMY POST NEAR USULUTAN, EL SALVADOR.\n"
            "TWO SOLDIERS WERE KILLED IN USULUTAN ON SUNDAY.\n")
    article = Article("p1", "p.txt", None, None, "1989-12-18", "t", text)
    (c,) = pipeline.process_article(article).claims
    assert c.place == "USULUTAN"
    assert c.place_resolved == "Usulután"


def test_the_day_a_source_spoke_does_not_date_the_event() -> None:
    text = "Police said on Friday that five villagers were killed on Thursday in the north of the district.\n"
    article = Article("p2", "p.txt", None, None, "2026-01-31", "t", text)
    (c,) = pipeline.process_article(article).claims
    assert c.date == "2026-01-29"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A force named after its state is no scene.
        ("One colonel and two constables of Jammu and Kashmir Police were killed in Uri.\n", ["Uri"]),
        # Where the captives were taken from, and a landmark, give way to the scene.
        ("Troops freed 13 persons in Kohat who were abducted by militants from Peshawar.\n", ["Kohat", "Kohat"]),
        ("A soldier was killed in clashes in Zaragoza, south of San Salvador.\n", ["Zaragoza"]),
        # Each figure takes the place nearest it.
        ("Two soldiers were killed in Quetta and three policemen were injured in Gwadar.\n", ["Quetta", "Gwadar"]),
    ],
)
def test_the_place_of_each_figure(text: str, places: list[str]) -> None:
    article = Article("p3", "p.txt", None, None, "2026-01-31", "t", text)
    assert [c.place for c in pipeline.process_article(article).claims] == places


def test_a_title_before_a_name_in_capitals_makes_it_a_person() -> None:
    text = ("REPORTS BY NATIONAL POLICE DIRECTOR GENERAL JOSE GUILLERMO MEDINA SANCHEZ CONFIRM THAT 15 "
            "CIVILIANS WERE KILLED IN CORDOBA DEPARTMENT.\n")
    article = Article("p4", "p.txt", None, None, "1988-09-01", "t", text)
    assert "MEDINA" not in [p.text for p in pipeline.process_article(article).places]


def test_a_datelines_day_dates_the_report_not_the_event() -> None:
    text = ("BOGOTA, 1 SEP 88 (INRAVISION TELEVISION CADENA 1) -- [TEXT]\n"
            "POLICE CONFIRMED THAT 15 CIVILIANS WERE KILLED TUESDAY NIGHT IN EL TOMATE.\n"
            "THE GANG ALSO BURNED 26 SHACKS.\n")
    article = Article("p5", "p.txt", None, None, "1988-09-01", "t", text)
    assert [c.date for c in pipeline.process_article(article).claims] == ["1988-08-30", "1988-08-30"]


def test_an_event_is_dated_as_its_claims_are() -> None:
    # The dateline's day dates the report; the event is the Tuesday the claims give, and a
    # weekend in the lead dates its event to the Saturday, precision "week".
    text = ("BOGOTA, 1 SEP 88 (INRAVISION TELEVISION CADENA 1) -- [TEXT]\n"
            "POLICE CONFIRMED THAT 15 CIVILIANS WERE KILLED TUESDAY NIGHT IN EL TOMATE.\n")
    weekend = ("SAN SALVADOR, 8 JAN 90 (ACAN-EFE) -- [TEXT]\n"
               "Official sources today reported that eight people were killed over the past weekend.\n"
               "The air force this morning bombed rebel positions near Jucuapa.\n")
    for art_id, body, published, expected in (("p6", text, "1988-09-01", ("1988-08-30", "day")),
                                              ("p7", weekend, "1990-01-08", ("1990-01-06", "week"))):
        extraction = pipeline.process_article(Article(art_id, "p.txt", None, None, published, "t", body))
        ledger, _ = pipeline.build_ledger([extraction])
        assert [(e.date, e.date_precision) for e in ledger.events] == [expected]
        assert {c.date for c in extraction.claims} == {expected[0]}
