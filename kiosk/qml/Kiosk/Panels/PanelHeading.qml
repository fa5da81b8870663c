import QtQuick
import Kiosk.Style

// Kicker, title and introduction at the top of a panel.
Column {
    id: heading

    property string kicker: ""
    property string title: ""
    property string intro: ""
    property color accent: Theme.accentDefault

    spacing: Theme.s

    KText {
        width: parent.width
        visible: text !== ""
        text: heading.kicker
        color: heading.accent
        font.pixelSize: Theme.label
        font.weight: Font.DemiBold
        font.letterSpacing: Theme.label * 0.06
        font.capitalization: Font.AllUppercase
    }
    KText {
        width: parent.width
        text: heading.title
        display: true
        font.pixelSize: Theme.h1
    }
    KText {
        width: parent.width
        visible: text !== ""
        text: heading.intro
        color: Theme.inkSoft
        font.pixelSize: Theme.lead
    }
}
