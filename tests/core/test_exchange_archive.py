"""A trajectory travels as one .opgroei file: export, import elsewhere, everything equal."""

from __future__ import annotations

import zipfile

import docx
import pytest

from opgroei_desktop.core.demo import create_demo
from opgroei_desktop.core.errors import OpgroeiError
from opgroei_desktop.core.exchange import export_archive, import_archive
from opgroei_desktop.core.exchange.tables import unattributed_tables
from opgroei_desktop.core.services import entries, meetings, trajectories
from opgroei_desktop.export.minutes import export_minutes

from .exchange_support import fingerprint, open_store, rows_of


@pytest.fixture
def demo(tmp_path):
    store = open_store(tmp_path / "laptop-a")
    trajectory_id = create_demo(store)
    yield store, trajectory_id
    store.close()


def _docx_text(path) -> list[str]:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    return lines


def test_every_table_either_travels_or_is_declared_local():
    """A table added to the models would otherwise silently be left out of every archive."""
    assert unattributed_tables() == []


def test_round_trip_into_an_empty_data_folder(demo, tmp_path):
    """A colleague opening the file must find the trajectory exactly as it was, row for row."""
    store, trajectory_id = demo
    archive = tmp_path / "vlinderhof.opgroei"
    result = export_archive(store, archive, [trajectory_id])
    assert result.counts["entries"] > 10 and result.left_out == {}
    other = open_store(tmp_path / "laptop-b")
    imported = import_archive(other, archive)
    assert imported.applied and imported.plan.trajectories[0].is_new
    assert rows_of(other, trajectory_id) == rows_of(store, trajectory_id)
    held = [m for m in meetings.list_meetings(store, trajectory_id) if m.status != "gepland"]
    assert held
    for meeting in held:
        mine = export_minutes(store, meeting.id, tmp_path / f"a-{meeting.id}.docx")
        theirs = export_minutes(other, meeting.id, tmp_path / f"b-{meeting.id}.docx")
        assert _docx_text(mine) == _docx_text(theirs)
    other.close()


def test_archive_is_a_zip_with_manifest_and_one_member_per_table(demo, tmp_path):
    """Anyone inspecting the file must find what it holds, with a checksum per part."""
    store, trajectory_id = demo
    path = export_archive(store, tmp_path / "t.opgroei", [trajectory_id]).path
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert names[0] == "manifest.json"
    assert "tables/entries.json" in names and "tables/agreement_events.json" in names


def test_reading_the_same_file_twice_changes_nothing(demo, tmp_path):
    """Opening a file a second time by mistake must not duplicate or touch anything."""
    store, trajectory_id = demo
    archive = export_archive(store, tmp_path / "t.opgroei", [trajectory_id]).path
    other = open_store(tmp_path / "laptop-b")
    import_archive(other, archive)
    before = fingerprint(other)
    again = import_archive(other, archive)
    assert again.plan.is_empty() and not again.applied
    assert fingerprint(other) == before
    other.close()


def test_reading_own_export_back_changes_nothing(demo, tmp_path):
    """Opening the file one just saved on the same laptop must leave the data as it is."""
    store, trajectory_id = demo
    archive = export_archive(store, tmp_path / "t.opgroei", [trajectory_id]).path
    before = fingerprint(store)
    result = import_archive(store, archive)
    assert result.plan.is_empty()
    assert fingerprint(store) == before


def test_dry_run_tells_and_writes_nothing(demo, tmp_path):
    """A trial import must say what would happen without changing the data folder."""
    store, trajectory_id = demo
    archive = export_archive(store, tmp_path / "t.opgroei", [trajectory_id]).path
    other = open_store(tmp_path / "laptop-b")
    before = fingerprint(other)
    result = import_archive(other, archive, dry_run=True)
    assert not result.applied and result.plan.trajectories[0].added() > 50
    assert fingerprint(other) == before
    assert trajectories.list_trajectories(other) == []
    other.close()


def test_all_trajectories_travel_in_one_file(demo, tmp_path):
    """Moving to a new laptop must bring every trajectory along in one file."""
    store, demo_id = demo
    second = trajectories.create_trajectory(
        store, municipality="Gemeente Zeedorp", initiative="Coöperatie Zeewind"
    ).id
    archive = export_archive(store, tmp_path / "alles.opgroei").path
    other = open_store(tmp_path / "laptop-b")
    import_archive(other, archive)
    assert {t.id for t in trajectories.list_trajectories(other)} == {demo_id, second}
    assert rows_of(other, second) == rows_of(store, second)
    other.close()


def test_handover_leaves_out_the_facilitators_own_notes(demo, tmp_path):
    """Parties taking over must not receive what the facilitator noted for themselves only."""
    store, trajectory_id = demo
    # A held meeting whose minutes are still a concept: adopted minutes take no new notes.
    meeting = next(
        m for m in meetings.list_meetings(store, trajectory_id) if m.status == "verslag_concept"
    )
    own = entries.capture_entry(
        store, trajectory_id, meeting_id=meeting.id, text="Let op de wethouder", kind="prive"
    ).id
    result = export_archive(store, tmp_path / "t.opgroei", [trajectory_id], handover=True)
    assert result.left_out == {"entries": 1}
    other = open_store(tmp_path / "laptop-b")
    import_archive(other, result.path)
    theirs, mine = rows_of(other, trajectory_id), rows_of(store, trajectory_id)
    assert theirs["trajectories"][trajectory_id]["notes"] == ""
    assert set(theirs["entries"]) == set(mine["entries"]) - {own}
    assert any(e["voice"] == "procesbegeleider" for e in theirs["entries"].values())
    for name in ("agreements", "actions", "meetings", "people", "milestones"):
        assert theirs[name] == mine[name]
    mine_minutes = export_minutes(store, meeting.id, tmp_path / "a.docx")
    their_minutes = export_minutes(other, meeting.id, tmp_path / "b.docx")
    assert _docx_text(mine_minutes) == _docx_text(their_minutes)
    other.close()


def test_unknown_trajectory_is_refused_before_writing(demo, tmp_path):
    """Asking to save a trajectory that does not exist must say so and write no file."""
    store, _ = demo
    with pytest.raises(OpgroeiError, match="bestaat niet"):
        export_archive(store, tmp_path / "t.opgroei", ["nope"])
    assert not (tmp_path / "t.opgroei").exists()


def test_the_account_per_agenda_item_travels_in_a_handover(demo, tmp_path):
    """A successor would receive the minutes without the account the secretary wrote."""
    store, trajectory_id = demo
    meeting = next(
        m for m in meetings.list_meetings(store, trajectory_id) if m.status == "verslag_concept"
    )
    item = meetings.list_agenda(store, meeting.id)[2]
    account = "De partijen spreken een stuurgroep en drie werkgroepen af."
    meetings.update_agenda_item(store, item.id, account=account)
    meetings.update_meeting(store, meeting.id, notes_annex=False)
    result = export_archive(store, tmp_path / "t.opgroei", [trajectory_id], handover=True)
    other = open_store(tmp_path / "laptop-b")
    import_archive(other, result.path)
    assert meetings.list_agenda(other, meeting.id)[2].account == account
    assert meetings.get_meeting(other, meeting.id).notes_annex is False
    their_minutes = _docx_text(export_minutes(other, meeting.id, tmp_path / "b.docx"))
    assert account in their_minutes
    other.close()
