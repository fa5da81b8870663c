import QtQuick
import Kiosk.Style

// A screen that fades and drifts in when shown, and stops taking touches when hidden.
Item {
    id: screen

    property bool shown: false

    opacity: shown ? 1 : 0
    visible: opacity > 0
    enabled: shown
    transform: Translate { y: screen.shown ? 0 : Theme.l }

    Behavior on opacity { NumberAnimation { duration: Theme.medium; easing.type: Easing.OutCubic } }
}
