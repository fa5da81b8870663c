"""Figures formatted by CLDR rules for the visitor's language (via Babel)."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_compact_decimal, format_decimal, format_percent


@lru_cache(maxsize=32)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_figure(value: float, style: str, digits: int, language: str) -> str:
    """1482000 -> '1.482 million' (en), '148.2万' (zh-Hans)."""
    locale = _locale(language)
    if style == "compact":
        # English reads best spelled out ("1.482 million"); CJK short forms are already words (万).
        return format_compact_decimal(value, format_type="long", locale=locale, fraction_digits=digits)
    if style == "percent":
        return format_percent(value, format=f"#,##0.{'0' * digits}%" if digits else None, locale=locale)
    pattern = f"#,##0.{'0' * digits}" if digits else "#,##0"
    return format_decimal(value, format=pattern, locale=locale)


_NUMBER_PART = re.compile(r"^(\D*?\d[\d.,\u00a0\u202f\u066b\u066c]*?)(\s*[^\d\s.,].*)?$")


def split_figure(text: str) -> tuple[str, str]:
    """'1.482 million' -> ('1.482', 'million'); '148.2万' -> ('148.2', '万'), so the unit can be set smaller."""
    match = _NUMBER_PART.match(text)
    if not match or not match.group(2):
        return text, ""
    return match.group(1).strip(), match.group(2).strip()
