"""Copies the fonts the content needs into a folder for the bundle, with their licences.

Usage: python packaging/bundle/bundle_fonts.py CONTENT_DIR OUT_DIR

Asks the kiosk's own font choice (kiosk.core.typefaces) which families set each
language of the content, then copies every file of those families found on this
build machine. Noto fonts are under the SIL Open Font License 1.1, which allows
bundling with software; its text goes along, with the Debian copyright file of each
font package where there is one. A font under any other licence stops the build:
check that its licence allows redistribution and add it by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OFL = REPO / "packaging" / "licenses" / "OFL-1.1.txt"
OFL_FAMILIES = ("Noto ",)  # every Noto family is OFL-1.1


def needed_files(content: Path) -> dict[str, list[Path]]:
    from kiosk.core.fonts import FontIndex
    from kiosk.core.loader import load_content
    from kiosk.core.typefaces import Typefaces

    index = FontIndex()
    result = load_content(content, fonts=index)
    if result.content is None or result.errors:
        raise SystemExit(f"bundle_fonts: {content} has errors; run 'kiosk validate {content}'")
    faces = Typefaces(index)
    faces.measure(result.content)
    families = {f for lang in result.content.language_codes for f in (faces.text_family(lang), faces.display_family(lang)) if f}
    chosen: dict[str, list[Path]] = {}
    for face in index.faces():
        if face.family in families:
            chosen.setdefault(face.family, [])
            if face.path not in chosen[face.family]:
                chosen[face.family].append(face.path)
    return chosen


def _debian_copyright(path: Path) -> Path | None:
    try:
        owner = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    package = owner.split(":", 1)[0]
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    return copyright_file if copyright_file.is_file() else None


def main(content: Path, out: Path) -> int:
    chosen = needed_files(content)
    out.mkdir(parents=True, exist_ok=True)
    licences = out / "LICENSES"
    licences.mkdir(exist_ok=True)
    for family, paths in sorted(chosen.items()):
        if not family.startswith(OFL_FAMILIES):
            print(f"bundle_fonts: {family} is not a Noto font; check its licence allows bundling and copy it by hand",
                  file=sys.stderr)
            return 1
        for path in paths:
            shutil.copy2(path, out / path.name)
            print(f"bundle_fonts: {family}: {path.name} ({path.stat().st_size / 1e6:.1f} MB)")
            notice = _debian_copyright(path)
            if notice:
                shutil.copy2(notice, licences / f"{notice.parent.name}-copyright.txt")
    shutil.copy2(OFL, licences / "OFL-1.1.txt")
    (licences / "README.txt").write_text(
        "The fonts in this folder are Noto fonts by Google, licensed under the SIL Open Font License,\n"
        "Version 1.1 (OFL-1.1.txt). The *-copyright.txt files name their copyright holders.\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
