"""Large text is drawn from Qt's glyph cache, not filled as outlines at every frame.

Qt's raster engine (the software renderer's painter) caches glyph images only up to 64 px and
fills larger glyphs as paths each time they are painted. A kiosk's titles and figures are
larger than that: in a cross-fade or a language switch, which repaint the whole screen, the
attract loop's title alone cost 4.5 ms of a 8.6 ms frame. Caching glyphs up to LARGEST_CACHED_PX
makes that 0.3 ms. The cache holds each glyph used at each size once, which for a handful of
titles in a few languages is a few MB.
"""

from __future__ import annotations

import os

# The display and figure sizes at 4K with large text (Theme.figure: 104 px at 1080p, x2, x1.25).
LARGEST_CACHED_PX = 320
VARIABLE = "QT_MAX_CACHED_GLYPH_SIZE"  # read by Qt once, when it first paints text


def cache_large_glyphs() -> None:
    """Call before any text is painted; a value staff set in the environment is kept."""
    os.environ.setdefault(VARIABLE, str(LARGEST_CACHED_PX))
