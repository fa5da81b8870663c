"""The kiosk holds decoded pictures only where a visitor can see them: home's covers are let go
while the attract loop runs over home, and a picture that fills its frame, drawing or
photograph, is decoded only where the frame shows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, QUrl
from PySide6.QtGui import QImage, QImageReader

from kiosk.ui.scene import every_item
from tests.ui.test_attract_loop import _slides
from tests.ui.test_picture_format import BAND, BAND_SHARE, QUADRANTS, _quadrants


def _cover_images(kiosk) -> list:
    """Home's card pictures that hold a cover, decoded or on their way (the attract loop's slides are wider)."""
    covers = {section["cover"]["source"] for section in kiosk.exhibit.sections}
    return [i for i in every_item(kiosk.window) if isinstance(i.property("source"), QUrl)
            and i.property("source").toString() in covers and i.width() < kiosk.window.width() / 2]


def test_home_lets_its_covers_go_under_the_attract_loop_and_shows_them_after_the_first_touch(visitor, kiosk, qtbot):
    qtbot.waitUntil(lambda: len(_slides(kiosk.window)) == 1 and _slides(kiosk.window)[0].property("ready"), timeout=10_000)
    assert _cover_images(kiosk) == [], "home, hidden under the attract loop, holds its covers"
    visitor.tap(QPoint(400, 300))
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
    count = len(kiosk.exhibit.sections)
    qtbot.waitUntil(lambda: [i.property("progress") for i in _cover_images(kiosk)] == [1.0] * count, timeout=3000)
    assert all(i.isVisible() for i in _cover_images(kiosk))
    kiosk.visit.restart()  # what the idle countdown does once the visitor has walked away
    qtbot.waitUntil(lambda: kiosk.visit.screen == "attract", timeout=2000)
    qtbot.waitUntil(lambda: _cover_images(kiosk) == [], timeout=2000)


def test_a_drawing_that_fills_the_screen_is_decoded_only_where_the_screen_shows_it(kiosk, qtbot):
    window = kiosk.window
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    frame = _slides(window)[0]
    image = next(i for i in every_item(window) if i.parentItem() is frame and i.property("sourceClipRect") is not None
                 and i.property("progress") == 1.0)
    qtbot.waitUntil(lambda: _fully_shown(image), timeout=3000)  # the loop and the picture have faded in
    whole = image.property("sourceSize")
    assert whole.height() > window.height(), "the bundled slides are 16:10, taller than this 16:9 window"
    seen = frame.property("seen").toRect()
    assert (image.implicitWidth(), image.implicitHeight()) == (seen.width(), seen.height())
    assert seen.width() <= window.width() + 1 and seen.height() <= window.height() + 1, "pixels nobody sees were decoded"
    # The part drawn is the part of the whole picture the screen shows, where it shows it.
    reader = QImageReader(QUrl(image.property("source")).toLocalFile())
    reader.setScaledSize(QSize(whole.width(), whole.height()))
    reference = reader.read().convertToFormat(QImage.Format.Format_RGB32)
    band = QRect(0, 0, window.width(), window.height() // 4)  # above the words and their shade
    drawn = window.grabWindow().convertToFormat(QImage.Format.Format_RGB32).copy(band)
    expected = reference.copy(band.translated(round(-frame.property("shownX")), round(-frame.property("shownY"))))
    assert _mean_difference(drawn, expected) < 3


def _fully_shown(item) -> bool:
    while item is not None:
        if item.opacity() < 1.0:
            return False
        item = item.parentItem()
    return True


def _mean_difference(a: QImage, b: QImage) -> float:
    assert a.size() == b.size()
    total = 0
    for y in range(0, a.height(), 4):
        for x in range(0, a.width(), 4):
            p, q = a.pixel(x, y), b.pixel(x, y)
            total += sum(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16))
    return total / (3 * ((a.height() + 3) // 4) * ((a.width() + 3) // 4))


@pytest.fixture
def photo_slide(content_copy):
    """The first slide: a curator's 4:3 photograph instead of the bundled 16:10 drawing."""
    _quadrants(content_copy / "media" / "acha-photo.jpg", (1600, 1200))
    ex = content_copy / "exhibition.yaml"
    text = ex.read_text("utf-8")
    drawing = "file: media/acha-cover.svg\n        kind: illustration"
    assert drawing in text
    ex.write_text(text.replace(drawing, "file: media/acha-photo.jpg\n        kind: photograph", 1), "utf-8")
    return content_copy


def test_a_photograph_that_fills_the_screen_is_decoded_only_where_the_screen_shows_it(photo_slide, kiosk, qtbot):
    window = kiosk.window
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    frame = _slides(window)[0]
    image = next(i for i in every_item(window) if i.parentItem() is frame and i.property("sourceClipRect") is not None
                 and i.property("progress") == 1.0)
    assert "acha-photo.jpg" in image.property("source").toString()
    qtbot.waitUntil(lambda: _fully_shown(image), timeout=3000)
    assert frame.property("shownHeight") > window.height() + 100, "a 4:3 photograph overflows a 16:9 screen"
    assert image.implicitHeight() <= window.height() + 1, "rows nobody sees were decoded"
    # Each quarter of the photograph shows where the whole photograph, cropped by the screen, puts it.
    drawn = window.grabWindow()
    shown_w, shown_h = frame.property("shownWidth"), frame.property("shownHeight")
    top = -frame.property("shownY")
    for fx, fy in ((0.25, 0.05), (0.75, 0.05), (0.25, 0.22), (0.75, 0.22)):  # above the words and their shade
        x, y = int(fx * window.width()), int(fy * window.height())
        left, upper = x < shown_w / 2, (y + top) < shown_h / 2
        expected = BAND if y + top < shown_h * BAND_SHARE else QUADRANTS[(left, upper)]
        colour = drawn.pixelColor(x, y)
        assert all(abs(a - b) <= 12 for a, b in zip((colour.red(), colour.green(), colour.blue()), expected, strict=True)), \
            (fx, fy, colour.name())
