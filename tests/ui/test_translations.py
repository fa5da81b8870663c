"""The kiosk's own words: every qsTr string in the QML (and every staff message in staff.py) has a finished
translation in every shipped .ts, every content language has one, and the compiled .qm is what the kiosk loads."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.core.loader import load_content
from kiosk.ui.shell import TRANSLATIONS

REPO = Path(__file__).resolve().parents[2]
QML = REPO / "kiosk" / "qml"
STAFF = REPO / "kiosk" / "ui" / "staff.py"
SHIPPED = sorted(TRANSLATIONS.glob("kiosk_*.ts"))
QSTR = re.compile(r'qsTr\(\s*"((?:[^"\\]|\\.)*)"')
STAFF_TR = re.compile(r'QCoreApplication\.translate\("Staff", "((?:[^"\\]|\\.)*)"')


def _qml_strings() -> set[str]:
    found = set(STAFF_TR.findall(STAFF.read_text("utf-8")))
    for path in QML.rglob("*.qml"):
        found |= {s.encode().decode("unicode_escape") if "\\" in s else s for s in QSTR.findall(path.read_text("utf-8"))}
    return found


def _entries(ts: Path) -> dict[str, list[str]]:
    """source -> translations (one, or each plural form), with unfinished ones left out."""
    out = {}
    for msg in ET.parse(ts).iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] if msg.get("numerus") == "yes" else [tr.text or ""]
        out[msg.findtext("source")] = forms
    return out


def test_the_qml_has_strings_to_translate():
    assert {"Back", "Home", "Touch to begin", "Staff menu", "Reloading the content…"} <= _qml_strings()


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_every_qml_string_has_a_finished_translation(ts):
    entries = _entries(ts)
    missing = sorted(s for s in _qml_strings() if not entries.get(s) or not all(f.strip() for f in entries[s]))
    assert not missing, f"{ts.name} lacks translations (run sh packaging/translations.sh, then translate): {missing}"


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_lupdate_finds_nothing_new(ts, tmp_path):
    """lupdate on the current QML adds no message the committed .ts does not already have."""
    fresh = tmp_path / ts.name
    fresh.write_bytes(ts.read_bytes())
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", str(QML), str(STAFF), "-ts", str(fresh)], check=True)
    assert set(_entries(fresh)) == set(_entries(ts))
    assert not [m for m in ET.parse(fresh).iter("message") if m.find("translation").get("type") == "unfinished"]


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_each_translation_is_compiled_from_its_ts(ts, tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
    qm = ts.with_suffix(".qm")
    assert qm.is_file() and qm.read_bytes() == fresh.read_bytes(), f"run sh packaging/translations.sh for {qm.name}"


def test_every_content_language_but_the_default_has_kiosk_strings():
    ex = load_content(REPO / "content", check_media=False).content.exhibition
    shipped = {ts.stem.removeprefix("kiosk_").replace("_", "-") for ts in SHIPPED}
    assert {lang.code for lang in ex.languages} - {ex.default_language} <= shipped


@pytest.mark.parametrize("language, back, countdown", [
    ("zh-Hans", "返回", "3 秒后将回到开始页面"),
    ("zh-Hans-CN", "返回", "3 秒后将回到开始页面"),  # a regional tag uses its language's file
    ("ar", "رجوع", "سيبدأ العرض من جديد بعد 3 ثوانٍ"),
    ("en", "Back", None),
])
def test_the_shell_loads_the_visit_language(qtbot, kiosk, language, back, countdown):
    from PySide6.QtCore import QCoreApplication

    kiosk.visit.begin()
    kiosk.visit.setLanguage(language)
    qtbot.wait(50)
    assert QCoreApplication.translate("TopBar", "Back") == back
    if countdown:
        assert QCoreApplication.translate("IdleOverlay", "Starting again in %n second(s)", "", 3) == countdown
    kiosk.visit.restart()  # the idle reset returns the kiosk's words to the default language too
    qtbot.wait(50)
    assert QCoreApplication.translate("TopBar", "Back") == "Back"
