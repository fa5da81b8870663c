"""`kiosk run`: the kiosk on an exhibit screen."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path


def _no_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


LOG_BYTES = 2 * 1024 * 1024
LOG_FILES = 5


def _setup_logging() -> None:
    """To stderr (journald under systemd) and to rotating files in the state folder."""
    from logging.handlers import RotatingFileHandler

    from kiosk.core.state import state_dir

    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        handlers.append(RotatingFileHandler(state_dir() / "kiosk.log", maxBytes=LOG_BYTES, backupCount=LOG_FILES,
                                            encoding="utf-8"))
    except OSError as exc:
        print(f"kiosk: cannot write the log file ({exc}); logging to the console only", file=sys.stderr)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers)


def run(content: Path, *, windowed: bool, size: tuple[int, int]) -> int:
    _setup_logging()
    if _no_display():
        print("kiosk: no screen found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from the "
              "exhibit PC's desktop session, or set QT_QPA_PLATFORM=offscreen to run without a screen.",
              file=sys.stderr)
        return 2
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.shell import KioskShell
    from kiosk.ui.staff import RESTART_EXIT_CODE

    app = QGuiApplication(sys.argv)
    app.setApplicationName("Heritage Kiosk")
    shell = KioskShell(content, fullscreen=not windowed, size=size)
    code = app.exec()
    shell.close()
    if code == RESTART_EXIT_CODE and not os.environ.get("INVOCATION_ID"):
        # Staff chose Restart and no service manager will start us again: do it ourselves.
        os.execv(sys.executable, [sys.executable, "-m", "kiosk", *sys.argv[1:]])
    return code
