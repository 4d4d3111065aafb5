"""The command line as a user meets it: exact output lines, exit codes, bad input, re-runs, crashes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborator.cli import app

runner = CliRunner()
EXPORT_KEYS = {
    "articles": {"id", "path", "source", "url", "published", "title", "text", "embeds", "places", "dates", "actors"},
    "claims": {"id", "article_id", "sentence", "quote", "outcome", "group", "group_detail", "actor", "value",
               "qualifier", "low", "high", "claimant", "claimant_type", "via", "stance", "verification", "place",
               "date", "scope", "event_id"},
    "events": {"id", "story_id", "date", "date_precision", "country", "admin1", "admin2", "place", "latitude",
               "longitude", "geo_precision", "event_type", "sub_event_type", "actor1", "actor2", "claim_ids",
               "figures"},
    "stories": {"id", "title", "article_ids", "event_ids", "date_start", "date_end", "figures"},
    "syndication": {"a", "b", "similarity"},
}
FIGURE_KEYS = {"outcome", "group", "low", "best", "high", "contradiction", "independent_sources", "claimants"}


def last_line(output: str) -> str:
    return output.strip().splitlines()[-1]


def test_run_sample_then_rerun_adds_nothing(sample_dir: Path, db_path: Path) -> None:
    first = runner.invoke(app, ["run", str(sample_dir), "--db", str(db_path)])
    assert first.exit_code == 0, first.output
    assert last_line(first.output) == (
        f"2 articles read, 2 added, 0 already stored, 0 inputs rejected; {db_path} holds 2 articles, "
        "20 claims, 1 stories, 3 events"
    )
    second = runner.invoke(app, ["run", str(sample_dir), "--db", str(db_path), "-q"])
    assert second.exit_code == 0
    assert last_line(second.output).startswith("2 articles read, 0 added, 2 already stored, 0 inputs rejected;")
    assert "holds 2 articles, 20 claims, 1 stories" in second.output


def test_export_has_every_key_of_the_contract(sample_dir: Path, db_path: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["run", str(sample_dir), "--db", str(db_path), "-q"]).exit_code == 0
    out = tmp_path / "export.json"
    result = runner.invoke(app, ["export", "--db", str(db_path), "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text())
    assert doc["schema"] == "corroborator/1"
    for table, keys in EXPORT_KEYS.items():
        assert doc[table], table
        for row in doc[table]:
            assert keys <= set(row), (table, keys - set(row))
    for holder in doc["events"] + doc["stories"]:
        for figure in holder["figures"]:
            assert set(figure) >= FIGURE_KEYS
    # Unknown values are null, never empty strings.
    for table in ("articles", "claims", "events", "stories"):
        for row in doc[table]:
            assert "" not in row.values(), (table, row["id"])


def test_bad_inputs_get_one_line_each_and_the_run_goes_on(tmp_path: Path, db_path: Path, sample_dir: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary\x00")
    (corpus / "good.txt").write_text((sample_dir / "000_b5333d69a80e2512.txt").read_text())
    (corpus / "feed.jsonl").write_text(
        '{"id": "x1", "title": "T", "text": "Five soldiers were killed on Monday.", "published": "2026-01-05"}\n'
        "{not json\n"
    )
    result = runner.invoke(app, ["run", str(corpus), "--db", str(db_path), "-q"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("rejected ")]
    assert len(errors) == 3, result.stderr
    assert any("empty.txt" in e for e in errors)
    assert any("binary.txt" in e for e in errors)
    assert any("feed.jsonl" in e and "line 2" in e for e in errors)
    assert all(e.endswith("the run went on without it") for e in errors)
    assert "Traceback" not in result.output + result.stderr
    assert "2 articles read, 2 added" in result.output


def test_unknown_policy_and_format_are_usage_errors(db_path: Path, sample_dir: Path) -> None:
    bad = runner.invoke(app, ["run", str(sample_dir), "--db", str(db_path), "--policy", "mean"])
    assert bad.exit_code == 2
    assert bad.stderr == "error: unknown policy 'mean': use one of conservative, ucdp, latest\n"
    missing = runner.invoke(app, ["export", "--db", str(db_path.parent / "nope.db")])
    assert missing.exit_code == 3


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, sample_dir: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("this is not sqlite" * 100)
    result = runner.invoke(app, ["run", str(sample_dir), "--db", str(bogus)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: {bogus}: not a usable SQLite database")


@pytest.mark.parametrize("command", ["run", "export"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    doc = app.registered_commands[[c.name or c.callback.__name__ for c in app.registered_commands].index(command)]
    assert doc.callback is not None and doc.callback.__doc__


def _articles(n: int, folder: Path) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f" date 2026-01-{1 + i % 28:02d} Report {i}\nIn report {i}, police said {i + 2} civilians were killed "
            f"in town number {i}. Officials said {i + 1} soldiers were injured.\n"
        )


def test_sigkill_mid_run_loses_nothing_stored(tmp_path: Path, db_path: Path) -> None:
    corpus = tmp_path / "many"
    _articles(40, corpus)
    cmd = [sys.executable, "-m", "corroborator.cli", "run", str(corpus), "--db", str(db_path), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db_path.exists():
            try:
                with sqlite3.connect(db_path, timeout=1) as con:
                    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 3:
                break
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db_path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        claims = con.execute("SELECT count(DISTINCT article_id) FROM claims").fetchone()[0]
    assert kept >= 3
    assert claims == kept  # every stored article has its claims: nothing half-written
    result = runner.invoke(app, ["run", str(corpus), "--db", str(db_path), "-q"])
    assert result.exit_code == 0
    assert f"40 articles read, {40 - kept} added, {kept} already stored" in result.output
    assert "holds 40 articles" in result.output


def test_every_format_exports_nulls_not_empty_strings(db_path: Path, tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "ingest"
    result = runner.invoke(app, ["run", str(fixtures), "--db", str(db_path), "-q"])
    assert result.exit_code == 1  # the fixtures hold bad records on purpose
    out = tmp_path / "export.json"
    assert runner.invoke(app, ["export", "--db", str(db_path), "--out", str(out)]).exit_code == 0
    doc = json.loads(out.read_text())
    suffixes = {a["path"].split("#")[-1] for a in doc["articles"] if "#" in a["path"]}
    assert {"wire-1", "csv-1", "frontier-1"} <= suffixes
    for table in ("articles", "claims", "events", "stories"):
        for row in doc[table]:
            assert "" not in row.values(), (table, row["id"])
