"""Arabic: the screens read right to left (navigation, panel order, arrows, text), pictures are never
mirrored, the kiosk's own words are translated, and every Arabic text fits with real glyphs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from kiosk.ui.layout_check import check_layout
from kiosk.ui.preview import preview
from kiosk.ui.scene import scene_box, visible_items

BAIHELIANG = 2  # the section written in full in Arabic
ARABIC_BODY_START = "بايخه ليانغ، أي «حافة الكركي الأبيض»"
FIRST_TITLE = {"en": "When the stone fish appear", "ar": "حين تظهر الأسماك الحجرية"}


def _open_baiheliang(qtbot, kiosk, language):
    kiosk.visit.begin()
    kiosk.visit.setLanguage(language)
    kiosk.visit.openSection(BAIHELIANG)
    qtbot.waitUntil(lambda: len(kiosk.exhibit.panels) == 6 and kiosk.visit.screen == "section")
    title = FIRST_TITLE[language]  # panels are built asynchronously: wait for the first one's title
    qtbot.waitUntil(lambda: any(i.inherits("QQuickText") and i.property("text") == title
                                for i in visible_items(kiosk.window)), timeout=10_000)
    qtbot.wait(400)  # the screen fade


def _centre_x(item) -> float:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).x()


def _control(kiosk, name):
    found = [i for i in visible_items(kiosk.window) if i.property("accessibleName") == name]
    assert found, f"no visible control labelled {name!r}"
    return found[-1]


def _on_screen(kiosk, item) -> bool:
    x = _centre_x(item)
    return 0 <= x <= kiosk.window.width()


@pytest.mark.parametrize("language, back, home, rtl", [("en", "Back", "Home", False), ("ar", "رجوع", "الرئيسية", True)])
def test_navigation_starts_from_the_reading_side(qtbot, kiosk, language, back, home, rtl):
    _open_baiheliang(qtbot, kiosk, language)
    assert kiosk.exhibit.rightToLeft is rtl
    width = kiosk.window.width()
    back_x, home_x = _centre_x(_control(kiosk, back)), _centre_x(_control(kiosk, home))
    assert (back_x > width / 2) is rtl and (home_x > width / 2) is rtl
    assert (back_x > home_x) is rtl  # Back comes first in reading order
    previous = _control(kiosk, "اللوحة السابقة" if rtl else "Previous panel")
    following = _control(kiosk, "اللوحة التالية" if rtl else "Next panel")
    assert (_centre_x(previous) > _centre_x(following)) is rtl


def test_arabic_arrows_point_the_arabic_way_and_pictures_stay_as_drawn(qtbot, kiosk):
    _open_baiheliang(qtbot, kiosk, "ar")
    images = [i for i in visible_items(kiosk.window) if i.inherits("QQuickImage") and _on_screen(kiosk, i)]
    mirrored = sorted(i.property("source").fileName() for i in images if i.property("mirror"))
    assert mirrored == ["back.svg", "next.svg", "prev.svg"]
    pictures = [i for i in images if "/media/" in i.property("source").toString()]
    assert pictures and not any(i.property("mirror") for i in pictures)


def test_arabic_text_is_set_from_the_right_with_the_picture_on_the_right(qtbot, kiosk):
    _open_baiheliang(qtbot, kiosk, "ar")

    def bodies():
        return [i for i in visible_items(kiosk.window)
                if i.inherits("QQuickText") and str(i.property("text")).startswith(ARABIC_BODY_START) and _on_screen(kiosk, i)]

    qtbot.waitUntil(lambda: len(bodies()) >= 1, timeout=5000)  # on a busy machine the panel may still be settling
    texts = bodies()
    assert len(texts) == 1
    body = texts[0]
    assert body.property("lineCount") > 1 and not body.property("truncated")
    # Set from the right: the last, shorter line has ink at its right end and none at its left.
    frame = kiosk.window.grabWindow()
    box = scene_box(body)
    xs = range(int(box.left()), int(box.right()))

    def row_inked(y: int, x0: float = box.left(), x1: float = box.right()) -> bool:
        return any(frame.pixelColor(x, y).lightness() < 100 for x in range(int(x0), int(x1), 2))

    rows = [y for y in range(int(box.top()), int(box.top() + body.property("contentHeight"))) if row_inked(y)]
    assert rows and xs
    last = range(rows[-1] - int(body.property("font").pixelSize() * 0.6), rows[-1] + 1)  # the last line's letters

    def inked(x0: float, x1: float) -> bool:
        return any(row_inked(y, x0, x1) for y in last)

    edge = box.width() * 0.12
    assert inked(box.right() - edge, box.right()) and not inked(box.left(), box.left() + edge)
    picture = next(i for i in visible_items(kiosk.window)
                   if i.property("accessibleName") == "رسم لزوج من الأسماك المنحوتة في الحجر." and _on_screen(kiosk, i))
    assert _centre_x(picture) > kiosk.window.width() / 2 > _centre_x(body)


def test_the_first_panel_is_on_the_right_and_a_swipe_to_the_right_moves_on(qtbot, kiosk, visitor):
    _open_baiheliang(qtbot, kiosk, "ar")
    h, w = kiosk.window.height(), kiosk.window.width()
    visitor.fingers.swipe(QPointF(w * 0.3, h * 0.5).toPoint(), QPointF(w * 0.8, h * 0.5).toPoint())
    qtbot.waitUntil(lambda: kiosk.visit.panelIndex == 1, timeout=3000)


def test_a_panel_not_yet_in_arabic_says_so_in_arabic(qtbot, kiosk):
    def shown():
        return {i.property("text") for i in visible_items(kiosk.window) if i.inherits("QQuickText")}

    def pictures():
        return [i for i in visible_items(kiosk.window) if i.inherits("QQuickImage") and _on_screen(kiosk, i)
                and "/media/" in i.property("source").toString() and i.property("progress") == 1.0]  # loaded

    kiosk.visit.begin()
    kiosk.visit.setLanguage("ar")
    kiosk.visit.openSection(1)  # Dazu: only its title and summary are in Arabic so far
    qtbot.waitUntil(lambda: "لم تُترجم هذه اللوحة إلى لغتك بعد" in shown() and bool(pictures()), timeout=10_000)
    qtbot.wait(400)  # the screen fade settles
    # The English panel keeps English's direction inside the Arabic screen: its picture on the left.
    assert all(_centre_x(p) < kiosk.window.width() / 2 for p in pictures())
    assert _centre_x(_control(kiosk, "رجوع")) > kiosk.window.width() / 2  # while the kiosk around it stays Arabic
    kiosk.visit.setLanguage("en")
    qtbot.waitUntil(lambda: "Swipe to explore" in shown(), timeout=5000)


@pytest.mark.parametrize("size", [(1280, 720), (1080, 1920)], ids=["720p", "portrait"])
def test_arabic_screens_fit(qapp, content_copy, size):
    screens = ["attract", "home"] + [f"baiheliang-{n:02d}" for n in range(1, 7)]
    problems = check_layout(content_copy, [size], screens=screens, languages=["ar"])
    assert not [p for p in problems if p.is_error], [p.format() for p in problems]


def _first_control_width(image: QImage, y: int, from_right: bool) -> int:
    """How wide the first thing drawn along row y is, met from one edge: anything not the page's colour."""
    page = image.pixelColor(8, y)
    xs = range(image.width() - 1, -1, -1) if from_right else range(image.width())

    def on_page(x: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - page.red()) + abs(c.green() - page.green()) + abs(c.blue() - page.blue()) < 6

    drawn = [not on_page(x) for x in xs]
    start = drawn.index(True)
    return drawn[start:].index(False)


def test_preview_renders_the_arabic_screens_mirrored(qapp, content_copy, tmp_path):
    screens = ["home", "baiheliang-01"]
    for lang in ("en", "ar"):
        assert preview(content_copy, tmp_path, (1280, 720), lang, screens) == 0
    for name in screens:
        en, ar = (QImage(str(tmp_path / lang / f"{name}.png")) for lang in ("en", "ar"))
        assert ar.size().toTuple() == (1280, 720)
        # Across the top of the bar's buttons (above their words): the Back button, a wide pill with its word,
        # comes first from the left in English and from the right in Arabic; the round accessibility
        # button sits at the other end.
        y = 720 * 40 // 1080
        en_start, en_end = _first_control_width(en, y, False), _first_control_width(en, y, True)
        ar_start, ar_end = _first_control_width(ar, y, True), _first_control_width(ar, y, False)
        assert en_start > 2 * en_end and ar_start > 2 * ar_end, (name, en_start, en_end, ar_start, ar_end)


def test_the_idle_reset_brings_back_left_to_right_for_the_next_visitor(qtbot, kiosk):
    _open_baiheliang(qtbot, kiosk, "ar")
    assert kiosk.exhibit.rightToLeft
    kiosk.visit.restart()
    qtbot.waitUntil(lambda: kiosk.visit.screen == "attract")
    assert kiosk.visit.language == "en" and not kiosk.exhibit.rightToLeft
    kiosk.visit.begin()
    qtbot.wait(400)
    assert _centre_x(_control(kiosk, "Back")) < kiosk.window.width() / 2


@pytest.mark.parametrize("language, explore, rtl", [("en", "Explore", False), ("ar", "استكشف", True)])
def test_each_card_points_on_the_way_reading_goes(qtbot, kiosk, language, explore, rtl):
    # The arrow is drawn, not a character: the Latin faces have none, and font fallback opened a CJK collection.
    kiosk.visit.begin()
    kiosk.visit.setLanguage(language)
    qtbot.wait(600)  # the screen fade
    words = [i for i in visible_items(kiosk.window) if i.inherits("QQuickText") and i.property("text") == explore]
    arrows = [i for i in visible_items(kiosk.window) if type(i).__name__ == "QQuickItem"
              and i.metaObject().className().startswith("Arrow")]
    assert len(words) == len(kiosk.exhibit.sections) == len(arrows)
    titles = [i for i in visible_items(kiosk.window) if i.inherits("QQuickText")
              and i.property("text") in {s["title"] for s in kiosk.exhibit.sections}]
    for word in words:
        beside = min(arrows, key=lambda a: abs(_centre_x(a) - _centre_x(word)))
        assert (_centre_x(beside) < _centre_x(word)) is rtl
        assert "→" not in word.property("text") and "←" not in word.property("text")
        # "Explore" starts where the card's title starts: at the right edge in Arabic.
        title = min(titles, key=lambda t: abs(_centre_x(t) - _centre_x(word)))
        edge = (lambda i: i.mapToScene(QPointF(i.width(), 0)).x()) if rtl else (lambda i: i.mapToScene(QPointF(0, 0)).x())
        assert abs(edge(word) - edge(title)) <= 2, (edge(word), edge(title))
