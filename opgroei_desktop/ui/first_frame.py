"""The main window's first frame, painted before the data layer has loaded.

It shows what the main window shows a moment later, from a ``Glance`` read with plain sqlite3:
the menu bar, the trajectory list, and the last used trajectory's name with its process
picture and tallies, in the same places. The app replaces it with the real main window as soon
as SQLAlchemy, the models and the services are loaded. It imports nothing of the data layer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.glance import Glance, TrajectoryGlance
from ..library import Library
from . import settings as ui_settings
from .common.widgets import (
    NARROW_BELOW,
    NARROW_SIDE_WIDTH,
    SIDE_WIDTH,
    SUBTITLE_ROLE,
    TwoLineDelegate,
    button,
    label,
)
from .main.process_picture import ProcessPicture
from .theme import apply_theme


def _tr(context: str, text: str) -> str:
    """The main window's own translations, so both frames read the same."""
    return QCoreApplication.translate(context, text)


class FirstFrame(QMainWindow):
    """A still picture of the main window, built from ``glance`` (None: no data yet)."""

    def __init__(self, settings: QSettings, glance: Glance | None, library: Library) -> None:
        super().__init__()
        apply_theme(QApplication.instance())
        current = glance.current if glance else None
        self.setWindowTitle(
            _tr("MainWindow", "%1 — Opgroei Desktop").replace("%1", current.name)
            if current
            else _tr("MainWindow", "Opgroei Desktop")
        )
        for menu in ("&File", "&Edit", "&Trajectory", "&View", "&Help"):
            self.menuBar().addMenu(_tr("WindowActions", menu))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._trajectory_list(glance))
        self.splitter.addWidget(self._trajectory(current, glance, library))
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 1030])
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(label(""))
        self._restore_geometry(settings)

    def _trajectory_list(self, glance: Glance | None) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(210)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 12, 8, 12)
        layout.setSpacing(8)
        layout.addWidget(label(_tr("TrajectoryList", "Trajectories"), "subheading"))
        search = QLineEdit()
        search.setPlaceholderText(_tr("TrajectoryList", "Search by name or area"))
        layout.addWidget(search)
        layout.addWidget(QCheckBox(_tr("TrajectoryList", "Also show &archived")))
        self.list = QListWidget()
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for trajectory in glance.trajectories if glance else ():
            item = QListWidgetItem(trajectory.name)
            parts = (trajectory.area, trajectory.project)
            item.setData(SUBTITLE_ROLE, " · ".join(part for part in parts if part))
            self.list.addItem(item)
            if glance and trajectory is glance.current:
                self.list.setCurrentItem(item)
        layout.addWidget(self.list, 1)
        layout.addWidget(button(_tr("TrajectoryList", "New trajectory"), primary=True))
        return panel

    def _trajectory(
        self, current: TrajectoryGlance | None, glance: Glance | None, library: Library
    ) -> QWidget:
        page = QWidget()
        if current is None:
            return page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 0)
        layout.setSpacing(2)
        layout.addWidget(label(current.name, "heading"))
        parts = (current.municipality, current.initiative, current.area, current.project)
        layout.addWidget(label(" · ".join(part for part in parts if part), "muted"))
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        self.picture = ProcessPicture(library)
        self.picture.set_tallies(glance.tallies if glance else {})
        tabs.addTab(_Overview(self.picture), _tr("TrajectoryView", "&Overview"))
        for name in ("&People", "&Meetings", "&Actions", "Searc&h", "&Details"):
            tabs.addTab(QWidget(), _tr("TrajectoryView", name))
        layout.addWidget(tabs, 1)
        return page

    def _restore_geometry(self, settings: QSettings) -> None:
        """Where the main window will be: the same saved place and splitter as it uses."""
        geometry = ui_settings.WINDOW_GEOMETRY.get(settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height()))
            self.move(screen.center() - self.rect().center())
        splitter = ui_settings.SPLITTER_STATE.get(settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        if not ui_settings.SHOW_TRAJECTORY_LIST.get(settings):
            self.splitter.widget(0).hide()


class _Overview(QWidget):
    """The process picture where the overview has it, leaving room for the side panel."""

    def __init__(self, picture: ProcessPicture) -> None:
        super().__init__()
        QVBoxLayout(self).addWidget(picture)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        side = SIDE_WIDTH if self.width() >= NARROW_BELOW else NARROW_SIDE_WIDTH
        self.layout().setContentsMargins(8, 8, 8 + 12 + side, 8)  # as OverviewPage lays out
