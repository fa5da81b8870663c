"""Screens nobody can see are not kept: the section left and the attract loop are freed after
their fade and built again when called; a language switch keeps the attract loop's slides."""

from kiosk.ui.scene import every_item


def texts(window) -> set[str]:
    return {i.property("text") for i in every_item(window) if isinstance(i.property("text"), str)}


def test_the_section_left_is_freed_and_built_again_when_opened(visitor, kiosk, qtbot):
    visitor.open_section(0)
    title = kiosk.exhibit.panels[0].fields["title"]
    qtbot.waitUntil(lambda: title in {i.property("text") for i in visitor.visible_items()}, timeout=3000)
    visitor.tap("Home")
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
    qtbot.waitUntil(lambda: title not in texts(kiosk.window), timeout=3000)
    assert kiosk.exhibit.headline not in texts(kiosk.window), "the attract loop is kept while home is shown"
    visitor.tap(kiosk.exhibit.sections[0]["title"])
    qtbot.waitUntil(lambda: title in {i.property("text") for i in visitor.visible_items()}, timeout=3000)


def test_a_language_switch_keeps_the_attract_loops_decoded_slide(kiosk, qtbot):
    source = kiosk.exhibit.slides[0]["image"]["source"]

    def slide_images():
        return [i for i in every_item(kiosk.window) if i.width() >= kiosk.window.width() and i.property("source") is not None
                and i.property("source").toString() == source and i.property("progress") == 1.0]  # decoded

    qtbot.waitUntil(lambda: len(slide_images()) == 1, timeout=5000)
    image = slide_images()[0]
    kiosk.visit.setLanguage("zh-Hans")
    qtbot.wait(50)
    assert slide_images() == [image], "the slide was built and decoded again"


def test_opening_a_section_or_switching_language_words_only_the_panels_built(visitor, kiosk, qtbot):
    """The words of a panel nobody has reached yet are not worked out before the first reacting frame."""
    visitor.open_section(1)
    panels = kiosk.exhibit.panels
    assert len(panels) >= 4
    qtbot.wait(500)
    worded = [p.index for p in panels if p._fields is not None]
    assert 0 in worded and len(worded) < len(panels), worded
    visitor.tap("中文")
    qtbot.waitUntil(lambda: kiosk.visit.language == "zh-Hans", timeout=2000)
    qtbot.wait(500)
    assert panels[-1]._fields is None, "a language switch words the panels on screen, not every panel"
    assert panels[0].fields["title"] in {i.property("text") for i in visitor.visible_items()}


def test_screens_seldom_shown_hold_no_words_until_shown(kiosk, qtbot):
    """The staff PIN pad and menu, the sleep screen and the no-content screen are built only while
    shown: hidden, their words would be laid out again at every language switch."""
    hidden = {"Staff PIN", "Staff menu", "Closed now", "Cancel"}
    assert not hidden & texts(kiosk.window)
    for _ in range(5):
        kiosk.staff.cornerTapped()
    qtbot.waitUntil(lambda: "Staff PIN" in texts(kiosk.window), timeout=2000)
    kiosk.staff.close()
    qtbot.waitUntil(lambda: "Staff PIN" not in texts(kiosk.window), timeout=2000)

