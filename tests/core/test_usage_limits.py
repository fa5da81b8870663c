"""The usage log's limits: retention, the row cap, validation, disk trouble, and a kill -9
in the middle of writing."""


import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from contentkit import REPO_ROOT
from usagekit import rows

from kiosk.cli import main
from kiosk.core.usage import UsageLog


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
