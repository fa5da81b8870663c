"""Checked content as plain records, for the running kiosk.

The content checker (pydantic, YAML, CLDR) runs in a short-lived process of its own
(kiosk/core/reading.py) and hands the kiosk the checked content as records: objects with
the same fields as the models in kiosk/core/schema.py, and nothing of pydantic. So the
kiosk, which runs for months, never holds the checker's 25 MB.

`walk` and `language_codes` take either form, so tools that check content in-process
(`kiosk validate`, `kiosk doctor`) share the code that reads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Path_ = tuple[str | int, ...]


class Record:
    """One checked model as plain data: its fields as attributes, its model's name (Picture, Figure,
    StoryPanel...) in `_model`. Fields never start with '_' (pydantic keeps those for itself)."""

    def __init__(self, model: str, fields: dict[str, Any]):
        self.__dict__.update(fields)
        self._model = model
        self._fields = tuple(fields)

    def __repr__(self) -> str:
        return f"Record({self._model}: {', '.join(self._fields)})"


def field_names(value: Any) -> tuple[str, ...] | None:
    """The fields of a content model or its record, in the schema's order; None for anything else."""
    if isinstance(value, Record):
        return value._fields
    fields = getattr(type(value), "model_fields", None)  # a pydantic model, without importing pydantic
    return tuple(fields) if isinstance(fields, dict) else None


def kind_of(value: Any) -> str:
    """The name of the model a value is or was checked as: Picture, Figure, StoryPanel..."""
    return value._model if isinstance(value, Record) else type(value).__name__


def as_record(value: Any) -> Any:
    """A checked model (and everything below it) as records; lists, language maps and scalars as they are."""
    names = field_names(value)
    if names is not None:
        return Record(type(value).__name__, {name: as_record(getattr(value, name)) for name in names})
    if isinstance(value, list):
        return [as_record(item) for item in value]
    if isinstance(value, dict):
        return dict(value)
    return value


def walk(value: Any, at: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every model, language map and list item below `value`, with its YAML path."""
    yield at, value
    names = field_names(value)
    if names is not None:
        for name in names:
            child = getattr(value, name)
            if child is not None:
                yield from walk(child, at + (name,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from walk(item, at + (i,))


def language_codes(content: Any) -> list[str]:
    return [lang.code for lang in content.exhibition.languages]
