"""The kiosk's colour palettes and the text-on-background pairs its screens draw.

One source for the QML `Theme` (through the `Access` object) and for the contrast
tests, so what is tested is what is shown. Pure Python: no Qt.
"""

from __future__ import annotations

# Warm paper and ink, night for the attract loop and the image viewer.
DEFAULT = {
    "paper": "#F4EFE6",
    "paperDeep": "#E9E1D3",
    "card": "#FFFFFF",
    "stone": "#D9CFBF",
    "ink": "#1F1D1A",
    "inkSoft": "#4F4840",
    "inkMuted": "#6E665C",
    "night": "#15120F",
    "nightSoft": "#2A251F",
    "nightText": "#F4EFE6",
    "nightTextSoft": "#C9BFB0",
    "accentDefault": "#A94B35",
    "focus": "#C9A227",
    "scrim": "#B3110F0C",
    "labelBack": "#E6F4EFE6",
}

# High contrast: black on white, white on black; every text pair at least 7:1 (WCAG AAA).
HIGH_CONTRAST = {
    "paper": "#FFFFFF",
    "paperDeep": "#FFFFFF",
    "card": "#FFFFFF",
    "stone": "#000000",
    "ink": "#000000",
    "inkSoft": "#1A1A1A",
    "inkMuted": "#2B2B2B",
    "night": "#000000",
    "nightSoft": "#1C1C1C",
    "nightText": "#FFFFFF",
    "nightTextSoft": "#EDEDED",
    "accentDefault": "#7A2614",
    "focus": "#FFD84D",
    "scrim": "#F0000000",
    "labelBack": "#FFFFFF",
}

PALETTES = {"default": DEFAULT, "high-contrast": HIGH_CONTRAST}

# The smallest contrast each palette promises for text: WCAG 2.2 AA and AAA.
MINIMUM_CONTRAST = {"default": 4.5, "high-contrast": 7.0}

# (text colour, background colour) as the screens draw them; a background with an
# alpha channel is drawn over the given backdrop first.
TEXT_PAIRS: list[tuple[str, str]] = [
    ("ink", "paper"), ("inkSoft", "paper"), ("inkMuted", "paper"), ("accentDefault", "paper"),
    ("ink", "paperDeep"), ("ink", "card"), ("inkSoft", "card"),
    ("nightText", "night"), ("nightTextSoft", "night"), ("nightText", "nightSoft"),
    ("focus", "night"), ("nightText", "accentDefault"), ("paper", "ink"),
    ("ink", "labelBack"), ("nightText", "scrim"),
]
BACKDROP = {"scrim": "paper", "labelBack": "night"}  # the worst case behind each see-through colour

# Large text: the whole type scale grows by this much (spacing and touch sizes stay).
LARGE_TEXT_SCALE = 1.3


def _rgba(colour: str) -> tuple[float, float, float, float]:
    h = colour.lstrip("#")
    alpha = int(h[:2], 16) / 255 if len(h) == 8 else 1.0
    h = h[-6:]
    return int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255, alpha


def over(top: str, bottom: str) -> str:
    """`top` (maybe see-through, #AARRGGBB) painted over the opaque `bottom`, as #RRGGBB."""
    r, g, b, a = _rgba(top)
    r2, g2, b2, _ = _rgba(bottom)
    return "#" + "".join(f"{round(255 * (a * x + (1 - a) * y)):02X}" for x, y in ((r, r2), (g, g2), (b, b2)))


def luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of an opaque colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b, _ = _rgba(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2.2 contrast ratio between two opaque colours, from 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def pair_contrasts(palette: dict[str, str]) -> dict[tuple[str, str], float]:
    """The contrast of every text pair the screens draw, see-through backgrounds composed first."""
    out = {}
    for text, back in TEXT_PAIRS:
        colour = palette[back]
        if back in BACKDROP:
            colour = over(colour, palette[BACKDROP[back]])
        out[(text, back)] = contrast(palette[text], colour)
    return out
