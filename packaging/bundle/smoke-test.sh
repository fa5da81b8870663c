#!/bin/sh
# The bundle's test (slow, so not part of `make test`; run `make test-bundle`, which builds first):
# starts the built one-folder bundle the way a fresh exhibit PC would, and checks that it
# draws its home screen in every language of the default content.
#
#   sh packaging/bundle/smoke-test.sh [BUNDLE_DIR] [FOLDER_TO_HIDE ...]
#
# The bundle is copied to an empty temporary folder and started with a clean environment:
# no venv, no PYTHONPATH, PATH=/usr/bin:/bin, a new HOME and state folder, offscreen.
# Run as root where `unshare` works, the source tree, any FOLDER_TO_HIDE (e.g. the
# development venv) and the system's fonts are also hidden behind empty folders, so the
# bundle can only use what it carries. Exit 0 when the home screen was drawn.
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUNDLE="$(cd "${1:-$ROOT/dist/heritage-kiosk}" && pwd)"
[ $# -gt 0 ] && shift
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cp -r "$BUNDLE" "$TMP/heritage-kiosk"
mkdir "$TMP/home"
RUN="env -i PATH=/usr/bin:/bin HOME=$TMP/home LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen KIOSK_STATE_DIR=$TMP/state \
$TMP/heritage-kiosk/heritage-kiosk run --windowed --smoke"
start=$(date +%s)
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    HIDE="mount -t tmpfs none '$ROOT'"
    for folder in "$@" /usr/share/fonts /usr/local/share/fonts; do
        case "$folder" in "$ROOT"/*) continue ;; esac  # already hidden with the source tree (e.g. its .venv)
        [ -d "$folder" ] && HIDE="$HIDE && mount -t tmpfs none '$folder'"
    done
    echo "smoke-test: hiding $ROOT $* and the system fonts"
    unshare -m --propagation private sh -c "$HIDE && $RUN" > "$TMP/out.log" 2>&1 || true
else
    echo "smoke-test: not root or no unshare: the source tree and system fonts stay visible"
    $RUN > "$TMP/out.log" 2>&1 || true
fi
cat "$TMP/out.log"
seconds=$(( $(date +%s) - start ))
if grep -q "smoke test: home screen drawn" "$TMP/out.log" && grep -q "languages en, zh-Hans" "$TMP/out.log"; then
    echo "smoke-test: PASS: the bundle ($(du -sh "$BUNDLE" | cut -f1)) drew its home screen in ${seconds} s, with its own fonts"
    exit 0
fi
echo "smoke-test: FAIL: no home screen in both languages; see the log above" >&2
exit 1
