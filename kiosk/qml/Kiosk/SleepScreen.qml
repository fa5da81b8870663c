pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Outside opening hours: dark and still, so Qt draws nothing; or plain black ("blank").
// The small text moves every few minutes (schedule.phase) so it never burns into the panel.
Rectangle {
    id: sleep

    required property Schedule schedule
    required property string title
    required property string language

    color: "black"
    visible: schedule.asleep

    MouseArea { anchors.fill: parent }  // a touch does not wake the exhibition; staff use the corner

    Column {
        id: note
        visible: !sleep.schedule.blank
        opacity: 0.55
        spacing: Theme.s
        width: Math.min(parent.width * 0.5, implicitWidth)
        x: Theme.margin + (parent.width - width - 2 * Theme.margin) * ((sleep.schedule.phase * 37) % 100) / 100
        y: Theme.margin + (parent.height - height - 2 * Theme.margin) * ((sleep.schedule.phase * 61) % 100) / 100

        KText {
            text: sleep.title
            display: true
            color: Theme.nightTextSoft
            font.pixelSize: Theme.h3
        }
        KText {
            text: qsTr("Closed now")
            color: Theme.nightTextSoft
            font.pixelSize: Theme.body
        }
        KText {
            readonly property date opens: sleep.schedule.opensAt
            visible: !isNaN(opens.getTime())
            text: qsTr("Opens %1").arg(opens.toLocaleString(Qt.locale(sleep.language), "dddd HH:mm"))
            color: Theme.nightTextSoft
            font.pixelSize: Theme.body
        }
    }
}
