"""Renditions of pictures no longer shown go after a while; those in use, or in the last good copy, stay."""

import os
import shutil
import time

from kiosk.core.cache_prune import KEEP_DAYS, prune_unused
from kiosk.core.renditions import content_key, folder_for, screen_rendition
from tests.core.contentkit import make_content, png_bytes

BOX = (640, 360)


def _age(folder, days):
    then = time.time() - days * 86400
    os.utime(folder, (then, then))


def test_only_old_renditions_of_pictures_shown_nowhere_are_removed(tmp_path):
    content = make_content(tmp_path / "content").root
    cover = content / "media" / "cover.png"
    screen_rendition(cover, BOX)
    last_good = tmp_path / "last-good-content"
    shutil.copytree(content, last_good)  # safe mode's copy still shows the first cover
    first_cover = folder_for(content_key(cover))

    cover.write_bytes(png_bytes((1600, 1000), "#204060"))  # a curator replaces the cover
    screen_rendition(cover, BOX)
    shown_now = folder_for(content_key(cover))
    stray = tmp_path / "stray.png"
    stray.write_bytes(png_bytes((1600, 1000), "#602040"))
    old_unused = screen_rendition(stray, BOX).parent
    stray.write_bytes(png_bytes((1600, 1000), "#206040"))
    recent_unused = screen_rendition(stray, BOX).parent
    for folder in (first_cover, shown_now, old_unused):
        _age(folder, KEEP_DAYS + 5)

    pruned = prune_unused([content, last_good])
    assert pruned.folders == 1 and pruned.bytes > 0
    assert not old_unused.exists()
    assert shown_now.is_dir() and first_cover.is_dir(), "pictures on show, or in the last good copy, stay cached"
    assert recent_unused.is_dir(), "a picture put back soon after is still cached"

    shutil.rmtree(last_good)  # once the last good copy moves on, the first cover goes too
    assert prune_unused([content, last_good]).folders == 1
    assert not first_cover.exists() and shown_now.is_dir()
