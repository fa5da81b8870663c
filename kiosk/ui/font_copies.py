"""Hands the small copies of the big typefaces (kiosk.core.font_subsets) to Qt.

The copies are made and read on the content worker; Qt registers them from memory on the
GUI thread, where its font database lives. Staff can turn copies off with
KIOSK_FONT_COPIES=off: text is then set in the installed faces, as it is until the copies are ready.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)
_registered: dict[Path, list[str]] = {}  # copy file -> the families Qt found in it


def enabled() -> bool:
    return os.environ.get("KIOSK_FONT_COPIES", "on").strip().lower() not in ("off", "0", "no", "false")


def make_in_worker(content, typefaces, stop: Callable[[], bool]) -> dict[str, tuple[str, list[tuple[Path, bytes]]]]:
    """On the content worker: installed family -> (copy's family, [(file, bytes)]) for each big family."""
    from kiosk.core.font_subsets import fit, kiosk_words, prune
    from kiosk.core.state import state_dir
    from kiosk.core.typefaces import shared_index

    folder = state_dir() / "font-copies"
    fitted = fit(shared_index(), typefaces.wanted(content, kiosk_words()), folder, stop)
    out = {}
    for family, copy in fitted.items():
        try:
            out[family] = (copy.family, [(path, path.read_bytes()) for path in copy.files])
        except OSError as exc:
            log.warning("could not read the copy of %s: %s", family, exc)
    if not stop():
        prune(folder, {path for copy in fitted.values() for path in copy.files})
    return out


def register(made: dict[str, tuple[str, list[tuple[Path, bytes]]]]) -> dict[str, str]:
    """On the GUI thread: gives Qt each copy once; returns installed family -> copy's family for those Qt took."""
    usable = {}
    for family, (copy, files) in made.items():
        ok = True
        for path, data in files:
            if path not in _registered:
                font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
                _registered[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            ok = ok and copy in _registered[path]
        if ok:
            usable[family] = copy
        else:
            log.warning("Qt could not use the small copy of %s; its text stays in the installed face", family)
    return usable
