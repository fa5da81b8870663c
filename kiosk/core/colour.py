"""Decoding content images into 8-bit sRGB the way a visitor should see them.

Pure Pillow. Runs on the kiosk's image threads and in `kiosk cache`; never on the GUI thread.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

from kiosk.core.media import guard_pillow

guard_pillow()  # every content picture the kiosk decodes is opened here
log = logging.getLogger(__name__)
SIXTEEN_BIT = {"I;16", "I;16B", "I;16L", "I;16N", "I"}
_SRGB = ImageCms.createProfile("sRGB")
_SWAPS_AXES = {5, 6, 7, 8}  # EXIF orientations that turn the picture a quarter


def open_srgb(path: Path, at_least: tuple[int, int] | None = None) -> Image.Image:
    """The image upright, in sRGB, as RGB (or RGBA when it has transparency).

    With `at_least`, a JPEG is decoded in draft mode (DCT scaling) to the smallest size
    that still covers `at_least` after the EXIF turn; big files then decode in a fraction of the time.
    """
    im = Image.open(path)
    try:
        if at_least and im.format == "JPEG":
            w, h = at_least
            if im.getexif().get(0x0112, 1) in _SWAPS_AXES:
                w, h = h, w
            im.draft(im.mode, _cover(im.size, (w, h)))
        im.load()
        icc = im.info.get("icc_profile")
        ImageOps.exif_transpose(im, in_place=True)  # a copy of 100 MP would cost 300 MB more
        return to_srgb(im, icc)
    except BaseException:
        im.close()
        raise


def _cover(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    scale = min(1.0, max(box[0] / size[0], box[1] / size[1]))
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """8-bit RGB/RGBA in sRGB: 16-bit scaled (not clipped), CMYK and tagged colour through their ICC profile."""
    if im.mode in SIXTEEN_BIT:
        # Pillow's own I;16 -> L conversion clips everything above 255 to white.
        im = im.convert("I").point(lambda v: v * (1 / 257)).convert("L")
    elif im.mode == "F":
        im = im.convert("L")
    if im.mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
    if icc:
        converted = _through_profile(im, icc)
        if converted is not None:
            return converted
    if im.mode in ("RGB", "RGBA"):
        return im
    if im.mode in ("LA", "PA") or "transparency" in im.info:
        return im.convert("RGBA")
    return im.convert("RGB")  # L, 1, CMYK (Pillow's formula when there is no profile), YCbCr, LAB


def _through_profile(im: Image.Image, icc: bytes) -> Image.Image | None:
    alpha = im.getchannel("A") if im.mode in ("RGBA", "LA") else None
    base = im.convert("RGB" if im.mode == "RGBA" else "L") if alpha is not None else im
    if base.mode not in ("RGB", "L", "CMYK"):
        return None
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        out = ImageCms.profileToProfile(base, source, _SRGB, outputMode="RGB",
                                        renderingIntent=ImageCms.Intent.PERCEPTUAL)
    except (ImageCms.PyCMSError, OSError, ValueError) as exc:
        log.warning("ignoring a broken colour profile (%s); using the colours as they are", exc)
        return None
    if alpha is not None:
        out.putalpha(alpha)
    return out
