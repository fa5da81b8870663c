#!/bin/sh
# Sets up a development or exhibit PC: the system pieces the kiosk needs, then a venv.
# Installs system packages only where it can (root with apt-get); otherwise names what is missing.
set -eu
VENV="${1:-.venv}"

need=""
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
fc-list 2>/dev/null | grep -qi "Noto Sans Arabic\|Noto Naskh Arabic" || need="$need fonts-noto-core"
# Shared libraries Qt needs, each with the Debian package that provides it (X11 for Qt's xcb plugin,
# Wayland for a cage kiosk session).
for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 \
    libdbus-1.so.3:libdbus-1-3 libxcb-cursor.so.0:libxcb-cursor0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
    libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 \
    libxcb-render-util.so.0:libxcb-render-util0 libwayland-client.so.0:libwayland-client0 \
    libwayland-cursor.so.0:libwayland-cursor0 libwayland-egl.so.1:libwayland-egl1; do
  ldconfig -p 2>/dev/null | grep -q "${pair%%:*}" || need="$need ${pair#*:}"
done
# Read aloud: speech-dispatcher with the espeak-ng voices (offline, many languages).
command -v speech-dispatcher >/dev/null 2>&1 || need="$need speech-dispatcher speech-dispatcher-espeak-ng"
need_pkgs="$need"
if [ -n "$(echo "$need_pkgs" | tr -d ' ')" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing system packages:$need_pkgs"
    apt-get update -qq >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need_pkgs fontconfig >/dev/null
  else
    echo "setup: please install these system packages (they give the kiosk its fonts and graphics):$need_pkgs" >&2
    echo "setup: on Debian or Ubuntu: sudo apt-get install$need_pkgs" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install -q -e ".[test,speech]"
# The kiosk's own bytecode, written now: an editable install leaves it to the first start, and a
# PC whose environment forbids writing it (PYTHONDONTWRITEBYTECODE) would compile at every start.
"$VENV/bin/python" -m compileall -q kiosk >/dev/null || true
echo "setup: ready ($VENV)"
