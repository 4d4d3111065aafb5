"""Records to plain JSON-able values and back, driven by the dataclasses' own type hints."""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")


def to_plain(record: Any) -> Any:
    """Return ``record`` as dicts, lists and scalars (tuples become lists), ready for json.dumps."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_plain(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_plain(x) for x in record]
    if isinstance(record, dict):
        return {k: to_plain(v) for k, v in record.items()}
    return record


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(hint)
        return tuple(_convert(args[0], v) for v in value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return from_plain(hint, value)
    return value


def from_plain(cls: type[T], data: dict[str, Any]) -> T:
    """Return a ``cls`` record rebuilt from :func:`to_plain` output; missing keys take defaults."""
    hints = _hints(cast(Any, cls))
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)
