"""kiosk.core never imports Qt: `kiosk validate` must run on a PC without PySide6 or a display."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from contentkit import BUNDLED_CONTENT, REPO_ROOT

BLOCKER = textwrap.dedent("""
    import importlib.abc, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is blocked in this test: {name}")
            return None

    sys.meta_path.insert(0, NoQt())
    try:
        import PySide6  # noqa: F401  (proves the blocker works)
    except ImportError:
        pass
    else:
        raise SystemExit("the Qt blocker did not block PySide6")
""")


def _run(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-c", BLOCKER + textwrap.dedent(code)], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_core_imports_and_loads_content_without_qt():
    proc = _run(f"""
        import pkgutil, importlib
        import kiosk.core
        names = []
        for info in pkgutil.walk_packages(kiosk.core.__path__, "kiosk.core."):
            importlib.import_module(info.name)
            names.append(info.name)
        assert "kiosk.core.loader" in names and "kiosk.core.typefaces" in names, names
        from pathlib import Path
        from kiosk.core.loader import load_content
        result = load_content(Path({str(BUNDLED_CONTENT)!r}), check_media=False)
        assert result.content is not None, [p.format() for p in result.problems]
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        assert not leaked, leaked
        print("imported", len(names), "modules")
    """)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "imported" in proc.stdout


def test_validate_command_runs_without_qt():
    proc = _run(f"""
        from kiosk.cli import main
        code = main(["validate", {str(BUNDLED_CONTENT)!r}, "--no-fonts"])
        assert code in (0, 1), code
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        assert not leaked, leaked
    """)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert "error(s)" in proc.stderr


def test_the_blocker_really_blocks():
    """Negative control: the same preamble makes any Qt import fail, so the tests above would notice one."""
    proc = _run("""
        from shiboken6 import Shiboken  # noqa: F401
    """)
    assert proc.returncode != 0
    assert "Qt is blocked" in proc.stderr
