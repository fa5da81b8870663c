pragma Singleton
import QtQuick

// Colours, type scale, spacing and touch sizes for every screen.
// Sizes are designed for a 1080 px short side and scaled from there.
QtObject {
    // Set by Main.qml from the window and the visitor's language.
    property real scale: 1
    property real pxPerMm: 3.8
    property bool portrait: false
    property string textFamily: ""
    property string displayFamily: ""
    property real textLineScale: 1.0     // below 1 for faces with tall lines (Arabic), from the exhibit
    property real displayLineScale: 1.0
    property url iconRoot

    // Palette: warm paper and ink, night for the attract loop.
    readonly property color paper: "#F4EFE6"
    readonly property color paperDeep: "#E9E1D3"
    readonly property color stone: "#D9CFBF"
    readonly property color ink: "#1F1D1A"
    readonly property color inkSoft: "#4F4840"
    readonly property color inkMuted: "#6E665C"
    readonly property color night: "#15120F"
    readonly property color nightSoft: "#2A251F"
    readonly property color nightText: "#F4EFE6"
    readonly property color nightTextSoft: "#C9BFB0"
    readonly property color accentDefault: "#B5533C"
    readonly property color focus: "#C9A227"
    readonly property color scrim: "#B3110F0C"

    // Type scale (px at 1080 short side), never below a readable floor.
    function px(v: real, floor: real): real { return Math.max(floor, Math.round(v * scale)) }
    readonly property real display: px(88, 44)
    readonly property real h1: px(60, 34)
    readonly property real h2: px(44, 28)
    readonly property real h3: px(34, 24)
    readonly property real lead: px(32, 22)
    readonly property real body: px(28, 19)
    readonly property real caption: px(22, 15)
    readonly property real label: px(24, 17)
    readonly property real figure: px(104, 52)

    // Spacing.
    readonly property real xs: px(8, 4)
    readonly property real s: px(16, 8)
    readonly property real m: px(28, 14)
    readonly property real l: px(44, 22)
    readonly property real xl: px(72, 36)
    readonly property real margin: px(88, 40)
    readonly property real radius: px(14, 8)

    // Touch: at least 15 mm on the real screen and never under 48 px.
    readonly property real touch: Math.max(48, Math.round(15 * pxPerMm), px(84, 48))
    readonly property real barHeight: touch + 2 * s

    // Motion.
    readonly property int quick: 120
    readonly property int medium: 320
    readonly property int slow: 900

    function icon(name: string): url { return iconRoot + "/" + name + ".svg" }
}
