"""`kiosk run`: the kiosk on an exhibit screen."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)


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


def run(content: Path, *, windowed: bool, size: tuple[int, int], smoke: bool = False) -> int:
    _setup_logging()
    if _no_display():
        print("kiosk: no screen found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from the "
              "exhibit PC's desktop session, or set QT_QPA_PLATFORM=offscreen to run without a screen.",
              file=sys.stderr)
        return 2
    from kiosk.core.start_health import plan_start
    from kiosk.core.state import state_dir
    from kiosk.ui.self_heal import apply_plan

    plan = plan_start(state_dir(), content, time.time())
    apply_plan(plan)  # before Qt starts: the renderer is chosen once
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.self_heal import SelfHealing
    from kiosk.ui.shell import KioskShell
    from kiosk.ui.staff import RESTART_EXIT_CODE
    from kiosk.ui.stop_signals import StopSignals

    app = QGuiApplication(sys.argv)
    app.setApplicationName("Heritage Kiosk")
    shell = KioskShell(plan.content, fullscreen=not windowed, size=size, watch=not plan.safe_mode)
    healing = SelfHealing(shell, plan, state_dir())
    stops = StopSignals()  # systemctl stop/restart: an orderly end, not a crash
    if smoke:
        from kiosk.ui.smoke import SmokeCheck

        SmokeCheck(shell)
    code = app.exec()
    stops.close()
    healing.stop(orderly=True)
    shell.close()
    if code == RESTART_EXIT_CODE and not os.environ.get("INVOCATION_ID"):
        # Staff chose Restart and no service manager will start us again: do it ourselves.
        os.execv(sys.executable, [sys.executable, *_own_arguments()])
    return code


def _own_arguments() -> list[str]:
    """The arguments that start this kiosk again: `-m kiosk …` from Python, or just `…` in the bundle."""
    return sys.argv[1:] if getattr(sys, "frozen", False) else ["-m", "kiosk", *sys.argv[1:]]
