pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// The accessibility menu: large text, high contrast, reach mode and reading aloud.
// It rises from the bottom edge so a visitor in a wheelchair reaches it from any screen.
Item {
    id: menu

    required property Visit visit
    required property Access access
    property bool shown: false  // built closed, then opened: it fades in (Main.qml builds it while open)

    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.quick } }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        TapHandler { gesturePolicy: TapHandler.WithinBounds; onTapped: menu.access.closeMenu() }
    }
    Rectangle {
        id: sheet
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        width: column.width + 2 * Theme.l
        height: column.implicitHeight + 2 * Theme.l
        color: Theme.paper
        radius: Theme.radius
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Accessibility")
        TapHandler { gesturePolicy: TapHandler.WithinBounds }   // touches on the sheet stay on the sheet

        Column {
            id: column
            anchors.centerIn: parent
            width: Math.min(menu.width - 4 * Theme.l, choices.implicitWidthWanted)
            spacing: Theme.m

            KText {
                width: parent.width
                text: qsTr("Accessibility")
                display: true
                font.pixelSize: Theme.h2
            }
            Flow {
                id: choices
                // Every button on one line where the screen is wide enough, wrapping where it is not.
                readonly property real implicitWidthWanted: {
                    let sum = 0
                    for (let i = 0; i < children.length; ++i)
                        if (children[i].visible) sum += children[i].implicitWidth + spacing
                    return Math.max(0, sum - spacing)
                }
                width: parent.width
                spacing: Theme.m
                IconButton {
                    text: qsTr("Large text")
                    iconName: menu.access.largeText ? "check" : ""
                    checkable: true
                    selected: menu.access.largeText
                    onActivated: menu.access.toggle("large-text")
                }
                IconButton {
                    text: qsTr("High contrast")
                    iconName: menu.access.highContrast ? "check" : ""
                    checkable: true
                    selected: menu.access.highContrast
                    onActivated: menu.access.toggle("high-contrast")
                }
                IconButton {
                    text: qsTr("Controls within reach")
                    iconName: menu.access.reach ? "check" : ""
                    checkable: true
                    selected: menu.access.reach
                    onActivated: menu.access.toggle("reach")
                }
                IconButton {
                    visible: menu.access.canRead
                    iconName: "speak"
                    text: menu.access.reading ? qsTr("Stop reading") : qsTr("Read aloud")
                    onActivated: menu.access.readAloud()
                }
                IconButton {
                    iconName: "close"
                    text: qsTr("Close")
                    onActivated: menu.access.closeMenu()
                }
            }
        }
    }
}
