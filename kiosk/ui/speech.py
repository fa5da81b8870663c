"""Read aloud through Qt's text-to-speech, where an offline engine and a voice exist.

Qt's text-to-speech is in PySide6-Addons (the optional `speech` extra); on Linux its
engine is speech-dispatcher with espeak-ng. Opening an engine talks to a daemon and
can block, so the engine lives on a thread of its own and the GUI only sends it
requests. Until the engine reports its voices, or if there is none, nothing can be
read and the kiosk hides the read-aloud button.
"""

from __future__ import annotations

import importlib
import logging
import os

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

ENGINE_ENV = "KIOSK_SPEECH_ENGINE"  # an engine name ("speechd"), "auto" for the first real one; unset or "none": off

_tts_module = None
_tts_tried = False


def _speech_module():
    global _tts_module, _tts_tried
    if not _tts_tried:
        _tts_tried = True
        try:
            _tts_module = importlib.import_module("PySide6.QtTextToSpeech")
        except ImportError:  # the optional `speech` extra is not installed: nothing is read aloud
            _tts_module = None
    return _tts_module


# Where staff have switched reading aloud on, imported once, with the kiosk, before any worker
# thread runs: loading QtTextToSpeech loads Qt Multimedia, whose start-up logs through Qt's message
# handler (Python's, under pytest-qt) from inside dlopen; a Python thread importing a module of its
# own at that moment deadlocked the two. Where it is off (the default) nothing is loaded: 2.2 MB.
if os.environ.get(ENGINE_ENV, "") not in ("", "none"):
    _speech_module()


def engine_name() -> str | None:
    """The engine staff switched on with KIOSK_SPEECH_ENGINE; reading aloud is off unless they did.

    Off by default because opening an engine holds Python's interpreter lock: with
    speech-dispatcher that stalls the whole kiosk for about 2 s (measured: the first frame
    went from 0.5 s to 2.5-3 s), so staff choose it where speakers are fitted.
    """
    chosen = os.environ.get(ENGINE_ENV, "")
    module = _speech_module() if chosen not in ("", "none") else None
    if module is None:
        return None
    engines = module.QTextToSpeech.availableEngines()
    if chosen == "auto":
        real = [e for e in engines if e != "mock"]
        return real[0] if real else None
    return chosen if chosen in engines else None


class _Voice(QObject):
    """The engine itself, on the speech thread."""

    opened = Signal(list)  # locale names the engine has voices for
    speaking = Signal(bool)

    def __init__(self):
        super().__init__()
        self._tts = None

    @Slot(str)
    def open(self, engine: str) -> None:
        module = _speech_module()
        self._tts = module.QTextToSpeech(engine, self)
        ready = module.QTextToSpeech.State.Ready
        self._tts.stateChanged.connect(lambda state: self.speaking.emit(state == module.QTextToSpeech.State.Speaking))
        if self._tts.state() != ready:
            log.warning("text-to-speech engine %r is not ready: %s", engine, self._tts.errorString())
            self.opened.emit([])
            return
        self.opened.emit([loc.name() for loc in self._tts.availableLocales()])

    @Slot(str, str)
    def say(self, text: str, locale: str) -> None:
        if self._tts is None:
            return
        self._tts.stop()
        self._tts.setLocale(QLocale(locale))
        self._tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()


class Speech(QObject):
    """The GUI side: which languages can be read, and requests to read or stop."""

    availableChanged = Signal()
    speakingChanged = Signal()
    _open = Signal(str)
    _say = Signal(str, str)
    _stop = Signal()

    def __init__(self, engine: str | None = None, parent=None):
        super().__init__(parent)
        self._locales: list[QLocale] = []
        self._speaking = False
        self._thread = None
        engine = engine if engine is not None else engine_name()
        if not engine or engine == "none" or _speech_module() is None:
            return
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self._voice = _Voice()
        self._voice.moveToThread(self._thread)
        self._thread.finished.connect(self._voice.deleteLater)
        self._open.connect(self._voice.open)
        self._say.connect(self._voice.say)
        self._stop.connect(self._voice.stop)
        self._voice.opened.connect(self._opened)
        self._voice.speaking.connect(self._set_speaking)
        self._thread.start()
        self._open.emit(engine)
        # However the kiosk ends (staff exit, a bench or preview quitting), the thread stops first:
        # a QThread destroyed while running aborts the process.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _opened(self, names: list) -> None:
        self._locales = [QLocale(name) for name in names]
        log.info("reading aloud in: %s", ", ".join(names) or "no language")
        self.availableChanged.emit()

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speakingChanged.emit()

    def voice_for(self, language: str) -> str | None:
        """The engine's locale for a BCP 47 language (zh-Hans, en, ar), or None if it has no voice for it."""
        wanted = QLocale(language)
        same = [loc for loc in self._locales if loc.language() == wanted.language()]
        place = [loc for loc in same if loc.territory() == wanted.territory()]
        script = [loc for loc in same if loc.script() == wanted.script()]
        found = (place or script or same or [None])[0]
        return found.name() if found is not None else None

    @property
    def speaking(self) -> bool:
        return self._speaking

    def say(self, text: str, language: str) -> bool:
        locale = self.voice_for(language)
        if locale is None or not text:
            return False
        self._say.emit(text, locale)
        return True

    def stop(self) -> None:
        if self._thread is not None:
            self._stop.emit()

    def shutdown(self) -> None:
        if self._thread is not None:
            self._stop.emit()
            self._thread.quit()
            if not self._thread.wait(2000):
                # Stuck in the speech daemon: end the thread rather than let its destruction abort the kiosk.
                log.warning("the speech engine did not stop in time; ending its thread")
                self._thread.terminate()
                self._thread.wait(1000)
            self._thread = None
