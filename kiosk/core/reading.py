"""The content as the running kiosk takes it: read and checked in a short-lived process.

Checking a content folder takes pydantic, YAML, CLDR's data and OpenSSL (which pydantic
loads): about 25 MB that a kiosk running for months would otherwise hold after its first
load. (The kiosk still reads the font index itself, for the small copies of the CJK faces.) The
kiosk runs `kiosk content-read FOLDER` instead; the child checks the folder, works out
what the kiosk needs (records of the content, the typefaces of each language, its
figures in every language) and hands it back pickled on its standard output, then
exits and gives its memory back. A curator's file that makes the checker crash or run
away ends that process, not the kiosk, and the kiosk keeps its last good content.

`read` does the same in the calling process, for tests and tools.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.problems import Problem, error
from kiosk.core.records import Record, as_record, kind_of, walk

log = logging.getLogger(__name__)

# The bundled content takes about 1.1 s here. A first start on a PC scans its fonts too, which
# kiosk/core/font_scan.py allows 600 s: a child still reading after this is stuck.
CHILD_LIMIT_S = 900


@dataclass
class Reading:
    root: Path
    real_root: Path  # root with links resolved, found off the GUI thread
    content: Record | None  # None when the content has errors
    problems: list[Problem] = field(default_factory=list)
    media: dict[str, Any] = field(default_factory=dict)  # kiosk.core.media.MediaInfo by the path written in YAML
    watch: list[Path] = field(default_factory=list)  # what to watch for the next change
    typefaces: Any = None  # kiosk.core.typefaces.Typefaces, measured on this content
    languages: list[dict] = field(default_factory=list)  # offered languages: code, name, rightToLeft
    language_names: dict[str, str] = field(default_factory=dict)  # every content language, named in itself

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


def failed(root: Path, problem: Problem) -> Reading:
    """No content, one problem, and the files to watch for the curator's fix."""
    from kiosk.core.typefaces import Typefaces

    root = Path(root)
    sections = root / "sections"
    watch = [root, sections, root / "media", root / "exhibition.yaml", *sorted(sections.glob("*.y*ml"))]
    return Reading(root, root.absolute(), None, [problem], watch=[p for p in watch if p.exists()], typefaces=Typefaces())


def read(root: Path) -> Reading:
    """Reads and checks `root` in this process. Slow (file I/O, decoding): never on the GUI thread."""
    from kiosk.core.languages import offered_languages
    from kiosk.core.loader import load_content
    from kiosk.core.typefaces import Typefaces

    result = load_content(root)
    reading = Reading(result.root, result.real_root or Path(root).absolute(), None, result.problems, result.media,
                      result.watch_list(), Typefaces())
    if result.content is not None:
        reading.languages = offered_languages(result.content)
        codes = result.content.language_codes
        reading.language_names = {code: result.content.language_name(code) for code in codes}
        reading.content = as_shown(result.content)
        reading.typefaces.measure(reading.content)  # the figures' words too: a face must draw 万
    return reading


def as_shown(content) -> Record:
    """The content's record, each figure formatted for every content language (`shown`): the kiosk
    then needs no CLDR data, and the faces are chosen and cut for the words figures are shown with."""
    from kiosk.core.numbers import format_figure

    record = as_record(content)
    codes = content.language_codes
    for _, value in walk(record):
        if kind_of(value) == "Figure":
            value.shown = {code: format_figure(value.value, value.style, value.digits, code) for code in codes}
    return record


def read_in_child(root: Path, stop: Callable[[], bool] = lambda: False) -> Reading:
    """Reads and checks `root` in a process of its own (`kiosk content-read`); `stop()` true ends it early."""
    root = Path(root).absolute()
    frozen = getattr(sys, "frozen", False)  # the offline bundle's executable is the kiosk command itself
    command = [sys.executable, *([] if frozen else ["-m", "kiosk"]), "content-read", str(root)]
    try:
        code, answer, said = _run(command, stop, CHILD_LIMIT_S)
    except OSError as exc:
        return failed(root, _stopped(root, f"it could not start: {exc}"))
    if code is None:
        return failed(root, _stopped(root, "the kiosk stopped it" if stop() else f"it was still reading after {CHILD_LIMIT_S} s"))
    lines = said.strip().splitlines()
    if code != 0:
        return failed(root, _stopped(root, f"exit code {code}: {lines[-1] if lines else 'no message'}"))
    try:
        reading = pickle.loads(answer)
    except Exception as exc:  # noqa: BLE001 - whatever the child wrote, the kiosk keeps running
        return failed(root, _stopped(root, f"its answer could not be read ({type(exc).__name__})"))
    if not isinstance(reading, Reading):
        return failed(root, _stopped(root, "it answered with something else"))
    return reading


def _run(command: list[str], stop: Callable[[], bool], limit_s: float) -> tuple[int | None, bytes, str]:
    from kiosk.core.child_process import run_child

    return run_child(command, dict(os.environ), stop, limit_s, cwd=Path(__file__).resolve().parents[2])


def _stopped(root: Path, why: str) -> Problem:
    return error(root, 0, 0, f"the content checker stopped ({why}); run 'kiosk validate {root}' to see the content's "
                             "problems, and report this message if it finds none")


def main(root: Path) -> int:
    """`kiosk content-read FOLDER`: the reading, pickled, on standard output; messages on standard error."""
    answer = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed while reading may spoil the answer
    reading = read(root)
    answer.write(pickle.dumps(reading, protocol=pickle.HIGHEST_PROTOCOL))
    answer.flush()
    return 0
