"""Figures about the running kiosk process, for the staff menu and soak runs."""

from __future__ import annotations


def rss_mb() -> float:
    """Resident memory in MB from /proc (in memory, not on disk); 0 where there is no /proc."""
    try:
        import resource

        with open("/proc/self/statm", "rb") as f:
            pages = int(f.read().split()[1])
        return pages * resource.getpagesize() / 1e6
    except (OSError, ValueError, ImportError, IndexError):
        return 0.0
