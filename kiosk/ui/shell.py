"""Builds the kiosk: QML engine, visit, exhibit, translations and presence detection.

Used by `kiosk run`, `kiosk preview` and the UI tests alike, so all three show
the same thing. Everything here runs on the GUI thread; content loading goes
to the exhibit's worker.
"""

from __future__ import annotations

import time
from collections import deque
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, QTranslator, QUrl
from PySide6.QtGui import QGuiApplication, QInputDevice
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent
from PySide6.QtQuick import QQuickWindow

import kiosk.ui.exhibit  # noqa: F401  registers Exhibit (and, through it, PanelItem) with QML
import kiosk.ui.tile_grid  # noqa: F401  registers TileGrid with QML
from kiosk.ui.access import Access
from kiosk.ui.bundled_fonts import register_bundled_fonts
from kiosk.ui.content_watch import DEFAULT_SETTLE_MS, ContentWatcher
from kiosk.ui.exhibit import Exhibit
from kiosk.ui.face_warmup import FaceWarmup
from kiosk.ui.image_provider import PROVIDER, PictureProvider
from kiosk.ui.memory import trim_after_each_visit, tune_heap
from kiosk.ui.panel_item import PANELS_DIR, panel_component
from kiosk.ui.raster import fills_on_the_gui_thread
from kiosk.ui.sleep import schedule_for
from kiosk.ui.speech import Speech
from kiosk.ui.staff import Staff
from kiosk.ui.usage_recorder import UsageRecorder
from kiosk.ui.visit import Visit
from kiosk.ui.watchdog import FrameWatchdog

PACKAGE = Path(__file__).resolve().parents[1]
QML_DIR = PACKAGE / "qml"
TRANSLATIONS = PACKAGE / "translations"
ICONS = PACKAGE.parent / "assets" / "icons"

_RETIRED: list[KioskShell] = []

PRESENCE_EVENTS = {
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.KeyPress,
}


class PresenceFilter(QObject):
    """Tells the visit that someone is still here whenever a finger touches the screen.

    In kiosk mode it also keeps visitors in: Escape, Alt+F4 and context-menu requests
    are swallowed, and the mouse pointer hides while touch is in use.
    """

    def __init__(self, visit: Visit, lockdown: bool, hide_cursor: bool, parent=None):
        super().__init__(parent)
        self._visit = visit
        self._lockdown = lockdown
        self._hide_cursor = hide_cursor
        self._cursor_hidden = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in PRESENCE_EVENTS and isinstance(watched, QQuickWindow):
            self._visit.touched()
            self._track_pointer(event)
        if self._lockdown:
            if kind == QEvent.Type.ContextMenu:
                return True
            if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and _is_escape_key(event):
                return True
        return False

    def _track_pointer(self, event) -> None:
        if not self._hide_cursor:
            return
        touch = event.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate)
        if touch and not self._cursor_hidden:
            from PySide6.QtCore import Qt  # see load_qt_namespace()

            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
            self._cursor_hidden = True
        elif (not touch and self._cursor_hidden and event.type() == QEvent.Type.MouseMove
              and event.device().type() == QInputDevice.DeviceType.Mouse):
            QGuiApplication.restoreOverrideCursor()  # staff with a real mouse see the pointer again
            self._cursor_hidden = False


def _is_escape_key(event) -> bool:
    from PySide6.QtCore import Qt  # see load_qt_namespace()

    key = event.key()
    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    return key == Qt.Key.Key_Escape or (alt and key == Qt.Key.Key_F4)


def load_qt_namespace() -> None:
    """Python's view of Qt's namespace (Qt.Key, Qt.CursorShape...) takes some 45 ms to build. Nothing
    on the way to the first frame needs it; this builds it just after, before any visitor's touch does."""
    from PySide6.QtCore import Qt

    Qt.Key  # noqa: B018 - the lookup is the point


def load_translations(parent: QObject) -> dict[str, QTranslator]:
    """Every compiled kiosk_<tag>.qm, by lower-case BCP 47 tag; read once before the window opens."""
    out: dict[str, QTranslator] = {}
    for qm in sorted(TRANSLATIONS.glob("kiosk_*.qm")):
        translator = QTranslator(parent)
        if translator.load(str(qm)):
            out[qm.stem.removeprefix("kiosk_").replace("_", "-").lower()] = translator
    return out


class KioskShell(QObject):
    def __init__(self, content: Path, *, fullscreen: bool, size: tuple[int, int], watch: bool = True,
                 settle_ms: int = DEFAULT_SETTLE_MS, record_usage: bool = True, speech: str | None = None,
                 check_in_child: bool = True, parent=None):
        super().__init__(parent)
        register_bundled_fonts()  # the offline bundle's fonts, before any text is laid out
        tune_heap()  # before any worker thread decodes a picture
        fills_on_the_gui_thread()  # before the first frame is drawn
        # The engine is created first so that, as the first child, it is destroyed first:
        # QML must let go of the visit and exhibit before they go.
        self.engine = QQmlApplicationEngine(self)
        from kiosk.core import staff_config

        self.config = staff_config.load()  # a few bytes, read once before the window opens
        self.usage = UsageRecorder() if record_usage else None
        self.visit = Visit(usage=self.usage, parent=self)
        self.exhibit = Exhibit(self.visit, parent=self, check_in_child=check_in_child)
        self.speech = Speech(speech, parent=self)  # engine name, "none", or None for the PC's own engine
        self.access = Access(self.visit, self.exhibit, self.speech, parent=self)
        if self.usage:
            self.exhibit.statusChanged.connect(self._note_unavailable)
        self.engine.addImportPath(str(QML_DIR))
        box = QGuiApplication.primaryScreen().size().toTuple() if fullscreen else tuple(size)
        self.engine.addImageProvider(PROVIDER, PictureProvider(box))  # the engine owns it
        self._translators = load_translations(self)
        self._installed: QTranslator | None = None
        self.visit.languageChanged.connect(self._retranslate)
        self._frames: deque[float] = deque(maxlen=240)
        self.staff = Staff(self.config, Path(content), self.exhibit, self._window_stats, parent=self)
        self.visit.reset.connect(self.staff.close)
        trim_after_each_visit(self.visit)
        self.schedule = schedule_for(self.config, self)
        self.schedule.changed.connect(self._sleep_or_wake)
        self.staff.more_stats.append(lambda: {"hours": self.schedule.status()})
        self.engine.setInitialProperties({
            "visit": self.visit,
            "exhibit": self.exhibit,
            "staff": self.staff,
            "access": self.access,
            "schedule": self.schedule,
            "fullscreen": fullscreen,
            "iconRoot": QUrl.fromLocalFile(str(ICONS)),
        })
        self.engine.loadFromModule("Kiosk", "Main")
        roots = self.engine.rootObjects()
        if not roots:
            raise RuntimeError("the kiosk's QML did not load; see the messages above")
        self.window: QQuickWindow = roots[0]
        # Compile every panel type now, off the visitor's path: the first tap on a section
        # would otherwise wait for the QML of each panel type it shows.
        self._panel_types = [QQmlComponent(self.engine, panel_component(path.stem.removesuffix("Panel")),
                                           QQmlComponent.CompilationMode.Asynchronous, self)
                             for path in sorted(PANELS_DIR.glob("*Panel.qml"))]
        if fullscreen:
            # Cover the whole screen even where the platform ignores the request (offscreen, some compositors).
            self.window.setGeometry(self.window.screen().geometry())
            self.window.showFullScreen()
        else:
            self.window.resize(QSize(*size))
        self.presence = PresenceFilter(self.visit, lockdown=fullscreen, hide_cursor=fullscreen and self.config.hide_cursor,
                                       parent=self)
        self.window.installEventFilter(self.presence)
        self.window.frameSwapped.connect(self._frame_swapped)
        self.window.frameSwapped.connect(self._first_frame_shown)
        from kiosk.core.sd_notify import SystemdNotifier

        self.watchdog = FrameWatchdog(self.window, self.exhibit, SystemdNotifier(), self)
        self.warmup = FaceWarmup(self.window, self.exhibit, self.visit, self._type_sizes, self)
        self.watcher = None
        if watch:
            # Curators' saves go live without a restart once they settle and pass validation.
            self.watcher = ContentWatcher(content, settle_ms, self)
            self.exhibit.watchListChanged.connect(self.watcher.watch)
            self.watcher.settled.connect(lambda: self.exhibit.load(content))
        self.exhibit.load(content)

    def _type_sizes(self) -> dict:
        theme = self.engine.singletonInstance("Kiosk.Style", "Theme")
        return {name: int(theme.property(name) or 0) for name in ("display", "h1", "h3", "lead", "caption")}

    def _sleep_or_wake(self) -> None:
        if self.schedule.asleep and self.visit.screen != "attract":
            self.visit.restart()  # the next visitor, in the morning, starts afresh

    def _first_frame_shown(self) -> None:
        self.window.frameSwapped.disconnect(self._first_frame_shown)
        QTimer.singleShot(0, load_qt_namespace)

    def _frame_swapped(self) -> None:
        self._frames.append(time.monotonic())

    def _window_stats(self) -> tuple[str, float]:
        api = self.window.rendererInterface().graphicsApi()
        now = time.monotonic()
        fps = sum(1 for t in self._frames if now - t <= 1.0)
        return api.name, fps

    def _note_unavailable(self) -> None:
        if self.exhibit.status == "unavailable":
            self.usage.error_shown("content_unavailable")

    def _retranslate(self) -> None:
        """The kiosk's own strings in the visit's language (zh-Hans-CN uses kiosk_zh_Hans.qm); else English."""
        from kiosk.core.languages import candidates

        if self._installed is not None:
            QGuiApplication.removeTranslator(self._installed)
        self._installed = next((self._translators[t.lower()] for t in candidates(self.visit.language)
                                if t.lower() in self._translators), None)
        if self._installed is not None:
            QGuiApplication.installTranslator(self._installed)
        self.engine.retranslate()

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.settled.disconnect()
            self.watcher.deleteLater()
            self.watcher = None
        self.watchdog.stop()
        self.warmup.stop()
        self.schedule.stop()
        self.window.removeEventFilter(self.presence)
        if self._installed is not None:
            QGuiApplication.removeTranslator(self._installed)
        self.window.frameSwapped.disconnect(self._frame_swapped)
        self.visit.reset.disconnect(self.staff.close)
        self.exhibit.shutdown()
        self.staff.shutdown()
        self.speech.shutdown()
        while QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
        if self.usage:
            self.usage.close()
        self.window.close()
        self.window.hide()
        # Keep the closed shell (engine, window, timers) alive until the process ends: deleting it while
        # the event loop still runs let a queued timer reach a deleted object (a segfault seen when the
        # tests, the layout check or the preview start one kiosk after another in the same process).
        _RETIRED.append(self)
