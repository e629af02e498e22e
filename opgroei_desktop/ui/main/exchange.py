"""Opening a trajectory from a .opgroei file and saving one as a file, from the main window.

Reading a file is checked and planned first without writing; when both sides changed the same
field since they last exchanged, ``ConflictDialog`` asks per field which version stays, and only
then is the file read in (one transaction, after a backup). Nothing is merged silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import OpgroeiError
from ...core.exchange import (
    SUFFIX,
    Choice,
    Conflict,
    ImportResult,
    MergePlan,
    export_archive,
    import_archive,
    preview_import,
)
from ..common.context import Workbench

_CONTEXT = "Exchange"

_TABLES = {
    "trajectories": QT_TRANSLATE_NOOP("Exchange", "Trajectory"),
    "people": QT_TRANSLATE_NOOP("Exchange", "Person"),
    "meetings": QT_TRANSLATE_NOOP("Exchange", "Meeting"),
    "agenda_items": QT_TRANSLATE_NOOP("Exchange", "Agenda item"),
    "entries": QT_TRANSLATE_NOOP("Exchange", "Note"),
    "agreements": QT_TRANSLATE_NOOP("Exchange", "Agreement"),
    "actions": QT_TRANSLATE_NOOP("Exchange", "Action"),
    "milestones": QT_TRANSLATE_NOOP("Exchange", "Milestone"),
    "worksheet_items": QT_TRANSLATE_NOOP("Exchange", "Worksheet line"),
}

_FIELDS = {
    "text": QT_TRANSLATE_NOOP("Exchange", "text"),
    "what": QT_TRANSLATE_NOOP("Exchange", "what"),
    "title": QT_TRANSLATE_NOOP("Exchange", "title"),
    "name": QT_TRANSLATE_NOOP("Exchange", "name"),
    "status": QT_TRANSLATE_NOOP("Exchange", "status"),
    "phase": QT_TRANSLATE_NOOP("Exchange", "phase"),
    "due_on": QT_TRANSLATE_NOOP("Exchange", "due date"),
    "deleted_at": QT_TRANSLATE_NOOP("Exchange", "deleted"),
}

_DESCRIBING = ("title", "name", "what", "text", "shared_name", "municipality")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def table_name(table: str) -> str:
    """What kind of thing a row of ``table`` is, for the screen."""
    return _tr(_TABLES[table]) if table in _TABLES else table


def field_name(field: str) -> str:
    return _tr(_FIELDS[field]) if field in _FIELDS else field


def shown_value(value: Any) -> str:
    """A stored value as the facilitator reads it in the conflict list."""
    if value is None or value == "":
        return QCoreApplication.translate("Exchange", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Exchange", "yes")
            if value
            else QCoreApplication.translate("Exchange", "no")
        )
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"


class ConflictDialog(QDialog):
    """Per field both sides changed: keep this computer's version or take the file's."""

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose between two versions"))
        self.setAccessibleName(self.tr("Choose between two versions"))
        self.conflicts: list[Conflict] = plan.conflicts
        rows = {p.trajectory_id: p for p in plan.trajectories}
        intro = QLabel(
            self.tr(
                "Both this computer and the file changed these fields since they last "
                "exchanged. Choose per field which version stays; everything else is merged."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(self.conflicts), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Field"),
                self.tr("On this computer"),
                self.tr("In the file"),
                self.tr("Keep"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(self.conflicts):
            described = _describe(rows[conflict.trajectory_id].theirs, conflict)
            cells = [
                described,
                field_name(conflict.field),
                shown_value(conflict.mine),
                shown_value(conflict.theirs),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            choice = QComboBox()
            choice.addItem(self.tr("This computer's"), Choice.MINE.value)
            choice.addItem(self.tr("The file's"), Choice.THEIRS.value)
            choice.setAccessibleName(self.tr("Version to keep for %1").replace("%1", cells[1]))
            self.table.setCellWidget(row, 4, choice)
            self.choices.append(choice)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 80)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def choose(self, row: int, choice: Choice) -> None:
        """Set the choice for one conflict (as a click on its list would)."""
        box = self.choices[row]
        box.setCurrentIndex(box.findData(choice.value))

    def resolutions(self) -> dict[tuple[str, str, str], str]:
        return {
            conflict.key: box.currentData()
            for conflict, box in zip(self.conflicts, self.choices, strict=True)
        }


def _describe(theirs: Any, conflict: Conflict) -> str:
    row = theirs.get(conflict.table, {}).get(conflict.row_id, {})
    words = next((str(row[key]) for key in _DESCRIBING if row.get(key)), "")
    if len(words) > 60:
        words = words[:59] + "…"
    kind = table_name(conflict.table)
    return f"{kind}: {words}" if words else kind


class ExchangeController(QObject):
    """The main window's file commands for trajectories: open from a file, save as a file."""

    opened = Signal(str)
    """A trajectory was read in (new or merged); its id."""

    def __init__(self, work: Workbench, parent: QWidget) -> None:
        super().__init__(parent)
        self.work = work
        self.window = parent
        self.dialog: ConflictDialog | None = None

    # -- open ----------------------------------------------------------------------------------

    def open_from_file(self, path: str | None = None) -> None:
        """Ask for a .opgroei file (unless given), check it, ask about conflicts, read it in."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Open trajectory from file"),
                "",
                self.tr("Opgroei trajectories (*%1)").replace("%1", SUFFIX),
            )
            if not path:
                return
        self.work.saves.flush_all()
        try:
            preview = preview_import(self.work.bus.store, path)
        except OpgroeiError as error:
            self.work.bus.failed.emit(str(error))
            return
        if not preview.plan.conflicts:
            self._read_in(preview, {})
            return
        self.dialog = ConflictDialog(preview.plan, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(
            lambda: self._read_in(preview, self.dialog.resolutions() if self.dialog else {})
        )
        self.dialog.finished.connect(self._forget_dialog)
        self.dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _read_in(self, preview: ImportResult, resolutions: dict) -> None:
        try:
            result = import_archive(self.work.bus.store, preview.archive, resolutions)
        except OpgroeiError as error:
            self.work.bus.failed.emit(str(error))
            return
        if not result.applied:
            self._info(self.tr("Nothing to do: this file was read in before."))
        else:
            self.work.bus.changed.emit(result.changes)
            self._info(_summary(result))
        trajectory_id = result.changes.trajectory_id
        if trajectory_id:
            self.opened.emit(trajectory_id)

    # -- save ----------------------------------------------------------------------------------

    def save_to_file(
        self, trajectory_id: str, path: str | None = None, handover: bool | None = None
    ) -> None:
        """Save one trajectory as a .opgroei file; optionally without the facilitator's notes."""
        if path is None:
            chosen = _ask_save_path(self.window)
            if chosen is None:
                return
            path, handover = chosen
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        self.work.saves.flush_all()
        try:
            result = export_archive(
                self.work.bus.store, path, [trajectory_id], handover=bool(handover)
            )
        except OpgroeiError as error:
            self.work.bus.failed.emit(str(error))
            return
        self._info(self.tr("Saved as %1").replace("%1", str(result.path)))

    def _info(self, text: str) -> None:
        bar = getattr(self.window, "message_bar", None)
        if bar is not None:
            bar.show_info(text)


def _summary(result: ImportResult) -> str:
    added = sum(p.added() for p in result.plan.trajectories)
    changed = sum(p.changed() for p in result.plan.trajectories)
    conflicts = len(result.plan.conflicts)
    if all(p.is_new for p in result.plan.trajectories):
        return QCoreApplication.translate(
            "Exchange", "The trajectory was read in. A backup was made first."
        )
    return (
        QCoreApplication.translate(
            "Exchange", "Merged: %1 added, %2 changed, %3 chosen by you. A backup was made first."
        )
        .replace("%1", str(added))
        .replace("%2", str(changed))
        .replace("%3", str(conflicts))
    )


def _ask_save_path(parent: QWidget) -> tuple[str, bool] | None:
    dialog = QFileDialog(parent, QCoreApplication.translate("Exchange", "Save trajectory as file"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(
        QCoreApplication.translate("Exchange", "Opgroei trajectories (*%1)").replace("%1", SUFFIX)
    )
    dialog.setDefaultSuffix(SUFFIX.lstrip("."))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    handover = QCheckBox(
        QCoreApplication.translate("Exchange", "For the parties themselves: leave out my own notes")
    )
    layout = dialog.layout()
    if layout is not None:
        layout.addWidget(handover)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return str(Path(dialog.selectedFiles()[0])), handover.isChecked()
