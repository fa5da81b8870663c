"""One `kiosk bench` session: the real kiosk at one size, in a process of its own.

Touches the kiosk the way a visitor does and measures tap latency, frame pacing and
idle CPU (memory has a run of its own: kiosk/ui/bench_memory.py). Prints one line of JSON
for the parent (kiosk/ui/bench.py).
"""

from __future__ import annotations

import json
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint

from kiosk.ui.bench_frames import FrameClock, LoopWatch, Script, pinch, press, release, run_script, stroke, until
from kiosk.ui.bench_stats import CpuMeter, pacing, spread
from kiosk.ui.scene import centre_of, visible_items

SETTLE_MS = 700  # a screen's fade (Theme.medium) and image decode, with room to spare


@dataclass
class Plan:
    reps: int = 30  # taps per transition
    gesture_seconds: float = 5.0  # swiping and pinching
    idle_seconds: float = 10.0
    # Watching the attract loop, in whole slide periods: four of the bundled exhibition's. Its frames
    # come mostly in one fade and one breath per period, about 200, so a single period's share of
    # late frames moves by half a percent with each frame.
    attract_seconds: float = 28.0


class Session:
    def __init__(self, shell, plan: Plan):
        self.shell = shell
        self.visit = shell.visit
        self.exhibit = shell.exhibit
        self.window = shell.window
        self.plan = plan
        self.clock = FrameClock(self.window)
        self.figures: dict = {}

    # -- helpers --------------------------------------------------------------------
    def control(self, name: str) -> QPoint:
        matches = [i for i in visible_items(self.window) if i.property("accessibleName") == name and i.isEnabled()]
        if not matches:
            raise LookupError(f"no visible control labelled {name!r} on {self.visit.screen}")
        return centre_of(matches[-1])

    def tap(self, name: str, reacted, samples: list[float]) -> Script:
        """Tap the control called `name`; note release -> first swapped frame once `reacted()` holds."""
        point = self.control(name)
        press(self.window, point)
        yield 40
        t0 = release(self.window, point)
        if not reacted():
            raise RuntimeError(f"tapping {name!r} on {self.visit.screen} changed nothing")
        yield from until(lambda: self.clock.first_swap_after(t0) is not None, 2000, 1)
        samples.append((self.clock.first_swap_after(t0) - t0) * 1000)

    def calm(self, ms: int = SETTLE_MS) -> Script:
        yield ms

    # -- the script -----------------------------------------------------------------
    def script(self) -> Script:
        yield from until(lambda: self.exhibit.status != "loading", 120_000)
        if self.exhibit.status != "ready":
            raise RuntimeError(f"the content cannot be shown:\n{self.exhibit.problems}")
        yield 1000
        yield from self.idle("attract")
        yield from self.frames_while("attract", self.watch())
        self.visit.begin()
        yield SETTLE_MS
        yield from self.taps()
        yield from self.frames_while("swipe", self.swipes())
        yield from self.frames_while("pinch", self.pinches())
        self.visit.closeViewer()
        self.visit.openSection(0)
        yield SETTLE_MS
        yield from self.idle("panel")

    def idle(self, where: str) -> Script:
        # On the attract loop, whole slide periods (see watch()): 10 s held one cross-fade or two.
        seconds = self.whole_periods(self.plan.idle_seconds) if where == "attract" else self.plan.idle_seconds
        yield SETTLE_MS
        frames = len(self.clock.swaps)
        cpu = CpuMeter()
        yield int(seconds * 1000)
        self.figures[f"idle_{where}"] = {"cpu_pct": cpu.percent(), "frames": len(self.clock.swaps) - frames,
                                         "seconds": round(seconds, 1)}

    def whole_periods(self, seconds: float) -> float:
        period = max(0.5, float(self.exhibit.secondsPerSlide))
        return math.ceil(seconds / period) * period

    def frames_while(self, name: str, gestures) -> Script:
        """Pacing over the stretches a gesture script reports as (start, end) while it runs."""
        intervals: list[float] = []
        costs: list[float] = []
        spans: list[tuple[float, float]] = []
        stills = 0
        loop = LoopWatch()
        loop.start()
        yield from gestures(spans) if callable(gestures) else gestures
        loop.stop()
        for start, end in spans:
            i, c, s = self.clock.between(start, end, loop)
            intervals += i
            costs += c
            stills += s
        self.figures[f"pacing_{name}"] = {**pacing(intervals, costs), "stills": stills}

    def watch(self):
        """The attract loop over whole slide periods: each holds one cross-fade and the still time
        between, so the share of slow frames does not depend on where the fades fall."""
        seconds = self.whole_periods(self.plan.attract_seconds)

        def run(spans):
            start = time.perf_counter()
            yield int(seconds * 1000)
            spans.append((start, time.perf_counter()))
        return run

    def swipes(self):
        def run(spans):
            self.visit.openSection(0)
            yield SETTLE_MS
            w, h = self.window.width(), self.window.height()
            right, left = QPoint(int(w * 0.75), h // 2), QPoint(int(w * 0.25), h // 2)
            last = len(self.exhibit.panels) - 1
            end = time.perf_counter() + self.plan.gesture_seconds
            forward = True
            while time.perf_counter() < end:
                forward = self.visit.panelIndex < last if self.visit.panelIndex in (0, last) else forward
                start = time.perf_counter()
                yield from stroke(self.window, [(right, left) if forward else (left, right)], 24)
                yield 300  # the snap to the next panel
                spans.append((start, time.perf_counter()))
                yield 200
        return run

    def pinches(self):
        def run(spans):
            self.visit.openSection(0)
            yield from self.open_first_image()
            w, h = self.window.width(), self.window.height()
            centre, small, big = QPoint(w // 2, h // 2), w // 20, w // 3
            end = time.perf_counter() + self.plan.gesture_seconds
            while time.perf_counter() < end:
                for a, b in ((small, big), (big, small)):
                    start = time.perf_counter()
                    yield from pinch(self.window, centre, a, b, 32)
                    spans.append((start, time.perf_counter()))
                    yield 400
        return run

    def open_first_image(self) -> Script:
        for item in self.exhibit.panels:
            if item.pictures:
                self.visit.showPanel(item.index)
                yield SETTLE_MS
                self.visit.openImage(0)
                yield SETTLE_MS
                return
        raise RuntimeError("the first section has no picture to zoom")

    def taps(self) -> Script:
        visit, exhibit, reps = self.visit, self.exhibit, self.plan.reps
        samples: dict[str, list[float]] = {k: [] for k in ("open_section", "next_panel", "open_image", "language")}
        sections = exhibit.sections
        for n in range(reps):
            index = n % len(sections)
            yield from self.tap(sections[index]["title"], lambda i=index: visit.sectionIndex == i, samples["open_section"])
            yield SETTLE_MS
            visit.goHome()
            yield SETTLE_MS
        visit.openSection(0)
        yield SETTLE_MS
        for _ in range(reps):
            if visit.panelIndex == len(exhibit.panels) - 1:
                visit.showPanel(0)
                yield SETTLE_MS
            before = visit.panelIndex
            yield from self.tap(self.next_label(), lambda b=before: visit.panelIndex == b + 1, samples["next_panel"])
            yield SETTLE_MS
        picture_panel = next(item for item in exhibit.panels if item.pictures)
        for _ in range(reps):
            visit.showPanel(picture_panel.index)
            yield SETTLE_MS
            yield from self.tap(picture_panel.pictures[0]["alt"], lambda: visit.viewerIndex >= 0, samples["open_image"])
            yield SETTLE_MS
            visit.closeViewer()
            yield SETTLE_MS
        visit.goHome()
        yield SETTLE_MS
        codes = [(lang["code"], lang["name"]) for lang in exhibit.languages]
        if len(codes) > 1:
            for n in range(reps):
                code, name = codes[(n + 1) % len(codes)]
                yield from self.tap(name, lambda c=code: visit.language == c, samples["language"])
                yield SETTLE_MS
        self.figures["taps"] = {k: spread(v) for k, v in samples.items() if v}

    def next_label(self) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("SectionScreen", "Next panel")


def main(content: str, width: int, height: int, plan: Plan) -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(Path(content), fullscreen=False, size=(width, height), watch=False, record_usage=False)
    shell.window.show()
    session = Session(shell, plan)
    errors: list[str] = []
    run_script(app, session.script(), lambda exc: errors.append(f"{type(exc).__name__}: {exc}"))
    app.exec()
    session.figures["error"] = errors[0] if errors else None
    shell.close()
    print(json.dumps(session.figures))
    return 0 if not errors else 1


if __name__ == "__main__":
    _, content_dir, w, h, reps, gesture_s, idle_s, attract_s = sys.argv
    sys.exit(main(content_dir, int(w), int(h), Plan(int(reps), float(gesture_s), float(idle_s), float(attract_s))))
