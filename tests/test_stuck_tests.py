"""A test that hangs ends the run, with every thread's stack, under the project's pytest settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PYPROJECT = Path(__file__).parents[1] / "pyproject.toml"


def _run(tmp_path: Path, body: str) -> subprocess.CompletedProcess:
    (tmp_path / "test_it.py").write_text(body)
    # The project's settings, with the limit cut from minutes to seconds.
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(PYPROJECT),
                           "--rootdir", str(tmp_path), "-o", "faulthandler_timeout=3", str(tmp_path / "test_it.py")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)


def test_a_stuck_test_ends_the_run_with_its_stack(tmp_path):
    run = _run(tmp_path, "import threading\n\ndef test_waits_for_ever():\n    threading.Event().wait()\n")
    assert run.returncode != 0
    assert "Timeout" in run.stderr and "test_waits_for_ever" in run.stderr


def test_tests_within_the_limit_are_left_alone(tmp_path):
    run = _run(tmp_path, "import time\n\ndef test_a():\n    time.sleep(2)\n\ndef test_b():\n    time.sleep(2)\n")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout
