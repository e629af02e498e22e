"""The main window: a small shell around the trajectory list and the open trajectory.

The pages live in ``ui/main/``; this module wires them together, keeps the window's place on
screen, and carries out the trajectory-wide commands (new, example, rename, archive, delete).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.changes import Changes
from ..core.errors import NotFound, OpgroeiError
from ..core.search import Hit
from ..core.services import trajectories
from ..library import SOURCE, Library
from . import settings as ui_settings
from .bus import DataBus
from .common import widgets
from .common.context import SaveTracker, Workbench
from .common.message_bar import MessageBar
from .main.dossier_export import DossierExport
from .main.exchange import ExchangeController
from .main.menus import WindowActions
from .main.trajectory_list import TrajectoryList
from .main.trajectory_view import PAGES, TrajectoryView
from .main.waiting_edits import save_waiting_edits, tell_waiting
from .main.welcome import WelcomePage
from .theme import COLOURS, apply_theme
from .undo import CallCommand, DeleteCommand, UpdateCommand


class MainWindow(QMainWindow):
    """Trajectories on the left; the open one (or a welcome) on the right."""

    def __init__(
        self,
        bus: DataBus,
        settings: QSettings,
        library: Library,
        open_trajectory: str | None = None,
    ) -> None:
        super().__init__()
        apply_theme(QApplication.instance())
        self.work = Workbench(bus, QUndoStack(self), library, settings, SaveTracker(bus, self))
        self.setWindowTitle(self.tr("Opgroei Desktop"))
        self.commands = WindowActions(self, self.work.undo)
        self.commands.install(self.menuBar())
        self.exchange = ExchangeController(self.work, self)
        self.dossier = DossierExport(self.work, self)
        self.message_bar = MessageBar()
        self.trajectory_list = TrajectoryList(self.work)
        self.trajectory_list.list.addActions(
            [self.commands.rename, self.commands.archive, self.commands.delete]
        )
        self.trajectory_list.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.welcome = WelcomePage(bus.store.data_dir)
        self.view = TrajectoryView(
            self.work,
            [
                self.commands.save_dossier,
                self.commands.save_file,
                self.commands.archive,
                self.commands.delete,
            ],
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.trajectory_list)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 1030])
        self.trajectory_list.setMinimumWidth(210)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save status"))
        self.save_state.setContentsMargins(8, 0, 12, 0)
        self.statusBar().addPermanentWidget(self.save_state)
        self._show_save_state("saved")
        self._connect()
        self._restore_geometry()
        self._open_initial(open_trajectory)
        if self.work.saves.waiting_count():  # typed last time while the server was away
            QTimer.singleShot(0, lambda: save_waiting_edits(self.work, self))

    # -- wiring --------------------------------------------------------------------------------

    def _connect(self) -> None:
        c, work = self.commands, self.work
        work.bus.failed.connect(self.message_bar.show_error)
        work.bus.noticed.connect(self.message_bar.show_info)
        work.saves.state.connect(self._show_save_state)
        c.new_trajectory.triggered.connect(self.new_trajectory)
        c.open_demo.triggered.connect(self.open_demo)
        c.open_file.triggered.connect(lambda: self.exchange.open_from_file())
        c.save_file.triggered.connect(self._save_file)
        c.save_dossier.triggered.connect(self._save_dossier)
        self.exchange.opened.connect(self.open_trajectory)
        c.settings.triggered.connect(self.open_settings)
        c.sync.triggered.connect(self.open_sync)
        c.quit.triggered.connect(self.close)
        c.save.triggered.connect(self.save_now)
        c.undo.triggered.connect(lambda: self._announce(self.tr("Undone: %1"), 0))
        c.redo.triggered.connect(lambda: self._announce(self.tr("Redone: %1"), -1))
        c.rename.triggered.connect(self.rename_trajectory)
        c.archive.triggered.connect(self.toggle_archived)
        c.delete.triggered.connect(self.delete_trajectory)
        c.find.triggered.connect(self._find)
        c.draft_documents.triggered.connect(self.draft_documents)
        c.manual.triggered.connect(self.open_manual)
        c.about.triggered.connect(self._about)
        c.show_list.toggled.connect(self.trajectory_list.setVisible)
        for name, action in zip(PAGES, c.pages, strict=True):
            action.triggered.connect(lambda _=False, page=name: self.view.show_page(page))
        self.trajectory_list.selected.connect(self._show_trajectory)
        self.view.hit_chosen.connect(self.open_hit)
        self.trajectory_list.new_requested.connect(self.new_trajectory)
        self.welcome.new_requested.connect(self.new_trajectory)
        self.welcome.demo_requested.connect(self.open_demo)
        work.bus.changed.connect(self._on_changed)

    def _open_initial(self, requested: str | None) -> None:
        wanted = requested or ui_settings.LAST_TRAJECTORY.get(self.work.settings)
        if wanted and self._exists(wanted):
            self.open_trajectory(wanted)
        else:
            self._show_trajectory("")

    def _exists(self, trajectory_id: str) -> bool:
        try:
            self.work.query(trajectories.get_trajectory, trajectory_id)
        except NotFound:
            return False
        return True

    # -- trajectories --------------------------------------------------------------------------

    def current_trajectory(self) -> str | None:
        return self.view.trajectory_id if self.stack.currentWidget() is self.view else None

    def open_trajectory(self, trajectory_id: str) -> None:
        """Open ``trajectory_id`` and select it in the list."""
        self.trajectory_list.select(trajectory_id)
        if self.current_trajectory() != trajectory_id:
            self._show_trajectory(trajectory_id)

    def open_hit(self, hit: Hit) -> None:
        """Open a search hit, switching to its trajectory when it lives in another one."""
        self.open_trajectory(hit.trajectory_id)
        self.view.open_hit(hit)

    def _show_trajectory(self, trajectory_id: str) -> None:
        self.work.saves.flush_all()
        ui_settings.LAST_TRAJECTORY.set(self.work.settings, trajectory_id)
        for action in self.commands.trajectory_actions():
            action.setEnabled(bool(trajectory_id))
        if not trajectory_id:
            self.stack.setCurrentWidget(self.welcome)
            self.setWindowTitle(self.tr("Opgroei Desktop"))
            self.view.trajectory_id = None
            return
        self.view.show_trajectory(trajectory_id)
        self.stack.setCurrentWidget(self.view)
        self._update_titles()

    def new_trajectory(self) -> QWidget:
        """Open the wizard for a new trajectory (window-modal, not blocking)."""
        from .main.wizard import NewTrajectoryWizard

        wizard = NewTrajectoryWizard(self.work, self)
        wizard.created.connect(self.open_trajectory)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_demo(self) -> None:
        """Create the example trajectory when it is not there yet, and open it."""
        from ..core.demo import ensure_demo

        self.work.saves.flush_all()
        try:
            trajectory_id, _created = ensure_demo(self.work.bus.store)
        except OpgroeiError as error:
            self.work.bus.failed.emit(str(error))
            return
        self.work.bus.changed.emit(Changes("trajectories", (trajectory_id,), trajectory_id))
        self.open_trajectory(trajectory_id)

    def rename_trajectory(self) -> QInputDialog | None:
        """Ask for the partnership's own name; empty means "initiative – municipality"."""
        trajectory_id = self.current_trajectory()
        if trajectory_id is None:
            return None
        old = self.work.query(trajectories.get_trajectory, trajectory_id).shared_name
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename trajectory"))
        dialog.setLabelText(
            self.tr("Name of the partnership (leave empty to use initiative and municipality):")
        )
        dialog.setTextValue(old)
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setAccessibleName(self.tr("Rename trajectory"))
        dialog.textValueSelected.connect(
            lambda text: self.work.push(
                UpdateCommand(
                    self.work.bus,
                    self.tr("Rename trajectory"),
                    trajectory_id,
                    trajectories.update_trajectory,
                    {"shared_name": old},
                    {"shared_name": text},
                )
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def toggle_archived(self) -> None:
        """Archive the open trajectory (or bring an archived one back)."""
        trajectory_id = self.current_trajectory()
        if trajectory_id is None:
            return
        archive = self.work.query(trajectories.get_trajectory, trajectory_id).archived_at is None
        bus = self.work.bus
        text = self.tr("Archive trajectory") if archive else self.tr("Bring back from archive")
        done = self.work.push(
            CallCommand(
                bus,
                text,
                lambda: bus.run(trajectories.set_archived, trajectory_id, archive),
                lambda: bus.run(trajectories.set_archived, trajectory_id, not archive),
            )
        )
        if done and archive:
            self._offer_undo(self.tr("The trajectory was archived."), trajectory_id)

    def delete_trajectory(self) -> None:
        """Delete the open trajectory after one question; it can be undone."""
        trajectory_id = self.current_trajectory()
        if trajectory_id is None:
            return
        name = trajectories.display_name(
            self.work.query(trajectories.get_trajectory, trajectory_id)
        )
        question = self.tr(
            "Delete the trajectory \u201c%1\u201d with its people, meetings and agreements? "
            "You can undo this with Ctrl+Z."
        ).replace("%1", name)
        if not widgets.confirm(self, self.tr("Delete trajectory"), question, self.tr("Delete")):
            return
        self.work.saves.flush_all()
        command = DeleteCommand(
            self.work.bus,
            self.tr("Delete trajectory"),
            trajectory_id,
            trajectories.delete_trajectory,
            trajectories.restore_trajectory,
        )
        if self.work.push(command):
            self._offer_undo(self.tr("The trajectory was deleted."), trajectory_id)

    def _offer_undo(self, message: str, trajectory_id: str) -> None:
        index = self.work.undo.index()

        def undo() -> None:
            if self.work.undo.index() == index:
                self.work.undo.undo()
                self.open_trajectory(trajectory_id)

        self.message_bar.show_info(message, self.tr("Undo"), undo)

    # -- other commands ------------------------------------------------------------------------

    def save_now(self) -> None:
        """Ctrl+S: everything is saved already; this writes text still being typed."""
        self.work.saves.flush_all()
        self._show_save_state("saved")
        self.statusBar().showMessage(self.tr("Everything is saved."), 3000)

    def draft_documents(self) -> QWidget | None:
        """Open "Draft documents" for the open trajectory (window-modal, not blocking)."""
        from .clauses.dialog import ClausesDialog

        trajectory_id = self.current_trajectory()
        if trajectory_id is None:
            return None
        self.work.saves.flush_all()
        work = self.work
        dialog = ClausesDialog(
            work.bus, work.library, work.settings, work.undo, trajectory_id, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save_file(self) -> None:
        trajectory_id = self.current_trajectory()
        if trajectory_id is not None:
            self.exchange.save_to_file(trajectory_id)

    def _save_dossier(self) -> None:
        trajectory_id = self.current_trajectory()
        if trajectory_id is not None:
            self.dossier.save(trajectory_id)

    def open_settings(self) -> QWidget:
        from .main.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.work.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_manual(self) -> QWidget:
        """Open the manual in its own window, beside the main window."""
        from .help.manual_window import ManualWindow

        manual = ManualWindow(self.work.settings, parent=self)
        manual.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        manual.show()
        return manual

    def open_sync(self) -> QWidget:
        from .main.sync_dialog import SyncDialog

        self.work.saves.flush_all()  # what is being typed goes along
        dialog = SyncDialog(self.work.bus, self.work.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _find(self) -> None:
        self.commands.show_list.setChecked(True)
        self.trajectory_list.search.setFocus()
        self.trajectory_list.search.selectAll()

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Opgroei Desktop"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Opgroei Desktop %1 supports the facilitator of the opgroeiruimte process between "
                "a municipality and a residents' initiative.\n\nThe process content is based on "
                "the publication %2. All texts in the app are our own words.\n\n"
                "Licence: EUPL-1.2 (European Union Public Licence). Everything stays on this "
                "computer; your data is in %3."
            )
            .replace("%1", __version__)
            .replace("%2", SOURCE)
            .replace("%3", str(self.work.bus.store.data_dir))
        )
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _announce(self, template: str, offset: int) -> None:
        text = self.work.undo.text(self.work.undo.index() + offset)
        if text:
            self.statusBar().showMessage(template.replace("%1", text), 4000)

    def _show_save_state(self, state: str) -> None:
        words = {
            "pending": (self.tr("Saving…"), COLOURS.muted),
            "saved": (self.tr("✓ Saved"), COLOURS.ok),
            "failed": (self.tr("Not saved — see the message above"), COLOURS.error),
        }
        text, colour = words[state]
        self.save_state.setText(text)
        self.save_state.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def _on_changed(self, changes: Changes) -> None:
        if self.current_trajectory() in changes.ids_of("trajectories"):
            self._update_titles()

    def _update_titles(self) -> None:
        trajectory = self.view.trajectory  # read by the view just before
        if trajectory is None or self.current_trajectory() != trajectory.id:
            return
        self.setWindowTitle(
            self.tr("%1 — Opgroei Desktop").replace("%1", trajectories.display_name(trajectory))
        )
        archived = trajectory.archived_at is not None
        self.commands.archive.setText(
            self.tr("Bring &back from archive") if archived else self.tr("&Archive")
        )

    # -- the window's place --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = ui_settings.WINDOW_GEOMETRY.get(self.work.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height()))
            self.move(screen.center() - self.rect().center())
        splitter = ui_settings.SPLITTER_STATE.get(self.work.settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.commands.show_list.setChecked(ui_settings.SHOW_TRAJECTORY_LIST.get(self.work.settings))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.work.saves.flush_all()
        waiting = self.work.saves.waiting_count()
        if waiting:
            tell_waiting(self, waiting)
        settings = self.work.settings
        ui_settings.WINDOW_GEOMETRY.set(settings, self.saveGeometry())
        ui_settings.SPLITTER_STATE.set(settings, self.splitter.saveState())
        ui_settings.SHOW_TRAJECTORY_LIST.set(settings, self.commands.show_list.isChecked())
        ui_settings.LAST_TRAJECTORY.set(settings, self.current_trajectory() or "")
        settings.sync()
        super().closeEvent(event)
