"""Makes the small copies of the big typefaces (kiosk.core.font_subsets) and hands them to Qt.

Copies missing from the state folder are cut by `kiosk font-copies` in a child process:
cutting reads a whole CJK face, and the tens of MB that takes would stay in the kiosk's heap.
The content worker waits for it, then registers the copies: Qt's font database is thread-safe,
and registering a file reads it. Qt maps a copy like any installed font, so only the pages it
reads are resident.
Staff can turn copies off with KIOSK_FONT_COPIES=off: text is then set in the installed faces,
as it is until the copies are ready.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from kiosk.core.child_process import run_child

log = logging.getLogger(__name__)
_registered: dict[Path, list[str]] = {}  # copy file -> the families Qt found in it (content worker only)


def enabled() -> bool:
    return os.environ.get("KIOSK_FONT_COPIES", "on").strip().lower() not in ("off", "0", "no", "false")


CUT_LIMIT_S = 15 * 60  # here four faces take about 25 s; a child still cutting after this is stuck


def _cut_in_child(root: Path, state: Path, stop: Callable[[], bool]) -> None:
    frozen = getattr(sys, "frozen", False)  # the offline bundle's executable is the kiosk command itself
    command = [sys.executable, *([] if frozen else ["-m", "kiosk"]), "font-copies", str(root)]
    started = time.monotonic()
    code, _, errors = run_child(command, {**os.environ, "KIOSK_STATE_DIR": str(state)}, stop, CUT_LIMIT_S)
    if code is None and not stop():
        log.warning("'kiosk font-copies' was still cutting after %.0f s and was stopped; "
                    "text stays in the installed faces", CUT_LIMIT_S)
    elif code:
        log.warning("'kiosk font-copies' failed (exit %s): %s", code, errors[-500:])
    elif code == 0:
        log.info("small copies of the CJK faces cut in %.0f s", time.monotonic() - started)


def make_in_worker(root: Path, content, typefaces, stop: Callable[[], bool]) -> dict[str, str]:
    """On the content worker: installed family -> the family of its copy, for each copy Qt takes."""
    from kiosk.core.font_subsets import big_families, copies_folder, fit, kiosk_words, prune
    from kiosk.core.state import state_dir
    from kiosk.core.typefaces import own_index

    folder = copies_folder()
    # Read for this look and let go after: the kiosk runs for months, and needs the index only
    # when the content changes (about 0.6 MiB of Python objects; the checker measures with its own).
    index, wanted = own_index(), typefaces.wanted(content, kiosk_words())
    fitted = fit(index, wanted, folder, stop, cut=False)
    if set(fitted) != big_families(index, wanted) and not stop():
        _cut_in_child(root, state_dir(), stop)
        fitted = fit(index, wanted, folder, stop, cut=False)
    usable = {}
    for family, copy in fitted.items():
        found = set()
        for path in copy.files:
            if path not in _registered:
                font_id = QFontDatabase.addApplicationFont(str(path))
                _registered[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            found.update(_registered[path])
        if copy.family in found:
            usable[family] = copy.family
        else:
            log.warning("Qt could not use the small copy of %s; its text stays in the installed face", family)
    if not stop():
        prune(folder, {path for copy in fitted.values() for path in copy.files})
    return usable
