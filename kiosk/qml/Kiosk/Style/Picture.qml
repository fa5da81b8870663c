pragma ComponentBehavior: Bound
import QtQuick

// An image with its credit and translated labels. Decodes off the GUI thread at the
// size it is shown: the cached thumbnail first, then the sharp screen rendition over it.
// Fills its frame around the picture's focus point, or shows it whole (maps, diagrams);
// while loading shows the paper tone, and if broken shows its alt text.
Item {
    id: frame

    required property var picture
    property bool crop: true
    property bool showCredit: true
    property bool dark: false
    property bool showLabels: true
    // How many times finer than its shown size a drawing (SVG) is drawn: the zoom view raises it
    // once a zoom settles, so lines stay crisp. Photographs have their own tiles for that.
    property real detail: 1
    readonly property real aspect: picture && picture.aspect > 0 ? picture.aspect : 1.6
    readonly property bool fill: crop && !(picture && picture.whole)
    readonly property bool broken: image.status === Image.Error || (!!picture && picture.source === "")
    readonly property bool ready: image.status === Image.Ready
    readonly property real drawnWidth: image.implicitWidth  // pixels decoded, for the zoom tests
    readonly property string accessibleName: picture ? picture.alt : ""
    // The picture's size on screen: covering the frame (fill) or inside it (whole).
    readonly property real shownWidth: Math.ceil(fill ? Math.max(width, height * aspect) : Math.min(width, height * aspect))
    readonly property real shownHeight: Math.ceil(shownWidth / aspect)
    readonly property real focusX: picture ? picture.focusX : 0.5
    readonly property real focusY: picture ? picture.focusY : 0.5
    // Where the whole picture lies in the frame: filling it, the focus point as near the centre
    // as the frame allows; whole, centred.
    readonly property real shownX: fill ? Math.min(0, Math.max(width - shownWidth, width / 2 - focusX * shownWidth))
                                        : (width - shownWidth) / 2
    readonly property real shownY: fill ? Math.min(0, Math.max(height - shownHeight, height / 2 - focusY * shownHeight))
                                        : (height - shownHeight) / 2
    // A picture that fills its frame is decoded only where the frame shows it: a 16:10 slide on a
    // 16:9 screen is 1920x1080 pixels, not 1920x1200, and a 4:3 photograph 1920x1080, not 1920x1440.
    // Qt cuts a drawing as it draws it; the kiosk's image provider cuts a photograph (`clip=`).
    readonly property bool cut: fill && detail === 1 && !!picture && picture.source !== ""
    // In whole pixels of the shown picture, from the last one left of (above) the frame's edge
    // to the first one past the far edge: the part drawn still covers the frame to its edges.
    readonly property rect seen: {
        const x = Math.max(0, Math.floor(-shownX))
        const y = Math.max(0, Math.floor(-shownY))
        return Qt.rect(x, y, Math.min(shownWidth - x, Math.ceil(width - shownX - x)),
                       Math.min(shownHeight - y, Math.ceil(height - shownY - y)))
    }

    signal opened()

    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: accessibleName

    Rectangle {
        // The tone behind a picture still loading, or shown whole. A picture that fills its frame
        // covers it: not drawing it spares the software renderer a full-frame blend in every fade.
        anchors.fill: parent
        visible: !(frame.fill && frame.ready && image.opacity === 1)
        color: frame.dark ? Theme.nightSoft : Theme.paperDeep
    }
    Image {
        id: thumb
        x: frame.shownX
        y: frame.shownY
        width: frame.shownWidth
        height: frame.shownHeight
        visible: image.opacity < 1
        asynchronous: true
        fillMode: Image.Stretch
        smooth: frame.smooth
        source: frame.width > 0 && frame.picture ? frame.picture.thumb : ""
    }
    Image {
        id: image
        x: frame.cut ? frame.shownX + frame.seen.x : frame.shownX
        y: frame.cut ? frame.shownY + frame.seen.y : frame.shownY
        width: frame.cut ? frame.seen.width : frame.shownWidth
        height: frame.cut ? frame.seen.height : frame.shownHeight
        asynchronous: true
        cache: true
        fillMode: Image.Stretch
        smooth: frame.smooth  // the zoom view turns it off while a finger moves the picture
        readonly property string picked: frame.width > 0 && frame.picture ? frame.picture.source : ""
        readonly property bool vector: !!frame.picture && frame.picture.vector === true
        source: picked === "" || !frame.cut || vector ? picked
                : picked + "&clip=" + frame.seen.x + "," + frame.seen.y + "," + frame.seen.width + "," + frame.seen.height
        readonly property real detail: vector ? frame.detail : 1
        sourceSize: Qt.size(frame.shownWidth * detail, frame.shownHeight * detail)
        sourceClipRect: frame.cut && vector ? frame.seen : Qt.rect(0, 0, 0, 0)  // an empty rectangle: the whole picture
        // A finer or differently cut copy of the same picture replaces the one on screen without a
        // blank in between; another picture is not drawn in the old one's place.
        property bool shownOnce: false
        retainWhileLoading: shownOnce
        onPickedChanged: shownOnce = false
        onStatusChanged: if (status === Image.Ready) shownOnce = true
        opacity: shownOnce || status === Image.Ready ? 1 : 0
        // Not for a picture kept ready at opacity 0 (the attract loop's next slide): a fade
        // nobody sees would still cost frames.
        Behavior on opacity { enabled: frame.opacity > 0; NumberAnimation { duration: Theme.medium } }
    }
    Repeater {
        model: frame.showLabels && frame.ready && frame.picture ? frame.picture.labels : []
        Item {
            id: label
            required property var modelData
            x: frame.shownX + modelData.x * frame.shownWidth
            y: frame.shownY + modelData.y * frame.shownHeight
            visible: x >= 0 && x <= frame.width && y >= 0 && y <= frame.height
            Rectangle {
                x: -width / 2
                y: -height / 2
                width: Math.max(8, Theme.xs * 1.6)
                height: width
                radius: width / 2
                color: Theme.accentDefault
                border.color: Theme.paper
                border.width: 2
            }
            Rectangle {
                // Flip to the left of the point near the right edge so the label stays inside.
                x: label.x + Theme.s + width > frame.width ? -width - Theme.s : Theme.s
                y: -height / 2
                width: text.implicitWidth + Theme.s * 1.5
                height: text.implicitHeight + Theme.xs
                radius: height / 2
                color: Theme.labelBack
                KText {
                    face: frame.picture ? frame.picture.face : null
                    id: text
                    anchors.centerIn: parent
                    text: label.modelData.text
                    font.pixelSize: Theme.caption * 0.95
                    font.weight: Font.DemiBold
                    wrapMode: Text.NoWrap
                }
            }
        }
    }
    Column {
        visible: frame.broken
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: Theme.s
        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.touch
            height: width
            source: Theme.icon("image-missing")
            sourceSize.width: width
            sourceSize.height: height
            asynchronous: true
        }
        KText {
            face: frame.picture ? frame.picture.face : null
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: frame.picture ? frame.picture.alt : ""
            color: frame.dark ? Theme.nightTextSoft : Theme.inkSoft
            font.pixelSize: Theme.caption
            font.italic: true
        }
    }
    Rectangle {
        visible: frame.showCredit && !!frame.picture && frame.picture.credit !== ""
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Math.min(credit.implicitWidth + 2 * Theme.s, frame.width)
        height: credit.height + Theme.xs * 2
        color: Theme.scrim
        KText {
            face: frame.picture ? frame.picture.face : null
            id: credit
            anchors.centerIn: parent
            width: Math.min(implicitWidth, frame.width - 2 * Theme.s)
            text: frame.picture ? frame.picture.credit : ""
            color: Theme.nightText
            font.pixelSize: Theme.caption * 0.85
        }
    }
    TapHandler {
        onTapped: frame.opened()
    }
}
