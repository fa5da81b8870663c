"""Schema problems: unknown keys, wrong types, missing keys and translations, each at its file and line."""

from __future__ import annotations

import pytest
from contentkit import SECTION_YAML, describe, line_of, only


def test_minimal_content_is_clean(content):
    result = content.load()
    assert result.problems == [], describe(result.problems)
    assert result.ok
    assert [s.id for s in result.content.sections] == ["demo"]
    assert set(result.media) == {"media/cover.png", "media/map.svg"}
    assert result.media["media/cover.png"].format == "PNG"
    assert (result.media["media/map.svg"].width, result.media["media/map.svg"].height) == (40, 30)


# ── 3. unknown keys ──────────────────────────────────────────────────────────


def test_misspelt_section_key_suggests_the_right_one(content):
    text = content.replace_in_section("summary:", "summery:")
    result = content.load()
    p = only(result.problems, contains="unknown key")
    assert p.path == content.section
    assert (p.line, p.column) == (line_of(text, "summery:"), 1)
    assert "unknown key 'summery'" in p.message
    assert "did you mean 'summary'" in p.message
    # The now-missing real key is reported too, so the curator sees both halves.
    assert any("'summary' is missing" in q.message for q in result.errors)
    assert result.content is None


def test_misspelt_panel_key_suggests_title(content):
    text = content.replace_in_section('    title:\n      en: "Chongqing', '    titel:\n      en: "Chongqing')
    result = content.load()
    p = only(result.problems, contains="unknown key")
    assert p.path == content.section
    assert (p.line, p.column) == (line_of(text, "titel:"), 5)
    assert "unknown key 'titel'; did you mean 'title'?" in p.message
    missing = only(result.problems, contains="'title' is missing")
    assert missing.line == line_of(text, "- type: story")


def test_misspelt_key_inside_a_picture(content):
    text = content.replace_in_section("      kind: map", "      kinds: map")
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, "kinds: map")
    assert "did you mean 'kind'" in p.message


def test_misspelt_key_in_exhibition(content):
    text = content.replace_in_exhibition("default_language: en", "default_langauge: en")
    result = content.load()
    p = only(result.problems, contains="unknown key")
    assert p.path == content.exhibition
    assert p.line == line_of(text, "default_langauge")
    assert "did you mean 'default_language'" in p.message


def test_unknown_key_with_no_close_match_lists_allowed_keys(content):
    text = content.replace_in_section("        url: ", "        zzz: 1\n        url: ")
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, "zzz: 1")
    assert "unknown key 'zzz'" in p.message
    assert "allowed here: note, publisher, title, url" in p.message


# ── 4. wrong types ───────────────────────────────────────────────────────────


def test_idle_timeout_as_a_word(content):
    text = content.replace_in_exhibition("idle_timeout_seconds: 60", "idle_timeout_seconds: soon")
    p = only(content.load().problems, severity="error")
    assert p.path == content.exhibition
    assert (p.line, p.column) == (line_of(text, "idle_timeout_seconds"), 23)
    assert "idle_timeout_seconds" in p.message
    assert "valid number" in p.message and "plain number" in p.message


def test_idle_timeout_out_of_range(content):
    text = content.replace_in_exhibition("idle_timeout_seconds: 60", "idle_timeout_seconds: 1")
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, "idle_timeout_seconds")
    assert "idle_timeout_seconds" in p.message and "5" in p.message


FIGURES_PANEL = """\
  - type: figures
    title:
      en: "Visitors"
      zh-Hans: "游客"
    figures:
      - value: {value}
        style: compact
        caption:
          en: "visitors a year"
          zh-Hans: "年游客量"
    sources:
      - title: "Annual report"
"""


def test_figures_panel_loads(content):
    content.write_section(SECTION_YAML + FIGURES_PANEL.format(value=1482000))
    result = content.load()
    assert result.problems == [], describe(result.problems)
    assert result.content.sections[0].panels[1].figures[0].value == 1482000


@pytest.mark.parametrize("written", ['"1,482,000"', "1,482,000", "1.5 million"])
def test_figure_value_with_commas_or_words(content, written):
    text = SECTION_YAML + FIGURES_PANEL.format(value=written)
    content.write_section(text)
    p = only(content.load().problems, severity="error")
    assert p.path == content.section
    assert p.line == line_of(text, f"- value: {written}")
    assert ".value" in p.message
    assert "valid number" in p.message
    assert "1482000" in p.message and "without commas" in p.message


def test_errors_inside_figures_and_quote_panels_point_at_the_right_line(content):
    panels = """\
  - type: figures
    title: {en: "V", zh-Hans: "游"}
    figures:
      - style: compact
        caption: {en: "v", zh-Hans: "游"}
        value: "1,482,000"
    sources:
      - title: "Report"
  - type: quote
    title: {en: "V", zh-Hans: "游"}
    quote: {en: "q", zh-Hans: "引"}
    attribution: {en: "a", zh-Hans: "甲"}
    attributon: {en: "a", zh-Hans: "甲"}
"""
    text = SECTION_YAML + panels
    content.write_section(text)
    problems = content.load().problems
    value = only(problems, contains="valid number")
    assert (value.line, value.column) == (line_of(text, 'value: "1,482,000"'), 16)  # currently 42:7, the '- style' line
    assert "figures.figures" not in value.message  # currently 'panels.1.figures.figures.0.value'
    unknown = only(problems, contains="unknown key 'attributon'")
    assert unknown.line == line_of(text, "attributon:")  # currently the 'quote:' line
    assert "did you mean 'attribution'" in unknown.message  # currently "allowed here: " with an empty list


def test_title_as_plain_text_shows_the_language_map_example(content):
    text = content.replace_in_section('title:\n  en: "Dazu Rock Carvings"\n  zh-Hans: "大足石刻"\n', "title: Dazu Rock Carvings\n")
    p = only(content.load().problems, severity="error")
    assert p.path == content.section
    assert (p.line, p.column) == (line_of(text, "title: Dazu Rock Carvings"), 8)
    assert p.message.startswith("title:")
    assert "language map" in p.message
    assert "en: Dazu Rock Carvings" in p.message and "zh-Hans: 大足石刻" in p.message


def test_number_where_text_is_expected_says_use_quotes(content):
    text = content.replace_in_section('  rights: "CC BY 4.0"\npanels:', "  rights: 4\npanels:")
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, "rights: 4")
    assert "cover.rights" in p.message and "double quotes" in p.message


def test_list_where_a_map_is_expected(content):
    text = content.section.read_text("utf-8")
    start, end = text.index("cover:\n"), text.index("panels:\n")
    text = text[:start] + "cover:\n  - media/cover.png\n" + text[end:]
    content.write_section(text)
    p = only(content.load().problems, severity="error")
    assert (p.line, p.column) == (line_of(text, "  - media/cover.png"), 3)
    assert "cover" in p.message and "key: value pairs" in p.message


def test_bad_accent_colour(content):
    text = content.replace_in_section("panels:\n", 'accent: "red"\npanels:\n')
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, "accent:")
    assert "accent" in p.message


def test_unknown_panel_type_lists_the_types(content):
    text = content.replace_in_section("  - type: story", "  - type: storey")
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, "- type: storey")
    assert "story, gallery, figures, timeline, comparison, quote" in p.message


def test_bad_language_tag(content):
    text = content.replace_in_exhibition("  - code: en\n", "  - code: english\n")
    p = only(content.load().problems, contains="not a BCP 47 language tag")
    assert p.path == content.exhibition
    assert p.line == line_of(text, "code: english")
    assert "'english'" in p.message and "write 'en'" in p.message


@pytest.mark.parametrize("written, hint", [
    ("english", "for English write 'en'"),
    ("zh_Hans", "write 'zh-Hans'"),
    ("xx", "not a known language code"),
    ("zh-Hanz", "not a known script"),
    ("Dazu", "BCP 47"),
])
def test_bad_language_key_in_a_text_points_at_the_key(content, written, hint):
    text = content.replace_in_section('  en: "Dazu Rock Carvings"', f'  {written}: "Dazu Rock Carvings"')
    p = only(content.load().problems, severity="error")
    assert p.path == content.section
    assert p.line == line_of(text, f'{written}: "Dazu Rock Carvings"')
    assert p.message.startswith("title: ")
    assert hint in p.message


@pytest.mark.parametrize("tag", ["ar", "zh-Hant", "pt-BR", "sr-Latn", "es-419", "en-GB-oxendict"])
def test_any_bcp47_tag_is_a_language_key(content, tag):
    content.replace_in_section('  zh-Hans: "大足石刻"', f'  zh-Hans: "大足石刻"\n  {tag}: "Dazu"')
    result = content.load()
    assert result.ok, describe(result.problems)


def test_default_language_not_offered(content):
    text = content.replace_in_exhibition("default_language: en", "default_language: fr")
    p = only(content.load().problems, severity="error")
    assert p.path == content.exhibition
    assert "default_language 'fr'" in p.message and "'en', 'zh-Hans'" in p.message
    # A whole-model rule: today it points at the top of the file; the key's own line would be better.
    assert p.line in (1, line_of(text, "default_language: fr"))


def test_missing_required_key(content):
    text = content.replace_in_section('  rights: "CC BY 4.0"\npanels:', "panels:")
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, "cover:") + 1  # the cover's first key
    assert "'rights' is missing" in p.message and "add a line 'rights:'" in p.message


# ── sections and files ───────────────────────────────────────────────────────


def test_section_without_a_file(content):
    text = content.replace_in_exhibition("  - demo\n", "  - demo\n  - ghost\n")
    p = only(content.load().problems, severity="error")
    assert p.path == content.exhibition
    assert p.line == line_of(text, "- ghost")
    assert "section 'ghost'" in p.message and "sections/ghost.yaml" in p.message


def test_section_id_must_match_file_name(content):
    text = content.replace_in_section("id: demo", "id: other")
    p = only(content.load().problems, severity="error")
    assert (p.path, p.line) == (content.section, line_of(text, "id: other"))
    assert "write 'id: demo'" in p.message


def test_section_file_not_listed_is_a_warning(content):
    (content.root / "sections" / "extra.yaml").write_text(SECTION_YAML.replace("id: demo", "id: extra"), "utf-8")
    result = content.load()
    p = only(result.problems)
    assert p.severity.value == "warning"
    assert p.path == content.root / "sections" / "extra.yaml"
    assert "- extra" in p.message
    assert result.ok


def test_missing_exhibition_file(content):
    content.exhibition.unlink()
    p = only(content.load().problems)
    assert p.path == content.exhibition
    assert "exhibition.yaml is missing" in p.message


def test_content_folder_that_does_not_exist(tmp_path):
    from kiosk.core.loader import load_content

    result = load_content(tmp_path / "nowhere")
    p = only(result.problems)
    assert "does not exist" in p.message
    assert not result.ok


# ── 6. translations, empty text, sources ─────────────────────────────────────


def test_missing_translation_warns_with_language_and_line(content):
    text = content.replace_in_section('  zh-Hans: "9至13世纪的摩崖造像。"\n', "")
    result = content.load()
    p = only(result.problems)
    assert p.severity.value == "warning"
    assert p.path == content.section
    assert p.line == line_of(text, 'en: "Cliff carvings')  # the summary's language map
    assert "summary has no 'zh-Hans' text" in p.message
    assert "add a line 'zh-Hans: ...'" in p.message
    assert result.ok  # visitors fall back to English; it is not an error


def test_missing_translation_deep_in_a_panel(content):
    text = content.replace_in_section('        zh-Hans: "五处石刻点地图。"\n', "")
    p = only(content.load().problems, severity="warning")
    assert p.line == line_of(text, 'en: "Map of the five sites."')
    assert "panels.0.image.alt has no 'zh-Hans' text" in p.message


def test_regional_tag_counts_as_a_translation(content):
    content.replace_in_section('  zh-Hans: "9至13世纪的摩崖造像。"', '  zh: "9至13世纪的摩崖造像。"')
    # 'zh' serves zh-Hans visitors (zh-Hans -> zh is step 2 of the fallback), so nothing is missing.
    result = content.load()
    assert result.problems == [], describe(result.problems)


def test_empty_text_is_an_error(content):
    text = content.replace_in_section('  zh-Hans: "大足石刻"', '  zh-Hans: "  "')
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, 'zh-Hans: "  "')
    assert "title.zh-Hans is empty" in p.message


def test_story_without_sources_warns(content):
    text = content.section.read_text("utf-8")
    text = text[: text.index("    sources:")]
    content.write_section(text)
    result = content.load()
    p = only(result.problems)
    assert p.severity.value == "warning"
    assert p.line == line_of(text, "- type: story")
    assert "story panel states facts but has no sources" in p.message
    assert result.ok


def test_partial_language_is_counted_once_not_listed_text_by_text(content):
    content.replace_in_exhibition("  - code: zh-Hans\n", "  - code: ar\n    partial: true\n  - code: zh-Hans\n")
    text = content.exhibition.read_text("utf-8")
    p = only(content.load().problems, contains="still being translated")
    assert p.severity.value == "warning" and p.line == line_of(text, "partial: true")
    assert "'ar'" in p.message and "show in en" in p.message
    written = sum(1 for line in (content.exhibition.read_text("utf-8") + content.section.read_text("utf-8")).splitlines()
                  if line.strip().startswith(("en:", "- en:")) or "{en:" in line)
    assert f"{written} text(s)" in p.message
