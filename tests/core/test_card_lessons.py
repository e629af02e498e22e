"""A judged assumption card knows its own lesson, whatever its text or its neighbours'."""

from __future__ import annotations

from opgroei_desktop.core.services import entries, exercises, meetings, trajectories


def test_cards_with_the_same_text_each_keep_their_lesson_through_edits(store):
    """If this fails, two cards that read the same share one lesson, and correcting a card's
    wording loses its lesson on the kennen worksheet."""
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id
    meeting = meetings.plan_meeting(store, trajectory, title="Komedie").id
    cards = [
        exercises.add_card(
            store, meeting, text="Zij willen alles gratis", author_party="gemeente"
        ).id
        for _ in range(2)
    ]
    for card in cards:
        exercises.judge_card(store, card, "niet_waar", "We betalen mee.")
    first, second = exercises.list_cards(store, meeting)
    assert first.lesson_entry_id and second.lesson_entry_id
    assert first.lesson_entry_id != second.lesson_entry_id

    exercises.update_card(store, first.id, text="Zij willen alles voor niets")
    lesson = entries.get_entry(store, first.lesson_entry_id)
    assert lesson.text.startswith("“Zij willen alles voor niets”")
    assert entries.get_entry(store, second.lesson_entry_id).text.startswith(
        "“Zij willen alles gratis”"
    )

    exercises.judge_card(store, first.id, "waar")
    remaining = entries.list_entries(store, trajectory, worksheet="kennen")
    assert [lesson.id for lesson in remaining] == [second.lesson_entry_id]
