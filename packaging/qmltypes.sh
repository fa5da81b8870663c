#!/bin/sh
# Regenerates kiosk/qml/Kiosk/Backend/backend.qmltypes from the Python types QML sees,
# so qmllint and editors know Visit, Exhibit, PanelItem, Staff and Access. Run after changing them.
set -eu
VENV="${1:-.venv}"
QT="$("$VENV/bin/python" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt")')"
TMP="$(mktemp -d)"
"$VENV/bin/pyside6-metaobjectdump" kiosk/ui/visit.py kiosk/ui/exhibit.py kiosk/ui/panel_item.py kiosk/ui/staff.py kiosk/ui/access.py kiosk/ui/tile_grid.py kiosk/ui/sleep.py -o "$TMP/meta.json" 2>/dev/null
"$VENV/bin/pyside6-qmltyperegistrar" --generate-qmltypes=kiosk/qml/Kiosk/Backend/backend.qmltypes \
  --import-name=Kiosk.Backend --major-version=1 \
  --foreign-types="$(ls "$QT"/metatypes/qt6core_*metatypes.json | head -n1)" \
  -o "$TMP/registrations.cpp" "$TMP/meta.json"
rm -r "$TMP"
# metaobjectdump writes Python names for the variant containers; QML knows them by their Qt names.
sed -i -e 's/type: "list"/type: "QVariantList"/' -e 's/type: "dict"/type: "QVariantMap"/' kiosk/qml/Kiosk/Backend/backend.qmltypes
