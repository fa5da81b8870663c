"""The visitor's accessibility choices: large text, high contrast, reach mode, reading aloud.

Lives on the GUI thread beside the visit. QML reads the modes and the palette
from here (Theme binds them) and calls the slots; every choice is forgotten when
the visit restarts, so the next visitor finds the kiosk as designed.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core import palette
from kiosk.core.read_aloud import panel_script, screen_script

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

MODES = ("large-text", "high-contrast", "reach")


@QmlElement
@QmlUncreatable("The kiosk creates the access choices; QML receives them as a required property.")
class Access(QObject):
    modesChanged = Signal()
    menuChanged = Signal()
    speechChanged = Signal()

    def __init__(self, visit, exhibit, speech, parent=None):
        super().__init__(parent)
        self._visit = visit
        self._exhibit = exhibit
        self._speech = speech  # a Speech; reads nothing where no engine or voice exists
        self._modes: set[str] = set()
        self._menu = False
        visit.reset.connect(self.reset)
        visit.languageChanged.connect(self._language_changed)
        visit.screenChanged.connect(self._stop_reading)
        visit.panelIndexChanged.connect(self._stop_reading)
        visit.sectionIndexChanged.connect(self._stop_reading)
        speech.availableChanged.connect(self.speechChanged)
        speech.speakingChanged.connect(self.speechChanged)

    # -- modes -----------------------------------------------------------------------------
    def is_on(self, mode: str) -> bool:
        return mode in self._modes

    def set_mode(self, mode: str, on: bool) -> None:
        if mode not in MODES:
            raise ValueError(f"no such accessibility mode: {mode!r}; choose one of {', '.join(MODES)}")
        if on != (mode in self._modes):
            (self._modes.add if on else self._modes.discard)(mode)
            self.modesChanged.emit()

    @Slot(str)
    def toggle(self, mode: str) -> None:
        self.set_mode(mode, mode not in self._modes)

    def _get_large_text(self) -> bool:
        return "large-text" in self._modes

    def _get_high_contrast(self) -> bool:
        return "high-contrast" in self._modes

    def _get_reach(self) -> bool:
        return "reach" in self._modes

    def _get_text_scale(self) -> float:
        return palette.LARGE_TEXT_SCALE if "large-text" in self._modes else 1.0

    def _get_palette(self) -> dict:
        return dict(palette.PALETTES["high-contrast" if "high-contrast" in self._modes else "default"])

    largeText = Property(bool, _get_large_text, notify=modesChanged)
    highContrast = Property(bool, _get_high_contrast, notify=modesChanged)
    reach = Property(bool, _get_reach, notify=modesChanged)
    textScale = Property(float, _get_text_scale, notify=modesChanged)
    palette = Property(dict, _get_palette, notify=modesChanged)

    # -- the menu ----------------------------------------------------------------------------
    def _get_menu_open(self) -> bool:
        return self._menu

    menuOpen = Property(bool, _get_menu_open, notify=menuChanged)

    @Slot()
    def openMenu(self) -> None:
        if not self._menu:
            self._menu = True
            self.menuChanged.emit()

    @Slot()
    def closeMenu(self) -> None:
        if self._menu:
            self._menu = False
            self.menuChanged.emit()

    # -- reading aloud -----------------------------------------------------------------------
    def _get_can_read(self) -> bool:
        return self._speech.voice_for(self._visit.language) is not None

    def _get_reading(self) -> bool:
        return self._speech.speaking

    canRead = Property(bool, _get_can_read, notify=speechChanged)
    reading = Property(bool, _get_reading, notify=speechChanged)

    def script(self) -> str:
        """What reading aloud says on the screen the visitor is on."""
        screen = self._visit.screen
        if screen == "section":
            panels = self._exhibit.panels
            index = self._visit.panelIndex
            return panel_script(panels[index].fields) if 0 <= index < len(panels) else ""
        if screen == "home":
            return screen_script(self._exhibit.title, self._exhibit.subtitle, self._exhibit.sections)
        return screen_script(self._exhibit.title, self._exhibit.headline, [])

    @Slot()
    def readAloud(self) -> None:
        if self._speech.speaking:
            self._speech.stop()
        else:
            self._speech.say(self.script(), self._visit.language)

    def _stop_reading(self) -> None:
        self._speech.stop()

    def _language_changed(self) -> None:
        self._speech.stop()
        self.speechChanged.emit()

    @Slot()
    def reset(self) -> None:
        """The next visitor starts with the kiosk as designed."""
        self._speech.stop()
        self.closeMenu()
        if self._modes:
            self._modes.clear()
            self.modesChanged.emit()
