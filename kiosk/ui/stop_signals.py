"""Stop in an orderly way when the service manager or staff ask: SIGTERM, SIGINT, SIGHUP.

`systemctl stop` and `systemctl restart` send SIGTERM. Left to its default, the signal
ends the process on the spot: the start is never marked as ended, so a restart in the
kiosk's first minute would count towards safe mode as if it had crashed.

Python runs a signal handler only between bytecodes, and Qt's event loop waits in C++.
The signal is therefore also written to a socket that Qt watches, which wakes the loop
so that the handler runs at once.
"""

from __future__ import annotations

import logging
import signal
import socket

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

log = logging.getLogger(__name__)

STOP_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")  # SIGHUP does not exist on Windows


class StopSignals(QObject):
    """While it lives, a stop signal ends the Qt event loop with exit code 0."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.received = ""
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous: dict[int, object] = {}
        for name in STOP_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, self._on_signal)

    def _on_signal(self, number: int, _frame) -> None:
        self.received = signal.Signals(number).name
        log.info("%s received: the kiosk stops in an orderly way", self.received)
        QCoreApplication.exit(0)

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def close(self) -> None:
        """Puts back the handlers that were there before."""
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
