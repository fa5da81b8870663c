"""Crash-loop counting, the renderer record and the last good content, with the time set by hand."""

import shutil
from pathlib import Path

from kiosk.core import start_health
from kiosk.core.start_health import CRASH_WINDOW_S, mark_ended, mark_healthy, plan_start, snapshot_content

REPO = Path(__file__).resolve().parents[2]
T0 = 1_800_000_000.0


def test_three_unhealthy_starts_within_ten_minutes_mean_safe_mode(tmp_path):
    content = tmp_path / "content"
    plans = [plan_start(tmp_path, content, T0 + i * 60) for i in range(4)]  # each crashed before becoming healthy
    assert [p.safe_mode for p in plans] == [False, False, False, True]
    assert plans[3].failed_starts == 3 and plans[3].software, "safe mode uses the software renderer"
    assert plans[3].content == content, "no last good copy yet: the content folder is all there is"


def test_old_crashes_and_orderly_exits_do_not_count(tmp_path):
    content = tmp_path / "content"
    plan_start(tmp_path, content, T0)
    plan_start(tmp_path, content, T0 + 10)
    later = T0 + 10 + CRASH_WINDOW_S + 5  # the first two crashes are now too old
    crashed = plan_start(tmp_path, content, later)
    assert not crashed.safe_mode and crashed.failed_starts == 0
    for i in range(5):
        mark_ended(tmp_path, plan_start(tmp_path, content, later + 10 + i))  # staff restarted it, five times
    assert plan_start(tmp_path, content, later + 20).failed_starts == 1, "only the start at `later` crashed"


def test_a_healthy_start_clears_the_count(tmp_path):
    for i in range(3):
        plan_start(tmp_path, tmp_path, T0 + i)
    mark_healthy(tmp_path)
    plan = plan_start(tmp_path, tmp_path, T0 + 5)
    assert not plan.safe_mode and plan.failed_starts == 0


def test_a_renderer_failure_makes_later_starts_use_software(tmp_path):
    assert not plan_start(tmp_path, tmp_path, T0).software
    start_health.record_renderer_failure(tmp_path, "Failed to create RHI", "2026-11-28T21:00:00")
    plan = plan_start(tmp_path, tmp_path, T0 + 1)
    assert plan.software and plan.renderer_failure == "Failed to create RHI" and not plan.safe_mode


def test_a_damaged_state_file_is_a_fresh_start(tmp_path):
    (tmp_path / start_health.STARTS_FILE).write_text("{not json", "utf-8")
    assert plan_start(tmp_path, tmp_path, T0).failed_starts == 0


def test_safe_mode_shows_the_last_copy_that_validated(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    state = tmp_path / "state"
    state.mkdir()
    assert snapshot_content(state, content)
    assert not snapshot_content(state, content), "unchanged content is not copied again"
    good = state / start_health.LAST_GOOD
    assert (good / "exhibition.yaml").read_text("utf-8") == (content / "exhibition.yaml").read_text("utf-8")

    (content / "exhibition.yaml").write_text("title: [broken\n", "utf-8")  # a bad edit on the exhibit PC
    assert not snapshot_content(state, content), "content with errors never replaces the good copy"
    assert "broken" not in (good / "exhibition.yaml").read_text("utf-8")
    for i in range(3):
        plan_start(state, content, T0 + i)
    assert plan_start(state, content, T0 + 3).content == good
