pragma ComponentBehavior: Bound
import QtQuick

// Where the visitor is among the panels of a section.
Row {
    id: dots

    required property int count
    required property int current
    property color accent: Theme.accentDefault

    spacing: Theme.s
    Accessible.role: Accessible.Indicator
    Accessible.name: (current + 1) + " / " + count

    Repeater {
        model: dots.count
        Rectangle {
            required property int index
            width: index === dots.current ? Theme.l : Theme.s
            height: Theme.s
            radius: height / 2
            color: index === dots.current ? dots.accent : Theme.stone
            Behavior on width { NumberAnimation { duration: Theme.medium; easing.type: Easing.OutCubic } }
        }
    }
}
