"""The exhibition shipped in content/ loads cleanly (the glyph check is left to test_fonts.py)."""

from __future__ import annotations

from contentkit import BUNDLED_CONTENT, describe

from kiosk.core.loader import load_content


def test_bundled_yaml_is_clean_without_media():
    result = load_content(BUNDLED_CONTENT, check_media=False)
    # Arabic is marked partial (Baiheliang and the exhibition's own words): one counted line, nothing else.
    partial = [p for p in result.problems if "'ar' is still being translated" in p.message]
    assert len(partial) == 1 and not partial[0].is_error
    others = [p for p in result.problems if p not in partial]
    assert others == [], "content/ has problems:\n" + describe(others)
    assert result.ok
    listed = result.content.exhibition.sections
    assert [s.id for s in result.content.sections] == listed
    on_disk = sorted(p.stem for p in (BUNDLED_CONTENT / "sections").glob("*.yaml"))
    assert sorted(listed) == on_disk


def test_bundled_arabic_covers_what_every_visitor_passes_and_the_baiheliang_section():
    from kiosk.core.languages import has_own
    from kiosk.core.records import walk

    content = load_content(BUNDLED_CONTENT, check_media=False).content
    ex = content.exhibition
    assert all(has_own(v, "ar") for _, v in walk(ex) if isinstance(v, dict))
    for section in content.sections:
        assert has_own(section.title, "ar") and has_own(section.summary, "ar"), section.id
    baiheliang = next(s for s in content.sections if s.id == "baiheliang")
    missing = [at for at, v in walk(baiheliang) if isinstance(v, dict) and not has_own(v, "ar")]
    assert missing == []


def test_bundled_content_loads_with_every_media_file():
    """Fails (never skips) while pictures are still being drawn, listing the files still missing."""
    result = load_content(BUNDLED_CONTENT)
    missing = sorted({p.message.split("'")[1] for p in result.errors if "does not exist" in p.message})
    assert not missing, f"{len(missing)} media file(s) referenced by content/ are missing:\n  " + "\n  ".join(missing)
    assert result.errors == [], "content/ has errors:\n" + describe(result.errors)
    assert result.ok
    # Every picture was actually opened and measured.
    assert result.media and all(info.width > 0 and info.height > 0 for info in result.media.values()), result.media
