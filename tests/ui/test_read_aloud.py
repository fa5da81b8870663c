"""Reading aloud: shown where the PC has a voice for the visitor's language, hidden where not.

The tests use Qt's mock voice (tests/conftest.py), which speaks English, Finnish and
Norwegian but no Chinese: so the same kiosk shows the button in English and hides it in Chinese.
"""

import pytest

from kiosk.ui.scene import visible_items
from kiosk.ui.speech import Speech, engine_name

pytestmark = pytest.mark.ui


def _read_aloud_buttons(visitor):
    return [i for i in visitor.visible_items() if i.property("accessibleName") in ("Read aloud", "Stop reading")]


def test_the_button_reads_the_current_panel_in_english(visitor, kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.access.canRead, timeout=5000)
    visitor.open_section(2)
    said = []
    kiosk.speech._say.connect(lambda text, locale: said.append((text, locale)))
    visitor.tap("Read aloud")
    qtbot.waitUntil(lambda: bool(said), timeout=2000)
    text, locale = said[0]
    panel = kiosk.exhibit.panels[kiosk.visit.panelIndex].fields
    assert panel["title"] in text and panel["body"][:40] in text
    assert locale == "en_US"  # QLocale("en") is American English


def test_the_button_hides_where_there_is_no_voice_for_the_language(visitor, kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.access.canRead, timeout=5000)
    visitor.open_section(0)
    assert _read_aloud_buttons(visitor)
    visitor.tap("中文")
    qtbot.waitUntil(lambda: kiosk.visit.language == "zh-Hans", timeout=2000)
    qtbot.wait(200)
    assert not kiosk.access.canRead
    assert not _read_aloud_buttons(visitor)


def test_the_button_hides_where_no_engine_exists(qtbot, content_copy, monkeypatch):
    from kiosk.ui.shell import KioskShell

    monkeypatch.setenv("KIOSK_SPEECH_ENGINE", "none")
    assert engine_name() is None
    shell = KioskShell(content_copy, fullscreen=False, size=(1280, 720), watch=False, record_usage=False)
    try:
        shell.window.show()
        qtbot.waitUntil(lambda: shell.exhibit.status == "ready", timeout=60_000)
        shell.visit.begin()
        qtbot.wait(500)
        names = {i.property("accessibleName") for i in visible_items(shell.window)}
        assert "Accessibility" in names and "Read aloud" not in names
        assert not shell.access.canRead
    finally:
        shell.close()


def test_an_unknown_engine_reads_nothing(qtbot):
    speech = Speech("no-such-engine")
    try:
        qtbot.wait(300)
        assert speech.voice_for("en") is None
        assert not speech.say("Hello", "en")
    finally:
        speech.shutdown()


def test_leaving_the_panel_stops_reading(visitor, kiosk, qtbot):
    qtbot.waitUntil(lambda: kiosk.access.canRead, timeout=5000)
    visitor.open_section(1)
    stops = []
    kiosk.speech._stop.connect(lambda: stops.append(1))
    visitor.tap("Next panel")
    qtbot.waitUntil(lambda: bool(stops), timeout=2000)


def test_reading_aloud_is_off_until_staff_choose_an_engine(monkeypatch):
    monkeypatch.delenv("KIOSK_SPEECH_ENGINE", raising=False)
    assert engine_name() is None, "opening an engine stalls the kiosk, so it is opt-in"
    monkeypatch.setenv("KIOSK_SPEECH_ENGINE", "mock")
    assert engine_name() == "mock"
    monkeypatch.setenv("KIOSK_SPEECH_ENGINE", "no-such-engine")
    assert engine_name() is None
