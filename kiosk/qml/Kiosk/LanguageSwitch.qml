pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Style

// Every offered language, each labelled in its own name.
Row {
    id: languages

    required property Visit visit
    required property Exhibit exhibit
    property bool dark: false

    spacing: Theme.s
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        model: languages.exhibit.languages
        IconButton {
            required property var modelData
            text: modelData.name
            face: modelData.face
            selected: modelData.code === languages.visit.language
            dark: languages.dark
            onActivated: languages.visit.setLanguage(modelData.code)
        }
    }
}
