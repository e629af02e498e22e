"""Migration 0010: step extra time and anonymous baseline respondents, old data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import agenda, exercises, meetings
from opgroei_desktop.core.store import Store

SCHEMA_0009 = Path(__file__).parent / "data" / "schema-0009.sqlite3"


def test_schema_0009_database_keeps_its_running_meeting_and_scores(tmp_path):
    """After updating, a meeting left running resumes with its time, and named scores stay."""
    shutil.copy(SCHEMA_0009, tmp_path / DATABASE_NAME)
    store = Store.open(tmp_path)
    assert store.report.migrated_from == "0009"
    meeting = meetings.get_meeting(store, "m1")
    assert (meeting.status, meeting.current_step_id) == ("bezig", "s2")
    script = meetings.list_script(store, "m1")
    assert [(s.spent_seconds, s.extra_seconds) for s in script] == [(600, 0), (125, 0)]
    agenda.set_extra_time(store, "s2", 300)
    assert meetings.list_script(store, "m1")[1].extra_seconds == 300
    [score] = exercises.scores(store, "n1")
    assert (score.person_id, score.respondent, score.score) == ("p1", None, 4)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    store.close()
