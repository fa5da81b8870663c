"""Faces chosen per language from the fonts on this PC: Arabic gets an Arabic face, tightened to the designed spacing."""

from __future__ import annotations

import pytest
from contentkit import BUNDLED_CONTENT

from kiosk.core.fonts import FontIndex
from kiosk.core.loader import load_content
from kiosk.core.typefaces import DESIGNED_LINE_SPACING, Typefaces


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> Typefaces:
    index = FontIndex(cache_file=tmp_path_factory.mktemp("fonts") / "coverage.json")
    if index.missing("بايخه ليانغ") or index.missing("大足"):
        pytest.skip("no Arabic or Chinese font installed; install fonts-noto-core and fonts-noto-cjk")
    typefaces = Typefaces(index)
    typefaces.measure(load_content(BUNDLED_CONTENT, check_media=False).content)
    return typefaces


def test_arabic_gets_an_arabic_face_though_some_of_its_panels_are_still_english(measured):
    assert measured.drawable("ar")
    assert "Arabic" in measured.text_family("ar") and "Arabic" in measured.display_family("ar")
    assert "Arabic" not in measured.text_family("en") and "CJK" in measured.text_family("zh-Hans")


def test_tall_arabic_lines_are_brought_to_the_designed_spacing_and_latin_is_left_alone(measured):
    arabic = measured.line_scale(measured.text_family("ar"))
    assert 0.5 < arabic < 1.0
    assert measured.line_scale(measured.text_family("en")) == 1.0
    assert measured.line_scale(measured.text_family("zh-Hans")) == 1.0
    assert measured.line_scale("No Such Family") == 1.0
    assert DESIGNED_LINE_SPACING > 1.0


def test_each_face_lends_its_characters_to_the_others_text_faces_first(measured):
    languages = ["en", "zh-Hans", "ar"]
    text = [measured.text_family(lang) for lang in languages]
    display = [measured.display_family(lang) for lang in languages]
    fallbacks = measured.fallbacks(languages)
    assert set(fallbacks) == set(text + display)
    latin = fallbacks[text[0]]
    assert text[0] not in latin
    assert latin[:2] == text[1:]  # Chinese, then Arabic text faces, before any display face
    assert set(latin[2:]) == set(display) - {text[0]}


def test_the_small_copies_lend_in_place_of_the_installed_faces(measured):
    chinese = measured.text_family("zh-Hans")
    copy = Typefaces(measured._index)
    copy.measure(load_content(BUNDLED_CONTENT, check_media=False).content)
    copy.use_fitted({chinese: f"{chinese} 1234abcd"})
    lent = copy.fallbacks(["en", "zh-Hans"])[copy.text_family("en")]
    assert f"{chinese} 1234abcd" in lent and chinese not in lent
