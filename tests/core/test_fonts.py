"""Characters no installed or bundled font can draw."""

from __future__ import annotations

from pathlib import Path

import pytest
from contentkit import describe, line_of, only

from kiosk.core.fonts import FontIndex

CHINESE = "大足石刻"


@pytest.fixture(scope="module")
def system_fonts(tmp_path_factory) -> FontIndex:
    """The real index (bundled + system fonts), read once per module with its own cache."""
    return FontIndex(cache_file=tmp_path_factory.mktemp("fonts") / "coverage.json")


@pytest.fixture
def no_fonts(tmp_path) -> FontIndex:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    (empty / "readme.txt").write_text("not a font", "utf-8")
    return FontIndex(dirs=[empty])


def test_with_no_fonts_every_character_is_missing(content, no_fonts):
    assert no_fonts.files() == []
    result = content.load(fonts=no_fonts)
    text = content.section.read_text("utf-8")

    title_en = only(result.problems, path=content.section, starts="title.en:")
    assert title_en.severity.value == "error"
    assert (title_en.line, title_en.column) == (line_of(text, 'en: "Dazu Rock Carvings"'), 7)
    assert "no installed or bundled font can draw 'D' (U+0044)" in title_en.message
    assert "'a' (U+0061), 'z' (U+007A), 'u' (U+0075), 'R' (U+0052)" in title_en.message  # first five, in order
    assert "'o'" not in title_en.message  # only the first five distinct characters are listed

    title_zh = only(result.problems, path=content.section, starts="title.zh-Hans:")
    assert title_zh.line == line_of(text, f'zh-Hans: "{CHINESE}"')
    for ch in CHINESE:
        assert f"'{ch}' (U+{ord(ch):04X})" in title_zh.message
    assert "'大' (U+5927)" in title_zh.message
    assert "fonts-noto-cjk" in title_zh.message

    assert result.content is None


def test_arabic_without_an_arabic_font_names_the_font_to_install(content, no_fonts):
    text = content.replace_in_section('  zh-Hans: "大足石刻"', '  zh-Hans: "大足石刻"\n  ar: "منحوتات دازو الصخرية"')
    p = only(content.load(fonts=no_fonts).problems, path=content.section, starts="title.ar:")
    assert p.is_error and p.line == line_of(text, 'ar: "منحوتات دازو الصخرية"')
    assert "'م' (U+0645)" in p.message
    assert "Noto Sans Arabic, Debian package fonts-noto-core" in p.message


def test_missing_glyph_in_exhibition_file(content, no_fonts):
    result = content.load(fonts=no_fonts)
    p = only(result.problems, path=content.exhibition, contains="attract.headline.zh-Hans")
    assert p.line == line_of(content.exhibition.read_text("utf-8"), "轻触屏幕")
    assert "'轻' (U+8F7B)" in p.message


def test_spaces_and_zero_width_marks_are_never_missing(no_fonts):
    assert no_fonts.missing(" \t\n\u200b\u200d\ufeff") == []
    assert no_fonts.missing("ab a") == ["a", "b"]


def test_chinese_is_drawn_when_a_cjk_font_is_installed(content, system_fonts):
    family = system_fonts.family_for("大足")
    if family is None:
        pytest.skip("no installed or bundled font covers Chinese (大足); install fonts-noto-cjk to run this test")
    assert system_fonts.missing(CHINESE) == []
    result = content.load(fonts=system_fonts)
    assert not any(ch in p.message for p in result.problems for ch in CHINESE), describe(result.problems)
    assert result.problems == [], describe(result.problems)
    assert result.ok


def test_a_private_use_character_is_reported_with_the_real_index(content, system_fonts):
    if not system_fonts.files():
        pytest.skip("no fonts installed at all")
    # U+10FFFD is a Plane 16 private-use code point no ordinary font maps.
    text = content.replace_in_section('  en: "Dazu Rock Carvings"', '  en: "Dazu \U0010FFFD Carvings"')
    p = only(content.load(fonts=system_fonts).problems, severity="error")
    assert p.line == line_of(text, "  en: \"Dazu ")
    assert "(U+10FFFD)" in p.message
    assert "'D'" not in p.message  # Latin letters are covered


def test_coverage_cache_is_written_and_reused(tmp_path, system_fonts, monkeypatch):
    d = _one_font_folder(tmp_path, system_fonts)
    cache = tmp_path / "coverage.json"
    first = FontIndex(cache_file=cache, dirs=[d])
    faces = first.faces()
    assert faces and faces[0].ranges
    assert cache.is_file() and str(next(d.iterdir())) in cache.read_text("utf-8")

    def no_reading(path):
        raise AssertionError(f"{path} was read again although it is in the cache")

    monkeypatch.setattr("kiosk.core.fonts._read_faces", no_reading)
    second = FontIndex(cache_file=cache, dirs=[d])
    assert [(f.path, f.family, f.ranges, f.line_spacing) for f in second.faces()] == \
        [(f.path, f.family, f.ranges, f.line_spacing) for f in faces]


def test_a_cache_from_before_line_spacing_is_read_again(tmp_path, system_fonts):
    import json
    d = _one_font_folder(tmp_path, system_fonts)
    cache = tmp_path / "coverage.json"
    FontIndex(cache_file=cache, dirs=[d]).faces()
    old = {key: [face[:2] for face in faces] for key, faces in json.loads(cache.read_text("utf-8")).items()}
    cache.write_text(json.dumps(old), "utf-8")  # what an older kiosk wrote: family and coverage only
    faces = FontIndex(cache_file=cache, dirs=[d]).faces()
    assert faces and all(f.line_spacing > 0.8 for f in faces)


def test_broken_font_file_is_ignored(tmp_path):
    d = tmp_path / "fonts"
    d.mkdir()
    (d / "broken.ttf").write_bytes(b"\x00\x01\x00\x00" + b"\xff" * 100)
    index = FontIndex(dirs=[d])
    assert index.files() == [d / "broken.ttf"]
    assert index.faces() == []
    assert index.missing("A") == ["A"]


@pytest.mark.parametrize("damage", [
    "[1, 2, 3]",                                   # not a mapping at all
    '{"KEY": "not a list"}',                       # an entry of the wrong kind
    '{"KEY": [["Family", [[65, 90]], 1.2]]}',      # an older kiosk's layout: runs as lists of pairs
    '{"KEY": [["Family", "QQAAAFoAAAA=!", 1.2]]}', # runs that are not base 64
    '{"KEY": [["Family", "QQAAAFoAAABb", 1.2]]}',  # half a run
    '{"KEY": [["Family", "WgAAAEEAAAA=", 1.2]]}',  # a run that ends before it starts
    '{"KEY": [[7, "QQAAAFoAAAA=", 1.2]]}',         # a family that is not a name
    '{"KEY": [["Family", "QQAAAFoAAAA=", 1.2, "extra"]]}',  # a newer layout with more fields
    '{"KEY": [["Family", "QQAAAFoAAAA=", 1.2]',    # cut short while being written
])
def test_a_damaged_or_foreign_cache_counts_as_a_miss(tmp_path, system_fonts, damage):
    d = _one_font_folder(tmp_path, system_fonts)
    cache = tmp_path / "coverage.json"
    good = FontIndex(cache_file=cache, dirs=[d]).faces()
    key = next(iter(__import__("json").loads(cache.read_text("utf-8"))))
    cache.write_text(damage.replace("KEY", key.replace("\\", "\\\\")), "utf-8")
    again = FontIndex(cache_file=cache, dirs=[d]).faces()
    assert [(f.family, f.ranges, f.line_spacing) for f in again] == [(f.family, f.ranges, f.line_spacing) for f in good]
    assert again[0].family != "Family"


def test_each_face_of_a_collection_is_read_like_fonttools_reads_it(system_fonts):
    from fontTools.ttLib import TTCollection

    from kiosk.core.fonts import _ranges, _read_faces

    ttc = next((f for f in system_fonts.files() if f.suffix.lower() in (".ttc", ".otc")), None)
    if ttc is None:
        pytest.skip("no font collection (.ttc) installed; install fonts-noto-cjk to run this test")
    faces = _read_faces(ttc)
    collection = TTCollection(str(ttc), lazy=True)
    try:
        expected = [(f["name"].getBestFamilyName(), _ranges(f.getBestCmap())) for f in collection.fonts]
    finally:
        collection.close()
    assert len(faces) == len(expected) > 1
    assert [(family, ranges) for family, ranges, _ in faces] == expected
    assert all(spacing > 0.8 for _, _, spacing in faces)


def test_reading_a_cjk_font_never_decompiles_its_outlines(system_fonts, monkeypatch):
    from fontTools.ttLib.tables import C_F_F_

    from kiosk.core.fonts import _read_faces

    cjk = [f for f in system_fonts.faces() if f.covers(ord("大")) and f.path.suffix.lower() in (".otf", ".ttc", ".otc")]
    if not cjk:
        pytest.skip("no OpenType CJK font installed; install fonts-noto-cjk to run this test")

    def refuse(self, data, font):
        raise AssertionError("the CFF outlines were decompiled to read a cmap")

    monkeypatch.setattr(C_F_F_.table_C_F_F_, "decompile", refuse)
    faces = _read_faces(cjk[0].path)
    assert any(any(lo <= ord("大") <= hi for lo, hi in zip(ranges[::2], ranges[1::2], strict=True)) for _, ranges, _ in faces)


def _one_font_folder(tmp_path, system_fonts):
    """A folder holding a copy of one installed .ttf font."""
    import shutil

    ttf = next((f for f in system_fonts.files() if f.suffix.lower() == ".ttf"), None)
    if ttf is None:
        pytest.skip("no .ttf font installed or bundled to copy")
    d = tmp_path / "fonts"
    d.mkdir()
    shutil.copy(ttf, d / ttf.name)
    return d


def test_a_face_covers_the_first_and_last_of_each_run_and_nothing_between_runs():
    from kiosk.core.fonts import FontFace, _ranges

    face = FontFace(Path("x.ttf"), "X", _ranges([0x41, 0x42, 0x43, 0x46, 0x4E2D, 0x4E2E]))
    assert face.runs() == [(0x41, 0x43), (0x46, 0x46), (0x4E2D, 0x4E2E)]
    drawn = [c for c in range(0x30, 0x5000) if face.covers(c)]
    assert drawn == [0x41, 0x42, 0x43, 0x46, 0x4E2D, 0x4E2E]
    assert not FontFace(Path("y.ttf"), "Y", _ranges([])).covers(0x41)
