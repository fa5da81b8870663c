"""Checks beyond the schema: translations, sources, media files and glyphs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kiosk.core.fonts import FontIndex
from kiosk.core.languages import has_own
from kiosk.core.media import MediaError, inspect
from kiosk.core.problems import error, warning
from kiosk.core.schema import Content, Picture
from kiosk.core.yaml_source import Path_

FACT_PANELS = {"story", "figures", "timeline", "comparison"}


def walk(value: Any, at: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every model, language map and list item below `value`, with its YAML path."""
    yield at, value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            child = getattr(value, name)
            if child is not None:
                yield from walk(child, at + (name,))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from walk(item, at + (i,))


def check_content(content: Content, result, fonts: FontIndex | None, check_media: bool) -> None:
    root = result.root
    files = [(root / "exhibition.yaml", content.exhibition)]
    files += [(root / "sections" / f"{s.id}.yaml", s) for s in content.sections]
    languages = content.language_codes
    for path, model in files:
        doc = result.documents[path]
        for at, value in walk(model):
            line, col = doc.where(at)
            if isinstance(value, dict):
                _check_langmap(result, path, doc, at, value, languages, fonts)
            elif isinstance(value, Picture) and check_media:
                try:
                    result.media[value.file] = inspect(root, value.file)
                except MediaError as exc:
                    fl, fc = doc.where(at + ("file",))
                    result.problems.append(error(path, fl, fc, str(exc)))
            elif isinstance(value, BaseModel) and getattr(value, "type", None) in FACT_PANELS and not value.sources:
                result.problems.append(warning(path, line, col, f"this {value.type} panel states facts but has no sources; "
                                                                "add 'sources:' with the report or page each fact comes from"))


def _check_langmap(result, path: Path, doc, at: Path_, text: dict, languages, fonts) -> None:
    line, col = doc.where(at)
    where = ".".join(str(p) for p in at)
    for lang in languages:
        if not has_own(text, lang):
            result.problems.append(warning(path, line, col, f"{where} has no '{lang}' text, so visitors reading {lang} "
                                                            f"see another language; add a line '{lang}: ...'"))
    for lang, value in text.items():
        line, col = doc.where(at + (lang,))
        if not value.strip():
            result.problems.append(error(path, line, col, f"{where}.{lang} is empty; write the text or delete the line"))
        if fonts is not None:
            missing = fonts.missing(value)
            if missing:
                shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:5])
                result.problems.append(error(path, line, col, f"{where}.{lang}: no installed or bundled font can draw {shown}; "
                                                              "install a font that covers it (Chinese: Noto Sans CJK, Debian "
                                                              "package fonts-noto-cjk) or replace the character"))
