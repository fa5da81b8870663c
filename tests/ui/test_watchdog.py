"""The systemd protocol against a real datagram socket standing in for NOTIFY_SOCKET."""

import os
import socket
import threading
import time

import pytest


class FakeSystemd:
    """Reads datagrams as systemd would, as they arrive, with the time each came in."""

    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.1)
        self.messages: list[tuple[float, str]] = []
        self._stop = False
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self):
        while not self._stop:
            try:
                self.messages.append((time.monotonic(), self.sock.recv(4096).decode()))
            except TimeoutError:
                continue

    def pings_between(self, start, end):
        return sum(1 for t, m in self.messages if m == "WATCHDOG=1" and start <= t <= end)

    def close(self):
        self._stop = True
        self._thread.join()
        self.sock.close()


@pytest.fixture
def systemd(tmp_path, monkeypatch):
    path = tmp_path / "notify.sock"
    fake = FakeSystemd(path)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "400000")  # a ping every 0.2 s
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    yield fake
    fake.close()


def test_ready_then_watchdog_only_while_frames_render(qtbot, content_copy, systemd):
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content_copy, fullscreen=False, size=(1280, 720), watch=False, record_usage=False)
    shell.window.show()
    try:
        qtbot.waitUntil(lambda: shell.exhibit.status == "ready", timeout=60_000)
        qtbot.waitUntil(lambda: any(m.startswith("READY=1") for _, m in systemd.messages), timeout=3000)
        start = time.monotonic()
        qtbot.wait(1000)
        assert systemd.pings_between(start, time.monotonic()) >= 3

        stuck = time.monotonic()
        time.sleep(1.0)  # the GUI thread is stuck: no timer, no frame, no ping
        assert systemd.pings_between(stuck + 0.05, time.monotonic()) == 0

        shell.window.hide()  # nothing is drawn any more: pings stop although the event loop runs
        qtbot.wait(400)
        hidden = time.monotonic()
        qtbot.wait(1000)
        assert systemd.pings_between(hidden, time.monotonic()) == 0
    finally:
        shell.close()
    # Sent before close() returns; the reader thread takes it off the socket a moment later.
    qtbot.waitUntil(lambda: any(m == "STOPPING=1" for _, m in systemd.messages), timeout=2000)
