"""corroborator: a sourced event ledger from overlapping, copied and contradicting conflict news.

The public names below are imported lazily, so ``import corroborator.figures`` (or a Dask worker
unpickling a record) does not load the whole pipeline and its language model.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_RECORDS = (
    "ActorMention", "Article", "Claim", "ClaimantFigure", "DateMention", "Embed", "Event", "Extraction",
    "Figure", "Ledger", "PassageLink", "PassageSpan", "PlaceMention", "ReconciledFigure", "Rejection",
    "Sentence", "Story",
)
_WHERE = {
    **{name: "corroborator.records" for name in _RECORDS},
    "LedgerDB": "corroborator.api",
    "open": "corroborator.api",
    "RunReport": "corroborator.pipeline",
    "build_ledger": "corroborator.pipeline",
    "process_article": "corroborator.pipeline",
    "run": "corroborator.pipeline",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'corroborator' has no attribute {name!r}")
