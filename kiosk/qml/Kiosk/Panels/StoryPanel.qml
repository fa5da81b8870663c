import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Text beside one image; the image opens full screen at a touch.
Item {
    id: story

    required property PanelItem panel
    required property Visit visit
    required property color accent
    readonly property var fields: panel.fields
    readonly property bool hasImage: fields.image !== null && fields.image !== undefined

    Picture {
        id: picture
        visible: story.hasImage
        anchors.left: parent.left
        y: 0
        // Large text: the picture gives the words more room.
        width: !story.hasImage ? 0 : Theme.portrait ? parent.width : parent.width * (Theme.textScale > 1 ? 0.4 : 0.5)
        height: !story.hasImage ? 0 : Theme.portrait ? parent.height * (Theme.textScale > 1 ? 0.34 : 0.42) : parent.height
        picture: story.fields.image
        onOpened: story.visit.openImage(0)
    }
    Item {
        id: textArea
        anchors.right: parent.right
        y: Theme.portrait && story.hasImage ? picture.height + Theme.l : 0
        width: parent.width - (Theme.portrait || !story.hasImage ? 0 : picture.width + Theme.xl)
        height: parent.height - y

        PanelHeading {
            face: story.fields.face
            id: heading
            width: parent.width
            kicker: story.fields.kicker ?? ""
            title: story.fields.title
            accent: story.accent
        }
        KText {
            face: story.fields.face
            anchors.left: parent.left
            anchors.top: heading.bottom
            anchors.topMargin: Theme.l
            anchors.bottom: parent.bottom
            width: Math.min(parent.width, Theme.body * 34)
            text: story.fields.body
            font.pixelSize: Theme.lead
            fontSizeMode: Theme.verticalFit
            minimumPixelSize: Theme.fitFloor(Theme.caption)
            verticalAlignment: Text.AlignTop
        }
    }
}
