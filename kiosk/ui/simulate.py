"""`kiosk simulate`: a reproducible random-touch monkey on the real UI, offscreen, for soak tests.

Taps land on visible controls most of the time (and anywhere otherwise), swipes go
both ways, pinches open and close, and idle waits let the countdown and the reset
happen. Qt warnings and Python exceptions count as errors. The last line printed is
a JSON summary.

Memory is compared like with like. rss_start_mb is read after the warm-up: the first tenth
of the touches, then a tour of every screen in every language, plainly and in each
accessibility mode, so every typeface, text size and picture has been drawn once and
Qt's caches are full. rss_end_mb is read after the same tour once the touches are done. Both
readings are taken on the attract screen once the visit has been reset and freed memory
handed back (kiosk.ui.memory), as a kiosk rests between visitors.

The second tour matters because Qt lets go of font files it has not used for a while: a
Chinese face maps 10-40 MB of its file while in use. A reading taken straight after the
touches depends on which languages the last visitors chose; rss_end_untoured_mb is that
reading, kept for comparison. rss_peak_mb is the highest reading seen in between, on
whatever screen was open. anon_* are the same readings without mapped files (fonts,
libraries), where a leak would show. With --rss-every N, the visit is ended every N
touches for a reading at rest, which is printed.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

IDLE_SECONDS = 3.0  # short, so idle resets happen within a run
COUNTDOWN_SECONDS = 3.0
WARM_UP_SHARE = 0.1
PEAK_EVERY = 25  # touches between memory readings for the peak


def _rss_mb() -> float:
    from kiosk.core.process_info import rss_mb

    return round(rss_mb(), 1)


def _anon_mb() -> float:
    from kiosk.core.process_info import anon_rss_mb

    return round(anon_rss_mb(), 1)


def tour_steps(shell) -> list[tuple[str, tuple[str, ...], str, Callable[[], None]]]:
    """(language, accessibility modes, screen name, show) for every screen in every language,
    plainly and in each mode."""
    from kiosk.ui.access import MODES
    from kiosk.ui.preview import screen_steps

    return list(screen_steps(shell, [(), *((mode,) for mode in MODES)]))


def warm_up_tour(shell, settle, steps=None) -> int:
    """Shows each of `steps` (default: the whole tour) for a moment; returns how many.

    Text in a new face or size maps more of a font file (a CJK collection is tens of MB), and
    that stays resident: part of warming up, not a leak, so it happens before rss_start_mb."""
    from kiosk.ui.preview import show_screen

    steps = tour_steps(shell) if steps is None else steps
    for code, modes, _, show in steps:
        show_screen(shell, code, show, modes)
        settle(0.3)
    return len(steps)


def simulate(content: Path, touches: int, seed: int, size: tuple[int, int], rss_every: int = 0,
             tour: bool = True) -> int:
    """Qt warnings and Python exceptions during the run count as errors (kiosk/ui/qt_messages.py)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import kiosk.ui.shell  # noqa: F401  before counting: loading QtMultimedia warns about the PC's audio stack
    from kiosk.ui.qt_messages import QtMessages

    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda *exc: errors.append(f"{exc[0].__name__}: {exc[1]}")
    try:
        with QtMessages() as qt:
            summary = _monkey(content, touches, seed, size, rss_every, tour)
    finally:
        sys.excepthook = previous_hook
    if summary is None:
        return 1
    errors = qt.warnings + errors
    summary["errors"] = len(errors)
    for text in errors[:10]:
        print(f"error: {text}", file=sys.stderr)
    print(json.dumps(summary))
    return 0 if not errors else 1


def _monkey(content: Path, touches: int, seed: int, size: tuple[int, int], rss_every: int, tour: bool) -> dict | None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.memory import AFTER_RESET_MS
    from kiosk.ui.preview import wait_until
    from kiosk.ui.scene import TouchDriver, centre_of, visible_items
    from kiosk.ui.shell import KioskShell

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    shell = KioskShell(content, fullscreen=False, size=size, watch=False)
    window = shell.window
    window.show()
    wait_until(app, lambda: shell.exhibit.status != "loading", 120)
    if shell.exhibit.status != "ready":
        print(f"kiosk simulate: the content cannot be shown:\n{shell.exhibit.problems}", file=sys.stderr)
        shell.close()
        return None
    shell.visit.set_idle_timeout(IDLE_SECONDS, COUNTDOWN_SECONDS)
    frames = [0]
    window.frameSwapped.connect(lambda: frames.__setitem__(0, frames[0] + 1))
    rng = random.Random(seed)
    visited: set[str] = set()
    w, h = size

    def settle(seconds: float) -> None:
        wait_until(app, lambda: False, seconds)

    fingers = TouchDriver(window, lambda ms: settle(ms / 1000))

    def controls() -> list[QPoint]:
        """Centres of the on-screen controls a visitor could touch."""
        points = [centre_of(item) for item in visible_items(window)
                  if item.property("accessibleName") and item.isEnabled()]
        return [p for p in points if 0 <= p.x() < w and 0 <= p.y() < h]

    anon = {}

    def resting_rss(when: str) -> float:
        """Memory on the attract screen after a visit ended and freed memory went back to the system."""
        shell.visit.restart()
        settle(AFTER_RESET_MS / 1000 + 1.0)  # the trim runs on a thread
        anon[when] = _anon_mb()
        return _rss_mb()

    def toured_rss(when: str, n: int) -> float:
        toured = warm_up_tour(shell, settle) if tour else 0
        print(f"kiosk simulate: tour of {toured} screens after {n} touches", file=sys.stderr, flush=True)
        return resting_rss(when)

    rss_start = None
    peak = 0.0
    for n in range(touches):
        if n == int(touches * WARM_UP_SHARE):
            rss_start = toured_rss("start", n)
        if n % PEAK_EVERY == 0:
            peak = max(peak, _rss_mb())
        if rss_every and n and n % rss_every == 0:
            rss = resting_rss(str(n))
            print(f"kiosk simulate: touch {n}, at rest rss {rss} MB, anon {anon[str(n)]} MB", file=sys.stderr, flush=True)
        roll = rng.random()
        if roll < 0.6:
            targets = controls()
            point = rng.choice(targets) if targets and rng.random() < 0.85 else QPoint(rng.randrange(w), rng.randrange(h))
            fingers.tap(point)
        elif roll < 0.85:
            y = rng.randrange(h // 4, 3 * h // 4)
            a, b = QPoint(int(w * 0.8), y), QPoint(int(w * 0.2), y)
            start, end = (a, b) if rng.random() < 0.6 else (b, a)
            fingers.stroke([(start, end)], 8, step_ms=8)
        elif roll < 0.95:
            gap_a, gap_b = (60, 300) if rng.random() < 0.5 else (300, 60)
            fingers.pinch(QPoint(w // 2, h // 2), gap_a, gap_b, steps=8, step_ms=8)
        else:
            settle(rng.uniform(0.5, IDLE_SECONDS + COUNTDOWN_SECONDS + 1.5))  # walk away: countdown, reset
        settle(0.03)
        v = shell.visit
        visited.add(v.screen if v.screen != "section" else f"section-{v.sectionIndex}-{v.panelIndex}"
                    + ("-image" if v.viewerIndex >= 0 else ""))
    untoured = resting_rss("untoured")
    summary = {
        "touches": touches,
        "screens_visited": len(visited),
        "errors": 0,  # counted by simulate() once Qt's messages are read
        "rss_start_mb": rss_start if rss_start is not None else _rss_mb(),
        "rss_end_mb": toured_rss("end", touches) if tour else untoured,
        "rss_end_untoured_mb": untoured,
        "rss_peak_mb": 0.0,
        "anon_start_mb": anon.get("start", 0.0),
        "anon_end_mb": anon["end"] if tour else anon["untoured"],
        "anon_end_untoured_mb": anon["untoured"],
        "frames": frames[0],
    }
    summary["rss_peak_mb"] = max(peak, summary["rss_start_mb"], summary["rss_end_mb"], untoured)
    shell.close()
    return summary


def main_args(args) -> int:
    start = time.monotonic()
    code = simulate(args.content, args.touches, args.seed, args.size, args.rss_every, tour=not args.no_tour)
    print(f"kiosk simulate: {time.monotonic() - start:.0f} s", file=sys.stderr)
    return code
