"""Small copies of the big typefaces, holding only the characters the exhibition shows.

A Chinese, Japanese or Korean face is a collection of tens of MB. Qt maps the whole file and
the pages it reads stay in the kiosk's resident memory; which pages, and how many, depends on
which languages the last visitors chose and on what else the PC has read. A copy cut down to
the characters the content and the kiosk's own words use is a few hundred KB: the same glyphs,
the same metrics and the same layout features, so text looks exactly the same.

Copies are made with fontTools on the content worker, after the content is already showing in
the installed face, and kept in the state folder keyed by the source file and the characters,
so a restart finds them ready. Characters added later (a curator's edit) are drawn by Qt's
font fallback from the installed face until the next copy is made. No Qt here.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.digest import text_digest
from kiosk.core.fonts import FontFace, FontIndex

log = logging.getLogger(__name__)

BIG_FONT_BYTES = 4_000_000  # a Latin or Arabic face is well under; a CJK collection well over
FORMAT = 3  # part of the cache key: a new way of cutting makes new copies
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
# Kept in every copy whatever the content says: Latin letters and signs, general punctuation,
# arrows and symbols (the QML draws some itself), CJK punctuation and full-width forms, so
# numbers, dates and the kiosk's own marks are set as in the installed face.
ALWAYS = "".join(chr(c) for lo, hi in ((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x27BF),
                                       (0x3000, 0x303F), (0xFF00, 0xFFEF)) for c in range(lo, hi + 1))


@dataclass(frozen=True)
class FittedFamily:
    family: str  # the name the copies are registered under
    files: tuple[Path, ...]  # one per style of the installed family (regular, bold, ...)


def copies_folder() -> Path:
    """Where the copies are kept: in the state folder, so a restart finds them ready."""
    from kiosk.core.state import state_dir

    return state_dir() / "font-copies"


def kiosk_words() -> str:
    """Every translated string of the kiosk's own screens (Qt Linguist files), all languages."""
    import xml.etree.ElementTree as ET  # here: the kiosk's process reads the words once per content

    words = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        try:
            words += [el.text or "" for el in ET.parse(ts).iter("translation")]
        except (OSError, ET.ParseError):
            log.warning("could not read %s", ts)
    return "".join(words)


def _faces_of(index: FontIndex, family: str) -> list[tuple[FontFace, int]]:
    """The installed faces of `family`, each with its number inside its file (collections hold many)."""
    out: list[tuple[FontFace, int]] = []
    numbers: dict[Path, int] = {}
    for face in index.faces():
        number = numbers.get(face.path, 0)
        numbers[face.path] = number + 1
        if face.family == family:
            out.append((face, number))
    return out


def _is_big(path: Path) -> bool:
    try:
        return path.stat().st_size >= BIG_FONT_BYTES
    except OSError:
        return False


def _key(family: str, faces: list[tuple[FontFace, int]], chars: str) -> str:
    stamps = []
    for face, number in faces:
        st = face.path.stat()
        stamps.append(f"|{face.path}|{number}|{st.st_size}|{int(st.st_mtime)}")
    return text_digest(f"{FORMAT}|{family}|{chars}" + "".join(stamps), size=6)


def cut_face(source: Path, number: int, chars: str, family: str, out: Path) -> None:
    """Writes a copy of face `number` of `source` that draws only `chars`, renamed to `family`."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    # The original's bounding boxes are kept: recomputing them draws every glyph three times
    # and took half of the 26 s a Chinese style took to cut. They still enclose every glyph.
    font = TTFont(str(source), fontNumber=number, recalcBBoxes=False)
    try:
        options = subset.Options()
        options.layout_features = ["*"]  # proportional punctuation, ligatures: set as the original is
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.recalc_bounds = False
        cutter = subset.Subsetter(options)
        cutter.populate(text=chars)
        cutter.subset(font)
        _rename(font, family)
        tmp = out.with_suffix(".tmp")
        font.save(str(tmp))
        tmp.replace(out)
    finally:
        font.close()
        del font
        gc.collect()  # a cut face is a web of cycles holding tens of MB; free it now, not at some later collection


def _rename(font, family: str) -> None:
    """The copy gets a family name of its own, so Qt never mixes it up with the installed face."""
    name = font["name"]
    style = name.getDebugName(17) or name.getDebugName(2) or "Regular"
    postscript = "".join(c for c in f"{family}-{style}" if c.isalnum() or c == "-")[:63]
    for record in list(name.names):
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 4:
            record.string = f"{family} {style}"
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:  # the unique ID
            record.string = f"{postscript};kiosk"


def big_families(index: FontIndex, wanted: dict[str, str]) -> set[str]:
    """The families of `wanted` that are big enough to be worth a copy."""
    return {family for family in wanted if any(_is_big(face.path) for face, _ in _faces_of(index, family))}


def fit(index: FontIndex, wanted: dict[str, str], folder: Path,
        stop: Callable[[], bool] = lambda: False, cut: bool = True) -> dict[str, FittedFamily]:
    """For each big family in `wanted` (family -> the characters it must draw), copies cut to
    those characters, made now or found in `folder`; with cut=False only those found.
    Families in small files are left as they are."""
    fitted: dict[str, FittedFamily] = {}
    big = big_families(index, wanted)
    for family, text in sorted(wanted.items()):
        if family not in big:
            continue
        faces = _faces_of(index, family)
        chars = "".join(sorted(set(text + ALWAYS) - {"\n", "\r", "\t"}))
        try:
            key = _key(family, faces, chars)
        except OSError:
            continue
        name = f"{family} {key[:8]}"
        files = []
        for n, (face, number) in enumerate(faces):
            if stop():
                return fitted
            out = folder / f"{key}-{n}.otf"
            if not out.exists():
                if not cut:
                    break
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                    cut_face(face.path, number, chars, name, out)
                except Exception as exc:  # noqa: BLE001 - a font fontTools cannot cut stays as installed
                    log.warning("could not make a small copy of %s (%s): %s", family, face.path.name, exc)
                    break
            files.append(out)
        else:
            fitted[family] = FittedFamily(name, tuple(files))
            log.info("%s: small copies of %d style(s), %d characters", family, len(files), len(chars))
    return fitted


def prune(folder: Path, keep: set[Path]) -> None:
    """Deletes copies no longer used (the content changed), keeping `keep`."""
    if not folder.is_dir():
        return
    for path in folder.glob("*.otf"):
        if path not in keep:
            try:
                path.unlink()
            except OSError:
                pass


def make_copies(root: Path, stream=None) -> int:
    """`kiosk font-copies`: cut the copies the content at `root` needs, in this process.

    The running kiosk runs this as a child process: cutting reads a whole CJK face, and the
    tens of MB that takes would otherwise stay in the kiosk's heap. Staff can run it after
    installing content, so the first start has nothing to cut."""
    import sys

    from kiosk.core.reading import read
    from kiosk.core.typefaces import shared_index

    stream = stream or sys.stdout
    reading = read(root)  # as the kiosk reads it: the same characters, so the same copies
    if reading.content is None:
        print("kiosk font-copies: the content does not load; run 'kiosk validate' first", file=stream)
        return 1
    folder = copies_folder()
    fitted = fit(shared_index(), reading.typefaces.wanted(reading.content, kiosk_words()), folder)
    for family, copy in sorted(fitted.items()):
        size = sum(p.stat().st_size for p in copy.files) / 1e6
        print(f"{family}: {len(copy.files)} style(s), {size:.1f} MB, as '{copy.family}'", file=stream)
    print(f"kiosk font-copies: {len(fitted)} famil{'y' if len(fitted) == 1 else 'ies'} in {folder}", file=stream)
    return 0
