"""A language switch never lays the old words out in the new face.

English in the Arabic face has no glyph for a single letter: each one sends Qt searching the
PC's fonts for a face that draws it, which made the first switch to a language slow. The words
leave first, the face changes, then the new words arrive, in one event and so in one frame.
"""

from PySide6.QtCore import SIGNAL, QObject


def _on_home(visitor, kiosk, qtbot) -> None:
    visitor.tap("Touch to begin")
    qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
    qtbot.wait(400)


def _watch_faces(items, seen: list) -> None:
    """Records each item's words whenever its face changes."""
    for item in items:
        QObject.connect(item, SIGNAL("fontChanged(QFont)"),
                        lambda font, i=item: seen.append((font.family(), i.property("text"))))


def test_no_card_shows_its_old_words_in_the_new_face(visitor, kiosk, qtbot):
    _on_home(visitor, kiosk, qtbot)
    for code, name in (("ar", "العربية"), ("zh-Hans", "中文"), ("en", "English")):
        before = {s["title"] for s in kiosk.exhibit.sections} | {s["summary"] for s in kiosk.exhibit.sections}
        cards = [i for i in visitor.visible_items() if i.property("text") in before]
        assert len(cards) == len(before), "each card shows its title and summary"
        old_face = {c.property("font").family() for c in cards}
        seen: list[tuple[str, str]] = []
        _watch_faces(cards, seen)
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
