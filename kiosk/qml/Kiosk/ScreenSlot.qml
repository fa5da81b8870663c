import QtQuick
import Kiosk.Style

// Holds a screen only while it is wanted or still fading out. A hidden screen then keeps
// no items, decoded pictures or text layouts, and a language switch has nothing hidden to
// lay out again. The screen is built between frames; `ready` turns on once it exists, so
// its `shown` can follow `wanted && ready` and it still fades in.
//
// Building starts only once the frame that answers the touch is on screen: the screen
// being left starts fading at once, instead of after the first slice of the new one's building.
// An `immediate` slot (a small overlay over a screen that stays) is built at once, in one go,
// so the touch that calls it is answered by the overlay itself.
Loader {
    id: slot

    required property bool wanted
    property bool immediate: false
    property bool armed: false  // wanted, and the answering frame has been shown
    readonly property bool ready: status === Loader.Ready

    active: (immediate ? wanted : armed) || fadingOut.running
    asynchronous: !immediate
    onWantedChanged: {
        if (!wanted)
            fadingOut.restart()  // first: the screen stays built while it fades out
        armed = false
    }

    Connections {
        target: slot.Window.window
        enabled: slot.wanted && !slot.armed && !slot.immediate
        function onFrameSwapped() { slot.armed = true }
    }
    // A window that draws no frame (hidden, nothing else moved) still gets its screen.
    Timer {
        interval: 100
        running: slot.wanted && !slot.armed && !slot.immediate
        onTriggered: slot.armed = true
    }
    Timer {
        id: fadingOut
        interval: Theme.medium + 80  // ScreenFade's fade, and a frame or two
    }
}
