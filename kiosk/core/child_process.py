"""Helper processes the kiosk runs from a worker thread: the content checker, the font-copy cutter.

Their output goes to files, not pipes: a pipe nobody reads fills at 64 KB and would hold the
child, and the worker waiting for it, for ever. Each child leads a process group of its own,
so stopping it also ends anything it started (the content checker's font scan).
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

POLL_S = 0.05


def run_child(command: list[str], env: dict[str, str], stop: Callable[[], bool], limit_s: float,
              cwd: Path | None = None) -> tuple[int | None, bytes, str]:
    """Runs `command` until it ends, `stop()` is true or `limit_s` passes: (its exit code, or None
    if it was stopped; what it wrote on standard output; the end of what it wrote on standard error)."""
    started = time.monotonic()
    group = hasattr(os, "killpg")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err, cwd=cwd, start_new_session=group)
        while child.poll() is None:
            if stop() or time.monotonic() - started > limit_s:
                if group:
                    os.killpg(child.pid, signal.SIGKILL)
                else:
                    child.kill()
                child.wait()
                return None, b"", ""
            time.sleep(POLL_S)
        out.seek(0)
        err.seek(max(0, err.seek(0, os.SEEK_END) - 2000))
        return child.returncode, out.read(), err.read().decode("utf-8", "replace").strip()
