"""The attract loop decodes the next slide shortly before its fade, not for the whole period:
each slide is a full-screen picture, and the loop runs for hours between visitors."""

from __future__ import annotations

import time

import pytest

from tests.ui.conftest import _replace_number
from tests.ui.test_attract_loop import _fade_frames, _slide_items, _slides

PERIOD_S = 6  # the next slide is asked for 2 s before each fade (AttractScreen.prepareMs)


@pytest.fixture
def content_copy(content_copy):
    ex = content_copy / "exhibition.yaml"
    ex.write_text(_replace_number(ex.read_text("utf-8"), "  seconds_per_slide", PERIOD_S), "utf-8")
    return content_copy


def test_between_fades_one_slide_is_decoded_and_the_next_is_ready_before_its_fade(kiosk, qtbot):
    window = kiosk.window
    # A fade ends: the outgoing slide is hidden.
    qtbot.waitUntil(lambda: len(_slides(window)) == 2, timeout=(PERIOD_S + 5) * 1000)
    qtbot.waitUntil(lambda: len(_slides(window)) == 1, timeout=5000)
    shown = _slides(window)[0]
    counts = []
    end = time.monotonic() + 1.5  # well inside the 4 s before the next slide is asked for
    while time.monotonic() < end:
        counts.append(len(_slide_items(window)))
        qtbot.wait(100)
    assert counts and set(counts) == {1}, f"slides decoded between fades: {counts}"
    # Before the next fade, the next slide is decoded and kept at opacity 0.
    ahead = lambda: [s for s in _slide_items(window) if s is not shown and s.property("ready")]  # noqa: E731
    qtbot.waitUntil(lambda: len(ahead()) == 1, timeout=PERIOD_S * 1000)
    incoming = ahead()[0]
    assert incoming.opacity() == 0.0 and shown.opacity() == 1.0, "the next slide was ready only once its fade began"
    fading = _fade_frames(window, qtbot, incoming, shown, (PERIOD_S + 5) * 1000)
    assert len(fading) > 10, "the fade was not seen frame by frame"
    assert all(fading), f"the incoming slide was not ready in {fading.count(False)} frames of its fade"
