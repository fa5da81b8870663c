"""The child that cuts the font copies can neither hold the kiosk's content worker for ever nor
be held by its own messages."""

from __future__ import annotations

import sys
import time

from kiosk.ui.font_copies import run_child


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_a_child_that_writes_a_lot_to_stderr_still_finishes():
    # 400 KB of messages: a pipe nobody reads would fill at 64 KB and hold the child for ever.
    code, errors = run_child(_python("import sys\nfor i in range(5000): print('x' * 79, file=sys.stderr)\n"
                                     "print('the last line', file=sys.stderr)\nsys.exit(3)"),
                             {}, lambda: False, limit_s=60)
    assert code == 3
    assert errors.endswith("the last line")
    assert len(errors) <= 2000


def test_a_stuck_child_is_stopped_at_the_limit():
    started = time.monotonic()
    code, errors = run_child(_python("import time\ntime.sleep(600)"), {}, lambda: False, limit_s=1.0)
    assert code is None and errors == ""
    assert 1.0 <= time.monotonic() - started < 30


def test_a_child_is_stopped_when_the_kiosk_stops():
    asked = time.monotonic() + 0.5
    code, _ = run_child(_python("import time\ntime.sleep(600)"), {}, lambda: time.monotonic() > asked, limit_s=600)
    assert code is None
    assert time.monotonic() - asked < 30


def test_a_child_that_succeeds_reports_its_exit_code():
    assert run_child(_python("pass"), {}, lambda: False, limit_s=60) == (0, "")
