"""The main window end to end: a trajectory through the wizard, people of both parties, a
meeting with an agenda from two formats, undo and redo, and a fresh window on the same data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from opgroei_desktop.core.services import meetings, people, trajectories
from opgroei_desktop.core.store import Store
from opgroei_desktop.ui.bus import DataBus


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def run_wizard(qtbot, window):
    wizard = window.new_trajectory()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.keyClicks(wizard.parties.municipality, "Gemeente Rietveen")
    wizard.parties.initiative.setText("Energiecoöperatie Rietveen-Oost")  # keyClicks is ASCII-only
    click(qtbot, next_button)
    qtbot.keyClicks(wizard.project.area, "Rietveen-Oost")
    qtbot.keyClicks(wizard.project.project, "Collectief warmtenet")
    click(qtbot, next_button)
    first, second = wizard.preconditions
    assert not next_button.isEnabled()
    click(qtbot, first.choices[0].confirmed)
    qtbot.keyClicks(first.choices[0].note, "Raadsbesluit maart")
    click(qtbot, first.choices[1].open)
    assert next_button.isEnabled()
    click(qtbot, next_button)
    for choice in second.choices:
        click(qtbot, choice.open)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    return wizard


def add_person(qtbot, page, name, party):
    page.new_name.clear()
    qtbot.keyClicks(page.new_name, name)
    page.new_party.setCurrentIndex(page.new_party.findData(party))
    click(qtbot, page.add_button)


def agenda_of(store, meeting_id):
    return [(step.format_key, step.step_key) for step in meetings.list_script(store, meeting_id)]


def test_plan_a_trajectory_with_people_and_agenda_then_undo_redo_and_reopen(
    qtbot, store, bus, settings, library, make_window, tmp_path
):
    """A facilitator's first hour: if this fails, setting up a trajectory loses work."""
    window = make_window()
    assert window.stack.currentWidget() is window.welcome

    run_wizard(qtbot, window)
    [trajectory] = trajectories.list_trajectories(store)
    assert (trajectory.municipality, trajectory.initiative) == (
        "Gemeente Rietveen",
        "Energiecoöperatie Rietveen-Oost",
    )
    assert (trajectory.area, trajectory.project) == ("Rietveen-Oost", "Collectief warmtenet")
    stored = {(p.key, p.party): p for p in trajectories.list_preconditions(store, trajectory.id)}
    assert stored[("meerwaarde", "gemeente")].confirmed_on is not None
    assert stored[("meerwaarde", "gemeente")].note == "Raadsbesluit maart"
    assert stored[("meerwaarde", "initiatief")].left_open
    assert stored[("tijd_en_pauze", "initiatief")].left_open
    assert window.current_trajectory() == trajectory.id

    people_page = window.view.show_page("people")
    add_person(qtbot, people_page, "Anna de Vries", "gemeente")
    add_person(qtbot, people_page, "Kees Jansen", "initiatief")
    found = {p.name: p.party for p in people.list_people(store, trajectory.id)}
    assert found == {"Anna de Vries": "gemeente", "Kees Jansen": "initiatief"}

    page = window.view.show_page("meetings")
    click(qtbot, page.plan_button)
    [meeting] = meetings.list_meetings(store, trajectory.id)
    assert len(meetings.list_attendance(store, meeting.id)) == 2
    editor = page.editor
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Kennismaking")
    window.commands.save.trigger()
    assert meetings.get_meeting(store, meeting.id).title == "Kennismaking"

    editor.tabs.setCurrentWidget(editor.agenda)
    agenda = editor.agenda
    check_in, getting_to_know = library.format("check_in"), library.format("kennismaken")
    for chosen in (check_in, getting_to_know):
        agenda.formats.setCurrentIndex(agenda.formats.findData(chosen.key))
        click(qtbot, agenda.add_format_button)
    first = [("check_in", step.key) for step in check_in.steps]
    both = first + [("kennismaken", step.key) for step in getting_to_know.steps]
    assert agenda_of(store, meeting.id) == both
    assert agenda.list.topLevelItemCount() == 2
    assert agenda.list.topLevelItem(1).childCount() == len(getting_to_know.steps)
    minutes = check_in.total_minutes + getting_to_know.total_minutes
    assert str(minutes) in agenda.total.text()
    step = getting_to_know.steps[1]
    item = meetings.list_script(store, meeting.id)[len(first) + 1]
    assert (item.title, item.minutes, item.worksheet, item.section, item.prompt) == (
        step.title,
        step.minutes,
        step.capture,
        step.section,
        step.prompt,
    )

    undo, redo = window.commands.undo, window.commands.redo
    undo.trigger()
    assert agenda_of(store, meeting.id) == first
    undo.trigger()
    assert agenda_of(store, meeting.id) == []
    redo.trigger()
    redo.trigger()
    assert agenda_of(store, meeting.id) == both
    undo.trigger()  # the agenda of the second format
    undo.trigger()  # the agenda of the first format
    undo.trigger()  # the title
    assert meetings.get_meeting(store, meeting.id).title != "Kennismaking"
    undo.trigger()  # planning the meeting
    assert meetings.list_meetings(store, trajectory.id) == []
    undo.trigger()  # Kees
    assert [p.name for p in people.list_people(store, trajectory.id)] == ["Anna de Vries"]
    for _ in range(5):
        redo.trigger()
    assert len(people.list_people(store, trajectory.id)) == 2
    assert meetings.get_meeting(store, meeting.id).title == "Kennismaking"
    assert agenda_of(store, meeting.id) == both

    window.close()
    data_dir = store.data_dir
    reopened = Store.open(data_dir)
    try:
        fresh = make_window(bus=DataBus(reopened))
        assert fresh.current_trajectory() == trajectory.id
        people_again = fresh.view.show_page("people")
        names = {item.text(0) for item in people_again._items()}
        assert names == {"Anna de Vries", "Kees Jansen"}
        meetings_again = fresh.view.show_page("meetings")
        assert meetings_again.list.count() == 1
        meetings_again.select(meeting.id)
        assert meetings_again.editor.title.text() == "Kennismaking"
        meetings_again.editor.tabs.setCurrentWidget(meetings_again.editor.agenda)
        assert meetings_again.editor.agenda.list.topLevelItemCount() == 2
        fresh.close()
    finally:
        reopened.close()
