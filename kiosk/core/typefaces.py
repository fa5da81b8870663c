"""Which installed font families set each language's text.

Chooses, per language, a family that can draw every character the content
uses in that language, preferring well-made museum faces (Noto Serif / Sans,
their CJK and Arabic siblings). Measured in the content checker's process
(kiosk/core/reading.py); the kiosk asks the result for faces.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

from kiosk.core.fonts import FontIndex, font_advice
from kiosk.core.languages import has_own, pick
from kiosk.core.records import language_codes, walk
from kiosk.core.state import state_dir

Content = Any  # kiosk.core.schema.Content, or its record (kiosk/core/records.py)

# Latin faces first: a face is taken only if it draws the language's own script, so
# Chinese text falls through to the CJK faces and Arabic to the Arabic ones.
DISPLAY_PREFERENCE = (
    "Noto Serif", "Source Serif 4", "Georgia", "Noto Serif CJK SC", "Source Han Serif SC",
    "Noto Naskh Arabic", "DejaVu Serif",
)
TEXT_PREFERENCE = (
    "Noto Sans", "Segoe UI", "Helvetica Neue", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
    "PingFang SC", "Noto Sans Arabic", "DejaVu Sans",
)

# Line spacing (em) of the Latin face the layout was designed with (Noto Sans). Latin and CJK faces
# (1.36-1.45 em) are set as they are; a tall face (Noto Sans Arabic: 2.1 em) is set at the Latin
# pitch, so a paragraph keeps its shape, and English shown in an Arabic visit (a panel not yet
# translated, drawn by font fallback under the Arabic face's metrics) fits where it fits in English.
DESIGNED_LINE_SPACING = 1.362
TALL_LINE_SPACING = 1.6

_shared_index: FontIndex | None = None


def own_index() -> FontIndex:
    """An index of this PC's fonts for the caller alone, read from the state folder's cache."""
    return FontIndex(cache_file=state_dir() / "font-coverage-v3.json")  # v3 packs the runs; older files stay for older kiosks


def shared_index() -> FontIndex:
    """One index for the whole process: for the content checker and staff's commands, which run once."""
    global _shared_index
    if _shared_index is None:
        _shared_index = own_index()
    return _shared_index


def language_sample(content: Content, language: str, own_only: bool = False) -> str:
    """All text a visitor reading `language` sees; with own_only, only the text written in it (no fallback).

    Figures count in the words they are shown with (万, مليون), once the checker has formatted them.
    """
    default = content.exhibition.default_language
    texts = []
    for part in (content.exhibition, *content.sections):
        for _, v in walk(part):
            text = v if isinstance(v, dict) else getattr(v, "shown", None)  # a figure's words (kiosk/core/reading.py)
            if isinstance(text, dict):
                texts.append(text)
    return "".join(pick(v, language, default) for v in texts if not own_only or has_own(v, language))


_CJK_PREFIXES = ("CJK", "HIRAGANA", "KATAKANA", "FULLWIDTH", "IDEOGRAPHIC", "HALFWIDTH")
MINOR_SCRIPT_SHARE = 0.1


def _script(ch: str) -> str | None:
    """A coarse script name for letters and CJK punctuation; None for shared signs (digits, quotes, dashes)."""
    name = unicodedata.name(ch, "")
    if name.startswith(_CJK_PREFIXES):
        return "CJK"
    if unicodedata.category(ch).startswith("L"):
        return name.split(" ")[0]
    return None


def main_script_chars(sample: str) -> str:
    """The characters a language's face must draw itself: its own scripts and shared signs.

    A few words in another script (a Chinese poem quoted in English text) are left to
    Qt's font fallback, so the English text keeps its Latin face and Latin quotes.
    """
    chars = set(sample)
    counts = Counter(_script(c) for c in sample if _script(c))
    total = sum(counts.values()) or 1
    minor = {script for script, n in counts.items() if n / total < MINOR_SCRIPT_SHARE}
    return "".join(sorted(c for c in chars if not c.isspace() and _script(c) not in minor))


class Typefaces:
    def __init__(self, index: FontIndex | None = None):
        self._index = index
        self._text: dict[str, str] = {}
        self._display: dict[str, str] = {}
        self._spacing: dict[str, float] = {}
        self._fitted: dict[str, str] = {}  # installed family -> its small copy (kiosk.core.font_subsets)
        self.missing: dict[str, list[str]] = {}  # characters of each language no font here can draw

    def measure(self, content: Content) -> None:
        index = self._index or shared_index()
        for lang in language_codes(content):
            sample = language_sample(content, lang)
            self.missing[lang] = index.missing(sample)
            # The face is chosen for the language's own text: English shown where Arabic is still missing
            # must not pull Arabic into a Latin face.
            own = main_script_chars(language_sample(content, lang, own_only=True) or sample)
            self._text[lang] = index.family_for(own, TEXT_PREFERENCE) or ""
            self._display[lang] = index.family_for(own, DISPLAY_PREFERENCE) or self._text[lang]
            for family in (self._text[lang], self._display[lang]):
                self._spacing[family] = index.line_spacing(family) if family else 0.0

    def wanted(self, content: Content, kiosk_words: str = "") -> dict[str, str]:
        """Each chosen family and every character it sets: the text of each language it serves,
        and the kiosk's own words."""
        out: dict[str, str] = {}
        for lang in language_codes(content):
            sample = language_sample(content, lang)
            for family in {self._text.get(lang, ""), self._display.get(lang, "")} - {""}:
                out[family] = "".join(sorted(set(out.get(family, "") + sample + kiosk_words)))
        return out

    def use_fitted(self, fitted: dict[str, str]) -> None:
        """Set text in the small copies from now on: installed family -> copy's family."""
        self._fitted = dict(fitted)
        for family, copy in fitted.items():
            self._spacing[copy] = self._spacing.get(family, 0.0)

    def drawable(self, language: str) -> bool:
        return not self.missing.get(language)

    def explain(self, language: str, name: str) -> str:
        chars = "".join(self.missing.get(language, [])[:8])
        package, family = font_advice(chars)
        return (f"{name} ({language}) is hidden from visitors: no installed font can draw '{chars}'. "
                f"Install a font that covers it ({family}, Debian package {package}), then restart the kiosk.")

    def line_scale(self, family: str) -> float:
        """How much to tighten the lines of `family` to match the designed spacing (1 = as designed)."""
        spacing = self._spacing.get(family, 0.0)
        return round(DESIGNED_LINE_SPACING / spacing, 3) if spacing > TALL_LINE_SPACING else 1.0

    def face(self, language: str) -> dict[str, str | float]:
        """The families and line scales that set `language`'s text, as the UI takes them."""
        text, display = self.text_family(language), self.display_family(language)
        return {"text": text, "display": display,
                "textLineScale": self.line_scale(text), "displayLineScale": self.line_scale(display)}

    def fallbacks(self, languages: list[str]) -> dict[str, list[str]]:
        """For each family that sets one of `languages`, the kiosk's other families, in the order Qt
        should try them for a character it lacks: text faces before display faces, in language order.

        A Chinese name quoted in English then comes from the exhibition's Chinese face (Simplified
        forms, the small copy), not from whichever CJK face the PC's own fallback finds first.
        """
        order = [self.text_family(lang) for lang in languages] + [self.display_family(lang) for lang in languages]
        order = [family for family in dict.fromkeys(order) if family]
        return {family: [other for other in order if other != family] for family in order}

    def text_family(self, language: str) -> str:
        family = self._text.get(language, "")
        return self._fitted.get(family, family)

    def display_family(self, language: str) -> str:
        family = self._display.get(language, "")
        return self._fitted.get(family, family)
