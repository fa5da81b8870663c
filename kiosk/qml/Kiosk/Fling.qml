import QtQuick

// Keeps a dragged item gliding after the finger lifts, slowing to a stop inside its bounds.
// OutCubic starts at three times its average speed, so a glide of v × duration / 3 starts at v.
ParallelAnimation {
    id: fling

    required property Item target
    property int duration: 900

    function start(vx: real, vy: real, minX: real, maxX: real, minY: real, maxY: real) {
        glideX.to = Math.max(minX, Math.min(maxX, target.x + vx * duration / 3000))
        glideY.to = Math.max(minY, Math.min(maxY, target.y + vy * duration / 3000))
        restart()
    }

    NumberAnimation { id: glideX; target: fling.target; property: "x"; duration: fling.duration; easing.type: Easing.OutCubic }
    NumberAnimation { id: glideY; target: fling.target; property: "y"; duration: fling.duration; easing.type: Easing.OutCubic }
}
