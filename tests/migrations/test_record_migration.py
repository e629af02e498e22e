"""Migration 0009: each busted card is linked to its own lesson; adopted minutes get a history."""

from __future__ import annotations

import shutil
from pathlib import Path

from opgroei_desktop.core import migrate
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import entries, exercises
from opgroei_desktop.core.store import Store

SCHEMA_0008 = Path(__file__).parent / "data" / "schema-0008.sqlite3"


def test_two_cards_with_the_same_text_keep_their_own_lesson(tmp_path):
    """If this fails, two cards with the same text share one lesson after the update, and
    judging one again takes away the other's lesson."""
    shutil.copy(SCHEMA_0008, tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    assert (store.report.migrated_from, store.report.revision) == ("0008", migrate.HEAD)
    first, second = exercises.list_cards(store, "m1")
    assert (first.lesson_entry_id, second.lesson_entry_id) == ("e1", "e2")
    exercises.judge_card(store, "c1", "waar")
    lessons = entries.list_entries(store, "t1", worksheet="kennen")
    assert [lesson.id for lesson in lessons] == ["e2"]
    store.close()
