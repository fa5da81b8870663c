"""What visitors see when things go wrong: a calm screen, never a crash or missing glyphs."""

import logging

import kiosk.core.typefaces as typefaces
from kiosk.core.fonts import FontIndex


def _start(qtbot, content, check_in_child=True):
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content, fullscreen=False, size=(1280, 720), check_in_child=check_in_child)
    shell.window.show()
    qtbot.waitUntil(lambda: shell.exhibit.status != "loading", timeout=60_000)
    return shell


def test_broken_content_at_start_shows_unavailable_and_tells_staff(qtbot, content_copy, caplog):
    section = content_copy / "sections" / "dazu.yaml"
    section.write_text(section.read_text("utf-8").replace("panels:", "panels: [", 1), "utf-8")
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.exhibit"):
        shell = _start(qtbot, content_copy)
    try:
        assert shell.exhibit.status == "unavailable"
        assert "dazu.yaml:" in shell.exhibit.problems
        assert any("dazu.yaml:" in r.getMessage() for r in caplog.records), "staff must find the reason in the log"
        frame = shell.window.grabWindow()
        assert frame.width() == 1280 and not frame.isNull()
    finally:
        shell.close()


def test_a_language_no_font_can_draw_is_hidden_and_named_for_staff(qtbot, content_copy, tmp_path, monkeypatch, caplog):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setattr(typefaces, "_shared_index", FontIndex(dirs=[empty]))  # in this process: checked here
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.exhibit"):
        shell = _start(qtbot, content_copy, check_in_child=False)
    try:
        assert shell.exhibit.status == "ready"
        codes = [entry["code"] for entry in shell.exhibit.languages]
        assert codes == ["en"], "a language whose text would show as boxes must not be offered"
        assert any("中文 (zh-Hans) is hidden" in r.getMessage() and "fonts-noto-cjk" in r.getMessage()
                   for r in caplog.records)
    finally:
        shell.close()
