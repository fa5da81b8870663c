"""Anonymous usage events: what visitors look at, for how long, in which language.

One SQLite file (stdlib sqlite3, WAL) at `state_dir() / "usage.sqlite3"`. Each event is
one tiny committed transaction on the caller's thread, so killing the kiosk (kill -9)
loses at most the event being written. With synchronous=NORMAL a power cut may also
lose the last few seconds the OS had not yet written out, but never corrupts the file;
pass `synchronous="FULL"` to fsync every event instead (slower on SD cards and eMMC).

No personal data, by construction: there is no free text and there are no touch
coordinates. Panels are named by section id + panel index, and every string is checked
against an allow-list (screens, settings, error kinds) or a slug / BCP 47 pattern; anything
else raises ValueError, because it is a bug in the caller. Disk trouble (full, read-only,
locked, broken file) never reaches the UI: the event is dropped and a warning logged.

Rows older than `retention_days` are deleted on open and at most once a day after that,
between visits; `max_rows` caps the table as a safety net.

Event rows (the columns `kiosk stats --csv` exports, besides kiosk_id):

    event          section  panel  screen   language  name     value   seconds
    visit_start                              visit's                      .
    attract_touch                   attract  visit's                      time on attract before the touch
    visit_end                                last used                    visit length
    screen_view                     SCREEN   current                      dwell
    panel_view     SECTION  INDEX            current                      dwell
    language                                 chosen
    setting                                  current   NAME     VALUE
    image_zoom     SECTION  INDEX            current   image    INDEX
    error                                    current   kind     KIND

Events inside a visit carry its visit_id and the language in use; others have neither.
"""

from __future__ import annotations

import logging
import math
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
DB_NAME = "usage.sqlite3"

# The same patterns the content schema uses (kiosk.core.schema), kept here so logging never imports pydantic.
BCP47 = re.compile(r"[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?")
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


class _UnusableError(Exception):
    """The file is there but not ours to write (a newer schema)."""


class UsageLog:
    """The kiosk's usage log. Every method returns quickly and never raises for disk trouble.

    Safe to call from any thread (one lock); meant for the GUI thread.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, clock: Callable[[], datetime] = utc_now,
                 retention_days: float = 365, max_rows: int = 2_000_000, kiosk_id: str | None = None,
                 synchronous: str = "NORMAL") -> None:
        if retention_days <= 0:
            raise ValueError("usage: retention_days must be > 0")
        if max_rows < 1:
            raise ValueError("usage: max_rows must be >= 1")
        if synchronous.upper() not in ("NORMAL", "FULL"):
            raise ValueError("usage: synchronous must be NORMAL or FULL")
        self._clock = clock
        self._retention = timedelta(days=retention_days)
        self._max_rows = int(max_rows)
        self._synchronous = synchronous.upper()
        self._wanted_id = check_kiosk_id(kiosk_id) if kiosk_id is not None else None
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._closed = False
        self._kiosk_id: str | None = None
        self._last_open_try: datetime | None = None
        self._last_prune: datetime | None = None
        self._failing = False
        self._dropped = 0
        # the visit in progress
        self._visit_id: int | None = None
        self._visit_start: datetime | None = None
        self._language: str | None = None
        self._attract_since: datetime = self._now()
        try:
            self._path: Path | None = Path(path) if path is not None else default_path()
        except OSError as exc:
            log.warning("usage log disabled: no state folder (%s)", exc)
            self._path = None
        with self._lock:
            self._open()

    # -- public state --------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def kiosk_id(self) -> str | None:
        """This install's id, or None if the database could not be opened."""
        return self._kiosk_id

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def in_visit(self) -> bool:
        return self._visit_start is not None

    # -- events --------------------------------------------------------------------------
    def visit_started(self, language: str, *, from_attract: bool = True) -> None:
        """A visitor started a visit in `language`. `from_attract`: by touching the attract loop
        (also records an attract_touch conversion with the time the loop had been showing).
        A visit still open is ended first."""
        language = check_language(language)
        with self._lock:
            if self._visit_start is not None:
                log.debug("usage: a visit started while one was open; ending the open one")
                self.visit_ended()
            now = self._now()
            waited = max(0.0, (now - self._attract_since).total_seconds())
            self._visit_start, self._language, self._visit_id = now, language, None
            rows = [dict(event="visit_start", language=language)]
            if from_attract:
                rows.append(dict(event="attract_touch", screen="attract", language=language, seconds=round(waited, 3)))
            ids = self._write(now, rows, new_visit=True)
            self._visit_id = ids[0] if ids else None

    def visit_ended(self) -> None:
        """The visit ended (idle reset or return to attract); records its length.
        Does nothing outside a visit, so it may be called on every reset."""
        with self._lock:
            if self._visit_start is None:
                return
            now = self._now()
            length = max(0.0, (now - self._visit_start).total_seconds())
            self._write(now, [dict(event="visit_end", language=self._language, seconds=round(length, 3))])
            self._visit_id = self._visit_start = self._language = None
            self._attract_since = now
            self._maybe_prune(now)

    def screen_viewed(self, screen: str, dwell_seconds: float) -> None:
        """The visitor left `screen` (one of SCREENS) after `dwell_seconds`."""
        row = dict(event="screen_view", screen=check_screen(screen), seconds=check_seconds(dwell_seconds))
        self._event(row)

    def panel_viewed(self, section_id: str, panel_index: int, dwell_seconds: float) -> None:
        """The visitor left panel `panel_index` (0-based) of section `section_id` after `dwell_seconds`."""
        row = dict(event="panel_view", section=check_section(section_id), panel=check_index("panel index", panel_index),
                   seconds=check_seconds(dwell_seconds))
        self._event(row)

    def language_chosen(self, code: str) -> None:
        """The visitor chose a language (not the automatic reset to the default)."""
        code = check_language(code)
        with self._lock:
            if self._visit_start is not None:
                self._language = code
            self._event(dict(event="language", language=code))

    def setting_chosen(self, name: str, value: str) -> None:
        """An accessibility choice: `name` and `value` from SETTINGS."""
        name, value = check_setting(name, value)
        self._event(dict(event="setting", name=name, value=value))

    def image_zoomed(self, section_id: str, panel_index: int, image_index: int) -> None:
        """The visitor opened image `image_index` (0-based) of a panel full screen."""
        row = dict(event="image_zoom", section=check_section(section_id), panel=check_index("panel index", panel_index),
                   name="image", value=str(check_index("image index", image_index)))
        self._event(row)

    def error_shown(self, kind: str) -> None:
        """The visitor was shown an error of `kind` (one of ERROR_KINDS)."""
        self._event(dict(event="error", name="kind", value=check_error_kind(kind)))

    def prune(self) -> None:
        """Apply retention and the row cap now (done on open and at most daily by itself)."""
        with self._lock:
            if self._conn is not None:
                self._guarded(self._prune, self._now())

    def close(self) -> None:
        """Close the file. An open visit is not ended (call visit_ended() first if it did end).
        Later events are dropped silently."""
        with self._lock:
            self._closed = True
            conn, self._conn = self._conn, None
            if conn is not None:
                try:
                    conn.close()
                except sqlite3.Error as exc:
                    log.warning("usage log: closing %s failed (%s)", self._path, exc)

    def __enter__(self) -> UsageLog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- internals -----------------------------------------------------------------------
    def _now(self) -> datetime:
        now = self._clock()
        return now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now.astimezone(timezone.utc)

    def _event(self, row: dict) -> None:
        with self._lock:
            if self._visit_start is not None:
                row.setdefault("language", self._language)
            now = self._now()
            self._write(now, [row])
            if self._visit_start is None:
                self._maybe_prune(now)

    def _write(self, now: datetime, rows: list[dict], new_visit: bool = False) -> list[int]:
        """Insert `rows` in one transaction; returns their ids, or [] if they were dropped."""
        if self._closed:
            log.debug("usage log closed; dropped %s", rows[0]["event"])
            return []
        if self._conn is None:
            if self._last_open_try is None or now - self._last_open_try >= _RETRY_OPEN_EVERY:
                self._open()
            if self._conn is None:
                self._dropped += len(rows)
                return []
        ts = format_ts(now)

        def insert(conn: sqlite3.Connection) -> list[int]:
            ids = []
            visit_id = self._visit_id
            for row in rows:
                values = dict.fromkeys(COLUMNS)
                values.update(row, ts=ts, visit_id=visit_id)
                cur = conn.execute(_INSERT, [values[c] for c in COLUMNS])
                ids.append(cur.lastrowid)
                if new_visit and visit_id is None:
                    visit_id = cur.lastrowid
                    conn.execute("UPDATE events SET visit_id = ? WHERE id = ?", (visit_id, visit_id))
            return ids

        result = self._guarded(insert, transaction=len(rows) > 1 or new_visit)
        if result is None:
            self._dropped += len(rows)
            return []
        if self._failing:
            log.warning("usage log writes again to %s; %d event(s) were dropped", self._path, self._dropped)
            self._failing, self._dropped = False, 0
        return result

    def _guarded(self, work, *args, transaction: bool = False):
        """Run work(conn, *args); on disk trouble log once per streak of failures and return None."""
        conn = self._conn
        try:
            if transaction:
                conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn, *args)
                if transaction:
                    conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                raise
            return result
        except (sqlite3.Error, OSError) as exc:
            if not self._failing:
                log.warning("usage log: cannot write to %s (%s); dropping events until it works again", self._path, exc)
                self._failing = True
            else:
                log.debug("usage log still failing: %s", exc)
            return None

    def _open(self) -> None:
        self._last_open_try = self._now()
        if self._path is None or self._closed:
            return
        conn = None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self._path, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("usage log: %s is not in WAL mode (%s); a crash may lose more than one event", self._path, mode)
            conn.execute(f"PRAGMA synchronous={self._synchronous}")
            conn.execute("PRAGMA journal_size_limit=4194304")
            self._migrate(conn)
            self._kiosk_id = self._setup_kiosk_id(conn)
            self._conn = conn
        except (sqlite3.Error, OSError, _UnusableError) as exc:
            if not self._failing:
                log.warning("usage log disabled for now: cannot open %s (%s); retrying every %d min",
                            self._path, exc, _RETRY_OPEN_EVERY.seconds // 60)
                self._failing = True
            else:
                log.debug("usage log still cannot open %s: %s", self._path, exc)
            if conn is not None:
                conn.close()
            return
        if self._failing:
            log.warning("usage log opened %s; %d event(s) were dropped before", self._path, self._dropped)
            self._failing, self._dropped = False, 0
        self._guarded(self._prune, self._now())

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _UnusableError(f"it has schema version {version}, newer than this kiosk's {SCHEMA_VERSION}")
        if version == SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
                for statement in _SCHEMA:
                    conn.execute(statement)
            # later versions: `if version < 2: conn.execute("ALTER TABLE ...")`
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _setup_kiosk_id(self, conn: sqlite3.Connection) -> str:
        """Given > KIOSK_ID in the environment > stored in meta > a new random UUID; stored for `kiosk stats`."""
        wanted = self._wanted_id
        env = os.environ.get("KIOSK_ID")
        if wanted is None and env:
            try:
                wanted = check_kiosk_id(env)
            except ValueError as exc:
                log.warning("KIOSK_ID ignored: %s", exc)
        row = conn.execute("SELECT value FROM meta WHERE key = 'kiosk_id'").fetchone()
        if row and (wanted is None or wanted == row[0]):
            return row[0]
        kiosk_id = wanted or str(uuid.uuid4())
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('kiosk_id', ?)", (kiosk_id,))
        return kiosk_id

    def _maybe_prune(self, now: datetime) -> None:
        if self._conn is not None and (self._last_prune is None or now - self._last_prune >= _PRUNE_EVERY):
            self._guarded(self._prune, now)

    def _prune(self, conn: sqlite3.Connection, now: datetime) -> None:
        self._last_prune = now
        old = conn.execute("DELETE FROM events WHERE ts < ?", (format_ts(now - self._retention),)).rowcount
        over = 0
        lo, hi = conn.execute("SELECT min(id), max(id) FROM events").fetchone()
        if lo is not None and hi - lo + 1 > self._max_rows:  # ids only grow: a cheap upper bound on the count
            cut = conn.execute("SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET ?", (self._max_rows,)).fetchone()
            if cut is not None:
                over = conn.execute("DELETE FROM events WHERE id <= ?", cut).rowcount
        if old or over:
            log.info("usage log: deleted %d event(s) older than %d days and %d over the cap of %d rows",
                     old, self._retention.days, over, self._max_rows)
