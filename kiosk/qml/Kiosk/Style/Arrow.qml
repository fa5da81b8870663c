pragma ComponentBehavior: Bound
import QtQuick

// An arrow in the colour of the words beside it, pointing the way the reading goes: right, or
// left where the layout is mirrored (Arabic). Drawn, not set as a character: the Latin faces
// have no arrow, and one borrowed from another face would not match the words' weight and size.
Item {
    id: arrow

    property color color: Theme.ink
    readonly property real stroke: Math.max(2, Math.round(height / 5))

    implicitWidth: height * 1.3
    transform: Scale { origin.x: arrow.width / 2; xScale: arrow.LayoutMirroring.enabled ? -1 : 1 }

    Rectangle {
        y: (arrow.height - height) / 2
        width: arrow.width - arrow.stroke / 2
        height: arrow.stroke
        radius: height / 2
        color: arrow.color
    }
    Repeater {
        model: [45, -45]
        Rectangle {
            required property int modelData
            // Each stroke of the head turns about the tip.
            x: arrow.width - width
            y: (arrow.height - height) / 2
            width: arrow.height * 0.7
            height: arrow.stroke
            radius: height / 2
            color: arrow.color
            antialiasing: true
            transformOrigin: Item.Right
            rotation: modelData
        }
    }
}
