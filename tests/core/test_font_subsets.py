"""Small copies of the big CJK faces: cut to the characters the exhibition sets, reused while
those stay the same, made again when they change; small faces and faces that cannot be cut
are left as installed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from kiosk.core import font_subsets
from kiosk.core.font_subsets import BIG_FONT_BYTES, fit, prune
from kiosk.core.fonts import FontIndex
from kiosk.core.loader import load_content
from kiosk.core.typefaces import Typefaces

REPO = Path(__file__).resolve().parents[2]
WORDS = "大足石刻重庆"


@pytest.fixture(scope="module")
def index() -> FontIndex:
    return FontIndex()


@pytest.fixture(scope="module")
def cjk(index) -> str:
    family = index.family_for(WORDS, ["Noto Sans CJK SC", "Source Han Sans SC"])
    if not family:
        pytest.skip("no installed font covers Chinese; install fonts-noto-cjk to run this test")
    return family


@pytest.fixture(scope="module")
def cut(index, cjk, tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies")
    return folder, fit(index, {cjk: WORDS}, folder)


def test_a_big_family_is_cut_to_the_characters_it_sets(index, cjk, cut):
    _, fitted = cut
    copy = fitted[cjk]
    styles = [f for f in index.faces() if f.family == cjk]
    assert copy.family.startswith(f"{cjk} ") and copy.family != cjk
    assert len(copy.files) == len(styles) >= 1  # regular, bold, ...: each style has its copy
    for path in copy.files:
        font = TTFont(str(path))
        codes = set(font.getBestCmap())
        assert {ord(c) for c in WORDS} <= codes
        assert {ord(c) for c in "0123456789→，。"} <= codes, "digits, arrows and CJK punctuation are always kept"
        assert ord("鹤") not in codes, "a character the exhibition does not use is left out"
        assert font["name"].getBestFamilyName() == copy.family
        assert path.stat().st_size < BIG_FONT_BYTES / 4


def test_copies_are_reused_until_the_characters_change(index, cjk, cut, monkeypatch):
    folder, fitted = cut

    def no_cutting(*_args):
        raise AssertionError("a copy was cut again for the same characters")

    with monkeypatch.context() as m:
        m.setattr(font_subsets, "cut_face", no_cutting)
        assert fit(index, {cjk: WORDS}, folder) == fitted
    changed = fit(index, {cjk: WORDS + "白鹤梁"}, folder)
    assert changed[cjk].family != fitted[cjk].family
    assert all(p.exists() for p in changed[cjk].files + fitted[cjk].files)
    prune(folder, set(changed[cjk].files))
    assert all(p.exists() for p in changed[cjk].files)
    assert not any(p.exists() for p in fitted[cjk].files), "copies no longer used are deleted"


def test_small_families_stay_as_installed(index, tmp_path):
    small = min((f for f in index.faces()), key=lambda f: f.path.stat().st_size)
    assert small.path.stat().st_size < BIG_FONT_BYTES
    assert fit(index, {small.family: "abc"}, tmp_path) == {}
    assert list(tmp_path.iterdir()) == [], "nothing is cut for a small face"


def test_a_face_that_cannot_be_cut_stays_as_installed(index, cjk, tmp_path, monkeypatch, caplog):
    def broken(*_args):
        raise ValueError("damaged CFF table")

    monkeypatch.setattr(font_subsets, "cut_face", broken)
    with caplog.at_level(logging.WARNING, logger="kiosk.core.font_subsets"):
        assert fit(index, {cjk: WORDS}, tmp_path) == {}
    assert any(cjk in r.getMessage() and "damaged CFF table" in r.getMessage() for r in caplog.records)


def test_typefaces_ask_for_every_character_and_then_set_text_in_the_copies(index, cjk):
    content = load_content(REPO / "content").content
    faces = Typefaces(index)
    faces.measure(content)
    installed = faces.text_family("zh-Hans")
    assert installed == cjk
    spacing = faces.line_scale(installed)
    wanted = faces.wanted(content, kiosk_words="按钮")
    title = content.exhibition.title["zh-Hans"]
    assert set(title + "按钮") <= set(wanted[installed])
    assert faces.display_family("zh-Hans") in wanted
    faces.use_fitted({installed: f"{installed} 0123abcd"})
    assert faces.text_family("zh-Hans") == f"{installed} 0123abcd"
    assert faces.face("zh-Hans")["text"] == f"{installed} 0123abcd"
    assert faces.line_scale(faces.text_family("zh-Hans")) == spacing
    assert faces.text_family("en") not in (installed, f"{installed} 0123abcd")



def test_kiosk_font_copies_cuts_what_the_bundled_exhibition_needs(cjk, state_dir):
    import io

    out = io.StringIO()
    assert font_subsets.make_copies(REPO / "content", out) == 0
    lines = out.getvalue().splitlines()
    assert any(line.startswith(f"{cjk}: ") and "style(s)" in line for line in lines), lines
    copies = list((state_dir / "font-copies").glob("*.otf"))
    assert copies and all(p.stat().st_size < BIG_FONT_BYTES / 4 for p in copies)


def test_the_kiosk_finds_every_copy_staff_cut_and_has_nothing_left_to_cut(index, cjk, state_dir):
    """The command cuts for the same characters the kiosk asks for: a figure's words (万) included."""
    import io

    from kiosk.core.reading import read

    assert font_subsets.make_copies(REPO / "content", io.StringIO()) == 0
    reading = read(REPO / "content")
    wanted = reading.typefaces.wanted(reading.content, font_subsets.kiosk_words())
    assert "万" in wanted[reading.typefaces.text_family("zh-Hans")]  # 148.2万, a figure: in no YAML text
    found = fit(index, wanted, state_dir / "font-copies", cut=False)
    assert set(found) == font_subsets.big_families(index, wanted) and cjk in found
