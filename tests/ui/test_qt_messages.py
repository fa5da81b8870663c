"""`kiosk simulate` counts Qt's warnings from Qt's own output, with no Python message handler."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from kiosk.ui.qt_messages import QtMessages

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.no_qt_log  # pytest-qt's own handler would take the messages before Qt writes them out
def test_qt_warnings_are_counted_and_everything_still_reaches_standard_error(qapp, capfd):
    log = logging.getLogger("kiosk.test")
    log.addHandler(logging.StreamHandler(sys.stderr))  # bound to the stream from before the block
    try:
        with QtMessages() as qt:
            qWarning("a picture could not be read")
            print("kiosk simulate: tour of 12 screens", file=sys.stderr)
            log.warning("a line from the kiosk's log")
    finally:
        log.handlers.clear()
    assert qt.warnings == ["warning: a picture could not be read"]
    err = capfd.readouterr().err
    assert "kiosk simulate: tour of 12 screens" in err
    assert "a line from the kiosk's log" in err
    assert "qt-warning: a picture could not be read" in err


def test_a_qt_warning_during_a_monkey_run_is_an_error(content_copy):
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer, qWarning\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "from kiosk.ui.simulate import simulate\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "QTimer.singleShot(2000, lambda: qWarning('a binding went wrong'))\n"
        f"sys.exit(simulate(Path({str(content_copy)!r}), touches=20, seed=1, size=(1280, 720), tour=False))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1])["errors"] >= 1
    assert "error: warning: a binding went wrong" in out.stderr


@pytest.mark.no_qt_log
def test_no_python_message_handler_runs_while_the_monkey_drives_the_kiosk(qapp, content_copy, monkeypatch):
    from PySide6.QtCore import qInstallMessageHandler

    import kiosk.ui.shell
    from kiosk.ui.simulate import simulate

    seen = []

    class StopError(Exception):
        pass

    def shell_in_its_place(*args, **kwargs):
        handler = qInstallMessageHandler(None)  # returns the handler installed before
        qInstallMessageHandler(handler)
        seen.append(handler)
        raise StopError

    monkeypatch.setattr(kiosk.ui.shell, "KioskShell", shell_in_its_place)
    with pytest.raises(StopError):
        simulate(content_copy, touches=1, seed=1, size=(640, 360), tour=False)
    assert seen == [None], "a Python handler would run inside Qt's font database lock"
