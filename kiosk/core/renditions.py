"""Screen-size renditions and thumbnails of content images, cached in the state folder.

A rendition lives under `renditions/<content hash>/`, so a changed file gets new ones
and an unchanged file is never decoded again. Every write is a temp file plus a rename,
so a kiosk switched off mid-write never shows half a picture. Called from the kiosk's
image threads and from `kiosk cache`; never on the GUI thread.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

from PIL import Image

from kiosk.core.colour import open_srgb
from kiosk.core.digest import file_digest, text_digest
from kiosk.core.state import state_dir

THUMB_BOX = (384, 384)
DEFAULT_SCREEN = (1920, 1080)
JPEG_QUALITY = 86
_memo: dict[tuple, str] = {}
_memo_lock = threading.Lock()
_making: dict[str, threading.Lock] = {}  # one maker per picture: the thumbnail waits for the screen rendition's decode


def cache_root() -> Path:
    return state_dir() / "renditions"


def content_key(source: Path) -> str:
    """The blake2b hash of the file's bytes.

    Hashing 40 MB takes about 0.1 s, so the hash is remembered (in memory and in a small
    index file) against the file's size, mtime, ctime and inode: any write to the file
    changes its ctime, so a changed file is always hashed again.
    """
    st = os.stat(source)
    stamp = (str(Path(source).absolute()), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    with _memo_lock:
        if stamp in _memo:
            return _memo[stamp]
    index = cache_root() / "index" / text_digest(stamp[0])
    line = " ".join(str(v) for v in stamp[1:])
    try:
        known_stamp, known_key = index.read_text("ascii").rsplit(" ", 1)
    except (OSError, ValueError):
        known_stamp, known_key = "", ""
    if known_stamp == line:
        key = known_key
    else:
        with open(source, "rb") as f:
            key = file_digest(f)[:32]
        write_atomic_bytes(index, f"{line} {key}".encode("ascii"))
    with _memo_lock:
        _memo[stamp] = key
    return key


def folder_for(key: str) -> Path:
    return cache_root() / key[:2] / key


def screen_path(key: str, box: tuple[int, int], ext: str = ".jpg") -> Path:
    return folder_for(key) / f"screen-{box[0]}x{box[1]}{ext}"


def thumb_path(key: str, ext: str = ".jpg") -> Path:
    return folder_for(key) / f"thumb-{THUMB_BOX[0]}{ext}"


def existing(path: Path) -> Path | None:
    """The cached file, whichever of JPEG or PNG (pictures with transparency) it was made as."""
    for candidate in (path.with_suffix(".jpg"), path.with_suffix(".png")):
        if candidate.is_file():
            return candidate
    return None


def screen_rendition(source: Path, box: tuple[int, int] = DEFAULT_SCREEN) -> Path:
    """The picture just covering `box` (never enlarged), made now if it is not cached yet."""
    return _cached_or_made(source, box, lambda key: screen_path(key, box))


def thumbnail(source: Path, box: tuple[int, int] = DEFAULT_SCREEN) -> Path:
    """A small version for the moment before the sharp one arrives (made with the screen rendition: one decode)."""
    return _cached_or_made(source, box, thumb_path)


def _cached_or_made(source: Path, box: tuple[int, int], where) -> Path:
    with _memo_lock:
        lock = _making.setdefault(str(source), threading.Lock())
    with lock:  # two threads asking for one new picture decode it once, not twice at once
        key = content_key(source)
        found = existing(where(key))
        if found is None:
            make_renditions(source, key, box, thumb=existing(thumb_path(key)) is None)
            found = existing(where(key))
    if found is None:
        raise OSError(f"no rendition was made for {source}")
    return found


def make_renditions(source: Path, key: str, box: tuple[int, int], thumb: bool = True,
                    image: Image.Image | None = None) -> list[Path]:
    """Decode once (in draft mode unless `image` is given) and write the screen rendition and thumbnail."""
    im = image if image is not None else open_srgb(source, box)
    try:
        screen = fitted(im, box, cover=True)
        made = [save(screen, screen_path(key, box))]
        if thumb:
            made.append(save(fitted(screen, THUMB_BOX, cover=False), thumb_path(key)))
        return made
    finally:
        if image is None:
            im.close()


def fitted(im: Image.Image, box: tuple[int, int], cover: bool) -> Image.Image:
    """Scaled down to cover `box` (or fit inside it); never scaled up."""
    size = fitted_size(im.size, box, cover)
    if size == im.size:
        return im
    return im.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def fitted_size(size: tuple[int, int], box: tuple[int, int], cover: bool) -> tuple[int, int]:
    w, h = size
    pick = max if cover else min
    scale = min(1.0, pick(box[0] / w, box[1] / h))
    return max(1, round(w * scale)), max(1, round(h * scale))


def save(im: Image.Image, target: Path) -> Path:
    """JPEG, or PNG when the picture has transparency; written atomically."""
    alpha = im.mode == "RGBA" and im.getchannel("A").getextrema()[0] < 255
    target = target.with_suffix(".png" if alpha else ".jpg")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            if alpha:
                im.save(f, "PNG", compress_level=1)
            else:
                im.convert("RGB").save(f, "JPEG", quality=JPEG_QUALITY, optimize=False)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; kiosk cache may run as another user than the kiosk
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_atomic_bytes(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
