"""What a visitor sees of the content in one language: plain dicts for the UI.

Language fallback happens here, so QML only lays out ready-made text. Takes the
content's records (kiosk/core/records.py), whose figures come formatted for every
language, or the checked models themselves (tools and tests).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.core.languages import has_own, pick
from kiosk.core.numbers import split_figure
from kiosk.core.picture_urls import picture_url
from kiosk.core.records import field_names, kind_of, walk

Model = Any  # a model of kiosk/core/schema.py, or its record


class Presenter:
    def __init__(self, root: Path, language: str, default: str, media: dict | None = None,
                 faces: Callable[[str], dict[str, Any]] | None = None):
        # absolute() touches no disk; callers on the GUI thread pass a root already resolved by the loader.
        self.root = Path(root).absolute()
        self.media = media or {}
        self.language = language
        self.default = default
        self.faces = faces  # language -> {"text", "display", "textLineScale", "displayLineScale"}

    def face(self, own: bool) -> dict[str, Any] | None:
        """The face for text in the visitor's language (own) or fallen back to the default: each in its own face.

        English shown in an Arabic visit set in the Arabic face takes the Arabic face's taller lines.
        None: the visit's face (the caller knows no typefaces).
        """
        return self.faces(self.language if own else self.default) if self.faces else None

    def text(self, value: dict[str, str] | None) -> str:
        return pick(value, self.language, self.default)

    def picture(self, pic: Model | None) -> dict[str, Any]:
        if pic is None:
            return {"source": "", "thumb": "", "file": "", "width": 0, "height": 0, "aspect": 0.0, "alt": "", "credit": "",
                    "caption": "", "face": None, "kind": "", "rights": "", "whole": False, "focusX": 0.5, "focusY": 0.5, "labels": [],
                    "vector": False}
        info = self.media.get(pic.file)
        path = info.path if info else self.root / pic.file
        vector = path.suffix.lower() == ".svg"  # Qt draws SVG crisply at any size itself
        return {
            "source": path.as_uri() if vector else picture_url("screen", path, info.version if info else 0),
            "thumb": "" if vector else picture_url("thumb", path, info.version if info else 0),
            "file": "" if vector else str(path),
            "vector": vector,
            "width": info.width if info else 0,
            "height": info.height if info else 0,
            "aspect": info.width / info.height if info and info.height else 0.0,
            "alt": self.text(pic.alt),
            "credit": self.text(pic.credit),
            "caption": self.text(pic.caption),
            "kind": pic.kind,
            "rights": pic.rights,
            "whole": (pic.fit or ("whole" if pic.kind in ("map", "diagram") else "fill")) == "whole",
            "focusX": pic.focus.x if pic.focus else 0.5,
            "focusY": pic.focus.y if pic.focus else 0.5,
            "labels": [{"x": label.at.x, "y": label.at.y, "text": self.text(label.text)} for label in pic.labels],
            "face": self.face(all(has_own(v, self.language) for v in (pic.alt, pic.caption, pic.credit) if v)),
        }

    def figure(self, fig: Model) -> dict[str, str]:
        # The figure's words (million, 万, مليون) in the language its caption is shown in.
        language = self.language if has_own(fig.caption, self.language) else self.default
        value = (getattr(fig, "shown", None) or {}).get(language)
        if value is None:  # a checked model, not a record: format it here
            from kiosk.core.numbers import format_figure

            value = format_figure(fig.value, fig.style, fig.digits, language)
        number, unit = split_figure(value)
        return {"value": value, "number": number, "unit": unit, "caption": self.text(fig.caption)}

    def fields(self, model: Model) -> dict[str, Any]:
        """Every field of a panel, resolved: language maps to text, pictures to dicts."""
        out: dict[str, Any] = {}
        for name in field_names(model):
            if name in ("type", "sources"):
                continue
            out[name] = self._value(getattr(model, name))
        out["sourceCount"] = len(getattr(model, "sources", []) or [])
        out["translated"] = self.translated(model)
        out["face"] = self.face(out["translated"])
        return out

    def translated(self, model: Model) -> bool:
        """Whether every text of `model` is written in the visitor's language (else some falls back)."""
        return all(has_own(v, self.language) for _, v in walk(model) if isinstance(v, dict))

    def _value(self, value: Any) -> Any:
        if value is None:
            return None
        if field_names(value) is not None:
            kind = kind_of(value)
            return self.picture(value) if kind == "Picture" else self.figure(value) if kind == "Figure" else self.fields(value)
        if isinstance(value, dict):
            return self.text(value)
        if isinstance(value, list):
            return [self._value(v) for v in value]
        return value

    def section(self, section: Model) -> dict[str, Any]:
        return {
            "id": section.id,
            "title": self.text(section.title),
            "summary": self.text(section.summary),
            "cover": self.picture(section.cover),
            "accent": section.accent,
            "panelCount": len(section.panels),
        }

    def pictures_of(self, model: Model) -> list[dict[str, Any]]:
        """Every picture in a panel, in reading order: what the image viewer pages through."""
        return [self.picture(v) for _, v in walk(model) if kind_of(v) == "Picture"]


class WordlessPresenter(Presenter):
    """The same sections, panels and pictures with every word and figure left empty.

    A language switch shows this for no frame at all: the screens drop their old words before
    the new face arrives, so no text is ever laid out in a face that cannot draw it.
    """

    def text(self, value: dict[str, str] | None) -> str:
        return ""

    def figure(self, fig: Model) -> dict[str, str]:
        return {"value": "", "number": "", "unit": "", "caption": ""}
