"""`kiosk preview --mode`: the same screens under the same names, drawn in an accessibility mode."""

import pytest
from PySide6.QtGui import QImage

from kiosk.cli import main
from kiosk.ui.preview import preview

pytestmark = pytest.mark.ui
SCREENS = ["attract", "home", "dazu-01"]


def test_each_mode_renders_the_same_file_names_and_a_different_picture(qapp, content_copy, tmp_path):
    assert preview(content_copy, tmp_path / "default", (1280, 720), "en", SCREENS) == 0
    default = sorted(p.relative_to(tmp_path / "default") for p in (tmp_path / "default").rglob("*.png"))
    assert len(default) == len(SCREENS)
    for mode in ("large-text", "high-contrast", "reach"):
        out = tmp_path / mode
        assert preview(content_copy, out, (1280, 720), "en", SCREENS, (mode,)) == 0
        assert sorted(p.relative_to(out) for p in out.rglob("*.png")) == default
        changed = [name for name in default if QImage(str(out / name)) != QImage(str(tmp_path / "default" / name))]
        assert "en/home.png" in {str(n) for n in changed}, f"{mode} looks the same as the default"


def test_the_command_line_refuses_an_unknown_mode(capsys):
    with pytest.raises(SystemExit):
        main(["preview", "--out", "x", "--mode", "huge"])
    assert "invalid choice" in capsys.readouterr().err
