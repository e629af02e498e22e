"""The overview picture and its side panel, and the simple worksheet page a tile opens."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from opgroei_desktop.core.services import actions, agreements, entries, meetings, trajectories


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
    page = window.view.worksheet_page
    assert window.view.overview_stack.currentWidget() is page
    rows = [page.list.topLevelItem(i) for i in range(page.list.topLevelItemCount())]
    assert [row.text(0) for row in rows] == ["Tweede gedachte", "Eerste gedachte"]
    assert rows[0].text(2) == "Initiative"
    assert rows[0].text(3).startswith("Kennismaking")
    qtbot.keyClick(page.list, Qt.Key.Key_Escape)
    assert window.view.overview_stack.currentWidget() is window.view.overview
    qtbot.mouseClick(window.view.overview.picture.tiles["rollen"], Qt.MouseButton.LeftButton)
    assert page.title.text() == "Wat zijn onze rollen?"
    assert page.list.topLevelItemCount() == 0 and page.empty.isVisible()


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
