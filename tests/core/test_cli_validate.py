"""`kiosk validate`: PATH:LINE:COL: error|warning: message, exit code 1 on errors, and never a traceback."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from contentkit import REPO_ROOT, SECTION_YAML, ContentFolder, line_of, png_bytes

from kiosk.cli import main
from kiosk.core.fonts import FontIndex

LINE = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): (?P<message>.+)$")
SUMMARY = re.compile(r"(?P<errors>\d+) error\(s\), (?P<warnings>\d+) warning\(s\)")


@dataclass
class Output:
    code: int
    out: str
    err: str

    @property
    def problems(self) -> list[re.Match]:
        """Parsed problem lines; indented lines continue the message above (e.g. a language-map example)."""
        found = []
        for raw in self.out.splitlines():
            if raw.startswith((" ", "\t")):
                assert found, f"continuation line before any problem: {raw!r}"
                continue
            m = LINE.match(raw)
            assert m, f"not PATH:LINE:COL: severity: message: {raw!r}\n--- stdout ---\n{self.out}"
            found.append(m)
        return found


def run_validate(capsys, root, *extra: str) -> Output:
    try:
        code = main(["validate", str(root), *extra])
    except BaseException:  # SystemExit included: argparse or a crash must not escape silently
        pytest.fail("kiosk validate raised instead of reporting:\n" + traceback.format_exc())
    out, err = capsys.readouterr()
    assert "Traceback" not in out and "Traceback" not in err, out + err
    return Output(code, out, err)


def check(result: Output, path: str, line: int, severity: str, *words: str) -> re.Match:
    matches = [m for m in result.problems
               if m["path"] == path and int(m["line"]) == line and m["severity"] == severity
               and all(w in m["message"] for w in words)]
    assert len(matches) == 1, f"no single {severity} at {path}:{line} with {words}:\n{result.out}"
    errors = sum(m["severity"] == "error" for m in result.problems)
    warnings = len(result.problems) - errors
    summary = SUMMARY.search(result.err)
    assert summary and (int(summary["errors"]), int(summary["warnings"])) == (errors, warnings), result.err
    assert result.code == (1 if errors else 0)
    return matches[0]


SECTION = "content/sections/demo.yaml"
EXHIBITION = "content/exhibition.yaml"


@dataclass
class Case:
    """Break one thing; return (shown path, line, severity, key words)."""

    name: str
    breaks: Callable[[ContentFolder], tuple[str, int, str, tuple[str, ...]]]


def _syntax(c):
    text = c.replace_in_section('  en: "Dazu Rock Carvings"', "  en: Dazu: carvings")
    return SECTION, line_of(text, "Dazu: carvings"), "error", ("YAML syntax", "double quotes")


def _duplicate(c):
    text = c.replace_in_section('  rights: "CC BY 4.0"\npanels:', '  rights: "CC BY 4.0"\n  rights: "x"\npanels:')
    first = line_of(text, 'rights: "CC BY 4.0"')
    return SECTION, first + 1, "error", ("duplicate key 'rights'", f"first on line {first}")


def _unknown_key(c):
    text = c.replace_in_section("summary:", "summery:")
    return SECTION, line_of(text, "summery:"), "error", ("unknown key 'summery'", "did you mean 'summary'")


def _wrong_type(c):
    text = c.replace_in_exhibition("idle_timeout_seconds: 60", "idle_timeout_seconds: soon")
    return EXHIBITION, line_of(text, "idle_timeout_seconds"), "error", ("idle_timeout_seconds", "plain number")


def _langmap_as_text(c):
    text = c.replace_in_section('title:\n  en: "Dazu Rock Carvings"\n  zh-Hans: "大足石刻"\n', "title: Dazu Rock Carvings\n")
    return SECTION, line_of(text, "title: Dazu"), "error", ("language map",)


def _yaml11(c):
    text = c.replace_in_section('  en: "Dazu Rock Carvings"', "  en: no")
    return SECTION, line_of(text, "  en: no"), "warning", ("'no'", 'write "no" in quotes')


def _translation(c):
    text = c.replace_in_section('  zh-Hans: "9至13世纪的摩崖造像。"\n', "")
    return SECTION, line_of(text, 'en: "Cliff'), "warning", ("summary has no 'zh-Hans' text",)


def _missing_media(c):
    c.replace_in_section("file: media/cover.png", "file: media/nope.png")
    return SECTION, line_of(c.section.read_text("utf-8"), "media/nope.png"), "error", ("'media/nope.png' does not exist",)


def _truncated_png(c):
    whole = png_bytes((64, 64))
    (c.media / "cover.png").write_bytes(whole[: len(whole) // 2])
    return EXHIBITION, line_of(c.exhibition.read_text("utf-8"), "media/cover.png"), "error", ("damaged or cut short",)


def _leaves_folder(c):
    text = c.replace_in_section("file: media/cover.png", "file: ../secret.png")
    return SECTION, line_of(text, "../secret.png"), "error", ("leaves the content folder",)


def _symlink(c):
    outside = c.root.parent / "elsewhere.png"
    outside.write_bytes(png_bytes())
    (c.media / "cover.png").unlink()
    (c.media / "cover.png").symlink_to(outside)
    return SECTION, line_of(c.section.read_text("utf-8"), "media/cover.png"), "error", ("leaves the content folder",)


def _unsafe_tag(c):
    marker = c.root.parent / "pwned"
    text = c.replace_in_section('  en: "Dazu Rock Carvings"', f'  en: !!python/object/apply:os.system ["touch {marker}"]')
    return SECTION, line_of(text, "!!python"), "error", ("!!python/object/apply:os.system", "not allowed")


CASES = [
    Case("syntax", _syntax),
    Case("duplicate-key", _duplicate),
    Case("unknown-key", _unknown_key),
    Case("wrong-type", _wrong_type),
    Case("language-map-as-text", _langmap_as_text),
    Case("yaml11-no", _yaml11),
    Case("missing-translation", _translation),
    Case("missing-media", _missing_media),
    Case("truncated-png", _truncated_png),
    Case("leaves-folder", _leaves_folder),
    Case("symlink-outside", _symlink),
    Case("unsafe-tag", _unsafe_tag),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_validate_reports_each_kind_of_problem(content, capsys, case):
    path, line, severity, words = case.breaks(content)
    result = run_validate(capsys, content.root, "--no-fonts")
    match = check(result, path, line, severity, *words)
    assert int(match["col"]) >= 1
    # Errors fail the run; a file with only warnings still passes.
    assert result.code == (1 if severity == "error" else 0)
    assert not (content.root.parent / "pwned").exists()


def test_validate_clean_content(content, capsys):
    result = run_validate(capsys, content.root, "--no-fonts")
    assert result.code == 0
    assert result.out == ""
    assert "0 error(s), 0 warning(s)" in result.err


def test_validate_language_map_example_is_indented_under_its_problem(content, capsys):
    _langmap_as_text(content)
    result = run_validate(capsys, content.root, "--no-fonts")
    assert "\n    en: Dazu Rock Carvings\n    zh-Hans: 大足石刻" in result.out
    assert len(result.problems) == 1


def test_validate_reports_missing_glyphs(content, capsys, monkeypatch, tmp_path):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setattr("kiosk.core.typefaces.shared_index", lambda: FontIndex(dirs=[empty]))
    result = run_validate(capsys, content.root)  # glyph check on
    text = content.section.read_text("utf-8")
    check(result, SECTION, line_of(text, 'zh-Hans: "大足石刻"'), "error", "title.zh-Hans", "'大' (U+5927)")
    assert result.code == 1


def test_validate_folder_that_does_not_exist(tmp_path, capsys):
    result = run_validate(capsys, tmp_path / "nowhere", "--no-fonts")
    assert result.code == 1
    assert "does not exist" in result.out
    assert "1 error(s)" in result.err


def test_validate_as_a_real_process(content):
    _syntax(content)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run([sys.executable, "-m", "kiosk", "validate", "content", "--no-fonts"],
                          cwd=content.root.parent, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert re.search(r"^content/sections/demo\.yaml:3:11: error: YAML syntax: .*double quotes", proc.stdout, re.M), proc.stdout


# ── 12. never a traceback ────────────────────────────────────────────────────


def _mangled_sections() -> list[tuple[str, bytes]]:
    text = SECTION_YAML
    variants = []
    step = len(text) // 15
    for cut in range(step, len(text), step):  # truncate at every Nth character
        variants.append((f"cut-{cut}", text[:cut].encode("utf-8")))
    rng = random.Random(20240527)
    punctuation = ' :-"\'\n\t[]{}&*!|>#?%@`,'
    for i in range(15):  # random flips, fixed seed: mostly YAML punctuation and letters, some raw bytes
        if i % 5 == 4:
            b = bytearray(text.encode("utf-8"))
            for _ in range(rng.randint(1, 4)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            variants.append((f"bytes-{i}", bytes(b)))
            continue
        chars = list(text)
        for _ in range(rng.randint(1, 6)):
            chars[rng.randrange(len(chars))] = rng.choice(punctuation if i % 2 else punctuation + "azAZ09大")
        variants.append((f"flip-{i}", "".join(chars).encode("utf-8")))
    return variants


MANGLED = _mangled_sections()


def test_there_are_about_thirty_mangled_variants():
    assert 28 <= len(MANGLED) <= 34
    assert len({v for _, v in MANGLED}) == len(MANGLED)


@pytest.mark.parametrize("name, data", MANGLED, ids=[n for n, _ in MANGLED])
def test_mangled_section_never_crashes(content, capsys, name, data):
    content.section.write_bytes(data)
    result = run_validate(capsys, content.root, "--no-fonts")
    assert result.code in (0, 1)
    problems = result.problems  # every line is PATH:LINE:COL: severity: message
    errors = [m for m in problems if m["severity"] == "error"]
    assert result.code == (1 if errors else 0)
    for m in problems:
        assert m["path"] in (SECTION, EXHIBITION, "content/sections") or m["path"].startswith("content/media/"), m.group(0)
        assert int(m["line"]) >= 0 and int(m["col"]) >= 0
