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
        anchors.left: parent.left
        width: !quote.hasImage ? 0 : Theme.portrait ? parent.width : parent.width * 0.36
        height: !quote.hasImage ? 0 : Theme.portrait ? parent.height * 0.3 : parent.height
        picture: quote.fields.image
        onOpened: quote.visit.openImage(0)
    }
    Item {
        id: area
        anchors.right: parent.right
        y: Theme.portrait && quote.hasImage ? picture.height + Theme.l : 0
        width: parent.width - (Theme.portrait || !quote.hasImage ? 0 : picture.width + Theme.xl)
        height: parent.height - y

        Column {
            id: column
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(parent.width, Theme.h1 * 22)
            spacing: Theme.m

            KText {
                face: quote.fields.face
                width: parent.width
                text: quote.fields.title
                color: quote.accent
                font.pixelSize: Theme.label
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: Theme.label * 0.06
            }
            Rectangle {
                width: Theme.xl
                height: Math.max(3, Theme.xs / 2)
                color: quote.accent
            }
            KText {
                face: quote.fields.face
                id: words
                width: parent.width
                height: Math.min(implicitHeight, area.height - attribution.height - 4 * Theme.m - Theme.label * 2)
                text: "\u201C" + quote.fields.quote + "\u201D"
                display: true
                font.pixelSize: Theme.h1
                fontSizeMode: Theme.verticalFit
                minimumPixelSize: Theme.fitFloor(Theme.lead)
            }
            KText {
                face: quote.fields.face
                id: attribution
                width: parent.width
                text: "\u2014 " + quote.fields.attribution
                color: Theme.inkSoft
                font.pixelSize: Theme.body
            }
        }
    }
}
