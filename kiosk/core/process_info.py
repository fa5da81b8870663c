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


def anon_rss_mb() -> float:
    """The part of resident memory that is the process's own (heap, stacks), without mapped files.

    Fonts and libraries are mapped files: their pages count in the resident size as they are
    read, are shared with the system's file cache, and can be dropped by the kernel at any time.
    A leak shows here. 0 where there is no /proc.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0
