pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Style

// A picture to pinch, double-tap, drag and fling, down to one screen pixel per pixel of the
// original file. Big pictures get sharp tiles over the screen rendition for the part in view.
Item {
    id: view

    required property var picture
    readonly property real aspect: picture && picture.aspect > 0 ? picture.aspect : 1.6
    readonly property real fitWidth: Math.min(width, height * aspect)
    readonly property real fitHeight: fitWidth / aspect
    readonly property real maxZoom: Math.max(2.5, picture && picture.width > 0 ? picture.width / fitWidth : 1)
    readonly property real pictureZoom: photo.scale
    readonly property bool zoomed: photo.scale > 1.01
    readonly property int tileCount: tiles.tileCount
    // A drawing is drawn again, finer, once a zoom settles; at most 4096 px on its long side.
    readonly property real maxDetail: Math.max(1, 4096 / Math.max(fitWidth, fitHeight, 1))
    property real detail: 1
    function detailFor(zoom: real): real { return Math.min(maxDetail, Math.max(1, Math.ceil(zoom * 2) / 2)) }

    // Where the picture may sit at `zoom`: centred while smaller than the view, else edge to edge.
    function low(size: real, scaled: real): real { return scaled <= size ? (size - scaled) / 2 : size - scaled }
    function high(size: real, scaled: real): real { return scaled <= size ? (size - scaled) / 2 : 0 }
    function clamp(v: real, size: real, scaled: real): real { return Math.max(low(size, scaled), Math.min(high(size, scaled), v)) }

    function reset() {
        settle.stop(); fling.stop()
        photo.scale = 1
        detail = 1
        photo.x = (width - fitWidth) / 2
        photo.y = (height - fitHeight) / 2
    }
    // Zoom to `zoom` keeping the point (px, py) of the view where it is, then stay inside the bounds.
    function zoomTo(zoom: real, px: real, py: real) {
        const z = Math.max(1, Math.min(maxZoom, zoom))
        settle.toScale = z
        settle.toX = clamp(px - (px - photo.x) * z / photo.scale, width, fitWidth * z)
        settle.toY = clamp(py - (py - photo.y) * z / photo.scale, height, fitHeight * z)
        settle.restart()
    }

    clip: true
    onWidthChanged: reset()
    onHeightChanged: reset()
    onPictureChanged: reset()

    Item {
        id: photo
        width: view.fitWidth
        height: view.fitHeight
        transformOrigin: Item.TopLeft

        Picture {
            anchors.fill: parent
            picture: view.picture
            crop: false
            detail: view.detail
            // Filtered only at rest: while fingers move it, a picture drawn finer than the screen
            // (a drawing after a zoom) is scaled each frame, and filtering that costs the software
            // renderer whole frames. The first frame at rest draws it smooth again.
            smooth: !(pinch.active || drag.active || settle.running || fling.running)
            showLabels: !view.zoomed  // labels would grow with the picture and hide it
            showCredit: false
            dark: true
        }
        TileLayer {
            id: tiles
            anchors.fill: parent
            file: view.picture ? view.picture.file : ""
            zoom: photo.scale
            viewport: Qt.rect(-photo.x / photo.scale, -photo.y / photo.scale, view.width / photo.scale, view.height / photo.scale)
        }
    }
    PinchHandler {
        id: pinch
        target: photo
        rotationAxis.enabled: false
        scaleAxis.minimum: 0.8
        scaleAxis.maximum: view.maxZoom
        onActiveChanged: if (!active) view.zoomTo(photo.scale, centroid.position.x, centroid.position.y)
    }
    DragHandler {
        id: drag
        target: photo
        enabled: view.zoomed
        onActiveChanged: {
            if (active) { settle.stop(); fling.stop(); return }
            const v = centroid.velocity
            fling.start(v.x, v.y, view.low(view.width, photo.width * photo.scale), view.high(view.width, photo.width * photo.scale),
                        view.low(view.height, photo.height * photo.scale), view.high(view.height, photo.height * photo.scale))
        }
    }
    TapHandler {
        onDoubleTapped: (eventPoint) => view.zoomTo(view.zoomed ? 1 : Math.min(view.maxZoom, 3),
                                                     eventPoint.position.x, eventPoint.position.y)
    }
    Fling { id: fling; target: photo }
    ParallelAnimation {
        id: settle
        onFinished: view.detail = view.detailFor(photo.scale)
        property real toScale: 1
        property real toX: 0
        property real toY: 0
        NumberAnimation { target: photo; property: "scale"; to: settle.toScale; duration: Theme.medium; easing.type: Easing.OutCubic }
        NumberAnimation { target: photo; property: "x"; to: settle.toX; duration: Theme.medium; easing.type: Easing.OutCubic }
        NumberAnimation { target: photo; property: "y"; to: settle.toY; duration: Theme.medium; easing.type: Easing.OutCubic }
    }
}
