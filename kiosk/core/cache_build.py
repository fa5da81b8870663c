"""`kiosk cache`: make every rendition, thumbnail and tile pyramid before opening hours.

Pictures are shared out to worker processes (decoding is CPU-bound and a process per core
beats threads); the kiosk itself would otherwise make them lazily as visitors open them.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.media import RASTER_FORMATS, MediaError, resolve_inside

BAR_WIDTH = 30


@dataclass(frozen=True)
class Outcome:
    relative: str
    made: bool
    tiled: bool
    error: str = ""


def pictures_in(root: Path) -> tuple[list[str], list[str]]:
    """Raster pictures the content refers to (each once), and problems that stop the content loading."""
    from kiosk.core.loader import load_content
    from kiosk.core.records import walk
    from kiosk.core.schema import Picture

    result = load_content(root, check_media=False)
    if result.content is None:
        return [], [p.format(root.resolve()) for p in result.errors]
    files: dict[str, None] = {}
    models = [result.content.exhibition, *result.content.sections]
    for model in models:
        for _, value in walk(model):
            if isinstance(value, Picture) and Path(value.file).suffix.lower() in RASTER_FORMATS:
                files.setdefault(value.file)
    return list(files), []


def build_one(root: str, relative: str, box: tuple[int, int]) -> Outcome:
    """Everything one picture needs; runs in a worker process."""
    from PIL import Image

    from kiosk.core import renditions, tiles

    try:
        source = resolve_inside(Path(root), relative)
        key = renditions.content_key(source)
        with Image.open(source) as im:
            w, h = im.size
            if im.getexif().get(0x0112, 1) in (5, 6, 7, 8):
                w, h = h, w
        tiled = tiles.needs_tiles(w, h, box)
        have = renditions.existing(renditions.screen_path(key, box)) and renditions.existing(renditions.thumb_path(key))
        if have and (not tiled or tiles.find_pyramid(key)):
            return Outcome(relative, False, tiled)
        if tiled:
            tiles.build_pyramid(source, box, key)
            if not renditions.existing(renditions.screen_path(key, box)):
                renditions.make_renditions(source, key, box)
        else:
            renditions.make_renditions(source, key, box)
        return Outcome(relative, True, tiled)
    except (MediaError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        return Outcome(relative, False, False, str(exc) or type(exc).__name__)


def _progress(done: int, total: int, label: str, stream) -> None:
    filled = BAR_WIDTH * done // max(total, 1)
    stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} {label[:50]:<50}")
    stream.flush()


def cache(root: Path, box: tuple[int, int], stream=None) -> int:
    """Print a progress bar and a summary; exit 1 if any picture could not be made."""
    stream = stream or sys.stderr
    start = time.monotonic()
    files, problems = pictures_in(root)
    if problems:
        print("kiosk cache: the content does not load; fix it first ('kiosk validate' lists everything):", file=stream)
        for line in problems[:5]:
            print(f"  {line}", file=stream)
        return 1
    outcomes: list[Outcome] = []
    _progress(0, len(files), "", stream)
    workers = max(1, min(os.cpu_count() or 1, len(files)))
    if workers == 1:
        results = (build_one(str(root), rel, box) for rel in files)
        for outcome in results:
            outcomes.append(outcome)
            _progress(len(outcomes), len(files), outcome.relative, stream)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(build_one, str(root), rel, box) for rel in _biggest_first(root, files)]
            for future in as_completed(futures):
                outcomes.append(future.result())
                _progress(len(outcomes), len(files), outcomes[-1].relative, stream)
    stream.write("\n")
    made = sum(o.made for o in outcomes)
    failed = [o for o in outcomes if o.error]
    tiled = sum(o.tiled for o in outcomes if not o.error)
    print(f"kiosk cache: {len(files)} picture(s) for {box[0]}x{box[1]}: {made} made, "
          f"{len(files) - made - len(failed)} already cached, {tiled} with zoom tiles, {len(failed)} failed "
          f"in {time.monotonic() - start:.1f} s; cache folder {_cache_folder()}", file=stream)
    for o in failed:
        print(f"  {o.relative}: {o.error}", file=stream)
    return 1 if failed else 0


def _biggest_first(root: Path, files: list[str]) -> list[str]:
    """Start the slowest pictures first so the last worker is not left with a 100 MP file at the end."""
    def size(rel: str) -> int:
        try:
            return (root / rel).stat().st_size
        except OSError:
            return 0
    return sorted(files, key=size, reverse=True)


def _cache_folder() -> Path:
    from kiosk.core.renditions import cache_root

    return cache_root()
