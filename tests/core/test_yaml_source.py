"""Reading YAML: syntax errors, duplicate keys, YAML 1.1 surprises and unsafe tags, each at its line."""

from __future__ import annotations

import time

import pytest
from contentkit import describe, line_of, only

from kiosk.core.yaml_source import MAX_NODES, read_yaml

# ── 1. syntax errors ─────────────────────────────────────────────────────────


def test_unquoted_colon_in_language_map_is_a_syntax_error_with_a_quote_hint(content):
    text = content.replace_in_section('  en: "Dazu Rock Carvings"', "  en: Dazu: carvings")
    result = content.load()
    p = only(result.problems, severity="error")
    assert p.path == content.section
    assert p.line == line_of(text, "en: Dazu: carvings") == 3
    assert p.column == 11  # the second ':'; the first one made 'en' a key
    assert "YAML syntax" in p.message
    assert "double quotes" in p.message
    assert result.content is None and not result.ok


def test_syntax_error_in_exhibition_file_stops_before_sections(content):
    text = content.replace_in_exhibition('  en: "Heritage Demo"', "  en: Heritage: a demo")
    result = content.load()
    p = only(result.problems)
    assert p.path == content.exhibition
    assert p.line == line_of(text, "Heritage: a demo")
    assert "quotes" in p.message


def test_tab_indentation_says_use_spaces(content):
    text = content.replace_in_section('  en: "Cliff carvings', '\ten: "Cliff carvings')
    p = only(content.load().problems, severity="error")
    assert p.path == content.section
    assert p.line == line_of(text, '\ten: "Cliff')
    assert "tabs" in p.message and "spaces" in p.message


def _unclose_last_quote(content):
    return content.replace_in_section('publisher: "UNESCO World Heritage Centre"', 'publisher: "UNESCO World Heritage Centre')


def test_unclosed_quote_says_close_it(content):
    _unclose_last_quote(content)
    p = only(content.load().problems, severity="error")
    assert p.path == content.section
    assert "YAML syntax" in p.message
    assert "quote" in p.message and "not closed" in p.message


def test_unclosed_quote_points_at_the_line_where_it_opens(content):
    text = _unclose_last_quote(content)
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, 'publisher: "UNESCO World Heritage Centre')  # currently one past the last line


def test_file_that_is_not_utf8_names_the_line(content):
    raw = content.section.read_bytes().replace("大足石刻".encode(), "大足石刻".encode("gbk"))
    content.section.write_bytes(raw)
    p = only(content.load().problems, severity="error")
    assert p.path == content.section
    assert p.line == 4
    assert "UTF-8" in p.message


def test_two_documents_in_one_file_is_an_error(content):
    content.write_section(content.section.read_text("utf-8") + "---\nid: other\n")
    p = only(content.load().problems, severity="error")
    assert p.path == content.section
    assert "exactly one YAML document" in p.message


def test_empty_section_file_is_an_error_not_a_crash(content):
    content.write_section("# nothing yet\n")
    p = only(content.load().problems, severity="error")
    assert p.path == content.section
    assert "one YAML document" in p.message


def test_top_level_list_is_an_error(content):
    content.write_section("- id: demo\n")
    p = only(content.load().problems, severity="error")
    assert (p.path, p.line) == (content.section, 1)
    assert "key: value pairs" in p.message


# ── 2. duplicate keys ────────────────────────────────────────────────────────


def test_duplicate_key_names_the_key_and_the_first_line(content):
    text = content.replace_in_section('  rights: "CC BY 4.0"\npanels:', '  rights: "CC BY 4.0"\n  rights: "All rights reserved"\npanels:')
    result = content.load()
    p = only(result.problems, severity="error")
    first = line_of(text, 'rights: "CC BY 4.0"')
    assert p.path == content.section
    assert p.line == line_of(text, 'rights: "All rights reserved"') == first + 1
    assert p.column == 3
    assert "duplicate key 'rights'" in p.message
    assert f"first on line {first}" in p.message
    assert result.content is None


def test_duplicate_language_in_a_language_map(content):
    text = content.replace_in_section('  zh-Hans: "大足石刻"', '  zh-Hans: "大足石刻"\n  en: "Dazu"')
    p = only(content.load().problems, severity="error")
    assert p.line == line_of(text, 'en: "Dazu"')
    first = line_of(text, 'en: "Dazu Rock Carvings"')
    assert "duplicate key 'en'" in p.message
    assert f"first on line {first}" in p.message


# ── 5. YAML 1.1 surprises ────────────────────────────────────────────────────


@pytest.mark.parametrize("word", ["no", "yes", "on", "off", "No", "OFF"])
def test_yaml11_booleans_warn_and_stay_text(content, word):
    text = content.replace_in_section('  en: "Dazu Rock Carvings"', f"  en: {word}")
    result = content.load()
    p = only(result.problems)
    assert p.severity.value == "warning"
    assert p.path == content.section
    assert (p.line, p.column) == (line_of(text, f"  en: {word}"), 7)
    assert f"'{word}'" in p.message
    assert "quotes" in p.message and f'"{word}"' in p.message
    assert "bool" in p.message
    # A warning, not an error: the content loads and keeps the word as text.
    assert result.ok
    assert result.content.sections[0].title["en"] == word


def test_yaml11_boolean_in_a_plain_text_field_is_kept_as_text(content):
    text = content.replace_in_section('  rights: "CC BY 4.0"\npanels:', "  rights: yes\npanels:")
    result = content.load()
    p = only(result.problems, severity="warning")
    assert p.line == line_of(text, "rights: yes")
    assert result.ok
    assert result.content.sections[0].cover.rights == "yes"


def test_sexagesimal_number_warns_and_stays_text(content):
    text = content.replace_in_section('      en: "Five sites were inscribed in 1999."', "      en: 1:20")
    result = content.load()
    p = only(result.problems, severity="warning")
    assert p.line == line_of(text, "en: 1:20")
    assert "'1:20'" in p.message and "int" in p.message
    assert result.ok
    assert result.content.sections[0].panels[0].body["en"] == "1:20"


def test_quoted_yaml11_words_do_not_warn(content):
    content.replace_in_section('  en: "Dazu Rock Carvings"', '  en: "no"')
    result = content.load()
    assert result.problems == [], describe(result.problems)
    assert result.content.sections[0].title["en"] == "no"


def test_core_schema_scalars(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: true\nb: 3\nc: 0x1F\nd: 2.5\ne: ~\nf: -.inf\ng: text\nh: 012\n", "utf-8")
    problems = []
    doc = read_yaml(path, problems)
    assert problems == []
    assert doc.data == {"a": True, "b": 3, "c": 31, "d": 2.5, "e": None, "f": float("-inf"), "g": "text", "h": 12}
    assert doc.where(("c",)) == (3, 4)
    assert doc.key_where(("c",)) == (3, 1)


def test_plain_nan_does_not_crash(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("value: .nan\n", "utf-8")
    problems = []
    doc = read_yaml(path, problems)  # currently: ValueError: could not convert string to float: '.nan'
    assert doc is not None
    assert doc.data["value"] != doc.data["value"]  # NaN


def test_very_long_number_does_not_crash(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("value: " + "9" * 5000 + "\n", "utf-8")
    problems = []
    read_yaml(path, problems)  # currently: ValueError: Exceeds the limit (4300 digits)
    assert all(p.line == 1 for p in problems)


# ── 9. unsafe tags ───────────────────────────────────────────────────────────


def test_python_tag_is_an_error_and_runs_nothing(content, tmp_path):
    marker = tmp_path / "pwned"
    text = content.replace_in_section(
        '  rights: "CC BY 4.0"\npanels:',
        f'  rights: !!python/object/apply:os.system ["touch {marker}"]\npanels:',
    )
    result = content.load()
    tag_errors = [p for p in result.problems if "tag" in p.message]
    assert len(tag_errors) == 1, describe(result.problems)
    p = tag_errors[0]
    assert p.severity.value == "error"
    assert p.path == content.section
    assert (p.line, p.column) == (line_of(text, "!!python/object"), 11)
    assert "'!!python/object/apply:os.system' is not allowed" in p.message
    assert not marker.exists()
    assert result.content is None


@pytest.mark.parametrize("tagged", [
    '!!python/object/apply:pathlib.Path.touch [["{marker}"]]',
    "!!python/name:os.system",
    '!!python/object/new:pathlib.Path ["{marker}"]',
    "!custom x",
    "!!binary aGk=",
])
def test_other_tags_are_errors_and_construct_nothing(content, tmp_path, tagged):
    marker = tmp_path / "made-by-yaml"
    text = content.replace_in_section('  en: "Dazu Rock Carvings"', "  en: " + tagged.format(marker=marker))
    result = content.load()
    p = only(result.problems, contains="is not allowed")
    assert p.line == line_of(text, "  en: !")
    assert "tag" in p.message
    assert not marker.exists()
    assert not result.ok


def test_billion_laughs_aliases_stop_quickly(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    problems = []
    start = time.monotonic()
    doc = read_yaml(path, problems)
    assert time.monotonic() - start < 10
    assert doc is None
    p = only(problems, severity="error")
    assert str(MAX_NODES) in p.message and "aliases" in p.message


def test_undefined_alias_is_a_syntax_error_with_a_hint(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\nb: *nowhere\n", "utf-8")
    problems = []
    assert read_yaml(path, problems) is None
    p = only(problems)
    assert p.line == 2
    assert "anchor" in p.message
