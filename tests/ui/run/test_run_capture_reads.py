"""Enter in the capture line asks the database once and writes once: the console shows the
note it just filed without reading it back (on a team database every read is a round trip)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import event


def test_a_captured_note_is_shown_without_reading_it_back(qtbot, store, running):
    """A read-back after every Enter makes capturing into a team database slower."""
    sent: list[str] = []

    def note(_conn, _cursor, statement, *_rest):
        sent.append(statement.lstrip().split(None, 1)[0].upper())

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        qtbot.keyClicks(running.capture.line, "Het dak kan de panelen dragen")
        qtbot.keyClick(running.capture.line, Qt.Key.Key_Return)
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    assert "Het dak kan de panelen dragen" in running.projector.entries_view.toPlainText()
    assert [s for s in sent if s in {"SELECT", "INSERT", "UPDATE"}] == ["SELECT", "INSERT"], sent
