"""`kiosk bench-images` runs end to end on tiny pictures and prints every figure (no timing asserted)."""

from __future__ import annotations

from kiosk.cli import main


def test_bench_images_prints_every_figure(capsys):
    code = main(["bench-images", "--megapixels", "2", "--images", "3", "--image-size", "900x600", "--cycles", "4",
                 "--size", "640x400"])
    out = capsys.readouterr().out
    assert code == 0, out
    for figure in ("first sharp screen-size picture, cold 2 MP JPEG", "same picture from the cache",
                   "peak RSS, zoom to 1:1 and pan", "RSS across 4 opens and closes", "kiosk cache, bundled content",
                   "kiosk cache, same, rerun", "naive full decode (Pillow)", "Qt QImageReader on the file"):
        assert figure in out, f"missing {figure!r} in:\n{out}"
    assert "zoom reached" in out and " MB" in out and " s " in out
