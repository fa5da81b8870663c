"""The exhibition shipped in content/ loads cleanly (the glyph check is left to test_fonts.py)."""

from __future__ import annotations

from contentkit import BUNDLED_CONTENT, describe

from kiosk.core.loader import load_content


def test_bundled_yaml_is_clean_without_media():
    result = load_content(BUNDLED_CONTENT, check_media=False)
    assert result.problems == [], "content/ has problems:\n" + describe(result.problems)
    assert result.ok
    listed = result.content.exhibition.sections
    assert [s.id for s in result.content.sections] == listed
    on_disk = sorted(p.stem for p in (BUNDLED_CONTENT / "sections").glob("*.yaml"))
    assert sorted(listed) == on_disk


def test_bundled_content_loads_with_every_media_file():
    """Fails (never skips) while pictures are still being drawn, listing the files still missing."""
    result = load_content(BUNDLED_CONTENT)
    missing = sorted({p.message.split("'")[1] for p in result.errors if "does not exist" in p.message})
    assert not missing, f"{len(missing)} media file(s) referenced by content/ are missing:\n  " + "\n  ".join(missing)
    assert result.errors == [], "content/ has errors:\n" + describe(result.errors)
    assert result.ok
    # Every picture was actually opened and measured.
    assert result.media and all(info.width > 0 and info.height > 0 for info in result.media.values()), result.media
