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
            model: figures.fields.figures
            Item {
                id: cell
                required property var modelData
                width: (grid.width - (figures.columns - 1) * grid.columnSpacing) / figures.columns
                height: (grid.height - (figures.rows - 1) * grid.rowSpacing) / figures.rows
                Rectangle {
                    width: Theme.xl
                    height: Theme.xs / 2 + 2
                    color: figures.accent
                }
                KText {
                    id: value
                    y: Theme.s
                    width: parent.width
                    height: Math.min(implicitHeight, parent.height * 0.55)
                    text: cell.modelData.value
                    display: true
                    color: figures.accent
                    font.pixelSize: Theme.figure
                    wrapMode: Text.NoWrap
                    fontSizeMode: Text.Fit
                    minimumPixelSize: Theme.h3
                    lineHeight: 1.0
                }
                KText {
                    anchors.top: value.bottom
                    anchors.topMargin: Theme.xs
                    anchors.bottom: parent.bottom
                    width: parent.width
                    text: cell.modelData.caption
                    font.pixelSize: Theme.body
                    color: Theme.inkSoft
                    fontSizeMode: Text.VerticalFit
                    minimumPixelSize: Theme.caption
                    verticalAlignment: Text.AlignTop
                }
            }
        }
    }
}
