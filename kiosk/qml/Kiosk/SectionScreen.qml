pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// A section's panels, side by side: swipe with a finger or step with the arrows.
ScreenFade {
    id: section

    required property Visit visit
    required property Exhibit exhibit
    readonly property var info: visit.sectionIndex >= 0 && visit.sectionIndex < exhibit.sections.length
                                ? exhibit.sections[visit.sectionIndex] : null
    readonly property color accent: info ? info.accent : Theme.accentDefault

    Rectangle { anchors.fill: parent; color: Theme.paper }
    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: Theme.xs
        color: section.accent
    }
    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Theme.xs
        visit: section.visit
        exhibit: section.exhibit
        heading: section.info ? section.info.title : ""
        accent: section.accent
    }
    ListView {
        id: pages
        anchors.top: bar.bottom
        anchors.bottom: footer.top
        anchors.left: parent.left
        anchors.right: parent.right
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.medium
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 4000
        maximumFlickVelocity: width * 4
        cacheBuffer: width
        clip: true
        model: section.exhibit.panels
        currentIndex: section.visit.panelIndex
        onCurrentIndexChanged: section.visit.showPanel(currentIndex)
        delegate: PanelPage {
            width: pages.width
            height: pages.height
            visit: section.visit
            accent: section.accent
        }
    }
    Item {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.barHeight

        IconButton {
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin * 0.5
            anchors.verticalCenter: parent.verticalCenter
            iconName: "prev"
            accessibleName: qsTr("Previous panel")
            opacity: section.visit.panelIndex > 0 ? 1 : 0.35
            onActivated: section.visit.previousPanel()
        }
        Column {
            anchors.centerIn: parent
            spacing: Theme.xs
            PageDots {
                anchors.horizontalCenter: parent.horizontalCenter
                count: pages.count
                current: section.visit.panelIndex
                accent: section.accent
            }
            KText {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Swipe to explore")
                color: Theme.inkMuted
                font.pixelSize: Theme.caption
            }
        }
        IconButton {
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin * 0.5
            anchors.verticalCenter: parent.verticalCenter
            iconName: "next"
            accessibleName: qsTr("Next panel")
            opacity: section.visit.panelIndex < pages.count - 1 ? 1 : 0.35
            onActivated: section.visit.nextPanel()
        }
    }
}
