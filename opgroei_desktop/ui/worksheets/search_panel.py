"""Search as you type, in one trajectory or in all: results show where something was said or
agreed, with the matching words in bold; Enter or a double click opens the hit."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core import search
from ...core.changes import Changes
from ...core.search import Hit
from ...core.services import trajectories
from ...library import Library
from ..bus import DataBus
from ..theme import COLOURS
from . import labels
from .parts import button, label, line_edit

DEBOUNCE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def hit_html(hit: Hit, where: str) -> str:
    """A hit as safe rich text: every piece of user text escaped, matches in bold."""
    parts, last = [], 0
    for start, end in hit.highlights:
        parts.append(html.escape(hit.snippet[last:start]))
        parts.append("<b>" + html.escape(hit.snippet[start:end]) + "</b>")
        last = end
    parts.append(html.escape(hit.snippet[last:]))
    return (
        f"<div style='color:{COLOURS.muted}'>{html.escape(where)}</div><div>{''.join(parts)}</div>"
    )


class HitModel(QAbstractListModel):
    """The hits of the last search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.wheres: list[str] = []

    def set_hits(self, hits: list[Hit], wheres: list[str]) -> None:
        self.beginResetModel()
        self.hits, self.wheres = hits, wheres
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = 0) -> object:
        hit, where = self.hits[index.row()], self.wheres[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{where}: {hit.snippet}"
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE:
            return hit_html(hit, where)
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as two lines of escaped rich text (no QLabel guesses at user HTML)."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE))
        document.setTextWidth(max(120, option.rect.width() - 16))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 8, option.rect.top() + 6)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text)
        )
        context.clip = QRectF(0, 0, option.rect.width() - 16, option.rect.height() - 12)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = option.widget.viewport().width() if option.widget else 400
        option.rect.setWidth(width)
        document = self._document(option, index)
        return QSize(width, int(document.size().height()) + 12)


class SearchPanel(QWidget):
    """A search box with its results; ``activated`` carries the hit the user opens."""

    activated = Signal(object)

    def __init__(
        self,
        bus: DataBus,
        library: Library,
        trajectory_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.titles = {sheet.key: sheet.title for sheet in library.worksheets()}
        self.trajectory_id = trajectory_id
        self.setAccessibleName(self.tr("Search"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        self.box = line_edit(
            self.tr("Search everything said, agreed and planned…"), self.tr("Search text")
        )
        self.box.setClearButtonEnabled(True)
        layout.addWidget(self.box)
        row = QHBoxLayout()
        self.everywhere = QCheckBox(self.tr("In all trajectories"))
        self.everywhere.setAccessibleName(self.tr("Search in all trajectories"))
        self.everywhere.toggled.connect(self._schedule)
        self.status = label("", "muted")
        row.addWidget(self.everywhere)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.model = HitModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)
        layout.addWidget(self.results, 1)
        self.open_button = button(self.tr("Open"), self.tr("Open the chosen result"))
        self.open_button.clicked.connect(lambda: self._open(self.results.currentIndex()))
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self.box.textChanged.connect(self._schedule)
        self.box.returnPressed.connect(self._first)
        bus.changed.connect(self._changed)
        self.set_trajectory(trajectory_id)

    def set_trajectory(self, trajectory_id: str | None) -> None:
        """Search within this trajectory (None: only across all of them)."""
        self.trajectory_id = trajectory_id
        self.everywhere.setEnabled(trajectory_id is not None)
        self.everywhere.setChecked(trajectory_id is None)
        self._schedule()

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (for Ctrl+F)."""
        self.box.setFocus()
        self.box.selectAll()

    def run(self) -> None:
        """Search now for what is in the box."""
        self._timer.stop()
        text = self.box.text()
        if not search.search_terms(text):
            self.model.set_hits([], [])
            self.status.setText(self.tr("Type a word to search."))
            self.open_button.setEnabled(False)
            return
        scope = None if self.everywhere.isChecked() else self.trajectory_id
        hits = self.bus.query(search.search, text, scope)
        names = {}
        if scope is None:
            names = {
                t.id: trajectories.display_name(t)
                for t in self.bus.query(trajectories.list_trajectories, archived=None)
            }
        self.model.set_hits(hits, [self._where(hit, names) for hit in hits])
        self.status.setText(
            self.tr("%n result(s)", "", len(hits)) if hits else self.tr("Nothing found.")
        )
        self.open_button.setEnabled(bool(hits))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _where(self, hit: Hit, names: dict[str, str]) -> str:
        parts = [labels.hit_kind(hit.kind)]
        if names:
            parts.append(names.get(hit.trajectory_id, ""))
        if hit.worksheet:
            parts.append(self.titles.get(hit.worksheet, hit.worksheet))
        if hit.meeting_title:
            when = labels.day(hit.meeting_starts_at.date()) if hit.meeting_starts_at else ""
            parts.append(f"{hit.meeting_title} {when}".strip())
        return " · ".join(part for part in parts if part)

    def _schedule(self) -> None:
        self._timer.start()

    def _changed(self, changes: Changes) -> None:
        if self.model.hits or search.search_terms(self.box.text()):
            self._schedule()

    def _first(self) -> None:
        self.run()
        if self.model.hits:
            self._open(self.model.index(0))

    def _open(self, index: Index) -> None:
        if index.isValid():
            self.activated.emit(index.data(HIT_ROLE))
