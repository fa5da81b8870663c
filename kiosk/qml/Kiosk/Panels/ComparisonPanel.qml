pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Two things side by side (stacked in portrait), each with an image and its facts.
Item {
    id: comparison

    required property PanelItem panel
    required property Visit visit
    required property color accent
    readonly property var fields: panel.fields
    readonly property var sides: [fields.left, fields.right]

    PanelHeading {
        id: heading
        width: parent.width
        title: comparison.fields.title
        intro: comparison.fields.intro ?? ""
        accent: comparison.accent
    }
    Grid {
        id: grid
        anchors.top: heading.bottom
        anchors.topMargin: Theme.l
        anchors.bottom: parent.bottom
        width: parent.width
        columns: Theme.portrait ? 1 : 2
        spacing: Theme.xl
        Repeater {
            model: comparison.sides
            Item {
                id: side
                required property var modelData
                required property int index
                readonly property bool hasImage: modelData.image !== null && modelData.image !== undefined
                readonly property int imageIndex: index === 1 && comparison.fields.left.image ? 1 : 0
                width: Theme.portrait ? grid.width : (grid.width - grid.spacing) / 2
                height: Theme.portrait ? (grid.height - grid.spacing) / 2 : grid.height

                Picture {
                    id: picture
                    visible: side.hasImage
                    width: Theme.portrait ? parent.width * 0.4 : parent.width
                    height: !side.hasImage ? 0 : Theme.portrait ? parent.height : parent.height * 0.42
                    picture: side.modelData.image
                    onOpened: comparison.visit.openImage(side.imageIndex)
                }
                Column {
                    x: Theme.portrait && side.hasImage ? picture.width + Theme.m : 0
                    y: Theme.portrait ? 0 : picture.height + Theme.m
                    width: parent.width - x
                    height: parent.height - y
                    spacing: Theme.s
                    KText {
                        width: parent.width
                        text: side.modelData.heading
                        display: true
                        color: side.index === 0 ? comparison.accent : Theme.ink
                        font.pixelSize: Theme.h2
                    }
                    Repeater {
                        model: side.modelData.facts
                        Row {
                            id: fact
                            required property string modelData
                            spacing: Theme.s
                            width: parent.width
                            Rectangle {
                                y: Theme.body * 0.55
                                width: Theme.xs * 1.2
                                height: width
                                radius: width / 2
                                color: comparison.accent
                            }
                            KText {
                                width: parent.width - Theme.xs * 1.2 - Theme.s
                                text: fact.modelData
                                font.pixelSize: Theme.body
                            }
                        }
                    }
                }
            }
        }
    }
}
