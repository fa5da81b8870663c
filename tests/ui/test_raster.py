"""The software renderer's fills stay on the GUI thread (kiosk/ui/raster.py)."""

from __future__ import annotations

import os

import pytest

from kiosk.ui import raster


class _Window:
    def __init__(self, backend: str):
        self.backend = backend

    def sceneGraphBackend(self) -> str:  # noqa: N802 (Qt's name)
        return self.backend


@pytest.fixture
def choose(monkeypatch):
    monkeypatch.delenv(raster.NO_POOL, raising=False)

    def chosen(in_code: str, in_environment: str | None):
        monkeypatch.setattr(raster, "QQuickWindow", _Window(in_code))
        if in_environment is None:
            monkeypatch.delenv("QT_QUICK_BACKEND", raising=False)
        else:
            monkeypatch.setenv("QT_QUICK_BACKEND", in_environment)
        return raster.fills_on_the_gui_thread()

    return chosen


@pytest.mark.parametrize(("in_code", "in_environment"), [("", "software"), ("software", None), ("", "softwarecontext")])
def test_with_the_software_renderer_qt_keeps_its_fills_on_the_gui_thread(choose, in_code, in_environment):
    assert choose(in_code, in_environment)
    assert os.environ[raster.NO_POOL] == "1"


@pytest.mark.parametrize(("in_code", "in_environment"), [("", None), ("", "rhi"), ("rhi", "software")])
def test_with_a_gpu_qt_keeps_its_default(choose, in_code, in_environment):
    assert not choose(in_code, in_environment)
    assert raster.NO_POOL not in os.environ
