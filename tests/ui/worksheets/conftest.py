"""Fixtures for the worksheet widgets: a trajectory with a meeting, an undo stack, the demo."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import meetings, trajectories


@pytest.fixture
def trajectory(store) -> str:
    return trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id


@pytest.fixture
def meeting(store, trajectory) -> str:
    return meetings.plan_meeting(
        store, trajectory, title="Eerste overleg", starts_at="01-03-2026 19:30"
    ).id


@pytest.fixture
def undo_stack(qapp):
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def demo(store) -> str:
    return ensure_demo(store)[0]


@pytest.fixture
def open_sheet(qtbot, bus, library, undo_stack):
    """Open a worksheet as a shown, standalone widget."""
    from opgroei_desktop.ui.worksheets import open_worksheet

    def open_(trajectory_id: str, key: str):
        view = open_worksheet(bus, library, undo_stack, trajectory_id, key)
        qtbot.addWidget(view)
        view.resize(1100, 700)
        view.show()
        view.activateWindow()
        qtbot.waitExposed(view)
        return view

    return open_
