"""Lets go of renditions no picture uses any more, so months of content changes never fill the disk.

A replaced photograph gets new renditions and tiles under a new content hash; the old
folder stays behind. Pruning removes the folders of pictures that are in none of the
content folders given (the shown content and safe mode's last good copy) and that are
older than KEEP_DAYS, so a picture a curator puts back soon after is still cached.
Runs off the GUI thread: from `kiosk cache` and once the running kiosk is healthy.
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.renditions import cache_root, content_key

log = logging.getLogger(__name__)

KEEP_DAYS = 30


@dataclass(frozen=True)
class Pruned:
    folders: int
    bytes: int


def keys_in_use(content_folders: list[Path]) -> set[str]:
    """The content hash of every photograph in each folder, whether or not the YAML uses it yet.

    Files, not the YAML: nothing is loaded or validated again, and a picture a curator has
    copied in but not yet referred to keeps its renditions too. Links are not followed."""
    from kiosk.core.media import RASTER_FORMATS

    keys: set[str] = set()
    for root in content_folders:
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            if path.suffix.lower() not in RASTER_FORMATS or path.is_symlink() or not path.is_file():
                continue
            try:
                keys.add(content_key(path))
            except OSError:
                continue  # gone since the listing: nothing cached to keep
    return keys


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def prune(keep: set[str], now: float | None = None, keep_days: float = KEEP_DAYS) -> Pruned:
    """Removes rendition folders whose key is not in `keep` and that were made over `keep_days` ago."""
    now = time.time() if now is None else now
    root = cache_root()
    folders = removed_bytes = 0
    for shard in root.glob("??"):
        for folder in shard.iterdir():
            if folder.name in keep or not folder.is_dir():
                continue
            try:
                if now - folder.stat().st_mtime < keep_days * 86400:
                    continue
                size = _size(folder)
                shutil.rmtree(folder)
            except OSError as exc:
                log.warning("could not remove the old renditions in %s: %s", folder, exc)
                continue
            folders += 1
            removed_bytes += size
        try:
            shard.rmdir()  # only if now empty
        except OSError:
            pass
    return Pruned(folders, removed_bytes)


def prune_unused(content_folders: list[Path], now: float | None = None) -> Pruned:
    pruned = prune(keys_in_use(content_folders), now)
    if pruned.folders:
        log.info("removed the renditions of %d picture(s) no longer shown (%.1f MB)", pruned.folders, pruned.bytes / 1e6)
    return pruned
