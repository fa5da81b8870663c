"""Renditions: upright, sRGB, cached by content hash, made again only when the file changes."""

from __future__ import annotations

import io
import os
import struct
import zlib

from PIL import Image, ImageCms

from kiosk.core import renditions
from kiosk.core.colour import open_srgb
from kiosk.core.renditions import content_key, screen_rendition, thumbnail

BOX = (640, 360)


def _jpeg(path, size=(1600, 1200), color=(180, 90, 40), exif=None, mode="RGB"):
    im = Image.new("RGB", size, color)
    if mode == "CMYK":
        im = im.convert("CMYK")
    kwargs = {"exif": exif} if exif is not None else {}
    im.save(path, "JPEG", quality=95, **kwargs)
    return path


def _png_rgb16(path, size, rgb16):
    """A 16-bit-per-channel RGB PNG, written by hand: Pillow cannot write one."""
    w, h = size
    row = b"\x00" + struct.pack(">HHH", *rgb16) * w
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(row * h)) + chunk(b"IEND", b""))
    path.write_bytes(png)
    return path


def _close(a, b, tolerance=6):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_screen_rendition_covers_the_screen_and_is_not_made_twice(tmp_path):
    src = _jpeg(tmp_path / "cliff.jpg")
    first = screen_rendition(src, BOX)
    with Image.open(first) as im:
        assert im.size == (640, 480)  # covers 640x360 at the picture's own 4:3
    made_at = first.stat().st_mtime_ns
    assert screen_rendition(src, BOX) == first
    assert first.stat().st_mtime_ns == made_at, "an unchanged file must never be rendered again"
    assert first.parent.name == content_key(src)


def test_a_changed_file_gets_a_new_rendition(tmp_path):
    src = _jpeg(tmp_path / "cliff.jpg", color=(200, 30, 30))
    old = screen_rendition(src, BOX)
    _jpeg(src, color=(30, 30, 200))
    new = screen_rendition(src, BOX)
    assert new != old
    with Image.open(new) as im:
        r, g, b = im.getpixel((10, 10))
        assert b > 150 and r < 80


def test_small_pictures_are_never_enlarged_and_thumbnails_are_small(tmp_path):
    src = _jpeg(tmp_path / "small.jpg", size=(300, 200))
    with Image.open(screen_rendition(src, BOX)) as im:
        assert im.size == (300, 200)
    big = _jpeg(tmp_path / "big.jpg", size=(2000, 1000))
    with Image.open(thumbnail(big, BOX)) as im:
        assert im.size == (384, 192)


def test_exif_orientation_is_applied(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # turned a quarter: the camera was held upright
    src = _jpeg(tmp_path / "upright.jpg", size=(1200, 800), exif=exif.tobytes())
    with Image.open(screen_rendition(src, BOX)) as im:
        assert im.size[1] > im.size[0]


def test_cmyk_jpeg_renders_in_its_colour(tmp_path):
    src = _jpeg(tmp_path / "print.jpg", color=(180, 90, 40), mode="CMYK")
    with Image.open(src) as raw:
        assert raw.mode == "CMYK"
    with Image.open(screen_rendition(src, BOX)) as im:
        assert im.mode == "RGB"
        assert _close(im.getpixel((5, 5)), (180, 90, 40), 8), im.getpixel((5, 5))


def test_sixteen_bit_pictures_keep_their_tones(tmp_path):
    grey = tmp_path / "grey16.png"
    Image.new("I;16", (800, 600), 32896).save(grey)  # 32896 / 257 = 128: mid grey, not clipped white
    with Image.open(screen_rendition(grey, BOX)) as im:
        assert _close(im.convert("RGB").getpixel((5, 5)), (128, 128, 128), 2), im.getpixel((5, 5))
    rgb = _png_rgb16(tmp_path / "rgb16.png", (800, 600), (200 * 257, 100 * 257, 50 * 257))
    with Image.open(screen_rendition(rgb, BOX)) as im:
        assert _close(im.getpixel((5, 5)), (200, 100, 50), 2), im.getpixel((5, 5))


def test_embedded_colour_profile_is_converted_to_srgb(tmp_path):
    lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    src = tmp_path / "tagged.jpg"
    Image.new("RGB", (800, 600), (10, 200, 90)).save(src, "JPEG", quality=95, icc_profile=lab.tobytes())
    im = open_srgb(src)
    assert im.mode == "RGB" and _close(im.getpixel((5, 5)), (10, 200, 90), 6)


def test_transparent_pictures_stay_transparent(tmp_path):
    src = tmp_path / "cutout.png"
    Image.new("RGBA", (900, 600), (200, 10, 10, 0)).save(src)
    out = screen_rendition(src, BOX)
    assert out.suffix == ".png"
    with Image.open(out) as im:
        assert im.mode == "RGBA" and im.getpixel((3, 3))[3] == 0


def test_writes_are_atomic_and_leave_no_parts(tmp_path):
    src = _jpeg(tmp_path / "cliff.jpg")
    out = screen_rendition(src, BOX)
    thumbnail(src, BOX)
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".part-")]


def test_the_key_follows_the_bytes_not_the_name(tmp_path):
    a = _jpeg(tmp_path / "a.jpg")
    b = tmp_path / "b.jpg"
    b.write_bytes(a.read_bytes())
    assert content_key(a) == content_key(b)
    os.utime(b, ns=(1, 1))
    assert content_key(b) == content_key(a), "touching a file does not change its key"


def test_state_folder_holds_the_cache(tmp_path, state_dir):
    src = _jpeg(tmp_path / "cliff.jpg")
    assert state_dir in screen_rendition(src, BOX).parents
    assert renditions.cache_root() == state_dir / "renditions"


def test_broken_file_raises_instead_of_writing_a_bad_rendition(tmp_path):
    whole = io.BytesIO()
    Image.new("RGB", (900, 600), "white").save(whole, "PNG")
    src = tmp_path / "cut.png"
    src.write_bytes(whole.getvalue()[:200])
    try:
        screen_rendition(src, BOX)
    except OSError:
        pass
    else:
        raise AssertionError("a truncated file must not give a rendition")
    assert not list(renditions.folder_for(content_key(src)).glob("screen-*"))


def test_a_replaced_photograph_gets_a_new_picture_url(tmp_path):
    from kiosk.core.media import inspect
    from kiosk.core.picture_urls import picture_url

    _jpeg(tmp_path / "cliff.jpg", color=(200, 30, 30))
    first = inspect(tmp_path, "cliff.jpg")
    _jpeg(tmp_path / "cliff.jpg", size=(1600, 1100), color=(30, 30, 200))
    second = inspect(tmp_path, "cliff.jpg")
    assert picture_url("screen", second.path, second.version) != picture_url("screen", first.path, first.version)
    assert picture_url("thumb", first.path, first.version).startswith("image://kiosk/thumb/")
