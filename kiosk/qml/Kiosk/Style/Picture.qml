import QtQuick

// An image with its credit. Decodes off the GUI thread at the size it is shown;
// while loading shows the paper tone, and if the file is broken shows its alt text.
Item {
    id: frame

    required property var picture
    property bool crop: true
    property bool showCredit: true
    property bool dark: false
    readonly property real aspect: picture && picture.aspect > 0 ? picture.aspect : 1.6
    readonly property bool broken: image.status === Image.Error || (!!picture && picture.source === "")
    readonly property bool ready: image.status === Image.Ready
    readonly property string accessibleName: picture ? picture.alt : ""
    // Decode exactly as large as shown: wide enough to cover (crop) or to fit.
    readonly property real renderWidth: Math.ceil(crop ? Math.max(width, height * aspect) : Math.min(width, height * aspect))

    signal opened()

    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: accessibleName

    Rectangle {
        anchors.fill: parent
        color: frame.dark ? Theme.nightSoft : Theme.paperDeep
    }
    Image {
        id: image
        anchors.fill: parent
        asynchronous: true
        cache: true
        fillMode: frame.crop ? Image.PreserveAspectCrop : Image.PreserveAspectFit
        source: frame.width > 0 && frame.picture ? frame.picture.source : ""
        sourceSize: Qt.size(frame.renderWidth, Math.ceil(frame.renderWidth / frame.aspect))
        opacity: status === Image.Ready ? 1 : 0
        Behavior on opacity { NumberAnimation { duration: Theme.medium } }
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
