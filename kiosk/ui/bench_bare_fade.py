"""The floor for the attract loop's pacing in `kiosk bench`: a bare Qt Quick window cross-fading.

Two full-screen pictures, one fading in over the other exactly as the attract loop's slides
do (1350 ms, ease in and out), then a still moment, over and over. Measured with the same
frame clock as the kiosk, in a process of its own, so the reader can see what this machine
and renderer give before the kiosk adds anything. A reference, not a target.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from kiosk.ui.bench_startup import child_json

FADE_MS = 1350  # Theme.slow * 1.5, the attract loop's cross-fade
PERIOD_MS = 2500  # a fade and a still moment

QML = """import QtQuick
Window {
    width: %(w)d; height: %(h)d; visible: true; color: "black"
    Image { anchors.fill: parent; source: "%(a)s"; sourceSize: Qt.size(width, height) }
    Image {
        anchors.fill: parent; source: "%(b)s"; sourceSize: Qt.size(width, height); opacity: 0
        NumberAnimation on opacity {
            id: fade; running: false; from: 0; to: 1; duration: %(fade)d; easing.type: Easing.InOutQuad
        }
    }
    Timer { interval: %(period)d; running: true; repeat: true; onTriggered: fade.restart() }
}
"""


def _pictures(folder: Path, width: int, height: int) -> tuple[Path, Path]:
    """Two full-screen pictures with gradients and shapes, drawn here: no file of the kiosk's is needed."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QRadialGradient

    paths = []
    for n, (inner, outer) in enumerate(((QColor("#c98a4b"), QColor("#2b1d12")), (QColor("#5b8fa8"), QColor("#121c2b")))):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QRadialGradient(QPointF(width * (0.3 + 0.4 * n), height * 0.4), max(width, height) * 0.8)
        gradient.setColorAt(0, inner)
        gradient.setColorAt(1, outer)
        painter.fillRect(image.rect(), gradient)
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(24):
            painter.setBrush(QColor.fromHsv((i * 37 + n * 90) % 360, 90, 200, 120))
            painter.drawEllipse(QPointF(width * ((i * 0.137) % 1), height * ((i * 0.291) % 1)), width * 0.06, width * 0.06)
        painter.end()
        path = folder / f"bare-fade-{n}.png"
        image.save(str(path))
        paths.append(path)
    return paths[0], paths[1]


def _child(width: int, height: int, seconds: float) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.ui.bench_frames import FrameClock, LoopWatch
    from kiosk.ui.bench_stats import pacing

    app = QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-fade-") as tmp:
        a, b = _pictures(Path(tmp), width, height)
        engine = QQmlApplicationEngine()
        engine.loadData((QML % {"w": width, "h": height, "a": a.as_uri(), "b": b.as_uri(),
                                "fade": FADE_MS, "period": PERIOD_MS}).encode())
        window = engine.rootObjects()[0]
        clock = FrameClock(window)
        loop = LoopWatch()
        span: list[float] = []

        def begin() -> None:
            loop.start()
            span.append(time.perf_counter())
            QTimer.singleShot(int(seconds * 1000), end)

        def end() -> None:
            span.append(time.perf_counter())
            loop.stop()
            app.quit()

        QTimer.singleShot(1000, begin)  # the pictures decoded and the first fade under way
        app.exec()
        intervals, costs, stills = clock.between(span[0], span[1], loop)
    print(json.dumps({**pacing(intervals, costs), "stills": stills}))


def measure(size: tuple[int, int], seconds: float, env: dict[str, str]) -> dict:
    """Pacing of the bare cross-fade over `seconds` (whole fade periods), from a fresh process."""
    periods = max(1, round(seconds * 1000 / PERIOD_MS))
    args = [str(size[0]), str(size[1]), str(periods * PERIOD_MS / 1000)]
    return child_json("kiosk.ui.bench_bare_fade", args, env, "the bare cross-fade run")


if __name__ == "__main__":
    _child(int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]))
