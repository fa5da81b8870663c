#!/bin/sh
# Shows the Heritage Kiosk full screen in cage, the Wayland kiosk compositor (Debian
# package `cage`): no desktop, no panels, no window borders, no screen blanking.
#
# Run it from the kiosk user's automatic login on tty1 (packaging/linux/README.md).
# It starts cage on the screen and, inside cage, hands the screen to the heritage-kiosk
# systemd user service, which runs the kiosk and restarts it if it stops or hangs.
# Without that service installed, it runs the kiosk itself and restarts it after a crash.
#
# Folders (only used without the service; the service has its own, see its file):
#   KIOSK_HOME     the kiosk folder holding .venv   (default ~/heritage-kiosk)
#   KIOSK_CONTENT  the exhibition to show           (default $KIOSK_HOME/content)
set -u

UNIT=heritage-kiosk.service
KIOSK_HOME="${KIOSK_HOME:-$HOME/heritage-kiosk}"
KIOSK_CONTENT="${KIOSK_CONTENT:-$KIOSK_HOME/content}"

if [ "${1:-}" != "--inside-cage" ]; then
    # -d: no window decorations. Add -s to let staff switch to a text console with
    # Ctrl+Alt+F2; it is left out so a keyboard left at the exhibit cannot leave the kiosk.
    # cage's own messages go to the journal: sudo journalctl -t cage -b
    systemd-cat -t cage cage -d -- "$0" --inside-cage
    status=$?
    # cage has ended: stop the kiosk and forget the screen it had.
    systemctl --user stop "$UNIT" 2>/dev/null
    systemctl --user unset-environment WAYLAND_DISPLAY 2>/dev/null
    sleep 2  # the automatic login starts this script again; never loop faster than this
    exit "$status"
fi

# From here on we run inside cage, and WAYLAND_DISPLAY names its screen.
if systemctl --user cat "$UNIT" >/dev/null 2>&1; then
    systemctl --user import-environment WAYLAND_DISPLAY
    systemctl --user reset-failed "$UNIT" 2>/dev/null
    systemctl --user restart "$UNIT"
    # cage stays up as long as this process does; the kiosk is systemd's to look after.
    exec sleep infinity
fi

while :; do
    QT_QPA_PLATFORM=wayland "$KIOSK_HOME/.venv/bin/kiosk" run "$KIOSK_CONTENT"
    sleep 2
done
