"""`kiosk doctor`'s picture check: are the renditions cached, or will the first visitors wait for them?"""

from __future__ import annotations

from pathlib import Path

from kiosk.doctor_findings import INFO, PASS, WARN, Finding

SHOWN = 5


def check_renditions(content: Path, result, state: Path | None = None) -> list[Finding]:
    """Every raster picture has a screen rendition and a thumbnail (for any screen size), and zoom tiles if big."""
    if result is None or result.content is None:
        return [Finding(WARN, "pictures", "not checked: the content did not load (see the content line)")]
    from kiosk.core import tiles
    from kiosk.core.renditions import DEFAULT_SCREEN, THUMB_BOX, content_key
    from kiosk.core.state import state_dir

    root = (Path(state) if state is not None else state_dir()) / "renditions"
    rasters = sorted({rel: info for rel, info in result.media.items() if info.format != "SVG"}.items())
    if not rasters:
        return [Finding(INFO, "pictures", "no photographs to cache: every picture is an SVG drawing")]
    missing = []
    for rel, info in rasters:
        folder = root / (key := content_key(info.path))[:2] / key
        screen = any(folder.glob("screen-*"))
        thumb = any(folder.glob(f"thumb-{THUMB_BOX[0]}.*"))
        pyramid = (folder / "tiles" / "pyramid.json").is_file() or not tiles.needs_tiles(info.width, info.height, DEFAULT_SCREEN)
        if not (screen and thumb and pyramid):
            missing.append(rel)
    if not missing:
        return [Finding(PASS, "pictures", f"renditions are cached for all {len(rasters)} photograph(s)")]
    details = missing[:SHOWN] + ([f"... and {len(missing) - SHOWN} more"] if len(missing) > SHOWN else [])
    return [Finding(WARN, "pictures", f"{len(missing)} of {len(rasters)} photograph(s) have no cached renditions; the first "
                                      f"visitor to open each waits while it is made. Run 'kiosk cache {content} --size "
                                      "WIDTHxHEIGHT' with this screen's size before opening", details)]
