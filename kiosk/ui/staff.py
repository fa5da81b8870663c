"""The staff side of the kiosk: a hidden gesture, a PIN pad, and a menu to check and control it.

Lives on the GUI thread. PIN checks (deliberately slow hashing) and the usage
export run on a worker; results come back as queued signals.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.process_info import rss_mb

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

CORNER_TAPS = 5
CORNER_WINDOW_S = 3.0
MAX_WRONG_PINS = 5
LOCKOUT_S = 300
RESTART_EXIT_CODE = 75  # `kiosk run` starts itself again; under systemd, Restart=always does


@QmlElement
@QmlUncreatable("The kiosk creates the staff controls; QML receives them as a required property.")
class Staff(QObject):
    changed = Signal()
    statsChanged = Signal()
    _checked = Signal(bool)
    _exported = Signal(str)
    _today = Signal(str)

    def __init__(self, config, content: Path, exhibit, window_stats, parent=None):
        super().__init__(parent)
        self._config = config
        self._content = content
        self._content_shown = str(Path(content).absolute())
        self._exhibit = exhibit
        self._window_stats = window_stats  # callable -> (renderer name, frames per second)
        self.more_stats: list = []  # callables -> dict of further rows (opening hours, safe mode, renderer fallback)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="staff")
        self._taps: list[float] = []
        self._pad = self._menu = self._checking = False
        self._wrong = 0
        self._locked_until = 0.0
        self._message = ""
        self._may_exit = False
        self._started = time.monotonic()
        self._stats = {"uptime": "", "memory": "", "renderer": "", "fps": ""}
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._refresh)
        self._today_text = ""
        self._today.connect(self._today_counted)
        self._checked.connect(self._pin_checked)
        self._exported.connect(self._export_done)

    # -- properties ------------------------------------------------------------------
    def _get_pad(self) -> bool:
        return self._pad

    def _get_menu(self) -> bool:
        return self._menu

    def _get_message(self) -> str:
        return self._message

    def _get_has_pin(self) -> bool:
        return self._config.has_pin

    def _get_checking(self) -> bool:
        return self._checking

    def _get_may_exit(self) -> bool:
        return self._may_exit

    def _get_stats(self) -> dict:
        return self._stats

    padOpen = Property(bool, _get_pad, notify=changed)
    menuOpen = Property(bool, _get_menu, notify=changed)
    message = Property(str, _get_message, notify=changed)
    pinConfigured = Property(bool, _get_has_pin, notify=changed)
    checking = Property(bool, _get_checking, notify=changed)
    mayExit = Property(bool, _get_may_exit, notify=changed)
    stats = Property(dict, _get_stats, notify=statsChanged)

    def _update(self, **values) -> None:
        for key, value in values.items():
            setattr(self, f"_{key}", value)
        self.changed.emit()

    # -- opening ---------------------------------------------------------------------
    @Slot()
    def cornerTapped(self) -> None:
        """Five taps in the corner within three seconds open the PIN pad."""
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t <= CORNER_WINDOW_S] + [now]
        if len(self._taps) >= CORNER_TAPS:
            self._taps.clear()
            locked = self._locked_until - now
            message = "" if locked <= 0 else _locked_out(int(locked // 60) + 1)
            if not self._config.has_pin:
                message = QCoreApplication.translate("Staff", "No staff PIN is set on this PC. Run 'kiosk set-pin' to set one.")
            self._update(pad=True, message=message)

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        now = time.monotonic()
        if self._checking or not self._config.has_pin:
            return
        if now < self._locked_until:
            self._update(message=_locked_out(int((self._locked_until - now) // 60) + 1))
            return
        self._update(checking=True, message="")
        self._pool.submit(lambda: self._checked.emit(self._config.check_pin(pin)))

    @Slot(bool)
    def _pin_checked(self, ok: bool) -> None:
        if ok:
            self._wrong = 0
            self._update(checking=False, pad=False, menu=True, message="")
            self._refresh()
            self._tick.start()
            self._pool.submit(self._count_today)
            log.info("staff menu opened")
            return
        self._wrong += 1
        if self._wrong >= MAX_WRONG_PINS:
            self._wrong = 0
            self._locked_until = time.monotonic() + LOCKOUT_S
            log.warning("staff PIN pad locked after %d wrong PINs", MAX_WRONG_PINS)
            self._update(checking=False, message=_locked_out(LOCKOUT_S // 60))
        else:
            left = MAX_WRONG_PINS - self._wrong
            self._update(checking=False, message=QCoreApplication.translate("Staff", "Wrong PIN. Tries left: %1").replace("%1", str(left)))

    @Slot()
    def close(self) -> None:
        self._tick.stop()
        self._update(pad=False, menu=False, message="")

    def locked(self) -> bool:
        return time.monotonic() < self._locked_until

    # -- the menu ------------------------------------------------------------------------
    def _refresh(self) -> None:
        up = int(time.monotonic() - self._started)
        renderer, fps = self._window_stats()
        self._stats = {
            "uptime": QCoreApplication.translate("Staff", "%1 d %2 h %3 min").replace("%1", str(up // 86400))
                                      .replace("%2", str(up % 86400 // 3600)).replace("%3", str(up % 3600 // 60)),
            "memory": QCoreApplication.translate("Staff", "%1 MB").replace("%1", f"{rss_mb():.0f}"),
            "renderer": renderer,
            "fps": f"{fps:.0f}",
            "content": self._content_shown,
            "problems": self._exhibit.problems or QCoreApplication.translate("Staff", "none"),
            "pending": (QCoreApplication.translate("Staff", "yes") if self._exhibit.updatePending
                        else QCoreApplication.translate("Staff", "no")),
            "today": self._today_text or QCoreApplication.translate("Staff", "counting…"),
        }
        for more in self.more_stats:
            self._stats.update(more())
        self.statsChanged.emit()

    def _count_today(self) -> None:
        """Today's figures from the usage log (worker thread)."""
        from kiosk.core.state import state_dir
        from kiosk.core.usage import DB_NAME
        from kiosk.core.usage_stats import connect, summarize

        try:
            db = state_dir() / DB_NAME
            if not db.exists():
                self._today.emit(QCoreApplication.translate("Staff", "no visits recorded yet"))
                return
            summary = summarize(connect(db), since=date.today())
            median = summary.median_visit_seconds
            length = ("" if median is None
                      else QCoreApplication.translate("Staff", ", median visit %1 min").replace("%1", f"{median / 60:.1f}"))
            langs = ", ".join(f"{k} {v}" for k, v in sorted(summary.languages.items(), key=lambda kv: -kv[1]))
            visits = QCoreApplication.translate("Staff", "Visits: %1").replace("%1", str(summary.visits))
            self._today.emit(visits + length + (f" ({langs})" if langs else ""))
        except Exception as exc:  # the menu still opens; staff see why the figures are missing
            log.exception("counting today's visits failed")
            self._today.emit(QCoreApplication.translate("Staff", "not available (%1)").replace("%1", str(exc)))

    @Slot(str)
    def _today_counted(self, text: str) -> None:
        self._today_text = text
        self._refresh()

    @Slot()
    def reloadContent(self) -> None:
        log.info("staff asked to reload the content")
        self._exhibit.load(self._content)
        self._update(message=QCoreApplication.translate("Staff", "Reloading the content…"))

    @Slot()
    def exportUsage(self) -> None:
        def export():
            from kiosk.core.state import state_dir
            from kiosk.core.usage import DB_NAME
            from kiosk.core.usage_stats import connect, export_csv

            folder = state_dir() / "exports"
            folder.mkdir(exist_ok=True)
            out = folder / f"usage-{date.today().isoformat()}.csv"
            try:
                db = state_dir() / DB_NAME
                conn = connect(db) if db.exists() else None
                rows = export_csv(conn, out)
                done = QCoreApplication.translate("Staff", "Events exported: %1, to %2")
                self._exported.emit(done.replace("%1", str(rows)).replace("%2", str(out)))
            except Exception as exc:  # staff see the reason; the kiosk carries on
                log.exception("usage export failed")
                self._exported.emit(QCoreApplication.translate("Staff", "Export failed: %1").replace("%1", str(exc)))

        self._pool.submit(export)
        self._update(message=QCoreApplication.translate("Staff", "Exporting usage data…"))

    @Slot(str)
    def _export_done(self, text: str) -> None:
        self._update(message=text)

    @Slot()
    def restartKiosk(self) -> None:
        log.info("staff restarted the kiosk")
        self._update(may_exit=True)
        QCoreApplication.exit(RESTART_EXIT_CODE)

    @Slot()
    def exitKiosk(self) -> None:
        log.info("staff closed the kiosk")
        self._update(may_exit=True)
        QCoreApplication.exit(0)

    def shutdown(self) -> None:
        self._tick.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)  # a finished job must not signal a deleted object


def _locked_out(minutes: int) -> str:
    """Staff messages come from the same .ts files as the QML, context "Staff" (translate is thread-safe)."""
    return QCoreApplication.translate("Staff", "Too many wrong PINs. Try again in %1 min.").replace("%1", str(minutes))
