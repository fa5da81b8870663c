"""Notices when curators change the content folder and says so once the writes settle.

QFileSystemWatcher does its watching on Qt's own thread; this object lives on
the GUI thread and only restarts a timer per change. The list of paths to
watch comes from the content load (worker thread), so no directory is listed
here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEFAULT_SETTLE_MS = 2000


class ContentWatcher(QObject):
    settled = Signal()  # the folder changed and nothing has been written for `settle_ms`

    def __init__(self, root: Path, settle_ms: int = DEFAULT_SETTLE_MS, parent=None):
        super().__init__(parent)
        self._root = Path(root).absolute()
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self, singleShot=True, interval=settle_ms)
        self._timer.timeout.connect(self.settled)
        self._watcher.fileChanged.connect(self._changed)
        self._watcher.directoryChanged.connect(self._changed)

    def watch(self, paths: list[Path]) -> None:
        """Watch these files and folders (and the folder holding the content, for release swaps)."""
        wanted = {str(p) for p in paths} | {str(self._root.parent), str(self._root)}
        current = set(self._watcher.files()) | set(self._watcher.directories())
        stale = sorted(current - wanted)
        if stale:
            self._watcher.removePaths(stale)
        fresh = sorted(wanted - current)
        if fresh:
            self._watcher.addPaths(fresh)

    def _changed(self, _path: str) -> None:
        self._timer.start()  # restart: wait until writes settle
