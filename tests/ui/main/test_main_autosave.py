"""Saving as you type: after a pause, on leaving a field, on Ctrl+S and on closing; refusals
keep what was typed; typing is undone as one step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.core.services import trajectories


def details(window):
    page = window.view.show_page("details")
    return page, page.inputs


def test_typed_text_is_saved_after_a_short_pause(qtbot, store, window, trajectory):
    """If this fails, what the facilitator types is lost when the laptop dies."""
    _page, inputs = details(window)
    inputs["area"].setFocus()
    qtbot.keyClicks(inputs["area"], "Rietveen-Oost")
    assert trajectories.get_trajectory(store, trajectory).area == ""
    assert window.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: trajectories.get_trajectory(store, trajectory).area == "Rietveen-Oost")
    assert window.save_state.text() == "✓ Saved"


def test_leaving_a_field_saves_at_once(qtbot, store, window, trajectory):
    """If this fails, text typed just before switching pages waits unsaved."""
    _page, inputs = details(window)
    inputs["project"].setFocus()
    qtbot.keyClicks(inputs["project"], "Warmtenet")
    inputs["phase"].setFocus()
    assert trajectories.get_trajectory(store, trajectory).project == "Warmtenet"


def test_ctrl_s_and_closing_save_waiting_text(qtbot, store, window, trajectory):
    """If this fails, Ctrl+S or closing the window can drop the last words typed."""
    _page, inputs = details(window)
    inputs["slogan"].setFocus()
    qtbot.keyClicks(inputs["slogan"], "Samen warm")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert trajectories.get_trajectory(store, trajectory).slogan == "Samen warm"
    qtbot.keyClicks(inputs["slogan"], "!")
    window.close()
    assert trajectories.get_trajectory(store, trajectory).slogan == "Samen warm!"


def test_a_refused_value_is_explained_and_kept_in_the_field(qtbot, store, window, trajectory):
    """If this fails, an empty required field silently reverts or the user never learns why."""
    _page, inputs = details(window)
    field = inputs["municipality"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    inputs["initiative"].setFocus()
    assert window.message_bar.isVisible()
    assert "gemeente" in window.message_bar.text.text()
    assert field.text() == ""
    assert trajectories.get_trajectory(store, trajectory).municipality == "Gemeente Rietveen"
    assert window.save_state.text().startswith("Not saved")


def test_typing_in_bursts_is_undone_in_one_step(qtbot, store, window, trajectory):
    """If this fails, Ctrl+Z takes back a sentence a few letters at a time."""
    page, inputs = details(window)
    field = inputs["area"]
    field.setFocus()
    qtbot.keyClicks(field, "Rietveen")
    page.saver.flush()
    qtbot.keyClicks(field, "-Oost")
    page.saver.flush()
    assert trajectories.get_trajectory(store, trajectory).area == "Rietveen-Oost"
    window.view.tabs.setFocus()
    window.commands.undo.trigger()
    assert trajectories.get_trajectory(store, trajectory).area == ""
    assert field.text() == ""
    window.commands.redo.trigger()
    assert field.text() == "Rietveen-Oost"


def test_preconditions_can_be_confirmed_later_and_undone(qtbot, store, window, trajectory):
    """If this fails, a precondition confirmed after the start cannot be recorded."""
    page, _inputs = details(window)
    row = next(r for r in page.rows if (r.key, r.party) == ("meerwaarde", "initiatief"))
    row.state.setCurrentIndex(row.state.findData(1))
    found = {(p.key, p.party): p for p in trajectories.list_preconditions(store, trajectory)}
    assert found[("meerwaarde", "initiatief")].confirmed_on is not None
    window.commands.undo.trigger()
    found = {(p.key, p.party): p for p in trajectories.list_preconditions(store, trajectory)}
    assert found[("meerwaarde", "initiatief")].confirmed_on is None
    assert row.state.currentData() == 0
