"""A 256-px tile pyramid for pictures much larger than the screen, as DZI and IIIF make.

Level 0 is full resolution; each level above halves it, up to one that fits in a
single tile. Tiles are `tiles/<level>/<col>_<row>.jpg` beside the picture's renditions,
and `tiles/pyramid.json`, written last, says the pyramid is complete. A pyramid is built
in a temp folder and renamed into place, so a half-built one is never used.

Building one decodes the whole picture (300 MB for 100 MP), so the running kiosk does it
in a child process (`python -m kiosk.core.tiles FILE WxH`) and its own memory stays small.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.core.colour import open_srgb
from kiosk.core.renditions import DEFAULT_SCREEN, content_key, fitted_size, folder_for, make_renditions

TILE = 256
TILE_QUALITY = 82
WRITERS = 2


@dataclass(frozen=True)
class Pyramid:
    folder: Path
    width: int
    height: int
    levels: int
    ext: str

    def level_size(self, level: int) -> tuple[int, int]:
        scale = 2**level
        return -(-self.width // scale), -(-self.height // scale)

    def tile(self, level: int, col: int, row: int) -> Path:
        return self.folder / str(level) / f"{col}_{row}{self.ext}"


def needs_tiles(width: int, height: int, box: tuple[int, int] = DEFAULT_SCREEN) -> bool:
    """Larger than about twice the screen: zooming in on the screen rendition alone would turn soft."""
    return width * height > 4 * box[0] * box[1] or max(width, height) > 2 * max(box)


def pyramid_folder(key: str) -> Path:
    return folder_for(key) / "tiles"


def find_pyramid(key: str) -> Pyramid | None:
    folder = pyramid_folder(key)
    try:
        info = json.loads((folder / "pyramid.json").read_text("utf-8"))
        return Pyramid(folder, int(info["width"]), int(info["height"]), int(info["levels"]), str(info["ext"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def build_pyramid(source: Path, box: tuple[int, int] = DEFAULT_SCREEN, key: str | None = None) -> Pyramid:
    """Decode `source` fully once; write every tile, and its renditions from a level near screen size."""
    key = key or content_key(source)
    found = find_pyramid(key)
    if found:
        return found
    final = pyramid_folder(key)
    final.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=final.parent, prefix=".tiles-"))
    try:
        level_image = open_srgb(source)
        width, height = level_image.size
        ext = ".png" if level_image.mode == "RGBA" else ".jpg"
        level = 0
        renditions_made = False
        target = fitted_size((width, height), box, cover=True)
        while True:
            _write_level(level_image, work / str(level), ext)
            w, h = level_image.size
            if not renditions_made and (w // 2 < target[0] or h // 2 < target[1] or max(w, h) <= TILE):
                make_renditions(source, key, box, image=level_image)  # the last level still covering the screen
                renditions_made = True
            if max(w, h) <= TILE:
                break
            smaller = level_image.reduce(2)
            level_image.close()
            level_image = smaller
            level += 1
        level_image.close()
        info = {"width": width, "height": height, "levels": level + 1, "ext": ext, "tile": TILE}
        (work / "pyramid.json").write_text(json.dumps(info), "utf-8")
        try:
            work.rename(final)
        except OSError:  # another process finished the same pyramid first
            shutil.rmtree(work, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return find_pyramid(key)


def _write_level(im: Image.Image, folder: Path, ext: str) -> None:
    folder.mkdir()
    w, h = im.size
    fmt, options = ("PNG", {"compress_level": 1}) if ext == ".png" else ("JPEG", {"quality": TILE_QUALITY})

    def write_rows(rows: range) -> None:
        for row in rows:
            for col in range(-(-w // TILE)):
                box = (col * TILE, row * TILE, min(w, (col + 1) * TILE), min(h, (row + 1) * TILE))
                im.crop(box).save(folder / f"{col}_{row}{ext}", fmt, **options)

    rows = -(-h // TILE)
    if rows < 8:
        write_rows(range(rows))
        return
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:  # Pillow's encoder lets go of the GIL
        list(pool.map(write_rows, (range(i, rows, WRITERS) for i in range(WRITERS))))


def main(argv: list[str]) -> int:
    """`python -m kiosk.core.tiles FILE WxH`: what the running kiosk starts to build one pyramid."""
    source, size = Path(argv[0]), argv[1]
    w, h = (int(v) for v in size.split("x"))
    pyramid = build_pyramid(source, (w, h))
    print(pyramid.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
