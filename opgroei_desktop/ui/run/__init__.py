"""Running a meeting in the room: the facilitator console and the projector view.

``open_meeting_runner`` is the entry point the main window calls. It loads the meeting into one
run state, opens the console (check-in first, or straight back to the step where a meeting that
was still running stopped) and the projector window on the projector screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ...library import Library
from ..bus import DataBus
from .console import ConsoleWindow
from .meeting_run import MeetingRun


def open_meeting_runner(
    bus: DataBus,
    library: Library,
    settings: QSettings,
    meeting_id: str,
    parent: QWidget | None = None,
    undo_stack: QUndoStack | None = None,
) -> QWidget:
    """Open the console for ``meeting_id`` and show it; the projector follows on its screen.

    The returned console owns the projector window (``console.projector``) and closes it when
    it closes itself. Closing the console keeps the meeting running ('bezig'), so opening it
    again resumes at the same step. ``undo_stack`` is the main window's, shared so that the
    two windows have one undo history.
    """
    run = MeetingRun(bus, library, meeting_id, undo_stack=undo_stack)
    console = ConsoleWindow(run, settings, parent)
    run.setParent(console)
    console.show()
    return console
