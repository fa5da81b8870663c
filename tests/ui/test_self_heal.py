"""Self-healing end to end: a failed graphics renderer restarts on software; a crash loop starts safe mode."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtQuick import QQuickWindow

from kiosk.core import renditions, start_health
from kiosk.ui.self_heal import SelfHealing
from kiosk.ui.smoke import HOME_REACHED
from kiosk.ui.staff import RESTART_EXIT_CODE

REPO = Path(__file__).resolve().parents[2]


def _service_env(state: Path, tmp_path: Path, **env) -> dict[str, str]:
    # No display either: offscreen then has no OpenGL, whatever the machine running the tests has.
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("QT_", "QSG_", "KIOSK_")) and k not in ("DISPLAY", "WAYLAND_DISPLAY", "NOTIFY_SOCKET")}
    clean.update(QT_QPA_PLATFORM="offscreen", KIOSK_STATE_DIR=str(state), KIOSK_CONFIG_DIR=str(tmp_path / "config"), **env)
    return clean


def _run_kiosk(content: Path, state: Path, tmp_path: Path, **env) -> subprocess.CompletedProcess:
    """`kiosk run --smoke` in a process of its own, as systemd would start it (but offscreen)."""
    return subprocess.run([sys.executable, "-m", "kiosk", "run", str(content), "--windowed", "--smoke"], cwd=REPO,
                          env=_service_env(state, tmp_path, **env), capture_output=True, text=True, timeout=300)


def test_a_failed_graphics_renderer_restarts_on_software_and_stays_there(tmp_path):
    state = tmp_path / "state"
    # Offscreen has no OpenGL: forcing Qt's OpenGL renderer fails the way a broken GPU driver does.
    run = _run_kiosk(REPO / "content", state, tmp_path, QT_QUICK_BACKEND="rhi", QSG_RHI_BACKEND="opengl")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "the graphics renderer failed" in run.stderr and "restarting on the software renderer" in run.stderr
    assert f"{HOME_REACHED} (renderer: Software" in run.stdout, "the restarted kiosk drew its home screen"
    record = json.loads((state / start_health.RENDERER_FILE).read_text("utf-8"))
    assert "OpenGL" in record["reason"]
    again = _run_kiosk(REPO / "content", state, tmp_path, QT_QUICK_BACKEND="rhi", QSG_RHI_BACKEND="opengl")
    assert again.returncode == 0 and "the graphics renderer failed (" not in again.stderr, "the next start goes to software directly"
    assert "using the software renderer" in again.stderr


def test_after_a_crash_loop_the_kiosk_starts_in_safe_mode_with_the_last_good_content(tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    assert start_health.snapshot_content(state, content)
    (content / "exhibition.yaml").write_text("title: [broken\n", "utf-8")  # the edit that made it crash
    now = time.time()
    (state / start_health.STARTS_FILE).write_text(json.dumps({"unhealthy": [now - 300, now - 200, now - 100]}), "utf-8")
    run = _run_kiosk(content, state, tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "SAFE MODE: 3 starts within 10 min never became healthy" in run.stderr
    assert f"{HOME_REACHED} (renderer: Software, content: Heritage in Dialogue" in run.stdout, run.stdout
    ended = json.loads((state / start_health.STARTS_FILE).read_text("utf-8"))["unhealthy"]
    assert len(ended) == 3, "the smoke run ended in order, so it is not counted as a crash"


def test_the_renderer_error_signal_records_the_failure_and_restarts(kiosk, tmp_path):
    plan = start_health.plan_start(tmp_path, tmp_path, 1.0)
    exits = []
    healing = SelfHealing(kiosk, plan, tmp_path, exit_app=exits.append, healthy_after_s=3600)
    kiosk.window.sceneGraphError.emit(QQuickWindow.SceneGraphError.ContextNotAvailable, "Failed to create RHI (backend 2)")
    assert exits == [RESTART_EXIT_CODE]
    assert start_health.plan_start(tmp_path, tmp_path, 2.0).renderer_failure == "Failed to create RHI (backend 2)"
    healing.stop(orderly=True)


def test_a_healthy_minute_clears_the_crash_count_and_keeps_the_content(qtbot, kiosk, content_copy, tmp_path):
    for i in range(2):
        start_health.plan_start(tmp_path, content_copy, time.time() - 100 + i)
    plan = start_health.plan_start(tmp_path, content_copy, time.time())
    stale = renditions.folder_for("0f" * 16)  # a replaced photograph's renditions, made 40 days ago
    stale.mkdir(parents=True)
    (stale / "screen-1920x1080.jpg").write_bytes(b"old")
    os.utime(stale, (time.time() - 40 * 86400,) * 2)
    healing = SelfHealing(kiosk, plan, tmp_path, exit_app=lambda code: None, healthy_after_s=0.2)
    good = tmp_path / start_health.LAST_GOOD
    qtbot.waitUntil(lambda: (good / "exhibition.yaml").is_file(), timeout=20_000)
    qtbot.waitUntil(lambda: not stale.exists(), timeout=20_000)
    assert json.loads((tmp_path / start_health.STARTS_FILE).read_text("utf-8")) == {"unhealthy": []}
    kiosk.staff._refresh()
    assert kiosk.staff.stats["mode"] == "normal" and kiosk.staff.stats["renderer"] == "Software"
    healing.stop(orderly=True)


def test_the_staff_menu_shows_safe_mode_and_the_renderer_fallback(kiosk, tmp_path):
    start_health.record_renderer_failure(tmp_path, "Failed to create RHI (backend 2)", "2026-11-28T21:00:00")
    for i in range(3):
        start_health.plan_start(tmp_path, tmp_path, 10.0 + i)
    plan = start_health.plan_start(tmp_path, tmp_path, 20.0)
    healing = SelfHealing(kiosk, plan, tmp_path, exit_app=lambda code: None, healthy_after_s=3600)
    kiosk.staff._refresh()
    assert kiosk.staff.stats["mode"].startswith("safe mode after 3 failed starts within 10 min")
    assert kiosk.staff.stats["renderer"].startswith("Software since the graphics renderer failed (Failed to create RHI")
    healing.stop(orderly=True)


def test_a_service_stop_in_the_first_minute_ends_in_order_and_is_not_a_crash(tmp_path):
    """`systemctl restart` sends SIGTERM, perhaps seconds after the start: not a crash towards safe mode."""
    state = tmp_path / "state"
    systemd = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    systemd.bind(str(tmp_path / "notify"))
    systemd.settimeout(120)
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "run", str(REPO / "content"), "--windowed"], cwd=REPO,
                             env=_service_env(state, tmp_path, NOTIFY_SOCKET=str(tmp_path / "notify")),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while not systemd.recv(4096).decode().startswith("READY=1"):
            pass
        assert len(json.loads((state / start_health.STARTS_FILE).read_text("utf-8"))["unhealthy"]) == 1
        kiosk.send_signal(signal.SIGTERM)
        _, err = kiosk.communicate(timeout=60)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
    systemd.settimeout(0.5)
    said = []
    try:
        while True:
            said.append(systemd.recv(4096).decode())
    except TimeoutError:
        pass
    systemd.close()
    assert kiosk.returncode == 0, err[-2000:]
    assert "SIGTERM received" in err
    assert "STOPPING=1" in said
    assert json.loads((state / start_health.STARTS_FILE).read_text("utf-8"))["unhealthy"] == []
