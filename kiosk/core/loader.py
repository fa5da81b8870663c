"""Load a content folder into a checked `Content`, collecting every problem at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from kiosk.core.fonts import FontIndex
from kiosk.core.media import MediaInfo
from kiosk.core.problems import Problem, error, warning
from kiosk.core.schema import Content, Exhibition, Section
from kiosk.core.schema_errors import problems_from
from kiosk.core.yaml_source import YamlDocument, read_yaml

EXHIBITION_FILE = "exhibition.yaml"
SECTIONS_DIR = "sections"


@dataclass
class LoadResult:
    root: Path
    content: Content | None
    problems: list[Problem] = field(default_factory=list)
    documents: dict[Path, YamlDocument] = field(default_factory=dict)
    media: dict[str, MediaInfo] = field(default_factory=dict)  # by the path written in YAML
    real_root: Path | None = None  # root with links resolved, found on the loading thread

    def watch_list(self) -> list[Path]:
        """Folders and files whose change means the content should be read again."""
        root = self.root.resolve()
        paths = [root, root / SECTIONS_DIR, root / "media", *self.documents]
        paths += [info.path for info in self.media.values()]
        return [p for p in paths if p.exists()]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        return self.content is not None and not self.errors


def _parse(path: Path, model: type[BaseModel], problems: list[Problem]) -> tuple[BaseModel | None, YamlDocument | None]:
    doc = read_yaml(path, problems)
    if doc is None:
        return None, None
    if not isinstance(doc.data, dict):
        problems.append(error(path, 1, 1, "the file must hold key: value pairs at the top level, e.g. 'title:'"))
        return None, doc
    try:
        return model.model_validate(doc.data), doc
    except ValidationError as exc:
        problems.extend(problems_from(exc, model, doc))
        return None, doc


def load_content(root: Path, fonts: FontIndex | None = None, check_media: bool = True) -> LoadResult:
    """Read and check everything under `root`. Slow (file I/O, image decoding): call off the GUI thread."""
    from kiosk.core.checks import check_content

    root = Path(root)
    result = LoadResult(root, None, real_root=root.resolve())
    problems = result.problems
    ex_path = root / EXHIBITION_FILE
    if not root.is_dir():
        problems.append(error(root, 0, 0, "the content folder does not exist; give the path to a folder holding exhibition.yaml"))
        return result
    if not ex_path.is_file():
        problems.append(error(ex_path, 0, 0, "exhibition.yaml is missing; every content folder starts with one"))
        return result
    exhibition, ex_doc = _parse(ex_path, Exhibition, problems)
    if ex_doc:
        result.documents[ex_path] = ex_doc
    if exhibition is None:
        return result

    sections: list[Section] = []
    listed = set()
    for index, section_id in enumerate(exhibition.sections):
        listed.add(section_id)
        path = root / SECTIONS_DIR / f"{section_id}.yaml"
        if not path.is_file():
            line, col = ex_doc.where(("sections", index))
            problems.append(error(ex_path, line, col, f"section '{section_id}' has no file {SECTIONS_DIR}/{section_id}.yaml; "
                                                      "create it or remove this line"))
            continue
        section, doc = _parse(path, Section, problems)
        if doc:
            result.documents[path] = doc
        if section is None:
            continue
        if section.id != section_id:
            line, col = doc.where(("id",))
            problems.append(error(path, line, col, f"id is '{section.id}' but the file is {section_id}.yaml; write 'id: {section_id}'"))
            continue
        sections.append(section)
    sections_dir = root / SECTIONS_DIR
    if sections_dir.is_dir():
        for extra in sorted(sections_dir.glob("*.y*ml")):
            if extra.stem not in listed:
                problems.append(warning(extra, 1, 1, f"this section is not shown: add '- {extra.stem}' under sections: in exhibition.yaml"))
    if result.errors:
        return result
    content = Content(exhibition=exhibition, sections=sections)
    check_content(content, result, fonts=fonts, check_media=check_media)
    if not result.errors:
        result.content = content
    return result
