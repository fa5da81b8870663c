"""Find the fonts on this PC and which characters they can draw.

Works on Linux, Windows and macOS without Qt: it reads each font's cmap with
fontTools. Coverage per font file is cached in the state directory, keyed by
path, size and modification time, so later checks are quick.

A PC holds hundreds of faces, a CJK one tens of thousands of characters in
thousands of runs. Each face keeps its runs as one packed array, and the cache
stores that array as text: as Python lists of pairs, the coverage of this
machine's 320 font files held 8 MiB, and reading them back from the cache
left the kiosk 23 MiB larger.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import sys
import threading
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc"}
BUNDLED_FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
_IGNORED = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}  # zero-width joiners and marks


def font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        dirs = [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    elif sys.platform == "darwin":
        dirs = [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    else:
        data_dirs = os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
        dirs = [Path(d) / "fonts" for d in data_dirs] + [home / ".local" / "share" / "fonts", home / ".fonts"]
    return [BUNDLED_FONTS, *dirs]


@dataclass
class FontFace:
    path: Path
    family: str
    ranges: array  # the runs of characters drawn, packed: first, last, first, last, ... in order
    line_spacing: float = 0.0  # ascent + descent + gap, in em (hhea, as Qt reads it): Arabic faces run tall

    def covers(self, code: int) -> bool:
        # Past an odd number of bounds, `code` lies in a run; past an even number, only on a run's last.
        i = bisect_right(self.ranges, code)
        return bool(i & 1) or (i > 0 and self.ranges[i - 1] == code)

    def runs(self) -> list[tuple[int, int]]:
        """The runs as (first, last) pairs."""
        return list(zip(self.ranges[::2], self.ranges[1::2], strict=True))


def _ranges(codes: Iterable[int]) -> array:
    """Sorted runs of consecutive characters, packed as first, last, first, last, ..."""
    out = array("I")
    for c in sorted(codes):
        if out and c == out[-1] + 1:
            out[-1] = c
        else:
            out.extend((c, c))
    return out


def _pack(ranges: array) -> str:
    """The runs as cache text: little-endian 32-bit numbers, in base 64."""
    data = array("I", ranges)
    if sys.byteorder == "big":
        data.byteswap()
    return base64.b64encode(data.tobytes()).decode("ascii")


def _unpack(text: str) -> array | None:
    """Runs read back from the cache; None when the text is not runs in order."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None
    out = array("I")
    if len(raw) % 8 or out.itemsize != 4:  # not whole pairs of 32-bit numbers
        return None
    out.frombytes(raw)
    if sys.byteorder == "big":
        out.byteswap()
    if any(a > b for a, b in zip(out, out[1:], strict=False)):
        return None
    return out


def _face_count(path: Path) -> int:
    """How many fonts the file holds: 1, or the count in a collection's header."""
    with open(path, "rb") as f:
        head = f.read(12)
    if head[:4] == b"ttcf":
        return int.from_bytes(head[8:12], "big")
    return 1


def _read_face(path: Path, number: int) -> tuple[str, array, float]:
    """One face, reading only the small tables (name, head, hhea, maxp, cmap) and closing the file.

    The cmap maps characters to glyph names, and fontTools finds those names by decompiling
    the CFF table of an OpenType CJK font (tens of MB per face). Only the characters matter
    here, so the face gets placeholder glyph names first and its outlines are never read.
    """
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), fontNumber=number, lazy=True)
    try:
        family = font["name"].getBestFamilyName() or path.stem
        hhea, upm = font["hhea"], font["head"].unitsPerEm or 1000
        spacing = round((hhea.ascent - hhea.descent + hhea.lineGap) / upm, 3)
        font.setGlyphOrder([f"g{i}" for i in range(font["maxp"].numGlyphs)])
        return family, _ranges(font.getBestCmap() or {}), spacing
    finally:
        font.close()


def _read_faces(path: Path) -> list[tuple[str, array, float]]:
    """(family, coverage, line spacing) of each font in the file; a collection holds several."""
    from fontTools.ttLib import TTLibError

    try:
        return [_read_face(path, i) for i in range(_face_count(path))]
    except (TTLibError, OSError, KeyError, AssertionError, ValueError, IndexError, AttributeError, TypeError):
        return []


def _faces_from_cache(path: Path, entry) -> list[FontFace] | None:
    """The faces a cache entry describes, or None when it is missing or not in today's shape."""
    if not isinstance(entry, list):
        return None
    try:
        faces = []
        for family, packed, spacing in entry:
            if not isinstance(family, str) or not isinstance(packed, str) or not isinstance(spacing, (int, float)):
                return None  # older kiosks wrote lists of pairs
            ranges = _unpack(packed)
            if ranges is None:
                return None
            faces.append(FontFace(path, family, ranges, float(spacing)))
        return faces
    except (TypeError, ValueError):  # an older layout: too few or too many fields, or wrong types
        return None


class FontIndex:
    """All font files found, read lazily; thread-safe."""

    def __init__(self, cache_file: Path | None = None, dirs: list[Path] | None = None):
        self._dirs = dirs if dirs is not None else font_dirs()
        self._cache_file = cache_file
        self._faces: list[FontFace] | None = None
        self._lock = threading.Lock()

    def files(self) -> list[Path]:
        found: list[Path] = []
        for d in self._dirs:
            if d.is_dir():
                found += sorted(p for p in d.rglob("*") if p.suffix.lower() in FONT_SUFFIXES)
        return found

    def faces(self) -> list[FontFace]:
        with self._lock:
            if self._faces is None:
                self._faces = self._load()
            return self._faces

    def _load(self) -> list[FontFace]:
        cache = self._read_cache()
        keys: dict[Path, str] = {}
        for path in self.files():
            try:
                st = path.stat()
            except OSError:
                continue
            keys[path] = f"{path}|{st.st_size}|{int(st.st_mtime)}"
        faces_of = {path: _faces_from_cache(path, cache.get(key)) for path, key in keys.items()}
        # Missing, cached in an older layout, or damaged: read again, in a child (kiosk.core.font_scan).
        unread = [path for path, faces in faces_of.items() if faces is None]
        if unread:
            from kiosk.core.font_scan import faces_entry, scan_in_child

            scanned = scan_in_child(unread) or {}
            for path in unread:
                entry = scanned.get(str(path))
                faces_of[path] = _faces_from_cache(path, entry)
                if faces_of[path] is None:  # the child failed, or skipped this file
                    entry = faces_entry(path)
                    faces_of[path] = _faces_from_cache(path, entry) or []
                cache[keys[path]] = entry
        self._write_cache({key: cache[key] for key in keys.values()})
        return [face for path in keys for face in faces_of[path]]

    def _read_cache(self) -> dict:
        if not self._cache_file:
            return {}
        try:
            data = json.loads(self._cache_file.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_cache(self, data: dict) -> None:
        if not self._cache_file:
            return
        try:
            tmp = self._cache_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), "utf-8")
            tmp.replace(self._cache_file)
        except OSError:
            pass  # the cache only saves time

    def missing(self, text: str) -> list[str]:
        """Characters of `text` that no font here can draw, in order of first use."""
        faces = self.faces()
        out: list[str] = []
        for ch in dict.fromkeys(text):
            code = ord(ch)
            if ch.isspace() or code < 0x20 or code in _IGNORED:
                continue
            if not any(f.covers(code) for f in faces):
                out.append(ch)
        return out

    def line_spacing(self, family: str) -> float:
        """The family's line spacing in em (the tallest of its faces); 0 when unknown."""
        return max((f.line_spacing for f in self.faces() if f.family == family), default=0.0)

    def family_for(self, sample: str, prefer: Iterable[str] = ()) -> str | None:
        """A family that draws every character of `sample`, preferring the names given."""
        codes = [ord(c) for c in set(sample) if not c.isspace()]
        good = [f for f in self.faces() if all(f.covers(c) for c in codes)]
        for name in prefer:
            for f in good:
                if f.family == name:
                    return f.family
        return good[0].family if good else None


_CJK = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "FULLWIDTH", "HALFWIDTH", "IDEOGRAPHIC")


def font_advice(chars: Iterable[str]) -> tuple[str, str]:
    """(Debian package, font family) that would draw `chars`: what to tell staff and curators to install."""
    names = [unicodedata.name(c, "") for c in chars]
    if any(n.startswith(_CJK) for n in names):
        return "fonts-noto-cjk", "Noto Sans CJK"
    if any(n.startswith("ARABIC") for n in names):
        return "fonts-noto-core", "Noto Sans Arabic"
    if any(n.startswith("HEBREW") for n in names):
        return "fonts-noto-core", "Noto Sans Hebrew"
    return "fonts-noto-core", "Noto Sans"
