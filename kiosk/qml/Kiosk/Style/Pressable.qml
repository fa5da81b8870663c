import QtQuick

// Anything a visitor can touch: shrinks and tints the moment a finger lands.
Item {
    id: control

    property string accessibleName: ""
    property bool checkable: false      // a mode that is on or off: screen readers say which
    property bool checked: false
    property alias pressed: tap.pressed
    readonly property real pressScale: 0.96

    signal activated()

    scale: tap.pressed ? pressScale : 1
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.onPressAction: control.activated()

    Behavior on scale { NumberAnimation { duration: Theme.quick; easing.type: Easing.OutQuad } }

    TapHandler {
        id: tap
        onTapped: control.activated()
    }
}
