"""Read one YAML file into plain data, remembering where every value came from.

PyYAML only composes the node tree here; it never constructs objects, so no
tag can run code. Plain scalars are read by YAML 1.2 core rules (only
true/false are booleans) and the YAML 1.1 readings other tools would make
(`no` as false, `1:20` as 80) are reported as warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kiosk.core.problems import Problem, error, warning

MAX_YAML_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 40
YAML_TAG = "tag:yaml.org,2002:"
PLAIN_TAGS = {YAML_TAG + t for t in ("str", "int", "float", "bool", "null", "map", "seq")}

_NULL = re.compile(r"^(~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$"
)

Path_ = tuple[str | int, ...]

_SYNTAX_HINTS = (
    ("mapping values are not allowed", "a ': ' inside text starts a new key; put the whole text in double quotes"),
    ("found character '\\t'", "YAML does not allow tabs; indent with spaces"),
    ("could not find expected ':'", "a key is missing its ':' or the indentation is off; line keys up with the ones above"),
    ("did not find expected key", "the indentation is off; line this key up with its neighbours"),
    ("did not find expected '-' indicator", "list items must start with '- ' at the same indentation"),
    ("found unexpected end of stream", "a quote or bracket is not closed; close it"),
    ("found undefined alias", "an '*' name refers to no '&' anchor; define the anchor or remove the '*'"),
    ("while scanning a quoted scalar", "a quote is not closed; end the text with the same quote mark"),
    ("expected <block end>", "the indentation is off; line this item up with the ones above"),
)


@dataclass
class YamlDocument:
    """Plain data from one file plus the 1-based (line, column) of each value and key."""

    path: Path
    data: Any = None
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, at: Path_) -> tuple[int, int]:
        """Position of the value at `at`, or of its nearest recorded ancestor."""
        at = tuple(at)
        while at:
            if at in self.values:
                return self.values[at]
            at = at[:-1]
        return self.values.get((), (1, 1))

    def key_where(self, at: Path_) -> tuple[int, int]:
        return self.keys.get(tuple(at)) or self.where(at)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    text = f"{exc.context or ''} {exc.problem or ''}".strip()
    for needle, hint in _SYNTAX_HINTS:
        if needle in text:
            return f"YAML syntax: {exc.problem}; {hint}"
    return f"YAML syntax: {exc.problem or text}; check the quoting and indentation on this line and the one above"


class _Builder:
    def __init__(self, doc: YamlDocument, problems: list[Problem]):
        self.doc = doc
        self.problems = problems
        self.count = 0
        self.open_nodes: set[int] = set()

    def build(self, node: yaml.Node, at: Path_) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBigError
        self.doc.values.setdefault(at, _mark(node))
        if id(node) in self.open_nodes or len(self.open_nodes) > MAX_DEPTH:
            line, col = _mark(node)
            self.problems.append(error(self.doc.path, line, col,
                                       "this value contains itself through an '*' alias, or nests too deep; "
                                       "write the value out in full"))
            return None
        if not _is_plain(node):
            line, col = _mark(node)
            self.problems.append(
                error(self.doc.path, line, col,
                      f"tag '{node.tag.replace(YAML_TAG, '!!')}' is not allowed; remove it, "
                      "content files hold only text, numbers, lists and key: value pairs")
            )
            return None
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        self.open_nodes.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, at)
            return [self.build(item, at + (i,)) for i, item in enumerate(node.value)]
        finally:
            self.open_nodes.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, at: Path_) -> dict:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line, col = _mark(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(error(self.doc.path, line, col, "a key must be a plain word; write `name: value`"))
                continue
            key = key_node.value
            if key in out:
                first = self.doc.keys[at + (key,)][0]
                self.problems.append(
                    error(self.doc.path, line, col,
                          f"duplicate key '{key}' (first on line {first}); keep one of them, "
                          "the second would silently replace the first")
                )
                continue
            self.doc.keys[at + (key,)] = (line, col)
            out[key] = self.build(value_node, at + (key,))
        return out

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        text = node.value
        if node.style is not None:  # quoted, or a | / > block: always text
            return text
        old = _yaml11_tag(text)
        if node.tag != old:  # an explicit !!str or !!int on a plain scalar
            return text if node.tag == YAML_TAG + "str" else _core_schema(text)
        value = _core_schema(text)
        if old != YAML_TAG + "str" and old != _tag_of(value):
            line, col = _mark(node)
            self.problems.append(
                warning(self.doc.path, line, col,
                        f"'{text}' is read as {_describe(value)} here, but YAML 1.1 tools read it as "
                        f"{old.replace(YAML_TAG, '')}; write \"{text}\" in quotes to make it plainly text")
            )
        return value


class _TooBigError(Exception):
    pass


_RESOLVER = yaml.resolver.Resolver()


def _yaml11_tag(text: str) -> str:
    """The tag PyYAML (YAML 1.1) would give this plain scalar."""
    return _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))


def _is_plain(node: yaml.Node) -> bool:
    """True unless the file itself wrote a tag other than the plain YAML ones."""
    if node.tag in PLAIN_TAGS:
        return True
    # Implicit resolutions such as !!timestamp or !!merge are not tags the curator wrote.
    return isinstance(node, yaml.ScalarNode) and node.style is None and node.tag == _yaml11_tag(node.value)


def _core_schema(text: str) -> Any:
    if _NULL.match(text):
        return None
    if _BOOL.match(text):
        return text.lower() == "true"
    try:
        if _INT.match(text):
            return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
        if _FLOAT.match(text):
            if "nan" in text.lower():
                return float("nan")
            return float(text.replace(".", "", 1)) if "inf" in text.lower() else float(text)
    except ValueError:  # e.g. an integer too long to convert: keep the text, the schema will say what is wrong
        return text
    return text


def _tag_of(value: Any) -> str:
    names = {type(None): "null", bool: "bool", int: "int", float: "float", str: "str"}
    return YAML_TAG + names[type(value)]


def _describe(value: Any) -> str:
    return "text" if isinstance(value, str) else repr(value)


def read_yaml(path: Path, problems: list[Problem]) -> YamlDocument | None:
    """Parse `path`; append every problem found and return None if it cannot be used."""
    doc = YamlDocument(path)
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            problems.append(error(path, 0, 0, f"file is {size // 1024} KB; a content file may be at most "
                                              f"{MAX_YAML_BYTES // 1024} KB, split it into sections"))
            return None
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(error(path, 0, 0, f"cannot read the file ({exc.strerror}); check it exists and is readable"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(error(path, line, 1, "the file is not UTF-8 text; save it as UTF-8 in your editor"))
        return None
    try:
        nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote is reported at the end of the file; point at where it opens instead.
        opened = exc.context == "while scanning a quoted scalar" and exc.context_mark is not None
        mark = exc.context_mark if opened else (exc.problem_mark or exc.context_mark)
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problems.append(error(path, line, col, _syntax_message(exc)))
        return None
    except yaml.YAMLError as exc:
        problems.append(error(path, 0, 0, f"YAML syntax: {exc}"))
        return None
    if len(nodes) != 1 or nodes[0] is None:
        problems.append(error(path, 1, 1, "expected exactly one YAML document; remove extra '---' lines or add content"))
        return None
    try:
        doc.data = _Builder(doc, problems).build(nodes[0], ())
    except _TooBigError:
        problems.append(error(path, 1, 1, f"the file expands to more than {MAX_NODES} values (anchors "
                                          "repeated too often); write the values out instead of nesting '*' aliases"))
        return None
    return doc
