"""The kiosk checks its content in a process of its own (kiosk/core/reading.py) and keeps none of the checker.

The hot-reload tests (test_hot_reload.py) go through that process too: a curator's broken
save comes back from it with its file and line, and the last good content stays on screen.
"""

import json
import logging
import subprocess
import sys

from kiosk.ui.bench_startup import child_env

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
from kiosk.ui.shell import KioskShell

shell = KioskShell(Path(sys.argv[1]), fullscreen=False, size=(1280, 720), watch=False, record_usage=False)
shell.window.show()
seen = {}

def ready():
    if shell.exhibit.status == "loading":
        return QTimer.singleShot(50, ready)
    shell.visit.begin()
    for index in range(len(shell.exhibit.sections)):  # every section's panels, figures included, in every language
        shell.visit.openSection(index)
        for lang in shell.exhibit.languages:
            shell.visit.setLanguage(lang["code"])
            seen.setdefault("panels", []).extend(item.fields["title"] for item in shell.exhibit.panels)
    seen["status"] = shell.exhibit.status
    seen["checker"] = [m for m in ("pydantic", "yaml", "babel", "_hashlib", "kiosk.core.schema", "kiosk.core.loader")
                       if m in sys.modules]
    seen["pillow"] = [m for m in ("PIL", "xml.etree") if m in sys.modules]
    app.quit()

QTimer.singleShot(0, ready)
QTimer.singleShot(60_000, app.quit)
app.exec()
shell.close()
print(json.dumps(seen, ensure_ascii=False))
"""


def test_the_kiosk_shows_its_content_and_holds_none_of_the_checker(content_copy, tmp_path):
    out = subprocess.run([sys.executable, "-c", CHILD, str(content_copy)], env=child_env(tmp_path),
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["status"] == "ready"
    words = "".join(seen["panels"])
    assert any("\u4e00" <= ch <= "\u9fff" for ch in words), "the panels' titles in Chinese"
    assert any("\u0600" <= ch <= "\u06ff" for ch in words), "and in Arabic"
    assert seen["checker"] == [], "pydantic, YAML, CLDR and OpenSSL stay in the checker's process, which has ended"
    # The bundled exhibition is drawings: Qt draws them, and no photograph calls for Pillow (4 MiB).
    assert seen["pillow"] == [], "the kiosk's process loaded Pillow or an XML parser for an exhibition of drawings"


def test_a_checker_that_dies_leaves_the_last_good_content_on_screen(qtbot, content_copy, monkeypatch, caplog):
    from kiosk.core import reading
    from kiosk.ui.shell import KioskShell

    shell = KioskShell(content_copy, fullscreen=False, size=(1280, 720), watch=False, record_usage=False)
    shell.window.show()
    try:
        qtbot.waitUntil(lambda: shell.exhibit.status != "loading", timeout=60_000)
        assert shell.exhibit.status == "ready", shell.exhibit.problems
        title = shell.exhibit.title

        monkeypatch.setattr(reading, "_run", lambda command, stop, limit_s: (-9, b"", "Killed\n"))
        with caplog.at_level(logging.ERROR, logger="kiosk.ui.exhibit"):
            shell.exhibit.load(content_copy)  # what the content watcher does when a curator saves
            qtbot.waitUntil(lambda: "content checker stopped" in shell.exhibit.problems, timeout=10_000)
        assert "exit code -9: Killed" in shell.exhibit.problems
        assert shell.exhibit.status == "ready" and shell.exhibit.title == title
        assert any("last good content" in r.getMessage() for r in caplog.records)
    finally:
        shell.close()


def test_the_last_good_copy_is_checked_by_the_checker_process_too(tmp_path, content_copy, monkeypatch):
    from kiosk.core import reading, start_health
    from kiosk.ui import self_heal

    monkeypatch.setenv("KIOSK_STATE_DIR", str(tmp_path / "state"))
    asked = []
    real = reading.read_in_child
    monkeypatch.setattr(reading, "read_in_child", lambda root, *a: asked.append(root.name) or real(root, *a))
    state = tmp_path / "health"
    state.mkdir()
    assert start_health.snapshot_content(state, content_copy, self_heal._checked_apart)
    (content_copy / "exhibition.yaml").write_text("title: [broken\n", "utf-8")
    assert not start_health.snapshot_content(state, content_copy, self_heal._checked_apart)
    assert asked == [start_health.LAST_GOOD + ".tmp"] * 2, "both copies were checked in the checker's process"
