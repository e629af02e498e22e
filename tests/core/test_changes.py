"""Changes say everything: a view that trusts them never stays stale."""

from __future__ import annotations

import hashlib
import importlib
import inspect
import pkgutil
import sqlite3

import pytest

from opgroei_desktop.core import services
from opgroei_desktop.core.changes import Changes
from opgroei_desktop.core.services import (
    entries,
    exercises,
    meetings,
    minutes_status,
    people,
    trajectories,
)


def _table_digests(store) -> dict[str, str]:
    """A fingerprint of every table's rows, read from the database file itself."""
    connection = sqlite3.connect(store.path)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search%' AND name != 'alembic_version'"
            )
        ]
        return {
            name: hashlib.sha256(
                repr(
                    connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
                ).encode()
            ).hexdigest()
            for name in names
        }
    finally:
        connection.close()


def _written(store, call) -> tuple[set[str], Changes]:
    before = _table_digests(store)
    changes = call()
    after = _table_digests(store)
    return {name for name in after if after[name] != before.get(name)}, changes


@pytest.fixture
def room(store):
    """A trajectory with a person and a meeting that has been held."""
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id
    person = people.add_person(store, trajectory, name="Karin Smit", party="gemeente").id
    meeting = meetings.plan_meeting(
        store, trajectory, title="Overleg", starts_at="01-12-2026 19:30"
    ).id
    item = meetings.add_agenda_item(store, meeting, title="Kennismaken").id
    return {"store": store, "trajectory": trajectory, "person": person, "meeting": meeting,
            "item": item}  # fmt: skip


def _capture(room, text, **fields):
    return entries.capture_entry(
        room["store"], room["trajectory"], meeting_id=room["meeting"], text=text, **fields
    )


def _card(room):
    return exercises.add_card(
        room["store"], room["meeting"], text="De gemeente wil alles zelf", author_party="initiatief"
    ).id


# Each case prepares what it needs and returns the one service call that is measured.
CASES = {
    "capture an action": lambda r: (
        lambda: _capture(r, "Offertes opvragen", kind="actie", voice="gemeente")
    ),
    "capture an agreement": lambda r: lambda: _capture(r, "We delen de kosten", kind="afspraak"),
    "capture a decision": lambda r: lambda: _capture(r, "Akkoord met de planning", kind="besluit"),
    "delete a note with its proposal": lambda r: (
        lambda entry: lambda: entries.delete_entry(r["store"], entry)
    )(_capture(r, "Samen optrekken", kind="afspraak").id),
    "re-file a note as an action": lambda r: (
        lambda entry: lambda: entries.update_entry(r["store"], entry, kind="actie")
    )(_capture(r, "Henk belt de ALV", kind="opmerking").id),
    "judge a card": lambda r: (
        lambda card: lambda: exercises.judge_card(r["store"], card, "niet_waar")
    )(_card(r)),
    "forget a person": lambda r: lambda: people.forget_person(r["store"], r["person"]),
    "set attendance": lambda r: (
        lambda: meetings.set_attendance(r["store"], r["meeting"], r["person"], status="aanwezig")
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_changes_name_every_table_the_service_wrote(room, name):
    """If this fails, a view that trusts Changes (the action register, the projector) stays
    stale after this edit until the app is restarted."""
    written, changes = _written(room["store"], CASES[name](room))
    assert written, "the case wrote nothing, so it proves nothing"
    assert written <= changes.kinds, f"not announced: {sorted(written - changes.kinds)}"
    assert changes.kinds <= written | {changes.kind}, (
        f"announced but not written: {sorted(changes.kinds - written - {changes.kind})}"
    )


def test_a_captured_action_is_announced_with_its_ids(room):
    """If this fails, the action register misses an action captured in the meeting."""
    changes = _capture(room, "Offertes opvragen", kind="actie", voice="gemeente")
    assert changes.touches("actions") and len(changes.ids_of("actions")) == 1
    assert changes.concerns(room["trajectory"]) and not changes.concerns("elders")


def _service_functions():
    for module_info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"{services.__name__}.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            if "Changes" in str(inspect.signature(function).return_annotation):
                yield f"{module_info.name}.{name}", function


def test_every_service_reports_what_it_wrote():
    """If this fails, a service was added that announces only what its author remembered."""
    found = dict(_service_functions())
    assert len(found) > 40
    undecorated = [name for name, fn in found.items() if not getattr(fn, "is_service", False)]
    assert not undecorated, f"not marked @service: {undecorated}"


def test_minutes_adoption_is_one_change(room):
    """If this fails, the minutes page shows 'concept' after both parties agreed."""
    store, meeting = room["store"], room["meeting"]
    meetings.start_meeting(store, meeting)
    meetings.end_meeting(store, meeting)
    minutes_status.agree_minutes(store, meeting, "gemeente", "Karin Smit")
    changes = minutes_status.agree_minutes(store, meeting, "initiatief", "Henk Bos")
    assert meeting in changes.ids_of("meetings")
