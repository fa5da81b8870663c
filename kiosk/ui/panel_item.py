"""One panel of the open section as QML sees it, and the QML file that draws each kind of panel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QUrl, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

if TYPE_CHECKING:
    from kiosk.core.present import Presenter

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

PANELS_DIR = Path(__file__).resolve().parents[1] / "qml" / "Kiosk" / "Panels"


def panel_component(kind: str) -> QUrl:
    """story -> .../Panels/StoryPanel.qml: a new panel type needs only its QML file."""
    return QUrl.fromLocalFile(str(PANELS_DIR / f"{kind.capitalize()}Panel.qml"))


@QmlElement
@QmlUncreatable("Panels come from the exhibition's content.")
class PanelItem(QObject):
    """One panel of the open section; its text follows the visitor's language."""

    changed = Signal()

    def __init__(self, model, index: int, parent=None):
        super().__init__(parent)
        self._model = model
        self._index = index
        self._presenter: Presenter | None = None
        self._fields: dict | None = None
        self._pictures: list | None = None

    def present(self, presenter: Presenter) -> None:
        """Shows the panel in the presenter's language. Its words are resolved when first read:
        opening a section or switching language then costs only the panels on screen, in the
        frame that shows them, instead of every panel before the first reacting frame."""
        self._presenter = presenter
        self._fields = self._pictures = None
        self.changed.emit()

    def _resolved(self) -> tuple[dict, list]:
        if self._fields is None or self._pictures is None:
            if self._presenter is None:
                return {}, []
            self._fields = self._presenter.fields(self._model)
            self._pictures = self._presenter.pictures_of(self._model)
        return self._fields, self._pictures

    def _kind(self) -> str:
        return self._model.type

    def _get_index(self) -> int:
        return self._index

    def _component(self) -> QUrl:
        return panel_component(self._model.type)

    def _get_fields(self) -> dict:
        return self._resolved()[0]

    def _get_pictures(self) -> list:
        return self._resolved()[1]

    kind = Property(str, _kind, constant=True)
    index = Property(int, _get_index, constant=True)
    component = Property(QUrl, _component, constant=True)
    fields = Property(dict, _get_fields, notify=changed)
    pictures = Property(list, _get_pictures, notify=changed)
