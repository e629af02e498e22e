"""The trajectory list and window: start-up choice, search, archive, rename, delete, the
example trajectory, and the window's place remembered between sessions."""

from __future__ import annotations

from opgroei_desktop.core.services import trajectories
from opgroei_desktop.ui import settings as ui_settings
from opgroei_desktop.ui.common import widgets


def names(window):
    listed = window.trajectory_list.list
    return [listed.item(row).text() for row in range(listed.count())]


def test_without_trajectories_the_window_welcomes(make_window):
    """If this fails, a first-time user sees an empty, puzzling window."""
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.new_button.isVisible() and window.welcome.demo_button.isVisible()
    assert not window.commands.delete.isEnabled()


def test_the_example_trajectory_opens_from_the_welcome(qtbot, store, make_window):
    """If this fails, newcomers cannot look around in a filled-in trajectory."""
    window = make_window()
    window.welcome.demo_button.click()
    [demo] = trajectories.list_trajectories(store)
    assert window.current_trajectory() == demo.id
    assert window.view.title.text() == trajectories.display_name(demo)
    window.welcome.demo_button.click()
    assert len(trajectories.list_trajectories(store)) == 1


def test_the_last_trajectory_and_window_place_come_back(
    qtbot, store, settings, make_window, trajectory
):
    """If this fails, every start begins with hunting for the trajectory and resizing."""
    other = trajectories.create_trajectory(store, municipality="Gemeente Ede", initiative="EdeWarm")
    window = make_window(open_trajectory=other.id)
    window.resize(1020, 590)
    window.close()
    assert ui_settings.LAST_TRAJECTORY.get(settings) == other.id
    second = make_window(restore_size=True)
    assert second.current_trajectory() == other.id
    # The offscreen test screen is narrower than the window, so only the height survives as is.
    assert second.height() == 590
    assert not ui_settings.SPLITTER_STATE.get(settings).isEmpty()


def test_search_and_archive_filter_narrow_the_list(qtbot, store, window, trajectory):
    """If this fails, the facilitator cannot find a trajectory among many."""
    ede = trajectories.create_trajectory(store, municipality="Gemeente Ede", initiative="EdeWarm")
    trajectories.set_archived(store, ede.id, True)
    window.trajectory_list.refresh()
    assert names(window) == ["Energiecoöperatie Rietveen-Oost – Gemeente Rietveen"]
    window.trajectory_list.show_archived.setChecked(True)
    assert len(names(window)) == 2
    qtbot.keyClicks(window.trajectory_list.search, "ede")
    qtbot.waitUntil(lambda: names(window) == ["EdeWarm – Gemeente Ede"])


def test_rename_archive_and_delete_can_all_be_undone(qtbot, store, window, trajectory, monkeypatch):
    """If this fails, a slip of the hand costs a trajectory."""
    dialog = window.rename_trajectory()
    dialog.setTextValue("Samen Warm Rietveen-Oost")
    dialog.accept()
    assert trajectories.get_trajectory(store, trajectory).shared_name == "Samen Warm Rietveen-Oost"
    assert window.view.title.text() == "Samen Warm Rietveen-Oost"
    assert "Samen Warm Rietveen-Oost" in window.windowTitle()

    window.commands.archive.trigger()
    assert trajectories.get_trajectory(store, trajectory).archived_at is not None
    assert window.stack.currentWidget() is window.welcome
    assert window.message_bar.isVisible()
    window.message_bar.action.click()
    assert trajectories.get_trajectory(store, trajectory).archived_at is None
    assert window.current_trajectory() == trajectory

    monkeypatch.setattr(widgets, "confirm", lambda *args: False)
    window.commands.delete.trigger()
    assert trajectories.list_trajectories(store)
    monkeypatch.setattr(widgets, "confirm", lambda *args: True)
    window.commands.delete.trigger()
    assert trajectories.list_trajectories(store) == []
    assert window.stack.currentWidget() is window.welcome
    window.commands.undo.trigger()
    assert [t.id for t in trajectories.list_trajectories(store)] == [trajectory]
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert trajectories.get_trajectory(store, trajectory).shared_name == ""


def test_the_wizard_keeps_a_start_date_and_cancel_creates_nothing(qtbot, store, make_window):
    """If this fails, the start of the process is lost, or a cancelled wizard leaves debris."""
    window = make_window()
    wizard = window.new_trajectory()
    wizard.parties.municipality.setText("Gemeente Ede")
    wizard.parties.initiative.setText("EdeWarm")
    wizard.reject()
    assert trajectories.list_trajectories(store) == []
    wizard = window.new_trajectory()
    wizard.parties.municipality.setText("Gemeente Ede")
    wizard.parties.initiative.setText("EdeWarm")
    wizard.next()
    wizard.project.has_start.setChecked(True)
    wizard.project.start.setDate(wizard.project.start.date().fromString("01-04-2026", "dd-MM-yyyy"))
    wizard.next()
    for page in wizard.preconditions:
        for choice in page.choices:
            choice.open.setChecked(True)
        wizard.next()
    wizard.accept()
    [created] = trajectories.list_trajectories(store)
    assert "01-04-2026" in created.notes
    assert window.current_trajectory() == created.id
