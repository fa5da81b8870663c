"""Helpers for the core tests: a minimal valid content folder, written fresh into a folder.

`make_content` writes a folder that loads with no problems at all; each test
breaks exactly one thing in it. Images are drawn here with Pillow; no binary fixtures.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.core.loader import LoadResult, load_content
from kiosk.core.problems import Problem

REPO_ROOT = Path(__file__).resolve().parents[2]
BUNDLED_CONTENT = REPO_ROOT / "content"

EXHIBITION_YAML = """\
title:
  en: "Heritage Demo"
  zh-Hans: "遗产演示"
languages:
  - code: en
    name: "English"
  - code: zh-Hans
    name: "中文"
default_language: en
idle_timeout_seconds: 60
attract:
  headline:
    en: "Touch the screen to begin"
    zh-Hans: "轻触屏幕，开始参观"
  slides:
    - image:
        file: media/cover.png
        alt:
          en: "A sandstone cliff."
          zh-Hans: "砂岩崖壁。"
        credit:
          en: "Test studio"
          zh-Hans: "测试工作室"
        rights: "CC BY 4.0"
      caption:
        en: "The Dazu Rock Carvings"
        zh-Hans: "大足石刻"
sections:
  - demo
"""

SECTION_YAML = """\
id: demo
title:
  en: "Dazu Rock Carvings"
  zh-Hans: "大足石刻"
summary:
  en: "Cliff carvings from the 9th to 13th centuries."
  zh-Hans: "9至13世纪的摩崖造像。"
cover:
  file: media/cover.png
  alt:
    en: "A sandstone cliff."
    zh-Hans: "砂岩崖壁。"
  credit:
    en: "Test studio"
    zh-Hans: "测试工作室"
  rights: "CC BY 4.0"
panels:
  - type: story
    title:
      en: "Chongqing's World Heritage site"
      zh-Hans: "重庆的世界文化遗产"
    body:
      en: "Five sites were inscribed in 1999."
      zh-Hans: "1999年五处石刻列入名录。"
    image:
      file: media/map.svg
      kind: map
      alt:
        en: "Map of the five sites."
        zh-Hans: "五处石刻点地图。"
      credit:
        en: "Test studio"
        zh-Hans: "测试工作室"
      rights: "CC BY 4.0"
    sources:
      - title: "Dazu Rock Carvings"
        url: "https://whc.unesco.org/en/list/912/"
        publisher: "UNESCO World Heritage Centre"
"""

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30" width="40" height="30">'
    '<rect x="0" y="0" width="40" height="30" fill="#9C6B3F"/></svg>'
)


def png_bytes(size: tuple[int, int] = (8, 6), color: str = "#9C6B3F") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes(size: tuple[int, int] = (64, 48), color: str = "#3B4A7A") -> bytes:
    buf = io.BytesIO()
    # Some noise so the entropy-coded data is long enough to cut in half meaningfully.
    im = Image.effect_noise(size, 60).convert("RGB")
    im.paste(Image.new("RGB", (size[0] // 2, size[1]), color))
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the `occurrence`-th line containing `needle`."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} (occurrence {occurrence}) not in text")


@dataclass
class ContentFolder:
    root: Path

    @property
    def exhibition(self) -> Path:
        return self.root / "exhibition.yaml"

    @property
    def section(self) -> Path:
        return self.root / "sections" / "demo.yaml"

    @property
    def media(self) -> Path:
        return self.root / "media"

    def write_section(self, text: str) -> Path:
        self.section.write_text(text, "utf-8")
        return self.section

    def write_exhibition(self, text: str) -> Path:
        self.exhibition.write_text(text, "utf-8")
        return self.exhibition

    def replace_in_section(self, old: str, new: str) -> str:
        """Replace exactly one occurrence of `old`; returns the new text."""
        text = self.section.read_text("utf-8")
        assert text.count(old) == 1, f"{old!r} must occur exactly once in the section"
        text = text.replace(old, new)
        self.write_section(text)
        return text

    def replace_in_exhibition(self, old: str, new: str) -> str:
        text = self.exhibition.read_text("utf-8")
        assert text.count(old) == 1, f"{old!r} must occur exactly once in exhibition.yaml"
        text = text.replace(old, new)
        self.write_exhibition(text)
        return text

    def load(self, **kwargs) -> LoadResult:
        return load_content(self.root, **kwargs)


def make_content(root: Path) -> ContentFolder:
    (root / "sections").mkdir(parents=True)
    (root / "media").mkdir()
    (root / "exhibition.yaml").write_text(EXHIBITION_YAML, "utf-8")
    (root / "sections" / "demo.yaml").write_text(SECTION_YAML, "utf-8")
    (root / "media" / "cover.png").write_bytes(png_bytes((1600, 1000)))
    (root / "media" / "map.svg").write_text(SVG, "utf-8")
    return ContentFolder(root)


def only(problems: list[Problem], *, path: Path | None = None, severity: str | None = None,
         contains: str = "", starts: str = "") -> Problem:
    """The single problem matching the filters; fails listing all problems otherwise."""
    found = [
        p for p in problems
        if (path is None or p.path == path)
        and (severity is None or p.severity.value == severity)
        and contains in p.message
        and p.message.startswith(starts)
    ]
    assert len(found) == 1, f"expected one {severity or ''} problem with {starts + '…' + contains!r}, got:\n" + "\n".join(
        p.format() for p in problems
    )
    return found[0]


def describe(problems: list[Problem]) -> str:
    return "\n".join(p.format() for p in problems) or "(no problems)"
