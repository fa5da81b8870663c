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
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)
_registered: dict[Path, list[str]] = {}  # copy file -> the families Qt found in it (content worker only)


def enabled() -> bool:
    return os.environ.get("KIOSK_FONT_COPIES", "on").strip().lower() not in ("off", "0", "no", "false")


CUT_LIMIT_S = 15 * 60  # here four faces take about 25 s; a child still cutting after this is stuck


def _cut_in_child(root: Path, state: Path, stop: Callable[[], bool]) -> None:
    frozen = getattr(sys, "frozen", False)  # the offline bundle's executable is the kiosk command itself
    command = [sys.executable, *([] if frozen else ["-m", "kiosk"]), "font-copies", str(root)]
    started = time.monotonic()
    code, errors = run_child(command, {**os.environ, "KIOSK_STATE_DIR": str(state)}, stop, CUT_LIMIT_S)
    if code is None and not stop():
        log.warning("'kiosk font-copies' was still cutting after %.0f s and was stopped; "
                    "text stays in the installed faces", CUT_LIMIT_S)
    elif code:
        log.warning("'kiosk font-copies' failed (exit %s): %s", code, errors[-500:])
    elif code == 0:
        log.info("small copies of the CJK faces cut in %.0f s", time.monotonic() - started)


def run_child(command: list[str], env: dict[str, str], stop: Callable[[], bool], limit_s: float) -> tuple[int | None, str]:
    """Runs `command` until it ends, `stop()` is true or `limit_s` passes: (exit code or None if
    it was stopped, the end of what it wrote to stderr).

    The child's messages go to a file, not a pipe: a pipe nobody reads fills at 64 KB and would
    hold the child, and the worker waiting for it, for ever."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as messages:
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=messages)
        while child.poll() is None:
            if stop() or time.monotonic() - started > limit_s:
                child.kill()
                child.wait()
                return None, ""
            time.sleep(0.2)
        messages.seek(max(0, messages.seek(0, os.SEEK_END) - 2000))
        return child.returncode, messages.read().decode("utf-8", "replace").strip()


def make_in_worker(root: Path, content, typefaces, stop: Callable[[], bool]) -> dict[str, str]:
    """On the content worker: installed family -> the family of its copy, for each copy Qt takes."""
    from kiosk.core.font_subsets import big_families, copies_folder, fit, kiosk_words, prune
    from kiosk.core.state import state_dir
    from kiosk.core.typefaces import shared_index

    folder = copies_folder()
    index, wanted = shared_index(), typefaces.wanted(content, kiosk_words())
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
