"""The usage log (kiosk.core.usage) and `kiosk stats` (kiosk.core.usage_stats).

A simulated day of ~200 visits, driven by a seeded random generator and a fake clock,
is checked against numbers the test computes itself; then the empty cases, the file
itself and the rows of a visit. Retention, the row cap, validation, disk trouble and a
kill -9 are in test_usage_limits.py.
"""


import csv
import logging
import random
import sqlite3
import statistics
import threading
from collections import Counter
from datetime import datetime, timedelta

import pytest
from usagekit import DAY, LANGUAGES, OPENING, SECTIONS, UTC, rows, simulate_day

from kiosk.cli import main
from kiosk.core import usage
from kiosk.core.usage import SCHEMA_VERSION, SETTINGS, UsageLog
from kiosk.core.usage_stats import CSV_COLUMNS, NO_VISITS, connect, summarize


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
