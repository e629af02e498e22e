"""Agreements on a worksheet: the list with each one's status, the library's suggestions that
can be adopted with one click, and a field for the parties' own agreement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ...worksheets.sheet import SheetAgreement, Suggestion
from . import labels
from .parts import Chip, KeyedRows, button, label, line_edit, set_style, status_chip


def agreement_details(agreement: SheetAgreement) -> str:
    """The line under an agreement: where it was proposed, its document, review and outcome."""
    view = agreement.agreement
    parts = []
    if agreement.proposed_in:
        when = labels.day(agreement.proposed_at.date()) if agreement.proposed_at else ""
        parts.append(
            QCoreApplication.translate("Agreements", "Proposed in %1").replace(
                "%1", f"{agreement.proposed_in} {when}".strip()
            )
        )
    if view.document:
        parts.append(
            QCoreApplication.translate("Agreements", "Recorded in: %1").replace("%1", view.document)
        )
    if view.review_on:
        parts.append(
            QCoreApplication.translate("Agreements", "Evaluate on %1").replace(
                "%1", labels.day(view.review_on)
            )
        )
    if view.outcome:
        parts.append(
            QCoreApplication.translate("Agreements", "Outcome: %1").replace(
                "%1", labels.evaluation(view.outcome)
            )
        )
    return " · ".join(parts)


class AgreementRow(QFrame):
    """One agreement: its status in words and colour, its text, and a button to open it."""

    def __init__(self, agreement: SheetAgreement, choose: Callable[[str], None]) -> None:
        super().__init__()
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 8)
        layout.setSpacing(4)
        self.chip = Chip()
        self.text = label("")
        self.details = label("", "muted")
        self.open_button = button(self.tr("Open"))
        self.open_button.clicked.connect(lambda: choose(self.agreement_id))
        top = QHBoxLayout()
        top.addWidget(self.chip)
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        self.agreement_id = agreement.id
        self.show_value(agreement)

    def show_value(self, agreement: SheetAgreement) -> None:
        view = agreement.agreement
        status_chip(self.chip, view.status, labels.status(view.status))
        self.text.setText(view.text)
        self.details.setText(agreement_details(agreement))
        self.details.setVisible(bool(self.details.text()))
        self.open_button.setAccessibleName(self.tr("Open agreement: %1").replace("%1", view.text))
        self.open_button.setToolTip(self.tr("Show the steps and the history of this agreement"))

    def set_chosen(self, chosen: bool) -> None:
        set_style(self, "chosen", chosen)


class AgreementList(KeyedRows):
    """The agreements of one block; ``chosen`` names the one the user opened."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(lambda agreement: AgreementRow(agreement, self.chosen.emit), parent)

    def show_agreements(self, found: tuple[SheetAgreement, ...]) -> None:
        self.sync((agreement.id, agreement) for agreement in found)

    def mark(self, agreement_id: str | None) -> None:
        for key, row in self.rows.items():
            row.set_chosen(key == agreement_id)  # type: ignore[attr-defined]


class SuggestionRow(QFrame):
    """A suggested agreement from the library, adopted with one click and then editable."""

    def __init__(self, suggestion: Suggestion, adopt: Callable[[Suggestion], None]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 0, 2)
        layout.setSpacing(10)
        self.text = label("")
        self.adopt_button = button("")
        self.adopt_button.clicked.connect(lambda: adopt(self.suggestion))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignTop)
        self.show_value(suggestion)

    def show_value(self, suggestion: Suggestion) -> None:
        self.suggestion = suggestion
        adopted = suggestion.adopted_as is not None
        self.text.setText(suggestion.text)
        self.text.setProperty("role", "muted" if adopted else None)
        self.text.style().polish(self.text)
        self.adopt_button.setText(self.tr("Adopted") if adopted else self.tr("Adopt"))
        self.adopt_button.setEnabled(not adopted)
        self.adopt_button.setAccessibleName(
            self.tr("Adopt suggested agreement: %1").replace("%1", suggestion.text)
        )
        self.adopt_button.setToolTip(
            self.tr("Already on this worksheet as an agreement")
            if adopted
            else self.tr("Make this suggestion a proposal you can then reword")
        )


class SuggestionList(KeyedRows):
    """The library's suggestions for one challenge."""

    def __init__(self, adopt: Callable[[Suggestion], None], parent: QWidget | None = None) -> None:
        super().__init__(lambda suggestion: SuggestionRow(suggestion, adopt), parent)

    def show_suggestions(self, found: tuple[Suggestion, ...]) -> None:
        self.sync((suggestion.key, suggestion) for suggestion in found)


class NewAgreement(QWidget):
    """A field for the parties' own agreement; the text stays if the store refuses it."""

    def __init__(self, add: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add = add
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = line_edit(self.tr("Our own agreement…"), self.tr("New agreement"))
        self.add_button = button(self.tr("Add agreement"))
        self.edit.returnPressed.connect(self.submit)
        self.add_button.clicked.connect(self.submit)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.add_button)

    def submit(self) -> None:
        if self.add(self.edit.text()):
            self.edit.clear()
