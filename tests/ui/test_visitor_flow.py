"""A visitor's path through the kiosk, driven by real touch sequences."""

from PySide6.QtCore import QPoint

from kiosk.ui.scene import centre_of


def test_touch_on_attract_opens_home(visitor, kiosk, qtbot):
    assert kiosk.visit.screen == "attract"
    visitor.tap(QPoint(400, 300))
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)


def test_tap_a_section_card_opens_it(visitor, kiosk, qtbot):
    visitor.tap(QPoint(400, 300))
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
    qtbot.wait(400)  # let the home screen fade in
    title = kiosk.exhibit.sections[1]["title"]
    visitor.tap(title)
    qtbot.waitUntil(lambda: kiosk.visit.screen == "section", timeout=2000)
    assert kiosk.visit.sectionIndex == 1
    assert kiosk.visit.panelIndex == 0


def test_swipe_moves_between_panels(visitor, kiosk, qtbot):
    visitor.open_section(0)
    visitor.swipe(QPoint(1000, 400), QPoint(300, 400))
    qtbot.waitUntil(lambda: kiosk.visit.panelIndex == 1, timeout=2000)
    visitor.swipe(QPoint(1000, 400), QPoint(300, 400))
    qtbot.waitUntil(lambda: kiosk.visit.panelIndex == 2, timeout=2000)
    visitor.swipe(QPoint(300, 400), QPoint(1000, 400))
    qtbot.waitUntil(lambda: kiosk.visit.panelIndex == 1, timeout=2000)


def test_arrows_step_and_back_returns_home(visitor, kiosk, qtbot):
    visitor.open_section(0)
    visitor.tap("Next panel")
    qtbot.waitUntil(lambda: kiosk.visit.panelIndex == 1, timeout=2000)
    visitor.tap("Previous panel")
    qtbot.waitUntil(lambda: kiosk.visit.panelIndex == 0, timeout=2000)
    visitor.tap("Back")
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)


def test_language_switch_changes_content_and_kiosk_words(visitor, kiosk, qtbot):
    visitor.open_section(0)
    english_title = kiosk.exhibit.sections[0]["title"]
    visitor.tap("中文")
    qtbot.waitUntil(lambda: kiosk.visit.language == "zh-Hans", timeout=2000)
    assert kiosk.exhibit.sections[0]["title"] != english_title
    assert any("\u4e00" <= ch <= "\u9fff" for ch in kiosk.exhibit.sections[0]["title"])
    qtbot.wait(200)
    visitor.find("返回")  # the kiosk's own words are translated too
    visitor.tap("English")
    qtbot.waitUntil(lambda: kiosk.visit.language == "en", timeout=2000)
    visitor.find("Back")


def test_idle_timeout_returns_to_attract_and_resets(visitor, kiosk, qtbot):
    visitor.open_section(0)
    visitor.tap("中文")
    visitor.tap("下一页")
    qtbot.waitUntil(lambda: kiosk.visit.panelIndex == 1, timeout=2000)
    qtbot.waitUntil(lambda: kiosk.visit.idleWarning, timeout=8000)
    assert kiosk.visit.secondsLeft > 0
    qtbot.waitUntil(lambda: kiosk.visit.screen == "attract", timeout=6000)
    assert kiosk.visit.language == "en"
    assert kiosk.visit.sectionIndex == -1
    assert kiosk.visit.panelIndex == 0
    assert not kiosk.visit.idleWarning


def test_touch_during_countdown_keeps_the_visit(visitor, kiosk, qtbot):
    visitor.open_section(0)
    qtbot.waitUntil(lambda: kiosk.visit.idleWarning, timeout=8000)
    visitor.tap(QPoint(640, 360))
    assert not kiosk.visit.idleWarning
    assert kiosk.visit.screen == "section"
    qtbot.wait(1500)
    assert kiosk.visit.screen == "section"


def test_touch_on_the_countdown_does_not_reach_the_card_below(visitor, kiosk, qtbot):
    visitor.open_section(0)
    visitor.tap("Home")
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
    qtbot.wait(400)
    card = visitor.find(kiosk.exhibit.sections[1]["title"])
    where = centre_of(card)
    qtbot.waitUntil(lambda: kiosk.visit.idleWarning, timeout=8000)
    qtbot.wait(400)  # the countdown has faded in over the card: the visitor sees it, then touches
    visitor.tap(where)
    assert not kiosk.visit.idleWarning
    qtbot.wait(600)
    assert kiosk.visit.screen == "home", "the touch that kept the visit also opened the card under the countdown"
