pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window
import Kiosk.Backend
import Kiosk.Style

// The kiosk window: one stage, four screens, the idle countdown on top.
Window {
    id: root

    required property Visit visit
    required property Exhibit exhibit
    required property Staff staff
    required property Access access
    required property Schedule schedule
    required property bool fullscreen
    required property url iconRoot

    width: 1280
    height: 720
    visible: true
    visibility: fullscreen ? Window.FullScreen : Window.Windowed
    color: Theme.night
    title: exhibit.title
    flags: fullscreen ? Qt.Window | Qt.FramelessWindowHint : Qt.Window

    // Kiosk mode: closing (Alt+F4, the window manager) is refused unless staff chose to exit.
    onClosing: close => close.accepted = !root.fullscreen || root.staff.mayExit

    Binding { target: Theme; property: "scale"; value: Math.min(root.width, root.height) / 1080 }
    Binding { target: Theme; property: "portrait"; value: root.height > root.width }
    Binding { target: Theme; property: "pxPerMm"; value: root.Screen.pixelDensity > 0 ? root.Screen.pixelDensity : 3.8 }
    Binding { target: Theme; property: "textFamily"; value: root.exhibit.textFamily }
    Binding { target: Theme; property: "displayFamily"; value: root.exhibit.displayFamily }
    Binding { target: Theme; property: "textLineScale"; value: root.exhibit.textLineScale }
    Binding { target: Theme; property: "displayLineScale"; value: root.exhibit.displayLineScale }
    Binding { target: Theme; property: "iconRoot"; value: root.iconRoot }
    Binding { target: Theme; property: "restyling"; value: root.exhibit.restyling }
    Binding { target: Theme; property: "palette"; value: root.access.palette }
    Binding { target: Theme; property: "textScale"; value: root.access.textScale }
    Binding { target: Theme; property: "highContrast"; value: root.access.highContrast }
    Binding { target: Theme; property: "reach"; value: root.access.reach }

    // The screens are built in small steps after the first frame, while the content loads
    // on its worker: the window shows at once instead of waiting for every screen's QML.
    Loader {
        id: stage
        anchors.fill: parent
        visible: root.exhibit.status === "ready" && !root.schedule.asleep
        // Right-to-left languages (Arabic): navigation, reading order and text run from the right.
        // Only positions mirror; pictures, maps and diagrams are drawn as they are.
        LayoutMirroring.enabled: root.exhibit.rightToLeft
        LayoutMirroring.childrenInherit: true
        asynchronous: true
        sourceComponent: Item {
            width: stage.width  // built at the window's size, like the screens in it
            height: stage.height
            // Only home stays built: it answers the first touch of every visit. The others
            // are built when called and let go once they have faded out.
            TapHandler {
                // A touch anywhere on the attract loop begins the visit, even in the moment
                // before the loop is built or while it fades in. Its buttons take the touch first.
                enabled: root.visit.screen === "attract" && !root.schedule.asleep
                onTapped: root.visit.begin()
            }
            ScreenSlot {
                id: attractSlot
                anchors.fill: parent
                // asleep: no slides, no pulse, nothing kept
                wanted: root.visit.screen === "attract" && !root.schedule.asleep
                sourceComponent: AttractScreen {
                    width: attractSlot.width  // built at its size: nothing inside starts at zero width
                    height: attractSlot.height
                    visit: root.visit
                    access: root.access
                    exhibit: root.exhibit
                    shown: attractSlot.wanted && attractSlot.ready
                }
            }
            HomeScreen {
                anchors.fill: parent
                visit: root.visit
                access: root.access
                exhibit: root.exhibit
                shown: root.visit.screen === "home"
            }
            ScreenSlot {
                id: sectionSlot
                anchors.fill: parent
                wanted: root.visit.screen === "section"
                sourceComponent: SectionScreen {
                    width: sectionSlot.width  // built at its size: nothing inside starts at zero width
                    height: sectionSlot.height
                    visit: root.visit
                    access: root.access
                    exhibit: root.exhibit
                    shown: sectionSlot.wanted && sectionSlot.ready
                }
            }
            ScreenSlot {
                id: viewerSlot
                anchors.fill: parent
                immediate: true  // the tapped picture opens in the frame that answers the touch
                wanted: root.visit.viewerIndex >= 0
                sourceComponent: ImageViewer {
                    width: viewerSlot.width
                    height: viewerSlot.height
                    visit: root.visit
                    access: root.access
                    exhibit: root.exhibit
                    shown: viewerSlot.wanted && viewerSlot.ready
                }
            }
            ScreenSlot {
                id: accessSlot
                anchors.fill: parent
                immediate: true
                wanted: root.access.menuOpen
                sourceComponent: AccessMenu {
                    width: accessSlot.width
                    height: accessSlot.height
                    visit: root.visit
                    access: root.access
                    shown: accessSlot.wanted && accessSlot.ready
                }
            }
            ScreenSlot {
                id: idleSlot
                anchors.fill: parent
                wanted: root.visit.idleWarning
                sourceComponent: IdleOverlay {
                    width: idleSlot.width
                    height: idleSlot.height
                    visit: root.visit
                    shown: idleSlot.wanted && idleSlot.ready
                }
            }
        }
    }
    // Screens seldom shown are built only while shown: hidden, their words would still be laid
    // out again at every language switch.
    Loader {
        anchors.fill: parent
        active: root.exhibit.status === "unavailable"
        sourceComponent: UnavailableScreen {}
    }
    Loader {
        anchors.fill: parent
        active: root.schedule.asleep
        sourceComponent: SleepScreen {
            schedule: root.schedule
            title: root.exhibit.title
            language: root.visit.language
        }
    }
    StaffCorner {
        staff: root.staff
    }
    Loader {
        anchors.fill: parent
        active: root.staff.padOpen
        LayoutMirroring.enabled: root.exhibit.rightToLeft
        LayoutMirroring.childrenInherit: true
        sourceComponent: PinPad {
            staff: root.staff
        }
    }
    Loader {
        anchors.fill: parent
        active: root.staff.menuOpen
        LayoutMirroring.enabled: root.exhibit.rightToLeft
        LayoutMirroring.childrenInherit: true
        sourceComponent: StaffMenu {
            staff: root.staff
        }
    }
}
