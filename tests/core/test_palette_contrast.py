"""Every text colour the screens draw, against its background: WCAG 2.2 AA by default, AAA in high contrast."""

import pytest

from kiosk.core import palette


@pytest.mark.parametrize("name", sorted(palette.PALETTES))
def test_every_text_pair_meets_the_palettes_contrast(name):
    minimum = palette.MINIMUM_CONTRAST[name]
    low = {pair: round(ratio, 2) for pair, ratio in palette.pair_contrasts(palette.PALETTES[name]).items() if ratio < minimum}
    assert not low, f"{name}: text pairs below {minimum}:1: {low}"


def test_high_contrast_reaches_aaa_where_the_default_does_not():
    default = palette.pair_contrasts(palette.DEFAULT)
    high = palette.pair_contrasts(palette.HIGH_CONTRAST)
    assert min(default.values()) < 7.0 <= min(high.values())
    assert all(high[pair] >= default[pair] for pair in default)


def test_both_palettes_name_the_same_colours():
    assert set(palette.DEFAULT) == set(palette.HIGH_CONTRAST)


def test_contrast_matches_wcag_reference_values():
    assert palette.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


def test_see_through_backgrounds_are_composed_over_their_backdrop():
    assert palette.over("#80000000", "#FFFFFF") == "#7F7F7F"
    assert palette.over("#FF123456", "#FFFFFF") == "#123456"


def test_the_theme_reads_only_colours_the_palettes_define():
    import re
    from pathlib import Path

    theme = Path(palette.__file__).resolve().parents[1] / "qml" / "Kiosk" / "Style" / "Theme.qml"
    used = set(re.findall(r'\bc\("(\w+)"\)', theme.read_text("utf-8")))
    assert len(used) >= 10
    for name, colours in palette.PALETTES.items():
        assert used <= set(colours), f"{name} lacks {sorted(used - set(colours))}"
    assert set(palette.DEFAULT) <= used, f"colours no screen can use: {sorted(set(palette.DEFAULT) - used)}"
