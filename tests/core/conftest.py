"""Fixtures for the Qt-free core tests.

`content` is a minimal valid content folder written fresh into tmp_path (it
loads with no problems at all); each test breaks exactly one thing in it.
Helpers live in contentkit.py so test modules can import them.
"""

from __future__ import annotations

import os
import random
import time

import pytest
from contentkit import ContentFolder, make_content
from usagekit import OPENING, FakeClock, simulate_day

from kiosk.core.usage import UsageLog


@pytest.fixture
def content(tmp_path) -> ContentFolder:
    """A minimal valid content folder under tmp_path/content."""
    return make_content(tmp_path / "content")


# -- the usage log (helpers in usagekit.py) ------------------------------------------------
@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(OPENING)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "usage.sqlite3"


@pytest.fixture
def utc_local_time():
    """`kiosk stats` counts days in local time; pin it to UTC for exact comparisons."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


@pytest.fixture
def day(db, clock):
    with UsageLog(db, clock=clock, kiosk_id="hall-a") as log:
        truth = simulate_day(log, clock, random.Random(20250517))
    return truth
