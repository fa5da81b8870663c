"""Memory for `kiosk bench`: the kiosk's resident size after start-up and after every screen in every language.

After the walk the kiosk resets as after a visitor, and the figure is the highest over the
attract loop's next whole slide period, the lowest beside it.

A process of its own, which walks the screens as `kiosk preview` does and then lets the
kiosk reset as it does after a visitor. It never loads the touch tester the bench session
uses (QtTest, which brings QtWidgets: about 5 MB that the kiosk itself never holds).
Prints one line of JSON for the parent (kiosk/ui/bench.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

READY_MS = 1000  # after the content is shown: the attract loop's first slide decoded
STEP_MS = 400  # each screen: its fade (Theme.medium) and its pictures
SAMPLE_MS = 100
FADE_MARGIN_MS = 2000  # the attract loop's cross-fade (Theme.slow * 1.5) and its end


def _child(content: str, width: int, height: int) -> int:
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.bench_frames import run_script, until
    from kiosk.ui.bench_stats import peak_rss_mib, rss_mib
    from kiosk.ui.memory import AFTER_RESET_MS
    from kiosk.ui.preview import screen_steps, show_screen
    from kiosk.ui.shell import KioskShell

    app = QGuiApplication(sys.argv[:1])
    # As staff run it: watching the content folder and recording usage (into the bench's own state folder).
    shell = KioskShell(Path(content), fullscreen=False, size=(width, height))
    shell.window.show()
    figures: dict = {}
    errors: list[str] = []

    def script():
        yield from until(lambda: shell.exhibit.status != "loading", 120_000)
        if shell.exhibit.status != "ready":
            raise RuntimeError(f"the content cannot be shown:\n{shell.exhibit.problems}")
        yield READY_MS
        figures["rss_start_mib"] = rss_mib()
        steps = 0
        for code, mode, _, show in screen_steps(shell, [()]):
            show_screen(shell, code, show, mode)
            steps += 1
            yield STEP_MS
        shell.visit.restart()
        yield AFTER_RESET_MS + 1000  # the kiosk hands back what the visit freed (kiosk/ui/memory.py)
        # Then a whole slide period of the attract loop: between fades it holds one full-screen
        # slide, from shortly before a fade to its end two. A single reading would depend on when
        # in the period it fell; the highest is the figure, the lowest is shown beside it.
        samples = []
        for _ in range(int((shell.exhibit.secondsPerSlide * 1000 + FADE_MARGIN_MS) / SAMPLE_MS)):
            samples.append(rss_mib())
            yield SAMPLE_MS
        figures["rss_after_all_mib"] = max(samples)
        figures["rss_after_all_low_mib"] = min(samples)
        figures["rss_after_all_over_s"] = round(len(samples) * SAMPLE_MS / 1000, 1)
        figures["rss_peak_mib"] = peak_rss_mib()
        figures["screens_shown"] = steps
        figures["touch_tester_loaded"] = "PySide6.QtTest" in sys.modules

    run_script(app, script(), lambda exc: errors.append(f"{type(exc).__name__}: {exc}"))
    app.exec()
    shell.close()
    if errors:
        print(errors[0], file=sys.stderr)
        return 1
    print(json.dumps(figures))
    return 0


def measure(content: Path, size: tuple[int, int], env: dict[str, str]) -> dict:
    from kiosk.ui.bench_startup import child_json

    return child_json("kiosk.ui.bench_memory", [str(content), str(size[0]), str(size[1])], env,
                      f"the memory run at {size[0]}x{size[1]}", timeout=600)


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
