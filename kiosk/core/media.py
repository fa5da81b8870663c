"""Checks on the image files content refers to: where they are and whether they decode.

Runs on worker threads and in `kiosk validate`; never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

RASTER_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP", ".tif": "TIFF", ".tiff": "TIFF"}
ALLOWED = tuple(sorted(set(RASTER_FORMATS) | {".svg"}))
MAX_FILE_BYTES = 400 * 1024 * 1024
MAX_PIXELS = 250_000_000  # 250 MP: larger is treated as a decompression bomb
MAX_SVG_BYTES = 5 * 1024 * 1024


def guard_pillow(limit: int = MAX_PIXELS) -> None:
    """Pillow's own decompression-bomb guard at the kiosk's limit, wherever Pillow opens a content file.

    Pillow is loaded only where pictures are opened: a MediaInfo the kiosk's process receives
    from the content checker brings none of it, nor does an exhibition of drawings alone.
    (The limit is the kiosk's, fixed here: the curator-facing check below reads MAX_PIXELS itself.)
    """
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = limit


class MediaError(Exception):
    """What is wrong with a media file, phrased for a curator, with what to do."""


@dataclass(frozen=True)
class MediaInfo:
    path: Path
    width: int
    height: int
    format: str
    version: int = 0  # the file's size and mtime folded together: a new value when a curator replaces it


def resolve_inside(root: Path, relative: str) -> Path:
    """The real path of `relative` under `root`; refuses anything that leaves it."""
    if not relative or relative.strip() != relative:
        raise MediaError("the file name is empty or has spaces at its ends; write e.g. media/dazu-cover.svg")
    if "\\" in relative:
        raise MediaError(f"'{relative}' uses backslashes; write forward slashes, e.g. media/dazu-cover.svg")
    candidate = Path(relative)
    if candidate.is_absolute() or (candidate.drive if hasattr(candidate, "drive") else ""):
        raise MediaError(f"'{relative}' is an absolute path; write a path inside the content folder, e.g. media/{candidate.name}")
    real_root = root.resolve()
    full = (root / candidate).resolve()
    if full != real_root and real_root not in full.parents:
        raise MediaError(f"'{relative}' leaves the content folder; copy the file into content/media/ and write media/{candidate.name}")
    return full


def inspect(root: Path, relative: str) -> MediaInfo:
    """Check one media file thoroughly; raise MediaError saying what to fix."""
    full = resolve_inside(root, relative)
    ext = full.suffix.lower()
    if ext not in ALLOWED:
        raise MediaError(f"'{relative}': {ext or 'no extension'} is not an allowed image type; use one of {', '.join(ALLOWED)}")
    try:
        st = full.stat()
        size = st.st_size
    except FileNotFoundError:
        raise MediaError(f"'{relative}' does not exist; check the spelling or add the file to content/media/") from None
    except OSError as exc:
        raise MediaError(f"'{relative}' cannot be read ({exc.strerror}); check its permissions") from None
    if size == 0:
        raise MediaError(f"'{relative}' is empty (0 bytes); copy the image again")
    if size > MAX_FILE_BYTES:
        raise MediaError(f"'{relative}' is {size // (1024 * 1024)} MB; images may be at most {MAX_FILE_BYTES // (1024 * 1024)} MB")
    info = _inspect_svg(full, relative, size) if ext == ".svg" else _inspect_raster(full, relative, RASTER_FORMATS[ext])
    return replace(info, version=hash((st.st_size, st.st_mtime_ns)) & 0xFFFFFFFF)


def _inspect_raster(full: Path, relative: str, expected: str) -> MediaInfo:
    from PIL import Image, UnidentifiedImageError

    guard_pillow()
    try:
        with Image.open(full) as im:
            fmt, (w, h) = im.format, im.size
            if fmt != expected:
                raise MediaError(f"'{relative}' is really a {fmt} file but is named {full.suffix}; rename it to match")
            if w * h > MAX_PIXELS:
                raise MediaError(f"'{relative}' is {w}×{h} ({w * h // 1_000_000} MP); the limit is "
                                 f"{MAX_PIXELS // 1_000_000} MP, scale it down before adding it")
            im.verify()
        with Image.open(full) as im:
            turned = im.getexif().get(0x0112, 1) in (5, 6, 7, 8)  # shown a quarter turn round: width and height swap
            if fmt == "JPEG":
                im.draft("RGB", (max(1, w // 8), max(1, h // 8)))  # DCT scaling still reads every byte
            im.load()
    except MediaError:
        raise
    except Image.DecompressionBombError:
        raise MediaError(f"'{relative}' is too large to decode safely; scale it down below "
                         f"{MAX_PIXELS // 1_000_000} MP") from None
    except UnidentifiedImageError:
        raise MediaError(f"'{relative}' is not a readable image; export it again as JPEG or PNG") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise MediaError(f"'{relative}' is damaged or cut short ({exc}); copy or export it again") from None
    return MediaInfo(full, h, w, fmt) if turned else MediaInfo(full, w, h, fmt)


def _inspect_svg(full: Path, relative: str, size: int) -> MediaInfo:
    import xml.etree.ElementTree as ET

    if size > MAX_SVG_BYTES:
        raise MediaError(f"'{relative}' is {size // 1024} KB; an SVG illustration may be at most {MAX_SVG_BYTES // 1024} KB")
    try:
        root = ET.parse(full).getroot()
    except ET.ParseError as exc:
        raise MediaError(f"'{relative}' is not valid SVG ({exc}); export it again from your drawing program") from None
    if not root.tag.endswith("svg"):
        raise MediaError(f"'{relative}' is not an SVG drawing; export it again as SVG")
    for el in root.iter():
        for attr, value in el.attrib.items():
            if attr.endswith("href") and not value.startswith(("#", "data:image/")):
                raise MediaError(f"'{relative}' links to '{value[:60]}'; embed everything in the SVG, "
                                 "kiosks show nothing from outside the content folder")
    w, h = _svg_size(root)
    return MediaInfo(full, w, h, "SVG")


def _svg_size(root: ET.Element) -> tuple[int, int]:
    box = root.get("viewBox")
    if box:
        parts = box.replace(",", " ").split()
        if len(parts) == 4:
            try:
                return int(float(parts[2])), int(float(parts[3]))
            except ValueError:
                pass
    try:
        return int(float(root.get("width", "0").rstrip("px"))), int(float(root.get("height", "0").rstrip("px")))
    except ValueError:
        return 0, 0
