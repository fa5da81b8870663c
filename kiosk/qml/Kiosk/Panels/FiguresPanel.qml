pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Big numbers with captions, written the way the visitor's language writes them.
Item {
    id: figures

    required property PanelItem panel
    required property Visit visit
    required property color accent
    readonly property var fields: panel.fields
    readonly property int count: fields.figures ? fields.figures.length : 0
    readonly property int columns: Theme.portrait ? 2 : Math.min(3, count)
    readonly property int rows: Math.ceil(count / Math.max(1, columns))

    PanelHeading {
        face: figures.fields.face
        id: heading
        width: parent.width
        title: figures.fields.title
        intro: figures.fields.intro ?? ""
        accent: figures.accent
    }
    Grid {
        id: grid
        anchors.top: heading.bottom
        anchors.topMargin: Theme.l
        anchors.bottom: parent.bottom
        width: parent.width
        columns: figures.columns
        columnSpacing: Theme.l
        rowSpacing: Theme.m
        Repeater {
            // A count, not the list: a language switch then updates the figures in place.
            model: figures.count
            Item {
                id: cell
                required property int index
                readonly property var modelData: figures.fields.figures[index]
                width: (grid.width - (figures.columns - 1) * grid.columnSpacing) / figures.columns
                height: (grid.height - (figures.rows - 1) * grid.rowSpacing) / figures.rows
                // The caption keeps room for two lines at body size; the number takes what is left,
                // up to its designed size (large text on a small screen would otherwise crush the caption).
                readonly property real captionRoom: 2 * Theme.body * caption.lineHeight * captionMetrics.height
                                                    / Math.max(1, captionMetrics.font.pixelSize) + Theme.xs
                readonly property real numberRoom: height - Theme.s - captionRoom
                FontMetrics { id: numberMetrics; font.family: number.family; font.pixelSize: 100 }
                FontMetrics { id: captionMetrics; font.family: caption.family; font.pixelSize: 100 }
                Rectangle {
                    anchors.left: parent.left
                    width: Theme.xl
                    height: Theme.xs / 2 + 2
                    color: figures.accent
                }
                Row {
                    id: value
                    anchors.left: parent.left
                    y: Theme.s
                    // The unit (million, 万) is set smaller beside the number; a long figure scales down to fit.
                    scale: Math.min(1, cell.width / Math.max(1, implicitWidth))
                    transformOrigin: LayoutMirroring.enabled ? Item.TopRight : Item.TopLeft
                    height: number.height * scale
                    spacing: Theme.xs
                    KText {
                        face: figures.fields.face
                        id: number
                        text: cell.modelData.number
                        display: true
                        color: figures.accent
                        font.pixelSize: Math.max(Theme.h2, Math.min(Theme.figure, Math.floor(
                            100 * cell.numberRoom / (numberMetrics.height * number.lineHeight))))
                        wrapMode: Text.NoWrap
                        lineHeight: 1.0
                    }
                    KText {
                        face: figures.fields.face
                        anchors.baseline: number.baseline
                        visible: text !== ""
                        text: cell.modelData.unit
                        display: true
                        color: figures.accent
                        font.pixelSize: Theme.h2
                        wrapMode: Text.NoWrap
                    }
                }
                KText {
                    id: caption
                    face: figures.fields.face
                    anchors.top: value.bottom
                    anchors.topMargin: Theme.xs
                    anchors.bottom: parent.bottom
                    width: parent.width
                    text: cell.modelData.caption
                    font.pixelSize: Theme.body
                    color: Theme.inkSoft
                    fontSizeMode: Theme.verticalFit
                    minimumPixelSize: Theme.fitFloor(Theme.caption)
                    verticalAlignment: Text.AlignTop
                }
            }
        }
    }
}
