"""`kiosk doctor`: check an exhibit PC before the exhibition opens.

Prints one line per finding, `PASS`, `WARN`, `FAIL` or `INFO`, and exits with 1 if
any line is FAIL. Each check runs on its own: one that breaks prints FAIL with a
plain reason and the others still run, so a technician never sees a traceback.

Qt is imported only by the screen check, inside this process, and only when a
screen is reachable: without one Qt would abort the whole process.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import socket
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

PASS, WARN, FAIL, INFO = "PASS", "WARN", "FAIL", "INFO"

DISK_WARN_BYTES = 1024**3  # under 1 GB free: WARN
DISK_FAIL_BYTES = 200 * 1024**2  # under 200 MB free: FAIL
SHOWN_ERRORS = 5


@dataclass
class Finding:
    status: str
    label: str
    text: str
    details: list[str] = field(default_factory=list)  # printed indented under the line

    def lines(self) -> list[str]:
        return [f"{self.status}  {self.label}: {self.text}", *(f"      {d}" for d in self.details)]


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


def _font_package(chars: Iterable[str]) -> str:
    cjk = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO", "FULLWIDTH", "HALFWIDTH", "IDEOGRAPHIC")
    if any(unicodedata.name(c, "").startswith(cjk) for c in chars):
        return "fonts-noto-cjk"
    return "fonts-noto-core"


def check_fonts(result, index=None) -> list[Finding]:
    """Per language: can an installed or bundled font draw every character the content uses?"""
    from kiosk.core.typefaces import Typefaces

    if result.content is None:
        return [Finding(WARN, "fonts", "not checked: the content did not load (see the content line)")]
    typefaces = Typefaces(index)
    typefaces.measure(result.content)
    out = []
    for lang in result.content.exhibition.languages:
        label = f"fonts {lang.code} ({lang.name})"
        missing = typefaces.missing.get(lang.code, [])
        if missing:
            shown = "".join(missing[:10]) + ("…" if len(missing) > 10 else "")
            package = _font_package(missing)
            out.append(Finding(FAIL, label, f"no font on this PC draws {len(missing)} character(s) used, e.g. '{shown}'; "
                                            f"the kiosk hides this language. Install the Debian package {package} "
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


# --- screens, touch and the renderer (Qt) ----------------------------------------------------------------------

_NO_SERVER_PLATFORMS = {"offscreen", "minimal", "minimalegl", "eglfs", "linuxfb", "vnc", "vkkhrdisplay"}
_LIBRARIES = {  # what Qt's plugin needs beyond PySide6, with the Debian package
    "xcb": [("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0")],
    "wayland": [("libwayland-client.so.0", "libwayland-client0"), ("libwayland-cursor.so.0", "libwayland-cursor0"),
                ("libwayland-egl.so.1", "libwayland-egl1"), ("libxkbcommon.so.0", "libxkbcommon0")],
}


def _connects(address: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1)
            sock.connect(address)
        return True
    except OSError:
        return False


def _missing_library(kind: str) -> str | None:
    for name, package in _LIBRARIES.get(kind, []):
        try:
            ctypes.CDLL(name)
        except OSError:
            return f"the screen is there but Qt cannot use it: {name} is missing (install the Debian package {package})"
    return None


def _platform_problem(platform: str, env: Mapping[str, str]) -> tuple[str, str] | None:
    """(WARN, why) when no display server answers, (FAIL, why) when one does but Qt lacks a
    library for it, or None when Qt's `platform` plugin can start here."""
    name = platform.split(":")[0].strip()
    if name in _NO_SERVER_PLATFORMS:
        return None
    if name.startswith("wayland"):
        display = env.get("WAYLAND_DISPLAY") or "wayland-0"
        runtime = env.get("XDG_RUNTIME_DIR", "")
        path = display if display.startswith("/") else os.path.join(runtime, display) if runtime else ""
        if not path or not _connects(path):
            if env.get("WAYLAND_DISPLAY"):
                return WARN, f"no Wayland compositor is listening on WAYLAND_DISPLAY={env['WAYLAND_DISPLAY']}"
            return WARN, "WAYLAND_DISPLAY is not set and no Wayland compositor is listening"
        missing = _missing_library("wayland")
        return (FAIL, missing) if missing else None
    if name == "xcb":
        display = env.get("DISPLAY", "")
        if not display:
            return WARN, "DISPLAY is not set"
        host, _, rest = display.rpartition(":")
        if host in ("", "unix"):  # a local X server: is it listening?
            number = rest.split(".")[0]
            sock = f"/tmp/.X11-unix/X{number}"
            if not (_connects(sock) or _connects("\0" + sock)):
                return WARN, f"no X server is listening on DISPLAY={display}"
        missing = _missing_library("xcb")
        return (FAIL, missing) if missing else None
    return FAIL, f"QT_QPA_PLATFORM names '{name}', which is not a Qt platform this kiosk knows"


def display_problem(env: Mapping[str, str] | None = None, system: str | None = None) -> tuple[str, str] | None:
    """Why Qt could not open a screen in this session, as (WARN or FAIL, reason), or None if it can.

    Qt aborts the whole process when it cannot, so this is decided before Qt is touched.
    WARN: no screen in this session (e.g. a technician's SSH login). FAIL: a screen is there
    but `kiosk run` would crash on it. Only Linux can be without a screen.
    """
    env = os.environ if env is None else env
    if not (system or sys.platform).startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        candidates = [p for p in requested.split(";") if p.strip()]
    elif not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return WARN, "neither DISPLAY nor WAYLAND_DISPLAY is set"
    else:  # Qt's own choice: Wayland first where a Wayland session is announced, then X11
        wayland = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland"
        candidates = ["wayland", "xcb"] if wayland else ["xcb"]
    problems = []
    for candidate in candidates:  # Qt tries them in order and starts the first that works
        problem = _platform_problem(candidate, env)
        if problem is None:
            return None
        problems.append(problem)
    status = FAIL if any(st == FAIL for st, _ in problems) else WARN
    return status, "; ".join(reason for _, reason in problems)


_app = None  # the QGuiApplication the doctor made, kept alive for the process


def _api_name(api) -> str:
    name = getattr(api, "name", str(api)).split(".")[-1]
    return {"OpenGL": "OpenGL", "Software": "software (no GPU)", "Direct3D11": "Direct3D 11",
            "Direct3D12": "Direct3D 12"}.get(name, name)


_SOFTWARE_GL = ("llvmpipe", "softpipe", "swrast", "software rasterizer", "gdi generic", "microsoft basic render")


def _opengl_finding(text: str) -> Finding:
    """Which OpenGL driver would draw: a real GPU, or the CPU standing in for one."""
    from PySide6.QtGui import QOffscreenSurface, QOpenGLContext

    context = QOpenGLContext()
    surface = QOffscreenSurface()
    if not context.create():
        return Finding(WARN, "renderer", f"{text}, but OpenGL does not start here; install the graphics driver "
                                         "(Debian: libegl1 libgl1) or set QT_QUICK_BACKEND=software")
    surface.setFormat(context.format())
    surface.create()
    try:
        if not context.makeCurrent(surface):
            return Finding(WARN, "renderer", f"{text}, but OpenGL does not start here; install the graphics driver")
        gl = context.functions()
        renderer, version = gl.glGetString(0x1F01) or "?", gl.glGetString(0x1F02) or "?"  # GL_RENDERER, GL_VERSION
        context.doneCurrent()
    finally:
        surface.destroy()
    if any(word in renderer.lower() for word in _SOFTWARE_GL):
        return Finding(WARN, "renderer", f"{text} {version} on {renderer}: the CPU draws, not a GPU, so swipes and "
                                         "fades may stutter; install the PC's graphics driver")
    return Finding(PASS, "renderer", f"{text} {version} on {renderer}")


def check_screens(env: Mapping[str, str] | None = None) -> list[Finding]:
    global _app
    env = os.environ if env is None else env
    problem = display_problem(env)
    if problem and problem[0] == FAIL:
        return [Finding(FAIL, "screen", f"{problem[1]}; 'kiosk run' would stop at once here")]
    if problem:
        return [Finding(WARN, "screen", f"no screen in this session ({problem[1]}); run 'kiosk doctor' on the exhibit "
                                        "PC's own screen session to check the screens, touch and renderer")]
    try:
        from PySide6.QtCore import QCoreApplication, qVersion
        from PySide6.QtGui import QGuiApplication, QInputDevice
        from PySide6.QtQuick import QQuickWindow
    except ImportError as exc:
        return [Finding(FAIL, "screen", f"Qt (PySide6) is not installed or incomplete ({exc}); run 'make setup' in the "
                                        "kiosk folder")]
    app = QCoreApplication.instance()
    if app is None:
        _app = app = QGuiApplication([sys.argv[0] if sys.argv else "kiosk"])
    elif not isinstance(app, QGuiApplication):
        return [Finding(WARN, "screen", "not checked: a non-graphical Qt application is already running in this process")]
    out = []

    platform = QGuiApplication.platformName()
    if platform in ("offscreen", "minimal"):
        out.append(Finding(WARN, "platform", f"Qt {qVersion()} uses '{platform}': nothing is shown on a screen "
                                             "(QT_QPA_PLATFORM is set to it)"))
    else:
        out.append(Finding(PASS, "platform", f"Qt {qVersion()} uses '{platform}'"))

    backend = QQuickWindow.sceneGraphBackend() or env.get("QT_QUICK_BACKEND", "")
    if backend in ("software", "softwarecontext"):
        out.append(Finding(INFO, "renderer", "Qt Quick software renderer, no GPU (QT_QUICK_BACKEND=software); "
                                             "fine for stills, slower for swipes and fades"))
    else:
        api = QQuickWindow.graphicsApi()
        how = f" (QSG_RHI_BACKEND={env['QSG_RHI_BACKEND']})" if env.get("QSG_RHI_BACKEND") else ""
        extra = f", scene graph backend '{backend}'" if backend else ""
        text = f"Qt Quick would draw with {_api_name(api)}{how}{extra}"
        probe = getattr(api, "name", "") == "OpenGL" and platform not in ("offscreen", "minimal")
        out.append(_opengl_finding(text) if probe else Finding(INFO, "renderer", text))

    screens = QGuiApplication.screens()
    if not screens:
        out.append(Finding(FAIL, "screen", "Qt finds no screen; check the display cable and that the display is on"))
    primary = QGuiApplication.primaryScreen()
    for number, screen in enumerate(screens, start=1):
        size = screen.size()
        dpr = screen.devicePixelRatio()
        pixels = f"{round(size.width() * dpr)}×{round(size.height() * dpr)}"
        role = ", primary" if screen == primary and len(screens) > 1 else ""
        text = (f"{screen.name() or '(unnamed)'}{role}: {pixels} px, {screen.physicalDotsPerInch():.0f} dpi, "
                f"scale {dpr:g}, {screen.refreshRate():.0f} Hz")
        model = " ".join(filter(None, [screen.manufacturer(), screen.model()]))
        out.append(Finding(PASS, f"screen {number}", text + (f" ({model})" if model else "")))

    touch = [d for d in QInputDevice.devices() if d.type() == QInputDevice.DeviceType.TouchScreen]
    if touch:
        for device in touch:
            points = device.maximumPoints() if hasattr(device, "maximumPoints") else 0
            out.append(Finding(PASS, "touch", f"{device.name() or '(unnamed touch screen)'}"
                                              + (f", {points} fingers at once" if points else "")))
    else:
        out.append(Finding(WARN, "touch", "no touch screen found; visitors could only use a mouse. Check the touch "
                                          "screen's USB cable (some touch screens appear only after it is plugged in)"))
    return out


# --- the command ---------------------------------------------------------------------------------------------

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
    findings += run_check("disk", lambda: check_disk(state))
    findings += run_check("state folder", lambda: check_state_writable(state))
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
