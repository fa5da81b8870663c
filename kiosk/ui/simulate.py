"""`kiosk simulate`: a reproducible random-touch monkey on the real UI, offscreen, for soak tests.

Taps land on visible controls most of the time (and anywhere otherwise), swipes go
both ways, pinches open and close, and idle waits let the countdown and the reset
happen. Qt warnings and Python exceptions count as errors. The last line printed is
a JSON summary.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

IDLE_SECONDS = 3.0  # short, so idle resets happen within a run
COUNTDOWN_SECONDS = 3.0


def _rss_mb() -> float:
    from kiosk.ui.staff import _rss_mb as rss

    return round(rss(), 1)


def simulate(content: Path, touches: int, seed: int, size: tuple[int, int]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, QPointF, QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from kiosk.ui.preview import wait_until
    from kiosk.ui.shell import KioskShell

    errors: list[str] = []

    def on_message(kind, _context, text):
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            errors.append(text)

    qInstallMessageHandler(on_message)
    previous_hook = sys.excepthook
    sys.excepthook = lambda *exc: errors.append(f"{exc[0].__name__}: {exc[1]}")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    shell = KioskShell(content, fullscreen=False, size=size, watch=False)
    window = shell.window
    window.show()
    wait_until(app, lambda: shell.exhibit.status != "loading", 120)
    if shell.exhibit.status != "ready":
        print(f"kiosk simulate: the content cannot be shown:\n{shell.exhibit.problems}", file=sys.stderr)
        return 1
    shell.visit.set_idle_timeout(IDLE_SECONDS, COUNTDOWN_SECONDS)
    frames = [0]
    window.frameSwapped.connect(lambda: frames.__setitem__(0, frames[0] + 1))
    device = QTest.createTouchDevice()
    rng = random.Random(seed)
    visited: set[str] = set()
    w, h = size

    def settle(seconds: float) -> None:
        wait_until(app, lambda: False, seconds)

    def touch(points: list[tuple[QPoint, QPoint]], steps: int) -> None:
        seq = QTest.touchEvent(window, device)
        for i, (start, _) in enumerate(points):
            seq.press(i, start, window)
        seq.commit()
        for step in range(1, steps + 1):
            settle(0.008)
            seq = QTest.touchEvent(window, device)
            for i, (start, end) in enumerate(points):
                seq.move(i, QPoint(start.x() + (end.x() - start.x()) * step // steps,
                                   start.y() + (end.y() - start.y()) * step // steps), window)
            seq.commit()
        seq = QTest.touchEvent(window, device)
        for i, (_, end) in enumerate(points):
            seq.release(i, end, window)
        seq.commit()

    def controls() -> list[QPoint]:
        found, stack = [], [window.contentItem()]
        while stack:
            item = stack.pop()
            if not item.isVisible() or item.opacity() <= 0.01 or not item.isEnabled():
                continue
            stack.extend(item.childItems())
            if item.property("accessibleName"):
                p = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
                if 0 <= p.x() < w and 0 <= p.y() < h:
                    found.append(QPoint(round(p.x()), round(p.y())))
        return found

    rss_start = None
    for n in range(touches):
        if n == min(50, touches // 10):
            rss_start = _rss_mb()  # after warm-up: every screen type has been built once
        roll = rng.random()
        if roll < 0.6:
            targets = controls()
            point = rng.choice(targets) if targets and rng.random() < 0.85 else QPoint(rng.randrange(w), rng.randrange(h))
            touch([(point, point)], 1)
        elif roll < 0.85:
            y = rng.randrange(h // 4, 3 * h // 4)
            a, b = QPoint(int(w * 0.8), y), QPoint(int(w * 0.2), y)
            touch([(a, b) if rng.random() < 0.6 else (b, a)], 8)
        elif roll < 0.95:
            c = QPoint(w // 2, h // 2)
            gap_a, gap_b = (60, 300) if rng.random() < 0.5 else (300, 60)
            touch([(QPoint(c.x() - gap_a // 2, c.y()), QPoint(c.x() - gap_b // 2, c.y())),
                   (QPoint(c.x() + gap_a // 2, c.y()), QPoint(c.x() + gap_b // 2, c.y()))], 8)
        else:
            settle(rng.uniform(0.5, IDLE_SECONDS + COUNTDOWN_SECONDS + 1.5))  # walk away: countdown, reset
        settle(0.03)
        v = shell.visit
        visited.add(v.screen if v.screen != "section" else f"section-{v.sectionIndex}-{v.panelIndex}"
                    + ("-image" if v.viewerIndex >= 0 else ""))
    summary = {
        "touches": touches,
        "screens_visited": len(visited),
        "errors": len(errors),
        "rss_start_mb": rss_start if rss_start is not None else _rss_mb(),
        "rss_end_mb": _rss_mb(),
        "frames": frames[0],
    }
    shell.close()
    sys.excepthook = previous_hook
    qInstallMessageHandler(None)
    for text in errors[:10]:
        print(f"error: {text}", file=sys.stderr)
    print(json.dumps(summary))
    return 0 if not errors else 1


def main_args(args) -> int:
    start = time.monotonic()
    code = simulate(args.content, args.touches, args.seed, args.size)
    print(f"kiosk simulate: {time.monotonic() - start:.0f} s", file=sys.stderr)
    return code
