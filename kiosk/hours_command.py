"""`kiosk hours`: show or set the opening hours kept in the staff config (outside content/)."""

from __future__ import annotations

import sys
from datetime import date


def hours(week: str | None, closed_on: list[str], reopen: list[str], always_open: bool, sleep: str | None) -> int:
    from kiosk.core import staff_config
    from kiosk.core.opening_hours import parse_week

    config = staff_config.load()
    try:
        if always_open:
            config.opening_hours, config.closed_dates = {}, []
        if week is not None:
            config.opening_hours = parse_week(week)
        for text in closed_on:
            day = date.fromisoformat(text).isoformat()
            config.closed_dates = sorted({*config.closed_dates, day})
        config.closed_dates = [d for d in config.closed_dates if d not in reopen]
        if sleep:
            config.sleep = sleep
        described = config.hours().describe()
    except ValueError as exc:
        print(f"kiosk hours: {exc}; nothing was changed", file=sys.stderr)
        return 1
    changed = always_open or week is not None or closed_on or reopen or sleep
    if changed:
        path = staff_config.save(config)
        print(f"kiosk hours: saved to {path}; a running kiosk follows them after a restart.")
    print(f"opening hours: {described}")
    print(f"outside them: {'a black screen' if config.sleep == 'blank' else 'the sleep screen'}")
    return 0
