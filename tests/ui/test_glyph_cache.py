"""The kiosk's large text is drawn from Qt's glyph cache (kiosk/ui/glyph_cache.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from kiosk.core import palette
from kiosk.ui.glyph_cache import LARGEST_CACHED_PX, VARIABLE
from kiosk.ui.scene import every_item


def test_every_text_on_the_attract_loop_and_home_fits_the_glyph_cache(kiosk, visitor, qtbot):
    assert int(os.environ[VARIABLE]) == LARGEST_CACHED_PX
    qtbot.waitUntil(lambda: kiosk.exhibit.status == "ready", timeout=10_000)
    sizes = []
    for screen in ("attract", "home"):
        if screen == "home":
            kiosk.visit.begin()
            qtbot.waitUntil(lambda: kiosk.visit.screen == "home", timeout=2000)
        qtbot.wait(400)
        sizes += [i.property("font").pixelSize() for i in every_item(kiosk.window)
                  if i.isVisible() and i.property("text") and i.property("font") is not None]
    assert len(sizes) > 10
    # At 1280x720 the title is under Qt's own 64 px limit; at 1920x1080 it is over it, and at 4K
    # (3x the size here) with large text on, the largest text must still be cached.
    assert max(sizes) * 1.5 > 64
    assert max(sizes) * 3 * palette.LARGE_TEXT_SCALE <= LARGEST_CACHED_PX, max(sizes)


def test_the_limit_is_in_place_before_the_kiosk_paints_and_staff_can_change_it(tmp_path):
    probe = textwrap.dedent("""
        import os
        from kiosk.ui.glyph_cache import cache_large_glyphs
        cache_large_glyphs()
        print(os.environ["QT_MAX_CACHED_GLYPH_SIZE"])
    """)
    env = {k: v for k, v in os.environ.items() if k != VARIABLE}
    run = lambda e: subprocess.run([sys.executable, "-c", probe], env=e, capture_output=True, text=True,  # noqa: E731
                                   check=True).stdout.strip()
    assert run(env) == str(LARGEST_CACHED_PX)
    assert run({**env, VARIABLE: "96"}) == "96"
