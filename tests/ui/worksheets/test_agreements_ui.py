"""Agreements on a worksheet: adopt a suggestion, take it through its life cycle, read history."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.core.services import agreements, entries
from opgroei_desktop.worksheets.lifecycle import Step

CHALLENGE = "namens_wie.gemeente_vertegenwoordigen"


def _click(qtbot, widget):
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _only_agreement(store, trajectory):
    [agreement] = agreements.list_agreements(store, trajectory, worksheet="namens_wie")
    return agreement


def test_adopt_suggestion_and_take_it_through_the_whole_life_cycle(
    qtbot, store, trajectory, meeting, open_sheet
):
    """A facilitator must be able to adopt a suggestion and record every step by button."""
    view = open_sheet(trajectory, "namens_wie")
    card = view.cards[CHALLENGE]
    suggestion = next(iter(card.suggestions.rows.values()))
    _click(qtbot, suggestion.adopt_button)

    agreement = _only_agreement(store, trajectory)
    assert agreement.suggestion_key == suggestion.suggestion.key
    qtbot.waitUntil(lambda: view.panel.current is not None)
    panel, buttons = view.panel, view.panel.step_buttons
    assert view.side.isVisible() and not suggestion.adopt_button.isEnabled()
    assert not buttons[Step.RECORD].isEnabled() and not buttons[Step.EVALUATE].isEnabled()

    _click(qtbot, buttons[Step.AGREE_GEMEENTE])
    qtbot.waitUntil(lambda: not buttons[Step.AGREE_GEMEENTE].isEnabled())
    _click(qtbot, buttons[Step.AGREE_INITIATIEF])
    qtbot.waitUntil(lambda: buttons[Step.RECORD].isEnabled())
    assert _only_agreement(store, trajectory).status == "akkoord_beiden"

    _click(qtbot, buttons[Step.RECORD])
    assert panel.needs.isVisible() and panel.document.isVisible()
    qtbot.keyClicks(panel.document, "Intentieovereenkomst")
    _click(qtbot, panel.confirm)
    qtbot.waitUntil(lambda: buttons[Step.PLAN_REVIEW].isEnabled())
    _click(qtbot, buttons[Step.PLAN_REVIEW])
    qtbot.keyClicks(panel.review_on, "01-03-2027")
    qtbot.keyClick(panel.review_on, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: buttons[Step.EVALUATE].isEnabled())
    _click(qtbot, buttons[Step.EVALUATE])
    panel.outcome.setCurrentIndex(panel.outcome.findData("gewijzigd"))
    qtbot.keyClicks(panel.note, "Per kwartaal in plaats van per maand")
    _click(qtbot, panel.confirm)

    done = _only_agreement(store, trajectory)
    assert (done.status, done.document, done.outcome) == (
        "geevalueerd",
        "Intentieovereenkomst",
        "gewijzigd",
    )
    qtbot.waitUntil(lambda: len(panel.history.rows) == 6)
    bodies = [row.body.text() for row in panel.history.ordered()]
    assert bodies[0] == "Evaluated — Per kwartaal in plaats van per maand"
    assert bodies[-1] == "Proposal — Overgenomen uit de suggesties."
    metas = [row.meta.text() for row in panel.history.rows.values()]
    assert all("Eerste overleg" in meta for meta in metas), "each step names its meeting"
    assert [b.isEnabled() for b in buttons.values()] == [s == Step.REOPEN for s in Step]


def test_step_can_be_undone_and_redone(qtbot, store, trajectory, open_sheet, undo_stack):
    """Ctrl+Z must take back a life-cycle step, and Ctrl+Shift+Z must do it again."""
    made = agreements.create_agreement(store, trajectory, worksheet="namens_wie", text="X").id
    view = open_sheet(trajectory, "namens_wie")
    view.choose(made)
    _click(qtbot, view.panel.step_buttons[Step.AGREE_BOTH])
    assert agreements.get_agreement(store, made).status == "akkoord_beiden"
    undo_stack.undo()
    assert agreements.get_agreement(store, made).status == "voorstel"
    qtbot.waitUntil(lambda: view.panel.step_buttons[Step.AGREE_BOTH].isEnabled())
    undo_stack.redo()
    assert agreements.get_agreement(store, made).status == "akkoord_beiden"


def test_undo_adopting_removes_the_agreement_again(
    qtbot, store, trajectory, open_sheet, undo_stack
):
    """Adopting by mistake must be undone with one Ctrl+Z, offering the suggestion again."""
    view = open_sheet(trajectory, "namens_wie")
    row = next(iter(view.cards[CHALLENGE].suggestions.rows.values()))
    _click(qtbot, row.adopt_button)
    undo_stack.undo()
    assert agreements.list_agreements(store, trajectory) == []
    qtbot.waitUntil(lambda: row.adopt_button.isEnabled())
    assert not view.side.isVisible()


def test_captured_agreement_appears_as_proposal_on_the_open_worksheet(
    qtbot, bus, trajectory, meeting, open_sheet
):
    """What is agreed in the meeting must show up on the right worksheet while it is open."""
    view = open_sheet(trajectory, "namens_wie")
    card = view.cards[CHALLENGE]
    assert not card.agreements.rows
    bus.run(
        entries.capture_entry,
        trajectory,
        meeting_id=meeting,
        kind="afspraak",
        worksheet="namens_wie",
        challenge_key=CHALLENGE,
        text="De wethouder komt langs.",
    )
    qtbot.waitUntil(lambda: len(card.agreements.rows) == 1)
    [row] = card.agreements.rows.values()
    assert (row.chip.text(), row.text.text()) == ("Proposal", "De wethouder komt langs.")
    assert "Eerste overleg" in row.details.text()
    _click(qtbot, row.open_button)
    assert view.panel.current.id == row.agreement_id


def test_refused_wording_keeps_what_was_typed(qtbot, bus, store, trajectory, open_sheet):
    """An empty agreement is refused in Dutch, without losing the text in other fields."""
    view = open_sheet(trajectory, "namens_wie")
    failures = []
    bus.failed.connect(failures.append)
    adder = view.cards[CHALLENGE].new_agreement
    qtbot.keyClicks(adder.edit, "   ")
    _click(qtbot, adder.add_button)
    assert failures and "afspraak" in failures[0]
    assert adder.edit.text() == "   "
    assert agreements.list_agreements(store, trajectory) == []


def test_rewording_with_ctrl_enter_keeps_the_old_wording_in_history(
    qtbot, store, trajectory, open_sheet
):
    """Changing an agreement's words must be saved, with the earlier words still readable."""
    made = agreements.create_agreement(
        store, trajectory, worksheet="namens_wie", text="Elk kwartaal overleg."
    ).id
    view = open_sheet(trajectory, "namens_wie")
    view.choose(made)
    panel = view.panel
    panel.text.setFocus()
    panel.text.selectAll()
    qtbot.keyClicks(panel.text, "Elke maand overleg.")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert agreements.get_agreement(store, made).text == "Elke maand overleg."
    qtbot.waitUntil(lambda: len(panel.history.rows) == 2)
    assert panel.history.ordered()[0].body.text().endswith("New wording: Elke maand overleg.")
    qtbot.keyClick(panel.text, Qt.Key.Key_Escape)
    assert not view.side.isVisible()
