"""The running kiosk's side of self-healing: renderer failure, healthy starts, last good content.

- If the graphics renderer fails (QQuickWindow.sceneGraphError, also what Qt reports
  when no RHI backend can be created), the failure is recorded and the kiosk restarts;
  the next start uses the software renderer (see kiosk.core.start_health).
- A minute after the exhibition is showing, the start counts as healthy: earlier
  crashes stop counting towards safe mode, and the content shown is copied as the
  last good content (on a worker thread: it copies and validates files).
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.core import cache_prune, start_health
from kiosk.ui.staff import RESTART_EXIT_CODE

log = logging.getLogger(__name__)


class SelfHealing(QObject):
    def __init__(self, shell, plan: start_health.StartPlan, folder: Path, exit_app=QCoreApplication.exit,
                 healthy_after_s: float = start_health.HEALTHY_AFTER_S, parent=None):
        super().__init__(parent or shell)
        self._shell = shell
        self._plan = plan
        self._folder = folder
        self._exit = exit_app
        self.renderer_failed = False
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="self-heal")
        self._healthy = QTimer(self, singleShot=True, interval=int(healthy_after_s * 1000))
        self._healthy.timeout.connect(self._became_healthy)
        shell.window.sceneGraphError.connect(self._renderer_error)
        shell.exhibit.statusChanged.connect(self._status)
        shell.staff.more_stats.append(self.stats)
        self._status()

    def _status(self) -> None:
        if self._shell.exhibit.status == "ready":
            self._healthy.start()  # again after each reload, so new content is kept once it has run a while
        else:
            self._healthy.stop()

    def _renderer_error(self, error, message: str) -> None:
        log.critical("the graphics renderer failed (%s: %s)", getattr(error, "name", error), message)
        if self.renderer_failed:
            return
        self.renderer_failed = True
        if self._plan.software:
            log.critical("already on the software renderer; stopping so the service manager starts the kiosk again")
            self._exit(1)
            return
        start_health.record_renderer_failure(self._folder, message or str(error), datetime.now().isoformat(timespec="seconds"))
        log.critical("restarting on the software renderer; later starts use it too until %s is deleted",
                     self._folder / start_health.RENDERER_FILE)
        self._exit(RESTART_EXIT_CODE)

    def _became_healthy(self) -> None:
        content = self._plan.content

        def work():
            try:
                start_health.mark_healthy(self._folder)
                if not self._plan.safe_mode and start_health.snapshot_content(self._folder, content, _checked_apart):
                    log.info("kept a copy of %s as the last good content for safe mode", content)
            except Exception:  # the kiosk carries on; safe mode would show the older copy
                log.exception("could not record a healthy start")
            try:  # months of replaced photographs must not fill the disk
                cache_prune.prune_unused([content, self._folder / start_health.LAST_GOOD])
            except Exception:
                log.exception("could not remove old renditions")

        self._pool.submit(work)

    def stats(self) -> dict:
        api = self._shell.window.rendererInterface().graphicsApi().name
        note = ""
        if self._plan.renderer_failure:
            note = f" since the graphics renderer failed ({self._plan.renderer_failure}); delete " \
                   f"{start_health.RENDERER_FILE} in the state folder to try it again"
        elif self._plan.safe_mode:
            note = " (safe mode)"
        mode = "normal"
        if self._plan.safe_mode:
            mode = (f"safe mode after {self._plan.failed_starts} failed starts within {start_health.CRASH_WINDOW_S // 60} "
                    f"min, showing the last good content; once it has run a minute, Restart kiosk leaves it")
        return {"renderer": api + note, "mode": mode}

    def stop(self, orderly: bool) -> None:
        self._healthy.stop()
        self._pool.shutdown(wait=True, cancel_futures=False)
        if orderly and not self.renderer_failed:
            start_health.mark_ended(self._folder, self._plan)


def apply_plan(plan: start_health.StartPlan) -> None:
    """Logs how this start is made and chooses the renderer; call before the QGuiApplication exists."""
    if plan.safe_mode:
        log.warning("SAFE MODE: %d starts within %d min never became healthy; showing the last good content (%s) "
                    "on the software renderer", plan.failed_starts, start_health.CRASH_WINDOW_S // 60, plan.content)
    if plan.renderer_failure:
        log.warning("using the software renderer: the graphics renderer failed earlier (%s)", plan.renderer_failure)
    if plan.software and os.environ.get("QT_QUICK_BACKEND") != "software":
        os.environ["QT_QUICK_BACKEND"] = "software"


def _checked_apart(path: Path) -> list:
    """The content's errors, found by the checker process: the kiosk keeps none of the checker."""
    from kiosk.core.reading import read_in_child

    return read_in_child(path).errors
