"""Fonts shipped with the kiosk (assets/fonts, filled by the offline bundle) are given to Qt.

The font check (kiosk.core.fonts) already reads that folder; this makes Qt draw with
the same files, so a bundled kiosk shows its languages on a PC without those fonts.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from kiosk.core.fonts import BUNDLED_FONTS, FONT_SUFFIXES

log = logging.getLogger(__name__)
_registered = False


def register_bundled_fonts() -> int:
    """Call after the QGuiApplication exists and before any window, so no frame waits; only the first call works."""
    global _registered
    if _registered or not BUNDLED_FONTS.is_dir():
        return 0
    _registered = True
    added = 0
    for path in sorted(BUNDLED_FONTS.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            if QFontDatabase.addApplicationFont(str(path)) < 0:
                log.warning("Qt could not use the bundled font %s", path.name)
            else:
                added += 1
    log.info("using %d bundled font files from %s", added, BUNDLED_FONTS)
    return added
