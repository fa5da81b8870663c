"""Fonts the kiosk has not seen before are read in a child process, so the kiosk stays small."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core import font_scan
from kiosk.core.fonts import FontIndex, _read_faces

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def font_folder(tmp_path) -> Path:
    """A folder holding copies of two installed fonts: a .ttf and, when there is one, a CJK collection."""
    files = FontIndex(dirs=None).files()
    ttf = next((f for f in files if f.suffix.lower() == ".ttf"), None)
    if ttf is None:
        pytest.skip("no .ttf font installed to copy")
    d = tmp_path / "fonts"
    d.mkdir()
    shutil.copy(ttf, d)
    ttc = next((f for f in files if f.suffix.lower() == ".ttc" and "CJK" in f.name), None)
    if ttc is not None:
        shutil.copy(ttc, d)
    return d


def test_a_cold_cache_is_filled_by_a_child_and_gives_what_the_kiosk_would_read(tmp_path, font_folder, monkeypatch):
    expected = {p: _read_faces(p) for p in sorted(font_folder.iterdir())}

    def no_reading(path):
        raise AssertionError(f"{path} was read in the kiosk's own process")

    monkeypatch.setattr("kiosk.core.fonts._read_faces", no_reading)
    faces = FontIndex(cache_file=tmp_path / "coverage.json", dirs=[font_folder]).faces()
    assert [(f.path, f.family, f.ranges, f.line_spacing) for f in faces] == \
        [(p, family, ranges, spacing) for p, read in expected.items() for family, ranges, spacing in read]
    assert faces


def test_when_the_child_fails_the_kiosk_reads_the_fonts_itself(tmp_path, font_folder, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))
    assert font_scan.scan_in_child(sorted(font_folder.iterdir())) is None
    faces = FontIndex(cache_file=tmp_path / "coverage.json", dirs=[font_folder]).faces()
    assert {f.path for f in faces} == set(font_folder.iterdir())
    assert all(f.ranges for f in faces)


def test_a_child_that_writes_nonsense_counts_as_failed(monkeypatch, font_folder):
    class Done:
        returncode, stdout = 0, "not json"

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: Done())
    assert font_scan.scan_in_child(sorted(font_folder.iterdir())) is None
    Done.stdout = "[1, 2]"
    assert font_scan.scan_in_child(sorted(font_folder.iterdir())) is None


def test_the_kiosk_process_never_loads_fonttools_to_fill_a_cold_cache(tmp_path, font_folder):
    probe = (
        "import json, sys; from pathlib import Path; from kiosk.core.fonts import FontIndex\n"
        f"faces = FontIndex(cache_file=Path({str(tmp_path / 'c.json')!r}), dirs=[Path({str(font_folder)!r})]).faces()\n"
        "print(json.dumps([len(faces), 'fontTools' in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    count, loaded = json.loads(out.stdout.splitlines()[-1])
    assert count >= 1
    assert loaded is False, "fontTools was imported by the kiosk's process, so the fonts were read there"


def test_a_font_in_a_folder_with_a_name_outside_ascii_is_read_by_the_child(tmp_path, font_folder):
    named = tmp_path / "字体 خطوط"
    shutil.copytree(font_folder, named)
    entries = font_scan.scan_in_child(sorted(named.iterdir()))
    assert entries is not None and set(entries) == {str(p) for p in named.iterdir()}
    assert all(entries.values())


def test_the_offline_bundle_runs_the_scan_as_its_own_command(monkeypatch, font_folder):
    # The bundle's executable is the kiosk command itself, which has no `-m`.
    seen = []

    class Done:
        returncode, stdout = 0, "{}"

    def run(command, **kwargs):
        seen.append(command)
        return Done()

    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert font_scan.scan_in_child(sorted(font_folder.iterdir())) == {}
    assert seen == [[sys.executable, "font-scan"]]
    monkeypatch.setattr(sys, "frozen", False)
    font_scan.scan_in_child(sorted(font_folder.iterdir()))
    assert seen[-1] == [sys.executable, "-m", "kiosk", "font-scan"]
