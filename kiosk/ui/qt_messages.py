"""Qt's warnings, gathered without a Python message handler.

`kiosk simulate` counts every Qt warning as an error. A Python message handler would run
inside Qt's logging, and Qt can log while it holds its font database's lock: the content
worker registering the small font copies while the GUI thread measures text from Python
then waits on the lock with the GIL held, and the worker waits on the GIL inside the lock.
(A script showed that hang within seconds with the font database's debug messages on.)

Qt's own handler writes to standard error in C, without Python. While a `QtMessages` block
runs, the process's standard error goes to a file and each Qt message starts with its kind;
Python's `sys.stderr` still reaches the terminal. When the block ends, everything in the
file is written out and the warnings are counted.
"""

from __future__ import annotations

import os
import sys
import tempfile

MARK = "kiosk-qt-"
COUNTED = tuple(f"{MARK}{kind}: " for kind in ("warning", "critical", "fatal"))
QT_DEFAULT_PATTERN = "%{if-category}%{category}: %{endif}%{message}"


class QtMessages:
    def __init__(self):
        self.warnings: list[str] = []

    def __enter__(self) -> QtMessages:
        from PySide6.QtCore import qSetMessagePattern

        sys.stderr.flush()
        self._file = tempfile.TemporaryFile()
        self._saved_fd = os.dup(2)
        os.dup2(self._file.fileno(), 2)
        self._saved_stderr = sys.stderr
        sys.stderr = open(os.dup(self._saved_fd), "w", buffering=1, encoding="utf-8", errors="replace")  # noqa: SIM115
        qSetMessagePattern(f"{MARK}%{{type}}: %{{if-category}}%{{category}}: %{{endif}}%{{message}}")
        return self

    def __exit__(self, *exc) -> None:
        from PySide6.QtCore import qSetMessagePattern

        qSetMessagePattern(os.environ.get("QT_MESSAGE_PATTERN", QT_DEFAULT_PATTERN))  # as it was
        sys.stderr.flush()
        sys.stderr.close()
        sys.stderr = self._saved_stderr
        sys.stderr.flush()  # what Python's logging wrote through the old stream goes to the file too
        os.dup2(self._saved_fd, 2)
        os.close(self._saved_fd)
        self._file.seek(0)
        text = self._file.read().decode("utf-8", errors="replace")
        self._file.close()
        self.warnings = [line[len(MARK):] for line in text.splitlines() if line.startswith(COUNTED)]
        sys.stderr.write(text.replace(MARK, "qt-"))
        sys.stderr.flush()
