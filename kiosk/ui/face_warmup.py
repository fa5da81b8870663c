"""Sets the other languages' first words in their faces once, while the screen is still.

A visitor's first switch to a language otherwise pays, in the frame that answers the
touch, for opening that language's faces at each type size, shaping its letters and
drawing each glyph for the first time (a first switch to Chinese measured 30-40 ms on a
2-core PC, against 15-20 once warm). The kiosk does that work ahead, a piece at a time,
whenever no frame has been drawn for a moment: on home after its fade, on the attract
loop between breaths. Qt keeps the faces and glyph images it made for the screens to use.

The words are the attract loop's and home's, which a switch shows first, in the type
sizes the Theme gives them. Whatever the warm-up misses is only as slow as before.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QTimer
from PySide6.QtGui import QFont, QImage, QPainter, QTextLayout

STILL_MS = 120  # no frame for this long: nothing moves, a piece of work delays no frame
TICK_MS = 40
SLICE_MS = 4  # work per tick at most (one piece may take longer: a face opened for the first time)
LINE_WIDTH = 480  # wide enough that long words break as they would on a card


@dataclass(frozen=True)
class Piece:
    family: str
    pixel_size: int
    weight: QFont.Weight
    text: str


def pieces_for(words: dict, face: dict, sizes: dict) -> list[Piece]:
    """What a switch to one language shows first: the attract loop's words and home's, in its faces.

    `words`: Exhibit words (title, subtitle, headline, slides, sections); `face`: that language's
    faces ({"text", "display"}); `sizes`: the Theme's type sizes in pixels.
    """
    text, display = face["text"], face["display"]
    normal, demi = QFont.Weight.Normal, QFont.Weight.DemiBold
    out = [Piece(text, sizes["lead"], demi, words["headline"]),
           Piece(display, sizes["display"], normal, words["title"]),
           Piece(display, sizes["h1"], normal, words["title"]),
           Piece(text, sizes["lead"], normal, words["subtitle"])]
    out += [Piece(text, sizes["lead"], normal, slide["caption"]) for slide in words["slides"]]
    for section in words["sections"]:
        out += [Piece(display, sizes["h3"], normal, section["title"]),
                Piece(text, _qml_pixels(sizes["caption"] * 1.05), normal, section["summary"])]
    return [p for p in out if p.text.strip() and p.family and p.pixel_size > 0]


class FaceWarmup(QObject):
    """Works through the pieces while the window draws nothing; plans again whenever the words or faces change."""

    def __init__(self, window, exhibit, visit, sizes, parent=None):
        super().__init__(parent)
        self._window, self._exhibit, self._visit = window, exhibit, visit
        self._sizes = sizes  # () -> {"display", "h1", "h3", "lead", "caption"}: the Theme's, read when needed
        self._queue: deque[Piece] = deque()
        self._stale = False
        self._last_frame = time.monotonic()
        self._image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
        # Held: Qt's font cache lets a face no font uses go after a while, its glyph images with it.
        # Keeping the other languages' faces open costs 5-7 MiB of resident memory (README, Performance).
        self._fonts: dict[tuple, QFont] = {}
        self.done = 0  # pieces set since the kiosk started (the tests read it)
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        window.frameSwapped.connect(self._frame)
        # Every change of words or faces (a load, a switch, the small font copies) ends a restyling.
        exhibit.restylingChanged.connect(self._plan)

    def stop(self) -> None:
        self._timer.stop()
        self._queue.clear()
        self._window.frameSwapped.disconnect(self._frame)
        self._exhibit.restylingChanged.disconnect(self._plan)

    @property
    def pending(self) -> int:
        return len(self._queue)

    def _frame(self) -> None:
        self._last_frame = time.monotonic()

    def _plan(self) -> None:
        """Marks the plan stale; the first still tick makes it, so a switch's own frame never waits for it."""
        if not self._exhibit.restyling:  # else the change is still on its way to the screens
            self._stale = True
            self._timer.start()

    def _make_plan(self) -> None:
        self._stale = False
        sizes = self._sizes()
        self._queue.clear()
        for language in self._exhibit.languages:
            if language["code"] != self._visit.language and language["face"]:
                words = self._exhibit.words_in(language["code"])
                if words:
                    self._queue.extend(pieces_for(words, language["face"], sizes))
        # Fonts hold their faces; a face no longer planned (replaced by a copy, or the visit's own) is let go.
        planned = {_key(p) for p in self._queue}
        self._fonts = {k: f for k, f in self._fonts.items() if k in planned}

    def _tick(self) -> None:
        if (time.monotonic() - self._last_frame) * 1000 < STILL_MS:
            return
        start = time.perf_counter()
        if self._stale:
            self._make_plan()
        if not self._queue:
            self._timer.stop()
            return
        while self._queue and (time.perf_counter() - start) * 1000 < SLICE_MS:
            self._set(self._queue.popleft())

    def _set(self, piece: Piece) -> None:
        font = self._fonts.get(_key(piece))
        if font is None:
            font = self._fonts[_key(piece)] = QFont(piece.family)
            font.setPixelSize(piece.pixel_size)
            font.setWeight(piece.weight)
        layout = QTextLayout(piece.text, font)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(LINE_WIDTH)
        layout.endLayout()
        painter = QPainter(self._image)  # drawn once: Qt keeps each glyph's image for the screens
        layout.draw(painter, QPointF(0, 0))
        painter.end()
        self.done += 1


def _qml_pixels(size: float) -> int:
    """A size as QML's `font.pixelSize` takes it from a binding: rounded half up (15.75 -> 16)."""
    return math.floor(size + 0.5)


def _key(piece: Piece) -> tuple:
    return piece.family, piece.pixel_size, piece.weight
