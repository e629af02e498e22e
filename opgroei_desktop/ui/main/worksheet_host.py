"""Where the overview opens a worksheet, and the trajectory-wide pages from ui/worksheets/.

A worksheet view is kept once built (per trajectory and worksheet): a hidden view only marks
itself out of date on changes and refreshes when shown again, so going back and forth between
the overview and a worksheet stays quick.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ...core.search import Hit
from ..common.context import Workbench
from ..common.widgets import button, label


class WorksheetHost(QWidget):
    """A back button and the worksheet that is open."""

    back = Signal()

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.titles = {sheet.key: sheet.title for sheet in work.library.worksheets()}
        self.views: dict[tuple[str, str], QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.back_button = button(
            self.tr("← Back to overview"), self.tr("Back to overview"), tip=self.tr("Esc")
        )
        self.back_button.clicked.connect(self.back)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.back_button,
            self.back.emit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.title = label("", "muted")
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

    @property
    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_worksheet(self, trajectory_id: str, key: str) -> QWidget:
        """Show worksheet ``key`` of the trajectory, building it the first time."""
        from ..worksheets import open_worksheet

        view = self.views.get((trajectory_id, key))
        if view is None:
            view = open_worksheet(
                self.work.bus,
                self.work.library,
                self.work.undo,
                trajectory_id,
                key,
                saves=self.work.saves,
            )
            self.views[(trajectory_id, key)] = view
            self.stack.addWidget(view)
        self.title.setText(self.titles.get(key, ""))
        self.stack.setCurrentWidget(view)
        return view

    def focus_hit(self, hit: Hit) -> None:
        """Open the worksheet a search hit lives on and bring the hit into view."""
        self.show_worksheet(hit.trajectory_id, hit.worksheet or "").focus_hit(hit)


class ActionsPage(QWidget):
    """The action register of the open trajectory."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.trajectory_id: str | None = None
        self.view: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def show_trajectory(self, trajectory_id: str | None) -> None:
        from ..worksheets import ActionsView

        if trajectory_id == self.trajectory_id:
            return
        self.trajectory_id = trajectory_id
        if self.view is not None:
            self.view.deleteLater()
            self.view = None
        if trajectory_id is not None:
            self.view = ActionsView(
                self.work.bus,
                self.work.library,
                self.work.undo,
                trajectory_id,
                saves=self.work.saves,
            )
            self.layout().addWidget(self.view)


class SearchPage(QWidget):
    """Search everything said, agreed and planned; ``hit_chosen`` carries the hit to open."""

    hit_chosen = Signal(object)

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        from ..worksheets import SearchPanel

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel = SearchPanel(work.bus, work.library)
        self.panel.activated.connect(self.hit_chosen)
        layout.addWidget(self.panel)

    def show_trajectory(self, trajectory_id: str | None) -> None:
        self.panel.set_trajectory(trajectory_id)
