"""Rendered screens: every language drawn with real glyphs, in landscape and portrait."""

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage

from kiosk.core.fonts import FontIndex
from kiosk.core.loader import load_content
from kiosk.core.typefaces import language_sample, main_script_chars
from kiosk.ui.preview import preview


def _render(qapp, content, out, size, lang, screens):
    assert preview(content, out, size, lang, screens) == 0
    return {name: QImage(str(out / lang / f"{name}.png")) for name in screens}


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_chinese_screens_differ_from_english(qapp, content_copy, tmp_path, size):
    screens = ["home", "acha-01", "dazu-01"]
    en = _render(qapp, content_copy, tmp_path, size, "en", screens)
    zh = _render(qapp, content_copy, tmp_path, size, "zh-Hans", screens)
    for name in screens:
        assert en[name].size().toTuple() == size
        assert zh[name].size().toTuple() == size
        assert en[name] != zh[name], f"{name}: the Chinese screen should not look like the English one"


def test_every_character_has_a_glyph_in_the_chosen_face(qtbot, kiosk, content_copy):
    """What Qt will draw for each language: the face covers the language's own script,
    and any quoted word in another script has an installed font for Qt to fall back to."""
    families = set(QFontDatabase.families())
    content = load_content(content_copy, check_media=False).content
    system = FontIndex()
    for entry in kiosk.exhibit.languages:
        kiosk.visit.setLanguage(entry["code"])
        qtbot.wait(50)
        sample = language_sample(content, entry["code"])
        # The face must draw the language's own text; English shown where Arabic is missing is Qt's fallback's job.
        own = main_script_chars(language_sample(content, entry["code"], own_only=True))
        for family in (kiosk.exhibit.textFamily, kiosk.exhibit.displayFamily):
            assert family in families, f"{entry['code']}: font family {family!r} is not installed"
            metrics = QFontMetrics(QFont(family))
            missing = sorted({c for c in own if not metrics.inFontUcs4(ord(c))})
            assert not missing, f"{entry['code']}: {family} cannot draw {missing[:10]}"
        assert not system.missing(sample), f"{entry['code']}: no installed font draws {system.missing(sample)[:10]}"


def test_english_keeps_a_latin_face_despite_a_quoted_chinese_line(qtbot, kiosk):
    kiosk.visit.setLanguage("en")
    qtbot.wait(50)
    assert "CJK" not in kiosk.exhibit.textFamily and "CJK" not in kiosk.exhibit.displayFamily


def test_preview_writes_every_screen_named_by_language(qapp, content_copy, tmp_path):
    assert preview(content_copy, tmp_path, (1280, 720), "en", None) == 0
    written = sorted(p.stem for p in (tmp_path / "en").glob("*.png"))
    result = load_content(content_copy, check_media=False)
    expected = {"attract", "home"}
    for section in result.content.sections:
        expected |= {f"{section.id}-{i + 1:02d}" for i in range(len(section.panels))} | {f"{section.id}-image"}
    assert set(written) == expected
