"""A visit made with real touches ends up in the usage log, and `kiosk stats` summarises it."""

import sqlite3

import pytest
from PySide6.QtCore import QPoint

from kiosk.cli import main


@pytest.fixture
def usage_state(tmp_path, monkeypatch):
    """A state folder of the test's own, set before the kiosk starts."""
    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path / "state"))
    return tmp_path / "state"


def test_a_touched_visit_is_recorded_and_summarised(usage_state, kiosk, visitor, qtbot, capsys):
    shell = kiosk
    visitor.tap(QPoint(400, 300))
    qtbot.waitUntil(lambda: shell.visit.screen == "home", timeout=2000)
    qtbot.wait(400)
    visitor.tap("中文")
    visitor.tap(shell.exhibit.sections[1]["title"])
    qtbot.waitUntil(lambda: shell.visit.screen == "section", timeout=2000)
    qtbot.wait(400)
    visitor.swipe(QPoint(1000, 400), QPoint(300, 400))
    qtbot.waitUntil(lambda: shell.visit.panelIndex == 1, timeout=2000)
    qtbot.waitUntil(lambda: shell.visit.screen == "attract", timeout=12_000)  # the idle reset ends the visit
    shell.usage.close()  # writes what is queued

    db = usage_state / "usage.sqlite3"
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT event, section, panel, language FROM events ORDER BY id").fetchall()
    events = [r[0] for r in rows]
    assert events[0] == "visit_start" and "visit_end" in events
    assert ("language", None, None, "zh-Hans") in rows
    dazu = shell.exhibit.sections[1]["id"]
    assert (("panel_view", dazu, 0, "zh-Hans")) in rows, "the first panel was viewed before the swipe"

    assert main(["stats", "--db", str(db), "--csv", str(usage_state / "export.csv")]) == 0
    out = capsys.readouterr().out
    assert "zh-Hans" in out
    with open(usage_state / "export.csv", encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert lines[0].startswith("kiosk_id,")
    assert len(lines) - 1 == len(rows), "the CSV holds every event"
