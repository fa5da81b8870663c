import QtQuick

// Text set in the visitor's language's face; wraps and never elides silently.
Text {
    property bool display: false
    color: Theme.ink
    font.family: display ? Theme.displayFamily : Theme.textFamily
    font.pixelSize: Theme.body
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    lineHeight: display ? 1.12 * Theme.displayLineScale : 1.35 * Theme.textLineScale
}
