"""Hands memory freed during a visit back to the system once the kiosk has reset.

A visit decodes full-screen pictures and lays out text in several scripts; glibc keeps
much of what is freed afterwards in its heaps. Trimming them after each reset keeps the
kiosk's footprint from creeping up over a day of visitors. The trim runs on a short-lived
thread (ctypes releases the GIL), so the attract loop keeps its frames.
"""

from __future__ import annotations

import linecache
import threading

from PySide6.QtCore import QTimer

AFTER_RESET_MS = 3000  # the attract loop has faded in and the visit's screens have let go of their pictures

_libc = None
M_ARENA_MAX = -8  # glibc's mallopt parameters
M_MMAP_THRESHOLD = -3
HEAP_ARENAS = 2
OWN_MAPPING_BYTES = 256 * 1024  # a block this large or larger gets pages of its own, handed back when freed


def _glibc():
    global _libc
    if _libc is None:
        import ctypes

        try:  # glibc's stable name: found at once, where find_library would run ldconfig in a subprocess
            _libc = ctypes.CDLL("libc.so.6")
        except OSError:
            import ctypes.util

            name = ctypes.util.find_library("c")
            _libc = ctypes.CDLL(name) if name else False
    return _libc


def _malloc_trim():
    libc = _glibc()
    return getattr(libc, "malloc_trim", None) if libc else None


def tune_heap() -> None:
    """At most two glibc heaps, and large blocks in pages of their own; before the worker threads start.

    Each thread that decodes a picture would otherwise get a heap of its own, and glibc
    seldom gives those back: in `kiosk bench-images` RSS over 200 opens and closes of large
    pictures crept up 7 % with the default and stayed flat with two heaps.

    A decoded picture (8 MB at 1920x1080) is given pages of its own and they go back to the
    system when it is freed. By default glibc raises that threshold each time such a block is
    freed, so after the first the attract loop's slides were decoded into the heaps: its
    holes then kept the kiosk 20 MB larger after a visit, and growing while the loop ran.
    """
    libc = _glibc()
    mallopt = getattr(libc, "mallopt", None) if libc else None
    if mallopt is not None:
        mallopt(M_ARENA_MAX, HEAP_ARENAS)
        mallopt(M_MMAP_THRESHOLD, OWN_MAPPING_BYTES)  # a fixed value also stops the raising


def forget_module_sources() -> None:
    """Drop the source lines Python keeps for tracebacks.

    PySide6 reads the source of every module imported after it, to learn whether the module
    uses its `__feature__` switches, and `linecache` keeps each file as a list of lines (about
    10 MiB of strings when the content checker ran in the kiosk's process; tests and tools still
    check content in theirs). A traceback reads the lines it needs again.
    """
    linecache.clearcache()


def release_free_memory() -> None:
    forget_module_sources()
    trim = _malloc_trim()
    if trim is not None:  # glibc only; elsewhere there is nothing to do
        threading.Thread(target=trim, args=(0,), name="malloc-trim", daemon=True).start()


def trim_after_each_visit(visit) -> None:
    visit.reset.connect(lambda: QTimer.singleShot(AFTER_RESET_MS, release_free_memory))
