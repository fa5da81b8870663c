"""Checks beyond the schema: translations, sources, media files and glyphs."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.fonts import FontIndex, font_advice
from kiosk.core.languages import has_own
from kiosk.core.media import MediaError, inspect
from kiosk.core.problems import error, warning
from kiosk.core.records import field_names, walk
from kiosk.core.schema import Content, Picture
from kiosk.core.yaml_source import Path_

FACT_PANELS = {"story", "figures", "timeline", "comparison"}
SMALLEST_SCREEN_WIDTH = 1280  # a photograph opened full screen should be at least this wide to stay sharp


def check_content(content: Content, result, fonts: FontIndex | None, check_media: bool) -> None:
    root = result.root
    files = [(root / "exhibition.yaml", content.exhibition)]
    files += [(root / "sections" / f"{s.id}.yaml", s) for s in content.sections]
    languages = [lang.code for lang in content.exhibition.languages if not lang.partial]
    untranslated = {lang.code: 0 for lang in content.exhibition.languages if lang.partial}
    for path, model in files:
        doc = result.documents[path]
        for at, value in walk(model):
            line, col = doc.where(at)
            if isinstance(value, dict):
                _check_langmap(result, path, doc, at, value, languages, fonts)
                for code in untranslated:
                    untranslated[code] += not has_own(value, code)
            elif isinstance(value, Picture) and check_media:
                fl, fc = doc.where(at + ("file",))
                try:
                    info = result.media[value.file] = inspect(root, value.file)
                except MediaError as exc:
                    result.problems.append(error(path, fl, fc, str(exc)))
                    continue
                if info.format != "SVG" and max(info.width, info.height) < SMALLEST_SCREEN_WIDTH:
                    result.problems.append(warning(path, fl, fc, f"'{value.file}' is only {info.width}×{info.height} px and "
                                                                 "will look soft when a visitor opens it full screen; use an "
                                                                 f"image at least {SMALLEST_SCREEN_WIDTH} px on its long side"))
            elif field_names(value) is not None and getattr(value, "type", None) in FACT_PANELS and not value.sources:
                result.problems.append(warning(path, line, col, f"this {value.type} panel states facts but has no sources; "
                                                                "add 'sources:' with the report or page each fact comes from"))
    _summarise_partial(content, result, untranslated)
    if check_media:
        _check_unused_media(result)


def _summarise_partial(content: Content, result, untranslated: dict[str, int]) -> None:
    """One line per language marked partial, instead of a warning for every text it still lacks."""
    path = result.root / "exhibition.yaml"
    for i, lang in enumerate(content.exhibition.languages):
        count = untranslated.get(lang.code, 0)
        if count:
            line, col = result.documents[path].where(("languages", i, "partial"))
            result.problems.append(warning(path, line, col, f"'{lang.code}' is still being translated: {count} text(s) have "
                                                            f"no '{lang.code}' yet and show in "
                                                            f"{content.exhibition.default_language}; remove 'partial: true' "
                                                            "to list each one"))


def _check_unused_media(result) -> None:
    """Files in media/ that no picture refers to: forgotten, misspelt, or left over."""
    folder = result.root / "media"
    if not folder.is_dir():
        return
    used = {info.path for info in result.media.values()}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith(".") and path.resolve() not in used:
            rel = path.relative_to(result.root).as_posix()
            result.problems.append(warning(path, 0, 0, f"nothing uses '{rel}'; refer to it as 'file: {rel}' or delete it"))


def _check_langmap(result, path: Path, doc, at: Path_, text: dict, languages, fonts) -> None:
    line, col = doc.where(at)
    where = ".".join(str(p) for p in at)
    for lang in languages:
        if not has_own(text, lang):
            result.problems.append(warning(path, line, col, f"{where} has no '{lang}' text, so visitors reading {lang} "
                                                            f"see another language; add a line '{lang}: ...'"))
    for lang, value in text.items():
        line, col = doc.where(at + (lang,))
        if not value.strip():
            result.problems.append(error(path, line, col, f"{where}.{lang} is empty; write the text or delete the line"))
        if fonts is not None:
            missing = fonts.missing(value)
            if missing:
                shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in missing[:5])
                package, family = font_advice(missing)
                result.problems.append(error(path, line, col, f"{where}.{lang}: no installed or bundled font can draw {shown}; "
                                                              f"install a font that covers it ({family}, Debian package "
                                                              f"{package}) or replace the character"))
