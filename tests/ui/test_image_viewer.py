"""Opening an image full screen and pinching into it, with real touches."""

from PySide6.QtCore import QPoint, QRect


def _open_story_image(visitor, kiosk, qtbot):
    return visitor.open_first_picture(0, lambda panels: next(p for p in panels if p.kind == "story" and p.pictures))


def test_tapping_an_image_opens_it_full_screen_with_its_credit(visitor, kiosk, qtbot):
    story = _open_story_image(visitor, kiosk, qtbot)
    labels = [i.property("text") for i in visitor.visible_items()]
    assert any(story.pictures[0]["credit"] in (t or "") for t in labels), "the credit line must show in the viewer"
    visitor.tap("Close")
    qtbot.waitUntil(lambda: kiosk.visit.viewerIndex == -1, timeout=2000)
    assert kiosk.visit.screen == "section"


def test_pinch_zooms_into_the_image(visitor, kiosk, qtbot):
    _open_story_image(visitor, kiosk, qtbot)
    centre = QPoint(640, 330)
    crop = QRect(540, 230, 200, 200)
    before = kiosk.window.grabWindow().copy(crop)
    visitor.pinch(centre, 120, 420)
    qtbot.wait(400)
    after = kiosk.window.grabWindow().copy(crop)
    assert before != after, "the picture under the fingers should be magnified"
    assert kiosk.visit.viewerIndex == 0, "a pinch must not close the viewer"


def test_a_zoomed_drawing_is_drawn_again_finer_and_let_go_when_zoomed_out(visitor, kiosk, qtbot, tmp_path):
    story = _open_story_image(visitor, kiosk, qtbot)
    alt = story.pictures[0]["alt"]
    assert story.pictures[0]["vector"], "the bundled illustrations are drawings (SVG)"

    def drawn():
        """The viewer's picture (the widest of that name): pixels drawn per pixel of its unzoomed width."""
        shown = [i for i in visitor.visible_items() if i.property("accessibleName") == alt and i.property("drawnWidth")]
        widest = max(shown, key=lambda i: i.property("drawnWidth"))
        return widest.property("drawnWidth") / widest.width()

    assert drawn() < 1.1
    centre = QPoint(640, 330)
    kiosk.window.grabWindow().save(str(tmp_path / "before.png"))
    visitor.pinch(centre, 100, 400)
    qtbot.waitUntil(lambda: drawn() > 1.9, timeout=5000)
    kiosk.window.grabWindow().save(str(tmp_path / "zoomed.png"))
    visitor.fingers.tap(centre)
    qtbot.wait(80)
    visitor.fingers.tap(centre)  # a double tap zooms back out
    qtbot.waitUntil(lambda: drawn() < 1.1, timeout=5000)


def test_a_picture_is_filtered_at_rest_and_not_while_fingers_move_it(visitor, kiosk, qtbot):
    """Scaling a drawing finer than the screen with filtering costs the software renderer whole
    frames, so the viewer draws it unfiltered while a pinch moves it, and filtered once at rest."""
    from PySide6.QtTest import QTest

    story = _open_story_image(visitor, kiosk, qtbot)
    alt = story.pictures[0]["alt"]

    def viewer_picture():
        shown = [i for i in visitor.visible_items() if i.property("accessibleName") == alt and i.property("drawnWidth")]
        return max(shown, key=lambda i: i.width())

    assert viewer_picture().property("smooth") is True
    window, device = kiosk.window, visitor.fingers.device
    a, b = QPoint(560, 330), QPoint(720, 330)
    QTest.touchEvent(window, device).press(0, a, window).press(1, b, window).commit()
    for step in range(1, 9):
        qtbot.wait(16)
        QTest.touchEvent(window, device).move(0, a - QPoint(20 * step, 0), window).move(1, b + QPoint(20 * step, 0), window).commit()
    qtbot.wait(30)
    assert viewer_picture().property("smooth") is False, "unfiltered while the fingers move it"
    QTest.touchEvent(window, device).release(0, a - QPoint(160, 0), window).release(1, b + QPoint(160, 0), window).commit()
    qtbot.waitUntil(lambda: viewer_picture().property("smooth") is True, timeout=3000)
    assert kiosk.visit.viewerIndex == 0
