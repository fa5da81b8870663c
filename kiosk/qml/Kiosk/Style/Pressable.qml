import QtQuick

// Anything a visitor can touch: shrinks and tints the moment a finger lands.
Item {
    id: control

    property string accessibleName: ""
    property alias pressed: tap.pressed
    readonly property real pressScale: 0.96

    signal activated()

    scale: tap.pressed ? pressScale : 1
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName
    Accessible.onPressAction: control.activated()

    Behavior on scale { NumberAnimation { duration: Theme.quick; easing.type: Easing.OutQuad } }

    TapHandler {
        id: tap
        onTapped: control.activated()
    }
}
