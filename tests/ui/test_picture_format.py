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
