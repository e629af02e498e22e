"""The overview picture and its side panel, and the simple worksheet page a tile opens."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from opgroei_desktop.core.services import actions, agreements, entries, meetings, trajectories
from opgroei_desktop.ui.main.trajectory_view import PAGES


def test_tiles_count_entries_and_agreements_and_follow_changes(qtbot, store, window, trajectory):
    """If this fails, the overview misstates how far each theme has come."""
    tiles = window.view.overview.picture.tiles
    assert set(tiles) == {
        "kennen",
        "stappen",
        "borgen",
        "verhaal",
        "namens_wie",
        "rollen",
        "veerkracht",
        "financiering",
    }
    assert tiles["rollen"].tally.entries == 0
    window.work.bus.run(
        entries.capture_entry, trajectory, text="Wie trekt wat?", worksheet="rollen"
    )
    assert tiles["rollen"].tally.entries == 1
    changes = window.work.bus.run(
        agreements.create_agreement, trajectory, worksheet="rollen", text="Wij delen taken"
    )
    window.work.bus.run(agreements.agree, changes.id, "gemeente")
    window.work.bus.run(agreements.agree, changes.id, "initiatief")
    assert (tiles["rollen"].tally.agreements, tiles["rollen"].tally.agreed) == (1, 1)
    assert tiles["rollen"].counts_text() == "1 entries · 1 of 1 agreed"


def test_a_fully_agreed_component_tile_shows_counts_and_no_progress_bar(qtbot, window):
    """If this fails, a DOEN tile fills up like a task bar, as if a component could be done."""
    from PySide6.QtGui import QColor

    from opgroei_desktop.core.services.worksheet_data import WorksheetTally
    from opgroei_desktop.ui.theme import COLOURS

    tile = window.view.overview.picture.tiles["kennen"]
    tile.set_tally(WorksheetTally(entries=4, agreements=2, agreed=2))
    image = tile.grab().toImage()
    green = QColor(COLOURS.ok)
    bottom = range(image.height() - 24, image.height())
    assert not any(image.pixelColor(x, y) == green for x in range(image.width()) for y in bottom)
    assert "2 of 2 agreed" in tile.counts_text()


def test_a_tile_opens_its_entries_newest_first_with_meeting_and_party(
    qtbot, store, window, trajectory
):
    """If this fails, what was said about a theme cannot be read back."""
    meeting = meetings.plan_meeting(
        store, trajectory, title="Kennismaking", starts_at="10-03-2026 19:30"
    ).id
    for text in ("Eerste gedachte", "Tweede gedachte"):
        window.work.bus.run(
            entries.capture_entry,
            trajectory,
            meeting_id=meeting,
            text=text,
            worksheet="kennen",
            voice="initiatief",
        )
    tile = window.view.overview.picture.tiles["kennen"]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    host = window.view.worksheet_page
    assert window.view.overview_stack.currentWidget() is host
    assert host.title.text() == "Leer elkaar kennen"
    sheet = host.current
    texts = [entry.text for block in sheet.sheet.sections for entry in block.entries]
    assert texts == ["Tweede gedachte", "Eerste gedachte"]
    host.back_button.setFocus()
    qtbot.keyClick(host.back_button, Qt.Key.Key_Escape)
    assert window.view.overview_stack.currentWidget() is window.view.overview
    qtbot.mouseClick(window.view.overview.picture.tiles["rollen"], Qt.MouseButton.LeftButton)
    assert host.title.text() == "Wat zijn onze rollen?"
    assert host.current is not sheet


def test_side_panel_shows_preconditions_meeting_actions_and_milestone(
    qtbot, store, window, trajectory
):
    """If this fails, the facilitator misses an overdue action or the next meeting."""
    overview = window.view.overview
    bus = window.work.bus
    bus.run(
        trajectories.set_precondition,
        trajectory,
        "meerwaarde",
        "gemeente",
        confirmed_on="01-03-2026",
    )
    bus.run(trajectories.set_precondition, trajectory, "meerwaarde", "initiatief", left_open=True)
    states = overview.precondition_states
    assert states[("meerwaarde", "gemeente")].text() == "✓ confirmed 01-03-2026"
    assert states[("meerwaarde", "initiatief")].text() == "○ still open"
    assert states[("tijd_en_pauze", "gemeente")].text() == "○ not discussed yet"

    assert not overview.meeting_button.isVisible()
    soon = (date.today() + timedelta(days=3)).strftime("%d-%m-%Y") + " 19:30"
    bus.run(meetings.plan_meeting, trajectory, title="Tweede ronde", starts_at=soon)
    assert overview.meeting_text.itemAt(0).widget().text() == "Tweede ronde"
    assert overview.meeting_button.isVisible()

    late = date.today() - timedelta(days=5)
    bus.run(actions.create_action, trajectory, what="Notitie rondsturen", due_on=late)
    bus.run(actions.create_action, trajectory, what="Zaal boeken")
    assert overview.actions_text.itemAt(0).widget().text() == "2 open action(s)"
    assert overview.overdue_head.isVisible()
    assert overview.overdue_head.text() == "1 overdue:"
    assert "Notitie rondsturen" in overview.overdue_text.text()
    assert late.strftime("%d-%m-%Y") in overview.overdue_text.text()

    overview.meeting_button.click()
    page = window.view.page("meetings")
    assert window.view.tabs.currentWidget().page is page
    assert page.editor.title.text() == "Tweede ronde"


def test_search_page_opens_the_hit_on_its_worksheet(qtbot, store, window, trajectory):
    """If this fails, a facilitator searching for last year's remark cannot get to it."""
    bus = window.work.bus
    bus.run(
        entries.capture_entry, trajectory, text="De warmtepomp in de school", worksheet="stappen"
    )
    window.commands.pages[PAGES.index("search")].trigger()
    page = window.view.page("search")
    assert page.panel.box.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(page.panel.box, "warmtep")
    qtbot.waitUntil(lambda: page.panel.model.rowCount() == 1, timeout=3000)
    page.panel.results.setCurrentIndex(page.panel.model.index(0))
    qtbot.keyClick(page.panel.results, Qt.Key.Key_Return)
    assert window.view.tabs.currentIndex() == 0
    assert window.view.overview_stack.currentWidget() is window.view.worksheet_page
    assert window.view.worksheet_page.title.text() == "Ga stapsgewijs aan de slag"


def test_actions_page_lists_the_trajectory_actions(qtbot, store, window, trajectory):
    """If this fails, open actions would only be visible inside a worksheet."""
    window.work.bus.run(actions.create_action, trajectory, what="Offertes opvragen")
    page = window.view.show_page("actions")
    assert page.view.model.rowCount() == 1
