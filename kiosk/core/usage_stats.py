"""`kiosk stats`: a readable summary of the usage log, and a CSV export of every event.

Reads the database read-only, so it can run while the kiosk is writing. Days are
calendar days in the local time zone of the computer running the command; the CSV
has UTC timestamps and a kiosk_id column, so exports from several kiosks merge.
"""

from __future__ import annotations

import csv
import re
import sqlite3
import statistics
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from pathlib import Path

from kiosk.core.usage import SCHEMA_VERSION, default_path, format_ts, parse_ts

CSV_COLUMNS = ("kiosk_id", "timestamp", "visit_id", "event", "section", "panel", "screen", "language",
               "name", "value", "seconds")
NO_VISITS = "no visits recorded yet"
TOP = 5
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class PanelStat:
    section: str
    panel: int  # 0-based, as logged
    views: int
    dwell: float  # total seconds

    @property
    def label(self) -> str:
        """Named like `kiosk preview` names screens: dazu-02 is the second panel of dazu."""
        return f"{self.section}-{self.panel + 1:02d}"


@dataclass
class Summary:
    kiosk_id: str | None
    tz: tzinfo
    since: date | None = None
    events: int = 0
    first: datetime | None = None  # UTC
    last: datetime | None = None
    visits_per_day: dict[date, int] = field(default_factory=dict)  # local calendar days with visits
    visit_lengths: list[float] = field(default_factory=list)  # seconds, ended visits only
    conversions: int = 0  # touches on the attract loop that started a visit
    attract_waits: list[float] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)  # visits by the language last used in them
    panels: list[PanelStat] = field(default_factory=list)  # most viewed first

    @property
    def visits(self) -> int:
        return sum(self.visits_per_day.values())

    @property
    def mean_visits_per_day(self) -> float:
        return self.visits / len(self.visits_per_day) if self.visits_per_day else 0.0

    @property
    def median_visit_seconds(self) -> float | None:
        return statistics.median(self.visit_lengths) if self.visit_lengths else None

    @property
    def median_attract_seconds(self) -> float | None:
        return statistics.median(self.attract_waits) if self.attract_waits else None

    def language_percent(self) -> dict[str, float]:
        total = sum(self.languages.values())
        return {code: 100 * n / total for code, n in self.languages.items()} if total else {}

    @property
    def most_viewed(self) -> list[PanelStat]:
        return self.panels[:TOP]

    @property
    def least_viewed(self) -> list[PanelStat]:
        return sorted(self.panels, key=lambda p: (p.views, p.dwell, p.section, p.panel))[:TOP]

    def format(self) -> str:
        lines = [f"Kiosk {self.kiosk_id or '(unknown id)'}: {self.events} events"
                 + (f" since {self.since.isoformat()}" if self.since else "")
                 + f", {_local(self.first, self.tz)} to {_local(self.last, self.tz)}",
                 f"Days are local time ({_tz_name(self.tz)}).", ""]
        days = len(self.visits_per_day)
        lines.append(f"Visits: {self.visits} on {days} day(s), {self.mean_visits_per_day:.1f} per day with visits")
        if days <= 31:
            lines += [f"  {day.isoformat()}  {n:5d}" for day, n in sorted(self.visits_per_day.items())]
        else:
            months: dict[str, list[int]] = {}
            for day, n in self.visits_per_day.items():
                months.setdefault(day.strftime("%Y-%m"), []).append(n)
            lines += [f"  {m}  {sum(v):6d} visits on {len(v):2d} days, {sum(v) / len(v):.1f} per day"
                      for m, v in sorted(months.items())]
        median = self.median_visit_seconds
        unended = self.visits - len(self.visit_lengths)
        lines += ["", f"Median visit length: {_duration(median) if median is not None else 'n/a'}"
                  f" (of {len(self.visit_lengths)} ended visit(s)"
                  + (f"; {unended} without an end, e.g. the kiosk was switched off)" if unended > 0 else ")")]
        share = 100 * self.conversions / self.visits if self.visits else 0
        wait = self.median_attract_seconds
        lines.append(f"Attract-to-touch conversions: {self.conversions} ({share:.0f}% of visits)"
                     + (f"; median time on the attract loop before a touch {_duration(wait)}" if wait is not None else ""))
        lines += ["", "Languages (% of visits, by the language last used in the visit):"]
        percent = self.language_percent()
        for code, n in sorted(self.languages.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"  {code:<10} {percent[code]:5.1f}%  ({n})")
        if self.panels:
            width = max(len(p.label) for p in self.panels)
            for title, panels in (("Most viewed panels", self.most_viewed), ("Least viewed panels", self.least_viewed)):
                lines += ["", f"{title} (views, total dwell):"]
                lines += [f"  {p.label:<{width}}  {p.views:6d} views  {_duration(p.dwell):>12}" for p in panels]
            lines.append("  (panels nobody viewed are not in the log, so they are not listed)")
        else:
            lines += ["", "No panel views recorded."]
        return "\n".join(lines)


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h} h {m:02d} min"
    return f"{m} min {s:02d} s" if m else f"{s} s"


def _local(when: datetime | None, tz: tzinfo) -> str:
    return when.astimezone(tz).strftime("%Y-%m-%d %H:%M") if when else "-"


def _tz_name(tz: tzinfo) -> str:
    now = datetime.now(tz)
    offset = now.strftime("%z")
    return f"{now.tzname()}, UTC{offset[:3]}:{offset[3:]}" if offset else str(tz)


def local_tz() -> tzinfo:
    return datetime.now().astimezone().tzinfo


def connect(path: Path) -> sqlite3.Connection:
    """Read-only; sees what the kiosk has committed even while it writes."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def _since_ts(since: date | None, tz: tzinfo) -> str:
    if since is None:
        return ""
    return format_ts(datetime.combine(since, time(0, 0), tzinfo=tz))  # local midnight, in UTC


def _has_events(conn: sqlite3.Connection) -> bool:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(f"schema version {version} is newer than this kiosk's {SCHEMA_VERSION}; "
                                    "update the kiosk software to read it")
    return version > 0


def kiosk_id_of(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'kiosk_id'").fetchone()
    return row[0] if row else None


def summarize(conn: sqlite3.Connection, since: date | None = None, tz: tzinfo | None = None) -> Summary:
    tz = tz or local_tz()
    if not _has_events(conn):
        return Summary(kiosk_id=None, tz=tz, since=since)
    after = _since_ts(since, tz)
    summary = Summary(kiosk_id=kiosk_id_of(conn), tz=tz, since=since)
    n, first, last = conn.execute("SELECT count(*), min(ts), max(ts) FROM events WHERE ts >= ?", (after,)).fetchone()
    summary.events = n
    summary.first, summary.last = (parse_ts(first), parse_ts(last)) if n else (None, None)
    for (ts,) in conn.execute("SELECT ts FROM events WHERE event = 'visit_start' AND ts >= ?", (after,)):
        day = parse_ts(ts).astimezone(tz).date()
        summary.visits_per_day[day] = summary.visits_per_day.get(day, 0) + 1
    summary.visit_lengths = [s for (s,) in conn.execute(
        "SELECT seconds FROM events WHERE event = 'visit_end' AND seconds IS NOT NULL AND ts >= ?", (after,))]
    touches = [s for (s,) in conn.execute("SELECT seconds FROM events WHERE event = 'attract_touch' AND ts >= ?", (after,))]
    summary.conversions = len(touches)
    summary.attract_waits = [s for s in touches if s is not None]
    # each visit's language: the one its last event was logged in
    for language, count in conn.execute("""
            SELECT e.language, count(*) FROM events AS e JOIN (
                SELECT max(id) AS last FROM events
                WHERE visit_id IN (SELECT id FROM events WHERE event = 'visit_start' AND ts >= ?)
                GROUP BY visit_id) AS v ON e.id = v.last
            GROUP BY e.language""", (after,)):
        summary.languages[language or "unknown"] = count
    panels = [PanelStat(section, panel, views, dwell) for section, panel, views, dwell in conn.execute(
        "SELECT section, panel, count(*), total(seconds) FROM events WHERE event = 'panel_view' AND ts >= ? "
        "GROUP BY section, panel", (after,))]
    summary.panels = sorted(panels, key=lambda p: (-p.views, -p.dwell, p.section, p.panel))
    return summary


def export_csv(conn: sqlite3.Connection | None, out: Path, since: date | None = None, tz: tzinfo | None = None) -> int:
    """Every event, oldest first, one row each; returns the number of rows. No connection: just the header."""
    count = 0
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        if conn is None or not _has_events(conn):
            return 0
        kiosk_id = kiosk_id_of(conn) or ""
        rows = conn.execute("SELECT ts, visit_id, event, section, panel, screen, language, name, value, seconds "
                            "FROM events WHERE ts >= ? ORDER BY id", (_since_ts(since, tz or local_tz()),))
        for row in rows:
            writer.writerow([kiosk_id, *("" if v is None else v for v in row)])
            count += 1
    return count


def stats(db: Path | None = None, since: str | None = None, csv_path: Path | None = None) -> int:
    """The `kiosk stats` command. Exit 0, also when nothing was recorded; 2 for a bad --since; 1 for an unreadable file."""
    day = None
    if since is not None:
        try:
            if not _DAY.fullmatch(since):
                raise ValueError
            day = date.fromisoformat(since)
        except ValueError:
            print(f"kiosk stats: --since '{since}' is not a date; write YYYY-MM-DD, e.g. 2025-05-01", file=sys.stderr)
            return 2
    path = Path(db) if db is not None else default_path()
    if not path.is_file():
        if csv_path is not None:
            export_csv(None, csv_path)
        print(f"{NO_VISITS} ({path} does not exist yet)")
        return 0
    conn = None
    try:
        conn = connect(path)
        summary = summarize(conn, day)
        print(summary.format() if summary.visits else
              f"{NO_VISITS}{f' since {day.isoformat()}' if day else ''} ({summary.events} other event(s) in {path})")
        if csv_path is not None:
            n = export_csv(conn, csv_path, day, summary.tz)
            print(f"\nWrote {n} event(s) to {csv_path}")
    except sqlite3.Error as exc:
        print(f"kiosk stats: cannot read {path}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kiosk stats: {exc}", file=sys.stderr)
        return 1
    finally:
        if conn is not None:
            conn.close()
    return 0
