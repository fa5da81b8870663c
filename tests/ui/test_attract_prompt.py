"""Between cross-fades the attract loop's only motion is the breathing "Touch to begin", and it
rests between breaths: while it rests the kiosk draws nothing, which is most of an idle day."""

from __future__ import annotations

import itertools
import time

import pytest

from tests.ui.conftest import _replace_number
from tests.ui.test_attract_loop import _slides


@pytest.fixture
def content_copy(content_copy):
    ex = content_copy / "exhibition.yaml"
    ex.write_text(_replace_number(ex.read_text("utf-8"), "  seconds_per_slide", 60), "utf-8")
    return content_copy


def test_the_prompt_rests_between_breaths_and_nothing_is_drawn_then(kiosk, qtbot):
    # A slide a minute: the loop's only motion in this watch is the breathing "Touch to begin".
    window = kiosk.window
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    swaps: list[float] = []
    window.frameSwapped.connect(lambda: swaps.append(time.monotonic()))
    start = time.monotonic()
    qtbot.wait(6500)  # a breath (2 s) and a rest (3 s), wherever the watch starts
    times = [start, *swaps, time.monotonic()]
    longest_still = max(b - a for a, b in itertools.pairwise(times))
    assert len(swaps) > 30, "the prompt breathes"
    assert longest_still > 2.0, f"the prompt never rests: at most {longest_still:.2f} s without a frame"
