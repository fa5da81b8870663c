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



def test_text_that_shrinks_to_fit_is_fitted_once_at_the_end_of_a_language_switch(visitor, kiosk, qtbot):
    """Fitting lays a text out several times; during a switch (face, line height, words, size all
    change, one after another) the fitted texts wait in a fixed size and are fitted once, at the end."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    fixed, fit = 0, 2  # Text.FixedSize, Text.VerticalFit
    visitor.open_section(0)
    visitor.tap("Home")
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
    qtbot.wait(400)

    english = {s["summary"] for s in kiosk.exhibit.sections}
    summaries = [i for i in visitor.visible_items() if i.property("text") in english]
    assert len(summaries) == len(english)

    def summary_modes() -> set:
        # Read in QML: Python has no converter for the enum.
        return {QQmlExpression(QQmlEngine.contextForObject(i), i, "fontSizeMode").evaluate()[0] for i in summaries}

    assert summary_modes() == {fit}, "each card's summary shrinks to fit its card"
    seen: list[tuple[bool, set]] = []
    kiosk.exhibit.restylingChanged.connect(lambda: seen.append((kiosk.exhibit.restyling, summary_modes())))
    visitor.tap("中文")
    qtbot.waitUntil(lambda: kiosk.visit.language == "zh-Hans", timeout=2000)
    assert seen == [(True, {fixed}), (False, {fit})], seen
    assert {i.property("text") for i in summaries} == {s["summary"] for s in kiosk.exhibit.sections} != english


def test_a_figures_panel_follows_a_language_switch_without_a_binding_loop(visitor, kiosk, qtbot, qtlog):
    """The figures' size is measured in their face: a switch changes the face, and the measure must
    not be taken from the number's whole font, which the measure itself sizes."""
    visitor.open_section(0)
    kinds = [item.kind for item in kiosk.exhibit.panels]
    figures = kinds.index("figures")
    for _ in range(figures):
        visitor.tap("Next panel")
        qtbot.wait(350)
    assert kiosk.visit.panelIndex == figures, kinds
    for name, code in (("中文", "zh-Hans"), ("English", "en"), ("العربية", "ar"), ("English", "en")):
        visitor.tap(name)
        qtbot.waitUntil(lambda code=code: kiosk.visit.language == code, timeout=2000)
        qtbot.wait(400)
    loops = [r.message for r in qtlog.records if "Binding loop" in r.message]
    assert loops == [], loops
