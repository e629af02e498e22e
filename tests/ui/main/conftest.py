"""Fixtures for the main window's tests: a shown window on a fresh store, and a way to build
a second window on the same data folder."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.services import meetings, trajectories


@pytest.fixture
def make_window(qtbot, bus, settings, library):
    """Build and show a MainWindow at 1280x720 (or at its remembered size with
    ``restore_size``); other keyword arguments go to MainWindow."""
    from opgroei_desktop.ui.main_window import MainWindow

    def make(restore_size=False, **kwargs):
        window = MainWindow(
            kwargs.pop("bus", bus), kwargs.pop("settings", settings), library, **kwargs
        )
        qtbot.addWidget(window)
        if not restore_size:
            window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def trajectory(store):
    """A trajectory with nothing in it yet."""
    return trajectories.create_trajectory(
        store, municipality="Gemeente Rietveen", initiative="Energiecoöperatie Rietveen-Oost"
    ).id


@pytest.fixture
def window(make_window, trajectory):
    """The main window with ``trajectory`` open."""
    return make_window(open_trajectory=trajectory)


@pytest.fixture
def open_demo_meeting(store, make_window):
    """Open the demo trajectory's meeting of a given title on the meetings page; gives the
    window and the meeting editor."""
    from opgroei_desktop.core.demo import ensure_demo

    trajectory_id, _created = ensure_demo(store)
    by_title = {m.title: m.id for m in meetings.list_meetings(store, trajectory_id)}

    def open_meeting(title):
        window = make_window(open_trajectory=trajectory_id)
        page = window.view.show_page("meetings")
        page.select(by_title[title])
        return window, page.editor

    return open_meeting
