"""Deep zoom with real touches: pinch into a big photograph, pan it, and get sharp tiles for just the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect

from kiosk.bench_pictures import write_chart

PHOTO = (3200, 2000)  # over twice a 1280x720 screen: it gets a tile pyramid


@pytest.fixture
def content_copy(content_copy):
    """The bundled exhibition with a big generated photograph in the first Dazu story panel."""
    write_chart(content_copy / "media" / "test-chart.jpg", *PHOTO)
    section = content_copy / "sections" / "dazu.yaml"
    text = section.read_text("utf-8")
    assert "file: media/dazu-sites-map.svg" in text
    section.write_text(text.replace("file: media/dazu-sites-map.svg", "file: media/test-chart.jpg", 1), "utf-8")
    return content_copy


def _zoom_view(visitor):
    return next(i for i in visitor.visible_items() if i.property("pictureZoom") is not None)


def _open_photo(visitor, kiosk, qtbot):
    dazu = [s["id"] for s in kiosk.exhibit.sections].index("dazu")
    return visitor.open_first_picture(
        dazu, lambda panels: next(p for p in panels if p.pictures and p.pictures[0]["file"].endswith("test-chart.jpg")))


def test_pinch_then_pan_loads_only_the_visible_tiles(visitor, kiosk, qtbot):
    panel = _open_photo(visitor, kiosk, qtbot)
    view = _zoom_view(visitor)
    assert view.property("maxZoom") > 2, "a photograph this big zooms to its full resolution"
    centre = QPoint(640, 330)
    for _ in range(2):
        visitor.pinch(centre, 100, 460)
        qtbot.wait(500)
    zoom = view.property("pictureZoom")
    assert zoom > 2, f"two pinches should zoom well in, got {zoom}"
    qtbot.waitUntil(lambda: view.property("tileCount") > 0, timeout=60_000)  # the pyramid is built in a child process
    # Only what is on screen: a 1280x(720 - bars) view needs at most 7x4 tiles of 256 px at any level.
    assert view.property("tileCount") <= 28
    crop = QRect(440, 200, 400, 260)
    before = kiosk.window.grabWindow().copy(crop)
    visitor.swipe(QPoint(800, 360), QPoint(500, 300))
    qtbot.wait(1200)  # the fling glides to a stop
    after = kiosk.window.grabWindow().copy(crop)
    assert before != after, "dragging a zoomed photograph pans it"
    assert kiosk.visit.panelIndex == panel.index and kiosk.visit.viewerIndex == 0, "a pan must not page or close"
    assert view.property("pictureZoom") == pytest.approx(zoom, rel=0.01), "a pan keeps the zoom"
    labels = [i.property("text") or "" for i in visitor.visible_items()]
    assert any(panel.pictures[0]["credit"] in t for t in labels), "the credit stays visible while zoomed"


def test_double_tap_zooms_in_and_out(visitor, kiosk, qtbot):
    _open_photo(visitor, kiosk, qtbot)
    view = _zoom_view(visitor)
    point = QPoint(640, 330)
    visitor.fingers.tap(point)
    qtbot.wait(40)
    visitor.fingers.tap(point)
    qtbot.waitUntil(lambda: view.property("pictureZoom") > 2, timeout=2000)
    qtbot.wait(500)
    visitor.fingers.tap(point)
    qtbot.wait(40)
    visitor.fingers.tap(point)
    qtbot.waitUntil(lambda: view.property("pictureZoom") == pytest.approx(1.0), timeout=2000)


def test_a_photograph_broken_after_loading_shows_its_placeholder_and_alt_text(visitor, kiosk, qtbot, content_copy):
    photo = content_copy / "media" / "test-chart.jpg"
    whole = photo.read_bytes()
    photo.write_bytes(whole[: len(whole) // 3])  # cut short on disk after the kiosk checked it
    panel = _open_photo(visitor, kiosk, qtbot)
    alt = panel.pictures[0]["alt"]

    def placeholder_shown():
        return any(i.property("broken") and i.property("accessibleName") == alt for i in visitor.visible_items())

    qtbot.waitUntil(placeholder_shown, timeout=10_000)
    texts = [i.property("text") for i in visitor.visible_items()]
    assert texts.count(alt) >= 1, "the placeholder says what the picture shows"
    assert kiosk.visit.viewerIndex == 0
