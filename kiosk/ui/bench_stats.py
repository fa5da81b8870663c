"""Figures for `kiosk bench`: percentiles, frame pacing and process costs. Pure Python, no Qt."""

from __future__ import annotations

import math
import resource
import time

SLOW_FRAME_MS = 17.0  # one frame late at 60 Hz


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` (0..1) of `values` lie, by the nearest-rank method; nan when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def spread(values_ms: list[float]) -> dict:
    """p50, p95 and the count of a list of durations in milliseconds."""
    return {"n": len(values_ms), "p50_ms": round(percentile(values_ms, 0.5), 2),
            "p95_ms": round(percentile(values_ms, 0.95), 2)}


def pacing(intervals_ms: list[float], render_ms: list[float]) -> dict:
    """How evenly frames came (intervals between swaps) and what each cost to draw."""
    slow = sum(1 for v in intervals_ms if v > SLOW_FRAME_MS)
    return {
        "frames": len(intervals_ms),
        "interval_p50_ms": round(percentile(intervals_ms, 0.5), 2),
        "interval_p95_ms": round(percentile(intervals_ms, 0.95), 2),
        "over_17ms_pct": round(100 * slow / len(intervals_ms), 2) if intervals_ms else math.nan,
        "worst_ms": round(max(intervals_ms), 2) if intervals_ms else math.nan,
        "render_p50_ms": round(percentile(render_ms, 0.5), 2),
        "render_p95_ms": round(percentile(render_ms, 0.95), 2),
        "render_worst_ms": round(max(render_ms), 2) if render_ms else math.nan,
    }


def rss_mib() -> float:
    """Resident memory now, from /proc; nan where there is no /proc."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return round(int(f.read().split()[1]) * resource.getpagesize() / 2**20, 1)
    except (OSError, ValueError, IndexError):
        return math.nan


def peak_rss_mib() -> float:
    """The most resident memory this process has had (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class CpuMeter:
    """CPU time of the whole process (every thread) over a stretch of wall-clock time, in % of one core."""

    def __init__(self):
        self._cpu = time.process_time()
        self._wall = time.monotonic()

    def percent(self) -> float:
        wall = time.monotonic() - self._wall
        return round(100 * (time.process_time() - self._cpu) / wall, 1) if wall > 0 else math.nan
