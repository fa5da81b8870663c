"""Zoom tile pyramids and `kiosk cache`, with small generated pictures."""

from __future__ import annotations

from PIL import Image

from kiosk.cli import main
from kiosk.core import renditions, tiles

BOX = (320, 240)


def _chart(path, size):
    from kiosk.bench_pictures import write_chart

    return write_chart(path, *size)


def test_pyramid_levels_halve_down_to_one_tile(tmp_path):
    src = _chart(tmp_path / "wall.jpg", (1500, 700))
    p = tiles.build_pyramid(src, BOX)
    assert (p.width, p.height, p.levels) == (1500, 700, 4)  # 1500, 750, 375, 188
    assert p.level_size(3) == (188, 88)
    with Image.open(p.tile(0, 5, 2)) as corner:
        assert corner.size == (1500 - 5 * 256, 700 - 2 * 256)
    assert len(list((p.folder / "0").iterdir())) == 6 * 3
    assert renditions.existing(renditions.screen_path(renditions.content_key(src), BOX)), "made from a level"


def test_a_pyramid_is_made_once(tmp_path):
    src = _chart(tmp_path / "wall.jpg", (1200, 900))
    first = tiles.build_pyramid(src, BOX)
    stamp = (first.folder / "pyramid.json").stat().st_mtime_ns
    assert tiles.build_pyramid(src, BOX) == first
    assert (first.folder / "pyramid.json").stat().st_mtime_ns == stamp


def test_tile_pixels_match_the_original(tmp_path):
    src = _chart(tmp_path / "wall.jpg", (1100, 800))
    p = tiles.build_pyramid(src, BOX)
    with Image.open(src) as whole, Image.open(p.tile(0, 2, 1)) as tile:
        expected = whole.convert("RGB").crop((512, 256, 768, 512))
        diff = sum(abs(a - b) for a, b in zip(expected.getpixel((40, 40)), tile.getpixel((40, 40)), strict=True))
        assert diff < 30


def test_only_pictures_much_larger_than_the_screen_get_tiles():
    assert not tiles.needs_tiles(1920, 1080, (1920, 1080))
    assert not tiles.needs_tiles(3000, 2000, (1920, 1080))
    assert tiles.needs_tiles(12000, 8000, (1920, 1080))


def _content_with_photo(content, size):
    _chart(content.media / "wall.jpg", size)
    content.replace_in_section("file: media/cover.png", "file: media/wall.jpg")
    return content


def test_kiosk_cache_makes_everything_then_nothing(content, capsys):
    _content_with_photo(content, (1400, 1000))
    assert main(["cache", str(content.root), "--size", "320x320"]) == 0
    err = capsys.readouterr().err
    assert "2 picture(s) for 320x320: 2 made, 0 already cached, 2 with zoom tiles, 0 failed" in err
    assert "[##############################] 2/2" in err
    assert main(["cache", str(content.root), "--size", "320x320"]) == 0
    assert "0 made, 2 already cached" in capsys.readouterr().err


def test_kiosk_cache_names_a_picture_it_cannot_make(content, capsys):
    _content_with_photo(content, (600, 400))
    whole = (content.media / "wall.jpg").read_bytes()
    (content.media / "wall.jpg").write_bytes(whole[: len(whole) // 3])
    assert main(["cache", str(content.root), "--size", "320x320"]) == 1
    err = capsys.readouterr().err
    assert "1 failed" in err and "media/wall.jpg:" in err


def test_kiosk_cache_refuses_content_that_does_not_load(content, capsys):
    content.exhibition.write_text("title: [", "utf-8")
    assert main(["cache", str(content.root)]) == 1
    assert "does not load" in capsys.readouterr().err


def test_doctor_says_whether_renditions_are_cached(content, state_dir):
    from kiosk.doctor import load
    from kiosk.doctor_pictures import check_renditions

    _content_with_photo(content, (2600, 1800))
    result = load(content.root)
    before = check_renditions(content.root, result)
    assert before[0].status == "WARN" and "media/wall.jpg" in before[0].details
    assert main(["cache", str(content.root)]) == 0
    after = check_renditions(content.root, result)
    assert after[0].status == "PASS" and "all 2 photograph(s)" in after[0].text
