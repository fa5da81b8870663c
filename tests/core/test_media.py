"""Media files: missing, empty, damaged, misnamed, too large, unsafe SVG, and paths that leave the content folder."""

from __future__ import annotations

import os
import struct
import time
import zlib

import pytest
from contentkit import describe, jpeg_bytes, line_of, only, png_bytes

from kiosk.core import media
from kiosk.core.media import MediaError, inspect


def _section_cover_problem(content, contains: str):
    """The problem the section's cover reports (the attract slide uses the same file, in exhibition.yaml)."""
    result = content.load()
    p = only(result.problems, path=content.section, contains=contains)
    assert p.severity.value == "error"
    text = content.section.read_text("utf-8")
    assert (p.line, p.column) == (line_of(text, "cover:") + 1, 9), describe(result.problems)  # the cover's file: value
    assert result.content is None
    return p, result


def _use_for_cover(content, name: str) -> None:
    """Point the section's cover (only) at media/<name>; the attract slide keeps cover.png."""
    content.replace_in_section("file: media/cover.png", f"file: media/{name}")


def _png_claiming(width: int, height: int) -> bytes:
    """A 1×1 PNG whose IHDR claims width×height, with the CRC fixed so the header itself is valid."""
    data = bytearray(png_bytes((1, 1)))
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


# ── 7. files that are missing or damaged ─────────────────────────────────────


def test_missing_file_is_reported_in_both_files_that_use_it(content):
    (content.media / "cover.png").unlink()
    p, result = _section_cover_problem(content, "does not exist")
    assert "'media/cover.png' does not exist" in p.message
    slide = only(result.problems, path=content.exhibition)
    assert slide.line == line_of(content.exhibition.read_text("utf-8"), "file: media/cover.png")
    assert len(result.errors) == 2


def test_misspelt_file_name(content):
    _use_for_cover(content, "covr.png")
    p, _ = _section_cover_problem(content, "does not exist")
    assert "'media/covr.png'" in p.message and "check the spelling" in p.message


def test_empty_file(content):
    (content.media / "empty.png").write_bytes(b"")
    _use_for_cover(content, "empty.png")
    p, _ = _section_cover_problem(content, "empty")
    assert "'media/empty.png' is empty (0 bytes)" in p.message


def test_truncated_png(content):
    whole = png_bytes((64, 64))
    (content.media / "cut.png").write_bytes(whole[: len(whole) // 2])
    _use_for_cover(content, "cut.png")
    p, _ = _section_cover_problem(content, "cut.png")
    assert "damaged or cut short" in p.message and "export it again" in p.message


def test_truncated_jpeg(content):
    whole = jpeg_bytes()
    (content.media / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    _use_for_cover(content, "cut.jpg")
    p, _ = _section_cover_problem(content, "cut.jpg")
    assert "damaged or cut short" in p.message


def test_whole_jpeg_and_webp_are_fine(content):
    from io import BytesIO

    from PIL import Image

    (content.media / "ok.jpg").write_bytes(jpeg_bytes((1600, 1200)))
    buf = BytesIO()
    Image.new("RGB", (1300, 2000), "white").save(buf, "WEBP")
    (content.media / "ok.webp").write_bytes(buf.getvalue())
    _use_for_cover(content, "ok.jpg")
    content.replace_in_section("file: media/map.svg", "file: media/ok.webp")
    result = content.load()
    assert not result.errors, describe(result.problems)
    assert all("nothing uses" in p.message for p in result.problems), describe(result.problems)  # the replaced files
    assert (result.media["media/ok.jpg"].width, result.media["media/ok.jpg"].height) == (1600, 1200)
    assert result.media["media/ok.webp"].format == "WEBP"


def test_png_bytes_named_jpg(content):
    (content.media / "photo.jpg").write_bytes(png_bytes())
    _use_for_cover(content, "photo.jpg")
    p, _ = _section_cover_problem(content, "photo.jpg")
    assert "really a PNG file but is named .jpg" in p.message and "rename" in p.message


def test_garbage_bytes(content):
    (content.media / "noise.png").write_bytes(bytes(range(256)) * 4)
    _use_for_cover(content, "noise.png")
    p, _ = _section_cover_problem(content, "noise.png")
    assert "not a readable image" in p.message


def test_text_file_named_png(content):
    (content.media / "notes.png").write_text("to do: find the real photo\n", "utf-8")
    _use_for_cover(content, "notes.png")
    p, _ = _section_cover_problem(content, "notes.png")
    assert "not a readable image" in p.message


def test_extension_not_allowed(content):
    (content.media / "cover.gif").write_bytes(b"GIF89a")
    _use_for_cover(content, "cover.gif")
    p, _ = _section_cover_problem(content, "cover.gif")
    assert ".gif is not an allowed image type" in p.message and ".png" in p.message and ".svg" in p.message


def test_decompression_bomb_header_is_refused_without_decoding(content):
    (content.media / "bomb.png").write_bytes(_png_claiming(60_000, 60_000))  # 3.6 gigapixels in 70 bytes
    _use_for_cover(content, "bomb.png")
    start = time.monotonic()
    p, _ = _section_cover_problem(content, "bomb.png")
    assert time.monotonic() - start < 5
    assert "too large" in p.message and "250 MP" in p.message


def test_picture_over_the_pixel_limit(content, monkeypatch):
    monkeypatch.setattr(media, "MAX_PIXELS", 1_000_000)  # the 1600×1000 cover has 1.6 million pixels
    p, _ = _section_cover_problem(content, "cover.png")
    assert "1600×1000" in p.message
    assert "scale it down" in p.message


def test_picture_under_the_pixel_limit_is_not_called_too_large(tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "big.png").write_bytes(_png_claiming(14_000, 14_000))  # 196 MP < MAX_PIXELS
    assert 14_000 * 14_000 < media.MAX_PIXELS
    with pytest.raises(MediaError) as caught:  # its pixel data is fake, so it must fail as damaged
        inspect(tmp_path, "media/big.png")
    assert "too large" not in str(caught.value)


def test_svg_with_external_link(content):
    (content.media / "map.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">'
        '<image xlink:href="https://example.com/tiles/1.png" width="10" height="10"/></svg>', "utf-8")
    result = content.load()
    p = only(result.problems, severity="error")
    assert p.path == content.section
    assert p.line == line_of(content.section.read_text("utf-8"), "file: media/map.svg")
    assert "links to 'https://example.com/tiles/1.png'" in p.message and "embed" in p.message


def test_svg_linking_to_a_file_next_to_it(tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><use href="b.svg#x"/></svg>')
    with pytest.raises(MediaError, match="links to 'b.svg#x'"):
        inspect(tmp_path, "media/a.svg")


def test_svg_internal_reference_is_fine(tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="12px" height="7"><defs><g id="x"/></defs><use href="#x"/></svg>')
    info = inspect(tmp_path, "media/a.svg")
    assert (info.width, info.height, info.format) == (12, 7, "SVG")


def test_svg_with_embedded_data_uri_image_is_fine(tmp_path):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 4 4">'
        '<image width="4" height="4" xlink:href="data:image/png;base64,iVBORw0KGgo="/></svg>')
    assert inspect(tmp_path, "media/a.svg").format == "SVG"


@pytest.mark.parametrize("svg, expected", [
    ("<svg xmlns='http://www.w3.org/2000/svg'><g></svg>", "not valid SVG"),
    ("<html xmlns='http://www.w3.org/1999/xhtml'/>", "not an SVG drawing"),
    ("<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
     "<svg xmlns='http://www.w3.org/2000/svg'><text>&x;</text></svg>", "not valid SVG"),
])
def test_broken_svg(tmp_path, svg, expected):
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.svg").write_text(svg)
    with pytest.raises(MediaError, match=expected):
        inspect(tmp_path, "media/a.svg")


def test_svg_entity_bomb_is_refused_quickly(tmp_path):
    entities = '<!ENTITY a0 "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.svg").write_text(
        f"<?xml version='1.0'?><!DOCTYPE svg [{entities}]><svg xmlns='http://www.w3.org/2000/svg'><text>&a9;</text></svg>")
    start = time.monotonic()
    with pytest.raises(MediaError, match="not valid SVG"):
        inspect(tmp_path, "media/a.svg")
    assert time.monotonic() - start < 5


# ── 8. paths that leave the content folder ───────────────────────────────────


def test_parent_directory_path(content):
    (content.root.parent / "secret.png").write_bytes(png_bytes())  # exists, so only the path rule can refuse it
    text = content.replace_in_section("file: media/cover.png", "file: ../secret.png")
    result = content.load()
    p = only(result.problems, path=content.section)
    assert p.line == line_of(text, "file: ../secret.png")
    assert "'../secret.png' leaves the content folder" in p.message
    assert "media/secret.png" in p.message
    assert "../secret.png" not in result.media


def test_sneaky_parent_path_through_media(content):
    (content.root.parent / "secret.png").write_bytes(png_bytes())
    content.replace_in_section("file: media/cover.png", "file: media/../../secret.png")
    p = only(content.load().problems, path=content.section)
    assert "leaves the content folder" in p.message


def test_absolute_path(content):
    text = content.replace_in_section("file: media/cover.png", "file: /etc/passwd")
    p = only(content.load().problems, path=content.section)
    assert p.line == line_of(text, "file: /etc/passwd")
    assert "'/etc/passwd' is an absolute path" in p.message and "media/passwd" in p.message


def test_backslash_path(content):
    content.replace_in_section("file: media/cover.png", 'file: "media\\\\cover.png"')
    p = only(content.load().problems, path=content.section)
    assert "backslashes" in p.message


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlink_inside_media_pointing_outside(content):
    outside = content.root.parent / "elsewhere.png"
    outside.write_bytes(png_bytes())
    (content.media / "cover.png").unlink()
    try:
        (content.media / "cover.png").symlink_to(outside)
    except OSError as exc:  # e.g. Windows without developer mode
        pytest.skip(f"cannot create symlinks here: {exc}")
    result = content.load()
    for path in (content.section, content.exhibition):
        p = only(result.problems, path=path)
        assert "'media/cover.png' leaves the content folder" in p.message
    assert result.content is None


def test_symlink_that_stays_inside_is_fine(content):
    (content.media / "alias.png").symlink_to(content.media / "cover.png")
    _use_for_cover(content, "alias.png")
    result = content.load()
    assert result.problems == [], describe(result.problems)


def test_resolve_inside_accepts_nested_media(tmp_path):
    (tmp_path / "media" / "dazu").mkdir(parents=True)
    assert media.resolve_inside(tmp_path, "media/dazu/a.png") == (tmp_path / "media" / "dazu" / "a.png").resolve()
    for bad in ("", " media/a.png", "../a.png", "/abs.png"):
        with pytest.raises(MediaError):
            media.resolve_inside(tmp_path, bad)


def test_a_small_photograph_is_called_soft(content):
    (content.media / "small.jpg").write_bytes(jpeg_bytes((640, 480)))
    _use_for_cover(content, "small.jpg")
    warnings = [p for p in content.load().problems if "look soft" in p.message]
    assert warnings and "640×480" in warnings[0].message and "1280 px" in warnings[0].message
    assert warnings[0].line > 0


def test_media_nothing_uses_is_reported(content):
    (content.media / "leftover.png").write_bytes(png_bytes((1600, 1000)))
    problems = [p for p in content.load().problems if "leftover.png" in p.message]
    assert len(problems) == 1 and "nothing uses 'media/leftover.png'" in problems[0].message


def test_pillow_opens_content_pictures_under_the_kiosks_own_limit():
    """Pillow's guard is set where the kiosk decodes content pictures, not as a side effect of some import."""
    import subprocess
    import sys

    probe = "import kiosk.core.colour; from PIL import Image; print(Image.MAX_IMAGE_PIXELS)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert int(out.stdout.strip()) == media.MAX_PIXELS == 250_000_000
