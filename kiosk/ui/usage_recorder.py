"""Hands usage events to the SQLite log on a thread of its own.

The visit calls these methods on the GUI thread; each returns at once and the
write happens on the "usage" worker, so a slow or full disk never delays a touch.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger(__name__)


class UsageRecorder:
    def __init__(self, path: Path | None = None):
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="usage")
        self._log = None
        self._closed = False
        self._pool.submit(self._open, path)

    def _open(self, path: Path | None) -> None:
        from kiosk.core.usage import UsageLog

        self._log = UsageLog(path)

    def _send(self, method: str, *args, **kwargs) -> None:
        if self._closed:
            return

        def write():
            try:
                getattr(self._log, method)(*args, **kwargs)
            except ValueError:  # a value the log refuses is a bug in the kiosk, never a visitor's problem
                log.exception("usage event %s refused", method)

        self._pool.submit(write)

    def visit_started(self, language: str) -> None:
        self._send("visit_started", language, from_attract=True)

    def visit_ended(self) -> None:
        self._send("visit_ended")

    def screen_viewed(self, screen: str, seconds: float) -> None:
        self._send("screen_viewed", screen, seconds)

    def panel_viewed(self, section_id: str, panel_index: int, seconds: float) -> None:
        self._send("panel_viewed", section_id, panel_index, seconds)

    def language_chosen(self, code: str) -> None:
        self._send("language_chosen", code)

    def image_zoomed(self, section_id: str, panel_index: int, image_index: int) -> None:
        self._send("image_zoomed", section_id, panel_index, image_index)

    def error_shown(self, kind: str) -> None:
        self._send("error_shown", kind)

    def close(self) -> None:
        """Write what is queued, then close the log; later events are dropped."""
        if not self._closed:
            self._send("close")
            self._closed = True
            self._pool.shutdown(wait=True)
