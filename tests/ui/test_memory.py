"""After each visitor the kiosk hands freed memory back to the system, so it rests at the same size for months."""

import linecache
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


def test_the_kiosk_asks_glibc_for_two_heaps_before_its_workers_start(monkeypatch):
    asked = []

    class FakeLibc:
        def mallopt(self, param, value):
            asked.append((param, value))
            return 1

    monkeypatch.setattr(memory, "_libc", FakeLibc())
    memory.limit_heap_arenas()
    assert asked == [(-8, 2)], "M_ARENA_MAX (-8) set to two heaps"


def test_the_source_lines_kept_for_tracebacks_are_dropped_before_new_content_is_built(qtbot, kiosk, content_copy):
    linecache.getlines(memory.__file__)  # as PySide6's import hook leaves every module it inspects
    assert memory.__file__ in linecache.cache
    kiosk.exhibit.load(content_copy)
    qtbot.waitUntil(lambda: memory.__file__ not in linecache.cache, timeout=30_000)


def test_releasing_memory_drops_the_source_lines_too():
    linecache.getlines(memory.__file__)
    memory.release_free_memory()
    assert memory.__file__ not in linecache.cache
