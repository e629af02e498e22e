"""Opening a trajectory from a .opgroei file in the app: conflicts asked per field."""

from __future__ import annotations

import docx
import pytest

from opgroei_desktop.core.exchange import Choice, export_archive, import_archive
from opgroei_desktop.core.services import entries, trajectories
from opgroei_desktop.core.store import Store


@pytest.fixture
def colleague(tmp_path, store, trajectory):
    """A colleague's laptop that opened our file and then worked on the trajectory."""
    other = Store.open(tmp_path / "collega")
    import_archive(other, export_archive(store, tmp_path / "f0.opgroei", [trajectory]).path)
    yield other
    other.close()


def test_open_from_file_asks_about_the_conflict_and_merges(
    qtbot, tmp_path, store, trajectory, colleague, window
):
    """Work from a colleague's laptop must arrive, with the facilitator choosing on a clash."""
    entries.capture_entry(store, trajectory, text="Notitie hier", kind="opmerking")
    trajectories.update_trajectory(store, trajectory, phase="Planfase")
    entries.capture_entry(colleague, trajectory, text="Notitie van de collega", kind="idee")
    trajectories.update_trajectory(colleague, trajectory, phase="Realisatie")
    path = export_archive(colleague, tmp_path / "f1.opgroei", [trajectory]).path

    window.exchange.open_from_file(str(path))
    dialog = window.exchange.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Planfase"
    assert dialog.table.item(0, 3).text() == "Realisatie"
    dialog.choose(0, Choice.THEIRS)
    dialog.merge_button.click()

    assert trajectories.get_trajectory(store, trajectory).phase == "Realisatie"
    texts = sorted(e.text for e in entries.list_entries(store, trajectory))
    assert texts == ["Notitie hier", "Notitie van de collega"]
    assert window.current_trajectory() == trajectory
    assert window.message_bar.isVisible()

    window.exchange.open_from_file(str(path))
    assert window.exchange.dialog is None
    assert trajectories.get_trajectory(store, trajectory).phase == "Realisatie"


def test_cancelling_the_conflicts_changes_nothing(
    qtbot, tmp_path, store, trajectory, colleague, window
):
    """Closing the choice without merging must leave this laptop's data as it was."""
    trajectories.update_trajectory(store, trajectory, phase="Planfase")
    entries.capture_entry(colleague, trajectory, text="Notitie van de collega", kind="idee")
    trajectories.update_trajectory(colleague, trajectory, phase="Realisatie")
    path = export_archive(colleague, tmp_path / "f1.opgroei", [trajectory]).path
    window.exchange.open_from_file(str(path))
    window.exchange.dialog.reject()
    assert trajectories.get_trajectory(store, trajectory).phase == "Planfase"
    assert entries.list_entries(store, trajectory) == []


def test_a_damaged_file_is_refused_in_the_message_bar(qtbot, tmp_path, store, window):
    """A wrong file must be refused with a readable message, not a crash."""
    wrong = tmp_path / "kapot.opgroei"
    wrong.write_bytes(b"niet een archief")
    window.exchange.open_from_file(str(wrong))
    assert "geen zip-archief" in window.message_bar.text.text()


def test_save_as_file_opens_on_another_laptop(qtbot, tmp_path, store, trajectory, window):
    """A trajectory saved from the menu must open elsewhere as the same trajectory."""
    assert window.commands.save_file.isEnabled()
    target = tmp_path / "overdracht"
    window.exchange.save_to_file(trajectory, str(target), handover=True)
    saved = tmp_path / "overdracht.opgroei"
    assert saved.exists()
    elsewhere = Store.open(tmp_path / "elders")
    import_archive(elsewhere, saved)
    assert [t.id for t in trajectories.list_trajectories(elsewhere)] == [trajectory]
    elsewhere.close()


def test_save_dossier_writes_in_the_background(qtbot, tmp_path, store, trajectory, window):
    """The dossier button must write the file without freezing the window, then say where."""
    assert window.commands.save_dossier.isEnabled()
    target = tmp_path / "dossier.docx"
    with qtbot.waitSignal(window.dossier.finished, timeout=20000) as done:
        window.dossier.save(trajectory, str(target))
    assert done.args == [str(target), ""]
    headings = [
        p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "Heading 1"
    ]
    assert headings[0] == "In één oogopslag"
    assert "dossier.docx" in window.message_bar.text.text()
