"""`kiosk validate --layout`: does every text fit its panel, in every language, at every screen size?

Renders each screen offscreen with the real fonts and QML layout, then looks at
every visible text: cut off, running past its space, or shrunk far below its
designed size. Each finding is traced back to the YAML line the text came from.
Runs on the GUI thread of its own offscreen application; it is a checking tool,
not part of the running kiosk.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.problems import Problem, error, warning

SHRINK_WARNING = 0.8  # text set below 80 % of its designed size reads as a mistake


@dataclass(frozen=True)
class TextSource:
    language: str
    text: str
    path: Path
    line: int
    column: int


def text_sources(result) -> list[TextSource]:
    """Every language-map text in the content, with the file and line it is written on."""
    from kiosk.core.schema import BCP47

    out: list[TextSource] = []

    def walk(path: Path, doc, value, at=()) -> None:
        if isinstance(value, dict):
            if value and all(isinstance(k, str) and BCP47.match(k) and isinstance(v, str) for k, v in value.items()):
                for lang, text in value.items():
                    line, col = doc.where(at + (lang,))
                    out.append(TextSource(lang, text.strip(), path, line, col))
                return
            for key, child in value.items():
                walk(path, doc, child, at + (key,))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(path, doc, child, at + (i,))

    for path, doc in result.documents.items():
        walk(path, doc, doc.data)
    return out


def _source_of(shown: str, language: str, sources: list[TextSource]) -> TextSource | None:
    """The content text a rendered text was made from (it may carry quote marks or bullets)."""
    best = None
    for src in sources:
        if src.language == language and src.text and src.text in shown and (best is None or len(src.text) > len(best.text)):
            best = src
    return best


def _texts(window) -> Iterator:
    """Visible text items that lie on the screen (not delegates kept ready beside it)."""
    from PySide6.QtCore import QRectF

    from kiosk.ui.scene import scene_box, visible_items

    screen = QRectF(0, 0, window.width(), window.height())
    for item in visible_items(window):
        if item.inherits("QQuickText") and item.property("text"):
            box = scene_box(item)
            if box.intersects(screen) and box.width() > 0:
                yield item, box


def _findings(window) -> Iterator[tuple[str, str, str]]:
    """(text, severity, what is wrong) for each visible text that does not fit."""
    for item, box in _texts(window):
        text = item.property("text")
        designed = item.property("font").pixelSize()
        actual = item.property("fontInfo").property("pixelSize").toInt() or designed
        # Line spacing below the last line is empty; only ink past the bottom counts.
        lines = max(1, item.property("lineCount"))
        pitch = item.property("contentHeight") / lines
        spacing = item.property("lineHeight")  # KText sets proportional line heights
        overflow = item.property("contentHeight") - pitch * (1 - 1 / max(1.0, spacing)) - item.height()
        if item.property("truncated"):
            yield text, "error", "is cut off"
        elif overflow > max(2.0, 0.3 * actual):
            yield text, "error", f"runs {round(overflow)} px past its space"
        elif box.right() > window.width() + 1 or box.bottom() > window.height() + 1:
            yield text, "error", "runs off the screen"
        elif designed > 0 and actual < designed * SHRINK_WARNING:
            yield text, "warning", f"shrinks to {actual} px (designed {designed} px) to fit"


def check_layout(content: Path, sizes: list[tuple[int, int]], screens: list[str] | None = None,
                 modes: list[tuple[str, ...]] | None = None, languages: list[str] | None = None) -> list[Problem]:
    """Every finding at every size, in each set of accessibility modes (default: the kiosk as designed)
    and each content language (default: all of them)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from kiosk.core.loader import load_content
    from kiosk.ui.preview import screen_steps, settle, show_screen, wait_until
    from kiosk.ui.shell import KioskShell

    result = load_content(content, check_media=False)
    sources = text_sources(result)
    default = result.content.exhibition.default_language if result.content else ""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    problems: dict[tuple, Problem] = {}
    for size in sizes:
        shell = KioskShell(content, fullscreen=False, size=size, watch=False, record_usage=False, speech="none")
        shell.window.show()
        wait_until(app, lambda s=shell: s.exhibit.status != "loading", 120)
        for code, mode, name, show in screen_steps(shell, modes or [()], languages):
            if screens and name not in screens:
                continue
            show_screen(shell, code, show, mode)
            settle(app, shell.window)
            shown_in = f" in {'+'.join(mode)}" if mode else ""
            for text, severity, what in _findings(shell.window):
                src, shown_as = _source_of(text, code, sources), f"{code} text"
                if src is None and code != default:  # a partial language: text not yet translated shows in the default
                    src, shown_as = _source_of(text, default, sources), f"{default} text shown in a {code} visit"
                if src is None:
                    continue  # the kiosk's own words; their layout is the kiosk's business, not the curator's
                advice = "shorten it" if severity == "error" else "consider shortening it"
                message = (f"{shown_as} {what} on screen '{name}' at {size[0]}x{size[1]}{shown_in}: "
                           f"\"{src.text[:50]}{'…' if len(src.text) > 50 else ''}\"; {advice}")
                make = error if severity == "error" else warning
                problems.setdefault((src.path, src.line, src.column, size, severity, mode),
                                    make(src.path, src.line, src.column, message))
        shell.close()
    return sorted(problems.values(), key=lambda p: (str(p.path), p.line, p.message))
