pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// A row of images with captions; each opens full screen at a touch.
Item {
    id: gallery

    required property PanelItem panel
    required property Visit visit
    required property color accent
    readonly property var fields: panel.fields
    readonly property int count: fields.images ? fields.images.length : 0
    readonly property int columns: Theme.portrait ? Math.min(2, count) : Math.min(count, count === 4 ? 4 : 3)
    readonly property int rows: Math.ceil(count / Math.max(1, columns))

    PanelHeading {
        face: gallery.fields.face
        id: heading
        width: parent.width
        title: gallery.fields.title
        intro: gallery.fields.intro ?? ""
        accent: gallery.accent
    }
    Grid {
        id: grid
        anchors.top: heading.bottom
        anchors.topMargin: Theme.l
        anchors.bottom: parent.bottom
        width: parent.width
        columns: gallery.columns
        spacing: Theme.m
        Repeater {
            // A count, not the list: a language switch then updates the tiles in place.
            model: gallery.count
            Pressable {
                id: tile
                readonly property var modelData: gallery.fields.images[index]
                required property int index
                width: (grid.width - (gallery.columns - 1) * grid.spacing) / gallery.columns
                height: (grid.height - (gallery.rows - 1) * grid.spacing) / gallery.rows
                accessibleName: modelData.alt
                onActivated: gallery.visit.openImage(index)
                Picture {
                    id: thumb
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.bottom: caption.top
                    anchors.bottomMargin: Theme.s
                    picture: tile.modelData
                    showCredit: false
                    onOpened: gallery.visit.openImage(tile.index)
                }
                KText {
                    face: gallery.fields.face
                    id: caption
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: Math.min(implicitHeight, parent.height * 0.32)
                    text: tile.modelData.caption !== "" ? tile.modelData.caption : tile.modelData.alt
                    font.pixelSize: Theme.caption * 1.1
                    color: Theme.inkSoft
                    fontSizeMode: Theme.verticalFit
                    minimumPixelSize: Theme.fitFloor(Theme.caption * 0.8)
                }
            }
        }
    }
}
