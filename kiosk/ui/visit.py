"""One visitor's path through the kiosk: screen, section, panel, language, idle reset.

Lives on the GUI thread. QML reads its properties and calls its slots; it
holds every navigation rule so the QML only lays things out.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

SCREENS = ("attract", "home", "section")


@QmlElement
@QmlUncreatable("The kiosk creates the visit; QML receives it as a required property.")
class Visit(QObject):
    screenChanged = Signal()
    sectionIndexChanged = Signal()
    panelIndexChanged = Signal()
    languageChanged = Signal()
    viewerChanged = Signal()
    idleChanged = Signal()
    reset = Signal()

    def __init__(self, default_language: str = "en", idle_seconds: float = 60, countdown_seconds: float = 10,
                 usage=None, parent=None):
        super().__init__(parent)
        self._usage = usage  # a UsageRecorder, or None to record nothing
        self._section_ids: list[str] = []
        self._screen_since = self._panel_since = time.monotonic()
        self._screen = "attract"
        self._section = -1
        self._panel = 0
        self._default_language = default_language
        self._language = default_language
        self._viewer = -1
        self._panel_counts: list[int] = []
        self._countdown_total = int(countdown_seconds)
        self._seconds_left = -1
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self._start_countdown)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)
        self.set_idle_timeout(idle_seconds, countdown_seconds)

    # -- configuration from the content -------------------------------------------------
    def configure(self, default_language: str, section_ids: list[str], panel_counts: list[int],
                  idle_seconds: float, countdown_seconds: float) -> None:
        self._default_language = default_language
        self._section_ids = list(section_ids)
        self._panel_counts = list(panel_counts)
        self.set_idle_timeout(idle_seconds, countdown_seconds)
        if self._section >= len(self._panel_counts):
            self.restart()

    def set_idle_timeout(self, idle_seconds: float, countdown_seconds: float) -> None:
        self._idle.setInterval(int(idle_seconds * 1000))
        self._countdown_total = max(1, int(countdown_seconds))

    # -- properties ------------------------------------------------------------------
    def _get_screen(self) -> str:
        return self._screen

    def _get_section(self) -> int:
        return self._section

    def _get_panel(self) -> int:
        return self._panel

    def _get_language(self) -> str:
        return self._language

    def _get_viewer(self) -> int:
        return self._viewer

    def _get_seconds_left(self) -> int:
        return self._seconds_left

    def _get_idle_warning(self) -> bool:
        return self._seconds_left >= 0

    screen = Property(str, _get_screen, notify=screenChanged)
    sectionIndex = Property(int, _get_section, notify=sectionIndexChanged)
    panelIndex = Property(int, _get_panel, notify=panelIndexChanged)
    language = Property(str, _get_language, notify=languageChanged)
    viewerIndex = Property(int, _get_viewer, notify=viewerChanged)
    secondsLeft = Property(int, _get_seconds_left, notify=idleChanged)
    idleWarning = Property(bool, _get_idle_warning, notify=idleChanged)

    # -- navigation --------------------------------------------------------------------
    def _set(self, attr: str, value, signal: Signal) -> None:
        if getattr(self, attr) != value:
            setattr(self, attr, value)
            signal.emit()

    # -- usage records: where the visitor was and for how long ----------------------------
    def _leave_panel(self) -> None:
        now = time.monotonic()
        if self._usage and self._screen == "section" and 0 <= self._section < len(self._section_ids):
            self._usage.panel_viewed(self._section_ids[self._section], self._panel, now - self._panel_since)
        self._panel_since = now

    def _go(self, screen: str) -> None:
        if screen == self._screen:
            return
        self._leave_panel()
        now = time.monotonic()
        if self._usage:
            self._usage.screen_viewed(self._screen, now - self._screen_since)
        self._screen_since = now
        self._screen = screen
        self.screenChanged.emit()

    @Slot()
    def begin(self) -> None:
        if self._screen == "attract" and self._usage:
            self._usage.visit_started(self._language)
        self._go("home")
        self._idle.start()

    @Slot(int)
    def openSection(self, index: int) -> None:
        if not 0 <= index < len(self._panel_counts):
            return
        self.closeViewer()
        self._leave_panel()
        self._set("_panel", 0, self.panelIndexChanged)
        self._set("_section", index, self.sectionIndexChanged)
        self._go("section")

    @Slot()
    def goHome(self) -> None:
        self.closeViewer()
        self._go("home")

    @Slot()
    def back(self) -> None:
        if self._viewer >= 0:
            self.closeViewer()
        elif self._screen == "section":
            self.goHome()
        elif self._screen == "home":
            self.restart()

    @Slot(int)
    def showPanel(self, index: int) -> None:
        if self._screen != "section":
            return
        target = max(0, min(index, self._panel_counts[self._section] - 1))
        if target != self._panel:
            self._leave_panel()
            self._panel = target
            self.panelIndexChanged.emit()

    @Slot()
    def nextPanel(self) -> None:
        self.showPanel(self._panel + 1)

    @Slot()
    def previousPanel(self) -> None:
        self.showPanel(self._panel - 1)

    @Slot(str)
    def setLanguage(self, code: str) -> None:
        """The visitor's choice of language (the idle reset restores the default without recording it)."""
        if code != self._language and self._usage:
            self._usage.language_chosen(code)
        self._set("_language", code, self.languageChanged)

    @Slot(int)
    def openImage(self, index: int) -> None:
        index = max(0, index)
        if self._usage and self._screen == "section" and 0 <= self._section < len(self._section_ids):
            self._usage.image_zoomed(self._section_ids[self._section], self._panel, index)
        self._set("_viewer", index, self.viewerChanged)

    @Slot()
    def closeViewer(self) -> None:
        self._set("_viewer", -1, self.viewerChanged)

    # -- idle --------------------------------------------------------------------------
    @Slot()
    def touched(self) -> None:
        """Any touch: the visitor is still here."""
        if self._seconds_left >= 0:
            self._tick.stop()
            self._seconds_left = -1
            self.idleChanged.emit()
        if self._screen != "attract":
            self._idle.start()

    def _start_countdown(self) -> None:
        if self._screen == "attract":
            return
        self._seconds_left = self._countdown_total
        self.idleChanged.emit()
        self._tick.start()

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.restart()
        else:
            self.idleChanged.emit()

    @Slot()
    def restart(self) -> None:
        """Back to the attract screen with everything reset for the next visitor."""
        self._tick.stop()
        self._idle.stop()
        self._seconds_left = -1
        self.idleChanged.emit()
        self.closeViewer()
        was_visiting = self._screen != "attract"
        self._go("attract")
        if was_visiting and self._usage:
            self._usage.visit_ended()
        self._set("_panel", 0, self.panelIndexChanged)
        self._set("_section", -1, self.sectionIndexChanged)
        self._set("_language", self._default_language, self.languageChanged)
        self.reset.emit()
