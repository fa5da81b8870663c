"""Builds the kiosk: QML engine, visit, exhibit, translations and presence detection.

Used by `kiosk run`, `kiosk preview` and the UI tests alike, so all three show
the same thing. Everything here runs on the GUI thread; content loading goes
to the exhibit's worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, QTranslator, QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

import kiosk.ui.exhibit  # noqa: F401  registers Exhibit and PanelItem with QML
from kiosk.ui.content_watch import DEFAULT_SETTLE_MS, ContentWatcher
from kiosk.ui.exhibit import Exhibit
from kiosk.ui.usage_recorder import UsageRecorder
from kiosk.ui.visit import Visit

PACKAGE = Path(__file__).resolve().parents[1]
QML_DIR = PACKAGE / "qml"
TRANSLATIONS = PACKAGE / "translations"
ICONS = PACKAGE.parent / "assets" / "icons"

PRESENCE_EVENTS = {
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.KeyPress,
}


class PresenceFilter(QObject):
    """Tells the visit that someone is still here whenever a finger touches the screen."""

    def __init__(self, visit: Visit, parent=None):
        super().__init__(parent)
        self._visit = visit

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in PRESENCE_EVENTS and isinstance(watched, QQuickWindow):
            self._visit.touched()
        return False


class KioskShell(QObject):
    def __init__(self, content: Path, *, fullscreen: bool, size: tuple[int, int], watch: bool = True,
                 settle_ms: int = DEFAULT_SETTLE_MS, record_usage: bool = True, parent=None):
        super().__init__(parent)
        # The engine is created first so that, as the first child, it is destroyed first:
        # QML must let go of the visit and exhibit before they go.
        self.engine = QQmlApplicationEngine(self)
        self.usage = UsageRecorder() if record_usage else None
        self.visit = Visit(usage=self.usage, parent=self)
        self.exhibit = Exhibit(self.visit, parent=self)
        if self.usage:
            self.exhibit.statusChanged.connect(self._note_unavailable)
        self.engine.addImportPath(str(QML_DIR))
        self._translator = QTranslator(self)
        self.visit.languageChanged.connect(self._retranslate)
        self.engine.setInitialProperties({
            "visit": self.visit,
            "exhibit": self.exhibit,
            "fullscreen": fullscreen,
            "iconRoot": QUrl.fromLocalFile(str(ICONS)),
        })
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError("the kiosk's QML did not load; see the messages above")
        self.window: QQuickWindow = roots[0]
        if not fullscreen:
            self.window.resize(QSize(*size))
        self.presence = PresenceFilter(self.visit, self)
        self.window.installEventFilter(self.presence)
        self.watcher = None
        if watch:
            # Curators' saves go live without a restart once they settle and pass validation.
            self.watcher = ContentWatcher(content, settle_ms, self)
            self.exhibit.watchListChanged.connect(self.watcher.watch)
            self.watcher.settled.connect(lambda: self.exhibit.load(content))
        self.exhibit.load(content)

    def _note_unavailable(self) -> None:
        if self.exhibit.status == "unavailable":
            self.usage.error_shown("content_unavailable")

    def _retranslate(self) -> None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        app.removeTranslator(self._translator)
        qm = TRANSLATIONS / f"kiosk_{self.visit.language.replace('-', '_')}.qm"
        if qm.is_file() and self._translator.load(str(qm)):
            app.installTranslator(self._translator)
        self.engine.retranslate()

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.settled.disconnect()
            self.watcher.deleteLater()
            self.watcher = None
        self.exhibit.shutdown()
        if self.usage:
            self.usage.close()
        self.window.close()
        self.engine.deleteLater()
