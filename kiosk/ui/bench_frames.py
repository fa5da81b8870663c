"""Frame clock and scripted touches for `kiosk bench`, driven from the running event loop.

The clock notes when each frame starts rendering, finishes and is swapped, straight
from the window's signals. Scripts are generators that yield how many milliseconds to
wait; `run_script` resumes them from timers, so every wait is spent in the kiosk's
own event loop, as it is on an exhibit PC (deferred deletes, animations, image loads).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt, QTimer

from kiosk.ui.scene import qtest, touch_device

Script = Iterator[int]

# A touch panel reports a moving finger 100-240 times a second. Moves every 8 ms (125 Hz) let the
# kiosk's own frame clock pace a swipe: at 16 ms, each frame would wait for the next move, and
# the timer's own slack would put most intervals just over 17 ms.
TOUCH_REPORT_MS = 8
# A gap between frames is a still when, inside it, the event loop ran free (no tick later than a
# frame period) for two frame periods and drew nothing: a running animation would have drawn.
# A gap the loop spent held up is a slow frame, however long.
STILL_MS = 50
FREE_RUN_MS = 34
SLOW_LOOP_MS = 17


class FrameClock:
    def __init__(self, window):
        self.swaps: list[float] = []
        self.renders: list[tuple[float, float]] = []
        self._started = 0.0
        direct = Qt.ConnectionType.DirectConnection
        window.beforeRendering.connect(self._before, direct)
        window.afterRendering.connect(self._after, direct)
        window.frameSwapped.connect(self._swapped, direct)

    def _before(self) -> None:
        self._started = time.perf_counter()

    def _after(self) -> None:
        self.renders.append((self._started, time.perf_counter()))

    def _swapped(self) -> None:
        self.swaps.append(time.perf_counter())

    def first_swap_after(self, t: float) -> float | None:
        return next((s for s in self.swaps if s >= t), None)

    def between(self, start: float, end: float, loop: LoopWatch | None = None) -> tuple[list[float], list[float], int]:
        """Frame intervals and render costs (ms) of the frames swapped from `start` to `end`, and the stills.

        A still (see STILL_MS) is not a frame interval: nothing moved, so nothing was drawn, as
        while the attract loop's button rests between breaths. A gap the event loop spent held up
        is one, and counts.
        """
        swaps = [s for s in self.swaps if start <= s <= end]
        intervals, stills = [], 0
        for a, b in pairwise(swaps):
            if loop is not None and (b - a) * 1000 >= STILL_MS and loop.longest_free_run_ms(a, b) >= FREE_RUN_MS:
                stills += 1
            else:
                intervals.append((b - a) * 1000)
        costs = [(b - a) * 1000 for a, b in self.renders if start <= b <= end]
        return intervals, costs, stills


class LoopWatch:
    """A precise 5 ms timer on the GUI thread: where its ticks stop, the event loop was held up."""

    def __init__(self):
        self.ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(5)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks.clear()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def longest_free_run_ms(self, start: float, end: float) -> float:
        """The longest stretch from `start` to `end` in which no tick came later than SLOW_LOOP_MS."""
        longest, run_start, last = 0.0, None, None
        for t in (t for t in self.ticks if start < t < end):
            if last is None or (t - last) * 1000 > SLOW_LOOP_MS:
                run_start = t
            last = t
            longest = max(longest, (t - run_start) * 1000)
        return longest


def run_script(app, script: Script, on_error: Callable[[BaseException], None]) -> None:
    """Resume `script` after each wait it yields; quit the application when it ends or fails."""
    def step() -> None:
        try:
            QTimer.singleShot(max(0, int(next(script))), step)
        except StopIteration:
            app.quit()
        except BaseException as exc:  # noqa: BLE001 - reported by the caller, then the bench stops
            on_error(exc)
            app.quit()

    QTimer.singleShot(0, step)


def until(predicate: Callable[[], bool], timeout_ms: int = 10_000, poll_ms: int = 10) -> Script:
    waited = 0
    while not predicate():
        if waited >= timeout_ms:
            raise TimeoutError("the kiosk did not reach the expected state in time")
        yield poll_ms
        waited += poll_ms


def press(window, point: QPoint) -> None:
    qtest().touchEvent(window, touch_device()).press(0, point, window).commit()


def release(window, point: QPoint) -> float:
    """Lift the finger; returns the moment just before the release was delivered."""
    t = time.perf_counter()
    qtest().touchEvent(window, touch_device()).release(0, point, window).commit()
    return t


def stroke(window, paths: list[tuple[QPoint, QPoint]], steps: int, step_ms: int = TOUCH_REPORT_MS) -> Script:
    """One finger per (start, end) path, moving together in `steps` steps, then lifted."""
    device = touch_device()
    seq = qtest().touchEvent(window, device)
    for finger, (start, _) in enumerate(paths):
        seq.press(finger, start, window)
    seq.commit()
    for step in range(1, steps + 1):
        yield step_ms
        seq = qtest().touchEvent(window, device)
        for finger, (start, end) in enumerate(paths):
            seq.move(finger, QPoint(start.x() + (end.x() - start.x()) * step // steps,
                                    start.y() + (end.y() - start.y()) * step // steps), window)
        seq.commit()
    seq = qtest().touchEvent(window, device)
    for finger, (_, end) in enumerate(paths):
        seq.release(finger, end, window)
    seq.commit()


def pinch(window, centre: QPoint, start_gap: int, end_gap: int, steps: int) -> Script:
    def fingers(gap: int) -> tuple[QPoint, QPoint]:
        return QPoint(centre.x() - gap // 2, centre.y()), QPoint(centre.x() + gap // 2, centre.y())

    (a0, b0), (a1, b1) = fingers(start_gap), fingers(end_gap)
    yield from stroke(window, [(a0, a1), (b0, b1)], steps)
