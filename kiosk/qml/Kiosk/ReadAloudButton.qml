import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Reads the screen aloud in the visitor's language; hidden where the PC has no voice for it.
IconButton {
    id: button

    required property Access access

    visible: access.canRead
    iconName: "speak"
    accessibleName: access.reading ? qsTr("Stop reading") : qsTr("Read aloud")
    selected: access.reading
    onActivated: access.readAloud()
}
