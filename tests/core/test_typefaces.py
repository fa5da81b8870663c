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
