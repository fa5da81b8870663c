"""Turn pydantic validation errors into curator-facing problems with file and line."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from kiosk.core.problems import Problem, error
from kiosk.core.yaml_source import Path_, YamlDocument

_EXAMPLES = {
    "dict_type": "write it as a language map, one line per language, e.g.\n    en: Dazu Rock Carvings\n    zh-Hans: 大足石刻",
    "string_type": "write text here; put it in double quotes if it looks like a number or yes/no",
    "float_parsing": "write a plain number such as 1482000, without commas, units or quotes",
    "float_type": "write a plain number such as 1482000, without commas, units or quotes",
    "int_parsing": "write a whole number such as 3",
    "int_type": "write a whole number such as 3",
    "list_type": "write a list, one item per line starting with '- '",
    "model_type": "write key: value pairs here, indented under this key",
    "model_attributes_type": "write key: value pairs here, indented under this key",
}


def _unwrap(annotation: Any, data: Any) -> type[BaseModel] | None:
    """The model class an annotation stands for, choosing union members by `type`."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0], data)
    if origin in (typing.Union, types.UnionType):
        members = [_unwrap(a, data) for a in typing.get_args(annotation)]
        members = [m for m in members if m is not None]
        if isinstance(data, dict):
            for m in members:
                field = m.model_fields.get("type")
                if field is not None and data.get("type") in typing.get_args(field.annotation):
                    return m
        return members[0] if len(members) == 1 else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _walk(model: type[BaseModel], data: Any, loc: tuple) -> tuple[type[BaseModel] | None, Path_]:
    """Follow `loc` through models and data; drop union tags pydantic adds to it."""
    path: list[str | int] = []
    tagged = False
    current: Any = model
    annotation: Any = model
    for part in loc:
        if isinstance(part, int):
            tagged = False
            path.append(part)
            data = data[part] if isinstance(data, list) and part < len(data) else None
            args = typing.get_args(annotation)
            annotation = args[0] if args else None
            current = _unwrap(annotation, data) if annotation is not None else None
            continue
        if isinstance(data, dict) and data.get("type") == part and path and isinstance(path[-1], int) and not tagged:
            tagged = True  # pydantic inserts the union tag after the list index, even where a field has the same name
            continue
        tagged = False
        if current is not None and part in current.model_fields:
            annotation = current.model_fields[part].annotation
            if typing.get_origin(annotation) in (typing.Union, types.UnionType):
                args = [a for a in typing.get_args(annotation) if a is not type(None)]
                annotation = args[0] if len(args) == 1 else annotation
            path.append(part)
            data = data.get(part) if isinstance(data, dict) else None
            current = _unwrap(annotation, data)
        else:
            path.append(part)
            data = data.get(part) if isinstance(data, dict) else None
            current = None
    return current, tuple(path)


def problems_from(exc: ValidationError, model: type[BaseModel], doc: YamlDocument) -> list[Problem]:
    out: list[Problem] = []
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        kind = err["type"]
        if kind == "extra_forbidden":
            parent, parent_path = _walk(model, doc.data, loc[:-1])
            key = str(loc[-1])
            line, col = doc.key_where(parent_path + (key,))
            allowed = sorted(parent.model_fields) if parent else []
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed here: {', '.join(allowed)}"
            out.append(error(doc.path, line, col, f"unknown key '{key}'; {hint}"))
            continue
        if loc and loc[-1] == "[key]":  # a language map's key, e.g. 'english:' instead of 'en:'
            _, path = _walk(model, doc.data, loc[:-1])
            line, col = doc.key_where(path)
            out.append(error(doc.path, line, col, f"{'.'.join(str(p) for p in path[:-1])}: {_plain(err['msg'])}"))
            continue
        _, path = _walk(model, doc.data, loc)
        if kind == "missing":
            line, col = doc.where(path[:-1])
            out.append(error(doc.path, line, col,
                             f"'{path[-1]}' is missing here; add a line '{path[-1]}:' with its value"))
            continue
        line, col = doc.where(path)
        where = ".".join(str(p) for p in path) or "file"
        if kind == "union_tag_invalid" or kind == "union_tag_not_found":
            from kiosk.core.schema import PANEL_TYPES

            msg = f"panel type must be one of: {', '.join(PANEL_TYPES)}; write e.g. 'type: story'"
        elif kind in _EXAMPLES:
            msg = f"{where}: {err['msg'].lower()}; {_EXAMPLES[kind]}"
        else:
            msg = f"{where}: {_plain(err['msg'])}"
        out.append(error(doc.path, line, col, msg))
    return out


def _plain(msg: str) -> str:
    return msg[len("Value error, "):] if msg.startswith("Value error, ") else msg[:1].lower() + msg[1:]
