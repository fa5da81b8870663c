"""Where the kiosk keeps everything it writes: caches and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "heritage-kiosk"


def state_dir() -> Path:
    """KIOSK_STATE_DIR if set, else the operating system's per-user state folder."""
    override = os.environ.get("KIOSK_STATE_DIR")
    path = Path(override) if override else Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
