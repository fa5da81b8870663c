"""What runs before the kiosk's first frame: the start-up target of `kiosk bench` (issue: performance).

Python's view of Qt's namespace (Qt.Key, Qt.CursorShape...) takes tens of milliseconds to build;
nothing on the way to the first frame may ask for it, and the kiosk builds it just after,
before a visitor's first touch needs it.
"""

import json
import subprocess
import sys

from kiosk.ui.bench_startup import child_env

CHILD = r"""
import json, sys
from pathlib import Path
import PySide6.QtCore as core
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
from kiosk.ui.shell import KioskShell

seen = {}
shell = KioskShell(Path(sys.argv[1]), fullscreen=False, size=(640, 360), watch=False, record_usage=False)
shell.window.show()

def first_frame():
    if "first_frame" not in seen:
        seen["first_frame"] = "Qt" in core.__dict__
        QTimer.singleShot(300, lambda: (seen.setdefault("soon_after", "Qt" in core.__dict__), app.quit()))

shell.window.frameSwapped.connect(first_frame)
QTimer.singleShot(30_000, app.quit)
app.exec()
shell.close()
print(json.dumps(seen))
"""


def test_qt_namespace_is_built_after_the_first_frame_not_before(content_copy, tmp_path):
    out = subprocess.run([sys.executable, "-c", CHILD, str(content_copy)], env=child_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"first_frame": False, "soon_after": True}, seen
