"""`kiosk run --smoke`: start, open the home screen, draw it, and exit 0; for testing an installed kiosk.

Exit codes: 0 the home screen was drawn with the content; 1 the content cannot be shown;
4 nothing was drawn within the time limit; 5 Qt lacks a font the content is set in.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)
HOME_REACHED = "smoke test: home screen drawn"


class SmokeCheck(QObject):
    def __init__(self, shell, timeout_s: float = 120, parent=None):
        super().__init__(parent or shell)
        self._shell = shell
        self._home_since = False
        self._limit = QTimer(self, singleShot=True, interval=int(timeout_s * 1000))
        self._limit.timeout.connect(lambda: self._finish(4, "smoke test: nothing drawn in time"))
        self._limit.start()
        self._settled = QTimer(self, singleShot=True, interval=600)  # past the home screen's fade-in
        self._settled.timeout.connect(self._look)
        shell.exhibit.statusChanged.connect(self._status)
        self._status()

    def _status(self) -> None:
        status = self._shell.exhibit.status
        if status == "ready" and self._shell.visit.screen == "attract":
            self._shell.visit.begin()  # what a visitor's first touch does
            self._settled.start()
        elif status == "unavailable":
            self._finish(1, "smoke test: the content cannot be shown")

    def _look(self) -> None:
        if self._shell.visit.screen != "home":
            self._finish(4, f"smoke test: on the {self._shell.visit.screen} screen, not home")
            return
        missing = self._fonts_missing()
        if missing:
            self._finish(5, f"smoke test: Qt has no font {', '.join(missing)}")
            return
        self._shell.window.frameSwapped.connect(self._drawn)
        self._shell.window.update()

    def _fonts_missing(self) -> list[str]:
        """The families chosen for each language that Qt itself cannot find (text would fall back or show boxes)."""
        visit, exhibit = self._shell.visit, self._shell.exhibit
        known = set(QFontDatabase.families())
        first = visit.language
        missing = []
        for entry in exhibit.languages:
            visit.setLanguage(entry["code"])
            missing += [f"{entry['code']}: {f}" for f in (exhibit.textFamily, exhibit.displayFamily) if f not in known]
        visit.setLanguage(first)
        return missing

    def _drawn(self) -> None:
        self._shell.window.frameSwapped.disconnect(self._drawn)
        api = self._shell.window.rendererInterface().graphicsApi().name
        self._finish(0, f"{HOME_REACHED} (renderer: {api}, content: {self._shell.exhibit.title})")

    def _finish(self, code: int, message: str) -> None:
        self._limit.stop()
        (log.info if code == 0 else log.error)(message)
        print(message, flush=True)
        QCoreApplication.exit(code)
