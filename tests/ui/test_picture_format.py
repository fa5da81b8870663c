"""Pictures leave the provider's threads in the format Qt draws from, so showing one converts
nothing on the GUI thread and keeps no second copy of its pixels."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPixmap

from kiosk.ui.image_provider import _decode

RGB32, PREMULTIPLIED = QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied


@pytest.mark.parametrize(("name", "mode", "colour", "expected"), [
    ("photo.jpg", "RGB", (200, 30, 10), RGB32),
    ("drawing.png", "RGBA", (10, 30, 200, 255), RGB32),  # an alpha channel, but nothing see-through
    ("cut-out.png", "RGBA", (10, 120, 40, 128), PREMULTIPLIED),
    ("scan.png", "L", 90, RGB32),
])
def test_a_picture_is_decoded_ready_to_draw(qapp, tmp_path, name, mode, colour, expected):
    path = tmp_path / name
    Image.new(mode, (64, 48), colour).save(path)
    image = _decode(path, QSize())
    assert image.format() == expected
    assert (image.width(), image.height()) == (64, 48)
    pixel = image.pixelColor(5, 5)
    want = (colour, colour, colour) if mode == "L" else colour[:3]
    assert all(abs(a - b) <= 3 for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), want, strict=True)), pixel.name()
    # On screen, Qt's pixmap then shares the decoded pixels instead of converting a copy. (Compared
    # by the data's cache key: two memoryviews compare equal whenever their bytes do, copy or not.)
    assert QPixmap.fromImage(image).toImage().cacheKey() == image.cacheKey()


QUADRANTS = {(True, True): (200, 30, 10), (False, True): (10, 160, 40), (True, False): (20, 40, 190),
             (False, False): (230, 210, 60)}  # (left, upper) half -> colour
BAND, BAND_SHARE = (200, 40, 200), 0.25  # across the top quarter


def _quadrants(path, size):
    """A photograph with a colour in each quarter and a band across the top, so a part cut from the wrong place shows."""
    w, h = size
    im = Image.new("RGB", size, QUADRANTS[(True, True)])
    im.paste(QUADRANTS[(False, True)], (w // 2, 0, w, h // 2))
    im.paste(QUADRANTS[(True, False)], (0, h // 2, w // 2, h))
    im.paste(QUADRANTS[(False, False)], (w // 2, h // 2, w, h))
    im.paste(BAND, (0, 0, w, int(h * BAND_SHARE)))
    im.save(path, quality=95)


def _colour(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = image.pixelColor(x, y)
    return c.red(), c.green(), c.blue()


@pytest.mark.parametrize("shown", [QSize(320, 240), QSize(800, 600)])  # smaller and larger than the file
def test_a_photograph_filling_its_frame_is_decoded_only_where_the_frame_shows_it(qapp, tmp_path, shown):
    from urllib.parse import quote

    from kiosk.ui.image_provider import _load

    path = tmp_path / "photo.jpg"
    _quadrants(path, (400, 300))
    whole = _load(f"screen/{quote(str(path))}?v=1", shown)
    # A 16:9 frame on the 4:3 picture: the middle band, as the Picture item asks for it.
    w, h = shown.width(), round(shown.width() * 9 / 16)
    y = (shown.height() - h) // 2
    part = _load(f"screen/{quote(str(path))}?v=1&clip=0,{y},{w},{h}", shown)
    scale = whole.width() / shown.width()  # 1 when the file is at least as large as asked for
    assert (part.width(), part.height()) == (round(w * scale), round(h * scale))
    assert part.height() < whole.height(), "the part hidden above and below the frame was decoded too"
    for fx, fy in ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)):
        px, py = int(fx * part.width()), int(fy * part.height())
        wx, wy = px, int(round(y * scale) + py)
        assert all(abs(a - b) <= 12 for a, b in zip(_colour(part, px, py), _colour(whole, wx, wy), strict=True)), (fx, fy)
    assert part.format() == RGB32
