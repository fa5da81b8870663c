"""What the kiosk reads aloud: a panel's words in reading order, in the visitor's language.

Works on the presented fields (language maps already resolved to the visitor's
language), so what is heard is what is shown. Pure Python: no Qt.
"""

from __future__ import annotations

from typing import Any

# Read first, in this order, whatever the panel type; the rest follows in field order.
LEADING = ("kicker", "title", "intro")
# Not words a visitor reads: identifiers, layout numbers, picture files and credits.
SILENT = {"id", "accent", "sourceCount", "source", "credit", "rights", "aspect", "focusX", "focusY",
          "whole", "labels", "x", "y", "width", "height"}


def panel_script(fields: dict[str, Any]) -> str:
    """The panel's text as sentences, one after another."""
    parts: list[str] = []
    for key in LEADING:
        _collect(fields.get(key), parts)
    for key, value in fields.items():
        if key not in LEADING:
            _collect(value, parts, key)
    return _join(parts)


def screen_script(title: str, subtitle: str, sections: list[dict[str, Any]]) -> str:
    """The home screen: the exhibition's title, then each section's title and summary."""
    parts = [title, subtitle]
    for section in sections:
        parts += [section.get("title", ""), section.get("summary", "")]
    return _join(parts)


def _collect(value: Any, parts: list[str], key: str = "") -> None:
    if key in SILENT or value is None:
        return
    if isinstance(value, str):
        parts.append(value)
    elif isinstance(value, dict):
        if "source" in value:  # a picture: its caption, or what it shows
            parts.append(value.get("caption") or value.get("alt") or "")
        elif "number" in value:  # a figure, already written the language's way
            number, unit = str(value.get("number") or ""), str(value.get("unit") or "")
            parts.append(number + unit if unit[:1] and _is_cjk(unit[0]) else f"{number} {unit}".strip())
            parts.append(value.get("caption") or "")
        elif "quote" in value or "attribution" in value:
            parts += [value.get("quote") or "", value.get("attribution") or ""]
        else:
            for child_key, child in value.items():
                _collect(child, parts, child_key)
    elif isinstance(value, list):
        for child in value:
            _collect(child, parts)


def _join(parts: list[str]) -> str:
    """Sentences with a pause between them; a part with no closing stop gets one."""
    out = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        out.append(part if part[-1] in ".!?。！？…:：”\"" else part + ("。" if _is_cjk(part[-1]) else "."))
    return " ".join(out)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
