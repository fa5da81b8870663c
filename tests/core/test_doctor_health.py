"""kiosk doctor tells staff what the kiosk remembers: a renderer failure, a crash loop, the opening hours."""

import time

from kiosk.core import staff_config, start_health
from kiosk.core.opening_hours import parse_week
from kiosk.doctor_findings import FAIL, INFO, WARN
from kiosk.doctor_health import check_opening_hours, check_self_healing


def test_a_fresh_pc_has_nothing_to_report_but_no_safe_copy_yet(tmp_path):
    findings = check_self_healing(tmp_path)
    assert [(f.status, f.label) for f in findings] == [(INFO, "safe mode")]
    assert "no last good content kept yet" in findings[0].text


def test_a_renderer_failure_and_a_crash_loop_are_warnings(tmp_path):
    start_health.record_renderer_failure(tmp_path, "Failed to create RHI", "2026-11-28T21:00:00")
    for i in range(3):
        start_health.plan_start(tmp_path, tmp_path, time.time() - 60 + i)
    findings = {f.label: f for f in check_self_healing(tmp_path)}
    assert findings["renderer"].status == WARN and "renderer.json" in findings["renderer"].text
    assert findings["crashes"].status == WARN and "next start is in safe mode" in findings["crashes"].text


def test_opening_hours_are_listed_and_nonsense_fails(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path))
    staff_config.save(staff_config.StaffConfig(opening_hours=parse_week("mon-fri 09:00-17:00")))
    [finding] = check_opening_hours()
    assert finding.status == INFO and finding.text.startswith("mon 09:00-17:00") and "sleep screen" in finding.text
    staff_config.save(staff_config.StaffConfig(opening_hours={"mon": ["9 to 5"]}))
    [finding] = check_opening_hours()
    assert finding.status == FAIL and "stays open" in finding.text
