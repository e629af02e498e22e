"""Choosing who signs one drafted document, per party: the municipality's signatory and, as a
cooperative's statutes usually ask, two board members for the initiative."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.text import clean_line
from ...export.clauses_data import ClauseData
from ...export.clauses_text import signatories
from ..common import widgets

_PERSON = Qt.ItemDataRole.UserRole + 1


class SignersDialog(QDialog):
    """Tick who signs for each party; ``chosen()`` gives the ticked ids per party, or None
    for a party set back to the proposal."""

    def __init__(self, data: ClauseData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who signs"))
        self.setAccessibleName(self.tr("Who signs"))
        self._reset: set[str] = set()
        self.lists: dict[str, QListWidget] = {}
        columns = QHBoxLayout()
        titles = {
            "gemeente": self.tr("For the municipality"),
            "initiatief": self.tr("For the initiative"),
        }
        for party, title in titles.items():
            proposed = {p.id for p in signatories(data, party) if p is not None}
            people = QListWidget()
            people.setAccessibleName(title)
            for person in data.people:
                if person.party != party or person.left_on is not None:
                    continue
                function = clean_line(person.function)
                text = clean_line(person.name) + (f", {function}" if function else "")
                item = QListWidgetItem(text)
                item.setData(_PERSON, person.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = person.id in proposed
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                people.addItem(item)
            column = QVBoxLayout()
            column.addWidget(widgets.label(title))
            column.addWidget(people)
            columns.addLayout(column)
            self.lists[party] = people
        note = widgets.label(
            self.tr(
                "A line without a name is printed when fewer people are ticked than must sign."
            ),
            role="muted",
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        proposal = buttons.addButton(
            self.tr("Back to the &proposal"), QDialogButtonBox.ButtonRole.ResetRole
        )
        proposal.clicked.connect(self._back_to_proposal)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def chosen(self) -> dict[str, list[str] | None]:
        """Per party the ticked person ids in list order; None when set back to the proposal."""
        result: dict[str, list[str] | None] = {}
        for party, people in self.lists.items():
            if party in self._reset:
                result[party] = None
                continue
            items = [people.item(row) for row in range(people.count())]
            result[party] = [
                item.data(_PERSON) for item in items if item.checkState() == Qt.CheckState.Checked
            ]
        return result

    def _back_to_proposal(self) -> None:
        self._reset = set(self.lists)
        self.accept()
