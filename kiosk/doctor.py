"""`kiosk doctor`: check an exhibit PC before the exhibition opens.

Prints one line per finding, `PASS`, `WARN`, `FAIL` or `INFO`, and exits with 1 if
any line is FAIL. Each check runs on its own: one that breaks prints FAIL with a
plain reason and the others still run, so a technician never sees a traceback.

Qt is imported only by the screen check, inside this process, and only when a
screen is reachable: without one Qt would abort the whole process.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from kiosk.doctor_findings import FAIL, INFO, PASS, WARN, Finding
from kiosk.doctor_health import check_opening_hours, check_self_healing
from kiosk.doctor_pictures import check_renditions
from kiosk.doctor_screens import (  # noqa: F401  (re-exported for callers and tests)
    check_screens,
    display_problem,
)

DISK_WARN_BYTES = 1024**3  # under 1 GB free: WARN
DISK_FAIL_BYTES = 200 * 1024**2  # under 200 MB free: FAIL
SHOWN_ERRORS = 5


def run_check(label: str, check: Callable[[], list[Finding]]) -> list[Finding]:
    """Run one check; anything it raises becomes a FAIL line naming the reason."""
    try:
        return check()
    except Exception as exc:
        return [Finding(FAIL, label, f"this check could not run ({type(exc).__name__}: {exc})")]


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"  # pragma: no cover


# --- content -----------------------------------------------------------------------------------------------

def load(content: Path):
    """Load the content the way `kiosk run` does (fonts are checked separately, per language)."""
    from kiosk.core.loader import load_content

    return load_content(content)


def check_content(content: Path, result=None) -> list[Finding]:
    result = result if result is not None else load(content)
    errors = result.errors
    warnings = len(result.problems) - len(errors)
    root = Path(content).resolve()
    if errors:
        details = [p.format(root) for p in errors[:SHOWN_ERRORS]]
        if len(errors) > SHOWN_ERRORS:
            details.append(f"... and {len(errors) - SHOWN_ERRORS} more; 'kiosk validate {content}' lists them all")
        return [Finding(FAIL, "content", f"{root}: {len(errors)} error(s), {warnings} warning(s); visitors would see "
                                         "'temporarily unavailable'", details)]
    c = result.content
    note = f"; 'kiosk validate {content}' lists the warnings" if warnings else ""
    return [Finding(PASS, "content", f"{root}: {len(c.sections)} section(s), {len(c.language_codes)} language(s), "
                                     f"0 errors, {warnings} warning(s){note}")]


def check_fonts(result, index=None) -> list[Finding]:
    """Per language: can an installed or bundled font draw every character the content uses?"""
    from kiosk.core.fonts import font_advice
    from kiosk.core.reading import as_shown
    from kiosk.core.typefaces import Typefaces

    if result.content is None:
        return [Finding(WARN, "fonts", "not checked: the content did not load (see the content line)")]
    typefaces = Typefaces(index)
    typefaces.measure(as_shown(result.content))  # as the kiosk measures it, figures' words included
    out = []
    for lang in result.content.exhibition.languages:
        label = f"fonts {lang.code} ({result.content.language_name(lang.code)})"
        missing = typefaces.missing.get(lang.code, [])
        if missing:
            shown = "".join(missing[:10]) + ("…" if len(missing) > 10 else "")
            package, family = font_advice(missing)
            out.append(Finding(FAIL, label, f"no font on this PC draws {len(missing)} character(s) used, e.g. '{shown}'; "
                                            f"the kiosk hides this language. Install {family}: the Debian package {package} "
                                            f"(sudo apt-get install {package}) and restart the kiosk"))
        else:
            out.append(Finding(PASS, label, f"every character has a font (text: {typefaces.text_family(lang.code) or '?'}, "
                                            f"headings: {typefaces.display_family(lang.code) or '?'})"))
    return out


def check_media(content: Path, result=None) -> list[Finding]:
    """How many media files the exhibition has and how much room they take (INFO)."""
    root = Path(content).resolve()
    files = {p.resolve() for p in (root / "media").rglob("*") if p.is_file()} if (root / "media").is_dir() else set()
    used = {info.path.resolve() for info in result.media.values()} if result is not None else set()
    files |= used
    total = sum(p.stat().st_size for p in files if p.exists())
    text = f"{len(files)} file(s), {_size(total)}"
    if result is not None and result.content is not None:
        text += f"; {len(used)} used by the content"
    return [Finding(INFO, "media", text)]


# --- the state folder ----------------------------------------------------------------------------------------

def _state(state: Path | None) -> Path:
    if state is not None:
        return Path(state)
    from kiosk.core.state import state_dir

    return state_dir()


def check_disk(state: Path | None = None) -> list[Finding]:
    path = _state(state)
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    text = f"{_size(free)} free for the state folder {path}"
    if free < DISK_FAIL_BYTES:
        return [Finding(FAIL, "disk", f"only {text}; free space on this disk (at least {_size(DISK_WARN_BYTES)})")]
    if free < DISK_WARN_BYTES:
        return [Finding(WARN, "disk", f"only {text}; the usage log and caches grow over months, free some space")]
    return [Finding(PASS, "disk", text)]


def check_state_writable(state: Path | None = None) -> list[Finding]:
    try:
        path = _state(state)
    except OSError as exc:
        return [Finding(FAIL, "state folder", f"cannot be created ({exc}); set KIOSK_STATE_DIR to a folder this user may write")]
    try:
        fd, name = tempfile.mkstemp(prefix=".doctor-", suffix=".tmp", dir=path)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(b"kiosk doctor\n")
                f.flush()
                os.fsync(f.fileno())
        finally:
            os.unlink(name)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return [Finding(FAIL, "state folder", f"{path} is not writable ({reason}); the kiosk cannot keep its usage log "
                                              "or caches. Fix its permissions or set KIOSK_STATE_DIR")]
    return [Finding(PASS, "state folder", f"{path} is writable")]


def run_checks(content: Path, *, screens: bool = True, state: Path | None = None) -> list[Finding]:
    content = Path(content)
    loaded: list = []

    def content_check() -> list[Finding]:
        loaded.append(load(content))
        return check_content(content, loaded[0])

    findings = run_check("content", content_check)
    result = loaded[0] if loaded else None
    if result is None:
        findings += [Finding(WARN, "fonts", "not checked: the content did not load (see the content line)")]
    else:
        findings += run_check("fonts", lambda: check_fonts(result))
    findings += run_check("media", lambda: check_media(content, result))
    findings += run_check("pictures", lambda: check_renditions(content, result, state))
    findings += run_check("disk", lambda: check_disk(state))
    findings += run_check("state folder", lambda: check_state_writable(state))
    findings += run_check("self-healing", lambda: check_self_healing(_state(state)))
    findings += run_check("opening hours", check_opening_hours)
    if screens:
        findings += run_check("screen", check_screens)
    return findings


def _emit(line: str, out) -> None:
    try:
        print(line, file=out)
    except UnicodeEncodeError:  # a Windows console or log file that cannot show e.g. 中文
        encoding = getattr(out, "encoding", None) or "ascii"
        print(line.encode(encoding, "replace").decode(encoding), file=out)


def doctor(content: Path, *, screens: bool = True, state: Path | None = None, out=None) -> int:
    out = out or sys.stdout
    print(f"kiosk doctor: checking this PC for {Path(content).resolve()}", file=out, flush=True)
    findings = run_checks(content, screens=screens, state=state)
    for finding in findings:
        for line in finding.lines():
            _emit(line, out)
    failed = sum(f.status == FAIL for f in findings)
    warned = sum(f.status == WARN for f in findings)
    passed = sum(f.status == PASS for f in findings)
    if failed:
        print(f"{failed} FAIL, {warned} WARN, {passed} PASS: not ready to open; fix the FAIL lines above", file=out)
    else:
        verdict = "ready to open; read the WARN lines above" if warned else "ready to open"
        print(f"0 FAIL, {warned} WARN, {passed} PASS: {verdict}", file=out)
    out.flush()
    return 1 if failed else 0
