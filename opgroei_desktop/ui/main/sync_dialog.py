"""Synchronise: this laptop's own data and the team database, made level by one button.

What both sides added or changed arrives on both. A field changed on both sides since the last
sync is shown with both versions, and the facilitator chooses per field before anything is
written. The sync may be broken off and run again (core/exchange/sync.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.errors import OpgroeiError
from ...core.exchange import sync as team_sync
from ...core.exchange.merge import Conflict
from ...core.exchange.tables import owners
from ...core.store import Store
from .. import settings as ui_settings
from ..bus import DataBus
from ..common.widgets import combo, label
from .exchange import field_name, shown_value, table_name


class SyncDialog(QDialog):
    """One button to sync; the conflicts, if any, to choose from; what was done."""

    def __init__(self, bus: DataBus, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.address = ui_settings.TEAM_DATABASE.get(settings)
        self.conflicts: list[Conflict] = []
        self.setWindowTitle(self.tr("Synchronise with the team database"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.status = label("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Sync status"))
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("On this laptop"),
                self.tr("In the team database"),
                self.tr("Keep"),
            ]
        )
        self.table.setAccessibleName(self.tr("Changed on both sides"))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.hide()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.sync_button = buttons.addButton(
            self.tr("&Synchronise"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.sync_button.clicked.connect(self.synchronise)
        layout.addWidget(buttons)
        if bus.store.shared:
            self._cannot(self.tr("You are working in the team database itself: nothing to sync."))
        elif not self.address:
            self._cannot(self.tr("Fill in the address of the team database under Settings first."))
        else:
            self.status.setText(
                self.tr("Brings this laptop and the team database level: %1").replace(
                    "%1", self.address
                )
            )

    def _cannot(self, text: str) -> None:
        self.status.setText(text)
        self.sync_button.setEnabled(False)

    def choices(self) -> dict[tuple[str, str, str], str]:
        """The side chosen per conflict shown."""
        return {
            conflict.key: self.table.cellWidget(row, 3).currentData()  # type: ignore[union-attr]
            for row, conflict in enumerate(self.conflicts)
        }

    def synchronise(self) -> bool:
        """Sync now; True when both sides are level, False when conflicts wait for a choice."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            team = Store.open(self.bus.store.data_dir, self.address)
            try:
                result = team_sync.sync(self.bus.store, team, resolutions=self.choices())
            finally:
                team.close()
        except team_sync.SyncConflicts as found:
            self._show_conflicts(found.conflicts)
            self.status.setText(str(found))
            return False
        except OpgroeiError as error:
            self.status.setText(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.conflicts = []
        self.table.hide()
        added = sum(part.added() for part in result.received.trajectories)
        changed = sum(part.changed() for part in result.received.trajectories)
        self.status.setText(
            self.tr(
                "Done: this laptop and the team database are level again. "
                "%1 rows came in, %2 changed."
            )
            .replace("%1", str(added))
            .replace("%2", str(changed))
        )
        for table in owners():  # what came in may touch any open view
            self.bus.changed.emit(Changes(table))
        return True

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            cells = (
                f"{table_name(conflict.table)}: {field_name(conflict.field)}",
                shown_value(conflict.theirs),  # in the team database's merge the laptop is 'theirs'
                shown_value(conflict.mine),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            keep = combo(self.tr("Keep which version"), 16)
            keep.addItem(self.tr("this laptop's"), team_sync.LAPTOP.value)
            keep.addItem(self.tr("the team database's"), team_sync.TEAM.value)
            self.table.setCellWidget(row, 3, keep)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(3, 230)
        self.table.resizeRowsToContents()
        self.table.show()
