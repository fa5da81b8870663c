"""Accessibility on the real kiosk: the menu by touch, modes, names and roles, touch sizes, reach, reset at idle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QAccessible, QColor

from kiosk.core import palette
from kiosk.ui.scene import scene_box, visible_items

pytestmark = pytest.mark.ui


def _screens(kiosk, qtbot):
    """Every kind of screen a visitor meets: attract, home, each panel of one section, the image viewer."""
    visit = kiosk.visit

    def at(name, *steps):
        for step in steps:
            step()
        qtbot.wait(450)  # screens fade in
        return name

    yield at("attract", visit.restart)
    yield at("home", visit.begin)
    visit.openSection(2)
    qtbot.waitUntil(lambda: len(kiosk.exhibit.panels) > 0, timeout=2000)
    for index in range(len(kiosk.exhibit.panels)):
        yield at(f"panel {index + 1}", lambda i=index: visit.showPanel(i))
    picture_panel = next(p.index for p in kiosk.exhibit.panels if p.pictures)
    yield at("image viewer", lambda: visit.showPanel(picture_panel), lambda: visit.openImage(0))
    yield at("accessibility menu", visit.closeViewer, kiosk.access.openMenu)
    kiosk.access.closeMenu()


def _on_screen(kiosk, item) -> QRectF | None:
    window = kiosk.window
    box = scene_box(item)
    visible = box.intersected(QRectF(0, 0, window.width(), window.height()))
    return box if visible.width() > 1 and visible.height() > 1 else None


def _touchables(kiosk):
    """Visible items on the screen that react to a tap, with their box in the window."""
    window = kiosk.window
    for item in visible_items(window):
        if not item.isEnabled() or not any(c.inherits("QQuickTapHandler") for c in item.children()):
            continue
        box = _on_screen(kiosk, item)
        if box is not None:
            yield item, box


def _covers_window(kiosk, box: QRectF) -> bool:
    """A backdrop that takes a touch anywhere (touch to begin, tap outside to close)."""
    return box.width() >= kiosk.window.width() - 1 and box.height() >= kiosk.window.height() - 1


def _buttons(kiosk):
    """Visitors' buttons; not the staff corner, a hidden 16 px patch that staff tap five times."""
    for item, box in _touchables(kiosk):
        if item.metaObject().className().startswith("StaffCorner"):
            continue
        iface = QAccessible.queryAccessibleInterface(item)
        if iface is not None and iface.role() == QAccessible.Role.Button:
            yield item, box, iface.text(QAccessible.Text.Name)


def test_every_touchable_item_has_an_accessible_name_and_role(kiosk, qtbot):
    missing = []
    for screen in _screens(kiosk, qtbot):
        for item, box in _touchables(kiosk):
            if _covers_window(kiosk, box):
                continue
            iface = QAccessible.queryAccessibleInterface(item)
            role = iface.role() if iface else None
            name = iface.text(QAccessible.Text.Name) if iface else ""
            if role in (None, QAccessible.Role.NoRole, QAccessible.Role.Client) or not name.strip():
                missing.append(f"{screen}: {item.metaObject().className()} at {box.topLeft().toPoint()} role={role}")
    assert not missing, "\n".join(missing)


def test_every_button_is_at_least_15_mm_and_48_px(kiosk, qtbot):
    px_per_mm = kiosk.window.screen().physicalDotsPerInch() / 25.4
    minimum = max(48.0, 15 * px_per_mm)
    small, seen = [], 0
    for screen in _screens(kiosk, qtbot):
        for _, box, name in _buttons(kiosk):
            seen += 1
            if min(box.width(), box.height()) < minimum - 0.5:
                small.append(f"{screen}: {name!r} is {box.width():.0f}x{box.height():.0f} px (minimum {minimum:.0f})")
    assert seen > 20
    assert not small, "\n".join(small)


@pytest.mark.parametrize(("size", "modes"), [((1280, 720), ("reach",)), ((1080, 1920), ("reach", "large-text"))])
def test_reach_mode_puts_every_control_in_the_lower_half(kiosk, qtbot, size, modes):
    kiosk.window.resize(*size)
    qtbot.waitUntil(lambda: kiosk.window.height() == size[1], timeout=2000)
    half = kiosk.window.height() / 2
    high, seen = [], 0
    for screen in _screens(kiosk, qtbot):
        for mode in modes:  # again after the attract screen's fresh visit
            kiosk.access.set_mode(mode, True)
        qtbot.wait(150)
        for _, box, name in _buttons(kiosk):
            seen += 1
            reachable = box.bottom() - max(box.top(), half)
            if reachable < min(box.height(), 48):
                high.append(f"{screen}: {name!r} spans y {box.top():.0f}..{box.bottom():.0f}, above {half:.0f}")
    assert seen > 20
    assert not high, "\n".join(high)


def test_without_reach_mode_the_bar_is_at_the_top(visitor, kiosk, qtbot):
    visitor.open_section(0)
    assert visitor.find("Home").mapToScene(visitor.find("Home").position()).y() < kiosk.window.height() / 2


def test_accessibility_button_opens_the_menu_and_modes_follow_touch(visitor, kiosk, qtbot):
    visitor.open_section(0)
    body_before = _largest_font(kiosk)
    visitor.tap("Accessibility")
    qtbot.waitUntil(lambda: kiosk.access.menuOpen, timeout=2000)
    qtbot.wait(200)
    visitor.tap("Large text")
    qtbot.waitUntil(lambda: kiosk.access.largeText, timeout=2000)
    visitor.tap("High contrast")
    qtbot.waitUntil(lambda: kiosk.access.highContrast, timeout=2000)
    assert kiosk.access.menuOpen, "choosing a mode keeps the menu open for the next choice"
    visitor.tap("Close")
    qtbot.waitUntil(lambda: not kiosk.access.menuOpen, timeout=2000)
    qtbot.wait(200)
    assert _largest_font(kiosk) >= body_before * 1.25
    assert kiosk.window.color() == QColor(palette.HIGH_CONTRAST["night"])
    assert kiosk.visit.screen == "section", "no touch on the menu reached the screen below"


def test_the_attract_button_begins_the_visit_and_a_touch_outside_the_menu_only_closes_it(visitor, kiosk, qtbot):
    qtbot.wait(300)
    visitor.tap("Accessibility")
    qtbot.waitUntil(lambda: kiosk.access.menuOpen and kiosk.visit.screen == "home", timeout=2000)
    qtbot.wait(400)
    card = visitor.find(kiosk.exhibit.sections[0]["title"])  # under the menu's shade
    visitor.tap(card.mapToScene(card.boundingRect().topLeft()).toPoint() + QPoint(20, 20))
    qtbot.waitUntil(lambda: not kiosk.access.menuOpen, timeout=2000)
    qtbot.wait(100)
    assert kiosk.visit.screen == "home", "the touch that closed the menu opened a section below it"


def test_all_modes_reset_when_the_visit_restarts_at_idle(visitor, kiosk, qtbot):
    visitor.open_section(1)
    for mode in ("large-text", "high-contrast", "reach"):
        kiosk.access.set_mode(mode, True)
    kiosk.access.openMenu()
    kiosk.visit.set_idle_timeout(0.5, 1)
    kiosk.visit.touched()
    qtbot.waitUntil(lambda: kiosk.visit.screen == "attract", timeout=5000)
    access = kiosk.access
    assert not (access.largeText or access.highContrast or access.reach or access.menuOpen)
    assert access.textScale == 1.0 and access.palette == palette.DEFAULT
    assert kiosk.window.color() == QColor(palette.DEFAULT["night"])


def test_large_text_cuts_off_no_kiosk_words(kiosk, qtbot):
    from kiosk.ui.layout_check import _findings

    kiosk.access.set_mode("large-text", True)
    cut = []
    for screen in _screens(kiosk, qtbot):
        kiosk.access.set_mode("large-text", True)
        qtbot.wait(100)
        cut += [f"{screen}: {text[:40]!r} {what}" for text, severity, what in _findings(kiosk.window) if severity == "error"]
    assert not cut, "\n".join(cut)


def _largest_font(kiosk) -> int:
    """The largest type on the screen (not on the neighbouring panels the view keeps built beside it)."""
    return max(item.property("font").pixelSize() for item in visible_items(kiosk.window)
               if item.inherits("QQuickText") and item.property("text") and _on_screen(kiosk, item))
