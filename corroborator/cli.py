"""The ``corroborator`` command: argument parsing and error lines only; the work is in the library.

Exit status: 0 all inputs read; 1 the run finished but some inputs were rejected (each named on
stderr); 2 bad command line; 3 the database cannot be used; 4 the language model is not installed;
130 interrupted (Ctrl-C): what was finished is stored, and the same command completes the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from corroborator import api
from corroborator.nlp import ModelMissing
from corroborator.reconcile import POLICIES
from corroborator.records import Ledger, Rejection
from corroborator.store import StoreError

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_STORE, EXIT_MODEL, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
DEFAULT_DB = "corroborator.db"

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn conflict news articles into a sourced event ledger.",
    pretty_exceptions_enable=False,
)
# Tables keep their columns when piped (rich assumes 80 columns off a terminal).
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="SQLite file or sqlite:///path to store the ledger in.")]


def _fail(message: str, code: int) -> typer.Exit:
    err.print(f"error: {message}", markup=False)
    return typer.Exit(code)


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files or directories: .txt, .jsonl, .csv, .html, RSS/Atom.")],
    db: DbOption = DEFAULT_DB,
    policy: Annotated[str, typer.Option(help=f"Reconciliation policy: {', '.join(POLICIES)}.")] = "conservative",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary table.")] = False,
) -> None:
    """Read articles, extract and reconcile their claims, store them, and print a summary."""
    if policy not in POLICIES:
        raise _fail(f"unknown policy {policy!r}: use one of {', '.join(POLICIES)}", EXIT_USAGE)

    def rejected(r: Rejection) -> None:
        err.print(r.line(), markup=False)

    try:
        with api.open(db) as ledger_db:
            report = ledger_db.run(paths, policy=policy, on_rejection=rejected, progress=sys.stderr.isatty())
            ledger = ledger_db.ledger()
            counts = ledger_db.counts()
    except StoreError as exc:
        raise _fail(str(exc), EXIT_STORE) from None
    except ModelMissing as exc:
        raise _fail(str(exc), EXIT_MODEL) from None
    except KeyboardInterrupt:
        raise _fail(
            "interrupted: every article finished so far is stored; run the same command again to complete",
            EXIT_INTERRUPTED,
        ) from None
    if not quiet:
        print_summary(ledger)
    out.print(
        f"{report.read} articles read, {report.added} added, {report.already_stored} already stored, "
        f"{len(report.rejections)} inputs rejected; {db} holds {counts['articles']} articles, "
        f"{counts['claims']} claims, {counts['stories']} stories, {counts['events']} events",
        markup=False,
    )
    if report.rejections:
        raise typer.Exit(EXIT_REJECTED)


def _bound(value: int | None) -> str:
    return "-" if value is None else str(value)


def print_summary(ledger: Ledger, limit: int = 20) -> None:
    """Print one table of reconciled figures per story (the largest stories first)."""
    stories = sorted(ledger.stories, key=lambda s: (-len(s.article_ids), s.date_start or "", s.id))
    events = {e.id: e for e in ledger.events}
    for story in stories[:limit]:
        where = next((events[i] for i in story.event_ids if i in events), None)
        place = ", ".join(x for x in (where.place, where.country) if x) if where else ""
        table = Table(
            title=f"{story.title or story.id}\n{len(story.article_ids)} articles, {len(story.event_ids)} events, "
            f"{story.date_start or 'date unknown'}{', ' + place if place else ''}",
            title_justify="left",
        )
        for column in ("outcome", "group", "low", "best", "high", "contradiction", "sources", "claimants"):
            table.add_column(column, justify="right" if column in ("low", "best", "high", "sources") else "left")
        for f in story.figures:
            by = "; ".join(
                f"{c.claimant or c.claimant_type} {_bound(c.low)}" + ("" if c.high == c.low else f"..{_bound(c.high)}")
                for c in f.claimants
            )
            table.add_row(
                f.outcome, f.group, _bound(f.low), _bound(f.best), _bound(f.high),
                "yes" if f.contradiction else "", str(f.independent_sources), by,
            )
        out.print(table)
    if len(stories) > limit:
        out.print(f"... and {len(stories) - limit} more stories (corroborator export for all)", markup=False)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="Export format: json.")] = "json",
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
) -> None:
    """Write the stored ledger in the export contract (corroborator/1 JSON)."""
    if format != "json":
        raise _fail(f"unknown format {format!r}: use json", EXIT_USAGE)
    if not Path(db.removeprefix("sqlite:///")).exists():
        raise _fail(f"{db}: no such database; run `corroborator run PATH --db {db}` first", EXIT_STORE)
    try:
        with api.open(db) as ledger_db:
            if out_file is None:
                try:
                    ledger_db.export_json(sys.stdout)
                except BrokenPipeError:
                    # The reader stopped early (`| head`): not an error of ours.
                    sys.stderr.close()
                    raise typer.Exit(EXIT_OK) from None
            else:
                with out_file.open("w", encoding="utf-8") as fh:
                    ledger_db.export_json(fh)
    except StoreError as exc:
        raise _fail(str(exc), EXIT_STORE) from None
    except OSError as exc:
        raise _fail(f"{out_file}: cannot write ({exc.strerror})", EXIT_STORE) from None


def main() -> None:
    """Run the command; an interrupt at any point, start-up included, gets the same clear line."""
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

    try:
        code = app(standalone_mode=False)
    except (KeyboardInterrupt, typer.Abort):
        err.print(
            "error: interrupted: every article finished so far is stored; run the same command again to complete",
            markup=False,
        )
        sys.exit(EXIT_INTERRUPTED)
    except NoArgsIsHelpError as exc:
        exc.show()
        sys.exit(EXIT_OK)
    except UsageError as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


if __name__ == "__main__":
    main()
