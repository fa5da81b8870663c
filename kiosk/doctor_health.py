"""`kiosk doctor`'s lines on self-healing and opening hours: what the kiosk remembers between starts."""

from __future__ import annotations

import time
from pathlib import Path

from kiosk.doctor_findings import FAIL, INFO, WARN, Finding


def check_self_healing(state: Path) -> list[Finding]:
    from kiosk.core import start_health

    findings = []
    record = start_health.renderer_record(state)
    if record:
        findings.append(Finding(WARN, "renderer", f"the graphics renderer failed on {record.get('when', '?')} "
                                f"({record.get('reason', '?')}), so the kiosk uses the software renderer. After fixing "
                                f"the graphics driver, delete {state / start_health.RENDERER_FILE} to try it again"))
    failed = start_health.recent_failures(state, time.time())
    if failed >= start_health.CRASH_LIMIT:
        findings.append(Finding(WARN, "crashes", f"{failed} starts in the last {start_health.CRASH_WINDOW_S // 60} min "
                                "never became healthy: the next start is in safe mode; see the log"))
    elif failed:
        findings.append(Finding(INFO, "crashes", f"{failed} recent start(s) did not run a full minute (or are running now)"))
    source = start_health.last_good_source(state)
    findings.append(Finding(INFO, "safe mode", f"last good content kept, copied from {source}" if source else
                            "no last good content kept yet: the kiosk keeps a copy once it has shown an exhibition "
                            "for a minute"))
    return findings


def check_opening_hours() -> list[Finding]:
    from kiosk.core import staff_config

    config = staff_config.load()
    try:
        hours = config.hours()
    except ValueError as exc:
        return [Finding(FAIL, "opening hours", f"{exc}; the kiosk ignores them and stays open. Set them again with "
                                               "'kiosk hours'")]
    sleep = "a black screen" if config.sleep == "blank" else "the sleep screen"
    text = hours.describe() + ("" if hours.always_open else f"; outside them {sleep}")
    return [Finding(INFO, "opening hours", text)]
