"""Reading font files the kiosk has not seen before, in a process of its own.

The first start on a PC, or the first after fonts were installed, reads every font's
character map with fontTools. A CJK collection maps tens of thousands of characters, and
Python keeps the memory those maps passed through: read in the kiosk itself, the 320 font
files of the development machine left it about 80 MiB larger until it was restarted.
A child reads them and hands back only what the coverage cache holds; should it fail, the
kiosk reads them itself, as before.

    kiosk font-scan < paths   (one per line; prints JSON: path -> faces)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHILD_LIMIT_S = 600  # a slow disk full of fonts; a child still reading after this is stopped


def faces_entry(path: Path) -> list:
    """What the cache holds for one file: [family, packed runs, line spacing] for each face."""
    from kiosk.core.fonts import _pack, _read_faces

    return [[family, _pack(ranges), spacing] for family, ranges, spacing in _read_faces(path)]


def scan_in_child(paths: list[Path]) -> dict[str, list] | None:
    """Each path's cache entry, read by a child process; None when the child could not do it."""
    frozen = getattr(sys, "frozen", False)  # the offline bundle's executable is the kiosk command itself
    command = [sys.executable, *([] if frozen else ["-m", "kiosk"]), "font-scan"]
    try:
        out = subprocess.run(command, input="\n".join(map(str, paths)),
                             capture_output=True, text=True, encoding="utf-8", timeout=CHILD_LIMIT_S,
                             cwd=Path(__file__).resolve().parents[2])
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    try:
        entries = json.loads(out.stdout)
    except ValueError:
        return None
    return entries if isinstance(entries, dict) else None


def main() -> int:
    # UTF-8 both ways, whatever the PC's locale: the kiosk writes the paths in UTF-8, and
    # json.dump escapes every character outside ASCII.
    paths = [Path(line) for line in sys.stdin.buffer.read().decode("utf-8").splitlines() if line.strip()]
    json.dump({str(p): faces_entry(p) for p in paths}, sys.stdout)
    return 0
