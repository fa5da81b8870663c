"""CMYK, 16-bit and turned photographs are valid content: `kiosk validate` accepts them."""

from __future__ import annotations

from contentkit import describe
from PIL import Image


def _use_for_cover(content, name: str) -> None:
    content.replace_in_section("file: media/cover.png", f"file: media/{name}")


def test_cmyk_jpeg_is_valid(content):
    Image.new("RGB", (1600, 1200), (180, 90, 40)).convert("CMYK").save(content.media / "print.jpg", "JPEG")
    _use_for_cover(content, "print.jpg")
    result = content.load()
    assert not result.errors, describe(result.problems)
    assert result.media["media/print.jpg"].format == "JPEG"


def test_sixteen_bit_png_is_valid(content):
    Image.new("I;16", (1600, 1200), 30000).save(content.media / "scan.png")
    _use_for_cover(content, "scan.png")
    result = content.load()
    assert not result.errors, describe(result.problems)


def test_a_turned_photograph_reports_its_upright_size(content):
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.new("RGB", (1600, 1200), "grey").save(content.media / "tall.jpg", "JPEG", exif=exif.tobytes())
    _use_for_cover(content, "tall.jpg")
    info = content.load().media["media/tall.jpg"]
    assert (info.width, info.height) == (1200, 1600)
