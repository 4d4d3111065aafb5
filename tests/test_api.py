from __future__ import annotations

from pathlib import Path

import corroborator


def test_public_names_are_exported() -> None:
    assert set(corroborator.__all__) == {
        "ActorMention", "Article", "Claim", "ClaimantFigure", "DateMention", "Embed", "Event", "Extraction",
        "Figure", "Ledger", "LedgerDB", "PassageLink", "PassageSpan", "PlaceMention", "ReconciledFigure",
        "Rejection", "RunReport", "Sentence", "Story", "build_ledger", "open", "process_article", "run",
    }
    for name in corroborator.__all__:
        assert getattr(corroborator, name) is not None


def test_open_run_and_read_back(sample_dir: Path, db_path: Path) -> None:
    with corroborator.open(db_path) as db:
        report = db.run([str(sample_dir)])
        assert (report.read, report.added, report.rejections) == (2, 2, [])
        ledger = db.ledger()
        (story,) = ledger.stories
        assert len(story.article_ids) == 2
        figures = {(f.outcome, f.group): f for f in story.figures}
        sf = figures[("killed", "security_forces")]
        assert (sf.low, sf.high, sf.contradiction) == (15, 84, True)
        doc = db.export()
        assert doc["schema"] == "corroborator/1"


def test_unknown_store_scheme_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="Unknown store 'mysql'"):
        corroborator.open("mysql://x")
