import QtQuick
import Kiosk.Style

// What visitors see when the content cannot be shown: calm, never a stack trace.
Rectangle {
    color: Theme.night

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: Theme.l
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.touch * 1.4
            height: width
            radius: width / 2
            color: "transparent"
            border.color: Theme.focus
            border.width: Math.max(2, Theme.xs / 2)
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This exhibit is temporarily unavailable")
            display: true
            color: Theme.nightText
            font.pixelSize: Theme.h2
        }
        KText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Our staff have been told and it will be back soon. Thank you for your patience.")
            color: Theme.nightTextSoft
            font.pixelSize: Theme.lead
        }
    }
}
