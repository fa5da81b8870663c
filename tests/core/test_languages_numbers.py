"""Language fallback, CLDR number formats and the Presenter that turns content into plain text per language."""

from __future__ import annotations

import pytest
from contentkit import SECTION_YAML, describe

from kiosk.core.languages import candidates, has_own, pick
from kiosk.core.numbers import format_figure, split_figure
from kiosk.core.present import Presenter

# ── languages.pick: the documented fallback order ────────────────────────────


def test_candidates_drop_subtags_from_the_end():
    assert candidates("zh-Hans-CN") == ["zh-Hans-CN", "zh-Hans", "zh"]
    assert candidates("en") == ["en"]


def test_pick_exact_language_first():
    text = {"en": "Dazu", "zh": "大足 (zh)", "zh-Hans": "大足", "zh-Hans-CN": "大足 (CN)"}
    assert pick(text, "zh-Hans-CN", "en") == "大足 (CN)"
    assert pick(text, "zh-Hans", "en") == "大足"


def test_pick_drops_subtags_zh_Hans_CN_then_zh_Hans_then_zh():
    assert pick({"en": "Dazu", "zh": "大足 (zh)", "zh-Hans": "大足"}, "zh-Hans-CN", "en") == "大足"
    assert pick({"en": "Dazu", "zh": "大足 (zh)"}, "zh-Hans-CN", "en") == "大足 (zh)"


def test_pick_same_base_language_before_the_default():
    assert pick({"en": "Dazu", "zh-Hant": "大足 (繁)"}, "zh-Hans", "en") == "大足 (繁)"


def test_pick_default_language_before_the_first_entry():
    assert pick({"fr": "Dazu (fr)", "en": "Dazu"}, "zh-Hans", "en") == "Dazu"
    assert pick({"fr": "Dazu (fr)", "en-GB": "Dazu (GB)"}, "ar", "en-GB-oxendict") == "Dazu (GB)"


def test_pick_first_entry_last():
    assert pick({"fr": "Dazu (fr)", "de": "Dazu (de)"}, "zh-Hans", "en") == "Dazu (fr)"


def test_pick_is_case_insensitive_and_handles_nothing():
    assert pick({"ZH-hans": "大足", "en": "Dazu"}, "zh-Hans", "en") == "大足"
    assert pick(None, "en", "en") == ""
    assert pick({}, "en", "en") == ""


def test_has_own_counts_only_the_language_and_its_parents():
    assert has_own({"zh": "大足"}, "zh-Hans")
    assert has_own({"ZH-HANS": "大足"}, "zh-Hans")
    assert not has_own({"zh-Hant": "大足"}, "zh-Hans")  # served by fallback, so a translation is missing
    assert not has_own({"en": "Dazu"}, "zh-Hans")


# ── numbers.format_figure: CLDR formats via Babel ────────────────────────────


@pytest.mark.parametrize("value, style, digits, language, expected", [
    (1482000, "compact", 3, "en", "1.482 million"),
    (1482000, "compact", 3, "zh-Hans", "148.2万"),
    (26000, "number", 0, "en", "26,000"),
    (26000, "number", 0, "zh-Hans", "26,000"),
    (1234.5, "number", 1, "en", "1,234.5"),
    (0.25, "percent", 0, "en", "25%"),
    (0.125, "percent", 1, "en", "12.5%"),
    (26000, "number", 0, "xx-Nonsense", "26,000"),  # unknown locale falls back to English
    (1200, "number", 0, "ar", "1,200"),  # CLDR's default numbering system for ar is Latin digits
    (1482000, "compact", 3, "ar", "1.482 مليون"),
    (0.25, "percent", 0, "ar", "25%"),
])
def test_format_figure(value, style, digits, language, expected):
    assert format_figure(value, style, digits, language) == expected


def test_arabic_figures_follow_cldr_default_digits():
    from babel import Locale

    assert Locale.parse("ar").default_numbering_system == "latn"
    assert split_figure(format_figure(1482000, "compact", 3, "ar")) == ("1.482", "مليون")


# ── Presenter: panels resolved to plain strings ──────────────────────────────


@pytest.fixture
def loaded(content):
    result = content.load()
    assert result.ok, describe(result.problems)
    return content, result


@pytest.mark.parametrize("language, title, body, alt", [
    ("en", "Chongqing's World Heritage site", "Five sites were inscribed in 1999.", "Map of the five sites."),
    ("zh-Hans", "重庆的世界文化遗产", "1999年五处石刻列入名录。", "五处石刻点地图。"),
    ("zh-Hans-CN", "重庆的世界文化遗产", "1999年五处石刻列入名录。", "五处石刻点地图。"),
    ("fr", "Chongqing's World Heritage site", "Five sites were inscribed in 1999.", "Map of the five sites."),
])
def test_presenter_fields_resolve_a_story_panel(loaded, language, title, body, alt):
    content, result = loaded
    panel = result.content.sections[0].panels[0]
    fields = Presenter(content.root, language, "en", result.media).fields(panel)
    assert fields["title"] == title
    assert fields["body"] == body
    assert fields["kicker"] is None  # not written in the file
    assert "type" not in fields and "sources" not in fields
    assert fields["sourceCount"] == 1
    image = fields["image"]
    assert image["alt"] == alt
    assert image["credit"] == ("测试工作室" if language.startswith("zh") else "Test studio")
    assert image["kind"] == "map" and image["rights"] == "CC BY 4.0"
    assert image["source"] == (content.root / "media" / "map.svg").resolve().as_uri()
    assert image["aspect"] == pytest.approx(40 / 30)
    for key in ("title", "body"):
        assert isinstance(fields[key], str)


def test_presenter_formats_figures_per_language(content):
    content.write_section(SECTION_YAML + """\
  - type: figures
    title:
      en: "Visitors"
      zh-Hans: "游客"
    figures:
      - value: 1482000
        style: compact
        digits: 3
        caption:
          en: "visitors a year"
          zh-Hans: "年游客量"
    sources:
      - title: "Annual report"
""")
    result = content.load()
    assert result.ok, describe(result.problems)
    panel = result.content.sections[0].panels[1]
    en = Presenter(content.root, "en", "en", result.media).fields(panel)
    zh = Presenter(content.root, "zh-Hans", "en", result.media).fields(panel)
    assert en["figures"] == [{"value": "1.482 million", "number": "1.482", "unit": "million", "caption": "visitors a year"}]
    assert zh["figures"] == [{"value": "148.2万", "number": "148.2", "unit": "万", "caption": "年游客量"}]
    assert en["title"] == "Visitors" and zh["title"] == "游客"


def test_presenter_section_summary(loaded):
    content, result = loaded
    section = Presenter(content.root, "zh-Hans", "en", result.media).section(result.content.sections[0])
    assert section["title"] == "大足石刻"
    assert section["summary"] == "9至13世纪的摩崖造像。"
    assert section["panelCount"] == 1
    # Raster pictures come from the rendition provider, versioned so a replaced file is never stale.
    assert section["cover"]["source"].startswith("image://kiosk/screen/")
    assert "/media/cover.png?v=" in section["cover"]["source"]
    assert section["cover"]["aspect"] == pytest.approx(1600 / 1000)


def test_a_figure_speaks_the_language_of_its_caption():
    """In an Arabic visit, a figure whose caption is still English reads '1.482 million', not '1.482 مليون'."""
    from contentkit import BUNDLED_CONTENT

    from kiosk.core.loader import load_content
    from kiosk.core.schema import Figure

    content = load_content(BUNDLED_CONTENT, check_media=False).content
    figures = {s.id: [f for p in s.panels if p.type == "figures" for f in p.figures] for s in content.sections}
    presenter = Presenter(BUNDLED_CONTENT, "ar", "en")
    million = next(f for f in figures["acha"] if f.style == "compact")
    assert "ar" not in million.caption
    assert presenter.figure(million)["unit"] == "million"
    arabic = Figure(value=1482000, style="compact", digits=3, caption={"en": "relics", "ar": "قطعة"})
    assert presenter.figure(arabic)["unit"] == "مليون"
    assert presenter.figure(figures["baiheliang"][0])["value"] == "1,200"


def test_text_fallen_back_to_the_default_is_given_the_default_language_face(loaded):
    """English shown in an Arabic visit is set in the English face, not the Arabic one with its taller lines."""
    content, result = loaded
    panel = result.content.sections[0].panels[0]  # written in en and zh-Hans, not in ar

    def face(language):
        return {"text": f"text face of {language}", "display": f"display face of {language}",
                "textLineScale": 1.0, "displayLineScale": 1.0}

    arabic = Presenter(content.root, "ar", "en", result.media, faces=face).fields(panel)
    assert arabic["translated"] is False
    assert arabic["face"]["text"] == "text face of en"
    assert arabic["image"]["face"]["display"] == "display face of en"
    chinese = Presenter(content.root, "zh-Hans", "en", result.media, faces=face).fields(panel)
    assert chinese["face"]["text"] == "text face of zh-Hans"
    assert chinese["image"]["face"]["text"] == "text face of zh-Hans"
    assert Presenter(content.root, "ar", "en", result.media).fields(panel)["face"] is None  # no typefaces known


def test_the_wordless_presenter_keeps_every_panel_s_shape_and_pictures_but_no_words():
    """What a screen holds for no frame at all while a language switch changes its face."""
    from contentkit import BUNDLED_CONTENT

    from kiosk.core.loader import load_content
    from kiosk.core.present import WordlessPresenter

    result = load_content(BUNDLED_CONTENT, check_media=False)
    words = Presenter(BUNDLED_CONTENT, "zh-Hans", "en", result.media)
    blank = WordlessPresenter(BUNDLED_CONTENT, "zh-Hans", "en", result.media)

    panels = [panel for section in result.content.sections for panel in section.panels]
    kinds = {panel.type for panel in panels}
    assert {"story", "figures", "gallery", "timeline", "comparison", "quote"} <= kinds, kinds
    for panel in panels:
        full, empty = words.fields(panel), blank.fields(panel)
        # The same keys, lists, numbers and files; each string either the same or emptied.
        assert _only_words_differ(full, empty), panel.type
        assert [p["source"] for p in words.pictures_of(panel)] == [p["source"] for p in blank.pictures_of(panel)]
        assert not any(s for s in _words(empty)), f"{panel.type}: {[s for s in _words(empty) if s][:3]}"
        assert any(_words(full)), panel.type
    section = result.content.sections[0]
    assert blank.section(section)["cover"]["source"] == words.section(section)["cover"]["source"] != ""
    assert blank.section(section)["title"] == "" != words.section(section)["title"]


_NOT_WORDS = {"source", "thumb", "file", "kind", "rights", "accent", "id", "face"}  # files, names of faces


def _words(value) -> list[str]:
    """Every string in `value` that a visitor reads."""
    if isinstance(value, dict):
        return [w for k, v in value.items() if k not in _NOT_WORDS for w in _words(v)]
    if isinstance(value, list):
        return [w for v in value for w in _words(v)]
    return [value] if isinstance(value, str) else []


def _only_words_differ(full, empty) -> bool:
    if isinstance(full, dict):
        return full.keys() == empty.keys() and all(_only_words_differ(full[k], empty[k]) for k in full)
    if isinstance(full, list):
        return len(full) == len(empty) and all(_only_words_differ(a, b) for a, b in zip(full, empty, strict=True))
    return full == empty or (isinstance(full, str) and empty == "")
