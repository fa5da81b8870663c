import QtQuick
import Kiosk.Style

// One subject on the home screen: its cover, its title and a line of summary.
Pressable {
    id: card

    required property var section
    // Off while the attract loop runs over home: a cover is a picture nobody sees there, held
    // for hours. The touch that begins a visit asks for it again, and it fades in with home.
    property bool coverWanted: true

    accessibleName: section.title

    Rectangle {
        id: body
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.card
        border.color: card.pressed ? card.section.accent : Theme.stone
        border.width: card.pressed ? 3 : 1
        clip: true

        Picture {
            id: cover
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 1
            height: parent.height * (Theme.portrait ? 0.5 : 0.52) * (Theme.textScale > 1 ? 0.45 : 1)  // large text: room for words
            picture: card.coverWanted ? card.section.cover : null
            showCredit: false
        }
        Rectangle {
            anchors.top: cover.bottom
            width: parent.width
            height: Theme.xs
            color: card.section.accent
        }
        Column {
            anchors.top: cover.bottom
            anchors.topMargin: Theme.m
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.leftMargin: Theme.m
            anchors.rightMargin: Theme.m
            anchors.bottomMargin: Theme.m
            spacing: Theme.s
            KText {
                id: title
                width: parent.width
                text: card.section.title
                display: true
                font.pixelSize: Theme.h3
            }
            KText {
                width: parent.width
                height: Math.max(0, parent.height - title.height - parent.spacing - more.height - parent.spacing)
                // A card with no room for two lines of summary (large text with reach on a small screen)
                // shows its title alone rather than words running into "Explore".
                visible: height >= 2 * lineHeight * Theme.fitFloor(Theme.caption)
                text: card.section.summary
                color: Theme.inkSoft
                font.pixelSize: Theme.caption * 1.05
                fontSizeMode: Theme.verticalFit
                minimumPixelSize: Theme.fitFloor(Theme.caption)
            }
            Row {
                id: more
                anchors.left: parent.left  // where reading starts: mirrored to the right in Arabic
                spacing: Theme.s
                KText {
                    id: explore
                    text: qsTr("Explore")
                    color: Theme.textAccent(card.section.accent)
                    font.pixelSize: Theme.label
                    font.weight: Font.DemiBold
                    wrapMode: Text.NoWrap
                }
                Arrow {
                    anchors.verticalCenter: explore.verticalCenter
                    height: Math.round(explore.font.pixelSize * 0.6)
                    color: explore.color
                }
            }
        }
    }
}
