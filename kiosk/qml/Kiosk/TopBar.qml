import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Home, back, where you are, the language switch, reading aloud and the accessibility menu:
// on every screen but the attract loop. In reach mode the screens put it at the bottom.
Item {
    id: bar

    required property Visit visit
    required property Exhibit exhibit
    required property Access access
    property string heading: ""
    property color accent: Theme.accentDefault
    property bool dark: false

    height: Theme.barHeight

    Row {
        id: nav
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin * 0.5
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.s
        IconButton {
            iconName: "back"
            text: qsTr("Back")
            dark: bar.dark
            onActivated: bar.visit.back()
        }
        IconButton {
            iconName: "home"
            text: qsTr("Home")
            dark: bar.dark
            onActivated: bar.visit.goHome()
        }
    }
    KText {
        anchors.left: nav.right
        anchors.right: switcher.left
        anchors.margins: Theme.m
        anchors.verticalCenter: parent.verticalCenter
        text: bar.heading
        display: true
        font.pixelSize: Theme.h3
        color: bar.dark ? Theme.nightText : Theme.ink
        maximumLineCount: 1
        elide: Text.ElideRight
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fitFloor(Theme.caption)
        horizontalAlignment: Text.AlignHCenter
    }
    LanguageSwitch {
        id: switcher
        anchors.right: tools.left
        anchors.rightMargin: Theme.s
        anchors.verticalCenter: parent.verticalCenter
        visit: bar.visit
        exhibit: bar.exhibit
        dark: bar.dark
    }
    Row {
        id: tools
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin * 0.5
        anchors.verticalCenter: parent.verticalCenter
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
