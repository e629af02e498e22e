"""A section of a DOEN worksheet as a card: its lines (per party where the section is about
each party's view), a row to add one, and what was said about it in meetings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ...core.search import fold
from ...core.services import trajectories
from ...core.views import TrajectoryView
from ...worksheets.sheet import TRAJECTORY_SECTIONS, SectionBlock
from ..common.autosave import AutoSaver
from ..common.context import Workbench
from ..theme import COLOURS
from . import labels
from .edits import SheetEdits
from .entries import EntryList
from .items import ItemAdder, ItemGroup
from .parts import button, label, line_edit

STANDARD_DOCUMENTS = (
    QT_TRANSLATE_NOOP("WorksheetSections", "Plan of approach"),
    QT_TRANSLATE_NOOP("WorksheetSections", "Letter of intent"),
    QT_TRANSLATE_NOOP("WorksheetSections", "Collaboration agreement"),
    QT_TRANSLATE_NOOP("WorksheetSections", "Municipal policy"),
    QT_TRANSLATE_NOOP("WorksheetSections", "Covenant"),
)
"""The staged documents of a partnership, offered for one-click adding on 'borgen'."""

_PARTY_COLUMNS = ("gemeente", "initiatief", None)


class TrajectoryFields(QWidget):
    """The trajectory's own shared goal, or its name and slogan, saved as they are typed."""

    def __init__(self, section: str, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.saver = AutoSaver(
            work, trajectories.update_trajectory, self.tr("Edit the shared story"), self
        )
        if section == "doel":
            goal = QPlainTextEdit()
            goal.setPlaceholderText(
                self.tr("What we want to achieve together, in one or two sentences")
            )
            goal.setAccessibleName(self.tr("Shared goal"))
            goal.setTabChangesFocus(True)
            goal.setFixedHeight(80)
            layout.addWidget(goal, 0, 0)
            self.saver.bind("shared_goal", goal)
        else:
            name = line_edit(self.tr("A name for the collaboration"), self.tr("Name"))
            slogan = line_edit(self.tr("A slogan"), self.tr("Slogan"))
            layout.addWidget(label(self.tr("Name"), "muted"), 0, 0)
            layout.addWidget(name, 0, 1)
            layout.addWidget(label(self.tr("Slogan"), "muted"), 1, 0)
            layout.addWidget(slogan, 1, 1)
            layout.setColumnStretch(1, 1)
            self.saver.bind("shared_name", name)
            self.saver.bind("slogan", slogan)
        self.fields = TRAJECTORY_SECTIONS[section]

    def show_trajectory(self, trajectory: TrajectoryView) -> None:
        self.saver.load(
            trajectory.id,
            {name: getattr(trajectory, name) for name in self.fields},
            trajectory.row_version,
        )


class SectionCard(QFrame):
    """One section: lines, an adder and the discussion; ``key`` None is the 'other' block."""

    def __init__(
        self, worksheet: str, block: SectionBlock, work: Workbench, edits: SheetEdits
    ) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.worksheet, self.key, self.edits = worksheet, block.key, edits
        self.block: SectionBlock | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        title = block.title or self.tr("Other things said on this worksheet")
        self.heading = label(title, "subheading")
        layout.addWidget(self.heading)
        if block.help:
            layout.addWidget(label(block.help, "muted"))
        self.setAccessibleName(title)
        self.story = TrajectoryFields(block.key, work) if block.key in TRAJECTORY_SECTIONS else None
        if self.story is not None:
            layout.addWidget(self.story)
        self.groups: dict[str | None, ItemGroup] = {}
        self.nothing: dict[str | None, QWidget] = {}
        self.group_boxes: dict[str | None, QWidget] = {}
        if block.shape.by_party:
            columns = QHBoxLayout()
            columns.setSpacing(12)
            for party in _PARTY_COLUMNS:
                box = QWidget()
                column = QVBoxLayout(box)
                column.setContentsMargins(0, 0, 0, 0)
                heading = label(labels.party(party) if party else self.tr("Both / other"))
                heading.setStyleSheet(
                    f"font-weight: bold; color: {COLOURS.party(party or 'samen')};"
                )
                column.addWidget(heading)
                group = self.groups[party] = ItemGroup(block.shape, work, edits)
                nothing = label(self.tr("Nothing yet"), "muted")
                self.nothing[party] = nothing
                column.addWidget(group)
                column.addWidget(nothing)
                column.addStretch(1)
                columns.addWidget(box, 1)
                self.group_boxes[party] = box
            layout.addLayout(columns)
        else:
            self.groups[None] = ItemGroup(block.shape, work, edits)
            layout.addWidget(self.groups[None])
        self.documents: QGridLayout | None = None
        if (worksheet, block.key) == ("borgen", "documenten"):
            self.documents_label = label(self.tr("Add a usual document:"), "muted")
            self.documents = QGridLayout()
            self.documents.setSpacing(6)
            layout.addWidget(self.documents_label)
            layout.addLayout(self.documents)
        # The shared goal is one text of the trajectory, not a list of lines.
        if block.key is not None and block.key != "doel":
            layout.addWidget(ItemAdder(block.key, block.shape, self._add))
        self.said_heading = label(self.tr("Said in meetings"), "muted")
        self.said = EntryList()
        layout.addWidget(self.said_heading)
        layout.addWidget(self.said)

    def _fill_documents(self, present: set[str]) -> None:
        """One button per usual document not on the sheet yet, two to a row."""
        grid = self.documents
        while grid.count():
            grid.takeAt(0).widget().deleteLater()
        missing = [
            name
            for name in (
                QCoreApplication.translate("WorksheetSections", s) for s in STANDARD_DOCUMENTS
            )
            if fold(name) not in present
        ]
        self.documents_label.setVisible(bool(missing))
        for index, name in enumerate(missing):
            widget = button("+ " + name, self.tr("Add document: %1").replace("%1", name))
            widget.clicked.connect(lambda _checked=False, n=name: self._add({"title": n}))
            grid.addWidget(widget, index // 2, index % 2)
        grid.setColumnStretch(2, 1)

    def _add(self, fields: dict) -> bool:
        return self.edits.add_item(worksheet=self.worksheet, section=self.key, **fields)

    def show_block(self, block: SectionBlock, trajectory: TrajectoryView) -> None:
        """Show ``block``; rows that did not change are left alone."""
        if self.story is not None:
            self.story.show_trajectory(trajectory)
        if block == self.block:
            return
        self.block = block
        if block.shape.by_party:
            for party, group in self.groups.items():
                own = [
                    i
                    for i in block.items
                    if (i.party if i.party in _PARTY_COLUMNS else None) == party
                ]
                group.show_items(own)
                self.nothing[party].setVisible(not own)
                if party is None:
                    self.group_boxes[None].setVisible(bool(own))
        else:
            self.groups[None].show_items(block.items)
        if self.documents is not None:
            self._fill_documents({fold(item.title) for item in block.items})
        self.said.show_entries(block.entries)
        self.said_heading.setVisible(bool(block.entries))
        if block.key is None:
            self.setVisible(bool(block.entries or block.items))
