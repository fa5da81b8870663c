"""Test configuration: every test runs without a screen, with its own state folder."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Qt's mock voice (English, Finnish, Norwegian; no Chinese): tests never start the PC's speech daemon.
os.environ.setdefault("KIOSK_SPEECH_ENGINE", "mock")
# Small copies of the CJK faces take seconds of CPU per new set of characters, and most tests load
# content of their own: tests/ui/test_font_copies.py turns them on. The glyphs are the same either way.
os.environ.setdefault("KIOSK_FONT_COPIES", "off")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory, monkeypatch):
    path = tmp_path_factory.getbasetemp() / "kiosk-state"
    monkeypatch.setenv("KIOSK_STATE_DIR", str(path))
    return path
