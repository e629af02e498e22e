"""The "Documenten opstellen" dialog: pick a document type, review its articles, switch
agreements on or off and reword them for this document only, then save as Word or PDF.

Choices are stored per trajectory and document type (``core.services.clause_documents``), so
the next export of the same document starts from them. Every choice is an undoable step on the
window's shared undo stack; the agreement on the worksheet never changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.errors import OpgroeiError
from ...core.services import clause_documents
from ...core.services.agreements import status_words
from ...export.clauses import render
from ...export.clauses_data import ClauseData, PlacedAgreement, draft
from ...export.clauses_text import title_of
from ...export.html_writer import to_html
from ...library import Library
from .. import settings as ui_settings
from ..bus import DataBus
from ..common import widgets
from ..common.message_bar import MessageBar
from ..undo import CallCommand
from .article_tree import ArticleTree
from .export_task import WriteDocumentTask
from .signers_dialog import SignersDialog

_WATCHED = {
    "clause_choices", "clause_documents", "agreements", "trajectories", "people", "milestones",
    "worksheet_items", "actions", "preconditions", "entries",
}  # fmt: skip
_TYPING_PAUSE_MS = 800


class ClausesDialog(QDialog):
    """Review and export a draft plan van aanpak, intentieovereenkomst,
    samenwerkingsovereenkomst or convenant for one trajectory."""

    exported = Signal(str)

    def __init__(
        self,
        bus: DataBus,
        library: Library,
        settings: QSettings,
        undo: QUndoStack,
        trajectory_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus, self.library, self.settings, self.undo = bus, library, settings, undo
        self.trajectory_id = trajectory_id
        self.data: ClauseData | None = None
        self._task: WriteDocumentTask | None = None
        self._editing: str | None = None
        self.setWindowTitle(self.tr("Draft documents"))
        self.setAccessibleName(self.tr("Draft documents"))
        self.resize(1180, 720)
        self._build()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._store_wording)
        bus.changed.connect(self._on_changed)
        bus.failed.connect(self.messages.show_error)
        wanted = ui_settings.CLAUSES_TYPE.get(settings)
        keys = [outline.key for outline in library.documents]
        self.type_box.setCurrentIndex(keys.index(wanted) if wanted in keys else 1)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.messages = MessageBar()
        self.type_box = widgets.combo(self.tr("Document type"), 24)
        for outline in self.library.documents:
            self.type_box.addItem(outline.title, outline.key)
        self.type_box.setMinimumHeight(36)
        type_label = widgets.label(self.tr("&Document:"), wrap=False)
        type_label.setBuddy(self.type_box)
        self.proposals = QCheckBox(self.tr("Include &proposals not yet accepted by both parties"))
        self.proposals.setAccessibleName(self.tr("Include proposals"))
        self.proposals.setChecked(ui_settings.CLAUSES_PROPOSALS.get(self.settings))
        self.summary = widgets.label(role="muted")
        self.version = widgets.label(role="muted", wrap=False)
        self.signers = widgets.button(self.tr("Who &signs…"))
        self.signers.setToolTip(self.tr("Choose who signs this document for each party"))
        top = QHBoxLayout()
        top.addWidget(type_label)
        top.addWidget(self.type_box, 1)
        top.addSpacing(16)
        top.addWidget(self.proposals)

        self.tree = ArticleTree()
        self.original = widgets.label()
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.included = QCheckBox(self.tr("&In this document"))
        self.included.setAccessibleName(self.tr("Agreement in this document"))
        self.wording = QPlainTextEdit()
        self.wording.setAccessibleName(self.tr("Wording in this document"))
        self.wording.setPlaceholderText(self.tr("Empty: the agreed text is used."))
        wording_label = widgets.label(self.tr("&Wording in this document:"))
        wording_label.setBuddy(self.wording)
        self.reset = widgets.button(self.tr("Use the &agreed text"))
        editor = QWidget()
        side = QVBoxLayout(editor)
        side.setContentsMargins(12, 0, 0, 0)
        side.addWidget(widgets.label(self.tr("Agreed text (stays as it is on the worksheet):")))
        side.addWidget(self.original)
        side.addSpacing(8)
        side.addWidget(self.included)
        side.addWidget(wording_label)
        side.addWidget(self.wording, 1)
        side.addWidget(self.reset, 0, Qt.AlignmentFlag.AlignLeft)
        self.editor = editor
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tree)
        split.addWidget(editor)
        split.setSizes([700, 440])
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the document"))
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Articles"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.setAccessibleName(self.tr("Articles or preview"))

        self.status = widgets.label()
        self.save_word = widgets.button(self.tr("Save as &Word…"), primary=True, big=True)
        self.save_pdf = widgets.button(self.tr("Save as P&DF…"), big=True)
        self.close_button = widgets.button(self.tr("Close"), big=True)
        self.save_word.setToolTip(self.tr("Save the draft as a Word file (Ctrl+S)"))
        self.save_pdf.setToolTip(self.tr("Save the draft as a PDF file (Ctrl+P)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_word)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.messages)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        version_row = QHBoxLayout()
        version_row.addWidget(self.version, 1)
        version_row.addWidget(self.signers)
        layout.addLayout(version_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.proposals.toggled.connect(self._proposals_toggled)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        # Queued: the tree is rebuilt by the change this causes, so not from inside its signal.
        self.tree.toggled.connect(self.set_included, Qt.ConnectionType.QueuedConnection)
        self.tree.article_toggled.connect(
            self.set_article_included, Qt.ConnectionType.QueuedConnection
        )
        self.included.clicked.connect(
            lambda checked: self._editing and self.set_included(self._editing, checked)
        )
        self.wording.textChanged.connect(self._typing_started)
        self.reset.clicked.connect(lambda: self._editing and self.set_wording(self._editing, ""))
        self.save_word.clicked.connect(lambda: self.ask_target(".docx"))
        self.save_pdf.clicked.connect(lambda: self.ask_target(".pdf"))
        self.close_button.clicked.connect(self.close)
        self.signers.clicked.connect(self.choose_signers)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.ask_target(".docx"))
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.ask_target(".pdf"))

    # -- state -----------------------------------------------------------------------------

    @property
    def doc_type(self) -> str:
        """The key of the chosen document type."""
        return self.type_box.currentData()

    def set_doc_type(self, key: str) -> None:
        """Choose the document type by key."""
        self.type_box.setCurrentIndex(self.type_box.findData(key))

    def refresh(self) -> None:
        """Plan the document again from the store and show it."""
        try:
            self.data = draft(
                self.bus.store,
                self.library,
                self.trajectory_id,
                self.doc_type,
                include_proposals=self.proposals.isChecked(),
            )
        except OpgroeiError as error:
            self.messages.show_error(str(error))
            return
        outline = self.data.outline
        self.summary.setText(outline.summary)
        self.version.setText(
            self.tr(
                "This draft is concept version %1; saved again unchanged, it keeps that number."
            ).replace("%1", str(self.data.version))
        )
        self.tree.show_articles(self.data, self._reason_words)
        self.preview.setHtml(to_html(render(self.data)))
        self._show_selected()

    def _reason_words(self, placed: PlacedAgreement) -> str:
        words = status_words(placed.agreement.status)
        reasons = {
            "uitgezet": self.tr("left out"),
            "voorstel": self.tr("left out: proposal"),
            "vervallen": self.tr("left out: lapsed"),
        }
        if placed.reason:
            return f"{words} – {reasons[placed.reason]}"
        if placed.reworded:
            reworded = self.tr("reworded here")
            return f"{words} – {reworded}"
        return words

    def _show_selected(self) -> None:
        placed = self.tree.current_placed()
        if self._editing and self._typing.isActive():
            self._store_wording()
        self.editor.setEnabled(placed is not None)
        if placed is None:
            self._editing = None
            self.original.setText(self.tr("Choose an agreement on the left to see and reword it."))
            self._set_editor_text("")
            self.included.setChecked(False)
            return
        same = self._editing == placed.agreement.id
        self._editing = placed.agreement.id
        self.original.setText(placed.agreement.text)
        self.included.setChecked(placed.reason != "uitgezet")
        if not (same and self.wording.hasFocus()):
            self._set_editor_text(placed.text if placed.reworded else "")

    def _set_editor_text(self, text: str) -> None:
        self.wording.blockSignals(True)
        self.wording.setPlainText(text)
        self.wording.blockSignals(False)

    # -- choices, through the undo stack ---------------------------------------------------------

    def _choice(self, agreement_id: str) -> tuple[bool, str]:
        choices = self.bus.query(clause_documents.get_choices, self.trajectory_id, self.doc_type)
        found = choices.get(agreement_id)
        return (found.included, found.wording) if found is not None else (True, "")

    def set_included(self, agreement_id: str, included: bool) -> None:
        """Switch an agreement on or off for this document (undoable)."""
        old = self._choice(agreement_id)[0]
        if old == included:
            return
        text = self.tr("Put article in document") if included else self.tr("Leave article out")
        self._push(text, agreement_id, {"included": included}, {"included": old})

    def set_article_included(self, key: str, included: bool) -> None:
        """Keep a standard article in this document or leave it out (undoable)."""
        if self.data is None or (key not in self.data.options.off) == included:
            return
        bus, trajectory, doc_type = self.bus, self.trajectory_id, self.doc_type
        text = self.tr("Put article in document") if included else self.tr("Leave article out")
        call = clause_documents.set_article_included
        self.undo.push(
            CallCommand(
                bus,
                text,
                lambda: bus.run(call, trajectory, doc_type, key, included),
                lambda: bus.run(call, trajectory, doc_type, key, not included),
            )
        )

    def choose_signers(self) -> None:
        """Ask who signs for each party (a small dialog), then store it (undoable)."""
        if self.data is None:
            return
        chooser = SignersDialog(self.data, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self.set_signers(chooser.chosen())

    def set_signers(self, chosen: dict[str, list[str] | None]) -> None:
        """Store who signs per party (None: back to the proposal) as one undoable step."""
        current = clause_documents.get_options(self.bus.store, self.trajectory_id, self.doc_type)
        old = {party: list((current.signers or {}).get(party, ())) or None for party in chosen}
        if old == chosen:
            return
        bus, trajectory, doc_type = self.bus, self.trajectory_id, self.doc_type
        call = clause_documents.set_signers

        def apply(values: dict[str, list[str] | None]) -> Changes | None:
            done = [
                bus.run(call, trajectory, doc_type, party, ids) for party, ids in values.items()
            ]
            return None if None in done else done[-1]

        self.undo.push(
            CallCommand(bus, self.tr("Choose who signs"), lambda: apply(chosen), lambda: apply(old))
        )

    def set_wording(self, agreement_id: str, wording: str) -> None:
        """Give an agreement its own wording in this document; "" is the agreed text (undoable)."""
        old = self._choice(agreement_id)[1]
        if old == wording.strip():
            return
        self._push(self.tr("Reword article"), agreement_id, {"wording": wording}, {"wording": old})

    def _push(self, text: str, agreement_id: str, new: dict, old: dict) -> None:
        bus, trajectory, doc_type = self.bus, self.trajectory_id, self.doc_type
        self.undo.push(
            CallCommand(
                bus,
                text,
                lambda: bus.run(
                    clause_documents.set_choice, trajectory, doc_type, agreement_id, **new
                ),
                lambda: bus.run(
                    clause_documents.set_choice, trajectory, doc_type, agreement_id, **old
                ),
            )
        )

    def _typing_started(self) -> None:
        if self._editing:
            self._typing.start()

    def _store_wording(self) -> None:
        self._typing.stop()
        if self._editing:
            self.set_wording(self._editing, self.wording.toPlainText())

    def _type_changed(self) -> None:
        ui_settings.CLAUSES_TYPE.set(self.settings, self.doc_type)
        self._editing = None
        self.refresh()

    def _proposals_toggled(self, checked: bool) -> None:
        ui_settings.CLAUSES_PROPOSALS.set(self.settings, checked)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*_WATCHED) and changes.concerns(self.trajectory_id):
            self.refresh()

    # -- export --------------------------------------------------------------------------------

    def ask_target(self, suffix: str) -> None:
        """Ask where to save (a file dialog), then export there."""
        if self._task is not None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = (
            f"Concept {title_of(self.data)} versie {self.data.version}{suffix}" if self.data else ""
        )
        kinds = self.tr("Word file (*.docx)") if suffix == ".docx" else self.tr("PDF file (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save draft"), str(Path(folder or Path.home()) / name), kinds
        )
        if path:
            self.export_to(path if Path(path).suffix else path + suffix)

    def export_to(self, target: str) -> WriteDocumentTask | None:
        """Build the draft now and write it to ``target`` in the thread pool."""
        self._store_wording()
        self.refresh()
        if self.data is None or self._task is not None:
            return None
        document = render(self.data)
        self._exporting_draft = self.data.fingerprint
        template = (
            ui_settings.MINUTES_TEMPLATE.get(self.settings)
            if target.lower().endswith(".docx")
            else None
        )
        task = WriteDocumentTask(document, target, template)
        task.signals.finished.connect(self._export_finished)
        self._task = task
        self._exporting_type = self.doc_type
        self._set_busy(True)
        QThreadPool.globalInstance().start(task)
        return task

    def _export_finished(self, written: str, error: str) -> None:
        self._task = None
        self._set_busy(False)
        if error:
            self.messages.show_error(error)
            return
        self.bus.run(
            clause_documents.record_export,
            self.trajectory_id,
            self._exporting_type,
            self._exporting_draft,
        )
        self.messages.show_info(self.tr("Saved: %1").replace("%1", written))
        self.exported.emit(written)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.save_word, self.save_pdf, self.type_box):
            widget.setEnabled(not busy)
        self.status.setText(self.tr("Saving…") if busy else "")

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._store_wording()
        self.bus.changed.disconnect(self._on_changed)
        self.bus.failed.disconnect(self.messages.show_error)
        super().closeEvent(event)
