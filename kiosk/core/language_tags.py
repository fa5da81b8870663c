"""BCP 47 language tags: checking them, naming languages in themselves, writing direction.

Everything comes from CLDR through Babel, so a new content language needs no code. Babel is
imported only when asked for names or directions: the usage log imports WELL_FORMED alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

# RFC 5646 well-formed tags without grandfathered forms: language[-extlang]-script-region-variants-extensions-x-private.
WELL_FORMED = re.compile(
    r"^[a-zA-Z]{2,3}(-[a-zA-Z]{3}){0,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?"
    r"(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*(-[0-9a-wyzA-WYZ](-[a-zA-Z0-9]{2,8})+)*(-[xX](-[a-zA-Z0-9]{1,8})+)?$"
)
EXAMPLES = "e.g. en, zh-Hans, ar, pt-BR or sr-Latn"


@lru_cache(maxsize=1)
def _cldr_names() -> tuple[dict[str, str], set[str], set[str]]:
    """Known language subtags (with their English names), scripts and regions, from CLDR."""
    from babel import Locale

    en = Locale("en")
    languages = {code.lower(): name for code, name in en.languages.items() if "_" not in code}
    return languages, {s.lower() for s in en.scripts}, {r.lower() for r in en.territories}


def tag_problem(tag: str) -> str | None:
    """Why `tag` is not a usable BCP 47 tag, in words a curator can act on; None when it is."""
    if "_" in tag and tag_problem(tag.replace("_", "-")) is None:
        return f"'{tag}' is written with '_'; BCP 47 tags use '-', so write '{tag.replace('_', '-')}'"
    if not WELL_FORMED.fullmatch(tag):
        named = _tag_named(tag)
        if named:
            return f"'{tag}' is not a BCP 47 language tag; for {named[1]} write '{named[0]}'"
        return f"'{tag}' is not a language tag; write a BCP 47 tag, {EXAMPLES}"
    languages, scripts, regions = _cldr_names()
    parts = tag.lower().split("-")
    if parts[0] not in languages and not parts[0].startswith("q"):  # qaa-qtz are for private use
        where = "" if parts[0] == tag.lower() else f" in '{tag}'"
        return f"'{tag.split('-')[0]}'{where} is not a known language code; write a BCP 47 tag, {EXAMPLES}"
    for part in parts[1:3]:
        if part == "x" or len(part) == 1:
            break
        if len(part) == 4 and not part[0].isdigit() and part not in scripts:
            return f"'{part}' in '{tag}' is not a known script; write e.g. Hans, Hant, Latn, Cyrl or Arab"
        if (len(part) == 2 or (len(part) == 3 and part.isdigit())) and part not in regions:
            return f"'{part}' in '{tag}' is not a known region; write e.g. BR, CN, EG or 419"
    return None


def _tag_named(text: str) -> tuple[str, str] | None:
    """'English' -> ('en', 'English'): a curator who wrote a language's name instead of its tag."""
    wanted = text.strip().lower()
    for code, name in _cldr_names()[0].items():
        if name.lower() == wanted:
            return code, name
    return None


@lru_cache(maxsize=64)
def locale_for(tag: str) -> Locale | None:
    """Babel's locale for a tag; None when CLDR has no data for it."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def right_to_left(tag: str) -> bool:
    """Whether text in this language runs right to left (ar, he, fa, ur; ks-Arab but not ks-Deva)."""
    locale = locale_for(tag)
    return locale is not None and locale.text_direction == "rtl"


def endonym(tag: str, offered: Iterable[str] = ()) -> str:
    """The language's name in itself: English, 中文, العربية.

    Script or region is added only to tell apart two offered tags of one language
    (pt-BR and pt-PT, zh-Hans and zh-Hant).
    """
    locale = locale_for(tag)
    if locale is None:
        return tag
    base = tag.split("-")[0].lower()
    siblings = [t for t in offered if t.split("-")[0].lower() == base and t.lower() != tag.lower()]
    name = locale.get_display_name(locale) if siblings else locale.get_language_name(locale)
    if not name:
        return tag
    # CLDR writes some names in lower case (español); a button label starts with a capital where the script has one.
    return name[:1].upper() + name[1:]
