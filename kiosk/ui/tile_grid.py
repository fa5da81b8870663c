"""TileGrid: the tiles of a big picture that the zoomed viewer needs now, as a list model.

QML tells it what part of the picture is on screen and how far it is zoomed; it picks
the pyramid level whose pixels match the screen's and lists only the visible tiles, so
memory stays bounded however large the picture is. Rows change by insert and remove,
never by reset, so tiles already shown stay put while the visitor pans.

Finding the pyramid (hashing the file) runs on a worker thread; building a missing one
runs in a child process (`python -m kiosk.core.tiles`), which alone holds the full decode.
"""

from __future__ import annotations

import logging
import math
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QProcess,
    QProcessEnvironment,
    QRectF,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement

from kiosk.ui.image_provider import screen_box

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)
# Qt.ItemDataRole.UserRole, written out: importing Qt's namespace costs tens of milliseconds of start-up.
USER_ROLE = 0x0100
ROLES = {USER_ROLE + i: name for i, name in enumerate((b"tileX", b"tileY", b"tileWidth", b"tileHeight", b"tileSource"))}
_lookups = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pyramids")
PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])


@QmlElement
class TileGrid(QAbstractListModel):
    changed = Signal()
    readyChanged = Signal()
    countChanged = Signal()
    _found = Signal(str, str, object)  # file, key, Pyramid or None: from the lookup thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._file = ""
        self._image_width = self._image_height = 0
        self._viewport = QRectF()
        self._shown_width = 0.0
        self._zoom = 1.0
        self._key = ""
        self._pyramid = None
        self._tiles: list[tuple[int, int, int]] = []
        self._found.connect(self._arrived)

    # -- the list model ------------------------------------------------------------------------------------------
    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name) for role, name in ROLES.items()}

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._tiles)

    def data(self, index: QModelIndex, role: int = 0):  # 0: Qt.ItemDataRole.DisplayRole
        if not index.isValid() or not 0 <= index.row() < len(self._tiles) or role not in ROLES:
            return None
        level, col, row = self._tiles[index.row()]
        p = self._pyramid
        unit = self._shown_width / p.width * 2**level  # item units per pixel of this level
        lw, lh = p.level_size(level)
        x0, y0 = col * 256, row * 256
        # A plain file URL: Qt's own loader thread reads tiles without calling into Python.
        values = (x0 * unit, y0 * unit, min(256, lw - x0) * unit, min(256, lh - y0) * unit,
                  QUrl.fromLocalFile(str(p.tile(level, col, row))).toString())
        return values[role - USER_ROLE]

    # -- what QML sets ---------------------------------------------------------------------------------------------
    def _get_file(self) -> str:
        return self._file

    def _set_file(self, value: str) -> None:
        if value == self._file:
            return
        self._file, self._key, self._pyramid = value, "", None
        self._set_tiles([])
        self.readyChanged.emit()
        if value:
            _lookups.submit(self._look_up, value)

    def _get_viewport(self) -> QRectF:
        return self._viewport

    def _set_viewport(self, value: QRectF) -> None:
        self._viewport = QRectF(value)
        self._update()

    def _get_zoom(self) -> float:
        return self._zoom

    def _set_zoom(self, value: float) -> None:
        self._zoom = value
        self._update()

    def _get_shown_width(self) -> float:
        return self._shown_width

    def _set_shown_width(self, value: float) -> None:
        self._shown_width = value
        self._update()

    def _get_ready(self) -> bool:
        return self._pyramid is not None

    file = Property(str, _get_file, _set_file, notify=changed)
    viewport = Property(QRectF, _get_viewport, _set_viewport, notify=changed)
    zoom = Property(float, _get_zoom, _set_zoom, notify=changed)
    shownWidth = Property(float, _get_shown_width, _set_shown_width, notify=changed)
    def _get_count(self) -> int:
        return len(self._tiles)

    ready = Property(bool, _get_ready, notify=readyChanged)
    count = Property(int, _get_count, notify=countChanged)

    # -- finding or building the pyramid -----------------------------------------------------------------------
    def _look_up(self, file: str) -> None:
        """On the lookup thread: the file's key and its pyramid, if the picture is big enough to need one."""
        from PIL import Image

        from kiosk.core import renditions, tiles

        try:
            key = renditions.content_key(Path(file))
            with Image.open(file) as im:
                w, h = im.size
            big = tiles.needs_tiles(w, h, screen_box())
            self._found.emit(file, key if big else "", tiles.find_pyramid(key) if big else None)
        except RuntimeError:
            pass  # the viewer went away while we looked
        except (OSError, ValueError) as exc:
            log.warning("no zoom tiles for %s: %s", file, exc)

    @Slot(str, str, object)
    def _arrived(self, file: str, key: str, pyramid) -> None:
        if file != self._file or not key:
            return
        self._key = key
        if pyramid is None:
            self._build(file, key)
            return
        self._pyramid = pyramid
        self.readyChanged.emit()
        self._update()

    def _build(self, file: str, key: str) -> None:
        _Builds.instance().request(file, key, lambda: _lookups.submit(self._look_up, file) if self._file == file else None)

    # -- which tiles -----------------------------------------------------------------------------------------------
    def _update(self) -> None:
        p = self._pyramid
        if p is None or self._shown_width <= 0 or self._viewport.isEmpty() or self._zoom <= 1.01:
            self._set_tiles([])
            return
        screen_px_per_image_px = self._shown_width * self._zoom / p.width
        level = max(0, min(p.levels - 1, math.floor(math.log2(1 / screen_px_per_image_px)) if screen_px_per_image_px < 1 else 0))
        to_level = p.width / self._shown_width / 2**level  # level pixels per item unit
        lw, lh = p.level_size(level)
        v = self._viewport
        c0, c1 = max(0, int(v.left() * to_level // 256)), min((lw - 1) // 256, int(v.right() * to_level // 256))
        r0, r1 = max(0, int(v.top() * to_level // 256)), min((lh - 1) // 256, int(v.bottom() * to_level // 256))
        self._set_tiles([(level, c, r) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)])

    def _set_tiles(self, wanted: list[tuple[int, int, int]]) -> None:
        before = len(self._tiles)
        keep = set(wanted)
        for i in range(len(self._tiles) - 1, -1, -1):
            if self._tiles[i] not in keep:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._tiles[i]
                self.endRemoveRows()
        have = set(self._tiles)
        new = [t for t in wanted if t not in have]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._tiles), len(self._tiles) + len(new) - 1)
            self._tiles.extend(new)
            self.endInsertRows()
        if len(self._tiles) != before or new:
            self.countChanged.emit()


class _Builds:
    """One pyramid build at a time, newest request first: the picture a visitor opened last matters most."""

    _shared: _Builds | None = None

    def __init__(self):
        self.running: QProcess | None = None
        self.waiting: dict[str, tuple[str, list]] = {}  # key -> file, callbacks; in request order
        self.failed: set[str] = set()  # never tried again in this run: the log says why

    @classmethod
    def instance(cls) -> _Builds:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def request(self, file: str, key: str, done) -> None:
        if key in self.failed:
            return
        entry = self.waiting.pop(key, (file, []))
        entry[1].append(done)
        self.waiting[key] = entry  # moved to the end: started next
        self._next()

    def _next(self) -> None:
        if self.running is not None or not self.waiting:
            return
        key = next(reversed(self.waiting))
        file, callbacks = self.waiting[key]
        process = QProcess(QCoreApplication.instance())
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONPATH", os.pathsep.join(filter(None, [PACKAGE_PARENT, env.value("PYTHONPATH")])))
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.finished.connect(lambda *_: self._finished(key))
        self.running = process
        w, h = screen_box()
        process.start(sys.executable, ["-m", "kiosk.core.tiles", file, f"{w}x{h}"])
        log.info("building zoom tiles for %s in process %s", file, process.processId())

    def _finished(self, key: str) -> None:
        process, self.running = self.running, None
        if process.exitCode() != 0 or process.exitStatus() != QProcess.ExitStatus.NormalExit:
            self.failed.add(key)
            log.warning("building zoom tiles failed (exit code %s); the screen rendition is shown instead", process.exitCode())
        process.deleteLater()
        _, callbacks = self.waiting.pop(key, ("", []))
        for done in callbacks:
            done()
        self._next()
