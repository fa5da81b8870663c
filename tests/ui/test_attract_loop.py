"""The attract loop cross-fades its slides: the incoming one over the outgoing one, which stays
whole beneath it, so the software renderer blends one full-screen picture per frame, not two.
The words are drawn as they are, with no layer, and the prompt breathes only between fades."""

from __future__ import annotations

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.ui.scene import every_item, visible_items
from tests.ui.conftest import _replace_number


@pytest.fixture
def content_copy(content_copy):
    ex = content_copy / "exhibition.yaml"
    # A fade (1.35 s), a moment between fades and the next slide's preparation (2 s before its fade).
    ex.write_text(_replace_number(ex.read_text("utf-8"), "  seconds_per_slide", 4), "utf-8")
    return content_copy


def _slide_items(window) -> list[QQuickItem]:
    """The attract loop's full-screen pictures shown, with the next one kept ready at opacity 0."""
    return [i for i in every_item(window) if i.property("showCredit") is False and i.property("dark") is True
            and i.width() >= window.width() and i.isVisible()]


def _slides(window) -> list[QQuickItem]:
    """The attract loop's full-screen pictures that are drawn now."""
    return [i for i in _slide_items(window) if i.opacity() > 0.0]


def test_the_incoming_slide_fades_in_over_the_outgoing_one(kiosk, qtbot):
    window = kiosk.window
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    first = _slides(window)[0]
    before = window.grabWindow()
    qtbot.waitUntil(lambda: len(_slides(window)) == 2 and 0.3 < max(s.opacity() for s in _slides(window)
                                                                      if s is not first) < 0.7, timeout=5000)
    incoming = next(s for s in _slides(window) if s is not first)
    assert first.opacity() == 1.0, "the outgoing slide stays whole until it is covered"
    assert incoming.z() > first.z(), "the incoming slide is drawn over the outgoing one"
    middle = window.grabWindow()
    qtbot.waitUntil(lambda: _slides(window) == [incoming] and incoming.opacity() == 1.0, timeout=5000)
    after = window.grabWindow()
    # A cross-fade, not a cut: half-way, the top of the screen (above the words) is neither slide.
    point = (window.width() // 2, window.height() // 6)
    colours = [img.pixelColor(*point).name() for img in (before, middle, after)]
    assert colours[0] != colours[2], f"the two slides look the same at {point}: pick another point"
    assert colours[1] not in (colours[0], colours[2]), colours


def test_the_incoming_slide_stays_decoded_through_its_fade_and_the_outgoing_one_stops_with_it(kiosk, qtbot):
    # The next slide is decoded ahead, at opacity 0. Starting its fade must not let it go and
    # decode it again (its tone and thumbnail would show in the fade), and once the outgoing
    # slide is hidden it must not go on fading out unseen: that drew frames for 1.5 s.
    window = kiosk.window
    ahead = lambda: [s for s in _slide_items(window) if s.opacity() == 0.0 and s.property("ready")]  # noqa: E731
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and len(ahead()) == 1, timeout=10_000)
    incoming = ahead()[0]
    outgoing = _slides(window)[0]
    fading = _fade_frames(window, qtbot, incoming, outgoing, 10_000)
    assert outgoing.opacity() == 0.0, "the hidden slide is still fading out"
    assert len(fading) > 10, "the fade was not seen frame by frame"
    assert all(fading), f"the incoming slide was not ready in {fading.count(False)} frames of its fade"


def _fade_frames(window, qtbot, incoming: QQuickItem, outgoing: QQuickItem, timeout_ms: int) -> list[bool]:
    """Whether the incoming slide was ready, in each frame of its fade, until the outgoing one is hidden."""
    seen = []
    record = lambda: seen.append((incoming.opacity(), incoming.property("ready")))  # noqa: E731
    window.frameSwapped.connect(record)
    try:
        qtbot.waitUntil(lambda: not outgoing.isVisible(), timeout=timeout_ms)
    finally:
        window.frameSwapped.disconnect(record)
    return [ready for opacity, ready in seen if 0.0 < opacity < 1.0]


def test_the_caption_and_credit_change_when_the_incoming_slide_is_half_in(kiosk, qtbot):
    window = kiosk.window
    captions = [slide["caption"] for slide in kiosk.exhibit.slides]
    assert len(set(captions)) == len(captions) > 1, "the test needs distinct captions"

    def caption() -> str:
        return next(i.property("text") for i in every_item(window) if i.property("text") in captions and i.isVisible())

    def incoming() -> float:
        fading = [s.opacity() for s in _slides(window) if 0.0 < s.opacity() < 1.0]
        return fading[0] if fading else -1.0

    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    before = caption()
    qtbot.waitUntil(lambda: 0.05 < incoming() < 0.4, timeout=5000)
    assert caption() == before, "the caption changed before the incoming slide was half in"
    qtbot.waitUntil(lambda: incoming() > 0.6, timeout=5000)
    after = caption()
    assert after != before and captions.index(after) == (captions.index(before) + 1) % len(captions)


def _layered(item: QQuickItem) -> bool:
    """Whether an item draws from a layer of its own."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    value, failed = QQmlExpression(QQmlEngine.contextForObject(item), item, "layer.enabled").evaluate()
    assert not failed
    return value


def _fading(window) -> bool:
    return any(0.05 < s.opacity() < 0.95 for s in _slides(window))


def test_the_words_are_drawn_as_they_are_while_slides_cross_fade(kiosk, qtbot):
    # A layer of the words would hold 2.6 MiB on top of the fade's two full-screen slides, the
    # loop's highest memory, and spare little: the title's glyphs are drawn from images Qt keeps
    # (see the test of its size below).
    window, exhibit = kiosk.window, kiosk.exhibit
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    qtbot.waitUntil(lambda: _fading(window), timeout=6000)
    words = {exhibit.title, exhibit.headline} | {slide["caption"] for slide in exhibit.slides}
    shown = [i for i in every_item(window) if i.property("text") in words and i.isVisible()]
    assert exhibit.title in {i.property("text") for i in shown}
    layered = [i.property("text") for i in shown if _layered(i) or _layered(i.parentItem())]
    assert layered == [], f"drawn from a layer during a fade: {layered}"


def test_the_prompt_breathes_between_fades_and_never_during_one(kiosk, qtbot):
    # One movement at a time, and a fade's frames, the heaviest, never hold up the button's.
    window = kiosk.window
    prompt = next(i for i in every_item(window) if i.property("accessibleName") == "Touch to begin")
    glow = next(c for c in prompt.childItems() if c.property("radius"))
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    in_fades: list[float] = []
    between: list[float] = []

    def frame() -> None:
        (in_fades if _fading(window) else between).append(glow.opacity())

    window.frameSwapped.connect(frame)
    qtbot.wait(13_000)  # three fades and the moments between them
    window.frameSwapped.disconnect(frame)
    assert len(in_fades) > 20, "the watch saw a fade"
    assert set(in_fades) == {1.0}, f"the prompt breathed during a fade: {min(in_fades):.2f}"
    assert min(between) < 0.9, "the prompt breathes between fades"


def _opacity(item: QQuickItem) -> float:
    """How opaque an item is drawn: its own opacity times every parent's (0 if any is hidden)."""
    drawn = 1.0
    while item is not None:
        drawn *= item.opacity() if item.isVisible() else 0.0
        item = item.parentItem()
    return drawn


def _title(window, title: str) -> QQuickItem:
    return next(i for i in every_item(window) if i.property("text") == title and i.isVisible())


def _title_drawn(window, title: str) -> int:
    """How many light pixels the grabbed screen has where the exhibition's title is."""
    item = _title(window, title)
    box = item.mapRectToScene(item.boundingRect()).toRect()
    image = window.grabWindow()
    return sum(1 for x in range(box.left(), box.right(), 3) for y in range(box.top(), box.bottom(), 3)
               if image.pixelColor(x, y).lightness() > 200)


@pytest.fixture
def full_hd_kiosk(qtbot, content_copy):
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content_copy, fullscreen=False, size=(1920, 1080))
    shell.window.show()
    qtbot.waitUntil(lambda: shell.exhibit.status == "ready", timeout=60_000)
    yield shell
    shell.close()


def test_the_title_is_drawn_still_and_during_a_fade(full_hd_kiosk, qtbot):
    # A renderer setting can lose the title's glyphs: raising the size up to which Qt caches glyph
    # images (QT_MAX_CACHED_GLYPH_SIZE) drew no title at all at 88 px. The title must show in
    # pixels, at rest and during a fade.
    window, title = full_hd_kiosk.window, full_hd_kiosk.exhibit.title
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    # The attract screen fades in when shown: on a busy machine the first slide can be ready first.
    qtbot.waitUntil(lambda: _opacity(_title(window, title)) == 1.0, timeout=5000)
    assert _title_drawn(window, title) > 100
    qtbot.waitUntil(lambda: any(0.1 < s.opacity() < 0.9 for s in _slides(window)), timeout=5000)
    assert _title_drawn(window, title) > 100


def test_the_title_s_glyphs_are_ones_qt_keeps_as_images_at_full_hd(full_hd_kiosk, qtbot):
    # Over 64 px, Qt's raster engine fills each glyph as an outline every time it draws it, and
    # during a cross-fade the software renderer draws the title at every frame: at 88 px that
    # was 2-3 ms a frame at 1920x1080, and twice the share of late frames on the loop.
    window, title = full_hd_kiosk.window, full_hd_kiosk.exhibit.title
    qtbot.waitUntil(lambda: _opacity(_title(window, title)) == 1.0, timeout=10_000)
    size = _title(window, title).property("font").pixelSize()
    assert 44 <= size <= 64
    # Still the largest words on the screen.
    others = [i.property("font").pixelSize() for i in visible_items(window) if i.property("font") is not None
              and isinstance(i.property("text"), str) and i.property("text") not in ("", title)]
    assert others and size > max(others)


def test_a_fade_reads_the_slides_from_python_a_few_times_not_at_every_frame(kiosk, qtbot):
    # Each read of `exhibit.slides` converts the whole list from Python; a binding on the fading
    # opacity that read it did so at every frame of every fade, for hours.
    window, exhibit = kiosk.window, kiosk.exhibit
    qtbot.waitUntil(lambda: len(_slides(window)) == 1 and _slides(window)[0].property("ready"), timeout=10_000)
    outgoing = _slides(window)[0]
    reads, frames = [], []
    read = exhibit._t

    def counted(key, *args):
        if key == "slides":
            reads.append(key)
        return read(key, *args)

    exhibit._t = counted
    count_frame = lambda: frames.append(1)  # noqa: E731
    window.frameSwapped.connect(count_frame)
    try:
        qtbot.waitUntil(lambda: len(_slides(window)) == 2, timeout=10_000)
        reads.clear()
        frames.clear()
        qtbot.waitUntil(lambda: not outgoing.isVisible(), timeout=10_000)
    finally:
        window.frameSwapped.disconnect(count_frame)
        del exhibit._t
    assert len(frames) > 20, "the fade was not seen frame by frame"
    assert len(reads) <= 10, f"the slides were read {len(reads)} times over {len(frames)} frames of a fade"
