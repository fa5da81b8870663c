"""Pick the text a visitor sees from a language map.

Fallback order (documented for curators in content/README.md):
1. the visitor's language exactly (zh-Hans);
2. that tag with subtags dropped from the end (zh-Hans-CN -> zh-Hans -> zh);
3. another entry of the same base language (zh-Hant for zh-Hans);
4. the exhibition's default language;
5. the first entry written in the file.
"""

from __future__ import annotations

from collections.abc import Mapping


def candidates(language: str) -> list[str]:
    parts = language.split("-")
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


def pick(text: Mapping[str, str] | None, language: str, default: str) -> str:
    if not text:
        return ""
    lowered = {k.lower(): v for k, v in text.items()}
    for tag in candidates(language):
        if tag.lower() in lowered:
            return lowered[tag.lower()]
    base = language.split("-")[0].lower()
    for key, value in text.items():
        if key.split("-")[0].lower() == base:
            return value
    for tag in candidates(default):
        if tag.lower() in lowered:
            return lowered[tag.lower()]
    return next(iter(text.values()))


def has_own(text: Mapping[str, str], language: str) -> bool:
    """True when `language` is served without falling back to another language."""
    lowered = {k.lower() for k in text}
    return any(tag.lower() in lowered for tag in candidates(language))


def offered_languages(content) -> list[dict]:
    """Each offered language: its code, its name in itself and its writing direction, from CLDR.

    Worked out in the content checker's process (kiosk/core/reading.py), where Babel reads its data.
    """
    from kiosk.core.language_tags import right_to_left

    out = []
    for code in content.language_codes:
        out.append({"code": code, "name": content.language_name(code), "rightToLeft": right_to_left(code)})
    return out
