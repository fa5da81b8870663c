"""`kiosk preview`: render every screen offscreen to LANG/SCREEN.png for review.

With `--mode` (large-text, high-contrast, reach) the screens are rendered in that
accessibility mode, under the same file names, so a designer compares folders.

Drives the real kiosk through the same visit slots a touch would reach, waits
until the picture stops changing, then saves the frame.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

SETTLE_STEP_S = 0.12
SETTLE_MAX_S = 4.0


def screen_plan(shell) -> list[tuple[str, Callable[[], None]]]:
    visit, exhibit = shell.visit, shell.exhibit
    plan: list[tuple[str, Callable[[], None]]] = [("attract", lambda: None), ("home", visit.begin)]
    for s_index, section in enumerate(exhibit.sections):
        for p_index in range(section["panelCount"]):
            def show(s=s_index, p=p_index):
                visit.openSection(s)
                visit.showPanel(p)
            plan.append((f"{section['id']}-{p_index + 1:02d}", show))
        plan.append((f"{section['id']}-image", lambda s=s_index: _open_first_image(shell, s)))
    return plan


def screen_steps(shell, modes: list[tuple[str, ...]], languages: list[str] | None = None):
    """(language, accessibility modes, screen name, show) for every screen, in each of `modes` and
    each offered language (or only those in `languages`), language by language."""
    codes = [entry["code"] for entry in shell.exhibit.languages if not languages or entry["code"] in languages]
    for code in codes:
        for mode in modes:
            for name, show in screen_plan(shell):
                yield code, mode, name, show


def _open_first_image(shell, section_index: int) -> None:
    shell.visit.openSection(section_index)
    for item in shell.exhibit.panels:
        if item.pictures:
            shell.visit.showPanel(item.index)
            shell.visit.openImage(0)
            return


def run_events(app) -> None:
    """What one turn of the kiosk's own event loop does, for tools that drive it step by step.

    processEvents() alone, called outside app.exec(), never runs deleteLater(): every panel,
    screen and picture let go of would then stay in memory, which is not what a visitor's
    kiosk does."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_until(app, predicate: Callable[[], bool], timeout: float, step: float = 0.01) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        run_events(app)
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def _building(window) -> bool:
    """Screens and panels are built between frames: the scene may stand still before they are there."""
    controller = window.incubationController()
    return controller is not None and controller.incubatingObjectCount() > 0


def settle(app, window) -> object:
    """Process events until nothing is being built and two frames in a row are the same
    (or time runs out); return the last."""
    end = time.monotonic() + SETTLE_MAX_S
    wait_until(app, lambda: False, SETTLE_STEP_S * 3)
    last = window.grabWindow()
    while time.monotonic() < end:
        wait_until(app, lambda: False, SETTLE_STEP_S)
        frame = window.grabWindow()
        if frame == last and not _building(window):
            return frame
        last = frame
    return last


def show_screen(shell, code: str, show: Callable[[], None], modes: tuple[str, ...] = ()) -> None:
    """From a fresh visit: the language, the accessibility modes, then the screen."""
    shell.visit.restart()
    shell.visit.setLanguage(code)
    for mode in modes:
        shell.access.set_mode(mode, True)
    show()


def preview(content: Path, out: Path, size: tuple[int, int], lang: str | None, screens: list[str] | None,
            modes: tuple[str, ...] = ()) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.shell import KioskShell

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    shell = KioskShell(content, fullscreen=False, size=size, watch=False, record_usage=False, speech="none")
    shell.window.show()
    wait_until(app, lambda: shell.exhibit.status != "loading", 120)
    if shell.exhibit.status != "ready":
        print(f"kiosk preview: the content cannot be shown:\n{shell.exhibit.problems}", file=sys.stderr)
        shell.close()
        return 1
    languages = [entry["code"] for entry in shell.exhibit.languages]
    if lang is not None and lang not in languages:
        print(f"kiosk preview: '{lang}' is not offered; choose one of {', '.join(languages)}", file=sys.stderr)
        shell.close()
        return 2
    written = 0
    sheet: dict[str, list[str]] = {}
    for code in [lang] if lang else languages:
        for name, show in screen_plan(shell):
            if screens and name not in screens:
                continue
            sheet.setdefault(code, []).append(name)
            show_screen(shell, code, show, modes)
            frame = settle(app, shell.window)
            target = out / code / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            frame.save(str(target))
            written += 1
    from kiosk.ui.signoff import write_index

    index = write_index(out, sheet, shell.exhibit.title, size)
    print(f"kiosk preview: wrote {written} screen(s) to {out}; sign-off sheet: {index}")
    shell.close()
    return 0 if written else 1
