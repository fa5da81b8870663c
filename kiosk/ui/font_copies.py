"""Makes the small copies of the big typefaces (kiosk.core.font_subsets) and hands them to Qt.

Both happen on the content worker: Qt's font database is thread-safe, and registering a file
reads it. Qt maps the copy like any installed font, so only the pages it reads are resident.
A copy is used only if Qt takes it for the writing systems of the languages it sets;
otherwise Qt would quietly set those languages in some other installed face.
Staff can turn copies off with KIOSK_FONT_COPIES=off: text is then set in the installed faces,
as it is until the copies are ready.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)
_registered: dict[Path, list[str]] = {}  # copy file -> the families Qt found in it (content worker only)

WS = QFontDatabase.WritingSystem
_WRITING_SYSTEMS = (
    (("zh-hant", "zh-tw", "zh-hk", "zh-mo"), WS.TraditionalChinese),
    (("zh",), WS.SimplifiedChinese),
    (("ja",), WS.Japanese),
    (("ko",), WS.Korean),
)


def enabled() -> bool:
    return os.environ.get("KIOSK_FONT_COPIES", "on").strip().lower() not in ("off", "0", "no", "false")


def writing_system(language: str):
    """The CJK writing system Qt must find in a face to set `language` with it; None for others."""
    tag = language.lower()
    for prefixes, system in _WRITING_SYSTEMS:
        if any(tag == p or tag.startswith(p + "-") for p in prefixes):
            return system
    return None


def make_in_worker(content, typefaces, stop: Callable[[], bool]) -> dict[str, str]:
    """On the content worker: installed family -> the family of its copy, for each copy Qt takes."""
    from kiosk.core.font_subsets import fit, kiosk_words, prune
    from kiosk.core.state import state_dir
    from kiosk.core.typefaces import shared_index

    folder = state_dir() / "font-copies"
    fitted = fit(shared_index(), typefaces.wanted(content, kiosk_words()), folder, stop)
    usable = {}
    for family, copy in fitted.items():
        found = set()
        for path in copy.files:
            if path not in _registered:
                font_id = QFontDatabase.addApplicationFont(str(path))
                _registered[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            found.update(_registered[path])
        needed = {writing_system(lang) for lang in content.language_codes
                  if family in (typefaces.text_family(lang), typefaces.display_family(lang))} - {None}
        missing = needed - set(QFontDatabase.writingSystems(copy.family)) if copy.family in found else needed
        if copy.family in found and not missing:
            usable[family] = copy.family
        else:
            log.warning("Qt does not take the small copy of %s for %s; that text stays in the installed face",
                        family, ", ".join(s.name for s in missing) or "any text")
    if not stop():
        prune(folder, {path for copy in fitted.values() for path in copy.files})
    return usable
