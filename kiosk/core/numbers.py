"""Figures formatted by CLDR rules for the visitor's language (via Babel)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale


@lru_cache(maxsize=32)
def _locale(language: str) -> Locale:
    from babel import Locale, UnknownLocaleError  # CLDR is read where figures are formatted: the content checker

    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_figure(value: float, style: str, digits: int, language: str) -> str:
    """1482000 -> '1.482 million' (en), '148.2万' (zh-Hans)."""
    from babel.numbers import format_compact_decimal, format_decimal, format_percent

    locale = _locale(language)
    # Latin digits: CLDR's default numbering system for ar (and en, zh). Babel cannot write native
    # digits (ar-EG, fa), and Arabic separators around Latin digits would be worse than neither.
    digits_of = {"locale": locale, "numbering_system": "latn"}
    if style == "compact":
        # English reads best spelled out ("1.482 million"); CJK short forms are already words (万).
        return format_compact_decimal(value, format_type="long", fraction_digits=digits, **digits_of)
    if style == "percent":
        return format_percent(value, format=f"#,##0.{'0' * digits}%" if digits else None, **digits_of)
    pattern = f"#,##0.{'0' * digits}" if digits else "#,##0"
    return format_decimal(value, format=pattern, **digits_of)


# Digits, separators (Arabic ones too) and the bidi marks CLDR puts around signs in right-to-left locales.
_NUMBER_PART = re.compile(r"^(\D*?\d[\d.,\u00a0\u202f\u066b\u066c\u061c\u200e\u200f]*?)(\s*[^\d\s.,\u066b\u066c\u061c\u200e\u200f].*)?$")


def split_figure(text: str) -> tuple[str, str]:
    """'1.482 million' -> ('1.482', 'million'); '148.2万' -> ('148.2', '万'), so the unit can be set smaller."""
    match = _NUMBER_PART.match(text)
    if not match or not match.group(2):
        return text, ""
    return match.group(1).strip(), match.group(2).strip()
