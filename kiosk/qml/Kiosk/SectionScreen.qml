pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// A section's panels, side by side: swipe with a finger or step with the arrows.
ScreenFade {
    id: sectionScreen

    required property Visit visit
    required property Exhibit exhibit
    required property Access access
    readonly property var info: visit.sectionIndex >= 0 && visit.sectionIndex < exhibit.sections.length
                                ? exhibit.sections[visit.sectionIndex] : null
    readonly property color accent: Theme.textAccent(info ? info.accent : Theme.accentDefault)
    readonly property PanelItem current: visit.panelIndex < exhibit.panels.length ? exhibit.panels[visit.panelIndex] : null
    readonly property bool translated: !current || current.fields.translated !== false

    Rectangle { anchors.fill: parent; color: Theme.paper }
    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: Theme.xs
        color: sectionScreen.accent
    }
    // In reach mode the bar goes to the bottom edge, under the panel arrows.
    TopBar {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        y: Theme.reach ? parent.height - height : Theme.xs
        visit: sectionScreen.visit
        exhibit: sectionScreen.exhibit
        access: sectionScreen.access
        heading: sectionScreen.info ? sectionScreen.info.title : ""
        accent: sectionScreen.accent
    }
    ListView {
        id: pages
        anchors.top: Theme.reach ? parent.top : bar.bottom
        anchors.topMargin: Theme.reach ? Theme.xs + Theme.s : 0
        anchors.bottom: pager.top
        width: parent.width  // a binding, not anchors: the view never lays its pages out at zero width
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.medium
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 4000
        maximumFlickVelocity: width * 4
        cacheBuffer: width
        clip: true
        model: sectionScreen.exhibit.panels
        // Only a visitor's swipe moves the visit: while the view is being built or resized it may
        // change its own index (right to left, a view laid out at zero width ends on the last page).
        currentIndex: sectionScreen.visit.panelIndex
        onCurrentIndexChanged: if (moving) sectionScreen.visit.showPanel(currentIndex)
        onMovementEnded: sectionScreen.visit.showPanel(currentIndex)
        Component.onCompleted: positionViewAtIndex(sectionScreen.visit.panelIndex, ListView.Beginning)
        delegate: PanelPage {
            width: pages.width
            height: pages.height
            visit: sectionScreen.visit
            accent: sectionScreen.accent
            rightToLeft: sectionScreen.exhibit.rightToLeft
        }
    }
    Item {
        id: pager
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: Theme.reach ? bar.top : parent.bottom
        height: Theme.barHeight

        IconButton {
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin * 0.5
            anchors.verticalCenter: parent.verticalCenter
            iconName: "prev"
            directional: true
            accessibleName: qsTr("Previous panel")
            opacity: sectionScreen.visit.panelIndex > 0 ? 1 : 0.35
            onActivated: sectionScreen.visit.previousPanel()
        }
        Column {
            anchors.centerIn: parent
            spacing: Theme.xs
            PageDots {
                anchors.horizontalCenter: parent.horizontalCenter
                count: pages.count
                current: sectionScreen.visit.panelIndex
                accent: sectionScreen.accent
            }
            KText {
                anchors.horizontalCenter: parent.horizontalCenter
                // Said in the visitor's language when this panel falls back to another one.
                text: sectionScreen.translated ? qsTr("Swipe to explore")
                                               : qsTr("This panel is not yet translated into your language")
                color: sectionScreen.translated ? Theme.inkMuted : Theme.inkSoft
                font.pixelSize: Theme.caption
            }
        }
        IconButton {
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin * 0.5
            anchors.verticalCenter: parent.verticalCenter
            iconName: "next"
            directional: true
            accessibleName: qsTr("Next panel")
            opacity: sectionScreen.visit.panelIndex < pages.count - 1 ? 1 : 0.35
            onActivated: sectionScreen.visit.nextPanel()
        }
    }
}
