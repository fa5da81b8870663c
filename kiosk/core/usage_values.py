"""What the usage log may hold: allowed values, their checks, and timestamps.

Every value is checked here before it is written, so the log can hold no free
text and no personal data.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk.core.language_tags import WELL_FORMED

SCHEMA_VERSION = 1
DB_NAME = "usage.sqlite3"

# The same tag pattern the content schema uses (any well-formed BCP 47 tag, no spaces or free text);
# kiosk.core.language_tags imports neither pydantic nor Babel for it.
BCP47 = WELL_FORMED
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
KIOSK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MAX_SLUG = 64
MAX_INDEX = 10_000

SCREENS = frozenset({"attract", "home", "section", "image", "unavailable"})

# Accessibility choices a visitor can make: setting name -> the values it may take.
SETTINGS: Mapping[str, frozenset[str]] = {
    "text_size": frozenset({"standard", "large", "largest"}),
    "contrast": frozenset({"standard", "high"}),
    "motion": frozenset({"standard", "reduced"}),
    "reach": frozenset({"standard", "low"}),  # controls moved down for wheelchair users
    "read_aloud": frozenset({"off", "on"}),
    "captions": frozenset({"off", "on"}),
}

# What went wrong on screen, as a code; never the message itself.
ERROR_KINDS = frozenset({"content_unavailable", "image_unavailable", "font_missing", "internal_error"})

EVENTS = ("visit_start", "attract_touch", "visit_end", "screen_view", "panel_view",
          "language", "setting", "image_zoom", "error")

COLUMNS = ("ts", "visit_id", "event", "section", "panel", "screen", "language", "name", "value", "seconds")

_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE events (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        ts       TEXT NOT NULL,      -- ISO 8601 UTC, fixed width: 2025-05-17T09:30:00.250Z
        visit_id INTEGER,            -- id of the visit's visit_start row, NULL outside a visit
        event    TEXT NOT NULL,
        section  TEXT,
        panel    INTEGER,
        screen   TEXT,
        language TEXT,
        name     TEXT,
        value    TEXT,
        seconds  REAL
    )""",
    "CREATE INDEX events_ts ON events (ts)",
)

_INSERT = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
_PRUNE_EVERY = timedelta(days=1)
_RETRY_OPEN_EVERY = timedelta(minutes=5)
_BUSY_TIMEOUT_S = 0.25  # nobody else writes; never stall the GUI thread for long


def default_path() -> Path:
    from kiosk.core.state import state_dir

    return state_dir() / DB_NAME


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def format_ts(when: datetime) -> str:
    """ISO 8601 UTC with milliseconds and a Z; fixed width, so text order is time order."""
    when = when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def parse_ts(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# -- validation: a ValueError here is a bug in the caller ----------------------------------
def _text(kind: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"usage: {kind} must be a str, not {type(value).__name__}")
    return value


def check_language(code: object) -> str:
    code = _text("language", code)
    if not BCP47.fullmatch(code):
        raise ValueError(f"usage: {code!r} is not a BCP 47 language tag such as en or zh-Hans")
    return code


def check_section(section_id: object) -> str:
    section_id = _text("section id", section_id)
    if len(section_id) > MAX_SLUG or not SLUG.fullmatch(section_id):
        raise ValueError(f"usage: {section_id!r} is not a section id (lower-case letters, digits and -)")
    return section_id


def check_index(kind: str, index: object) -> int:
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < MAX_INDEX:
        raise ValueError(f"usage: {kind} must be an int from 0 to {MAX_INDEX - 1}, not {index!r}")
    return index


def check_seconds(seconds: object) -> float:
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"usage: seconds must be a finite number >= 0, not {seconds!r}")
    return round(float(seconds), 3)


def check_screen(screen: object) -> str:
    screen = _text("screen", screen)
    if screen not in SCREENS:
        raise ValueError(f"usage: {screen!r} is not a screen; use one of {sorted(SCREENS)}")
    return screen


def check_setting(name: object, value: object) -> tuple[str, str]:
    name, value = _text("setting name", name), _text("setting value", value)
    if name not in SETTINGS:
        raise ValueError(f"usage: {name!r} is not a setting; use one of {sorted(SETTINGS)}")
    if value not in SETTINGS[name]:
        raise ValueError(f"usage: {value!r} is not a value of {name}; use one of {sorted(SETTINGS[name])}")
    return name, value


def check_error_kind(kind: object) -> str:
    kind = _text("error kind", kind)
    if kind not in ERROR_KINDS:
        raise ValueError(f"usage: {kind!r} is not an error kind; use one of {sorted(ERROR_KINDS)}")
    return kind


def check_kiosk_id(kiosk_id: object) -> str:
    kiosk_id = _text("kiosk id", kiosk_id)
    if not KIOSK_ID.fullmatch(kiosk_id):
        raise ValueError(f"usage: {kiosk_id!r} is not a kiosk id (1-64 letters, digits, '.', '_' or '-')")
    return kiosk_id
