"""Fixtures that start the real kiosk offscreen and touch it the way a visitor does."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

REPO = Path(__file__).resolve().parents[2]
BUNDLED = Path(os.environ.get("KIOSK_TEST_CONTENT", REPO / "content"))  # another exhibition can be tested too


@pytest.fixture
def content_copy(tmp_path) -> Path:
    """The bundled exhibition with a short idle timeout, so tests can wait it out."""
    target = tmp_path / "content"
    shutil.copytree(BUNDLED, target)
    ex = target / "exhibition.yaml"
    text = ex.read_text("utf-8")
    text = _replace_number(text, "idle_timeout_seconds", 5)
    text = _replace_number(text, "idle_countdown_seconds", 3)
    ex.write_text(text, "utf-8")
    return target


def _replace_number(text: str, key: str, value: int) -> str:
    lines = [f"{key}: {value}" if line.startswith(f"{key}:") else line for line in text.splitlines()]
    assert f"{key}: {value}" in lines, f"{key} not found in exhibition.yaml"
    return "\n".join(lines) + "\n"


_TOUCH_SCREEN = None


def touch_screen():
    """One touch device for the whole run: Qt keeps every registered device, so it must outlive each test."""
    global _TOUCH_SCREEN
    if _TOUCH_SCREEN is None:
        _TOUCH_SCREEN = QTest.createTouchDevice()
    return _TOUCH_SCREEN


class Visitor:
    """Touches the kiosk window with a real touch device; finds controls by what they say."""

    def __init__(self, qtbot, shell):
        self.qtbot = qtbot
        self.shell = shell
        self.window = shell.window
        self.device = touch_screen()

    def visible_items(self) -> list[QQuickItem]:
        out, stack = [], [self.window.contentItem()]
        while stack:
            item = stack.pop()
            if not item.isVisible() or item.opacity() <= 0.01:
                continue
            out.append(item)
            stack.extend(item.childItems())
        return out

    def find(self, name: str) -> QQuickItem:
        """The visible, touchable control whose accessible name is `name` (what a visitor reads)."""
        matches = [i for i in self.visible_items() if i.property("accessibleName") == name and i.isEnabled()]
        shown = sorted({i.property("accessibleName") for i in self.visible_items() if i.property("accessibleName")})
        assert matches, f"no visible control labelled {name!r} on {self.shell.visit.screen}; visible: {shown}"
        return matches[-1]

    def centre_of(self, item: QQuickItem) -> QPoint:
        p = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return QPoint(round(p.x()), round(p.y()))

    def tap(self, where) -> None:
        point = where if isinstance(where, QPoint) else self.centre_of(self.find(where))
        QTest.touchEvent(self.window, self.device).press(0, point, self.window).commit()
        self.qtbot.wait(30)
        QTest.touchEvent(self.window, self.device).release(0, point, self.window).commit()
        self.qtbot.wait(60)

    def open_section(self, index: int) -> None:
        """From the attract loop: touch to begin, then tap the section's card by its title."""
        visit = self.shell.visit
        self.tap(QPoint(400, 300))
        self.qtbot.waitUntil(lambda: visit.screen == "home", timeout=2000)
        self.qtbot.wait(400)  # let the home screen fade in
        self.tap(self.shell.exhibit.sections[index]["title"])
        self.qtbot.waitUntil(lambda: visit.screen == "section" and visit.sectionIndex == index, timeout=2000)
        self.qtbot.wait(400)

    def swipe(self, start: QPoint, end: QPoint, steps: int = 12) -> None:
        QTest.touchEvent(self.window, self.device).press(0, start, self.window).commit()
        for i in range(1, steps + 1):
            self.qtbot.wait(16)
            p = QPoint(start.x() + (end.x() - start.x()) * i // steps, start.y() + (end.y() - start.y()) * i // steps)
            QTest.touchEvent(self.window, self.device).move(0, p, self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, end, self.window).commit()
        self.qtbot.wait(500)

    def pinch(self, centre: QPoint, start_gap: int, end_gap: int, steps: int = 12) -> None:
        def points(gap):
            return QPoint(centre.x() - gap // 2, centre.y()), QPoint(centre.x() + gap // 2, centre.y())

        a, b = points(start_gap)
        QTest.touchEvent(self.window, self.device).press(0, a, self.window).press(1, b, self.window).commit()
        for i in range(1, steps + 1):
            self.qtbot.wait(16)
            a, b = points(start_gap + (end_gap - start_gap) * i // steps)
            QTest.touchEvent(self.window, self.device).move(0, a, self.window).move(1, b, self.window).commit()
        QTest.touchEvent(self.window, self.device).release(0, a, self.window).release(1, b, self.window).commit()
        self.qtbot.wait(300)


@pytest.fixture
def kiosk(qtbot, content_copy):
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content_copy, fullscreen=False, size=(1280, 720))
    shell.window.show()
    qtbot.waitUntil(lambda: shell.exhibit.status != "loading", timeout=60_000)
    assert shell.exhibit.status == "ready", shell.exhibit.problems
    qtbot.waitExposed(shell.window)
    yield shell
    shell.close()


@pytest.fixture
def visitor(qtbot, kiosk) -> Visitor:
    return Visitor(qtbot, kiosk)
