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
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk.core.usage_values import (  # noqa: F401  (re-exported for the callers of this module)
    _BUSY_TIMEOUT_S,
    _INSERT,
    _PRUNE_EVERY,
    _RETRY_OPEN_EVERY,
    _SCHEMA,
    BCP47,
    COLUMNS,
    DB_NAME,
    ERROR_KINDS,
    EVENTS,
    KIOSK_ID,
    MAX_INDEX,
    MAX_SLUG,
    SCHEMA_VERSION,
    SCREENS,
    SETTINGS,
    SLUG,
    _text,
    check_error_kind,
    check_index,
    check_kiosk_id,
    check_language,
    check_screen,
    check_seconds,
    check_section,
    check_setting,
    default_path,
    format_ts,
    parse_ts,
    utc_now,
)

log = logging.getLogger(__name__)


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
