import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Home, back, where you are, the language switch, reading aloud and the accessibility menu:
// on every screen but the attract loop. In reach mode the screens put it at the bottom. On a
// portrait screen the heading takes a line of its own, under the buttons (over them in reach mode).
Item {
    id: bar

    required property Visit visit
    required property Exhibit exhibit
    required property Access access
    property string heading: ""
    property color accent: Theme.accentDefault
    property bool dark: false
    readonly property bool stacked: Theme.portrait && heading !== ""
    readonly property real rowY: stacked && Theme.reach ? title.height + Theme.s : 0

    height: Theme.barHeight + (stacked ? title.height + Theme.s : 0)

    Row {
        id: nav
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin * 0.5
        y: bar.rowY + (Theme.barHeight - height) / 2
        spacing: Theme.s
        IconButton {
            iconName: "back"
            directional: true
            compact: Theme.portrait  // room for the heading beside the language buttons on a narrow screen
            text: qsTr("Back")
            dark: bar.dark
            onActivated: bar.visit.back()
        }
        IconButton {
            iconName: "home"
            compact: Theme.portrait
            text: qsTr("Home")
            dark: bar.dark
            onActivated: bar.visit.goHome()
        }
    }
    KText {
        id: title
        anchors.left: bar.stacked ? parent.left : nav.right
        anchors.right: bar.stacked ? parent.right : switcher.left
        anchors.leftMargin: bar.stacked ? Theme.margin * 0.5 : Theme.m
        anchors.rightMargin: anchors.leftMargin
        y: !bar.stacked ? (Theme.barHeight - height) / 2 : Theme.reach ? Theme.s / 2 : Theme.barHeight
        text: bar.heading
        display: true
        font.pixelSize: Theme.h3
        color: bar.dark ? Theme.nightText : Theme.ink
        maximumLineCount: 1
        elide: Text.ElideRight
        fontSizeMode: Theme.horizontalFit
        minimumPixelSize: Theme.fitFloor(Theme.caption)
        horizontalAlignment: Text.AlignHCenter
    }
    LanguageSwitch {
        id: switcher
        anchors.right: tools.left
        anchors.rightMargin: Theme.s
        y: bar.rowY + (Theme.barHeight - height) / 2
        visit: bar.visit
        exhibit: bar.exhibit
        dark: bar.dark
    }
    Row {
        id: tools
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin * 0.5
        y: bar.rowY + (Theme.barHeight - height) / 2
        spacing: Theme.s
        ReadAloudButton {
            access: bar.access
            dark: bar.dark
        }
        IconButton {
            iconName: "access"
            accessibleName: qsTr("Accessibility")
            selected: bar.access.menuOpen
            dark: bar.dark
            onActivated: bar.access.openMenu()
        }
    }
}
