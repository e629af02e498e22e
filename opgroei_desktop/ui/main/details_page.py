"""The trajectory's own details and its two preconditions, saved as you type."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.errors import NotFound
from ...core.services import trajectories
from ...core.store import Store
from ...core.vocab import NEGOTIATING_PARTIES
from .. import labels
from ..common.autosave import AutoSaver, to_qdate
from ..common.context import Workbench, concerns
from ..common.widgets import ReadsWhenShown, combo, label

NOT_DISCUSSED, CONFIRMED, OPEN = 0, 1, 2


def update_precondition(store: Store, ref: tuple[str, str, str], **fields: Any) -> Changes:
    """``set_precondition`` addressed by one key, so precondition edits can be undone."""
    trajectory_id, key, party = ref
    return trajectories.set_precondition(store, trajectory_id, key, party, **fields)


class PreconditionRow(QWidget):
    """One party's answer to one precondition: not discussed, confirmed on a date, or open."""

    def __init__(self, work: Workbench, key: str, party: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.party = key, party
        name = labels.party(party)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        self.state = combo(self.tr("%1: state").replace("%1", name))
        self.state.addItem(self.tr("Not discussed yet"), NOT_DISCUSSED)
        self.state.addItem(self.tr("Confirmed on"), CONFIRMED)
        self.state.addItem(self.tr("Still open"), OPEN)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setAccessibleName(self.tr("%1: confirmed on").replace("%1", name))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note"))
        self.note.setAccessibleName(self.tr("%1: note").replace("%1", name))
        party_label = label(name, wrap=False)
        party_label.setMinimumWidth(90)
        grid.addWidget(party_label, 0, 0)
        grid.addWidget(self.state, 0, 1)
        grid.addWidget(self.on, 0, 2)
        grid.addWidget(self.note, 1, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        self.state.currentIndexChanged.connect(self._enable_date)
        self._enable_date()
        self.saver = AutoSaver(work, update_precondition, self.tr("Change precondition"), self)
        self.saver.bind_custom(
            "confirmed_on",
            self.on,
            self.confirmed_on,
            self.set_confirmed_on,
            [self.state.currentIndexChanged, self.on.dateChanged],
        )
        self.saver.bind_custom(
            "left_open",
            self.state,
            lambda: self.state.currentData() == OPEN,
            self.set_left_open,
            self.state.currentIndexChanged,
            immediate=True,
        )
        self.saver.bind("note", self.note)

    def confirmed_on(self) -> date | None:
        return self.on.date().toPython() if self.state.currentData() == CONFIRMED else None

    def set_confirmed_on(self, value: date | None) -> None:
        if value:
            self.on.setDate(to_qdate(value))
            self.state.setCurrentIndex(self.state.findData(CONFIRMED))
        elif self.state.currentData() == CONFIRMED:
            self.state.setCurrentIndex(self.state.findData(NOT_DISCUSSED))

    def set_left_open(self, value: bool) -> None:
        if value:
            self.state.setCurrentIndex(self.state.findData(OPEN))
        elif self.state.currentData() == OPEN:
            self.state.setCurrentIndex(self.state.findData(NOT_DISCUSSED))

    def _enable_date(self) -> None:
        self.on.setVisible(self.state.currentData() == CONFIRMED)


class DetailsPage(ReadsWhenShown, QWidget):
    """Everything about the trajectory itself; archive and delete sit at the bottom."""

    FIELDS = (
        ("municipality", "line"),
        ("initiative", "line"),
        ("area", "line"),
        ("project", "line"),
        ("phase", "line"),
        ("shared_name", "line"),
        ("slogan", "line"),
        ("facilitator", "line"),
        ("shared_goal", "text"),
        ("notes", "text"),
    )

    def __init__(
        self, work: Workbench, page_actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.trajectory_id: str | None = None
        captions = {
            "municipality": self.tr("Municipality"),
            "initiative": self.tr("Initiative"),
            "area": self.tr("Area"),
            "project": self.tr("Project"),
            "phase": self.tr("Phase"),
            "shared_name": self.tr("Name of the partnership"),
            "slogan": self.tr("Slogan"),
            "facilitator": self.tr("Facilitator"),
            "shared_goal": self.tr("Shared goal"),
            "notes": self.tr("Notes"),
        }
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setSpacing(16)
        details = QGroupBox(self.tr("The trajectory"))
        form = QFormLayout(details)
        form.setSpacing(6)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.saver = AutoSaver(
            work, trajectories.update_trajectory, self.tr("Edit trajectory"), self
        )
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, kind in self.FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if kind == "line":
                widget = QLineEdit()
            else:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(80)
            widget.setAccessibleName(captions[name])
            form.addRow(captions[name], widget)
            self.saver.bind(name, widget)
            self.inputs[name] = widget
        self.inputs["shared_name"].setPlaceholderText(self.tr("empty: initiative – municipality"))
        columns.addWidget(details, 1)
        right = QVBoxLayout()
        conditions = QGroupBox(self.tr("The two preconditions"))
        body = QVBoxLayout(conditions)
        self.rows: list[PreconditionRow] = []
        for precondition in work.library.preconditions:
            body.addWidget(label(precondition.title, "subheading"))
            for party in NEGOTIATING_PARTIES:
                row = PreconditionRow(work, precondition.key, party.value)
                body.addWidget(row)
                self.rows.append(row)
            body.addSpacing(6)
        right.addWidget(conditions)
        # Two buttons a row: four in one row were wider than the page on a 1280 screen.
        housekeeping = QGridLayout()
        for index, action in enumerate(page_actions):
            tool = QToolButton()
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            housekeeping.addWidget(tool, index // 2, index % 2)
        housekeeping.setColumnStretch(2, 1)
        right.addLayout(housekeeping)
        right.addStretch(1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(scroll)
        work.bus.changed.connect(self._on_changed)

    def show_trajectory(self, trajectory_id: str | None) -> None:
        if trajectory_id != self.trajectory_id:
            self.work.saves.flush_all()
        self.trajectory_id = trajectory_id
        self.mark_stale()

    def refresh(self) -> None:
        self._stale = False
        if self.trajectory_id is None:
            return
        try:
            trajectory = self.work.query(trajectories.get_trajectory, self.trajectory_id)
        except NotFound:
            return  # just deleted; the window is about to close this trajectory
        self.saver.load(
            self.trajectory_id,
            {name: getattr(trajectory, name) for name, _ in self.FIELDS},
            trajectory.row_version,
        )
        stored = {
            (row.key, row.party): row
            for row in self.work.query(trajectories.list_preconditions, self.trajectory_id)
        }
        for row in self.rows:
            found = stored.get((row.key, row.party))
            values = {
                "confirmed_on": found.confirmed_on if found else None,
                "left_open": bool(found.left_open) if found else False,
                "note": found.note if found else "",
            }
            row.saver.load((self.trajectory_id, row.key, row.party), values)

    def _on_changed(self, changes: Changes) -> None:
        if concerns(changes, self.trajectory_id, "trajectories", "preconditions"):
            self.mark_stale()
