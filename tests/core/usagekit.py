"""Helpers for the usage-log tests: a fake clock, a simulated day of visits and its own count."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from kiosk.core.usage import UsageLog

UTC = timezone.utc
DAY = date(2025, 5, 17)
OPENING = datetime(2025, 5, 17, 6, 0, tzinfo=UTC)
SECTIONS = {"assembly": 5, "dazu": 6, "baiheliang": 5, "ich-fair": 4}
LANGUAGES = ("en", "zh-Hans")


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def rows(path, where: str = "1", args=()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(f"SELECT * FROM events WHERE {where} ORDER BY id", args).fetchall()
    finally:
        conn.close()


# -- a simulated day ---------------------------------------------------------------------
@dataclass
class Truth:
    """What the simulation did, counted by the test itself."""

    rows: int = 0
    lengths: list[float] = field(default_factory=list)
    final_language: list[str] = field(default_factory=list)
    conversions: int = 0
    attract_waits: list[float] = field(default_factory=list)
    views: Counter = field(default_factory=Counter)
    dwell: Counter = field(default_factory=Counter)


def ms(rng: random.Random, lo: float, hi: float) -> float:
    """A random number of seconds with millisecond resolution, so the log stores it exactly."""
    return rng.randint(int(lo * 1000), int(hi * 1000)) / 1000


def simulate_day(log: UsageLog, clock: FakeClock, rng: random.Random, visits: int = 200, day: date = DAY) -> Truth:
    truth = Truth()
    for _ in range(visits):
        wait = ms(rng, 5, 60)
        clock.advance(wait)
        from_attract = rng.random() < 0.9
        language = rng.choices(LANGUAGES, weights=(0.6, 0.4))[0]
        start = clock.now
        log.visit_started(language, from_attract=from_attract)
        truth.rows += 2 if from_attract else 1
        if from_attract:
            truth.conversions += 1
            truth.attract_waits.append(wait)
        switch_at = rng.randint(0, 4) if rng.random() < 0.25 else -1
        for step in range(rng.randint(1, 3)):
            if step == switch_at:
                language = LANGUAGES[1 - LANGUAGES.index(language)]
                log.language_chosen(language)
                truth.rows += 1
            d = ms(rng, 1, 20)
            clock.advance(d)
            log.screen_viewed("home", d)
            truth.rows += 1
            section = rng.choice(sorted(SECTIONS))
            on_section = 0.0
            for panel in range(rng.randint(1, SECTIONS[section])):
                d = ms(rng, 2, 30)
                clock.advance(d)
                on_section += d
                log.panel_viewed(section, panel, d)
                truth.views[(section, panel)] += 1
                truth.dwell[(section, panel)] += d
                truth.rows += 1
                if rng.random() < 0.1:
                    log.image_zoomed(section, panel, rng.randint(0, 2))
                    truth.rows += 1
            log.screen_viewed("section", on_section)
            truth.rows += 1
        if rng.random() < 0.05:
            log.setting_chosen("text_size", "large")
            truth.rows += 1
        if rng.random() < 0.02:
            log.error_shown("image_unavailable")
            truth.rows += 1
        clock.advance(70)  # idle timeout and countdown
        log.visit_ended()
        truth.rows += 1
        truth.lengths.append((clock.now - start).total_seconds())
        truth.final_language.append(language)
    assert clock.now.date() == day, "the simulated day must not cross midnight"
    return truth
