pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Events along a line: across the screen in landscape, down it in portrait. Left margins (not x)
// place everything, so in right-to-left languages time runs from the right.
Item {
    id: timeline

    required property PanelItem panel
    required property Visit visit
    required property color accent
    readonly property var fields: panel.fields
    readonly property int count: fields.events ? fields.events.length : 0
    readonly property bool vertical: Theme.portrait

    PanelHeading {
        face: timeline.fields.face
        id: heading
        width: parent.width
        title: timeline.fields.title
        intro: timeline.fields.intro ?? ""
        accent: timeline.accent
    }
    Item {
        id: track
        anchors.top: heading.bottom
        anchors.topMargin: Theme.l
        anchors.bottom: parent.bottom
        width: parent.width

        Rectangle {
            anchors.left: parent.left
            anchors.leftMargin: timeline.vertical ? Theme.s - width / 2 : 0
            y: timeline.vertical ? 0 : Theme.s - height / 2
            width: timeline.vertical ? 3 : parent.width
            height: timeline.vertical ? parent.height : 3
            color: Theme.stone
        }
        Repeater {
            // A count, not the list: a language switch then updates the events in place.
            model: timeline.count
            Item {
                id: event
                readonly property var modelData: timeline.fields.events[index]
                required property int index
                readonly property real step: (timeline.vertical ? track.height : track.width) / Math.max(1, timeline.count)
                anchors.left: parent.left
                anchors.leftMargin: timeline.vertical ? 0 : index * step
                y: timeline.vertical ? index * step : 0
                width: timeline.vertical ? track.width : step - Theme.m
                height: timeline.vertical ? step - Theme.s : track.height

                Rectangle {
                    anchors.left: parent.left
                    width: Theme.s * 2
                    height: width
                    radius: width / 2
                    color: timeline.accent
                    border.color: Theme.paper
                    border.width: 3
                }
                Column {
                    anchors.left: parent.left
                    anchors.leftMargin: timeline.vertical ? Theme.l * 1.3 : 0
                    y: timeline.vertical ? -Theme.xs : Theme.l
                    width: parent.width - anchors.leftMargin
                    height: parent.height - y
                    spacing: Theme.xs
                    KText {
                        face: timeline.fields.face
                        width: parent.width
                        text: event.modelData.when
                        color: timeline.accent
                        display: true
                        font.pixelSize: Theme.h3
                        font.weight: Font.DemiBold
                    }
                    KText {
                        face: timeline.fields.face
                        width: parent.width
                        text: event.modelData.headline
                        font.pixelSize: Theme.body
                        font.weight: Font.DemiBold
                    }
                    KText {
                        face: timeline.fields.face
                        width: parent.width
                        height: parent.height - y
                        text: event.modelData.text ?? ""
                        color: Theme.inkSoft
                        font.pixelSize: Theme.caption * 1.1
                        fontSizeMode: Theme.verticalFit
                        minimumPixelSize: Theme.fitFloor(Theme.caption * 0.8)
                    }
                }
            }
        }
    }
}
