import QtQuick
import Kiosk.Backend
import Kiosk.Style

// "Are you still there?": counts down before the kiosk resets for the next visitor.
Item {
    id: overlay

    required property Visit visit
    property bool shown: false  // built hidden, then shown: it fades in (Main.qml builds it while counting down)

    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.medium } }

    Rectangle { anchors.fill: parent; color: Theme.scrim }
    // The touch itself cancels the countdown (the window sees it); this keeps it off the screen below.
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.scale * 1000)
        height: column.implicitHeight + 2 * Theme.l
        radius: Theme.radius
        color: Theme.paper

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.l
            spacing: Theme.m
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                display: true
                font.pixelSize: Theme.h2
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Starting again in %n second(s)", "", Math.max(0, overlay.visit.secondsLeft))
                color: Theme.inkSoft
                font.pixelSize: Theme.lead
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Touch anywhere to continue")
                color: Theme.accentDefault
                font.pixelSize: Theme.body
                font.weight: Font.DemiBold
            }
        }
    }
}
