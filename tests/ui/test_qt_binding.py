"""The Qt binding itself must be sound for a meeting that lasts all evening."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()


def test_emitting_signals_keeps_python_alive(qapp):
    """If this fails, the app would abort mid-meeting after enough captures (PySide6 6.12.0)."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.ping.emit()
    assert sys.getrefcount(True) >= before - 5
