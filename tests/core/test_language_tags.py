"""BCP 47 tags: which are accepted, what curators are told, endonyms and writing direction (CLDR via Babel)."""

from __future__ import annotations

import pytest

from kiosk.core.language_tags import endonym, right_to_left, tag_problem


@pytest.mark.parametrize("tag", ["en", "ar", "zh-Hans", "zh-Hant", "pt-BR", "sr-Latn", "es-419", "de-CH-1996",
                                 "en-GB-oxendict", "ZH-hans", "en-US-x-museum"])
def test_valid_tags_are_accepted(tag):
    assert tag_problem(tag) is None


@pytest.mark.parametrize("tag, says", [
    ("english", "for English write 'en'"),
    ("Arabic", "for Arabic write 'ar'"),
    ("zh_Hans", "write 'zh-Hans'"),
    ("pt_BR", "write 'pt-BR'"),
    ("xx", "'xx' is not a known language code"),
    ("zh-Hanz", "'hanz' in 'zh-Hanz' is not a known script"),
    ("pt-QQ", "'qq' in 'pt-QQ' is not a known region"),
    ("1234", "write a BCP 47 tag, e.g. en, zh-Hans, ar"),
    ("en-", "write a BCP 47 tag"),
    ("", "write a BCP 47 tag"),
    ("en\n", "write a BCP 47 tag"),
])
def test_junk_is_refused_with_a_way_out(tag, says):
    problem = tag_problem(tag)
    assert problem is not None and says in problem


@pytest.mark.parametrize("tag, rtl", [("ar", True), ("ar-EG", True), ("he", True), ("fa", True), ("ur", True),
                                      ("en", False), ("zh-Hans", False), ("sr-Latn", False), ("xx-Nonsense", False)])
def test_writing_direction_comes_from_cldr(tag, rtl):
    assert right_to_left(tag) is rtl


def test_each_language_is_named_in_itself():
    offered = ["en", "zh-Hans", "ar"]
    assert [endonym(t, offered) for t in offered] == ["English", "中文", "العربية"]


def test_script_or_region_is_named_only_to_tell_two_offered_tags_apart():
    offered = ["pt-BR", "pt-PT", "zh-Hans", "zh-Hant", "es"]
    names = [endonym(t, offered) for t in offered]
    assert names == ["Português (Brasil)", "Português (Portugal)", "中文 (简体)", "中文 (繁體)", "Español"]
    assert endonym("sr-Latn") == "Srpski"
    assert endonym("qaa") == "qaa"  # private use: no name to give, the tag itself
