"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0's Signal.emit() returned True without taking a reference; the
kiosk emits signals on every touch, so on Python 3.11 an exhibit PC would
abort at exit (or during garbage collection) after enough visits.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()


def test_signal_emission_keeps_reference_counts(qapp):
    emitter = _Emitter()
    emitter.changed.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1000):
        emitter.changed.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, f"refcounts fell from {before} to {after}"
