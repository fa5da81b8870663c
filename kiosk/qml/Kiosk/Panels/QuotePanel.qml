import QtQuick
import Kiosk.Backend
import Kiosk.Style

// A quotation set large, with who said it.
Item {
    id: quote

    required property PanelItem panel
    required property Visit visit
    required property color accent
    readonly property var fields: panel.fields
    readonly property bool hasImage: fields.image !== null && fields.image !== undefined

    Picture {
        id: picture
        visible: quote.hasImage
        width: !quote.hasImage ? 0 : Theme.portrait ? parent.width : parent.width * 0.36
        height: !quote.hasImage ? 0 : Theme.portrait ? parent.height * 0.3 : parent.height
        picture: quote.fields.image
        onOpened: quote.visit.openImage(0)
    }
    Item {
        x: Theme.portrait || !quote.hasImage ? 0 : picture.width + Theme.xl
        y: Theme.portrait && quote.hasImage ? picture.height + Theme.l : 0
        width: parent.width - x
        height: parent.height - y

        KText {
            id: mark
            text: "\u201C"
            display: true
            color: quote.accent
            font.pixelSize: Theme.display * 2
            lineHeight: 0.8
            y: -Theme.s
        }
        KText {
            id: words
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: mark.bottom
            anchors.bottom: rule.top
            anchors.bottomMargin: Theme.l
            text: quote.fields.quote
            display: true
            font.pixelSize: Theme.h1
            fontSizeMode: Text.VerticalFit
            minimumPixelSize: Theme.lead
            verticalAlignment: Text.AlignTop
        }
        Rectangle {
            id: rule
            anchors.bottom: attribution.top
            anchors.bottomMargin: Theme.m
            width: Theme.xl
            height: 3
            color: quote.accent
        }
        KText {
            id: attribution
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.m
            width: parent.width
            text: quote.fields.attribution
            color: Theme.inkSoft
            font.pixelSize: Theme.body
        }
    }
}
