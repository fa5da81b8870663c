#!/bin/sh
# Sets up a development or exhibit PC: the system pieces the kiosk needs, then a venv.
# Installs system packages only where it can (root with apt-get); otherwise names what is missing.
set -eu
VENV="${1:-.venv}"

need=""
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
fc-list 2>/dev/null | grep -qi "Noto Sans Arabic\|Noto Naskh Arabic" || need="$need fonts-noto-core"
for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || need="$need $lib"
done
need_pkgs=$(echo "$need" | sed -e 's/libEGL.so.1/libegl1/' -e 's/libGL.so.1/libgl1/' \
  -e 's/libxkbcommon.so.0/libxkbcommon0/' -e 's/libfontconfig.so.1/libfontconfig1/' -e 's/libdbus-1.so.3/libdbus-1-3/')
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
"$VENV/bin/python" -m pip install -q -e ".[test]"
echo "setup: ready ($VENV)"
