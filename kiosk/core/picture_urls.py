"""Where QML asks the kiosk's image provider (kiosk/ui/image_provider.py) for a content picture.

A module of its own, so that presenting content names pictures without loading Pillow: the
kiosk's process needs Pillow only once it decodes a photograph (kiosk/core/renditions.py).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

PICTURE_URL = "image://kiosk"


def picture_url(kind: str, path: Path, version: int = 0) -> str:
    """Where QML asks for a rendition: `screen` or `thumb` of the file at absolute `path`.

    `version` changes when the file does, so Qt's image cache never shows a replaced photograph's old pixels.
    """
    return f"{PICTURE_URL}/{kind}/{quote(str(path), safe='/')}?v={version}"
