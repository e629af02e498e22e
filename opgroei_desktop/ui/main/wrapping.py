"""Tree columns whose text wraps onto more lines instead of being cut off with "…".

Qt's tree view measures a row as one line even when word wrap is on; this delegate measures
the text at the width its column has now, and the view lays its rows out again whenever a
column changes width.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

_PADDING = 8  # per side: the item's padding and the style's text margin, and a little air


class WrappingDelegate(QStyledItemDelegate):
    """Sizes each cell for its text wrapped at the width of its column."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return base
        width = self.view.header().sectionSize(index.column()) - 2 * _PADDING
        if index.column() == 0:
            width -= self.view.indentation() * (1 + _depth(index))
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 40), 100_000), Qt.TextFlag.TextWordWrap, str(text)
        )
        # What the style adds around one line (the item's padding) it adds around many too.
        extra = max(0, base.height() - option.fontMetrics.height())
        return QSize(base.width(), max(base.height(), bounds.height() + extra))


def wrap_columns(view: QTreeView) -> None:
    """Let every column of ``view`` wrap its text, and keep the rows as tall as they need."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrappingDelegate(view))
    relayout = QTimer(view)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(view.doItemsLayout)
    view.header().sectionResized.connect(lambda *_: relayout.start())


def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth
