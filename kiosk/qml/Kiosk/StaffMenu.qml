pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// What staff can check and do: content state, uptime, memory, renderer, frame rate; reload, export, restart, exit.
Rectangle {
    id: menu

    required property Staff staff

    color: Theme.night
    visible: staff.menuOpen

    MouseArea { anchors.fill: parent }   // keeps touches off the exhibit underneath

    Flickable {  // the rows can be taller than a small or portrait screen
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: rows.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: rows
            width: parent.width
            spacing: Theme.m

            KText {
                width: parent.width
                text: qsTr("Staff menu")
                display: true
                color: Theme.nightText
                font.pixelSize: Theme.h1
            }
            KText {
                width: parent.width
                visible: text !== ""
                text: menu.staff.message
                color: Theme.focus
                font.pixelSize: Theme.body
            }
            Flow {
                width: parent.width
                spacing: Theme.m
                IconButton { text: qsTr("Reload content"); dark: true; onActivated: menu.staff.reloadContent() }
                IconButton { text: qsTr("Export usage data"); dark: true; onActivated: menu.staff.exportUsage() }
                IconButton { text: qsTr("Restart kiosk"); dark: true; onActivated: menu.staff.restartKiosk() }
                IconButton { text: qsTr("Exit kiosk"); dark: true; onActivated: menu.staff.exitKiosk() }
                IconButton { iconName: "close"; text: qsTr("Back to the exhibit"); dark: true; onActivated: menu.staff.close() }
            }
            Repeater {
                model: [
                    [qsTr("Content"), menu.staff.stats.content],
                    [qsTr("Problems in the latest content"), menu.staff.stats.problems],
                    [qsTr("New content waiting for the next visitor"), menu.staff.stats.pending],
                    [qsTr("Visits today"), menu.staff.stats.today],
                    [qsTr("Running for"), menu.staff.stats.uptime],
                    [qsTr("Memory"), menu.staff.stats.memory],
                    [qsTr("Renderer"), menu.staff.stats.renderer],
                    [qsTr("Start mode"), menu.staff.stats.mode],
                    [qsTr("Opening hours"), menu.staff.stats.hours],
                    [qsTr("Frames per second"), menu.staff.stats.fps]
                ]
                Row {
                    id: row
                    required property var modelData
                    spacing: Theme.m
                    width: parent.width
                    KText {
                        width: parent.width * 0.3
                        text: row.modelData[0]
                        horizontalAlignment: Text.AlignLeft  // the reading side: right in Arabic, whatever the value's script
                        color: Theme.nightTextSoft
                        font.pixelSize: Theme.body
                    }
                    KText {
                        width: parent.width * 0.7 - Theme.m
                        text: row.modelData[1] ?? ""
                        horizontalAlignment: Text.AlignLeft
                        color: Theme.nightText
                        font.pixelSize: Theme.body
                        maximumLineCount: 6
                    }
                }
            }
        }
    }
}
