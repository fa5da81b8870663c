"""Outside opening hours the kiosk sleeps on a still screen, resets the visit, and wakes on time."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint

from kiosk.core import staff_config
from kiosk.core.opening_hours import parse_week
from kiosk.ui.scene import visible_items

MONDAY_NOON = datetime(2026, 11, 30, 12, 0)
MONDAY_EVENING = datetime(2026, 11, 30, 18, 30)
TUESDAY_OPENING = datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def hours_kiosk(qtbot, content_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    config = staff_config.StaffConfig(opening_hours=parse_week("daily 09:00-17:00"))
    config.set_pin("2468")
    staff_config.save(config)
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content_copy, fullscreen=False, size=(1280, 720))
    shell.window.show()
    qtbot.waitUntil(lambda: shell.exhibit.status == "ready", timeout=60_000)
    qtbot.waitExposed(shell.window)
    yield shell
    shell.close()


def _set_time(shell, when: datetime) -> None:
    shell.schedule.clock = lambda: when
    shell.schedule.check()


def _texts(shell) -> set[str]:
    return {item.property("text") for item in visible_items(shell.window) if item.property("text")}


def test_closing_time_resets_the_visit_and_shows_a_still_sleep_screen(hours_kiosk, qtbot, tmp_path):
    from tests.ui.conftest import Visitor

    shell = hours_kiosk
    _set_time(shell, MONDAY_NOON)
    assert not shell.schedule.asleep
    qtbot.waitUntil(lambda: "Touch to begin" in _texts(shell), timeout=3000)  # it may have started asleep
    visitor = Visitor(qtbot, shell)
    visitor.open_section(1)
    shell.visit.setLanguage("zh-Hans")

    _set_time(shell, MONDAY_EVENING)
    assert shell.schedule.asleep
    assert shell.visit.screen == "attract" and shell.visit.language == "en", "the visit resets at closing time"
    qtbot.wait(1200)  # let the fade-out finish
    shell.window.grabWindow().save(str(tmp_path / "sleep.png"))
    texts = _texts(shell)
    assert "Closed now" in texts and "Opens Tuesday 09:00" in texts, texts
    assert "Touch to begin" not in texts

    frames = []
    shell.window.frameSwapped.connect(lambda: frames.append(1))
    qtbot.wait(1500)
    assert frames == [], "nothing animates while asleep, so no frame is drawn"

    visitor.tap(QPoint(640, 360))
    assert shell.visit.screen == "attract", "a touch does not wake the exhibition"
    assert shell.schedule._timer.isActive() and shell.schedule._timer.remainingTime() <= 60_000

    _set_time(shell, TUESDAY_OPENING)
    assert not shell.schedule.asleep
    qtbot.waitUntil(lambda: "Touch to begin" in _texts(shell), timeout=3000)
    visitor.tap(QPoint(640, 360))
    qtbot.waitUntil(lambda: shell.visit.screen == "home", timeout=2000)


def test_staff_can_open_the_menu_while_the_kiosk_sleeps(hours_kiosk, qtbot):
    from tests.ui.conftest import Visitor

    shell = hours_kiosk
    _set_time(shell, MONDAY_EVENING)
    visitor = Visitor(qtbot, shell)
    for _ in range(5):
        visitor.tap(QPoint(4, 4))
    qtbot.waitUntil(lambda: shell.staff.padOpen, timeout=2000)
    for digit in "2468":
        visitor.tap(digit)
    visitor.tap("OK")
    qtbot.waitUntil(lambda: shell.staff.menuOpen, timeout=5000)
    assert shell.staff.stats["hours"].startswith("asleep until Tue 01 Dec 09:00")
    visitor.tap("Back to the exhibit")
    assert not shell.staff.menuOpen and shell.schedule.asleep


def test_blank_sleep_shows_nothing(qtbot, content_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    staff_config.save(staff_config.StaffConfig(opening_hours=parse_week("daily 09:00-17:00"), sleep="blank"))
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content_copy, fullscreen=False, size=(640, 360))
    try:
        shell.window.show()
        qtbot.waitUntil(lambda: shell.exhibit.status == "ready", timeout=60_000)
        _set_time(shell, MONDAY_EVENING)
        qtbot.wait(1200)
        assert shell.schedule.blank and "Closed now" not in _texts(shell)
        image = shell.window.grabWindow()
        colours = {image.pixel(x, y) for x in range(0, 640, 40) for y in range(0, 360, 40)}
        assert colours == {0xFF000000}, "a blank sleep is black all over"
    finally:
        shell.close()
