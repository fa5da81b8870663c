pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// The four subjects of the exhibition, one card each.
ScreenFade {
    id: home

    required property Visit visit
    required property Exhibit exhibit
    readonly property int columns: Theme.portrait ? 2 : Math.min(4, Math.max(1, home.exhibit.sections.length))
    readonly property int rows: Math.ceil(home.exhibit.sections.length / columns)

    Rectangle { anchors.fill: parent; color: Theme.paper }

    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visit: home.visit
        exhibit: home.exhibit
    }
    Column {
        id: heading
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.xs
        KText {
            width: parent.width
            text: home.exhibit.title
            display: true
            font.pixelSize: Theme.h1
        }
        KText {
            width: parent.width
            text: home.exhibit.subtitle
            color: Theme.inkSoft
            font.pixelSize: Theme.lead
            visible: text !== ""
        }
    }
    Grid {
        id: grid
        anchors.top: heading.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.l
        anchors.bottomMargin: Theme.margin * 0.6
        columns: home.columns
        spacing: Theme.m
        Repeater {
            // A count, not the list: a language switch then updates the cards in place
            // instead of building them (and their covers) again.
            model: home.exhibit.sections.length
            SectionCard {
                required property int index
                width: (grid.width - (home.columns - 1) * grid.spacing) / home.columns
                height: (grid.height - (home.rows - 1) * grid.spacing) / home.rows
                section: home.exhibit.sections[index]
                onActivated: home.visit.openSection(index)
            }
        }
    }
}
