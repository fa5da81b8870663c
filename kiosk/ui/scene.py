"""Looking at and touching the kiosk's scene from Python, the way a visitor would.

Shared by `kiosk simulate`, `kiosk validate --layout` and the UI tests: they walk
the items a visitor can see and touch the window with a real touch device. The
running kiosk never uses this; QML gets its data through properties, not from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtQuick import QQuickItem

_DEVICE = None


def touch_device():
    """One touch device per process: Qt keeps every registered device, so it must outlive its users."""
    global _DEVICE
    if _DEVICE is None:
        _DEVICE = qtest().createTouchDevice()
    return _DEVICE


def qtest():
    """QtTest, imported where something touches: it brings QtWidgets, which the kiosk never loads."""
    from PySide6.QtTest import QTest

    return QTest


def visible_items(window) -> Iterator[QQuickItem]:
    """Every item a visitor could see: visible and not faded out, with all its ancestors."""
    stack = [window.contentItem()]
    while stack:
        item = stack.pop()
        if not item.isVisible() or item.opacity() <= 0.01:
            continue
        yield item
        stack.extend(item.childItems())


def every_item(window) -> list[QQuickItem]:
    """All items in the scene, hidden ones included."""
    items, stack = [], [window.contentItem()]
    while stack:
        item = stack.pop()
        items.append(item)
        stack.extend(item.childItems())
    return items


def scene_box(item: QQuickItem) -> QRectF:
    """The item's rectangle in window coordinates."""
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def centre_of(item: QQuickItem) -> QPoint:
    p = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return QPoint(round(p.x()), round(p.y()))


class TouchDriver:
    """Sends real touch sequences (press, moves, release) to a window; `wait(ms)` lets the UI run between them."""

    def __init__(self, window, wait: Callable[[int], None]):
        self.window = window
        self.device = touch_device()
        self.wait = wait

    def stroke(self, paths: list[tuple[QPoint, QPoint]], steps: int, step_ms: int = 16) -> None:
        """One finger per (start, end) path, all moving together in `steps` steps."""
        seq = qtest().touchEvent(self.window, self.device)
        for finger, (start, _) in enumerate(paths):
            seq.press(finger, start, self.window)
        seq.commit()
        for step in range(1, steps + 1):
            self.wait(step_ms)
            seq = qtest().touchEvent(self.window, self.device)
            for finger, (start, end) in enumerate(paths):
                seq.move(finger, QPoint(start.x() + (end.x() - start.x()) * step // steps,
                                        start.y() + (end.y() - start.y()) * step // steps), self.window)
            seq.commit()
        seq = qtest().touchEvent(self.window, self.device)
        for finger, (_, end) in enumerate(paths):
            seq.release(finger, end, self.window)
        seq.commit()

    def tap(self, point: QPoint) -> None:
        qtest().touchEvent(self.window, self.device).press(0, point, self.window).commit()
        self.wait(30)
        qtest().touchEvent(self.window, self.device).release(0, point, self.window).commit()

    def swipe(self, start: QPoint, end: QPoint, steps: int = 12) -> None:
        self.stroke([(start, end)], steps)

    def pinch(self, centre: QPoint, start_gap: int, end_gap: int, steps: int = 12, step_ms: int = 16) -> None:
        def fingers(gap: int) -> tuple[QPoint, QPoint]:
            return QPoint(centre.x() - gap // 2, centre.y()), QPoint(centre.x() + gap // 2, centre.y())

        (a0, b0), (a1, b1) = fingers(start_gap), fingers(end_gap)
        self.stroke([(a0, a1), (b0, b1)], steps, step_ms)
