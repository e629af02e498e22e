"""The worksheet view: the eight worksheets show their content and keep up with changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from opgroei_desktop.core.changes import Changes
from opgroei_desktop.core.services import actions, entries, worksheet_data
from opgroei_desktop.core.vocab import WORKSHEET_KEYS
from opgroei_desktop.ui.worksheets.challenges import ChallengeCard
from opgroei_desktop.ui.worksheets.items import ItemAdder
from opgroei_desktop.ui.worksheets.milestones import MilestoneSection
from opgroei_desktop.ui.worksheets.sections import SectionCard

CHALLENGE = "namens_wie.wijk_vertegenwoordigen"


def _shown_rows(view) -> int:
    """How many agreements, actions, lines and entries the view shows."""
    count = 0
    for card in view.cards.values():
        if isinstance(card, ChallengeCard):
            count += len(card.agreements.rows) + len(card.action_list.rows)
            count += len(card.said.rows.rows) + (card.state.currentData() is not None)
        elif isinstance(card, SectionCard):
            count += sum(len(group.rows) for group in card.groups.values())
            count += len(card.said.rows.rows)
        elif isinstance(card, MilestoneSection):
            count += len(card.rows.rows)
    return count


@pytest.mark.parametrize("key", WORKSHEET_KEYS)
def test_each_worksheet_shows_the_demo_content(qtbot, demo, open_sheet, key):
    """Opening any of the eight worksheets of the demo must show what its meetings produced."""
    view = open_sheet(demo, key)
    assert _shown_rows(view) > 0
    assert view.sheet.title in view.accessibleName()


def test_verhaal_shows_the_shared_name_and_goal(qtbot, demo, open_sheet):
    """The collaboration's own name, slogan and goal must be on its story worksheet."""
    view = open_sheet(demo, "verhaal")
    names = view.cards["naam_slogan"].story.saver
    assert names._fields["shared_name"].get() == "Samen Warm Vlinderhof"
    assert view.cards["doel"].story.saver._fields["shared_goal"].get().startswith("In 2035")


def test_challenge_state_is_chosen_and_undone(qtbot, store, trajectory, open_sheet, undo_stack):
    """Marking a challenge as not applying must be stored, and Ctrl+Z must forget it again."""
    view = open_sheet(trajectory, "namens_wie")
    box = view.cards[CHALLENGE].state
    box.setCurrentIndex(box.findData("nvt"))
    assert worksheet_data.challenge_states(store, trajectory) == {CHALLENGE: "nvt"}
    undo_stack.undo()
    assert worksheet_data.challenge_states(store, trajectory) == {}
    qtbot.waitUntil(lambda: box.currentData() is None)


def test_action_added_inline_lands_in_the_doen_column(qtbot, store, trajectory, open_sheet):
    """Typing an action under a challenge must file it there, with its owner and due date."""
    view = open_sheet(trajectory, "namens_wie")
    card = view.cards[CHALLENGE]
    adder = card.adder
    qtbot.keyClicks(adder.what, "Bewonersavond plannen")
    adder.owner.show_owner(None, "initiatief")
    qtbot.keyClicks(adder.due, "01-01-2020")
    qtbot.keyClick(adder.due, Qt.Key.Key_Return)
    [action] = actions.list_actions(store, trajectory)
    assert (action.challenge_key, action.owner_party, action.worksheet) == (
        CHALLENGE,
        "initiatief",
        "namens_wie",
    )
    qtbot.waitUntil(lambda: len(card.action_list.rows) == 1)
    [row] = card.action_list.rows.values()
    assert row.late.isVisible() and row.late.text().startswith("⚠")
    assert adder.what.text() == ""


def test_impossible_due_date_is_refused_and_the_typed_action_kept(
    qtbot, bus, store, trajectory, open_sheet
):
    """A date like 31-02 must be refused in Dutch, and the action text must stay."""
    view = open_sheet(trajectory, "namens_wie")
    failures = []
    bus.failed.connect(failures.append)
    adder = view.cards[CHALLENGE].adder
    qtbot.keyClicks(adder.what, "Offerte vragen")
    qtbot.keyClicks(adder.due, "31-02-2026")
    qtbot.mouseClick(adder.add_button, Qt.MouseButton.LeftButton)
    assert failures and "geen geldige datum" in failures[0]
    assert (adder.what.text(), adder.due.text()) == ("Offerte vragen", "31-02-2026")
    assert actions.list_actions(store, trajectory) == []


def test_worksheet_line_is_added_and_edited_in_place(
    qtbot, store, trajectory, open_sheet, undo_stack
):
    """A value typed into the sheet must be saved, and its edit undone in one step."""
    view = open_sheet(trajectory, "kennen")
    card = view.cards["waarden_doelen"]
    adder = card.findChild(ItemAdder)
    adder.party.setCurrentIndex(adder.party.findData("initiatief"))
    qtbot.keyClicks(adder.title, "Eerlijke prijs")
    qtbot.keyClick(adder.title, Qt.Key.Key_Return)
    [item] = worksheet_data.list_items(store, trajectory, "kennen")
    assert (item.party, item.title) == ("initiatief", "Eerlijke prijs")
    qtbot.waitUntil(lambda: len(card.groups["initiatief"].rows) == 1)
    row = card.groups["initiatief"].rows[item.id]
    row.shared.setChecked(True)
    assert worksheet_data.list_items(store, trajectory, "kennen")[0].shared is True
    undo_stack.undo()
    assert worksheet_data.list_items(store, trajectory, "kennen")[0].shared is False


def test_user_text_is_shown_as_text_not_html(qtbot, store, trajectory, open_sheet):
    """Markup someone typed must appear literally, never be run as rich text."""
    entries.capture_entry(store, trajectory, text="<b>vet</b> <img src=x>", worksheet="rollen")
    view = open_sheet(trajectory, "rollen")
    [row] = view.cards[None].said.rows.rows.values()
    assert row.text.textFormat() == Qt.TextFormat.PlainText
    assert row.text.text() == "<b>vet</b> <img src=x>"


def test_changes_of_another_trajectory_do_not_refresh(qtbot, bus, trajectory, open_sheet):
    """Work in one trajectory must not make another open worksheet reload."""
    view = open_sheet(trajectory, "kennen")
    qtbot.waitUntil(lambda: not view._dirty)
    view._changed(Changes("entries", ("x",), "another-trajectory"))
    view._changed(Changes("agenda_items", ("x",), trajectory))
    assert not view._dirty
    view._changed(Changes("entries", ("x",), trajectory))
    assert view._dirty
