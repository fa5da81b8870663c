"""The kiosk's helper processes (the content checker, the font-copy cutter) can neither hold the
kiosk's content worker for ever nor be held by their own output."""

from __future__ import annotations

import sys
import time

import pytest

from kiosk.core.child_process import run_child


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_a_child_that_writes_a_lot_to_stderr_still_finishes():
    # 400 KB of messages: a pipe nobody reads would fill at 64 KB and hold the child for ever.
    code, _, errors = run_child(_python("import sys\nfor i in range(5000): print('x' * 79, file=sys.stderr)\n"
                                     "print('the last line', file=sys.stderr)\nsys.exit(3)"),
                             {}, lambda: False, limit_s=60)
    assert code == 3
    assert errors.endswith("the last line")
    assert len(errors) <= 2000


def test_a_stuck_child_is_stopped_at_the_limit():
    started = time.monotonic()
    code, _, errors = run_child(_python("import time\ntime.sleep(600)"), {}, lambda: False, limit_s=1.0)
    assert code is None and errors == ""
    assert 1.0 <= time.monotonic() - started < 30


def test_a_child_is_stopped_when_the_kiosk_stops():
    asked = time.monotonic() + 0.5
    code, _, _ = run_child(_python("import time\ntime.sleep(600)"), {}, lambda: time.monotonic() > asked, limit_s=600)
    assert code is None
    assert time.monotonic() - asked < 30


def test_a_child_that_succeeds_reports_its_exit_code():
    assert run_child(_python("pass"), {}, lambda: False, limit_s=60) == (0, b"", "")


def test_a_childs_answer_of_any_size_comes_back_whole():
    # 400 KB on standard output: the content checker's answer, which a pipe would hold at 64 KB.
    code, answer, _ = run_child(_python("import sys\nsys.stdout.buffer.write(bytes(range(256)) * 1600)"), {},
                                lambda: False, limit_s=60)
    assert code == 0 and answer == bytes(range(256)) * 1600


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the grandchild's state in /proc")
def test_stopping_a_child_also_ends_what_it_started(tmp_path):
    # The content checker may start a font scan; stopping the checker must not leave the scan running.
    pid_file = tmp_path / "grandchild"
    started = ("import subprocess, sys, time\n"
               f"p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
               f"open({str(pid_file)!r}, 'w').write(str(p.pid))\ntime.sleep(600)")
    code, _, _ = run_child(_python(started), {}, lambda: pid_file.exists() and pid_file.read_text() != "", limit_s=60)
    assert code is None
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid), "the grandchild was stopped with its parent"


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (ended, not yet reaped by init) counts as ended
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[-1][0] != "Z"
    except OSError:
        return True
