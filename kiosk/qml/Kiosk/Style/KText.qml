import QtQuick

// Text set in its language's face; wraps and never elides silently.
// `face` (from Presenter.face) sets text shown in another language - English in an Arabic
// visit, a panel not yet translated - in that language's face; null: the visit's face.
Text {
    property bool display: false
    property var face: null
    // The family alone, for what measures this text's face (a FontMetrics): bound to the whole
    // `font`, it would also follow every change of size, which such a measure may itself set.
    readonly property string family: face ? (display ? face.display : face.text) : (display ? Theme.displayFamily : Theme.textFamily)
    color: Theme.ink
    font.family: family
    font.pixelSize: Theme.body
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    lineHeight: display ? 1.12 * (face ? face.displayLineScale : Theme.displayLineScale)
                        : 1.35 * (face ? face.textLineScale : Theme.textLineScale)
}
