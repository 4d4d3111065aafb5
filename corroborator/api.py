"""The Python API: open a ledger database, run the pipeline on files, read records back."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from corroborator import export as export_mod
from corroborator import ingest, pipeline
from corroborator.records import Article, Extraction, Ledger, Rejection
from corroborator.store import SQLiteStore, open_store


class LedgerDB:
    """A ledger database: the store plus the pipeline that fills it."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store

    def __enter__(self) -> LedgerDB:
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def run(
        self,
        paths: Sequence[str],
        policy: str = "conservative",
        on_rejection: Callable[[Rejection], None] | None = None,
        progress: bool = False,
    ) -> pipeline.RunReport:
        """Process ``paths`` into this database and rebuild the ledger; return what was done."""
        items: Iterator[Article | Rejection] = ingest.read_paths(paths)
        if progress:
            return _with_progress(self, paths, policy, on_rejection, items)
        return pipeline.run(paths, self.store, policy=policy, on_rejection=on_rejection, items=items)

    def extractions(self) -> Iterator[Extraction]:
        return self.store.extractions()

    def ledger(self) -> Ledger:
        return self.store.ledger()

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    def export(self) -> dict[str, Any]:
        """Return the export contract document (DESIGN.md) for everything stored."""
        return export_mod.build_export(self.store.extractions(), self.store.ledger())

    def export_json(self, out: TextIO) -> None:
        export_mod.write_json(self.export(), out)


def _with_progress(
    db: LedgerDB,
    paths: Sequence[str],
    policy: str,
    on_rejection: Callable[[Rejection], None] | None,
    items: Iterator[Article | Rejection],
) -> pipeline.RunReport:
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} articles"),
        TimeElapsedColumn(), transient=True,
    ) as bar:
        task = bar.add_task("processing", total=None)

        def seen(_: Article) -> None:
            bar.advance(task)

        return pipeline.run(
            paths, db.store, policy=policy, on_rejection=on_rejection, on_article=seen, items=items
        )


def open(target: str | Path = "corroborator.db") -> LedgerDB:  # noqa: A001 - mirrors sqlite3.connect
    """Return the ledger database at ``target`` (a file path or sqlite:///path), created if new."""
    return LedgerDB(open_store(target))
