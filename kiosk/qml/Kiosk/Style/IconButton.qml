import QtQuick

// A round or pill button with an icon and an optional label.
Pressable {
    id: button

    property string iconName: ""
    property string text: ""
    property bool selected: false
    property bool directional: false  // an arrow that points the other way in right-to-left languages
    property bool compact: false      // icon only; the label is still its accessible name
    property bool dark: false
    property var face: null  // the label's own language face (a language's name in itself); null: the visit's
    property color tone: dark ? Theme.nightSoft : Theme.paperDeep

    implicitHeight: Theme.touch
    implicitWidth: text === "" || compact ? Theme.touch : row.implicitWidth + 2 * Theme.m
    accessibleName: text
    checked: selected

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        color: button.selected ? (button.dark ? Theme.paper : Theme.ink)
                               : button.pressed ? Qt.darker(button.tone, 1.15) : button.tone
        border.width: button.dark ? 0 : 1
        border.color: Theme.stone
        Behavior on color { ColorAnimation { duration: Theme.quick } }
    }
    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.s
        Rectangle {
            visible: button.iconName !== ""
            width: Theme.touch * 0.62
            height: width
            radius: width / 2
            color: button.dark !== button.selected ? "transparent" : Theme.ink
            anchors.verticalCenter: parent.verticalCenter
            Image {
                anchors.centerIn: parent
                width: parent.width * 0.72
                height: width
                source: button.iconName === "" ? "" : Theme.icon(button.iconName)
                mirror: button.directional && button.LayoutMirroring.enabled
                sourceSize.width: width
                sourceSize.height: height
                asynchronous: true
            }
        }
        KText {
            visible: button.text !== "" && !button.compact
            anchors.verticalCenter: parent.verticalCenter
            face: button.face
            text: button.text
            font.pixelSize: Theme.label
            font.weight: Font.DemiBold
            color: button.dark === button.selected ? Theme.ink : Theme.nightText
            wrapMode: Text.NoWrap
        }
    }
}
