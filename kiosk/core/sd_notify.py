"""Tell systemd how the kiosk is doing: the sd_notify protocol, spoken directly.

Under a `Type=notify` unit systemd passes NOTIFY_SOCKET, the address of a Unix
datagram socket; each message is a datagram of newline-separated KEY=VALUE lines
(READY=1, WATCHDOG=1, STATUS=..., STOPPING=1). With `WatchdogSec=` it also passes
WATCHDOG_USEC (and WATCHDOG_PID, naming the process that must send WATCHDOG=1);
systemd restarts the kiosk when no WATCHDOG=1 arrives within that time.

Outside systemd (no NOTIFY_SOCKET, or Windows and macOS) every method is a silent
no-op. A send that fails (systemd restarting, a socket that went away) never
raises: the first failure is logged as a warning, later ones at debug level until
a send succeeds again. Plain Python, no Qt and no dependency.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

log = logging.getLogger(__name__)

SEND_TIMEOUT_S = 1.0  # a full systemd queue must not freeze the kiosk for longer than this


def _unix_sockets() -> bool:
    import socket  # only under systemd: the module costs ~20 ms on the way to the first frame

    return hasattr(socket, "AF_UNIX")


def _address(value: str) -> str | None:
    """The socket address in NOTIFY_SOCKET: an absolute path, or '@name' for Linux's abstract namespace."""
    if value.startswith("/"):
        return value
    if value.startswith("@") and len(value) > 1:
        return "\0" + value[1:]
    return None  # empty, relative, or a kind we do not speak (e.g. vsock:)


def _positive_int(value: str | None) -> int | None:
    try:
        number = int(value) if value else 0
    except ValueError:
        return None
    return number if number > 0 else None


class SystemdNotifier:
    """Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID once, from `environ` (default os.environ).

    Every sending method returns True if the datagram was handed to systemd's socket,
    False if it was not sent (not under systemd, or the send failed); none raises.
    """

    def __init__(self, environ: Mapping[str, str] | None = None):
        env = os.environ if environ is None else environ
        self._socket_setting = env.get("NOTIFY_SOCKET", "")
        self._address = _address(self._socket_setting) if self._socket_setting and _unix_sockets() else None
        self._watchdog_usec = _positive_int(env.get("WATCHDOG_USEC"))
        pid_setting = env.get("WATCHDOG_PID")
        # Unset: the watchdog is ours. Set: only if it names this process (an invalid value names nobody).
        self._watchdog_pid = None if not pid_setting else (_positive_int(pid_setting) or -1)
        self._failing = False
        if self._socket_setting and self._address is None:
            log.warning("NOTIFY_SOCKET=%r is not a socket address this kiosk can use; systemd will not hear from it",
                        self._socket_setting)

    @property
    def enabled(self) -> bool:
        """True when a usable NOTIFY_SOCKET was given, i.e. the kiosk runs under a Type=notify unit."""
        return self._address is not None

    @property
    def watchdog_interval_s(self) -> float | None:
        """How often to call watchdog(): half of WATCHDOG_USEC in seconds, as systemd advises.

        None when there is no watchdog for this process: not under systemd, no WatchdogSec=,
        or WATCHDOG_PID names another process (e.g. a parent that passed its environment on).
        """
        if not self.enabled or self._watchdog_usec is None:
            return None
        if self._watchdog_pid is not None and self._watchdog_pid != os.getpid():
            return None
        return self._watchdog_usec / 2 / 1_000_000

    def ready(self, status: str | None = None) -> bool:
        """READY=1: start-up finished. systemd waits for this under Type=notify, then arms the watchdog."""
        return self.notify("READY=1" if status is None else f"READY=1\nSTATUS={_one_line(status)}")

    def watchdog(self) -> bool:
        """WATCHDOG=1: still alive. Call every watchdog_interval_s from the thread that must not hang.

        Sends nothing when WATCHDOG_PID names another process; without WatchdogSec= it is sent
        and ignored by systemd, which is harmless.
        """
        if self._watchdog_pid is not None and self._watchdog_pid != os.getpid():
            return False
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        """STATUS=text: one line shown by `systemctl --user status`."""
        return self.notify(f"STATUS={_one_line(text)}")

    def stopping(self) -> bool:
        """STOPPING=1: the kiosk is shutting down on purpose."""
        return self.notify("STOPPING=1")

    def notify(self, message: str) -> bool:
        """Send one datagram of newline-separated KEY=VALUE lines; False (never an exception) if it was not sent."""
        if self._address is None:
            return False
        import socket

        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.settimeout(SEND_TIMEOUT_S)
                sock.sendto(message.encode("utf-8"), self._address)
        except OSError as exc:  # ENOENT, ECONNREFUSED, EAGAIN, timeout, ...: systemd is not listening right now
            if not self._failing:
                log.warning("cannot reach systemd at NOTIFY_SOCKET=%s (%s); the kiosk goes on, and says so once "
                            "until it reaches systemd again", self._socket_setting, exc)
            else:
                log.debug("systemd notify failed again: %s", exc)
            self._failing = True
            return False
        if self._failing:
            log.info("reaching systemd again at NOTIFY_SOCKET=%s", self._socket_setting)
            self._failing = False
        return True


def _one_line(text: str) -> str:
    """A value must not contain a newline: it would start a new KEY=VALUE line."""
    return " ".join(str(text).split())
