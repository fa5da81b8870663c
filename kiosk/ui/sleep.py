"""Puts the kiosk to sleep outside its opening hours and wakes it at opening time.

The rules are in kiosk.core.opening_hours; this only asks them on time. A single-shot
timer fires at the next change, or after at most a minute so that a clock set by NTP
or a daylight-saving change is noticed. Nothing else runs while asleep: the sleep
screen is still, so Qt renders no frames except the watchdog's proof-of-life one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Property, QDateTime, QObject, QTimer, Signal
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.core.opening_hours import OpeningHours

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)
MAX_WAIT_MS = 60_000
DRIFT_MINUTES = 10  # the sleep screen's text moves this often, so a still image never burns in


@QmlElement
@QmlUncreatable("The kiosk creates the schedule; QML receives it as a required property.")
class Schedule(QObject):
    changed = Signal()

    def __init__(self, hours: OpeningHours, blank: bool = False, clock: Callable[[], datetime] = datetime.now,
                 parent=None):
        super().__init__(parent)
        self._hours = hours
        self._blank = blank
        self.clock = clock  # tests set the time by hand
        self._asleep = False
        self._opens: datetime | None = None
        self._phase = 0
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.check)
        self.check()

    def _get_asleep(self) -> bool:
        return self._asleep

    def _get_blank(self) -> bool:
        return self._blank

    def _get_opens_at(self) -> QDateTime:
        return QDateTime(self._opens) if self._opens else QDateTime()

    def _get_phase(self) -> int:
        return self._phase

    asleep = Property(bool, _get_asleep, notify=changed)
    blank = Property(bool, _get_blank, notify=changed)
    opensAt = Property(QDateTime, _get_opens_at, notify=changed)  # invalid when it never opens again
    phase = Property(int, _get_phase, notify=changed)  # where the sleep screen puts its text

    def check(self) -> None:
        now = self.clock()
        asleep = not self._hours.is_open(now)
        opens = self._hours.next_opening(now) if asleep else None
        phase = int(now.timestamp() // (DRIFT_MINUTES * 60)) if asleep else 0
        if (asleep, opens, phase) != (self._asleep, self._opens, self._phase):
            if asleep != self._asleep:
                log.info("opening hours: %s", f"asleep until {opens or 'staff change the hours'}" if asleep else "awake")
            self._asleep, self._opens, self._phase = asleep, opens, phase
            self.changed.emit()
        change = self._hours.next_change(now)
        wait = MAX_WAIT_MS if change is None else (change - now).total_seconds() * 1000
        if not self._hours.always_open:
            self._timer.start(int(max(1, min(wait, MAX_WAIT_MS))))

    def status(self) -> str:
        """For the staff menu."""
        now = self.clock()
        if self._hours.always_open:
            return "always open"
        change = self._hours.next_change(now)
        when = f" until {change:%a %d %b %H:%M}" if change else ""
        return f"{'asleep' if self._asleep else 'awake'}{when} ({self._hours.describe()})"

    def stop(self) -> None:
        self._timer.stop()


def schedule_for(config, parent=None) -> Schedule:
    """The schedule from the staff config; hours that make no sense are logged and the kiosk stays open."""
    try:
        hours = config.hours()
    except ValueError as exc:
        log.error("opening hours in the staff config ignored, the kiosk stays open: %s", exc)
        hours = OpeningHours()
    return Schedule(hours, blank=config.sleep == "blank", parent=parent)
