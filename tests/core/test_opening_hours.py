"""Opening hours, checked against a clock set by hand: when the kiosk sleeps and when it wakes."""

from datetime import date, datetime

import pytest

from kiosk.core.opening_hours import OpeningHours, parse_week
from kiosk.core.staff_config import StaffConfig, load, save

# 2026-11-30 is a Monday.
MON = date(2026, 11, 30)


def at(day: int, hh: int, mm: int = 0) -> datetime:
    """A time on the week of MON: day 0 is Monday."""
    return datetime(2026, 11, 30 + day, hh, mm) if 30 + day <= 30 else datetime(2026, 12, day, hh, mm)


def week_hours() -> OpeningHours:
    return OpeningHours.from_config(parse_week("mon-fri 09:00-17:00; sat 10:00-12:00, 13:00-16:00; sun closed"))


def test_open_only_within_the_hours_of_the_day():
    hours = week_hours()
    assert not hours.is_open(at(0, 8, 59))
    assert hours.is_open(at(0, 9, 0))
    assert hours.is_open(at(0, 16, 59))
    assert not hours.is_open(at(0, 17, 0))  # closing time itself is closed
    assert not hours.is_open(at(5, 12, 30)), "Saturday's lunch break"
    assert hours.is_open(at(5, 13, 0))
    assert not hours.is_open(at(6, 12, 0)), "closed on Sunday"


def test_the_next_change_is_the_next_opening_or_closing():
    hours = week_hours()
    assert hours.next_change(at(0, 7, 0)) == at(0, 9, 0)
    assert hours.next_change(at(0, 9, 0)) == at(0, 17, 0)
    assert hours.next_change(at(4, 18, 0)) == at(5, 10, 0), "Friday evening wakes on Saturday"
    assert hours.next_change(at(5, 12, 0)) == at(5, 13, 0)
    # Saturday after closing: Sunday is closed, so the next change is Monday morning.
    assert hours.next_change(at(5, 17, 0)) == datetime(2026, 12, 7, 9, 0)
    assert hours.next_opening(at(5, 17, 0)) == datetime(2026, 12, 7, 9, 0)


def test_hours_past_midnight_and_until_midnight():
    hours = OpeningHours.from_config({"fri": ["18:00-02:00"], "sat": ["20:00-24:00"], "sun": []})
    friday, saturday = 4, 5
    assert hours.is_open(at(friday, 23, 0))
    assert hours.is_open(at(saturday, 1, 59)), "Friday's late opening runs into Saturday"
    assert not hours.is_open(at(saturday, 2, 0))
    assert hours.next_change(at(saturday, 1, 0)) == at(saturday, 2, 0)
    assert hours.is_open(at(saturday, 23, 59))
    assert hours.next_change(at(saturday, 21, 0)) == datetime(2026, 12, 6, 0, 0)


def test_days_not_listed_are_open_all_day_and_spans_across_midnight_merge():
    hours = OpeningHours.from_config({"mon": ["00:00-24:00"], "tue": ["00:00-12:00"]})
    # Sunday (not listed) is open all day, and so is Monday: one span from Sunday to Tuesday noon.
    assert hours.is_open(at(0, 0, 0))
    assert hours.next_change(at(0, 23, 0)) == at(1, 12, 0), "midnight is not a change when both days are open"
    assert OpeningHours().always_open and OpeningHours().next_change(at(0, 3)) is None


def test_closed_dates_close_the_whole_day():
    hours = OpeningHours.from_config(parse_week("daily 09:00-17:00"), ["2026-12-01"])
    assert not hours.is_open(at(1, 10, 0))
    assert hours.next_opening(at(0, 18, 0)) == at(2, 9, 0), "Monday evening skips the closed Tuesday"


@pytest.mark.parametrize("text", ["mon 9-17", "mon 09:00", "funday 09:00-17:00", "mon 25:00-26:00", "mon"])
def test_hours_that_make_no_sense_are_refused_with_the_reason(text):
    with pytest.raises(ValueError, match="'"):
        parse_week(text)


def test_parse_week_ranges_wrap_and_later_entries_win():
    week = parse_week("sat-mon 10:00-16:00; mon closed")
    assert week == {"sat": ["10:00-16:00"], "sun": ["10:00-16:00"], "mon": []}


def test_the_hours_live_in_the_staff_config(tmp_path):
    config = StaffConfig(opening_hours=parse_week("daily 09:00-17:00"), closed_dates=["2026-12-25"], sleep="blank")
    save(config, tmp_path)
    again = load(tmp_path)
    assert again.sleep == "blank"
    hours = again.hours()
    assert not hours.is_open(datetime(2026, 12, 25, 10)) and hours.is_open(datetime(2026, 12, 24, 10))
    assert "closed on 2026-12-25" in hours.describe()


def test_kiosk_hours_sets_them_and_refuses_nonsense(tmp_path, monkeypatch, capsys):
    from kiosk.cli import main

    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path))
    assert main(["hours", "mon-fri 09:00-17:00; sun closed", "--closed-on", "2026-12-25", "--sleep", "blank"]) == 0
    assert "mon 09:00-17:00" in capsys.readouterr().out
    assert main(["hours", "mon 9-5"]) == 1
    assert "'9' is not a time" in capsys.readouterr().err
    config = load(tmp_path)
    assert config.opening_hours["mon"] == ["09:00-17:00"] and config.closed_dates == ["2026-12-25"]
    assert main(["hours", "--always-open"]) == 0 and load(tmp_path).hours().always_open
