"""How the kiosk starts: normally, on the software renderer, or in safe mode after a crash loop.

Kept in the state folder so that it survives the crash:
- starts.json: when recent starts began, until they reach a healthy state (a minute of
  showing the exhibition) or end in an orderly way. Starts still listed crashed or hung.
  CRASH_LIMIT of them within CRASH_WINDOW_S and the next start is in safe mode.
- renderer.json: written when the graphics renderer failed; later starts use Qt's
  software renderer directly until staff delete the file.
- last-good-content/: a copy of the last content that validated and ran healthy, which
  safe mode shows instead of whatever is in the content folder now.

Pure Python with the time passed in, so the counting is tested without waiting.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

STARTS_FILE = "starts.json"
RENDERER_FILE = "renderer.json"
LAST_GOOD = "last-good-content"
CRASH_LIMIT = 3
CRASH_WINDOW_S = 600
HEALTHY_AFTER_S = 60


@dataclass(frozen=True)
class StartPlan:
    started: float  # this start's time, its key in starts.json
    content: Path  # the folder to show
    safe_mode: bool
    failed_starts: int  # recent starts that never became healthy
    software: bool  # start on Qt's software renderer
    renderer_failure: str  # why the graphics renderer is not used, or ""


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", "utf-8")
    tmp.replace(path)


def _starts(folder: Path) -> list[float]:
    return [float(t) for t in _read(folder / STARTS_FILE).get("unhealthy", []) if isinstance(t, (int, float))]


def plan_start(folder: Path, content: Path, now: float) -> StartPlan:
    """Records this start and decides how to make it."""
    recent = [t for t in _starts(folder) if 0 <= now - t < CRASH_WINDOW_S]
    safe = len(recent) >= CRASH_LIMIT
    _write(folder / STARTS_FILE, {"unhealthy": [*recent, now]})
    failure = str(_read(folder / RENDERER_FILE).get("reason", ""))
    good = folder / LAST_GOOD
    shown = good if safe and good.is_dir() else content
    return StartPlan(started=now, content=shown, safe_mode=safe, failed_starts=len(recent),
                     software=safe or bool(failure), renderer_failure=failure)


def mark_healthy(folder: Path) -> None:
    """This start works: the earlier failures no longer count towards safe mode."""
    _write(folder / STARTS_FILE, {"unhealthy": []})


def mark_ended(folder: Path, plan: StartPlan) -> None:
    """An orderly exit (staff, restart, service stop) is not a crash."""
    remaining = [t for t in _starts(folder) if t != plan.started]
    _write(folder / STARTS_FILE, {"unhealthy": remaining})


def record_renderer_failure(folder: Path, reason: str, when: str) -> None:
    _write(folder / RENDERER_FILE, {"reason": reason, "when": when})


def _fingerprint(folder: Path) -> list:
    return sorted([str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns]
                  for p in folder.rglob("*") if p.is_file())


def snapshot_content(folder: Path, content: Path, errors_of: Callable[[Path], list] | None = None) -> bool:
    """Keeps a copy of `content` as the last good content if it validates; True if a new copy was made.

    `errors_of` checks the copy (the running kiosk passes its checker process, kiosk/core/reading.py);
    by default it is checked in this process. Slow (copies and validates): call it off the GUI thread.
    """
    if errors_of is None:
        from kiosk.core.loader import load_content

        def errors_of(path: Path) -> list:
            return load_content(path, fonts=None).errors

    good = folder / LAST_GOOD
    fingerprint = _fingerprint(content)
    if _read(folder / "last-good.json").get("fingerprint") == fingerprint and good.is_dir():
        return False
    tmp, old = folder / (LAST_GOOD + ".tmp"), folder / (LAST_GOOD + ".old")
    for leftover in (tmp, old):
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.copytree(content, tmp, symlinks=False)
    if errors_of(tmp):
        shutil.rmtree(tmp, ignore_errors=True)
        log.warning("the content on disk does not validate; the last good copy is kept")
        return False
    if good.is_dir():
        os.replace(good, old)
    os.replace(tmp, good)
    shutil.rmtree(old, ignore_errors=True)
    _write(folder / "last-good.json", {"fingerprint": fingerprint, "source": str(Path(content).absolute())})
    return True


def recent_failures(folder: Path, now: float) -> int:
    """Recent starts that never became healthy, without recording a start (for kiosk doctor)."""
    return sum(0 <= now - t < CRASH_WINDOW_S for t in _starts(folder))


def renderer_record(folder: Path) -> dict:
    return _read(folder / RENDERER_FILE)


def last_good_source(folder: Path) -> str:
    """Where the last good copy was taken from, or "" if there is none yet."""
    return str(_read(folder / "last-good.json").get("source", "")) if (folder / LAST_GOOD).is_dir() else ""
