"""Fixtures that start the real kiosk offscreen and touch it the way a visitor does."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtQuick import QQuickItem
from pytestqt.exceptions import TimeoutError as WaitTimeout

import kiosk.ui.speech  # noqa: F401  loads Qt's text-to-speech now, before any test starts a worker thread
from kiosk.ui.scene import TouchDriver, centre_of, visible_items

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


class Visitor:
    """Touches the kiosk window with a real touch device; finds controls by what they say."""

    def __init__(self, qtbot, shell):
        self.qtbot = qtbot
        self.shell = shell
        self.window = shell.window
        self.fingers = TouchDriver(shell.window, qtbot.wait)

    def visible_items(self) -> list[QQuickItem]:
        return list(visible_items(self.window))

    def find(self, name: str) -> QQuickItem:
        """The visible, touchable control whose accessible name is `name` (what a visitor reads)."""
        matches = [i for i in self.visible_items() if i.property("accessibleName") == name and i.isEnabled()]
        shown = sorted({i.property("accessibleName") for i in self.visible_items() if i.property("accessibleName")})
        assert matches, f"no visible control labelled {name!r} on {self.shell.visit.screen}; visible: {shown}"
        return matches[-1]

    def tap(self, where) -> None:
        self.fingers.tap(where if isinstance(where, QPoint) else centre_of(self.find(where)))
        self.qtbot.wait(60)

    def open_section(self, index: int) -> None:
        """From the attract loop: touch to begin, then tap the section's card by its title."""
        visit = self.shell.visit
        # The screens are built asynchronously after the window shows; on a busy machine the first
        # touch could land before the attract loop exists.
        self.qtbot.waitUntil(lambda: any(i.property("accessibleName") == "Touch to begin" for i in self.visible_items()),
                             timeout=10_000)
        for _ in range(3):  # as a visitor would, touch again if the loop was still fading in
            self.tap(QPoint(400, 300))
            try:
                self.qtbot.waitUntil(lambda: visit.screen == "home", timeout=2000)
                break
            except WaitTimeout:
                continue
        assert visit.screen == "home", "three touches on the attract loop did not begin the visit"
        self.qtbot.wait(400)  # let the home screen fade in
        self.tap(self.shell.exhibit.sections[index]["title"])
        self.qtbot.waitUntil(lambda: visit.screen == "section" and visit.sectionIndex == index, timeout=2000)
        self.qtbot.wait(400)

    def open_first_picture(self, section_index: int, panel_of) -> object:
        """Open a section, tap Next panel until the panel `panel_of(panels)` picks, then tap its first picture."""
        self.open_section(section_index)
        visit = self.shell.visit
        panel = panel_of(self.shell.exhibit.panels)
        while visit.panelIndex < panel.index:
            self.tap("Next panel")
        self.qtbot.wait(600)
        self.tap(panel.pictures[0]["alt"])
        self.qtbot.waitUntil(lambda: visit.viewerIndex == 0, timeout=2000)
        self.qtbot.wait(800)  # the viewer fades in and its picture decodes
        return panel

    def swipe(self, start: QPoint, end: QPoint, steps: int = 12) -> None:
        self.fingers.swipe(start, end, steps)
        self.qtbot.wait(500)

    def pinch(self, centre: QPoint, start_gap: int, end_gap: int, steps: int = 12) -> None:
        self.fingers.pinch(centre, start_gap, end_gap, steps)
        self.qtbot.wait(300)


@pytest.fixture
def kiosk(qtbot, content_copy):
    from kiosk.ui.shell import KioskShell

    # The content is checked in this process: the same records as from the kiosk's checker process
    # (tests/core/test_content_reading.py), without a second of start-up in each of hundreds of tests.
    shell = KioskShell(content_copy, fullscreen=False, size=(1280, 720), check_in_child=False)
    shell.window.show()
    qtbot.waitUntil(lambda: shell.exhibit.status != "loading", timeout=60_000)
    assert shell.exhibit.status == "ready", shell.exhibit.problems
    qtbot.waitExposed(shell.window)
    yield shell
    shell.close()


@pytest.fixture
def visitor(qtbot, kiosk) -> Visitor:
    return Visitor(qtbot, kiosk)
