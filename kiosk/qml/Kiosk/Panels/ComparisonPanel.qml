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
        face: comparison.fields.face
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
            // A count, not the list: a language switch then updates the two sides in place.
            model: comparison.sides.length
            Item {
                id: side
                readonly property var modelData: comparison.sides[index]
                required property int index
                readonly property bool hasImage: modelData.image !== null && modelData.image !== undefined
                readonly property int imageIndex: index === 1 && comparison.fields.left.image ? 1 : 0
                width: Theme.portrait ? grid.width : (grid.width - grid.spacing) / 2
                height: Theme.portrait ? (grid.height - grid.spacing) / 2 : grid.height

                Picture {
                    id: picture
                    visible: side.hasImage
                    anchors.left: parent.left
                    width: Theme.portrait ? parent.width * 0.4 : parent.width
                    height: !side.hasImage ? 0 : Theme.portrait ? parent.height : parent.height * 0.36
                    picture: side.modelData.image
                    onOpened: comparison.visit.openImage(side.imageIndex)
                }
                Column {
                    anchors.right: parent.right
                    y: Theme.portrait ? 0 : picture.height + Theme.m
                    width: parent.width - (Theme.portrait && side.hasImage ? picture.width + Theme.m : 0)
                    height: parent.height - y
                    spacing: Theme.s
                    KText {
                        face: comparison.fields.face
                        width: parent.width
                        text: side.modelData.heading
                        display: true
                        color: side.index === 0 ? comparison.accent : Theme.ink
                        font.pixelSize: Theme.h2
                    }
                    KText {
                        face: comparison.fields.face
                        // One text for all facts, so the whole list shrinks to fit rather than being cut off.
                        width: parent.width
                        height: parent.height - y
                        text: side.modelData.facts.map(fact => "\u2022  " + fact).join("\n")
                        font.pixelSize: Theme.body
                        fontSizeMode: Theme.verticalFit
                        minimumPixelSize: Theme.fitFloor(Theme.caption)
                        verticalAlignment: Text.AlignTop
                    }
                }
            }
        }
    }
}
