"""Forget means forget: a forgotten name is gone from every byte the app keeps."""

from __future__ import annotations

from pathlib import Path

import docx

from opgroei_desktop.core.services import entries, meetings, people, trajectories
from opgroei_desktop.core.store import Store
from opgroei_desktop.export.minutes import adopt_minutes, export_minutes

NAME = "Karin Smitsvoort"


def _files(store: Store) -> list[Path]:
    return [p for p in store.path.parent.glob(store.path.name + "*") if p.is_file()]


def _holds_name(path: Path) -> bool:
    data = path.read_bytes()
    return any(
        variant.encode() in data
        for variant in (NAME, NAME.lower(), NAME.upper(), "Smitsvoort", "smitsvoort")
    )


def _trajectory_with(store: Store) -> tuple[str, str, str]:
    trajectory = trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id
    karin = people.add_person(
        store, trajectory, name=NAME, party="gemeente", function="wethouder"
    ).id
    meeting = meetings.plan_meeting(
        store, trajectory, title="Overleg", starts_at="01-12-2026 19:30", minute_taker=NAME
    ).id
    meetings.set_attendance(
        store, meeting, karin, status="aanwezig", speaks_for_today=f"het college, zegt {NAME}"
    )
    entries.capture_entry(
        store, trajectory, meeting_id=meeting, text=f"{NAME} belt de netbeheerder", person_id=karin
    )
    entries.capture_entry(
        store, trajectory, meeting_id=meeting, text=f"Offertes opvragen door {NAME.lower()}",
        kind="actie", owner_person_id=karin,
    )  # fmt: skip
    meetings.update_meeting(store, meeting, status="gehouden")
    adopt_minutes(store, meeting, "gemeente", NAME, "02-12-2026")
    adopt_minutes(store, meeting, "initiatief", "Henk Mulder", "03-12-2026")
    return trajectory, meeting, karin


def test_a_forgotten_name_is_nowhere_in_the_file_its_log_index_or_exports(store, tmp_path):
    """If this fails, a person who asked to be forgotten can still be found in the data
    folder, the search, or a document exported afterwards."""
    trajectory, meeting, karin = _trajectory_with(store)
    assert any(_holds_name(path) for path in _files(store)), "the test must start with the name"

    people.forget_person(store, karin)

    assert not any(_holds_name(path) for path in _files(store))
    from opgroei_desktop.core.search import search

    assert not search(store, "Smitsvoort", trajectory_id=trajectory)
    document = docx.Document(str(export_minutes(store, meeting, tmp_path / "verslag.docx")))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "Smitsvoort" not in text
    assert "(naam verwijderd)" in text, "the adopted minutes keep the place of the name"
    assert meetings.get_meeting(store, meeting).status == "verslag_vastgesteld"


def test_forgetting_scrubs_the_backups_when_asked(store):
    """If this fails, the name stays in the backups beside the database."""
    _trajectory, _meeting, karin = _trajectory_with(store)
    backup = store.backup()
    assert _holds_name(backup)
    people.forget_person(store, karin)
    assert people.forget_in_backups(store, NAME) >= 1
    assert not _holds_name(backup)
