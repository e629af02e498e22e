"""Someone leaves the table: what they carried is handed over, nothing stays unnoticed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from opgroei_desktop.core.services import actions, agreements, entries, handover, people


def _add(store, trajectory, name, party, **fields):
    return people.add_person(store, trajectory, name=name, party=party, **fields).id


def _register_owners(window):
    page = window.view.show_page("actions")
    model = page.view.model
    return {
        model.lines[row].action.what: model.index(row, 1).data() for row in range(model.rowCount())
    }


def test_leaving_asks_who_takes_over_and_the_register_shows_the_successor(
    qtbot, store, window, trajectory
):
    """A leaver's open actions must move to a named successor, with nothing left flagged."""
    karin = _add(
        store,
        trajectory,
        "Karin Bos",
        "gemeente",
        function="programmamanager",
        speaks_for="het programma warmtetransitie",
    )
    joost = _add(store, trajectory, "Joost Verhagen", "gemeente", function="wethouder")
    actions.create_action(store, trajectory, what="Offertes opvragen", owner_person_id=karin)
    said = entries.capture_entry(
        store, trajectory, text="Wij delen stukken vooraf.", kind="afspraak", person_id=karin
    ).id
    [agreement] = [
        a for a in agreements.list_agreements(store, trajectory) if a.source_entry_id == said
    ]
    assert "to be handed over" not in _register_owners(window)["Offertes opvragen"]

    page = window.view.show_page("people")
    page.select(karin)
    editor = page.editor
    editor.left_on.setDate(QDate(2026, 6, 30))
    editor.leave_button.click()
    dialog = editor.leave_dialog
    assert dialog.isVisible()
    assert list(dialog.action_boxes) and list(dialog.agreement_boxes) == [agreement.id]
    dialog.choose_successor(joost)
    dialog.hand_over_button.click()

    assert people.get_person(store, karin).left_on == date(2026, 6, 30)
    successor = people.get_person(store, joost)
    assert successor.speaks_for == "het programma warmtetransitie"
    owners = _register_owners(window)
    assert "Joost Verhagen" in owners["Offertes opvragen"]
    assert not any("to be handed over" in text for text in owners.values())
    assert "draagt Joost Verhagen deze afspraak" in agreements.history(store, agreement.id)[-1].note
    assert handover.open_actions_of_leavers(store, trajectory) == []

    window.commands.undo.trigger()
    assert people.get_person(store, karin).left_on is None
    assert actions.list_actions(store, trajectory)[0].owner_person_id == karin
    assert people.get_person(store, joost).speaks_for == ""


def test_actions_of_someone_who_left_are_flagged_until_reassigned(qtbot, store, window, trajectory):
    """An action still with someone who left must stand out in the action register."""
    peter = _add(store, trajectory, "Peter de Groot", "gemeente")
    actions.create_action(store, trajectory, what="Notitie warmtevisie", owner_person_id=peter)
    people.mark_left(store, peter, date(2026, 6, 30))
    owners = _register_owners(window)
    assert "left on 30-06-2026: to be handed over" in owners["Notitie warmtevisie"]


def test_leaving_without_open_work_asks_nothing(qtbot, store, window, trajectory):
    """Someone with nothing open just leaves, as before: no dialog in the way."""
    kees = _add(store, trajectory, "Kees", "initiatief")
    page = window.view.show_page("people")
    page.select(kees)
    page.editor.leave_button.click()
    assert page.editor.leave_dialog is None
    assert people.get_person(store, kees).left_on is not None


def test_overview_suggests_the_format_for_new_people(qtbot, store, window, trajectory):
    """After a change at the table the overview must point to "Nieuwe mensen aan tafel"."""
    peter = _add(store, trajectory, "Peter de Groot", "gemeente")
    actions.create_action(store, trajectory, what="Notitie warmtevisie", owner_person_id=peter)
    people.mark_left(store, peter, date(2026, 6, 30))
    overview = window.view.show_page("overview")
    overview.show_trajectory(trajectory)
    assert overview.newcomers_hint.isVisible()
    assert "Nieuwe mensen aan tafel" in overview.newcomers_hint.text()
    assert "still with someone who left" in overview.leavers_text.text()
