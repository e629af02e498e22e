"""One open trajectory: its name, and tabs for the overview, people, meetings and details.

Only the overview is built at once; the other pages are built the first time they are shown,
which keeps start-up quick.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ...core.changes import Changes
from ...core.errors import NotFound
from ...core.search import Hit, HitKind
from ...core.services import trajectories
from ..common.context import Workbench
from ..common.widgets import label
from .overview import OverviewPage
from .worksheet_host import ActionsPage, SearchPage, WorksheetHost

PAGES = ("overview", "people", "meetings", "actions", "search", "details")


class LazyPage(QWidget):
    """A tab that builds its real page on first use."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.page: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.page is None:
            self.page = self._build()
            self.layout().addWidget(self.page)
        return self.page


class TrajectoryView(QWidget):
    """The open trajectory with its pages; ``hit_chosen`` asks the window to open a search hit
    (which may live in another trajectory)."""

    hit_chosen = Signal(object)

    def __init__(
        self, work: Workbench, details_actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.trajectory_id: str | None = None
        self.trajectory: Any = None
        """The open trajectory as last read (a TrajectoryView), for the window title."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 0)
        layout.setSpacing(2)
        self.title = label("", "heading")
        self.subtitle = label("", "muted")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Trajectory pages"))
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.overview_stack = QStackedWidget()
        self.overview = OverviewPage(work)
        self.worksheet_page = WorksheetHost(work)
        self.overview_stack.addWidget(self.overview)
        self.overview_stack.addWidget(self.worksheet_page)
        self.tabs.addTab(self.overview_stack, self.tr("&Overview"))
        self.lazy = {
            "people": LazyPage(self._build_people),
            "meetings": LazyPage(self._build_meetings),
            "actions": LazyPage(lambda: self._adopt(ActionsPage(self.work))),
            "search": LazyPage(self._build_search),
            "details": LazyPage(lambda: self._build_details(details_actions)),
        }
        self.tabs.addTab(self.lazy["people"], self.tr("&People"))
        self.tabs.addTab(self.lazy["meetings"], self.tr("&Meetings"))
        self.tabs.addTab(self.lazy["actions"], self.tr("&Actions"))
        self.tabs.addTab(self.lazy["search"], self.tr("Searc&h"))
        self.tabs.addTab(self.lazy["details"], self.tr("&Details"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.overview.open_worksheet.connect(self.open_worksheet)
        self.overview.open_meeting.connect(self.open_meeting)
        self.overview.resume_meeting.connect(self.resume_meeting)
        self.overview.plan_meeting.connect(self.plan_meeting)
        self.worksheet_page.back.connect(self.show_overview)
        work.bus.changed.connect(self._on_changed)

    def show_trajectory(self, trajectory_id: str) -> None:
        self.trajectory_id = trajectory_id
        self._refresh_title()
        self.show_overview()
        self.overview.show_trajectory(trajectory_id)
        for lazy in self.lazy.values():
            if lazy.page is not None:
                lazy.page.show_trajectory(trajectory_id)

    def page(self, name: str) -> QWidget:
        """The page called ``name`` (one of PAGES), built if needed."""
        if name == "overview":
            return self.overview
        return self.lazy[name].ensure()

    def show_page(self, name: str) -> QWidget:
        """Bring page ``name`` to the front and return it."""
        index = PAGES.index(name)
        page = self.page(name)
        self.tabs.setCurrentIndex(index)
        if name == "search":
            page.panel.focus_search()
        return page

    def show_overview(self) -> None:
        self.overview_stack.setCurrentWidget(self.overview)
        self.tabs.setCurrentIndex(0)

    def open_worksheet(self, key: str) -> QWidget | None:
        """Open worksheet ``key`` of the open trajectory, in place of the overview."""
        if self.trajectory_id is None:
            return None
        self.tabs.setCurrentIndex(0)
        self.overview_stack.setCurrentWidget(self.worksheet_page)
        return self.worksheet_page.show_worksheet(self.trajectory_id, key)

    def open_hit(self, hit: Hit) -> None:
        """Show where a search hit lives: its worksheet, the action list or its meeting."""
        if hit.worksheet:
            self.open_worksheet(hit.worksheet)
            self.worksheet_page.focus_hit(hit)
        elif hit.kind == HitKind.ACTION:
            self.show_page("actions")
        elif hit.meeting_id:
            self.open_meeting(hit.meeting_id)

    def open_meeting(self, meeting_id: str) -> None:
        self.show_page("meetings").open_meeting(meeting_id)

    def resume_meeting(self, meeting_id: str) -> None:
        """Open the console again on a meeting that is still running."""
        page = self.show_page("meetings")
        page.open_meeting(meeting_id)
        page.start_meeting(meeting_id)

    def plan_meeting(self) -> None:
        self.show_page("meetings").plan_meeting()

    def _tab_changed(self, index: int) -> None:
        name = PAGES[index]
        if name != "overview":
            self.lazy[name].ensure()

    def _build_people(self) -> QWidget:
        from .people_page import PeoplePage

        return self._adopt(PeoplePage(self.work))

    def _build_meetings(self) -> QWidget:
        from .meetings_page import MeetingsPage

        return self._adopt(MeetingsPage(self.work))

    def _build_search(self) -> QWidget:
        page = SearchPage(self.work)
        page.hit_chosen.connect(self.hit_chosen)
        return self._adopt(page)

    def _build_details(self, actions: list[QAction]) -> QWidget:
        from .details_page import DetailsPage

        return self._adopt(DetailsPage(self.work, actions))

    def _adopt(self, page: QWidget) -> QWidget:
        page.show_trajectory(self.trajectory_id)
        return page

    def _refresh_title(self) -> None:
        if self.trajectory_id is None:
            return
        try:
            trajectory = self.work.query(trajectories.get_trajectory, self.trajectory_id)
        except NotFound:
            return  # just deleted; the window is about to close this trajectory
        self.trajectory = trajectory
        self.title.setText(trajectories.display_name(trajectory))
        parts = [
            trajectory.municipality,
            trajectory.initiative,
            trajectory.area,
            trajectory.project,
        ]
        if trajectory.archived_at is not None:
            parts.append(self.tr("archived"))
        self.subtitle.setText(" · ".join(part for part in parts if part))

    def _on_changed(self, changes: Changes) -> None:
        if self.trajectory_id in changes.ids_of("trajectories"):
            self._refresh_title()
