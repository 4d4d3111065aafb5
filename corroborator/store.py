"""Store: where extractions and the ledger live between runs (embedded SQLite by default).

Durability model (issue 2, item 6): each article's extraction is written in one transaction, so
an interrupted run (Ctrl-C, SIGKILL) keeps every article it finished and the next run skips them
(article ids are content hashes). The global ledger (stories, events, passages) is rewritten in
one transaction at the end of every run, so it is either the old ledger or the new one, never a
mixture. SQLite runs in WAL mode with synchronous=NORMAL: a committed transaction survives a
process crash.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from corroborator.codec import from_plain, to_plain
from corroborator.records import Event, Extraction, Ledger, PassageLink, Story

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    source TEXT,
    url TEXT,
    published TEXT,
    title TEXT,
    story_id TEXT,
    extraction TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    "group" TEXT NOT NULL,
    low INTEGER,
    high INTEGER,
    claimant TEXT,
    claimant_type TEXT NOT NULL,
    scope TEXT NOT NULL,
    event_id TEXT
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, story_id TEXT NOT NULL, seq INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (seq INTEGER PRIMARY KEY, data TEXT NOT NULL);
"""


class Store(Protocol):
    """What the pipeline needs from a storage backend."""

    def has_article(self, article_id: str) -> bool: ...

    def save_extraction(self, extraction: Extraction) -> None: ...

    def extractions(self) -> Iterator[Extraction]: ...

    def story_assignments(self) -> dict[str, str]: ...

    def save_ledger(self, ledger: Ledger, assignments: Mapping[str, str]) -> None: ...

    def ledger(self) -> Ledger: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message names the file and the fix."""


def _dumps(record: Any) -> str:
    return json.dumps(to_plain(record), ensure_ascii=False, separators=(",", ":"))


class SQLiteStore:
    """The embedded default: one SQLite file, zero set-up."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: database schema {row[0]} is not {SCHEMA_VERSION}; "
                    "re-run on a new --db file"
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable SQLite database ({exc}); pass another --db file") from exc

    def has_article(self, article_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone()
        return row is not None

    def save_extraction(self, extraction: Extraction) -> None:
        a = extraction.article
        with self._transaction():
            self._db.execute("DELETE FROM articles WHERE id=?", (a.id,))
            self._db.execute(
                "INSERT INTO articles (id, path, source, url, published, title, extraction)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (a.id, a.path, a.source, a.url, a.published, a.title, _dumps(extraction)),
            )
            self._db.executemany(
                'INSERT INTO claims (id, article_id, outcome, "group", low, high, claimant,'
                " claimant_type, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.id, a.id, c.outcome, c.group, c.low, c.high, c.claimant, c.claimant_type, c.scope)
                    for c in extraction.claims
                ],
            )

    def extractions(self) -> Iterator[Extraction]:
        rows = self._db.execute("SELECT extraction FROM articles ORDER BY rowid")
        for (data,) in rows:
            yield from_plain(Extraction, json.loads(data))

    def story_assignments(self) -> dict[str, str]:
        rows = self._db.execute("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL")
        return dict(rows.fetchall())

    def save_ledger(self, ledger: Ledger, assignments: Mapping[str, str]) -> None:
        with self._transaction():
            self._db.execute("DELETE FROM stories")
            self._db.execute("DELETE FROM events")
            self._db.execute("DELETE FROM passages")
            self._db.executemany(
                "INSERT INTO stories (id, seq, data) VALUES (?, ?, ?)",
                [(s.id, i, _dumps(s)) for i, s in enumerate(ledger.stories)],
            )
            self._db.executemany(
                "INSERT INTO events (id, story_id, seq, data) VALUES (?, ?, ?, ?)",
                [(e.id, e.story_id, i, _dumps(e)) for i, e in enumerate(ledger.events)],
            )
            self._db.executemany(
                "INSERT INTO passages (seq, data) VALUES (?, ?)",
                [(i, _dumps(p)) for i, p in enumerate(ledger.passages)],
            )
            self._db.execute("UPDATE articles SET story_id=NULL")
            self._db.executemany(
                "UPDATE articles SET story_id=? WHERE id=?", [(s, a) for a, s in assignments.items()]
            )
            self._db.execute("UPDATE claims SET event_id=NULL")
            self._db.executemany(
                "UPDATE claims SET event_id=? WHERE id=?", [(e, c) for c, e in ledger.claim_events.items()]
            )

    def ledger(self) -> Ledger:
        stories = tuple(
            from_plain(Story, json.loads(d)) for (d,) in self._db.execute("SELECT data FROM stories ORDER BY seq")
        )
        events = tuple(
            from_plain(Event, json.loads(d)) for (d,) in self._db.execute("SELECT data FROM events ORDER BY seq")
        )
        passages = tuple(
            from_plain(PassageLink, json.loads(d))
            for (d,) in self._db.execute("SELECT data FROM passages ORDER BY seq")
        )
        claim_events = dict(
            self._db.execute("SELECT id, event_id FROM claims WHERE event_id IS NOT NULL").fetchall()
        )
        return Ledger(stories=stories, events=events, passages=passages, claim_events=claim_events)

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "claims", "stories", "events", "passages"):
            out[table] = self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def close(self) -> None:
        self._db.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def open_store(target: str | Path) -> SQLiteStore:
    """Return the store named by ``target``: a file path or ``sqlite:///path``; anything else is an error."""
    text = str(target)
    if text.startswith("sqlite:///"):
        return SQLiteStore(text[len("sqlite:///"):])
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise ValueError(
            f"Unknown store {scheme!r}: give a file path or sqlite:///path"
            + (" (the PostgreSQL store is not part of this version)" if scheme.startswith("postgres") else "")
        )
    return SQLiteStore(text)
