pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// The four subjects of the exhibition, one card each.
ScreenFade {
    id: home

    required property Visit visit
    required property Exhibit exhibit
    required property Access access
    readonly property int columns: Theme.portrait ? 2 : Math.min(4, Math.max(1, home.exhibit.sections.length))
    readonly property int rows: Math.ceil(home.exhibit.sections.length / columns)

    Rectangle { anchors.fill: parent; color: Theme.paper }

    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        y: Theme.reach ? parent.height - height : 0
        visit: home.visit
        exhibit: home.exhibit
        access: home.access
    }
    Column {
        id: heading
        anchors.top: Theme.reach ? parent.top : bar.bottom
        anchors.topMargin: Theme.reach ? Theme.l : 0
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
        // In reach mode the cards reach down to the bar at the bottom: every card is touchable low down.
        y: heading.y + heading.height + Theme.l
        height: (Theme.reach ? bar.y - Theme.m : home.height - Theme.margin * 0.6) - y
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
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
                coverWanted: home.visit.screen !== "attract"
                onActivated: home.visit.openSection(index)
            }
        }
    }
}
