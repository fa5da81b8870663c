pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// The loop that invites a passer-by: highlights cross-fade until someone touches.
ScreenFade {
    id: attract

    required property Visit visit
    required property Exhibit exhibit
    required property Access access
    property int slide: 0
    // Read once per change of the content: each read of `exhibit.slides` converts the whole list
    // from Python, and a binding that reads it while a fade animates would do so every frame.
    readonly property int slideCount: exhibit.slides.length
    // Only the slide shown, the one fading out and (shortly before its fade) the next are
    // decoded: each is a full-screen image, and the loop may have many.
    readonly property int upcoming: (slide + 1) % Math.max(1, slideCount)
    property int leaving: -1
    property real fadeIn: 1  // the incoming slide's opacity
    readonly property int fadeMs: Theme.slow * 1.5  // one cross-fade
    // The slide whose caption and credit show: the outgoing one until the incoming one is half
    // in, so a credit never names the other picture than the one mostly seen.
    // `halfIn` turns once per fade, so the caption's binding does not run at every frame of it.
    readonly property bool halfIn: fadeIn >= 0.5
    readonly property int captioned: Math.min(leaving >= 0 && !halfIn ? leaving : slide, slideCount - 1)
    readonly property bool drift: GraphicsInfo.api !== GraphicsInfo.Software
    // The next slide is decoded this long before its fade, not for the whole period: each is
    // a full-screen picture (8.8 MiB at 1920x1080, 37 MiB at 4K) and the loop runs for hours.
    readonly property int prepareMs: 2000
    property bool preparing: false
    onShownChanged: if (!shown) preparing = false

    Rectangle { anchors.fill: parent; color: Theme.night }

    Item {
        // The slides, stacked among themselves: the incoming one on top.
        anchors.fill: parent
        Repeater {
            // A count, not the list: a language switch (which re-words every slide's caption and
            // credit) then keeps the slides and their decoded images instead of building them again.
            model: attract.slideCount
            Picture {
                id: slidePicture
                required property int index
                readonly property bool current: index === attract.slide || index === attract.leaving
                // The next slide is decoded shortly before its fade (never during the last one), and
                // kept drawn at opacity 0: its decode and its texture then cost a quiet moment, not
                // frames of the fade.
                readonly property bool next: attract.shown && attract.preparing && index === attract.upcoming
                                             && !faded.running
                anchors.fill: parent
                // Read from `slide` and `leaving` themselves, not through `current`: as a fade begins,
                // `next` turns false before `current` turns true, and in between the incoming slide
                // would be let go and decoded again, its blurred thumbnail showing in the fade.
                picture: index === attract.slide || index === attract.leaving || next ? attract.exhibit.slides[index].image : null
                showCredit: false  // drawn below, outside the slow zoom
                dark: true
                // The incoming slide fades in over the outgoing one, which stays whole beneath it
                // until it is covered: one picture blended per frame instead of two. It is on top
                // from the moment it is prepared, so that a fade begins with only its opacity changing.
                z: (index === attract.slide && attract.leaving >= 0) || next ? 1 : 0
                visible: current || (next && ready)
                // One animation, started with the fade: a Behavior here would also fade out the
                // outgoing slide once it is hidden, drawing frames for a second and a half.
                opacity: index === attract.slide ? attract.fadeIn : index === attract.leaving ? 1 : 0
                // The slow drift redraws the whole screen every frame: cheap on a GPU, but a quarter
                // of a core with the software renderer, so there the slides only cross-fade.
                scale: index === attract.slide && attract.drift ? 1.06 : 1.0
                Behavior on scale {
                    NumberAnimation { duration: attract.exhibit.secondsPerSlide * 1000 + attract.fadeMs; easing.type: Easing.Linear }
                }
            }
        }
    }
    Rectangle {
        // The shade the words stand on, from a little above them to the foot of the screen: dark
        // enough under the first line for a light picture, and only there, so a fade blends fewer
        // pixels through it.
        id: shade
        readonly property real rise: Theme.xl * 1.5
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: words.top
        anchors.topMargin: -rise
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: shade.rise / Math.max(1, shade.height); color: Qt.rgba(Theme.night.r, Theme.night.g, Theme.night.b, 0.72) }
            GradientStop { position: 1.0; color: Qt.rgba(Theme.night.r, Theme.night.g, Theme.night.b, 0.95) }
        }
    }
    KText {
        z: 1   // over the high-contrast panel behind the words
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.s
        text: attract.captioned >= 0 ? attract.exhibit.slides[attract.captioned].image.credit : ""
        color: Theme.nightTextSoft
        font.pixelSize: Theme.caption * 0.85
    }
    Timer {
        interval: attract.exhibit.secondsPerSlide * 1000
        running: attract.shown && attract.slideCount > 1
        repeat: true
        onTriggered: {
            attract.leaving = attract.slide
            attract.fadeIn = 0
            attract.slide = attract.upcoming
            attract.preparing = false
            fading.restart()
            faded.restart()
        }
    }
    Timer {
        // Counts from the same moments as the slide timer: the loop being shown, and each fade.
        interval: Math.max(0, attract.exhibit.secondsPerSlide * 1000 - attract.prepareMs)
        running: attract.shown && attract.slideCount > 1 && !attract.preparing
        onTriggered: attract.preparing = true
    }
    NumberAnimation {
        id: fading
        target: attract
        property: "fadeIn"
        from: 0
        to: 1
        duration: attract.fadeMs
        easing.type: Easing.InOutQuad
    }
    Timer {
        id: faded
        interval: attract.fadeMs + 100
        onTriggered: attract.leaving = -1
    }
    // A touch anywhere begins the visit: the stage in Main.qml answers it.
    Rectangle {
        // High contrast: the words stand on solid night, not on a photograph.
        visible: Theme.highContrast
        anchors.fill: words
        anchors.margins: -Theme.l
        color: Theme.night
    }
    Column {
        id: words
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        spacing: Theme.m

        Column {
            width: parent.width
            spacing: Theme.m

            KText {
                width: parent.width
                text: attract.exhibit.headline
                color: Theme.focus
                font.pixelSize: Theme.lead
                font.weight: Font.DemiBold
                font.letterSpacing: Theme.lead * 0.04
            }
            KText {
                anchors.left: parent.left
                width: parent.width * (Theme.portrait ? 1 : 0.75)
                text: attract.exhibit.title
                display: true
                color: Theme.nightText
                font.pixelSize: Theme.display
                // Drawn as it is, no layer: at the display size (Theme.qml) the software renderer
                // draws its glyphs from images Qt keeps, where a layer of the title held 2.6 MiB
                // more on top of the fade's two full-screen slides.
            }
            KText {
                anchors.left: parent.left
                width: parent.width * (Theme.portrait ? 1 : 0.6)
                text: attract.captioned >= 0 ? attract.exhibit.slides[attract.captioned].caption : ""
                color: Theme.nightTextSoft
                font.pixelSize: Theme.lead
            }
        }
        Item { width: 1; height: Theme.s }
        Flow {
            width: parent.width
            spacing: Theme.l
            Pressable {
                id: prompt
                width: promptRow.implicitWidth + 2 * Theme.l
                height: Theme.touch * 1.15
                accessibleName: qsTr("Touch to begin")
                onActivated: attract.visit.begin()
                Rectangle {
                    anchors.fill: parent
                    radius: height / 2
                    color: Theme.accentDefault
                    SequentialAnimation on opacity {
                        id: breath
                        running: false
                        alwaysRunToEnd: true  // a breath begun is finished: the button is never left dimmed
                        // As long as a slide's preparation, so a breath begun just before it ends as the fade begins.
                        NumberAnimation { from: 1; to: 0.78; duration: attract.prepareMs / 2; easing.type: Easing.InOutSine }
                        NumberAnimation { from: 0.78; to: 1; duration: attract.prepareMs / 2; easing.type: Easing.InOutSine }
                    }
                    Timer {
                        // A breath, then a longer rest in which nothing is drawn at all. Begun only between
                        // cross-fades, never during one or while the next slide is prepared, and over before
                        // the fade: one movement at a time, and the fade's frames are not shared with the button's.
                        interval: 5000
                        repeat: true
                        triggeredOnStart: true
                        running: attract.shown && (attract.slideCount < 2 || (!attract.preparing && attract.leaving < 0))
                        onTriggered: breath.start()
                    }
                }
                Row {
                    id: promptRow
                    anchors.centerIn: parent
                    spacing: Theme.s
                    Image {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.touch * 0.6
                        height: width
                        source: Theme.icon("touch")
                        sourceSize.width: width
                        sourceSize.height: height
                        asynchronous: true
                    }
                    KText {
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Touch to begin")
                        color: Theme.nightText
                        font.pixelSize: Theme.h3
                        font.weight: Font.DemiBold
                        wrapMode: Text.NoWrap
                    }
                }
            }
            Row {
                height: prompt.height
                spacing: Theme.s
                Repeater {
                    model: attract.exhibit.languages
                    IconButton {
                        required property var modelData
                        // Not anchored: a delegate the Repeater lets go of has no parent left to anchor to.
                        y: (prompt.height - height) / 2
                        text: modelData.name
                        face: modelData.face
                        dark: true
                        onActivated: {
                            attract.visit.begin()
                            attract.visit.setLanguage(modelData.code)
                        }
                    }
                }
                ReadAloudButton {
                    anchors.verticalCenter: parent.verticalCenter
                    access: attract.access
                    dark: true
                }
                IconButton {
                    anchors.verticalCenter: parent.verticalCenter
                    iconName: "access"
                    text: qsTr("Accessibility")
                    dark: true
                    onActivated: {   // like a language, choosing how to see the kiosk begins the visit
                        attract.visit.begin()
                        attract.access.openMenu()
                    }
                }
            }
        }
    }
}
