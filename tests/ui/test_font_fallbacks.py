"""A character a face lacks comes from the exhibition's other faces before the PC's own fallback:
a Chinese name in English text is drawn by the exhibition's Chinese face (Simplified forms),
never by the first CJK face the PC offers (on Debian, the Japanese one)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

MIXED = "The Dazu Rock Carvings (大足石刻) near Chongqing (重庆)"


def _families_drawing(text: str, family: str) -> dict[str, str]:
    """Which face draws each run of `text` set in `family`: {face: characters}."""
    font = QFont(family)
    font.setPixelSize(28)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine().setLineWidth(4000)
    layout.endLayout()
    drawn: dict[str, str] = {}
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        face = run.rawFont().familyName()
        drawn[face] = drawn.get(face, "") + run.sourceString()
    return drawn


def test_a_chinese_name_in_english_text_is_drawn_by_the_exhibitions_chinese_face(kiosk):
    faces = {lang["code"]: lang["face"] for lang in kiosk.exhibit.languages}
    assert {"en", "zh-Hans"} <= set(faces), "the test needs the bundled exhibition's Chinese face"
    english, chinese = faces["en"]["text"], faces["zh-Hans"]["text"]
    assert english != chinese
    drawn = _families_drawing(MIXED, english)
    assert set(drawn) == {english, chinese}, drawn
    assert "大足石刻" in drawn[chinese] and "重庆" in drawn[chinese]
    assert "Dazu" in drawn[english]


def test_every_face_of_the_exhibition_lends_to_the_others(kiosk):
    faces = [lang["face"] for lang in kiosk.exhibit.languages]
    families = {face[role] for face in faces for role in ("text", "display")}
    for family in families:
        lenders = QFont.substitutes(family)  # Qt keeps family names in lower case
        assert set(lenders) == {other.lower() for other in families - {family}}, (family, lenders)
    arabic = next(lang["face"]["text"] for lang in kiosk.exhibit.languages if lang["code"] == "ar")
    # English words set for a moment in the Arabic face (a switch) are drawn by the English face.
    assert kiosk.exhibit.languages[0]["face"]["text"] in _families_drawing("Back", arabic)


def test_the_table_of_substitutes_is_written_only_where_it_changes(qapp, monkeypatch):
    from kiosk.ui import font_fallbacks

    font_fallbacks.lend_faces({"Kiosk Test Latin": ["Kiosk Test Han 1a2b", "Kiosk Test Serif"]})
    assert QFont.substitutes("Kiosk Test Latin") == ["kiosk test han 1a2b", "kiosk test serif"]
    writes = []
    real_insert = QFont.insertSubstitutions
    monkeypatch.setattr(QFont, "insertSubstitutions", staticmethod(lambda *a: (writes.append(a), real_insert(*a))))
    font_fallbacks.lend_faces({"Kiosk Test Latin": ["Kiosk Test Han 1a2b", "Kiosk Test Serif"]})  # a reload, same faces
    assert writes == []
    font_fallbacks.lend_faces({"Kiosk Test Latin": ["Kiosk Test Han 9f8e"]})  # new small copies
    assert QFont.substitutes("Kiosk Test Latin") == ["kiosk test han 9f8e"] and len(writes) == 1
    font_fallbacks.lend_faces({})  # a face the exhibition no longer uses lends and borrows nothing
    assert QFont.substitutes("Kiosk Test Latin") == []
