"""`kiosk doctor`'s screen check with real Qt (offscreen, as conftest sets): screens, touch, renderer."""

from __future__ import annotations

from PySide6.QtTest import QTest

from kiosk import doctor as doc


def test_screen_check_lists_screens_touch_and_renderer(qapp):
    QTest.createTouchDevice()  # registers a touch screen with Qt, as a plugged-in one would be
    findings = doc.check_screens()
    shown = "\n".join(line for f in findings for line in f.lines())
    by_label = {}
    for f in findings:
        by_label.setdefault(f.label, []).append(f)

    # The offscreen platform shows nothing, so the doctor warns about it rather than passing it.
    assert [f.status for f in by_label["platform"]] == ["WARN"], shown
    assert "'offscreen'" in by_label["platform"][0].text
    assert by_label["renderer"][0].status in ("INFO", "PASS", "WARN")
    assert "Qt Quick" in by_label["renderer"][0].text

    screen = by_label["screen 1"][0]
    assert screen.status == "PASS"
    size = qapp.primaryScreen().size()
    assert f"{size.width()}×{size.height()} px" in screen.text and "dpi" in screen.text

    assert by_label["touch"] and all(f.status == "PASS" for f in by_label["touch"]), shown
    assert not any(f.status == "FAIL" for f in findings), shown
