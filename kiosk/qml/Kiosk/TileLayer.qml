pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend

// The sharp tiles of a big picture over its screen rendition, only for the part in view and
// at the pyramid level that matches the zoom. Sits inside the zoomed item, in its coordinates.
Item {
    id: layer

    required property string file
    required property rect viewport
    required property real zoom
    readonly property int tileCount: grid ? grid.count : 0

    TileGrid {
        id: grid
        file: layer.file
        viewport: layer.viewport
        zoom: layer.zoom
        shownWidth: layer.width
    }
    Repeater {
        model: grid
        Image {
            required property real tileX
            required property real tileY
            required property real tileWidth
            required property real tileHeight
            required property string tileSource
            x: tileX
            y: tileY
            // Half a screen pixel of overlap hides the seams between neighbouring tiles.
            width: tileWidth + 0.5 / layer.zoom
            height: tileHeight + 0.5 / layer.zoom
            source: tileSource
            asynchronous: true
            cache: false
            smooth: true
            opacity: status === Image.Ready ? 1 : 0
        }
    }
}
