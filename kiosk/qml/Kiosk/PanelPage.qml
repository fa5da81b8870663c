import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Hosts one panel; the component comes from the panel's type (story -> StoryPanel.qml).
// A panel still shown in another language (English in an Arabic visit) keeps that language's direction.
Item {
    id: page

    required property PanelItem modelData
    required property int index  // the view's own count: which page this is
    required property Visit visit
    required property color accent
    required property bool rightToLeft

    LayoutMirroring.enabled: rightToLeft && modelData.fields.translated !== false
    LayoutMirroring.childrenInherit: true

    Loader {
        id: loader
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.s
        anchors.bottomMargin: Theme.s
        asynchronous: true  // built in steps between frames: a swipe or a tap never waits for a whole panel
        Component.onCompleted: setSource(page.modelData.component,
                                         { panel: page.modelData, visit: page.visit, accent: page.accent })
    }
}
