"""The exhibition as QML sees it: read off the GUI thread, shown in the visitor's language.

The content is checked in a short-lived process of its own (kiosk/core/reading.py), so the
kiosk never holds the checker (pydantic, YAML, CLDR) and a curator's file cannot crash it.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui import font_copies
from kiosk.ui.font_fallbacks import lend_faces
from kiosk.ui.memory import forget_module_sources
from kiosk.ui.panel_item import PanelItem
from kiosk.ui.visit import Visit

if TYPE_CHECKING:
    from kiosk.core.present import Presenter
    from kiosk.core.reading import Reading

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)
@QmlElement
@QmlUncreatable("The kiosk creates the exhibit; QML receives it as a required property.")
class Exhibit(QObject):
    statusChanged = Signal()
    # What a language switch changes, each on its own signal and only when it did change, the
    # face first. The language list (each name in its own language) is not read again at all.
    faceChanged = Signal()
    textChanged = Signal()
    slidesChanged = Signal()
    sectionsChanged = Signal()
    languagesChanged = Signal()
    panelsChanged = Signal()
    restylingChanged = Signal()
    watchListChanged = Signal(list)  # files and folders the shown content was read from
    fontCopiesChanged = Signal()  # the small copies of the big typefaces are in use (kiosk/ui/font_copies.py)
    _loaded = Signal(object)
    _copies_made = Signal(object)

    def __init__(self, visit: Visit, parent=None, check_in_child: bool = True):
        super().__init__(parent)
        self._visit = visit
        self._check_in_child = check_in_child  # False: in this process, for tests that load content many times
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="content")
        self._status = "loading"
        self._problems = ""
        self._result: Reading | None = None
        self._text: dict = {}
        self._panels: list[PanelItem] = []
        self._panels_language = ""
        self._shown_language = ""  # the language of the words on the home and attract screens
        self._restyling = False
        self._pending = None
        self._copies = None  # (result, made) waiting for the visitor to reach home or the attract loop
        self._stopping = False
        self._loaded.connect(self._arrived)
        self._copies_made.connect(self._copies_arrived)
        visit.screenChanged.connect(self._apply_pending)
        visit.screenChanged.connect(self._present_panels)
        visit.languageChanged.connect(self._present)
        visit.sectionIndexChanged.connect(self._open_section)

    def load(self, root: Path) -> None:
        """Read and check `root` on the worker thread; the result arrives on the GUI thread."""
        self._pool.submit(self._load_in_worker, Path(root))

    def _load_in_worker(self, root: Path) -> None:
        from kiosk.core import reading

        forget_module_sources()  # before the content is built, so it can reuse that memory
        try:
            result = reading.read_in_child(root, lambda: self._stopping) if self._check_in_child else reading.read(root)
        except Exception as exc:  # a bug here must still leave visitors a calm screen
            log.exception("loading content failed")
            result = reading.failed(root, _internal_problem(root, exc))
        self._loaded.emit(result)

    @Slot(object)
    def _arrived(self, result) -> None:
        """A load finished: show it now, keep it for the next return home, or keep the last good content."""
        self.watchListChanged.emit(result.watch)
        for p in result.problems:
            (log.error if p.is_error else log.warning)("%s", p.format(result.root))
        self._problems = "\n".join(p.format(result.root) for p in result.errors)
        if result.content is None:
            if self._result is None:
                self._status = "unavailable"
            else:
                log.error("the changed content has errors; visitors keep seeing the last good content")
            self.statusChanged.emit()
            return
        if self._result is not None and self._visit.screen not in ("attract", "home"):
            log.info("new content is ready; it will show when the visitor returns home or the kiosk resets")
            self._pending = result
            self.statusChanged.emit()
            return
        self._apply(result)

    @Slot()
    def _apply_pending(self) -> None:
        if self._pending is not None and self._visit.screen in ("attract", "home"):
            result, self._pending = self._pending, None
            self._apply(result)
        if self._copies is not None and self._visit.screen in ("attract", "home"):
            self._use_copies()

    def _make_copies_in_worker(self, result: Reading) -> None:
        try:
            made = font_copies.make_in_worker(result.root, result.content, result.typefaces, lambda: self._stopping)
        except Exception:  # the installed faces still set every text
            log.exception("making the small copies of the typefaces failed")
            return
        if made and not self._stopping:
            self._copies_made.emit((result, made))

    @Slot(object)
    def _copies_arrived(self, copies) -> None:
        self._copies = copies
        self._apply_pending()

    def _use_copies(self) -> None:
        """Same glyphs, smaller files: the switch is invisible, so it waits only for a calm screen."""
        (result, made), self._copies = self._copies, None
        if result is not self._result:
            return  # newer content arrived; its own copies follow
        result.typefaces.use_fitted(made)
        self._lend_faces()
        self._panels_language = ""  # the open section's panels take the copies too, when shown again
        self._present()
        self.fontCopiesChanged.emit()

    def _apply(self, result: Reading) -> None:
        self._result = result
        typefaces = result.typefaces
        ex = result.content.exhibition
        for lang in ex.languages:
            if not typefaces.drawable(lang.code):
                log.error("%s", typefaces.explain(lang.code, result.language_names.get(lang.code, lang.code)))
        self._visit.configure(ex.default_language, [s.id for s in result.content.sections],
                              [len(s.panels) for s in result.content.sections],
                              ex.idle_timeout_seconds, ex.idle_countdown_seconds)
        self._lend_faces()
        self._present()
        self._open_section()
        if font_copies.enabled():
            self._pool.submit(self._make_copies_in_worker, result)
        self._status = "ready"
        self.statusChanged.emit()
        log.info("showing %s: %d sections, languages %s", result.root, len(result.content.sections),
                 ", ".join(entry["code"] for entry in self._text["languages"]))

    def _lend_faces(self) -> None:
        """Characters a face lacks come from the exhibition's other faces before the PC's (kiosk/ui/font_fallbacks.py)."""
        lend_faces(self._result.typefaces.fallbacks([lang["code"] for lang in self._offered()]))

    def _offered(self) -> list[dict]:
        """The languages visitors can choose: the default one, and each one the PC can draw."""
        default = self._result.content.exhibition.default_language
        return [lang for lang in self._result.languages
                if lang["code"] == default or self._result.typefaces.drawable(lang["code"])]

    def _presenter(self, language: str | None = None, wordless: bool = False) -> Presenter:
        from kiosk.core.present import Presenter, WordlessPresenter

        content = self._result.content
        kind = WordlessPresenter if wordless else Presenter
        return kind(self._result.real_root, language or self._visit.language, content.exhibition.default_language,
                    self._result.media, faces=self._result.typefaces.face)

    def _words(self, p: Presenter) -> dict:
        """The home and attract screens' words in the presenter's language."""
        content = self._result.content
        ex = content.exhibition
        return {
            "title": p.text(ex.title),
            "subtitle": p.text(ex.subtitle),
            "headline": p.text(ex.attract.headline),
            "slides": [{"image": p.picture(s.image), "caption": p.text(s.caption)} for s in ex.attract.slides],
            "sections": [p.section(s) for s in content.sections],
        }

    def words_in(self, language: str) -> dict:
        """The home and attract screens' words in `language` ({} before the content has loaded)."""
        return self._words(self._presenter(language)) if self._result is not None else {}

    def _faces(self) -> dict:
        """The faces of the visit's language, and each offered language's name in its own face."""
        t, language = self._result.typefaces, self._visit.language
        return {
            # Each language's name is set in its own face: 中文 in the Chinese one, whatever the visit's language.
            "languages": [{"code": lang["code"], "name": lang["name"], "face": t.face(lang["code"])}
                          for lang in self._offered()],
            "rightToLeft": any(lang["rightToLeft"] for lang in self._result.languages if lang["code"] == language),
            "textFamily": t.text_family(language),
            "displayFamily": t.display_family(language),
            "textLineScale": t.line_scale(t.text_family(language)),
            "displayLineScale": t.line_scale(t.display_family(language)),
        }

    @Slot()
    def _present(self) -> None:
        if self._result is None:
            return
        old, shown = self._text, self._shown_language
        self._text = {**self._words(self._presenter()), **self._faces()}
        self._shown_language = self._visit.language
        # While the switch's changes reach QML, text that shrinks to fit is laid out once at the
        # end instead of fitted again at every step (the face, the line height, the words, the size).
        self._set_restyling(True)
        try:
            if old and any(old[key] != self._text[key] for key in _FACE_KEYS):
                old = self._withdraw_words(old, shown)
            self._notify(old)
            self._present_panels()
        finally:
            self._set_restyling(False)

    def _withdraw_words(self, old: dict, shown: str) -> dict:
        """Empties the words on screen before a new face arrives, all in one event, so nothing is drawn
        between. Otherwise each text is laid out once in the new face with the old words: English in
        the Arabic face, every letter a search through the PC's fonts for one that draws it.

        The open section's panels keep their pictures and their repeated parts; only words change.
        The empty words are presented in the language shown until now: a text's face comes with its
        words (a panel's or picture's `face`), and the new one would arrive before the words left.
        """
        words, self._text = self._text, {**old, **self._words(self._presenter(shown, wordless=True))}
        self._notify(old)
        if self._visit.screen == "section" and self._panels_language:
            blank = self._presenter(self._panels_language, wordless=True)
            for item in self._panels:
                item.present(blank)
            self._panels_language = ""  # the panels take the new words once the face has changed
        blank, self._text = self._text, words
        return blank

    def _set_restyling(self, on: bool) -> None:
        self._restyling = on
        self.restylingChanged.emit()

    def _notify(self, old: dict) -> None:
        """Tells QML what changed, the face first."""
        changed = {key for key, value in self._text.items() if old.get(key) != value}
        for keys, signal in ((_FACE_KEYS, self.faceChanged), (_TEXT_KEYS, self.textChanged),
                             (("slides",), self.slidesChanged), (("sections",), self.sectionsChanged),
                             (("languages",), self.languagesChanged)):
            if changed.intersection(keys):
                signal.emit()

    @Slot()
    def _present_panels(self) -> None:
        """Panels follow the language while their section is on screen; a hidden one catches up when shown.

        A language switch on the home screen would otherwise rebuild the hidden section's panels too.
        """
        if self._visit.screen != "section" or self._panels_language == self._visit.language:
            return
        p = self._presenter()
        for item in self._panels:
            item.present(p)
        self._panels_language = self._visit.language

    @Slot()
    def _open_section(self) -> None:
        index = self._visit.sectionIndex
        old = self._panels
        self._panels = []
        if self._result is not None and 0 <= index < len(self._result.content.sections):
            p = self._presenter()
            for i, panel in enumerate(self._result.content.sections[index].panels):
                item = PanelItem(panel, i, self)
                item.present(p)
                self._panels.append(item)
            self._panels_language = self._visit.language
        self.panelsChanged.emit()
        for item in old:
            item.deleteLater()

    def _t(self, key: str, empty=""):
        return self._text.get(key, empty)

    def _status_(self) -> str:
        return self._status

    def _problems_(self) -> str:
        return self._problems

    def _has_pending(self) -> bool:
        return self._pending is not None

    def _title(self) -> str:
        return self._t("title")

    def _subtitle(self) -> str:
        return self._t("subtitle")

    def _headline(self) -> str:
        return self._t("headline")

    def _slides(self) -> list:
        return self._t("slides", [])

    def _sections(self) -> list:
        return self._t("sections", [])

    def _languages(self) -> list:
        return self._t("languages", [])

    def _text_family(self) -> str:
        return self._t("textFamily")

    def _display_family(self) -> str:
        return self._t("displayFamily")

    def _text_line_scale(self) -> float:
        return self._t("textLineScale", 1.0)

    def _display_line_scale(self) -> float:
        return self._t("displayLineScale", 1.0)

    def _right_to_left(self) -> bool:
        return self._t("rightToLeft", False)

    def _restyling_(self) -> bool:
        return self._restyling

    def _panels_(self) -> list:
        return self._panels

    def _seconds_per_slide(self) -> float:
        return self._result.content.exhibition.attract.seconds_per_slide if self._result else 7.0

    status = Property(str, _status_, notify=statusChanged)
    problems = Property(str, _problems_, notify=statusChanged)  # for staff: why the latest content was refused
    updatePending = Property(bool, _has_pending, notify=statusChanged)
    title = Property(str, _title, notify=textChanged)
    subtitle = Property(str, _subtitle, notify=textChanged)
    headline = Property(str, _headline, notify=textChanged)
    slides = Property(list, _slides, notify=slidesChanged)
    sections = Property(list, _sections, notify=sectionsChanged)
    languages = Property(list, _languages, notify=languagesChanged)
    textFamily = Property(str, _text_family, notify=faceChanged)
    displayFamily = Property(str, _display_family, notify=faceChanged)
    textLineScale = Property(float, _text_line_scale, notify=faceChanged)  # tall faces (Arabic) set lines closer
    displayLineScale = Property(float, _display_line_scale, notify=faceChanged)
    rightToLeft = Property(bool, _right_to_left, notify=faceChanged)  # the visit's language is written right to left
    panels = Property(list, _panels_, notify=panelsChanged)
    restyling = Property(bool, _restyling_, notify=restylingChanged)  # a language switch is reaching QML
    secondsPerSlide = Property(float, _seconds_per_slide, notify=statusChanged)

    def shutdown(self) -> None:
        self._stopping = True  # a copy being cut finishes its face, then the worker stops
        self._pool.shutdown(wait=True, cancel_futures=True)  # a finished job must not signal a deleted object


_FACE_KEYS = ("textFamily", "displayFamily", "textLineScale", "displayLineScale", "rightToLeft")
_TEXT_KEYS = ("title", "subtitle", "headline")


def _internal_problem(root: Path, exc: Exception):
    from kiosk.core.problems import error

    return error(root, 0, 0, f"the kiosk could not load this content ({type(exc).__name__}: {exc}); "
                             "run 'kiosk validate' and report this message")
