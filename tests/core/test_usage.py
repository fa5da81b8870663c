"""The usage log (kiosk.core.usage) and `kiosk stats` (kiosk.core.usage_stats).

A simulated day of ~200 visits, driven by a seeded random generator and a fake clock,
is checked against numbers the test computes itself; then retention, the row cap,
validation, disk trouble, and a kill -9 in the middle of writing.
"""

from __future__ import annotations

import csv
import logging
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

import pytest
from contentkit import REPO_ROOT

from kiosk.cli import main
from kiosk.core import usage
from kiosk.core.usage import SCHEMA_VERSION, SETTINGS, UsageLog
from kiosk.core.usage_stats import CSV_COLUMNS, NO_VISITS, connect, summarize

UTC = timezone.utc
DAY = date(2025, 5, 17)
OPENING = datetime(2025, 5, 17, 6, 0, tzinfo=UTC)
SECTIONS = {"assembly": 5, "dazu": 6, "baiheliang": 5, "ich-fair": 4}
LANGUAGES = ("en", "zh-Hans")


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(OPENING)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "usage.sqlite3"


@pytest.fixture
def utc_local_time():
    """`kiosk stats` counts days in local time; pin it to UTC for exact comparisons."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def rows(path, where: str = "1", args=()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(f"SELECT * FROM events WHERE {where} ORDER BY id", args).fetchall()
    finally:
        conn.close()


# -- a simulated day ---------------------------------------------------------------------
@dataclass
class Truth:
    """What the simulation did, counted by the test itself."""

    rows: int = 0
    lengths: list[float] = field(default_factory=list)
    final_language: list[str] = field(default_factory=list)
    conversions: int = 0
    attract_waits: list[float] = field(default_factory=list)
    views: Counter = field(default_factory=Counter)
    dwell: Counter = field(default_factory=Counter)


def ms(rng: random.Random, lo: float, hi: float) -> float:
    """A random number of seconds with millisecond resolution, so the log stores it exactly."""
    return rng.randint(int(lo * 1000), int(hi * 1000)) / 1000


def simulate_day(log: UsageLog, clock: FakeClock, rng: random.Random, visits: int = 200, day: date = DAY) -> Truth:
    truth = Truth()
    for _ in range(visits):
        wait = ms(rng, 5, 60)
        clock.advance(wait)
        from_attract = rng.random() < 0.9
        language = rng.choices(LANGUAGES, weights=(0.6, 0.4))[0]
        start = clock.now
        log.visit_started(language, from_attract=from_attract)
        truth.rows += 2 if from_attract else 1
        if from_attract:
            truth.conversions += 1
            truth.attract_waits.append(wait)
        switch_at = rng.randint(0, 4) if rng.random() < 0.25 else -1
        for step in range(rng.randint(1, 3)):
            if step == switch_at:
                language = LANGUAGES[1 - LANGUAGES.index(language)]
                log.language_chosen(language)
                truth.rows += 1
            d = ms(rng, 1, 20)
            clock.advance(d)
            log.screen_viewed("home", d)
            truth.rows += 1
            section = rng.choice(sorted(SECTIONS))
            on_section = 0.0
            for panel in range(rng.randint(1, SECTIONS[section])):
                d = ms(rng, 2, 30)
                clock.advance(d)
                on_section += d
                log.panel_viewed(section, panel, d)
                truth.views[(section, panel)] += 1
                truth.dwell[(section, panel)] += d
                truth.rows += 1
                if rng.random() < 0.1:
                    log.image_zoomed(section, panel, rng.randint(0, 2))
                    truth.rows += 1
            log.screen_viewed("section", on_section)
            truth.rows += 1
        if rng.random() < 0.05:
            log.setting_chosen("text_size", "large")
            truth.rows += 1
        if rng.random() < 0.02:
            log.error_shown("image_unavailable")
            truth.rows += 1
        clock.advance(70)  # idle timeout and countdown
        log.visit_ended()
        truth.rows += 1
        truth.lengths.append((clock.now - start).total_seconds())
        truth.final_language.append(language)
    assert clock.now.date() == day, "the simulated day must not cross midnight"
    return truth


@pytest.fixture
def day(db, clock):
    with UsageLog(db, clock=clock, kiosk_id="hall-a") as log:
        truth = simulate_day(log, clock, random.Random(20250517))
    return truth


def test_summary_of_a_simulated_day(db, day):
    conn = connect(db)
    try:
        summary = summarize(conn, tz=UTC)
    finally:
        conn.close()
    assert summary.kiosk_id == "hall-a"
    assert summary.events == day.rows
    assert summary.visits == 200
    assert summary.visits_per_day == {DAY: 200}
    assert summary.median_visit_seconds == pytest.approx(statistics.median(day.lengths), abs=1e-3)
    assert summary.conversions == day.conversions < 200
    assert summary.median_attract_seconds == pytest.approx(statistics.median(day.attract_waits), abs=1e-3)

    languages = Counter(day.final_language)
    assert summary.languages == dict(languages)
    for code, n in languages.items():
        assert summary.language_percent()[code] == pytest.approx(100 * n / 200)

    ranked = sorted(day.views, key=lambda k: (-day.views[k], -day.dwell[k]))
    top = ranked[0]
    assert (summary.panels[0].section, summary.panels[0].panel) == top
    assert summary.panels[0].views == day.views[top]
    assert summary.panels[0].dwell == pytest.approx(day.dwell[top], abs=1e-6)
    assert [(p.section, p.panel, p.views) for p in summary.most_viewed] == [(*k, day.views[k]) for k in ranked[:5]]
    least = sorted(day.views, key=lambda k: (day.views[k], day.dwell[k]))[:5]
    assert [(p.section, p.panel) for p in summary.least_viewed] == least
    assert sum(p.views for p in summary.panels) == sum(day.views.values())


def test_stats_command_prints_the_summary(db, day, capsys, utc_local_time):
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Visits: 200 on 1 day(s), 200.0 per day" in out
    assert f"  {DAY.isoformat()}    200" in out
    median = round(statistics.median(day.lengths))
    assert f"Median visit length: {median // 60} min {median % 60:02d} s (of 200 ended visit(s))" in out
    assert f"Attract-to-touch conversions: {day.conversions} ({100 * day.conversions / 200:.0f}% of visits)" in out
    for code, n in Counter(day.final_language).items():
        assert f"{100 * n / 200:5.1f}%  ({n})" in out and code in out
    top = max(day.views, key=lambda k: (day.views[k], day.dwell[k]))
    most = out.split("Most viewed panels")[1].splitlines()[1]
    assert most.split()[:2] == [f"{top[0]}-{top[1] + 1:02d}", str(day.views[top])]
    assert "Least viewed panels" in out


def test_since_counts_only_later_days(db, clock, utc_local_time, capsys):
    with UsageLog(db, clock=clock) as log:
        simulate_day(log, clock, random.Random(1), visits=20)
        clock.now = OPENING + timedelta(days=1)
        simulate_day(log, clock, random.Random(2), visits=7, day=DAY + timedelta(days=1))
    conn = connect(db)
    try:
        assert summarize(conn, tz=UTC).visits_per_day == {DAY: 20, DAY + timedelta(days=1): 7}
        assert summarize(conn, since=DAY + timedelta(days=1), tz=UTC).visits_per_day == {DAY + timedelta(days=1): 7}
    finally:
        conn.close()
    assert main(["stats", "--db", str(db), "--since", "2025-05-18"]) == 0
    assert "Visits: 7 on 1 day(s)" in capsys.readouterr().out
    assert main(["stats", "--db", str(db), "--since", "2030-01-01"]) == 0
    assert NO_VISITS in capsys.readouterr().out


def test_csv_has_one_row_per_event_and_merges_across_kiosks(db, day, tmp_path, clock, capsys):
    out = tmp_path / "hall-a.csv"
    assert main(["stats", "--db", str(db), "--csv", str(out)]) == 0
    assert f"Wrote {day.rows} event(s)" in capsys.readouterr().out
    with open(out, newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    assert tuple(table[0]) == CSV_COLUMNS == ("kiosk_id", "timestamp", "visit_id", "event", "section", "panel",
                                              "screen", "language", "name", "value", "seconds")
    body = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in table[1:]]
    assert len(body) == day.rows == len(rows(db))
    assert {r["kiosk_id"] for r in body} == {"hall-a"}
    for r in body:
        assert r["timestamp"].endswith("Z")
        assert datetime.fromisoformat(r["timestamp"].replace("Z", "+00:00")).date() == DAY
    events = Counter(r["event"] for r in body)
    assert events["visit_start"] == events["visit_end"] == 200
    assert events["attract_touch"] == day.conversions
    assert events["panel_view"] == sum(day.views.values())
    assert len({r["visit_id"] for r in body}) == 200 and all(r["visit_id"] for r in body)

    # a second kiosk's export concatenates with the first one's
    other_db, other_csv = tmp_path / "b.sqlite3", tmp_path / "hall-b.csv"
    with UsageLog(other_db, clock=clock, kiosk_id="hall-b") as log:
        log.visit_started("en")
        log.visit_ended()
    assert main(["stats", "--db", str(other_db), "--csv", str(other_csv)]) == 0
    with open(other_csv, newline="", encoding="utf-8") as f:
        merged = body + list(csv.DictReader(f))
    assert Counter(r["kiosk_id"] for r in merged) == {"hall-a": day.rows, "hall-b": 3}
    assert len({(r["kiosk_id"], r["visit_id"]) for r in merged}) == 201


def test_only_allow_listed_strings_are_stored(db, day):
    stored = rows(db)
    assert {r["event"] for r in stored} <= set(usage.EVENTS)
    for r in stored:
        assert r["section"] is None or r["section"] in SECTIONS
        assert r["screen"] is None or r["screen"] in usage.SCREENS
        assert r["language"] is None or r["language"] in LANGUAGES
        assert r["name"] in (None, "image", "kind", *SETTINGS)


# -- the empty cases ---------------------------------------------------------------------
def test_stats_without_a_database(tmp_path, capsys):
    missing = tmp_path / "none" / "usage.sqlite3"
    assert main(["stats", "--db", str(missing)]) == 0
    assert NO_VISITS in capsys.readouterr().out
    assert not missing.exists()


def test_stats_with_an_empty_database(db, tmp_path, capsys):
    UsageLog(db).close()
    assert main(["stats", "--db", str(db), "--csv", str(tmp_path / "e.csv")]) == 0
    assert NO_VISITS in capsys.readouterr().out
    assert (tmp_path / "e.csv").read_text().splitlines() == [",".join(CSV_COLUMNS)]


def test_stats_in_the_default_state_folder(state_dir, capsys):
    for name in ("usage.sqlite3", "usage.sqlite3-wal", "usage.sqlite3-shm"):
        (state_dir / name).unlink(missing_ok=True)
    assert main(["stats"]) == 0
    assert NO_VISITS in capsys.readouterr().out
    with UsageLog() as log:
        assert log.path == state_dir / "usage.sqlite3"
        log.visit_started("en")
        log.visit_ended()
    assert main(["stats"]) == 0
    assert "Visits: 1 on 1 day(s)" in capsys.readouterr().out


@pytest.mark.parametrize("since", ["yesterday", "2025-5-1", "2025-13-01", "20250501"])
def test_stats_rejects_a_bad_since(since, db, capsys):
    assert main(["stats", "--db", str(db), "--since", since]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_stats_reports_a_broken_file(db, capsys):
    db.write_bytes(b"this is not a database" * 100)
    assert main(["stats", "--db", str(db)]) == 1
    assert "cannot read" in capsys.readouterr().err


# -- the file itself ---------------------------------------------------------------------
def test_file_format(db):
    with UsageLog(db) as log:
        conn = log._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 1
    with UsageLog(db, synchronous="FULL") as log:
        assert log._conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_kiosk_id_is_stable_or_given(db, monkeypatch, caplog):
    monkeypatch.delenv("KIOSK_ID", raising=False)
    with UsageLog(db) as log:
        first = log.kiosk_id
    assert len(first) == 36
    with UsageLog(db) as log:
        assert log.kiosk_id == first
    monkeypatch.setenv("KIOSK_ID", "gallery-3")
    with UsageLog(db) as log:
        assert log.kiosk_id == "gallery-3"
    monkeypatch.delenv("KIOSK_ID")
    with UsageLog(db) as log:
        assert log.kiosk_id == "gallery-3"  # stored, so `kiosk stats` exports it
    monkeypatch.setenv("KIOSK_ID", "=HYPERLINK(x)")
    with caplog.at_level(logging.WARNING), UsageLog(db) as log:
        assert log.kiosk_id == "gallery-3"
    assert "KIOSK_ID ignored" in caplog.text


def test_a_newer_schema_is_left_alone(db, caplog):
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    with caplog.at_level(logging.WARNING), UsageLog(db) as log:
        assert not log.is_open
        log.visit_started("en")
        log.visit_ended()
    assert "newer" in caplog.text
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


# -- visits ------------------------------------------------------------------------------
def test_visit_rows(db, clock):
    with UsageLog(db, clock=clock) as log:
        clock.advance(30)
        log.visit_started("zh-Hans")
        clock.advance(5)
        log.panel_viewed("dazu", 2, 4.25)
        log.language_chosen("en")
        log.image_zoomed("dazu", 2, 1)
        clock.advance(95)
        log.visit_ended()
        log.visit_ended()  # a reset outside a visit records nothing
        log.screen_viewed("attract", 12)
        log.visit_started("en", from_attract=False)
        log.visit_started("en")  # ends the open visit first
    got = [(r["event"], r["visit_id"], r["section"], r["panel"], r["screen"], r["language"], r["name"], r["value"],
            r["seconds"]) for r in rows(db)]
    first, second, third = 1, 8, 10
    assert got == [
        ("visit_start", first, None, None, None, "zh-Hans", None, None, None),
        ("attract_touch", first, None, None, "attract", "zh-Hans", None, None, 30.0),
        ("panel_view", first, "dazu", 2, None, "zh-Hans", None, None, 4.25),
        ("language", first, None, None, None, "en", None, None, None),
        ("image_zoom", first, "dazu", 2, None, "en", "image", "1", None),
        ("visit_end", first, None, None, None, "en", None, None, 100.0),
        ("screen_view", None, None, None, "attract", None, None, None, 12.0),
        ("visit_start", second, None, None, None, "en", None, None, None),
        ("visit_end", second, None, None, None, "en", None, None, 0.0),
        ("visit_start", third, None, None, None, "en", None, None, None),
        ("attract_touch", third, None, None, "attract", "en", None, None, 0.0),
    ]
    assert rows(db, "event = 'visit_start'")[0]["ts"] == "2025-05-17T06:00:30.000Z"


def test_many_threads(db):
    with UsageLog(db) as log:
        def work(n):
            for i in range(200):
                log.panel_viewed("dazu", n, float(i))
        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(rows(db)) == 800


# -- retention ---------------------------------------------------------------------------
def test_retention_on_open(db, clock):
    with UsageLog(db, clock=clock) as log:
        log.screen_viewed("attract", 1)
        clock.advance(86400 * 300)
        log.screen_viewed("attract", 2)
    clock.advance(86400 * 66)  # the first row is now 366 days old, the second 66
    with UsageLog(db, clock=clock):
        pass
    assert [r["seconds"] for r in rows(db)] == [2.0]


def test_retention_at_most_once_a_day_and_between_visits(db, clock):
    hour = 3600
    with UsageLog(db, clock=clock, retention_days=1) as log:  # pruned on open, at 0 h
        log.screen_viewed("attract", 0)
        clock.advance(23 * hour)
        log.screen_viewed("attract", 23)
        clock.advance(2 * hour)  # 25 h: a day since the last pruning
        log.visit_started("en")
        log.screen_viewed("home", 25)  # not during a visit
        assert [r["seconds"] for r in rows(db, "event = 'screen_view'")] == [0, 23, 25]
        log.visit_ended()  # the visitor has gone: now
        assert [r["seconds"] for r in rows(db, "event = 'screen_view'")] == [23, 25]
        clock.advance(23 * hour)  # 48 h: the 23 h row is over a day old, but the last pruning was 23 h ago
        log.screen_viewed("attract", 48)
        assert [r["seconds"] for r in rows(db, "event = 'screen_view'")] == [23, 25, 48]
        clock.advance(2 * hour)
        log.screen_viewed("attract", 50)
        assert [r["seconds"] for r in rows(db, "event = 'screen_view'")] == [48, 50]


def test_row_cap(db, clock):
    with UsageLog(db, clock=clock) as log:
        for i in range(120):
            log.panel_viewed("dazu", 0, float(i))
    with UsageLog(db, clock=clock, max_rows=50):
        pass
    assert [r["seconds"] for r in rows(db)] == [float(i) for i in range(70, 120)]


# -- validation --------------------------------------------------------------------------
BAD_CALLS = {
    "language with text": lambda log: log.visit_started("my name is Ann"),
    "language with a newline": lambda log: log.language_chosen("en\n"),
    "empty language": lambda log: log.language_chosen(""),
    "language not a str": lambda log: log.language_chosen(None),
    "section with capitals": lambda log: log.panel_viewed("Dazu", 0, 1),
    "section with a path": lambda log: log.panel_viewed("../etc", 0, 1),
    "section too long": lambda log: log.panel_viewed("a" * 65, 0, 1),
    "negative panel": lambda log: log.panel_viewed("dazu", -1, 1),
    "panel as bool": lambda log: log.panel_viewed("dazu", True, 1),
    "panel as float": lambda log: log.panel_viewed("dazu", 1.0, 1),
    "panel as str": lambda log: log.panel_viewed("dazu", "1", 1),
    "negative dwell": lambda log: log.panel_viewed("dazu", 0, -0.5),
    "nan dwell": lambda log: log.screen_viewed("home", float("nan")),
    "infinite dwell": lambda log: log.screen_viewed("home", float("inf")),
    "dwell as str": lambda log: log.screen_viewed("home", "3"),
    "unknown screen": lambda log: log.screen_viewed("settings", 1),
    "unknown setting": lambda log: log.setting_chosen("name", "Ann"),
    "setting value not allowed": lambda log: log.setting_chosen("contrast", "max"),
    "free-text error": lambda log: log.error_shown("Cannot open /media/ann.jpg"),
    "negative image": lambda log: log.image_zoomed("dazu", 0, -1),
    "touch coordinates": lambda log: log.image_zoomed("dazu", 0, (120, 340)),
}


@pytest.mark.parametrize("call", BAD_CALLS.values(), ids=BAD_CALLS.keys())
def test_disallowed_values_raise_and_write_nothing(call, db):
    with UsageLog(db) as log:
        with pytest.raises(ValueError):
            call(log)
    assert rows(db) == []


def test_bad_configuration_raises(db):
    with pytest.raises(ValueError):
        UsageLog(db, kiosk_id="kiosk with spaces")
    with pytest.raises(ValueError):
        UsageLog(db, retention_days=0)
    with pytest.raises(ValueError):
        UsageLog(db, synchronous="OFF")


# -- disk trouble ------------------------------------------------------------------------
def test_an_unopenable_file_drops_events_quietly(tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with caplog.at_level(logging.WARNING):
        log = UsageLog(blocker / "usage.sqlite3")
        assert not log.is_open and log.kiosk_id is None
        log.visit_started("en")
        log.panel_viewed("dazu", 0, 1)
        log.visit_ended()
        with pytest.raises(ValueError):  # a bug is still a bug
            log.panel_viewed("dazu", -1, 1)
        log.close()
    assert "usage log disabled" in caplog.text


def test_a_full_disk_drops_events_and_recovers(db, caplog):
    log = UsageLog(db)
    log.panel_viewed("dazu", 0, 0)
    pages = log._conn.execute("PRAGMA page_count").fetchone()[0]
    log._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full now
    with caplog.at_level(logging.WARNING):
        for i in range(1, 400):
            log.panel_viewed("dazu", 0, float(i))
    written = len(rows(db))
    assert 1 <= written < 400
    assert caplog.text.count("cannot write") == 1  # once, not once per event
    caplog.clear()
    log._conn.execute("PRAGMA max_page_count = 1000000")
    with caplog.at_level(logging.WARNING):
        log.panel_viewed("dazu", 0, 999.0)
    assert "writes again" in caplog.text and f"{400 - written} event(s) were dropped" in caplog.text
    log.close()
    assert rows(db)[-1]["seconds"] == 999.0
    log.panel_viewed("dazu", 0, 1000.0)  # after close: dropped, no error


def test_a_read_only_file_drops_events(db, caplog):
    UsageLog(db).close()
    log = UsageLog(db)
    log._conn.close()
    log._conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                check_same_thread=False)
    with caplog.at_level(logging.WARNING):
        log.visit_started("en")
        log.visit_ended()
    assert "cannot write" in caplog.text
    log.close()
    assert rows(db) == []


# -- kill -9 in the middle of writing ----------------------------------------------------
WRITER = textwrap.dedent("""
    import sys
    from kiosk.core.usage import UsageLog

    log = UsageLog(sys.argv[1], kiosk_id="crash-test")
    log.visit_started("en")
    i = int(sys.argv[2])
    while True:
        log.panel_viewed("dazu", i % 7, float(i))
        sys.stdout.write(f"{i}\\n")
        sys.stdout.flush()
        i += 1
""")


def _write_until_killed(db, first: int, after: int) -> int:
    """Run a writer, SIGKILL it once it has reported `after` commits; the last event number it reported."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(first)], cwd=REPO_ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(after):
            line = proc.stdout.readline()
            assert line.endswith("\n"), f"the writer stopped early: {proc.stderr.read()}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        rest = proc.stdout.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    reported = [int(n) for n in rest.split("\n")[:-1]]  # a last line without its newline was cut off mid-print
    return reported[-1] if reported else first + after - 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_loses_at_most_the_event_being_written(db):
    rng = random.Random(9)
    first = 0
    for round_ in range(3):
        last = _write_until_killed(db, first, rng.randint(300, 3000))
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            got = sorted(int(s) for (s,) in conn.execute("SELECT seconds FROM events WHERE event = 'panel_view'"))
            starts = conn.execute("SELECT count(*) FROM events WHERE event = 'visit_start'").fetchone()[0]
        finally:
            conn.close()
        assert starts == round_ + 1
        reported = list(range(0, last + 1))
        assert got in (reported, reported + [last + 1]), (got[-3:], last)  # all reported; at most one more
        first = got[-1] + 1


def test_stats_reads_while_the_kiosk_writes(db, clock, capsys):
    with UsageLog(db, clock=clock) as log:
        log.visit_started("zh-Hans")
        clock.advance(42)
        log.visit_ended()
        assert main(["stats", "--db", str(db)]) == 0
        assert "Median visit length: 42 s" in capsys.readouterr().out
        log.panel_viewed("dazu", 0, 1)  # the reader did not lock the writer out
    assert len(rows(db)) == 4
