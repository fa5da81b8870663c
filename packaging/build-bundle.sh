#!/bin/sh
# Builds the one-folder offline bundle: dist/heritage-kiosk/ holds the kiosk, Python, Qt and
# its QML modules, the translations, icons, the fonts the content needs (with their licences)
# and the default content. Copy that folder to an exhibit PC; nothing needs installing there.
#
#   sh packaging/build-bundle.sh [VENV]        (VENV defaults to .venv; PyInstaller is installed into it)
#
# The result runs on Linux PCs like the build machine (same CPU type, same or newer glibc).
# Build a Windows bundle on Windows with the same spec (see packaging/windows/README.md).
set -eu
VENV="${1:-.venv}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
"$VENV/bin/python" -c "import PyInstaller" 2>/dev/null || "$VENV/bin/pip" install -q "pyinstaller>=6.10"
start=$(date +%s)
rm -rf build/bundle dist/heritage-kiosk
mkdir -p build/bundle
KIOSK_STATE_DIR="$ROOT/build/bundle/state" "$VENV/bin/python" packaging/bundle/bundle_fonts.py content build/bundle/fonts
KIOSK_BUNDLE_FONTS="$ROOT/build/bundle/fonts" "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --workpath build/bundle/work --distpath dist packaging/bundle/heritage-kiosk.spec
echo "build-bundle: dist/heritage-kiosk, $(du -sh dist/heritage-kiosk | cut -f1), built in $(( $(date +%s) - start )) s"
echo "build-bundle: try it with   dist/heritage-kiosk/heritage-kiosk run --windowed"
