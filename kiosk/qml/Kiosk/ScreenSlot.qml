import QtQuick
import Kiosk.Style

// Holds a screen only while it is wanted or still fading out. A hidden screen then keeps
// no items, decoded pictures or text layouts, and a language switch has nothing hidden to
// lay out again. The screen is built between frames; `ready` turns on once it exists, so
// its `shown` can follow `wanted && ready` and it still fades in.
Loader {
    id: slot

    required property bool wanted
    readonly property bool ready: status === Loader.Ready

    active: wanted || fadingOut.running
    asynchronous: true
    onWantedChanged: if (!wanted) fadingOut.restart()

    Timer {
        id: fadingOut
        interval: Theme.medium + 80  // ScreenFade's fade, and a frame or two
    }
}
