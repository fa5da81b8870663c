"""Opening hours: when the kiosk is awake, and when it next wakes or sleeps.

Pure Python with the clock passed in, so the rules are tested with any date and time.
Hours are kept per weekday in the staff config (outside content/):

    {"mon": ["09:00-17:00"], "tue": ["09:00-12:00", "13:00-17:00"], "sun": []}

A weekday with an empty list is closed; a weekday that is not listed at all is open
all day, so an empty table means "always open". A closing time at or before the
opening time runs past midnight ("18:00-02:00"); "24:00" closes at midnight.
Closed dates (holidays) close the whole day, including hours that would begin on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")
LOOKAHEAD_DAYS = 400  # far enough to step over any run of closed days and dates in one year


def _minutes(text: str) -> int:
    m = _TIME.match(text.strip())
    if not m or (int(m.group(1)) == 24 and m.group(2) != "00"):
        raise ValueError(f"'{text}' is not a time; write HH:MM, e.g. 09:30 or 17:00")
    return int(m.group(1)) * 60 + int(m.group(2))


def parse_span(text: str) -> tuple[int, int]:
    """'09:00-17:00' -> (540, 1020) in minutes after midnight; the close may pass midnight."""
    parts = text.split("-")
    if len(parts) != 2:
        raise ValueError(f"'{text}' is not opening hours; write OPEN-CLOSE, e.g. 09:00-17:00")
    start, end = _minutes(parts[0]), _minutes(parts[1])
    if start == 24 * 60:
        raise ValueError(f"'{text}' opens at 24:00; write 00:00 instead")
    if end <= start:
        end += 24 * 60  # past midnight
    return start, end


def _days(text: str) -> list[str]:
    text = text.strip().lower()
    if text in ("daily", "every day", "all"):
        return list(DAYS)
    if "-" in text:
        first, last = (d.strip()[:3] for d in text.split("-", 1))
        if first in DAYS and last in DAYS:
            a, b = DAYS.index(first), DAYS.index(last)
            return [DAYS[(a + i) % 7] for i in range((b - a) % 7 + 1)]
    elif text[:3] in DAYS:
        return [text[:3]]
    raise ValueError(f"'{text}' is not a day; write mon, tue, … sun, a range like mon-fri, or daily")


def parse_week(text: str) -> dict[str, list[str]]:
    """'mon-fri 09:00-17:00; sat 10:00-16:00; sun closed' -> the table kept in the staff config."""
    week: dict[str, list[str]] = {}
    for entry in filter(None, (e.strip() for e in text.split(";"))):
        days, _, hours = entry.partition(" ")
        hours = hours.strip()
        if not hours:
            raise ValueError(f"'{entry}' has no hours; write e.g. 'mon-fri 09:00-17:00' or 'sun closed'")
        spans = [] if hours.lower() == "closed" else [h.strip() for h in hours.split(",") if h.strip()]
        for span in spans:
            parse_span(span)
        for day in _days(days):
            week[day] = spans
    return week


@dataclass(frozen=True)
class OpeningHours:
    week: dict[str, list[str]] = field(default_factory=dict)
    closed_dates: frozenset[date] = frozenset()

    @classmethod
    def from_config(cls, week: dict | None, closed_dates: list | None = None) -> OpeningHours:
        """Checks every entry; raises ValueError naming the first one that is wrong."""
        week = dict(week or {})
        for day, spans in week.items():
            if day not in DAYS:
                raise ValueError(f"'{day}' is not a day; use {', '.join(DAYS)}")
            if not isinstance(spans, list):
                raise ValueError(f"{day}: write a list of hours such as [\"09:00-17:00\"], or [] for closed")
            for span in spans:
                parse_span(span)
        dates = frozenset(date.fromisoformat(str(d)) for d in closed_dates or [])
        return cls(week, dates)

    @property
    def always_open(self) -> bool:
        return not self.week and not self.closed_dates

    def _spans_from(self, day: date) -> list[tuple[datetime, datetime]]:
        """Opening spans that begin on this day, as datetimes."""
        midnight = datetime.combine(day, time())
        if day in self.closed_dates:
            return []
        name = DAYS[day.weekday()]
        if name not in self.week:
            return [(midnight, midnight + timedelta(days=1))]
        spans = (parse_span(s) for s in self.week[name])
        return [(midnight + timedelta(minutes=a), midnight + timedelta(minutes=b)) for a, b in spans]

    def _merged(self, start: date, days: int) -> list[tuple[datetime, datetime]]:
        """Opening spans from the day before `start` on, with touching or overlapping spans joined."""
        spans = sorted(s for i in range(-1, days) for s in self._spans_from(start + timedelta(days=i)))
        merged: list[list[datetime]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [(a, b) for a, b in merged]

    def is_open(self, now: datetime) -> bool:
        return any(a <= now < b for a, b in self._merged(now.date(), 2))

    def next_change(self, now: datetime) -> datetime | None:
        """When the kiosk next opens or closes after `now`; None if it never changes."""
        if self.always_open:
            return None
        for a, b in self._merged(now.date(), LOOKAHEAD_DAYS):
            if a > now:
                return a
            if b > now:
                return None if b - a > timedelta(days=LOOKAHEAD_DAYS - 2) else b
        return None

    def next_opening(self, now: datetime) -> datetime | None:
        """The start of the next opening span after `now`, for "opens at …" on the sleep screen."""
        for a, _b in self._merged(now.date(), LOOKAHEAD_DAYS):
            if a > now:
                return a
        return None

    def describe(self) -> str:
        """One line for staff: 'mon 09:00-17:00; tue closed; …' or 'always open'."""
        if self.always_open:
            return "always open"
        parts = [f"{d} {', '.join(self.week[d]) or 'closed'}" if d in self.week else f"{d} all day" for d in DAYS]
        if self.closed_dates:
            parts.append("closed on " + ", ".join(sorted(d.isoformat() for d in self.closed_dates)))
        return "; ".join(parts)
