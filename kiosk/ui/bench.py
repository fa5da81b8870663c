"""`kiosk bench`: start-up of the real kiosk against a bare Qt Quick window, measured in one run.

Each start is a fresh process; the parent notes the wall-clock time just before
spawning it and the child prints the wall-clock time of its first swapped frame.
Prints figures, asserts nothing: a benchmark, not a test.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE_QML = b"import QtQuick\nWindow { width: 1920; height: 1080; visible: true; color: '#15120F'\n" \
           b"  Text { anchors.centerIn: parent; text: 'Bare window'; color: 'white'; font.pixelSize: 48 } }\n"


def _child(mode: str, content: str, width: int, height: int) -> None:
    """Runs in the spawned process: start, wait for the first frame(s), print times, quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    times: dict[str, float] = {}
    if mode == "bare":
        from PySide6.QtQml import QQmlApplicationEngine

        engine = QQmlApplicationEngine()
        engine.loadData(BARE_QML)
        window = engine.rootObjects()[0]
        window.frameSwapped.connect(lambda: times.setdefault("first_frame", time.time()) and app.quit())
    else:
        from kiosk.ui.shell import KioskShell

        shell = KioskShell(Path(content), fullscreen=False, size=(width, height))
        window = shell.window
        window.show()

        def frame():
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
    print(json.dumps(times))


def _measure(mode: str, content: Path, size: tuple[int, int]) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    out = subprocess.run([sys.executable, "-m", "kiosk.ui.bench", "--child", mode, str(content), str(size[0]), str(size[1])],
                         env=env, capture_output=True, text=True, timeout=300)
    stamps = json.loads(out.stdout.strip().splitlines()[-1])
    return {k: v - start for k, v in stamps.items()}


def bench(content: Path, size: tuple[int, int], runs: int, as_json: bool) -> int:
    bare, kiosk = [], []
    for _ in range(runs):
        bare.append(_measure("bare", content, size)["first_frame"])
        kiosk.append(_measure("kiosk", content, size))
    figures = {
        "size": f"{size[0]}x{size[1]}",
        "runs": runs,
        "bare_first_frame_s": statistics.median(bare),
        "kiosk_first_frame_s": statistics.median(k["first_frame"] for k in kiosk),
        "kiosk_content_ready_s": statistics.median(k.get("ready", float("nan")) for k in kiosk),
        "kiosk_home_frame_s": statistics.median(k.get("home", float("nan")) for k in kiosk),
    }
    figures["first_frame_ratio"] = figures["kiosk_first_frame_s"] / figures["bare_first_frame_s"]
    print(f"start-up at {figures['size']}, median of {runs} runs (offscreen):")
    print(f"  bare Qt Quick window, first frame     {figures['bare_first_frame_s']:.3f} s")
    print(f"  kiosk, first frame (attract)          {figures['kiosk_first_frame_s']:.3f} s  "
          f"({figures['first_frame_ratio']:.2f}x the bare window)")
    print(f"  kiosk, content loaded and checked     {figures['kiosk_content_ready_s']:.3f} s")
    print(f"  kiosk, first frame of home            {figures['kiosk_home_frame_s']:.3f} s")
    if as_json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--child":
    _child(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
