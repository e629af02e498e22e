"""Two copies of a trajectory changed apart merge into one; true conflicts are asked about."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.errors import OpgroeiError
from opgroei_desktop.core.exchange import (
    Choice,
    export_archive,
    import_archive,
    preview_import,
)
from opgroei_desktop.core.services import agreements, entries, trajectories

from .exchange_support import fingerprint, open_store, rows_of


@pytest.fixture
def copies(tmp_path):
    """Laptop A with a trajectory, and laptop B that opened A's file of it."""
    a = open_store(tmp_path / "a")
    b = open_store(tmp_path / "b")
    trajectory_id = trajectories.create_trajectory(
        a, municipality="Gemeente Zeedorp", initiative="Coöperatie Zeewind", phase="Verkenning"
    ).id
    kept = agreements.create_agreement(
        a, trajectory_id, worksheet="borgen", text="Wij delen stukken vooraf."
    ).id
    changed = agreements.create_agreement(
        a, trajectory_id, worksheet="rollen", text="De gemeente trekt de studie."
    ).id
    import_archive(b, export_archive(a, tmp_path / "f0.opgroei", [trajectory_id]).path)
    yield a, b, trajectory_id, kept, changed
    a.close()
    b.close()


def _change_both(a, b, trajectory_id, agreement_id):
    entries.capture_entry(a, trajectory_id, text="Notitie van laptop A", kind="opmerking")
    trajectories.update_trajectory(a, trajectory_id, phase="Planfase")
    entries.capture_entry(b, trajectory_id, text="Notitie van laptop B", kind="idee")
    agreements.reword(b, agreement_id, "Gemeente en coöperatie trekken de studie samen.")
    trajectories.update_trajectory(b, trajectory_id, phase="Realisatie")


def _texts(store, trajectory_id):
    return sorted(e.text for e in entries.list_entries(store, trajectory_id))


LOCAL = ("updated_at", "row_version")
"""Kept by each copy for itself: when a row last changed there, and how often."""


def _without_stamps(tables):
    return {
        name: {i: {k: v for k, v in row.items() if k not in LOCAL} for i, row in rows.items()}
        for name, rows in tables.items()
    }


def test_merge_gives_the_union_and_asks_about_the_one_true_conflict(copies, tmp_path):
    """Work done on two laptops must all arrive; only a field both changed is asked about."""
    a, b, trajectory_id, kept, changed = copies
    _change_both(a, b, trajectory_id, changed)
    f1 = export_archive(b, tmp_path / "f1.opgroei", [trajectory_id]).path
    preview = preview_import(a, f1)
    [conflict] = preview.plan.conflicts
    assert (conflict.table, conflict.field) == ("trajectories", "phase")
    assert (conflict.base, conflict.mine, conflict.theirs) == (
        "Verkenning",
        "Planfase",
        "Realisatie",
    )
    result = import_archive(a, f1, {conflict.key: Choice.THEIRS})
    assert result.applied
    assert _texts(a, trajectory_id) == ["Notitie van laptop A", "Notitie van laptop B"]
    assert agreements.get_agreement(a, changed).text.startswith("Gemeente en coöperatie")
    assert agreements.get_agreement(a, kept).text == "Wij delen stukken vooraf."
    assert trajectories.get_trajectory(a, trajectory_id).phase == "Realisatie"
    assert len(agreements.history(a, changed)) == len(agreements.history(b, changed))


def test_unresolved_conflict_changes_nothing(copies, tmp_path):
    """Without a choice for every conflict the import must stop and leave the data as it was."""
    a, b, trajectory_id, _, changed = copies
    _change_both(a, b, trajectory_id, changed)
    f1 = export_archive(b, tmp_path / "f1.opgroei", [trajectory_id]).path
    before = fingerprint(a)
    with pytest.raises(OpgroeiError, match="Kies per verschil"):
        import_archive(a, f1)
    assert fingerprint(a) == before


def test_reimport_after_merge_is_a_no_op(copies, tmp_path):
    """Opening the colleague's file again after merging must change nothing."""
    a, b, trajectory_id, _, changed = copies
    _change_both(a, b, trajectory_id, changed)
    f1 = export_archive(b, tmp_path / "f1.opgroei", [trajectory_id]).path
    [conflict] = preview_import(a, f1).plan.conflicts
    import_archive(a, f1, {conflict.key: Choice.MINE})
    before = fingerprint(a)
    again = import_archive(a, f1)
    assert again.plan.is_empty() and not again.applied
    assert fingerprint(a) == before
    assert trajectories.get_trajectory(a, trajectory_id).phase == "Planfase"


def test_sending_the_merge_back_brings_both_copies_level(copies, tmp_path):
    """After A merged B's file and sent the result back, both laptops must hold the same."""
    a, b, trajectory_id, _, changed = copies
    _change_both(a, b, trajectory_id, changed)
    f1 = export_archive(b, tmp_path / "f1.opgroei", [trajectory_id]).path
    [conflict] = preview_import(a, f1).plan.conflicts
    import_archive(a, f1, {conflict.key: Choice.MINE})
    entries.capture_entry(a, trajectory_id, text="Na de samenvoeging", kind="opmerking")
    f2 = export_archive(a, tmp_path / "f2.opgroei", [trajectory_id]).path
    preview = preview_import(b, f2)
    assert preview.plan.conflicts == []
    import_archive(b, f2)
    assert _without_stamps(rows_of(b, trajectory_id)) == _without_stamps(rows_of(a, trajectory_id))
    assert trajectories.get_trajectory(b, trajectory_id).phase == "Planfase"


def test_without_a_shared_past_the_later_change_wins(tmp_path):
    """Two copies that never exchanged before must still merge, the newer row winning."""
    a = open_store(tmp_path / "a")
    b = open_store(tmp_path / "b")
    trajectory_id = trajectories.create_trajectory(
        a, municipality="Gemeente Zeedorp", initiative="Coöperatie Zeewind"
    ).id
    archive = export_archive(a, tmp_path / "f0.opgroei", [trajectory_id]).path
    import_archive(b, archive)
    with b.transaction() as session:
        from opgroei_desktop.core.models import ExchangeSnapshot

        session.query(ExchangeSnapshot).delete()
    trajectories.update_trajectory(b, trajectory_id, area="Duinkant")
    plan = preview_import(a, export_archive(b, tmp_path / "f1.opgroei", [trajectory_id]).path)
    assert plan.plan.conflicts == []
    assert plan.plan.trajectories[0].updates["trajectories"][trajectory_id] == {"area": "Duinkant"}
    a.close()
    b.close()
