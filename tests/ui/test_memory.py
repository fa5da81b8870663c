"""After each visitor the kiosk hands freed memory back to the system, so it rests at the same size for months."""

import linecache
import subprocess
import sys
import time

import pytest

import kiosk.ui.memory as memory
from kiosk.core.process_info import rss_mb


def test_the_end_of_a_visit_releases_memory(qtbot, visitor, kiosk, monkeypatch):
    calls = []
    monkeypatch.setattr(memory, "release_free_memory", lambda: calls.append(time.monotonic()))
    visitor.open_section(0)
    kiosk.visit.restart()  # what the idle countdown does
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=memory.AFTER_RESET_MS + 3000)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's")
def test_freed_memory_goes_back_to_the_system():
    blocks = [bytes(1000) + bytes([i % 256]) for i in range(200_000)]  # 200 MB from malloc's heap
    keep = blocks[::100]  # a few survivors pin the heap, as long-lived objects do
    del blocks
    held = rss_mb()
    memory.release_free_memory()  # trims on a thread of its own
    deadline = time.monotonic() + 5
    while rss_mb() > held - 100 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert rss_mb() < held - 100, "the freed pages between the survivors went back to the system"
    assert len(keep) == 2000


def test_the_kiosk_asks_glibc_for_two_heaps_and_pages_of_their_own_for_large_blocks(monkeypatch):
    asked = []

    class FakeLibc:
        def mallopt(self, param, value):
            asked.append((param, value))
            return 1

    monkeypatch.setattr(memory, "_libc", FakeLibc())
    memory.tune_heap()
    assert asked == [(-8, 2), (-3, 256 * 1024)], "M_ARENA_MAX (-8) two heaps, M_MMAP_THRESHOLD (-3) fixed at 256 KiB"


MAPPED_AFTER_A_LARGER_BLOCK = r"""
import ctypes
from kiosk.ui.memory import tune_heap

class MallInfo(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo
tune_heap()
zoomed = bytearray(16 << 20)  # a picture at a larger size, let go
del zoomed
before = libc.mallinfo2().hblkhd
slide = bytearray(8 << 20)  # the next picture decoded
print(libc.mallinfo2().hblkhd - before)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt and mallinfo2 are glibc's")
def test_a_picture_decoded_after_a_larger_one_gets_pages_it_can_give_back():
    # Untuned, glibc would put the second block in its heap (0 bytes mapped), where freeing it leaves a hole.
    out = subprocess.run([sys.executable, "-c", MAPPED_AFTER_A_LARGER_BLOCK], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert int(out.stdout.strip()) >= 8 << 20, out.stdout


def test_the_source_lines_kept_for_tracebacks_are_dropped_before_new_content_is_built(qtbot, kiosk, content_copy):
    linecache.getlines(memory.__file__)  # as PySide6's import hook leaves every module it inspects
    assert memory.__file__ in linecache.cache
    kiosk.exhibit.load(content_copy)
    qtbot.waitUntil(lambda: memory.__file__ not in linecache.cache, timeout=30_000)


def test_releasing_memory_drops_the_source_lines_too():
    linecache.getlines(memory.__file__)
    memory.release_free_memory()
    assert memory.__file__ not in linecache.cache
