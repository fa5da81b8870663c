"""How Qt's raster engine draws for the software renderer: on the GUI thread itself.

Qt hands every large fill (a full-screen blend in a cross-fade, a big picture scaled or
converted) to a small thread pool of its own and waits for it, and that pool is shared with
Qt's image reader thread, which draws a curator's SVG picture through it. With the software
renderer the scene is drawn on the GUI thread, so a frame's fills queued behind a picture
being drawn: the attract loop held one frame for 40-46 ms as the next slide was prepared, in
4 of 12 probes of six slide periods at 1920x1080 (sampled with perf, only the reader and the
pool ran meanwhile). On a 2-core PC the pool has a single thread, so the hand-off gained
no parallelism either. With a GPU the scene is not drawn by the raster engine, and Qt keeps
its default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtQuick import QQuickWindow

NO_POOL = "QT_NO_GUI_THREADPOOL"  # read by Qt once, at the first fill it could hand off
SOFTWARE = ("software", "softwarecontext")  # Qt's names for its software renderer


def software_renderer(env: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt Quick draws with its software renderer: chosen in code, or as the kiosk and staff
    choose it, by QT_QUICK_BACKEND (kiosk/ui/self_heal.py), which Qt reads when the first window is made."""
    return (QQuickWindow.sceneGraphBackend() or env.get("QT_QUICK_BACKEND", "")) in SOFTWARE


def fills_on_the_gui_thread() -> bool:
    """With the software renderer, tells Qt not to hand fills to its pool; call before the first frame."""
    if not software_renderer():
        return False
    os.environ.setdefault(NO_POOL, "1")
    return True
