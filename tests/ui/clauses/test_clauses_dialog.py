"""The "Draft documents" dialog: review, reword and switch articles for one document, export."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import agreements, clause_documents
from opgroei_desktop.core.store import Store
from opgroei_desktop.ui.clauses.dialog import ClausesDialog

STUURGROEP = "Er komt een stuurgroep"
WERKGROEPEN = "Werkgroepen: techniek"


@pytest.fixture
def demo(bus):
    return ensure_demo(bus.store)[0]


@pytest.fixture
def dialog(qtbot, bus, library, settings, demo):
    undo = QUndoStack()
    window = ClausesDialog(bus, library, settings, undo, demo)
    window.undo_stack = undo
    qtbot.addWidget(window)
    window.set_doc_type("intentieovereenkomst")
    window.show()
    return window


def _find(bus, demo, start):
    return next(a for a in agreements.list_agreements(bus.store, demo) if a.text.startswith(start))


def _export(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        assert dialog.export_to(str(path)) is not None
    return "\n".join(p.text for p in docx.Document(blocker.args[0]).paragraphs)


def test_rewording_in_the_preview_keeps_the_agreement(qtbot, dialog, bus, demo, tmp_path):
    """Rewording for the document must not touch the worksheet, but must reach the export."""
    stuurgroep = _find(bus, demo, STUURGROEP)
    dialog.tree.setCurrentItem(dialog.tree.item_for(stuurgroep.id))
    assert dialog.original.text() == stuurgroep.text
    dialog.wording.setFocus()
    qtbot.keyClicks(dialog.wording, "Partijen richten samen een stuurgroep op.")
    qtbot.waitUntil(
        lambda: bool(clause_documents.get_choices(bus.store, demo, "intentieovereenkomst"))
    )
    assert agreements.get_agreement(bus.store, stuurgroep.id).text == stuurgroep.text
    text = _export(qtbot, dialog, tmp_path / "intentie.docx")
    assert "Partijen richten samen een stuurgroep op." in text and STUURGROEP not in text
    assert "versie 1" in text
    assert clause_documents.get_document(bus.store, demo, "intentieovereenkomst").version == 1
    assert "version 1" in dialog.version.text(), "the same draft keeps its number"


def test_switching_an_article_off_removes_it_and_is_kept(qtbot, dialog, bus, demo, tmp_path):
    """An article switched off must be gone from the next export and stay off after a restart."""
    werkgroepen = _find(bus, demo, WERKGROEPEN)
    item = dialog.tree.item_for(werkgroepen.id)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(
        lambda: (
            werkgroepen.id in clause_documents.get_choices(bus.store, demo, "intentieovereenkomst")
        )
    )
    assert dialog.tree.item_for(werkgroepen.id).text(0).startswith("—")
    text = _export(qtbot, dialog, tmp_path / "zonder.docx")
    assert "4.2\t[Voorstel" not in text and WERKGROEPEN not in text.split("Bijlage")[0]
    reopened = Store.open(bus.store.data_dir)
    assert not clause_documents.get_choices(reopened, demo, "intentieovereenkomst")[
        werkgroepen.id
    ].included
    reopened.close()
    dialog.undo_stack.undo()
    assert clause_documents.get_choices(bus.store, demo, "intentieovereenkomst")[
        werkgroepen.id
    ].included


def test_choices_are_per_document_type(qtbot, dialog, bus, demo):
    """Leaving something out of the letter of intent must not change the covenant."""
    werkgroepen = _find(bus, demo, WERKGROEPEN)
    dialog.set_included(werkgroepen.id, False)
    dialog.set_doc_type("convenant")
    assert dialog.tree.item_for(werkgroepen.id).checkState(0) == Qt.CheckState.Checked
    assert "Convenant" in dialog.preview.toPlainText()


def test_a_failed_export_says_why_in_dutch_and_keeps_the_version(
    qtbot, dialog, bus, demo, tmp_path
):
    """Saving into a missing folder must explain itself and not count as a version."""
    task = dialog.export_to(str(tmp_path / "bestaat-niet" / "x.docx"))
    qtbot.waitUntil(lambda: dialog._task is None, timeout=20000)
    assert task is not None and dialog.messages.isVisible()
    assert "bestaat niet" in dialog.messages.text.text()
    assert clause_documents.next_version(bus.store, demo, "intentieovereenkomst") == 1


def test_main_window_offers_draft_documents_only_with_a_trajectory(
    qtbot, bus, settings, library, demo
):
    """The facilitator must reach the drafts (Ctrl+Shift+D) once a trajectory is open."""
    from opgroei_desktop.ui.main_window import MainWindow

    window = MainWindow(bus, settings, library, None)
    qtbot.addWidget(window)
    action = window.commands.draft_documents
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    window.open_trajectory("")
    assert not action.isEnabled()
    window.open_trajectory(demo)
    assert action.isEnabled()
    opened = window.draft_documents()
    assert isinstance(opened, ClausesDialog) and opened.trajectory_id == demo
    opened.close()


def test_standard_article_switched_off_in_the_tree(qtbot, dialog, bus, demo, tmp_path):
    """A standard article such as confidentiality could not be left out of one document."""
    item = dialog.tree.article_item("vertrouwelijkheid")
    assert item is not None and item.checkState(0) == Qt.CheckState.Checked
    item.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(
        lambda: (
            "vertrouwelijkheid"
            in clause_documents.get_options(bus.store, demo, "intentieovereenkomst").off
        )
    )
    assert dialog.tree.article_item("vertrouwelijkheid").text(0).startswith("—")
    text = _export(qtbot, dialog, tmp_path / "zonder.docx")
    assert "Vertrouwelijkheid" not in text
    dialog.undo_stack.undo()
    assert not clause_documents.get_options(bus.store, demo, "intentieovereenkomst").off


def test_signatories_chosen_in_the_dialog(qtbot, dialog, bus, demo, tmp_path):
    """The facilitator could not choose who signs a document, or undo that choice."""
    from opgroei_desktop.core.services import people
    from opgroei_desktop.ui.clauses.signers_dialog import SignersDialog

    chooser = SignersDialog(dialog.data, dialog)
    qtbot.addWidget(chooser)
    initiative = chooser.lists["initiatief"]
    ticked = [
        initiative.item(r).text()
        for r in range(initiative.count())
        if initiative.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Henk Mulder, voorzitter", "Marleen Kok, secretaris"]  # two board members
    lotte = next(p for p in people.list_people(bus.store, demo) if p.name == "Lotte van Dijk")
    henk = next(p for p in people.list_people(bus.store, demo) if p.name == "Henk Mulder")
    dialog.set_signers({"initiatief": [henk.id, lotte.id]})
    text = _export(qtbot, dialog, tmp_path / "tekenen.docx")
    assert "Lotte van Dijk" in text
    dialog.undo_stack.undo()
    options = clause_documents.get_options(bus.store, demo, "intentieovereenkomst")
    assert not (options.signers or {}).get("initiatief")
