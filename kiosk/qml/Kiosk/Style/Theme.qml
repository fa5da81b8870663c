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
    property bool restyling: false      // a language switch is reaching the screens: fit text once, at its end

    // Set by Main.qml from the visitor's accessibility choices (kiosk/ui/access.py).
    property var palette: ({})          // kiosk/core/palette.py: default or high contrast
    property real textScale: 1          // large text grows every type size
    property bool highContrast: false
    property bool reach: false          // every control in the lower half of the screen

    // Palette: warm paper and ink, night for the attract loop; black and white in high contrast.
    function c(name: string): color { return palette[name] ?? "#808080" }
    readonly property color paper: c("paper")
    readonly property color paperDeep: c("paperDeep")
    readonly property color card: c("card")
    readonly property color stone: c("stone")
    readonly property color ink: c("ink")
    readonly property color inkSoft: c("inkSoft")
    readonly property color inkMuted: c("inkMuted")
    readonly property color night: c("night")
    readonly property color nightSoft: c("nightSoft")
    readonly property color nightText: c("nightText")
    readonly property color nightTextSoft: c("nightTextSoft")
    readonly property color accentDefault: c("accentDefault")
    readonly property color focus: c("focus")
    readonly property color scrim: c("scrim")
    readonly property color labelBack: c("labelBack")
    // A section's accent as a text colour: in high contrast, ink (an accent is chosen for looks, not contrast).
    function textAccent(accent: color): color { return highContrast ? ink : accent }

    // Type scale (px at 1080 short side), never below a readable floor; large text scales both.
    function px(v: real, floor: real): real { return Math.max(floor, Math.round(v * scale)) }
    function tpx(v: real, floor: real): real { return Math.round(Math.max(floor, v * scale) * textScale) }
    // The attract loop's title. 64 px is the largest size whose glyphs Qt's raster engine keeps as
    // images: above it the software renderer fills every glyph as an outline at every frame of a
    // cross-fade (2-3 ms a frame at 1920x1080 for a title at 88 px, twice the fade itself).
    readonly property real display: tpx(64, 44)
    readonly property real h1: tpx(60, 34)
    readonly property real h2: tpx(44, 28)
    readonly property real h3: tpx(34, 24)
    readonly property real lead: tpx(32, 22)
    readonly property real body: tpx(28, 19)
    readonly property real caption: tpx(22, 15)
    readonly property real label: tpx(24, 17)
    readonly property real figure: tpx(104, 52)
    // A long text that shrinks to fit its space may go down to size `v` of the kiosk as designed, so
    // large text makes it as large as its space allows but never cuts it off.
    function fitFloor(v: real): real { return v / textScale }
    // The fontSizeMode of such text: fitting lays it out several times, so it waits out a language switch.
    readonly property int verticalFit: restyling ? Text.FixedSize : Text.VerticalFit
    readonly property int horizontalFit: restyling ? Text.FixedSize : Text.HorizontalFit

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
