"""`kiosk doctor`: one PASS/WARN/FAIL/INFO line per finding, exit 1 on any FAIL, never a traceback.

The Qt screen check itself is tested in tests/ui/test_doctor_screens.py; here it is either
skipped (screens=False), stubbed, or stopped before Qt because there is no display.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from collections import namedtuple

import pytest
from contentkit import BUNDLED_CONTENT, REPO_ROOT
from test_no_qt import BLOCKER as BLOCK_QT  # one Qt blocker for both tests

from kiosk import doctor as doc
from kiosk import doctor_screens as doc_screens
from kiosk.core.fonts import FontIndex
from kiosk.core.typefaces import shared_index

Usage = namedtuple("Usage", "total used free")
PASS, WARN, FAIL = doc.PASS, doc.WARN, doc.FAIL
MB = 1024**2


def lines(findings) -> list[str]:
    return [line for f in findings for line in f.lines()]


def statuses(findings, label_start: str) -> list[str]:
    return [f.status for f in findings if f.label.startswith(label_start)]


@pytest.fixture
def system_fonts() -> FontIndex:
    """The index `kiosk doctor` itself uses, cached in the test state folder and shared by these tests."""
    return shared_index()


@pytest.fixture
def no_fonts(tmp_path) -> FontIndex:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    return FontIndex(dirs=[empty])


@pytest.fixture
def broken(tmp_path):
    """A copy of the bundled exhibition with one section file broken."""
    root = tmp_path / "exhibition"
    shutil.copytree(BUNDLED_CONTENT, root)
    section = root / "sections" / "dazu.yaml"
    text = section.read_text("utf-8")
    assert text.count("\ntitle:") == 1
    section.write_text(text.replace("\ntitle:", "\ntitel:"), "utf-8")
    return root


# --- content, fonts and media ---------------------------------------------------------------------------------

def test_bundled_content_passes():
    result = doc.load(BUNDLED_CONTENT)
    findings = doc.check_content(BUNDLED_CONTENT, result)
    assert [f.status for f in findings] == ["PASS"], lines(findings)
    assert findings[0].lines()[0].startswith("PASS  content: ")
    assert "0 errors" in findings[0].text


def test_broken_copy_fails_naming_the_file(broken):
    findings = doc.check_content(broken)
    assert [f.status for f in findings] == ["FAIL"]
    shown = "\n".join(lines(findings))
    assert shown.startswith("FAIL  content: ")
    assert "sections/dazu.yaml" in shown
    assert "titel" in shown  # the error itself, with its line, not just a count
    assert len(findings[0].details) <= doc.SHOWN_ERRORS + 1


def test_only_the_first_five_errors_are_shown(content):
    for n in range(8):
        content.replace_in_section("panels:\n", f"bad{n}: 1\npanels:\n")
    findings = doc.check_content(content.root)
    assert findings[0].status == "FAIL"
    assert len(findings[0].details) == doc.SHOWN_ERRORS + 1
    assert "3 more" in findings[0].details[-1] and "kiosk validate" in findings[0].details[-1]


def test_fonts_pass_per_language_when_installed(system_fonts):
    if system_fonts.missing("大足石刻"):
        pytest.skip("no installed font covers Chinese; install fonts-noto-cjk to run this test")
    findings = doc.check_fonts(doc.load(BUNDLED_CONTENT), system_fonts)
    assert [(f.status, f.label) for f in findings] == [("PASS", "fonts en (English)"), ("PASS", "fonts zh-Hans (中文)"),
                                                       ("PASS", "fonts ar (العربية)")]
    assert "Arabic" in findings[2].text  # names the Arabic face it found (Noto Sans / Naskh Arabic)


def test_missing_fonts_fail_per_language_naming_the_package(no_fonts):
    findings = doc.check_fonts(doc.load(BUNDLED_CONTENT), no_fonts)
    by_label = {f.label: f for f in findings}
    zh = by_label["fonts zh-Hans (中文)"]
    en = by_label["fonts en (English)"]
    ar = by_label["fonts ar (العربية)"]
    assert zh.status == en.status == ar.status == "FAIL"
    assert "Noto Sans Arabic" in ar.text and "fonts-noto-core" in ar.text and "hides this language" in ar.text
    assert "fonts-noto-cjk" in zh.text and "hides this language" in zh.text
    assert "fonts-noto-core" in en.text
    assert "e.g. '" in en.text  # names the characters


def test_fonts_are_not_checked_when_the_content_does_not_load(broken):
    findings = doc.check_fonts(doc.load(broken))
    assert [f.status for f in findings] == ["WARN"]


def test_media_is_counted_with_its_size(content):
    findings = doc.check_media(content.root, content.load())
    expected = sum(p.stat().st_size for p in content.media.iterdir())
    assert [f.status for f in findings] == ["INFO"]
    assert findings[0].text.startswith("2 file(s), ")
    assert doc._size(expected) in findings[0].text
    assert "2 used by the content" in findings[0].text


# --- disk and the state folder --------------------------------------------------------------------------------

@pytest.mark.parametrize(("free", "status"), [(5 * 1024 * MB, "PASS"), (1024 * MB - 1, "WARN"), (500 * MB, "WARN"),
                                              (200 * MB - 1, "FAIL"), (0, "FAIL")])
def test_disk_space_thresholds(tmp_path, monkeypatch, free, status):
    seen = []

    def fake_disk_usage(path):
        seen.append(path)
        return Usage(100 * 1024 * MB, 0, free)

    monkeypatch.setattr(doc.shutil, "disk_usage", fake_disk_usage)
    findings = doc.check_disk(tmp_path)
    assert [f.status for f in findings] == [status], lines(findings)
    assert seen == [tmp_path]
    assert str(tmp_path) in findings[0].text


def test_disk_of_a_state_folder_not_yet_made_is_measured_where_it_will_be(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(doc.shutil, "disk_usage", lambda p: seen.append(p) or Usage(1, 0, 10 * 1024 * MB))
    assert doc.check_disk(tmp_path / "not" / "yet")[0].status == "PASS"
    assert seen == [tmp_path]


def test_state_folder_writable_leaves_nothing_behind(tmp_path):
    findings = doc.check_state_writable(tmp_path)
    assert [f.status for f in findings] == ["PASS"]
    assert list(tmp_path.iterdir()) == []


def test_state_folder_not_writable_fails_plainly(tmp_path, monkeypatch):
    def refuse(**kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(doc.tempfile, "mkstemp", refuse)
    findings = doc.check_state_writable(tmp_path)
    assert [f.status for f in findings] == ["FAIL"]
    assert "Permission denied" in findings[0].text and "KIOSK_STATE_DIR" in findings[0].text


def test_state_folder_that_cannot_be_created_fails(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("KIOSK_STATE_DIR", str(blocker / "state"))
    findings = doc.check_state_writable()
    assert [f.status for f in findings] == ["FAIL"]
    assert "cannot be created" in findings[0].text


# --- the screen check's guard (no Qt) --------------------------------------------------------------------------

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux sessions can lack a display")


@linux_only
def test_no_display_is_a_warning_not_a_crash():
    findings = doc.check_screens(env={})
    assert [f.status for f in findings] == ["WARN"]
    assert "no screen in this session" in findings[0].text


@linux_only
@pytest.mark.parametrize(("env", "expected"), [
    ({}, (WARN, "neither DISPLAY nor WAYLAND_DISPLAY is set")),
    ({"QT_QPA_PLATFORM": "offscreen"}, None),
    ({"QT_QPA_PLATFORM": "wayland"}, (WARN, "WAYLAND_DISPLAY is not set")),
    ({"DISPLAY": ":97"}, (WARN, "no X server is listening on DISPLAY=:97")),
    ({"QT_QPA_PLATFORM": "xcb"}, (WARN, "DISPLAY is not set")),
    ({"QT_QPA_PLATFORM": "cocoa"}, (FAIL, "not a Qt platform")),
])
def test_display_problem(env, expected):
    problem = doc.display_problem(env)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and problem[0] == expected[0] and expected[1] in problem[1], problem


def test_other_systems_always_have_a_display():
    assert doc.display_problem({}, system="win32") is None


@pytest.fixture
def compositor(tmp_path):
    """A listening socket where a Wayland compositor's would be; yields the environment naming it."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(tmp_path / "wayland-9"))
        sock.listen(1)
        yield {"XDG_RUNTIME_DIR": str(tmp_path), "WAYLAND_DISPLAY": "wayland-9"}


@linux_only
def test_wayland_socket_is_tried_for_real(compositor, monkeypatch):
    monkeypatch.setattr(doc_screens, "_missing_library", lambda kind: None)
    env = {"QT_QPA_PLATFORM": "wayland", **compositor}
    assert doc.display_problem(env) is None
    # Without QT_QPA_PLATFORM, Qt tries Wayland first when WAYLAND_DISPLAY is set, then X11.
    assert doc.display_problem(dict(compositor)) is None


@linux_only
def test_a_compositor_that_has_gone_is_no_screen(tmp_path):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(tmp_path / "wayland-9"))  # the socket file stays behind, nobody listens
    env = {"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": str(tmp_path), "WAYLAND_DISPLAY": "wayland-9"}
    assert doc.display_problem(env) == (WARN, "no Wayland compositor is listening on WAYLAND_DISPLAY=wayland-9")


@linux_only
def test_a_screen_qt_cannot_use_fails_naming_the_package(compositor, monkeypatch):
    """Qt aborts the process when its Wayland plugin lacks a library: the doctor says so before touching Qt."""
    monkeypatch.setattr(doc_screens.ctypes, "CDLL", _no_library("libwayland-cursor.so.0"))
    env = {"QT_QPA_PLATFORM": "wayland", **compositor}
    status, reason = doc.display_problem(env)
    assert status == FAIL and "libwayland-cursor0" in reason
    findings = doc.check_screens(env)
    assert [f.status for f in findings] == [FAIL]
    assert "libwayland-cursor0" in findings[0].text and "kiosk run" in findings[0].text


def _no_library(missing: str):
    def load(name, *args, **kwargs):
        if name == missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return load


# --- the whole command -----------------------------------------------------------------------------------------

def test_doctor_on_bundled_content_exits_0(monkeypatch, system_fonts):
    if system_fonts.missing("大足石刻"):
        pytest.skip("no installed font covers Chinese; install fonts-noto-cjk to run this test")
    monkeypatch.setattr(doc.shutil, "disk_usage", lambda p: Usage(1, 0, 50 * 1024 * MB))
    out = io.StringIO()
    code = doc.doctor(BUNDLED_CONTENT, screens=False, out=out)
    text = out.getvalue()
    assert code == 0, text
    assert "PASS  content:" in text and "PASS  disk:" in text and "PASS  state folder:" in text
    assert "INFO  media: " in text and "used by the content" in text
    assert text.rstrip().splitlines()[-1].startswith("0 FAIL")


def test_doctor_on_broken_copy_exits_1_and_keeps_going(broken, tmp_path):
    out = io.StringIO()
    code = doc.doctor(broken, screens=False, state=tmp_path / "state", out=out)
    text = out.getvalue()
    assert code == 1
    assert "FAIL  content:" in text and "dazu.yaml" in text
    assert "state folder:" in text and "disk:" in text  # the other checks still ran
    assert "not ready to open" in text
    assert "Traceback" not in text
    for line in text.splitlines()[1:-1]:
        assert line.startswith(("PASS  ", "WARN  ", "FAIL  ", "INFO  ", "      ")), line


def test_a_check_that_breaks_prints_fail_and_the_others_run(monkeypatch, tmp_path):
    def broken_check(state=None):
        raise RuntimeError("the disk controller said no")

    monkeypatch.setattr(doc, "check_disk", broken_check)
    out = io.StringIO()
    code = doc.doctor(BUNDLED_CONTENT, screens=False, state=tmp_path, out=out)
    text = out.getvalue()
    assert code == 1
    assert "FAIL  disk: this check could not run (RuntimeError: the disk controller said no)" in text
    assert "PASS  state folder:" in text and "PASS  content:" in text
    assert "Traceback" not in text


def test_cli_doctor_subcommand(broken, monkeypatch, capsys):
    from kiosk.cli import main

    monkeypatch.setattr(doc, "check_screens", lambda: [doc.Finding("INFO", "screen", "stubbed in core tests")])
    assert main(["doctor", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert "FAIL  content:" in out and "INFO  screen: stubbed" in out
    assert "Traceback" not in out + err




def test_without_qt_the_screen_check_fails_plainly_and_the_rest_runs(state_dir):
    code = BLOCK_QT + textwrap.dedent(f"""
        from kiosk.doctor import doctor
        code = doctor({str(BUNDLED_CONTENT)!r}, screens=False)
        assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
        print("EXIT-NO-SCREENS", code)
        raise SystemExit(doctor({str(BUNDLED_CONTENT)!r}))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_STATE_DIR=str(state_dir))  # shares the font cache
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    assert "FAIL  screen: Qt (PySide6) is not installed" in proc.stdout
    assert "PASS  content:" in proc.stdout
    assert proc.returncode == 1
