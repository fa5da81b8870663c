"""SystemdNotifier against a real Unix datagram socket standing in for systemd's NOTIFY_SOCKET."""

from __future__ import annotations

import logging
import os
import socket
import sys
import uuid

import pytest

from kiosk.core.sd_notify import SystemdNotifier

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets on this system")


@pytest.fixture
def systemd(tmp_path):
    """A bound datagram socket, as systemd holds one; yields (socket, path)."""
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    yield sock, path
    sock.close()


def received(sock: socket.socket) -> str:
    return sock.recv(4096).decode("utf-8")


def nothing_arrives(sock: socket.socket) -> bool:
    sock.settimeout(0.2)
    try:
        sock.recv(4096)
    except TimeoutError:
        return True
    return False


def test_ready_arrives(systemd):
    sock, path = systemd
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(path)})
    assert notifier.enabled
    assert notifier.ready() is True
    assert received(sock) == "READY=1"
    assert notifier.ready(status="Showing the exhibition") is True
    assert received(sock) == "READY=1\nSTATUS=Showing the exhibition"


def test_watchdog_arrives_and_interval_is_half_of_watchdog_usec(systemd):
    sock, path = systemd
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())})
    assert notifier.watchdog_interval_s == 15.0
    assert notifier.watchdog() is True
    assert received(sock) == "WATCHDOG=1"


def test_watchdog_without_watchdog_pid_is_ours(systemd):
    sock, path = systemd
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "3000000"})
    assert notifier.watchdog_interval_s == 1.5
    assert notifier.watchdog() is True
    assert received(sock) == "WATCHDOG=1"


def test_status_text_arrives_on_one_line(systemd):
    sock, path = systemd
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(path)})
    assert notifier.status("Showing 遗产 in English\nand 中文") is True
    assert received(sock) == "STATUS=Showing 遗产 in English and 中文"
    assert notifier.stopping() is True
    assert received(sock) == "STOPPING=1"


def test_reads_the_process_environment_by_default(systemd, monkeypatch):
    sock, path = systemd
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    notifier = SystemdNotifier()
    assert notifier.enabled and notifier.watchdog_interval_s == 15.0
    notifier.ready()
    assert received(sock) == "READY=1"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the abstract socket namespace is Linux only")
def test_abstract_namespace_socket():
    name = f"heritage-kiosk-test-{os.getpid()}-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(2)
        notifier = SystemdNotifier({"NOTIFY_SOCKET": "@" + name})
        assert notifier.enabled
        assert notifier.ready() is True
        assert received(sock) == "READY=1"


def test_no_socket_set_is_a_silent_no_op(caplog):
    caplog.set_level(logging.DEBUG, logger="kiosk.core.sd_notify")
    notifier = SystemdNotifier({})
    assert not notifier.enabled
    assert notifier.watchdog_interval_s is None
    assert notifier.ready() is False
    assert notifier.watchdog() is False
    assert notifier.status("hello") is False
    assert notifier.stopping() is False
    assert caplog.records == []


def test_watchdog_pid_of_another_process_disables_the_watchdog(systemd):
    sock, path = systemd
    other = os.getppid() if os.getppid() != os.getpid() else os.getpid() + 1
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(other)})
    assert notifier.watchdog_interval_s is None
    assert notifier.watchdog() is False
    assert nothing_arrives(sock)
    assert notifier.ready() is True  # the rest of the protocol still works
    sock.settimeout(2)
    assert received(sock) == "READY=1"


@pytest.mark.parametrize("usec", ["", "0", "-5", "thirty"])
def test_no_or_invalid_watchdog_usec_means_no_interval(systemd, usec):
    _, path = systemd
    assert SystemdNotifier({"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": usec}).watchdog_interval_s is None


def test_unusable_notify_socket_is_disabled_with_one_warning(caplog):
    notifier = SystemdNotifier({"NOTIFY_SOCKET": "relative/notify.sock"})
    assert not notifier.enabled
    assert notifier.ready() is False
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_a_socket_that_goes_away_raises_nothing_and_warns_once(systemd, caplog):
    sock, path = systemd
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(path), "WATCHDOG_USEC": "30000000"})
    assert notifier.ready() is True
    sock.close()
    path.unlink()
    for _ in range(5):
        assert notifier.watchdog() is False
        assert notifier.status("still here") is False
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in caplog.records]
    assert str(path) in warnings[0].getMessage()

    # systemd comes back (e.g. after `systemctl --user daemon-reexec`): messages arrive again.
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as again:
        again.bind(str(path))
        again.settimeout(2)
        assert notifier.watchdog() is True
        assert received(again) == "WATCHDOG=1"


def test_a_socket_file_nobody_listens_on_raises_nothing(systemd):
    sock, path = systemd
    sock.close()  # the file stays but nobody is bound to it: ECONNREFUSED
    assert path.exists()
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(path)})
    assert notifier.ready() is False
