"""A language chosen on the home screen reaches the section the visitor opens next."""


def test_a_section_left_open_follows_a_language_chosen_at_home(visitor, kiosk, qtbot):
    visitor.open_section(1)
    english_title = kiosk.exhibit.panels[0].fields["title"]
    visitor.tap("Home")
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
    qtbot.wait(400)
    visitor.tap("中文")
    qtbot.waitUntil(lambda: kiosk.visit.language == "zh-Hans", timeout=2000)
    qtbot.wait(400)
    visitor.tap(kiosk.exhibit.sections[1]["title"])
    qtbot.waitUntil(lambda: kiosk.visit.screen == "section", timeout=2000)
    qtbot.wait(400)
    chinese_title = kiosk.exhibit.panels[0].fields["title"]
    assert chinese_title != english_title
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese_title), chinese_title
    heading = [i for i in visitor.visible_items() if i.property("text") == chinese_title]
    assert heading, "the open panel should show its Chinese title"
