"""The left-hand list of trajectories, with search and the choice to show archived ones."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import trajectories
from ..common.context import Workbench
from ..common.widgets import SUBTITLE_ROLE, TwoLineDelegate, button, label

ID_ROLE = Qt.ItemDataRole.UserRole


class TrajectoryList(QWidget):
    """Lists trajectories by name; emits ``selected`` with an id ("" when none is chosen)."""

    selected = Signal(str)
    new_requested = Signal()

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 8, 12)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Trajectories"), "subheading"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or area"))
        self.search.setAccessibleName(self.tr("Search trajectories"))
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Also show &archived"))
        self.show_archived.setAccessibleName(self.tr("Also show archived trajectories"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Trajectories"))
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = label("", "muted")
        self.new_button = button(self.tr("New trajectory"), primary=True, tip=self.tr("Ctrl+N"))
        layout.addWidget(self.search)
        layout.addWidget(self.show_archived)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.new_button)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.show_archived.toggled.connect(self.refresh)
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_requested)
        work.bus.changed.connect(self._on_changed)
        self._current = ""
        self.refresh()

    def select(self, trajectory_id: str) -> None:
        """Make ``trajectory_id`` the current one, showing archived ones when needed."""
        if not self._find(trajectory_id) and trajectory_id:
            self.search.clear()
            self.show_archived.setChecked(True)
            self.refresh()
        item = self._find(trajectory_id)
        if item is not None:
            self.list.setCurrentItem(item)
        elif self._current:
            self._set_current("")

    def refresh(self) -> None:
        """Read the list again, keeping the current trajectory selected when it is still there."""
        archived = None if self.show_archived.isChecked() else False
        found = self.work.query(
            trajectories.list_trajectories, search=self.search.text(), archived=archived
        )
        self.list.blockSignals(True)
        self.list.clear()
        for trajectory in found:
            name = trajectories.display_name(trajectory)
            details = [part for part in (trajectory.area, trajectory.project) if part]
            if trajectory.archived_at is not None:
                details.append(self.tr("archived"))
            subtitle = " · ".join(details)
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, trajectory.id)
            item.setData(SUBTITLE_ROLE, subtitle)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}. {subtitle}")
            self.list.addItem(item)
        current = self._find(self._current)
        if current is not None:
            self.list.setCurrentItem(current)
        self.list.blockSignals(False)
        if self.search.text().strip() and not found:
            self.empty.setText(self.tr("Nothing found. Try another word."))
        elif not found:
            self.empty.setText(self.tr("No trajectories yet."))
        self.empty.setVisible(not found)
        if current is None and self._current and not self.search.text().strip():
            self._set_current("")  # deleted, or archived while archived ones are hidden

    def _find(self, trajectory_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == trajectory_id:
                return item
        return None

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        self._set_current(str(item.data(ID_ROLE)) if item is not None else "")

    def _set_current(self, trajectory_id: str) -> None:
        if trajectory_id != self._current:
            self._current = trajectory_id
            self.selected.emit(trajectory_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("trajectories"):
            self.refresh()
