"""Faults while capturing: the facilitator reads what happened, the typed line stays."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from opgroei_desktop.core import db
from opgroei_desktop.core.services import entries


@pytest.fixture
def locked(store, monkeypatch):
    """Another program holds the database while the facilitator presses Enter."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    store.engine.pool.dispose()
    holder = sqlite3.connect(store.path, isolation_level=None)
    yield holder
    holder.close()


def test_locked_database_keeps_the_line_and_adds_no_undo_step(
    qtbot, store, sample, running, locked
):
    """A capture that cannot be saved must say why, keep the text and leave undo as it was."""
    steps_before = running.run.undo_stack.count()
    locked.execute("BEGIN EXCLUSIVE")
    qtbot.keyClicks(running.capture.line, "Wethouder belt terug")
    qtbot.keyClick(running.capture.line, Qt.Key.Key_Return)
    locked.execute("ROLLBACK")
    assert running.capture.line.text() == "Wethouder belt terug"
    assert running.messages.isVisible() and "ander programma" in running.messages.label.text()
    assert running.run.undo_stack.count() == steps_before
    qtbot.keyClick(running.capture.line, Qt.Key.Key_Return)
    assert running.capture.line.text() == ""
    texts = [
        e.text for e in entries.list_entries(store, sample.trajectory, meeting_id=sample.meeting)
    ]
    assert texts == ["Wethouder belt terug"]


def test_unexpected_error_in_a_service_reaches_the_user(qtbot, store, sample, running, monkeypatch):
    """Even a fault nobody foresaw must be told in the window, not only in a hidden console."""

    def broken(*args, **kwargs):
        raise sqlite3.InterfaceError("bad parameter")  # not an error the store knows

    monkeypatch.setattr(entries, "capture_entry", broken)
    steps_before = running.run.undo_stack.count()
    qtbot.keyClicks(running.capture.line, "Nog een punt")
    qtbot.keyClick(running.capture.line, Qt.Key.Key_Return)
    assert running.capture.line.text() == "Nog een punt"
    assert running.messages.isVisible()
    assert running.run.undo_stack.count() == steps_before
