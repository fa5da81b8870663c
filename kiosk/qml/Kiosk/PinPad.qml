pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// The staff PIN pad. Digits stay here until OK; the staff object checks them.
Rectangle {
    id: pad

    required property Staff staff
    property string digits: ""

    color: Theme.scrim
    visible: staff.padOpen
    onVisibleChanged: digits = ""

    MouseArea { anchors.fill: parent }   // keeps touches off the exhibit underneath

    Rectangle {
        anchors.centerIn: parent
        width: Theme.touch * 3 + Theme.m * 4
        height: column.implicitHeight + Theme.l * 2
        radius: Theme.radius
        color: Theme.paper

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - Theme.m * 2
            spacing: Theme.m
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Staff PIN")
                display: true
                font.pixelSize: Theme.h3
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: "\u25CF".repeat(pad.digits.length) || " "
                font.pixelSize: Theme.h3
            }
            KText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: text !== ""
                text: pad.staff.message
                color: Theme.accentDefault
                font.pixelSize: Theme.caption
            }
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.m
                visible: pad.staff.pinConfigured
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "\u232B", "0", "OK"]
                    IconButton {
                        required property string modelData
                        width: Theme.touch
                        text: modelData
                        accessibleName: modelData === "\u232B" ? qsTr("Delete") : modelData
                        onActivated: {
                            if (modelData === "OK")
                                pad.staff.submitPin(pad.digits)
                            else if (modelData === "\u232B")
                                pad.digits = pad.digits.slice(0, -1)
                            else if (pad.digits.length < 12)
                                pad.digits += modelData
                        }
                    }
                }
            }
            IconButton {
                anchors.horizontalCenter: parent.horizontalCenter
                iconName: "close"
                text: qsTr("Cancel")
                onActivated: pad.staff.close()
            }
        }
    }
}
