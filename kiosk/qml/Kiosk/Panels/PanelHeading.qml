import QtQuick
import Kiosk.Style

// Kicker, title and introduction at the top of a panel.
Column {
    id: heading

    property string kicker: ""
    property string title: ""
    property string intro: ""
    property color accent: Theme.accentDefault
    property var face: null  // the face of the language the panel is shown in (Presenter.face)

    spacing: Theme.s

    KText {
        face: heading.face
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
        face: heading.face
        width: parent.width
        text: heading.title
        display: true
        font.pixelSize: Theme.h1
    }
    KText {
        face: heading.face
        width: parent.width
        visible: text !== ""
        text: heading.intro
        color: Theme.inkSoft
        font.pixelSize: Theme.lead
    }
}
