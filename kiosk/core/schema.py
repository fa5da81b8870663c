"""The content model curators write in YAML.

Every string a visitor sees is a `LangMap`: a mapping from BCP 47 tag to text,
like a IIIF Presentation 3 label. Panel types form a discriminated union on
`type`; adding a panel type means one model here plus one QML component named
`<Type>Panel.qml`.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from kiosk.core.language_tags import WELL_FORMED as BCP47
from kiosk.core.language_tags import endonym, tag_problem

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _check_tag(tag: str) -> str:
    problem = tag_problem(tag)
    if problem:
        raise ValueError(problem)
    return tag


LangTag = Annotated[str, AfterValidator(_check_tag), Field(description="BCP 47 language tag, e.g. en, zh-Hans, ar")]
LangMap = Annotated[
    dict[LangTag, str],
    Field(
        description="Text by language: keys are BCP 47 tags (en, zh-Hans, ar), values the text.",
        min_length=1,
        json_schema_extra={"propertyNames": {"pattern": BCP47.pattern}},
    ),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Source(Strict):
    """Where a fact comes from. Visitors do not see sources by default."""

    title: str = Field(description="Title of the report, page or book.")
    url: str | None = Field(default=None, description="Web address, if there is one.")
    publisher: str | None = None
    note: str | None = Field(default=None, description="Which facts this source supports.")


class Point(Strict):
    """A place on a picture: x from the left edge, y from the top, each from 0 to 1."""

    x: float = Field(ge=0, le=1)
    y: float = Field(ge=0, le=1)


class PictureLabel(Strict):
    """A translated label drawn over a map or diagram, pointing at a place on it."""

    at: Point
    text: LangMap


class Picture(Strict):
    """An image under content/media with the words that must travel with it."""

    file: str = Field(description="Path inside the content folder, e.g. media/dazu-guanyin.svg")
    alt: LangMap = Field(description="What the image shows, for people who cannot see it.")
    credit: LangMap = Field(description="Who made the image; shown on screen.")
    rights: str = Field(description="Rights statement, e.g. 'CC BY 4.0' or 'All rights reserved'.")
    caption: LangMap | None = None
    kind: Literal["photograph", "illustration", "map", "diagram"] = "photograph"
    focus: Point | None = Field(default=None, description="What must stay in view when the picture is cropped to fill a frame.")
    fit: Literal["fill", "whole"] | None = Field(
        default=None, description="fill crops to the frame; whole shows all of it. Maps and diagrams default to whole."
    )
    labels: list[PictureLabel] = Field(default_factory=list, max_length=16)


class PanelBase(Strict):
    title: LangMap
    sources: list[Source] = Field(
        default_factory=list, description="Required on every panel that states facts."
    )


class StoryPanel(PanelBase):
    """Text beside one image."""

    type: Literal["story"]
    kicker: LangMap | None = Field(default=None, description="A short line above the title.")
    body: LangMap
    image: Picture | None = None


class GalleryPanel(PanelBase):
    type: Literal["gallery"]
    intro: LangMap | None = None
    images: list[Picture] = Field(min_length=1, max_length=12)


class Figure(Strict):
    value: float = Field(description="The number itself, unformatted, e.g. 1482000.", allow_inf_nan=False)
    style: Literal["number", "compact", "percent"] = Field(
        default="number", description="compact writes 1.482 million / 148.2万."
    )
    digits: int = Field(default=0, ge=0, le=4, description="Decimal places to show.")
    caption: LangMap


class FiguresPanel(PanelBase):
    type: Literal["figures"]
    intro: LangMap | None = None
    figures: list[Figure] = Field(min_length=1, max_length=6)


class TimelineEvent(Strict):
    when: LangMap = Field(description="The date as visitors should read it, e.g. '763 CE'.")
    headline: LangMap
    text: LangMap | None = None


class TimelinePanel(PanelBase):
    type: Literal["timeline"]
    intro: LangMap | None = None
    events: list[TimelineEvent] = Field(min_length=2, max_length=8)


class ComparisonSide(Strict):
    heading: LangMap
    image: Picture | None = None
    facts: list[LangMap] = Field(min_length=1, max_length=5)


class ComparisonPanel(PanelBase):
    type: Literal["comparison"]
    intro: LangMap | None = None
    left: ComparisonSide
    right: ComparisonSide


class QuotePanel(PanelBase):
    type: Literal["quote"]
    quote: LangMap
    attribution: LangMap
    image: Picture | None = None


Panel = Annotated[
    StoryPanel | GalleryPanel | FiguresPanel | TimelinePanel | ComparisonPanel | QuotePanel,
    Field(discriminator="type"),
]
PANEL_TYPES = ("story", "gallery", "figures", "timeline", "comparison", "quote")


class Section(Strict):
    """One file under content/sections/."""

    id: str = Field(description="Short name used in file names, e.g. dazu.")
    title: LangMap
    summary: LangMap
    cover: Picture
    accent: str = Field(
        default="#B5533C", pattern=r"^#[0-9A-Fa-f]{6}$", description="Colour as #RRGGBB."
    )
    panels: list[Panel] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(f"'{v}' is not a short name; use lower-case letters, digits and -")
        return v


class AttractSlide(Strict):
    image: Picture
    caption: LangMap


class Attract(Strict):
    headline: LangMap
    slides: list[AttractSlide] = Field(min_length=1)
    seconds_per_slide: float = Field(default=7.0, ge=2, le=60)


class Language(Strict):
    code: str = Field(description="BCP 47 tag, e.g. zh-Hans, ar, pt-BR.")
    name: str | None = Field(default=None, description="The language's name in itself, e.g. 中文; "
                                                       "leave it out to use the standard (CLDR) name.")
    partial: bool = Field(default=False, description="Still being translated: texts not yet written in it fall back "
                                                     "quietly, and `kiosk validate` counts them instead of listing each.")

    @field_validator("code")
    @classmethod
    def _tag(cls, v: str) -> str:
        return _check_tag(v)


class Exhibition(Strict):
    """content/exhibition.yaml."""

    title: LangMap
    subtitle: LangMap | None = None
    languages: list[Language] = Field(min_length=1)
    default_language: str
    idle_timeout_seconds: float = Field(default=60, ge=5, le=3600)
    idle_countdown_seconds: float = Field(default=10, ge=3, le=60)
    attract: Attract
    sections: list[str] = Field(
        min_length=1, description="Section ids in the order visitors see them."
    )

    @field_validator("default_language")
    @classmethod
    def _default_offered(cls, v: str, info: ValidationInfo) -> str:
        codes = [lang.code for lang in info.data.get("languages", [])]
        if codes and v not in codes:
            raise ValueError(f"default_language '{v}' is not among languages {codes}; write one of them")
        return v

    @field_validator("sections")
    @classmethod
    def _section_ids(cls, v: list[str]) -> list[str]:
        for section_id in v:
            if not SLUG.match(section_id):
                raise ValueError(f"'{section_id}' is not a section id; write the file name without .yaml, e.g. dazu")
        return v


class Content(BaseModel):
    """A whole exhibition, loaded and checked."""

    exhibition: Exhibition
    sections: list[Section]

    @property
    def language_codes(self) -> list[str]:
        return [lang.code for lang in self.exhibition.languages]

    def language_name(self, code: str) -> str:
        """What the language switch shows: the curator's name, or the language's CLDR name in itself."""
        for lang in self.exhibition.languages:
            if lang.code == code and lang.name:
                return lang.name
        return endonym(code, self.language_codes)
