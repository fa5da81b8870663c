"""Kiosk mode keeps visitors in; a hidden gesture and the staff PIN let staff out."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.core import staff_config
from kiosk.ui.scene import centre_of

PIN = "2468"


@pytest.fixture
def locked_kiosk(qtbot, content_copy, tmp_path, monkeypatch):
    """The kiosk as on an exhibit PC: fullscreen kiosk mode, with a staff PIN set."""
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    config = staff_config.StaffConfig()
    config.set_pin(PIN)
    staff_config.save(config)
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content_copy, fullscreen=True, size=(1280, 720))  # shows itself fullscreen
    qtbot.waitUntil(lambda: shell.exhibit.status == "ready", timeout=60_000)
    qtbot.waitExposed(shell.window)
    yield shell
    shell.staff._may_exit = True
    shell.close()


@pytest.fixture
def staff_visitor(qtbot, locked_kiosk):
    from tests.ui.conftest import Visitor

    return Visitor(qtbot, locked_kiosk)


def _open_pad(visitor, shell, qtbot):
    for _ in range(5):
        visitor.tap(QPoint(4, 4))
    qtbot.waitUntil(lambda: shell.staff.padOpen, timeout=2000)


def _enter(visitor, pin):
    for digit in pin:
        visitor.tap(digit)
    visitor.tap("OK")


def test_escape_alt_f4_and_close_do_not_leave_kiosk_mode(locked_kiosk, staff_visitor, qtbot):
    window = locked_kiosk.window
    staff_visitor.tap(QPoint(600, 300))
    qtbot.waitUntil(lambda: locked_kiosk.visit.screen == "home", timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    QTest.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    window.close()
    qtbot.wait(200)
    assert window.isVisible()
    assert locked_kiosk.visit.screen == "home"


def test_four_taps_do_not_open_the_pad(locked_kiosk, staff_visitor, qtbot):
    for _ in range(4):
        staff_visitor.tap(QPoint(4, 4))
    qtbot.wait(200)
    assert not locked_kiosk.staff.padOpen


def test_gesture_and_right_pin_open_the_staff_menu(locked_kiosk, staff_visitor, qtbot):
    shell = locked_kiosk
    _open_pad(staff_visitor, shell, qtbot)
    qtbot.wait(100)
    _enter(staff_visitor, PIN)
    qtbot.waitUntil(lambda: shell.staff.menuOpen, timeout=5000)
    qtbot.waitUntil(lambda: shell.staff.stats.get("memory", "").endswith("MB"), timeout=3000)
    # "no visits recorded yet" before the usage log exists, "Visits: 0" once the kiosk has created it
    qtbot.waitUntil(lambda: "visit" in shell.staff.stats.get("today", "").lower(), timeout=5000)
    staff_visitor.find("Reload content")
    staff_visitor.tap("Back to the exhibit")
    qtbot.waitUntil(lambda: not shell.staff.menuOpen, timeout=2000)


def test_five_wrong_pins_lock_the_pad(locked_kiosk, staff_visitor, qtbot):
    shell = locked_kiosk
    _open_pad(staff_visitor, shell, qtbot)
    for _ in range(5):
        _enter(staff_visitor, "0000")
        qtbot.waitUntil(lambda: not shell.staff.checking, timeout=5000)
        qtbot.wait(50)
    assert "Too many wrong PINs" in shell.staff.message
    _enter(staff_visitor, PIN)  # even the right PIN is refused while locked
    qtbot.wait(800)
    assert not shell.staff.menuOpen
    assert "Too many wrong PINs" in shell.staff.message


def test_touches_on_the_pin_pad_stay_off_the_exhibit(locked_kiosk, staff_visitor, qtbot):
    shell = locked_kiosk
    staff_visitor.open_section(0)
    staff_visitor.tap("Home")
    qtbot.waitUntil(lambda: shell.visit.screen == "home", timeout=2000)
    qtbot.wait(400)
    cards = [centre_of(staff_visitor.find(s["title"])) for s in shell.exhibit.sections]
    _open_pad(staff_visitor, shell, qtbot)
    for where in cards:  # some under the pad's keys, some under its dimmed surround
        staff_visitor.tap(where)
    qtbot.wait(400)
    assert shell.staff.padOpen
    assert shell.visit.screen == "home", "a touch on the PIN pad opened a section underneath"
