"""Start-up for `kiosk bench`: the real kiosk against a bare Qt Quick window, each in a fresh process.

The parent notes the wall-clock time just before spawning a child; the child prints
the wall-clock times of its first swapped frames (and its peak memory) as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

BARE_QML = b"import QtQuick\nWindow { width: %d; height: %d; visible: true; color: '#15120F'\n" \
           b"  Text { anchors.centerIn: parent; text: 'Bare window'; color: 'white'; font.pixelSize: 48 } }\n"


def child_env(state: Path | None = None) -> dict[str, str]:
    """Offscreen with the software renderer unless the caller chose otherwise; a state folder of the bench's own."""
    env = dict(os.environ)
    if state is not None:
        env["KIOSK_STATE_DIR"] = str(state)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_QUICK_BACKEND", "software")
    return env


def child_json(module: str, args: list[str], env: dict[str, str], what: str, timeout: int = 300,
               must_succeed: bool = True) -> dict:
    """Runs `python -m module args...` and returns the JSON on its last line of output."""
    out = subprocess.run([sys.executable, "-m", module, *args], env=env, capture_output=True, text=True, timeout=timeout)
    lines = out.stdout.strip().splitlines()
    if not lines or (must_succeed and out.returncode != 0):
        raise RuntimeError(f"{what} failed:\n{out.stderr[-2000:]}")
    return json.loads(lines[-1])


def _child(mode: str, content: str, width: int, height: int) -> None:
    """Runs in the spawned process: start, wait for the first frame(s), print times, quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.bench_stats import peak_rss_mib

    app = QGuiApplication(sys.argv[:1])
    times: dict[str, float] = {}
    if mode == "bare":
        from PySide6.QtQml import QQmlApplicationEngine

        engine = QQmlApplicationEngine()
        engine.loadData(BARE_QML % (width, height))
        window = engine.rootObjects()[0]

        def first():
            times.setdefault("first_frame", time.time())
            QTimer.singleShot(500, app.quit)  # a few more frames: the peak includes drawing, not only start-up

        window.frameSwapped.connect(first)
    else:
        from kiosk.ui.shell import KioskShell

        shell = KioskShell(Path(content), fullscreen=False, size=(width, height), watch=False, record_usage=False)
        window = shell.window
        window.show()

        def frame():
            if shell.exhibit.status == "unavailable":
                print(shell.exhibit.problems, file=sys.stderr)
                app.exit(1)
            if "first_frame" not in times:
                times["first_frame"] = time.time()
            if shell.exhibit.status == "ready" and "ready" not in times:
                times["ready"] = time.time()
                shell.visit.begin()
            elif "ready" in times and shell.visit.screen == "home" and "home" not in times:
                QTimer.singleShot(0, lambda: (times.setdefault("home", time.time()), app.quit()))

        window.frameSwapped.connect(frame)
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    print(json.dumps({**times, "peak_rss_mib": peak_rss_mib()}))


def measure(mode: str, content: Path, size: tuple[int, int], state: Path) -> dict[str, float]:
    """Seconds from spawning the process to each first frame, and the child's peak memory."""
    start = time.time()
    stamps = child_json("kiosk.ui.bench_startup", [mode, str(content), str(size[0]), str(size[1])], child_env(state),
                        f"the {mode} start-up run")
    return {k: (v if k == "peak_rss_mib" else v - start) for k, v in stamps.items()}


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
