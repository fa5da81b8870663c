import QtQuick
import Kiosk.Backend
import Kiosk.Style

// An invisible patch in the top-left corner; five quick taps there open the staff PIN pad.
Item {
    id: corner

    required property Staff staff

    width: Math.max(16, Theme.s * 1.5)
    height: width
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Staff menu (PIN)")

    TapHandler {
        gesturePolicy: TapHandler.WithinBounds
        onTapped: corner.staff.cornerTapped()
    }
}
