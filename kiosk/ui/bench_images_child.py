"""The measuring half of `kiosk bench-images`: runs in a child process, prints one line of JSON.

  kiosk   the real kiosk offscreen: first sharp picture, zoom to 1:1 and pan, opens and closes
  pipeline  file to a decoded screen-size picture through the rendition cache (cold or warm)
  naive   what a plain viewer would do: decode the whole file, with Pillow and with Qt

Each mode is a fresh process, so its peak memory (VmHWM) is its own.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (VmRSS) or its peak so far (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> bool:
    """Start VmHWM afresh (Linux), so a peak measures one phase rather than start-up too."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def pipeline(big: str, width: int, height: int) -> dict:
    """File to a decoded screen-size QImage through the rendition cache, as the image provider does it."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from kiosk.core.renditions import screen_rendition
    from kiosk.ui.image_provider import _decode

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    _warm_up_decoders()
    start = time.perf_counter()
    image = _decode(screen_rendition(Path(big), (width, height)), QSize())
    return {"pipeline_s": time.perf_counter() - start, "ok": not image.isNull(), "size": [image.width(), image.height()]}


def _warm_up_decoders() -> None:
    """Import Pillow's JPEG and PNG plugins, as a running kiosk did with its first picture."""
    import io

    from PIL import Image

    for fmt in ("JPEG", "PNG"):
        data = io.BytesIO()
        Image.new("RGB", (8, 8)).save(data, fmt)
        data.seek(0)
        Image.open(data).load()


def naive(big: str, width: int, height: int) -> dict:
    """Decode the whole file as a simple viewer would, then scale it for the screen."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None
    start = time.perf_counter()
    with Image.open(big) as im:
        im.load()
        im.copy().thumbnail((width, height))
        pillow_s = time.perf_counter() - start
        peak = rss_mb("VmHWM")
    from PySide6.QtGui import QGuiApplication, QImageReader

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImageReader's plugins need it)
    start = time.perf_counter()
    reader = QImageReader(big)
    image = reader.read()
    qt = {"qt_s": time.perf_counter() - start, "qt_ok": not image.isNull(), "qt_error": reader.errorString()}
    return {"pillow_s": pillow_s, "pillow_peak_mb": peak, **qt, "peak_mb": rss_mb("VmHWM")}


class KioskRun:
    def __init__(self, content: Path, size: tuple[int, int]):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from kiosk.ui.scene import TouchDriver
        from kiosk.ui.shell import KioskShell

        self.app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        self.shell = KioskShell(content, fullscreen=False, size=size, watch=False, record_usage=False)
        self.shell.window.show()
        self.wait_until(lambda: self.shell.exhibit.status != "loading", 300)
        if self.shell.exhibit.status != "ready":
            raise SystemExit(f"bench content does not load: {self.shell.exhibit.problems}")
        self.fingers = TouchDriver(self.shell.window, lambda ms: self.wait_until(lambda: False, ms / 1000))
        self.size = size

    def wait_until(self, predicate, timeout: float) -> bool:
        from kiosk.ui.preview import wait_until

        return wait_until(self.app, predicate, timeout, step=0.002)

    def items(self):
        from kiosk.ui.scene import visible_items

        return list(visible_items(self.shell.window))

    def sharp(self, alt: str) -> bool:
        return any(i.property("ready") and i.property("accessibleName") == alt for i in self.items())

    def panel_with(self, name: str) -> tuple[int, int, int, str]:
        """Section, panel and picture index of the picture `name`, and its alt text. Only numbers and
        words: the panel objects belong to the open section and go when it closes."""
        sections = [s["id"] for s in self.shell.exhibit.sections]
        for index in range(len(sections)):
            self.shell.visit.openSection(index)
            self.wait_until(lambda: False, 0.05)
            for panel in self.shell.exhibit.panels:
                for n, picture in enumerate(panel.pictures):
                    if picture["file"].endswith(name):
                        return index, panel.index, n, picture["alt"]
        raise SystemExit(f"no panel shows {name}")

    def first_sharp(self, name: str) -> float:
        """Seconds from showing the panel to its sharp screen-size picture."""
        section, panel, _, alt = self.panel_with(name)
        self.shell.visit.restart()
        self.wait_until(lambda: False, 0.3)
        start = time.perf_counter()
        self.shell.visit.openSection(section)
        self.shell.visit.showPanel(panel)
        self.wait_until(lambda: self.sharp(alt), 60)
        return time.perf_counter() - start

    def zoom_and_pan(self, name: str) -> dict:
        from PySide6.QtCore import QPoint

        start_peak = rss_mb("VmHWM")
        fresh = reset_peak()
        _, panel, picture, _ = self.panel_with(name)
        self.shell.visit.showPanel(panel)
        self.shell.visit.openImage(picture)
        self.wait_until(lambda: False, 1.0)
        view = next(i for i in self.items() if i.property("pictureZoom") is not None)
        w, h = self.size
        centre = QPoint(w // 2, h // 2)
        for _ in range(12):
            if view.property("pictureZoom") >= view.property("maxZoom") * 0.99:
                break
            self.fingers.pinch(centre, w // 10, w // 2, steps=10)
            self.wait_until(lambda: False, 0.5)
        self.wait_until(lambda: view.property("tileCount") > 0, 120)
        most_tiles = 0
        for dx, dy in [(-1, 0), (0, -1), (1, 0), (0, 1)] * 3:
            self.fingers.swipe(QPoint(w // 2 - dx * w // 5, h // 2 - dy * h // 5), QPoint(w // 2 + dx * w // 5, h // 2 + dy * h // 5))
            self.wait_until(lambda: False, 0.8)
            most_tiles = max(most_tiles, view.property("tileCount"))
        self.shell.window.grabWindow().save(os.environ.get("KIOSK_BENCH_SHOT", "/dev/null"), "PNG")
        result = {"zoom": view.property("pictureZoom"), "max_zoom": view.property("maxZoom"), "most_tiles": most_tiles,
                  "peak_mb": rss_mb("VmHWM"), "peak_is_zoom_only": fresh, "start_peak_mb": start_peak, "rss_mb": rss_mb()}
        self.shell.visit.closeViewer()
        return result

    def open_close(self, prefix: str, cycles: int) -> dict:
        """Open and close the generated pictures `cycles` times; memory after the first pass and at the end."""
        visit = self.shell.visit
        section = [s["id"] for s in self.shell.exhibit.sections].index("bench-charts")
        visit.openSection(section)
        self.wait_until(lambda: False, 0.3)
        panels = [p for p in self.shell.exhibit.panels if p.pictures]
        slots = [(p, i) for p in panels for i in range(len(p.pictures))]
        samples = []
        for n in range(cycles):
            panel, i = slots[n % len(slots)]
            visit.showPanel(panel.index)
            visit.openImage(i)
            alt = panel.pictures[i]["alt"]
            self.wait_until(lambda a=alt: self.sharp(a), 10)
            visit.closeViewer()
            self.wait_until(lambda: False, 0.02)
            samples.append(rss_mb())
        # After one pass over every picture Qt's pixmap cache is full; growth past that would be a leak.
        first_pass = len(slots) if cycles >= 2 * len(slots) else max(1, cycles // 10)
        warm = samples[first_pass - 1]
        return {"cycles": cycles, "warmup_cycles": first_pass, "rss_after_warmup_mb": warm, "rss_end_mb": samples[-1],
                "rss_every_50_mb": [round(v) for v in samples[49::50]],
                "growth_pct": 100 * (samples[-1] - warm) / warm if warm else 0.0}


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = argv[0]
    if mode == "pipeline":
        print(json.dumps(pipeline(argv[1], int(argv[2]), int(argv[3]))))
        return 0
    if mode == "naive":
        big, width, height = argv[1], int(argv[2]), int(argv[3])
        print(json.dumps(naive(big, width, height)))
        return 0
    content, width, height, big, cycles = Path(argv[1]), int(argv[2]), int(argv[3]), argv[4], int(argv[5])
    run = KioskRun(content, (width, height))
    out = {"first_sharp_s": run.first_sharp(big)}
    out.update(run.zoom_and_pan(big))
    if cycles:
        out.update(run.open_close("chart-", cycles))
    print(json.dumps(out))
    run.shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
