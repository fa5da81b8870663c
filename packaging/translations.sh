#!/bin/sh
# Refreshes the kiosk's own strings (qsTr in the QML, the staff messages in staff.py) in every kiosk/translations/kiosk_<lang>.ts,
# then compiles them to .qm. Translate the new or changed entries (pyside6-linguist, or any XML
# editor) and run this again. To add a language: touch kiosk/translations/kiosk_<tag with _>.ts first.
set -eu
VENV="${1:-.venv}"
for ts in kiosk/translations/kiosk_*.ts; do
  "$VENV/bin/pyside6-lupdate" -silent -locations relative -no-obsolete kiosk/qml kiosk/ui/staff.py -ts "$ts"
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
