"""`kiosk doctor`'s screen checks: is there a display, which platform and renderer Qt uses,
which screens and touch devices it sees.

Qt is imported here only after a display server has answered, because Qt ends the
whole process when it cannot open a screen.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from collections.abc import Mapping

from kiosk.doctor_findings import FAIL, INFO, PASS, WARN, Finding

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

        from kiosk.ui.raster import software_renderer
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
    if software_renderer(env):
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
