"""Tells systemd the kiosk is alive, but only while it is really drawing frames.

Every half watchdog period (GUI thread) it asks the window for a frame and sends
WATCHDOG=1 only if a frame was swapped since the last tick. A blocked GUI thread
or a stuck renderer therefore stops the pings, and systemd restarts the kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


class FrameWatchdog(QObject):
    def __init__(self, window, exhibit, notifier, parent=None):
        super().__init__(parent)
        self._window = window
        self._notifier = notifier
        self._frame_seen = False
        self._ready_sent = False
        window.frameSwapped.connect(self._frame)
        exhibit.statusChanged.connect(lambda: self._ready(exhibit.status))
        self._timer = QTimer(self)
        interval = notifier.watchdog_interval_s
        if interval:
            self._timer.setInterval(max(50, int(interval * 1000)))
            self._timer.timeout.connect(self._tick)
            self._timer.start()

    def _frame(self) -> None:
        self._frame_seen = True

    def _ready(self, status: str) -> None:
        if status in ("ready", "unavailable") and not self._ready_sent:
            self._ready_sent = True
            self._notifier.ready("showing the exhibition" if status == "ready" else "content unavailable; see the log")

    def _tick(self) -> None:
        if self._frame_seen and self._ready_sent:  # systemd arms the watchdog only after READY=1
            self._notifier.watchdog()
        self._frame_seen = False
        self._window.update()  # ask for the next frame; it proves the renderer still works

    def stop(self) -> None:
        self._timer.stop()
        self._notifier.stopping()
