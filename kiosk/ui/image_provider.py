"""`image://kiosk/...`: content pictures served from the rendition cache on worker threads.

  image://kiosk/screen/<file>   the screen-size rendition, made now if missing
  image://kiosk/thumb/<file>    the thumbnail, made now if missing

(Zoom tiles are plain files and reach QML as file URLs: see tile_grid.py.)

`<file>` is the picture's absolute path, percent-encoded. Every request runs on the
provider's thread pool, never on the GUI thread; a picture that cannot be made gives
an error response, and QML shows the placeholder with the alt text.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QRunnable, QSize, QThreadPool
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtQuick import QQuickAsyncImageProvider, QQuickImageResponse, QQuickTextureFactory

PROVIDER = "kiosk"
log = logging.getLogger(__name__)
_screen_box = (1920, 1080)


def screen_box() -> tuple[int, int]:
    """The size renditions are made for: the kiosk's screen, set once when the window is made."""
    return _screen_box


class _Response(QQuickImageResponse):
    def __init__(self):
        super().__init__()
        self.image = QImage()
        self.error = ""

    def textureFactory(self) -> QQuickTextureFactory:
        return QQuickTextureFactory.textureFactoryForImage(self.image)

    def errorString(self) -> str:
        return self.error


class _Job(QRunnable):
    def __init__(self, response: _Response, request: str, size: QSize):
        super().__init__()
        self.response, self.request, self.size = response, request, size

    def run(self) -> None:
        try:
            self.response.image = _load(self.request, self.size)
        except Exception as exc:  # a bad file must reach QML as an error, never take the kiosk down
            log.warning("cannot show %s: %s", unquote(self.request), exc)
            self.response.error = str(exc) or type(exc).__name__
        self.response.finished.emit()


def _load(request: str, size: QSize) -> QImage:
    from kiosk.core import renditions

    kind, _, rest = request.partition("/")
    if kind in ("screen", "thumb"):
        source = Path(unquote(rest))
        make = renditions.screen_rendition if kind == "screen" else renditions.thumbnail
        path = make(source, _screen_box)
    else:
        raise ValueError(f"unknown picture request '{kind}'")
    reader = QImageReader(str(path))
    reader.setAutoTransform(False)  # renditions are already upright
    full = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0 and full.isValid() \
            and (size.width() < full.width() or size.height() < full.height()):
        reader.setScaledSize(full.scaled(size, _keep_aspect_by_expanding()))
    image = reader.read()
    if image.isNull():
        raise OSError(reader.errorString())
    return image


def _keep_aspect_by_expanding():
    from PySide6.QtCore import Qt

    return Qt.AspectRatioMode.KeepAspectRatioByExpanding


class PictureProvider(QQuickAsyncImageProvider):
    def __init__(self, box: tuple[int, int], threads: int = 3):
        global _screen_box
        super().__init__()
        _screen_box = box
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(threads)

    def requestImageResponse(self, id: str, requestedSize: QSize) -> QQuickImageResponse:  # noqa: A002, N803
        response = _Response()
        self.pool.start(_Job(response, id, requestedSize))
        return response
