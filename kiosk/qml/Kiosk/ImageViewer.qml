pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// An image full screen: pinch or double-tap to zoom, drag and fling to pan; the caption and
// credit stay in view below the picture however far it is zoomed.
ScreenFade {
    id: viewer

    required property Visit visit
    required property Exhibit exhibit
    required property Access access
    readonly property var pictures: visit.panelIndex >= 0 && visit.panelIndex < exhibit.panels.length
                                    ? exhibit.panels[visit.panelIndex].pictures : []
    readonly property var picture: visit.viewerIndex >= 0 && visit.viewerIndex < pictures.length
                                   ? pictures[visit.viewerIndex] : null

    Rectangle { anchors.fill: parent; color: Theme.night }
    // Keeps every touch in the viewer: a pan must never page the section screen underneath.
    MouseArea { anchors.fill: parent }

    ZoomView {
        id: zoom
        anchors.fill: parent
        Accessible.role: Accessible.Graphic
        Accessible.name: viewer.picture ? viewer.picture.alt : ""
        anchors.topMargin: Theme.reach ? 0 : bar.height
        anchors.bottomMargin: captionBox.height + (Theme.reach ? bar.height : 0)
        picture: viewer.picture
    }
    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        y: Theme.reach ? parent.height - height : 0
        visit: viewer.visit
        exhibit: viewer.exhibit
        access: viewer.access
        dark: true
        heading: viewer.pictures.length > 1 ? (viewer.visit.viewerIndex + 1) + " / " + viewer.pictures.length : ""
    }
    Rectangle {
        id: captionBox
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: Theme.reach ? bar.top : parent.bottom
        height: captionColumn.implicitHeight + 2 * Theme.m
        color: Theme.night
        Column {
            id: captionColumn
            anchors.left: parent.left
            anchors.right: close.left
            anchors.leftMargin: Theme.margin * 0.5
            anchors.rightMargin: Theme.m
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.xs
            KText {
                width: parent.width
                text: viewer.picture ? (viewer.picture.caption !== "" ? viewer.picture.caption : viewer.picture.alt) : ""
                color: Theme.nightText
                font.pixelSize: Theme.body
            }
            KText {
                width: parent.width
                text: viewer.picture ? viewer.picture.credit + (viewer.picture.rights !== "" ? "  ·  " + viewer.picture.rights : "") : ""
                color: Theme.nightTextSoft
                font.pixelSize: Theme.caption
            }
        }
        IconButton {
            id: close
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin * 0.5
            anchors.verticalCenter: parent.verticalCenter
            iconName: "close"
            text: qsTr("Close")
            dark: true
            onActivated: viewer.visit.closeViewer()
        }
    }
    onShownChanged: zoom.reset()
}
