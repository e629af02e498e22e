"""The work structure on the borgen worksheet: bodies, roles and decision routes typed as fields,
saved as they are typed and undone with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt

from opgroei_desktop.core.services import worksheet_data
from opgroei_desktop.ui.worksheets.items import ItemAdder


def _items(store, trajectory, section):
    found = worksheet_data.list_items(store, trajectory, "borgen")
    return [item for item in found if item.section == section]


def test_body_is_added_and_its_fields_typed_by_keyboard(
    qtbot, store, trajectory, open_sheet, undo_stack
):
    """A facilitator could not record a body with what it decides, or undo a change to it."""
    view = open_sheet(trajectory, "borgen")
    card = view.cards["werkstructuur"]
    adder = card.findChild(ItemAdder)
    adder.party.setCurrentIndex(adder.party.findData(None))
    adder.kind.setFocus()
    adder.kind.setCurrentIndex(adder.kind.findData("stuurgroep"))
    qtbot.keyClicks(adder.title, "Stuurgroep warmtenet")
    qtbot.keyClicks(adder.lead, "de planning")
    qtbot.keyClick(adder.lead, Qt.Key.Key_Return)
    [body] = _items(store, trajectory, "werkstructuur")
    assert (body.kind, body.title, body.decides, body.party) == (
        "stuurgroep",
        "Stuurgroep warmtenet",
        "de planning",
        None,
    )
    qtbot.waitUntil(lambda: body.id in card.groups[None].rows)
    row = card.groups[None].rows[body.id]
    assert row.extra["decides"].text() == "de planning"
    row.extra["body"].setFocus()
    qtbot.keyClicks(row.extra["body"], "college")
    row.saver.flush()
    assert _items(store, trajectory, "werkstructuur")[0].body == "college"
    row.kind.setCurrentIndex(row.kind.findData("werkgroep"))
    assert _items(store, trajectory, "werkstructuur")[0].kind == "werkgroep"
    undo_stack.undo()
    assert _items(store, trajectory, "werkstructuur")[0].kind == "stuurgroep"
    undo_stack.undo()
    assert _items(store, trajectory, "werkstructuur")[0].body == ""


def test_decision_route_gets_its_body_and_term(qtbot, store, trajectory, open_sheet):
    """A decision route could not say which body decides and within what term."""
    view = open_sheet(trajectory, "borgen")
    card = view.cards["besluitvorming"]
    adder = card.findChild(ItemAdder)
    assert not adder.kind.isVisibleTo(adder)
    adder.party.setCurrentIndex(adder.party.findData("initiatief"))
    qtbot.keyClicks(adder.title, "Investering in het warmtenet")
    qtbot.keyClicks(adder.lead, "algemene ledenvergadering")
    qtbot.keyClick(adder.title, Qt.Key.Key_Return)
    [route] = _items(store, trajectory, "besluitvorming")
    assert (route.party, route.body) == ("initiatief", "algemene ledenvergadering")
    qtbot.waitUntil(lambda: route.id in card.groups["initiatief"].rows)
    row = card.groups["initiatief"].rows[route.id]
    row.extra["term"].setFocus()
    qtbot.keyClicks(row.extra["term"], "acht weken")
    row.saver.flush()
    assert _items(store, trajectory, "besluitvorming")[0].term == "acht weken"


def test_empty_name_is_refused_in_plain_dutch(qtbot, store, bus, trajectory, open_sheet):
    """Adding a body without a name would store an empty line."""
    view = open_sheet(trajectory, "borgen")
    adder = view.cards["werkstructuur"].findChild(ItemAdder)
    qtbot.keyClicks(adder.lead, "alles")
    qtbot.keyClick(adder.lead, Qt.Key.Key_Return)
    assert _items(store, trajectory, "werkstructuur") == []
    assert "naam van het orgaan of de rol" in str(bus.last_error)
