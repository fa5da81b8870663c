"""A language switch never lays the old words out in the new face.

English in the Arabic face has no glyph for a single letter: each one sends Qt searching the
PC's fonts for a face that draws it, which made the first switch to a language slow. The words
leave first, the face changes, then the new words arrive, in one event and so in one frame.
"""

from PySide6.QtCore import SIGNAL, QCoreApplication, QObject


def _on_home(visitor, kiosk, qtbot) -> None:
    # The attract loop is built after the window first shows: on a busy machine, wait for its button.
    qtbot.waitUntil(lambda: any(i.property("accessibleName") == "Touch to begin" for i in visitor.visible_items()),
                    timeout=10_000)
    visitor.tap("Touch to begin")
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
    qtbot.wait(400)


def _watch_family_changes(items, seen: list) -> None:
    """Records (new family, words) whenever an item's family changes."""
    for item in items:
        family = [item.property("font").family()]

        def changed(font, i=item, last=family):
            if font.family() != last[0]:
                last[0] = font.family()
                seen.append((font.family(), i.property("text")))
        QObject.connect(item, SIGNAL("fontChanged(QFont)"), changed)


def test_no_card_shows_its_old_words_in_the_new_face(visitor, kiosk, qtbot):
    _on_home(visitor, kiosk, qtbot)
    for code, name in (("ar", "العربية"), ("zh-Hans", "中文"), ("en", "English")):
        before = {s["title"] for s in kiosk.exhibit.sections} | {s["summary"] for s in kiosk.exhibit.sections}
        cards = [i for i in visitor.visible_items() if i.property("text") in before]
        assert len(cards) == len(before), "each card shows its title and summary"
        old_face = {c.property("font").family() for c in cards}
        seen: list[tuple[str, str]] = []
        _watch_family_changes(cards, seen)
        visitor.tap(name)
        qtbot.waitUntil(lambda c=code: kiosk.visit.language == c, timeout=2000)
        new_face = {c.property("font").family() for c in cards}
        assert new_face != old_face, f"{code}: the cards change face"
        mixed = [(family, words) for family, words in seen if family in new_face and words in before]
        assert not mixed, f"{code}: laid out in the new face with the old words: {mixed[:3]}"
        after = {c.property("text") for c in cards}
        assert after == {s["title"] for s in kiosk.exhibit.sections} | {s["summary"] for s in kiosk.exhibit.sections}
        assert after.isdisjoint(before), f"{code}: the cards show the new language's words"
        qtbot.wait(300)


def _strings(value) -> set:
    if isinstance(value, str):
        return {value} if value.strip() else set()
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


def test_no_panel_shows_its_old_words_in_the_new_face_and_tiles_stay_put(visitor, kiosk, qtbot):
    from shiboken6 import Shiboken

    dazu = next(i for i, s in enumerate(kiosk.exhibit.sections) if "Dazu" in s["title"])
    visitor.open_section(dazu)
    kinds, changed_faces = [], 0
    # The gallery (the second panel) is switched between two left-to-right languages: a switch to
    # or from Arabic turns the row of panels round, and the list then lays its pages out anew.
    for name in ("中文", "English", "العربية", "中文"):
        panel = kiosk.exhibit.panels[kiosk.visit.panelIndex]
        kinds.append(panel.kind)
        words = _strings(panel.fields) | _strings(panel.pictures)
        shown = [i for i in visitor.visible_items() if i.property("font") is not None and i.property("text") in words]
        assert shown, f"panel {panel.index} ({panel.kind}) shows its words"
        alts = {p["alt"] for p in panel.pictures}
        tiles = {Shiboken.getCppPointer(i)[0] for i in visitor.visible_items() if i.property("accessibleName") in alts}
        seen: list[tuple[str, str]] = []
        _watch_family_changes(shown, seen)
        old_language = kiosk.visit.language
        visitor.tap(name)
        qtbot.waitUntil(lambda o=old_language: kiosk.visit.language != o, timeout=2000)
        changed_faces += len(seen)
        mixed = [(family, text) for family, text in seen if text in words]
        assert not mixed, f"panel {panel.index} ({panel.kind}): old words in the new face: {mixed[:3]}"
        if panel.kind == "gallery":
            assert tiles, "the gallery shows its tiles"
            new_alts = {p["alt"] for p in kiosk.exhibit.panels[panel.index].pictures}
            after = {Shiboken.getCppPointer(i)[0] for i in visitor.visible_items() if i.property("accessibleName") in new_alts}
            assert after == tiles, "the gallery's tiles (and their loaded pictures) stay; only their words change"
        qtbot.wait(300)
        visitor.tap(QCoreApplication.translate("SectionScreen", "Next panel"))  # in the visit's language
        qtbot.wait(600)
    assert {"gallery", "timeline"} <= set(kinds), kinds
    assert changed_faces, "the switches changed the panels' faces"
