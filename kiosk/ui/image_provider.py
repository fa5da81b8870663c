"""`image://kiosk/...`: content pictures served from the rendition cache on worker threads.

  image://kiosk/screen/<file>?v=<version>   the screen-size rendition, made now if missing
  image://kiosk/thumb/<file>?v=<version>    the thumbnail, made now if missing
  ...&clip=<x>,<y>,<w>,<h>                  only that part of the picture scaled to the requested
                                            size: what a frame the picture fills shows of it

(Zoom tiles are plain files and reach QML as file URLs: see tile_grid.py.)

`<file>` is the picture's absolute path, percent-encoded, then `?v=<version>`, which changes
with the file so Qt's image cache never serves a replaced photograph. Every request runs on the
provider's thread pool, never on the GUI thread; a picture that cannot be made gives
an error response, and QML shows the placeholder with the alt text.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import parse_qs, unquote

from PySide6.QtCore import QRunnable, QSize, QThreadPool
from PySide6.QtGui import QImage
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


def _clip(request: str) -> tuple[int, int, int, int] | None:
    """The part asked for (`clip=x,y,w,h`, in pixels of the picture at the requested size), if any."""
    values = parse_qs(request.partition("?")[2]).get("clip", [""])[0].split(",")
    try:
        x, y, w, h = (int(float(v)) for v in values)
    except ValueError:
        return None
    return (x, y, w, h) if w > 0 and h > 0 and x >= 0 and y >= 0 else None


def _load(request: str, size: QSize) -> QImage:
    from kiosk.core import renditions

    kind, _, rest = request.partition("?")[0].partition("/")
    if kind in ("screen", "thumb"):
        source = Path(unquote(rest))
        make = renditions.screen_rendition if kind == "screen" else renditions.thumbnail
        path = make(source, _screen_box)
    else:
        raise ValueError(f"unknown picture request '{kind}'")
    return _decode(path, size, _clip(request))


def _decode(path: Path, size: QSize, clip: tuple[int, int, int, int] | None = None) -> QImage:
    """Pillow decodes the rendition (three times faster than Qt's JPEG reader here), at the requested size.

    With `clip`, only that part of the picture at the requested size is made, and nothing else
    is held: Pillow scales just that part of the decoded rendition.
    """
    from PIL import Image

    with Image.open(path) as im:
        want = size.toTuple() if size.isValid() and size.width() > 0 and size.height() > 0 else None
        if want and im.format == "JPEG":
            im.draft("RGB", want)  # DCT scaling: a small request decodes a fraction of the pixels
        im.load()
        # Cover the request, as Qt's sourceSize does; a rendition smaller than asked stays at its size.
        cover = max(want[0] / im.width, want[1] / im.height) if want else 1.0
        scale = min(1.0, cover)
        if clip and want:
            # The clip is in pixels of the picture at the requested size: here, of the rendition at `scale`.
            to_source = 1 / cover
            x, y, w, h = clip
            box = (x * to_source, y * to_source, min(im.width, (x + w) * to_source), min(im.height, (y + h) * to_source))
            if box[2] > box[0] and box[3] > box[1]:
                out = (max(1, round((box[2] - box[0]) * scale)), max(1, round((box[3] - box[1]) * scale)))
                im = im.resize(out, Image.Resampling.BILINEAR, box=box, reducing_gap=2.0 if scale < 1 else None)
        elif scale < 1:
            im = im.resize((max(1, round(im.width * scale)), max(1, round(im.height * scale))), Image.Resampling.BILINEAR,
                           reducing_gap=2.0)
        if im.mode not in ("RGB", "RGBA"):
            im = im.convert("RGBA" if "A" in im.getbands() else "RGB")
        if im.mode == "RGBA" and im.getextrema()[3][0] == 255:
            im = im.convert("RGB")  # an alpha channel with nothing see-through: drawn as the opaque picture it is
        return _in_screen_format(im)


def _in_screen_format(im) -> QImage:
    """The pixels in the format Qt draws from (RGB32, or premultiplied ARGB32 if see-through).

    Qt keeps a picture in that format once it is on screen. Handed any other, it converts it on
    the GUI thread as the picture first shows (about 4 ms for a full-screen picture here) and
    keeps both copies. Converted here, on the provider's thread, the two share one buffer.
    """
    packed = QImage.Format.Format_RGBA8888 if im.mode == "RGBA" else QImage.Format.Format_RGB888
    shown = QImage.Format.Format_ARGB32_Premultiplied if im.mode == "RGBA" else QImage.Format.Format_RGB32
    data = im.tobytes()
    return QImage(data, im.width, im.height, im.width * len(im.mode), packed).convertToFormat(shown)  # new pixels, owned


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
