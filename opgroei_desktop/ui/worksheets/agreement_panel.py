"""The panel beside a worksheet for one agreement: its wording, the life-cycle steps that are
possible now (the others greyed out), what a step needs, and the whole history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.views import AgreementView
from ...worksheets import lifecycle
from ...worksheets.lifecycle import HistoryLine, Needs, Step
from ...worksheets.sheet import SheetAgreement
from ..bus import DataBus
from . import labels
from .agreements import agreement_details
from .edits import SheetEdits
from .parts import Chip, KeyedRows, button, label, line_edit, status_chip


class HistoryRow(QFrame):
    """One step in the history: when and in which meeting, the status, and what was said."""

    def __init__(self, line: HistoryLine) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(1)
        self.meta = label("", "muted")
        self.body = label("")
        layout.addWidget(self.meta)
        layout.addWidget(self.body)
        self.show_value(line)

    def show_value(self, line: HistoryLine) -> None:
        event = line.event
        if line.meeting_title:
            when = line.meeting_starts_at or event.created_at.astimezone()
            self.meta.setText(f"{labels.day(when.date())} · {line.meeting_title}")
        else:
            outside = self.tr("outside a meeting")
            self.meta.setText(f"{labels.day(event.created_at.astimezone().date())} · {outside}")
        parts = [labels.status(event.status)]
        if event.note:
            parts.append(event.note)
        if line.reworded:
            parts.append(self.tr("New wording: %1").replace("%1", event.text))
        self.body.setText(" — ".join(parts))


class AgreementPanel(QWidget):
    """Shows one agreement and lets the user take it through its life cycle."""

    closed = Signal()

    def __init__(self, bus: DataBus, edits: SheetEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus, self.edits = bus, edits
        self.current: SheetAgreement | None = None
        self.based_on: AgreementView | None = None
        """The stored agreement the wording in the editor was written against."""
        self.pending: Step | None = None
        self.setAccessibleName(self.tr("Agreement details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(8)
        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Agreement"), "subheading"), 1)
        self.close_button = button(self.tr("Close"), self.tr("Close the agreement"), tip="Esc")
        # Shortcuts only while working in the panel, so they never clash with the window's own.
        self._shortcut(QKeySequence(Qt.Key.Key_Escape), self.closed.emit)
        self.close_button.clicked.connect(self.closed)
        heading.addWidget(self.close_button)
        layout.addLayout(heading)
        self.empty = label(
            self.tr("Choose an agreement (Open) to see its steps and its history."), "muted"
        )
        layout.addWidget(self.empty)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        layout.addWidget(self.body)
        layout.addStretch(1)

        top = QHBoxLayout()
        self.chip = Chip()
        top.addWidget(self.chip)
        top.addStretch(1)
        body.addLayout(top)
        self.details = label("", "muted")
        body.addWidget(self.details)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Wording of the agreement"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(96)
        self.text.textChanged.connect(self._wording_changed)
        body.addWidget(self.text)
        self.save_text = button(self.tr("Save wording"), tip=self.tr("Ctrl+Enter"))
        # The text box would take Ctrl+Enter as a new line, so it is caught before it gets there.
        self.text.installEventFilter(self)
        self.save_text.clicked.connect(self._save_wording)
        body.addWidget(self.save_text, 0, Qt.AlignmentFlag.AlignRight)

        body.addWidget(label(self.tr("Next step"), "subheading"))
        grid = QGridLayout()
        grid.setSpacing(6)
        self.step_buttons: dict[Step, QPushButton] = {}
        for index, step in enumerate(Step):
            widget = button(labels.step(step))
            widget.clicked.connect(lambda _checked=False, s=step: self._step_clicked(s))
            grid.addWidget(widget, index // 2, index % 2)
            self.step_buttons[step] = widget
        body.addLayout(grid)

        self.needs = QFrame()
        self.needs.setProperty("card", True)
        needs = QVBoxLayout(self.needs)
        needs.setContentsMargins(10, 8, 10, 8)
        self.needs_label = label("", "subheading")
        self.document = line_edit(self.tr("For example: Intentieovereenkomst"), self.tr("Document"))
        self.review_on = line_edit(self.tr("dd-mm-yyyy"), self.tr("Evaluation date"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome of the evaluation"))
        for code in labels.EVALUATIONS:
            self.outcome.addItem(labels.evaluation(code), code)
        self.note = line_edit(self.tr("Note (optional)"), self.tr("Note with this step"))
        confirm_row = QHBoxLayout()
        self.confirm = button(self.tr("Confirm step"), primary=True)
        self.cancel = button(self.tr("Cancel"))
        self.confirm.clicked.connect(self._confirm)
        self.cancel.clicked.connect(self._hide_needs)
        for edit in (self.document, self.review_on, self.note):
            edit.returnPressed.connect(self._confirm)
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.cancel)
        confirm_row.addWidget(self.confirm)
        for widget in (self.needs_label, self.document, self.review_on, self.outcome, self.note):
            needs.addWidget(widget)
        needs.addLayout(confirm_row)
        body.addWidget(self.needs)

        body.addWidget(label(self.tr("History"), "subheading"))
        self.history = KeyedRows(HistoryRow)
        body.addWidget(self.history)
        self.delete_button = button(self.tr("Delete agreement"))
        self.delete_button.setToolTip(self.tr("Can be undone with Ctrl+Z"))
        self.delete_button.clicked.connect(self._delete)
        body.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._history_of: object = None
        self.show_agreement(None)

    def _shortcut(self, keys: QKeySequence, slot: object) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._save_wording()
            return True
        return super().eventFilter(watched, event)

    # -- showing --------------------------------------------------------------------------------

    def show_agreement(self, agreement: SheetAgreement | None) -> None:
        """Show ``agreement`` (None: nothing chosen); typed wording is kept across refreshes."""
        same_row = (
            agreement is not None and self.current is not None and agreement.id == self.current.id
        )
        self.current = agreement
        self.empty.setVisible(agreement is None)
        self.body.setVisible(agreement is not None)
        if agreement is None:
            self._history_of = None
            return
        view = agreement.agreement
        status_chip(self.chip, view.status, labels.status(view.status))
        self.details.setText(agreement_details(agreement))
        self.details.setVisible(bool(self.details.text()))
        typed = self.based_on is not None and self.text.toPlainText() != self.based_on.text
        if not (same_row and (self.text.hasFocus() or typed)):
            self.text.setPlainText(view.text)
            self.based_on = view
        elif self.text.toPlainText() == view.text:
            self.based_on = view  # what is typed is what is stored (our own save came back)
        self._wording_changed()
        for step, widget in self.step_buttons.items():
            possible = step in agreement.steps
            widget.setEnabled(possible)
            widget.setAccessibleName(
                labels.step(step)
                if possible
                else self.tr("%1 (not possible now)").replace("%1", labels.step(step))
            )
        if not same_row or (self.pending is not None and self.pending not in agreement.steps):
            self._hide_needs()
        if view != self._history_of:
            self._history_of = view
            lines = self.bus.query(lifecycle.history_lines, view.id)
            self.history.sync((line.event.id, line) for line in reversed(lines))

    # -- acting ---------------------------------------------------------------------------------

    def _wording_changed(self) -> None:
        changed = (
            self.current is not None and self.text.toPlainText() != self.current.agreement.text
        )
        self.save_text.setEnabled(changed)

    def _save_wording(self) -> None:
        if self.current is not None and self.save_text.isEnabled():
            based_on = self.based_on or self.current.agreement
            # Written against an older version (a colleague saved meanwhile): the store
            # refuses it and shows theirs, and the typed wording stays here.
            self.edits.reword(self.current.agreement, self.text.toPlainText(), based_on)

    def _step_clicked(self, step: Step) -> None:
        if self.current is None:
            return
        need = lifecycle.NEEDS.get(step)
        if need is None:
            self.edits.take_step(self.current.agreement, step)
            return
        self.pending = step
        self.needs_label.setText(labels.step(step))
        self.document.setVisible(need == Needs.DOCUMENT)
        self.review_on.setVisible(need == Needs.REVIEW_DATE)
        self.outcome.setVisible(need == Needs.OUTCOME)
        if need == Needs.DOCUMENT and not self.document.text():
            self.document.setText(self.current.agreement.document)
        self.needs.show()
        {Needs.DOCUMENT: self.document, Needs.REVIEW_DATE: self.review_on}.get(
            need, self.outcome
        ).setFocus()

    def _confirm(self) -> None:
        if self.current is None or self.pending is None:
            return
        need = lifecycle.NEEDS.get(self.pending)
        values: dict[str, object] = {"note": self.note.text()}
        if need == Needs.DOCUMENT:
            values["document"] = self.document.text()
        elif need == Needs.REVIEW_DATE:
            values["review_on"] = self.review_on.text()
        elif need == Needs.OUTCOME:
            values["outcome"] = self.outcome.currentData()
        if self.edits.take_step(self.current.agreement, self.pending, **values):
            self._hide_needs()

    def _hide_needs(self) -> None:
        self.pending = None
        self.needs.hide()
        for edit in (self.document, self.review_on, self.note):
            edit.clear()

    def _delete(self) -> None:
        if self.current is not None:
            self.edits.delete_agreement(self.current.id)
