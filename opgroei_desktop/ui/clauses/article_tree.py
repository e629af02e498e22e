"""The articles of a draft as a tree: headings with their numbered agreements, each with a
check box to keep it in this document or leave it out; standard articles (definitions,
confidentiality, liability and the like) have a check box of their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ...core.text import clean_line
from ...export.clauses_data import ClauseData, PlacedAgreement

_PLACED = Qt.ItemDataRole.UserRole + 1
_ARTICLE = Qt.ItemDataRole.UserRole + 2


class ArticleTree(QTreeWidget):
    """Headings (bold) with their agreements; ``toggled(agreement_id, included)`` fires when
    the user ticks or unticks one, ``article_toggled(article_key, included)`` for a standard
    article."""

    toggled = Signal(str, bool)
    article_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Article"), self.tr("State")])
        self.setAccessibleName(self.tr("Articles of the document"))
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 230)
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def show_articles(
        self, data: ClauseData, state_words: Callable[[PlacedAgreement], str]
    ) -> None:
        """Show the planned articles of ``data``, keeping the selected agreement selected."""
        selected = self.current_placed()
        keep = selected.agreement.id if selected is not None else None
        self._filling = True
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        label = data.outline.article_label
        current = None
        planned = {article.outline.key: article for article in data.articles}
        for outline in data.outline.articles:
            article = planned.get(outline.key)
            title = outline.title
            if article is None:
                heading = f"— {title}"
            else:
                heading = (
                    f"{label} {article.number} – {title}" if label else f"{article.number}. {title}"
                )
            top = QTreeWidgetItem([heading, ""])
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            count = len(outline.clauses)
            if count:
                top.setText(1, self.tr("%n standard clause(s)", "", count))
            if outline.optional:
                top.setData(0, _ARTICLE, outline.key)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                on = article is not None
                top.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                top.setToolTip(
                    0, self.tr("Standard article: untick to leave it out of this document")
                )
                if not on:
                    top.setText(1, self.tr("left out"))
                    top.setForeground(0, self.palette().placeholderText())
            self.addTopLevelItem(top)
            if article is None:
                continue
            for placed in article.agreements:
                number = placed.number or "—"
                text = clean_line(placed.text)
                child = QTreeWidgetItem([f"{number}   {text}", state_words(placed)])
                child.setData(0, _PLACED, placed)
                child.setToolTip(0, text)
                child.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                off = placed.reason == "uitgezet"
                child.setCheckState(0, Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
                if placed.reason:
                    child.setForeground(0, self.palette().placeholderText())
                top.addChild(child)
                if placed.agreement.id == keep:
                    current = child
        self.expandAll()
        self._filling = False
        if current is not None:
            self.setCurrentItem(current)

    def current_placed(self) -> PlacedAgreement | None:
        """The agreement of the selected row, if an agreement is selected."""
        item = self.currentItem()
        return item.data(0, _PLACED) if item is not None else None

    def article_item(self, key: str) -> QTreeWidgetItem | None:
        """The heading row of the article with ``key``."""
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top.data(0, _ARTICLE) == key:
                return top
        return None

    def item_for(self, agreement_id: str) -> QTreeWidgetItem | None:
        """The row of an agreement."""
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            for row in range(top.childCount()):
                child = top.child(row)
                if child.data(0, _PLACED).agreement.id == agreement_id:
                    return child
        return None

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        key = item.data(0, _ARTICLE)
        if key:
            self.article_toggled.emit(key, item.checkState(0) == Qt.CheckState.Checked)
            return
        placed = item.data(0, _PLACED)
        if placed is None:
            return
        self.toggled.emit(placed.agreement.id, item.checkState(0) == Qt.CheckState.Checked)
