"""When someone leaves: ask per open action and agreement who takes it over, and who takes
their role; then hand it all over in one step that can be undone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes, service
from ...core.services import handover
from ...core.services.handover import PARTY, Handover, LeaverWork
from ...core.views import PersonView
from .. import labels
from ..common.context import Workbench
from ..undo import CallCommand


def _short(text: str, length: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


class LeaveDialog(QDialog):
    """Per open action and agreement of the person who leaves: who carries it on."""

    def __init__(
        self,
        work: LeaverWork,
        left_on: date,
        candidates: list[PersonView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.left_on = left_on
        person = work.person
        self.setWindowTitle(self.tr("Someone leaves the table"))
        self.setAccessibleName(self.tr("Someone leaves the table"))
        intro = QLabel(
            self.tr(
                "%1 leaves on %2. Choose who takes over what they still carry; whatever you "
                "leave with the party stays with the party until someone takes it on."
            )
            .replace("%1", person.name)
            .replace("%2", labels.day(left_on))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.successor = QComboBox()
        self.successor.setAccessibleName(self.tr("Successor for the role"))
        self.successor.addItem(self.tr("Nobody yet"), None)
        for candidate in candidates:
            self.successor.addItem(_person_text(candidate), candidate.id)
        party = labels.party(person.party)
        form = QFormLayout()
        role = person.function or person.speaks_for
        form.addRow(
            self.tr("Takes over the role (%1)").replace("%1", _short(role, 40))
            if role
            else self.tr("Takes over the role"),
            self.successor,
        )
        self.action_boxes: dict[str, QComboBox] = {}
        self.agreement_boxes: dict[str, QComboBox] = {}
        items = QWidget()
        item_form = QFormLayout(items)
        for action in work.open_actions:
            due = f" ({labels.day(action.due_on)})" if action.due_on else ""
            box = self._taker_box(party, candidates)
            box.setAccessibleName(self.tr("Takes over the action %1").replace("%1", action.what))
            item_form.addRow(self._item_label(self.tr("Action"), _short(action.what) + due), box)
            self.action_boxes[action.id] = box
        for agreement in work.agreements:
            box = self._taker_box(party, candidates)
            box.setAccessibleName(self.tr("Carries the agreement %1").replace("%1", agreement.text))
            item_form.addRow(self._item_label(self.tr("Agreement"), _short(agreement.text)), box)
            self.agreement_boxes[agreement.id] = box
        scroll = QScrollArea()
        scroll.setWidget(items)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox()
        self.hand_over_button = buttons.addButton(
            self.tr("Hand over and mark as left"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.successor.currentIndexChanged.connect(self._successor_chosen)
        self.resize(640, 420)

    def _taker_box(self, party: str, candidates: list[PersonView]) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Stays with the party (%1)").replace("%1", party), PARTY)
        for candidate in candidates:
            box.addItem(_person_text(candidate), candidate.id)
        return box

    def _item_label(self, kind: str, text: str) -> QLabel:
        shown = QLabel(f"{kind}: {text}")
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setWordWrap(True)
        return shown

    def _successor_chosen(self) -> None:
        """A named successor takes over every item still left with the party."""
        chosen = self.successor.currentData()
        if chosen is None:
            return
        for box in [*self.action_boxes.values(), *self.agreement_boxes.values()]:
            if box.currentData() == PARTY:
                box.setCurrentIndex(box.findData(chosen))

    def choose_successor(self, person_id: str) -> None:
        """Name the successor (as choosing them in the list would)."""
        self.successor.setCurrentIndex(self.successor.findData(person_id))

    def choices(self) -> dict[str, Any]:
        """The keyword arguments for ``handover.hand_over``."""
        return {
            "actions": {key: box.currentData() for key, box in self.action_boxes.items()},
            "agreements": {key: box.currentData() for key, box in self.agreement_boxes.items()},
            "successor_id": self.successor.currentData(),
        }


def hand_over_command(
    work: Workbench, person_id: str, left_on: date, choices: dict[str, Any]
) -> CallCommand:
    """An undoable step: hand over as chosen, and mark the person as left."""
    bus = work.bus
    done: list[Handover] = []

    @service
    def hand_over(store: Any) -> Changes:
        result = handover.hand_over(store, person_id, left_on, **choices)
        done[:] = [result]
        return result.changes

    def redo() -> Changes | None:
        return bus.run(hand_over)

    def undo() -> None:
        if done:
            bus.run(handover.hand_back, done[0])

    text = QCoreApplication.translate("Leaving", "Mark as left and hand over")
    return CallCommand(bus, text, redo, undo)


def _person_text(person: PersonView) -> str:
    function = f", {person.function}" if person.function else ""
    return f"{person.name} ({labels.party(person.party)}{function})"
