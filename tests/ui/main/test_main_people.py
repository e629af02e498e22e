"""People: grouped by party, edited in place, marked as left, and forgotten for privacy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from opgroei_desktop.core.services import people
from opgroei_desktop.ui.common import widgets


def people_page(window):
    return window.view.show_page("people")


def add(store, trajectory, name, party, **fields):
    return people.add_person(store, trajectory, name=name, party=party, **fields).id


def test_people_are_grouped_by_party_with_their_details(qtbot, store, window, trajectory):
    """If this fails, the facilitator cannot see who speaks for which side."""
    add(
        store,
        trajectory,
        "Anna de Vries",
        "gemeente",
        function="beleidsadviseur",
        organisation="Duurzaamheid",
        speaks_for="de afdeling",
    )
    add(store, trajectory, "Kees Jansen", "initiatief", consent_named=False)
    page = people_page(window)
    groups = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    assert [g.text(0) for g in groups] == [
        "Municipality (1)",
        "Initiative (1)",
        "Facilitator (0)",
        "Other (0)",
    ]
    anna = groups[0].child(0)
    assert [anna.text(c) for c in range(4)] == [
        "Anna de Vries",
        "beleidsadviseur, Duurzaamheid",
        "de afdeling",
        "named",
    ]
    assert groups[1].child(0).text(3) == "not named"


def test_long_functions_and_mandates_wrap_instead_of_being_cut_at_1280(
    qtbot, store, window, trajectory
):
    """If this fails, "Functie" and "Namens wie" end in "…" on a common laptop screen."""
    from PySide6.QtCore import QRect

    add(
        store,
        trajectory,
        "Karin Bos",
        "gemeente",
        function="programmaleider warmte",
        organisation="afdeling Duurzaamheid en Leefomgeving",
        speaks_for="het programma warmtetransitie; geen mandaat over het budget",
    )
    window.resize(1280, 800)
    page = people_page(window)
    karin = page.tree.topLevelItem(0).child(0)
    metrics = page.tree.fontMetrics()

    def fits(column: int) -> bool:
        rect = page.tree.visualRect(page.tree.indexFromItem(karin, column))
        needed = metrics.boundingRect(
            QRect(0, 0, rect.width() - 16, 100_000), Qt.TextFlag.TextWordWrap, karin.text(column)
        )
        return rect.height() >= needed.height() and needed.height() > metrics.height()

    qtbot.waitUntil(lambda: fits(1) and fits(2))


def test_editing_a_person_saves_and_moves_them_to_their_party(qtbot, store, window, trajectory):
    """If this fails, corrections to a person's party or consent are lost."""
    person = add(store, trajectory, "Anna", "gemeente")
    page = people_page(window)
    page.select(person)
    editor = page.editor
    editor.party.setCurrentIndex(editor.party.findData("anders"))
    assert people.get_person(store, person).party == "anders"
    qtbot.mouseClick(editor.consent, Qt.MouseButton.LeftButton)
    assert people.get_person(store, person).consent_named is False
    assert page.current_id() == person
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert people.get_person(store, person).party == "gemeente"
    assert people.get_person(store, person).consent_named is True


def test_mandate_basis_is_typed_with_the_person_who_signs(qtbot, store, window, trajectory):
    """If this fails, the authority someone signs on cannot be recorded for the comparitie."""
    person = add(store, trajectory, "Ria Jansen", "initiatief", function="voorzitter")
    page = people_page(window)
    page.select(person)
    editor = page.editor
    editor.mandate_basis.setFocus()
    qtbot.keyClicks(editor.mandate_basis, "artikel 16 van de statuten")
    editor.saver.flush()
    assert people.get_person(store, person).mandate_basis == "artikel 16 van de statuten"
    window.commands.undo.trigger()
    assert people.get_person(store, person).mandate_basis == ""


def test_someone_who_leaves_stays_in_the_history(qtbot, store, window, trajectory):
    """If this fails, people who left vanish from old minutes or cannot come back."""
    person = add(store, trajectory, "Kees", "initiatief")
    page = people_page(window)
    page.select(person)
    editor = page.editor
    editor.left_on.setDate(QDate(2026, 5, 1))
    editor.leave_button.click()
    assert people.get_person(store, person).left_on == date(2026, 5, 1)
    assert "left 01-05-2026" in page.tree.topLevelItem(1).child(0).text(0)
    assert editor.return_button.isVisible() and not editor.leave_button.isVisible()
    editor.return_button.click()
    assert people.get_person(store, person).left_on is None
    window.commands.undo.trigger()
    assert people.get_person(store, person).left_on == date(2026, 5, 1)


def test_forgetting_a_person_wipes_them_for_good_after_asking(
    qtbot, store, window, trajectory, monkeypatch
):
    """If this fails, a privacy request is not honoured, or undo brings a name back."""
    person = add(store, trajectory, "Kees Jansen", "initiatief", function="voorzitter")
    page = people_page(window)
    page.select(person)
    page.editor.function.setFocus()
    qtbot.keyClicks(page.editor.function, " bestuur")
    page.editor.saver.flush()
    asked = []
    monkeypatch.setattr(widgets, "confirm", lambda *args: asked.append(args) or False)
    page.editor.forget_button.click()
    assert asked and people.get_person(store, person).name == "Kees Jansen"
    window.work.bus.store.backup()
    monkeypatch.setattr(widgets, "confirm", lambda *args: asked.append(args) or True)
    page.editor.forget_button.click()
    assert "backup" in asked[-1][2], "the facilitator is told the backups still hold the name"
    backup = window.work.bus.store.backup_files()[0]
    assert b"Kees Jansen" not in backup.read_bytes()
    forgotten = people.get_person(store, person)
    assert forgotten.forgotten and forgotten.name == people.FORGOTTEN_NAME
    assert forgotten.function == ""
    assert not window.work.undo.canUndo()
    assert not page.editor.isEnabled()


def test_names_are_shown_as_typed_never_as_markup(qtbot, store, window, trajectory):
    """If this fails, a name with angle brackets turns into formatting or a remote image."""
    add(store, trajectory, "<b>Kees</b> <img src='http://x/y.png'>", "initiatief")
    page = people_page(window)
    item = page.tree.topLevelItem(1).child(0)
    assert item.text(0).startswith("<b>Kees</b>")
    assert "&lt;b&gt;Kees&lt;/b&gt;" in item.toolTip(0)
    assert "<img" not in item.toolTip(0)
