"""Small building blocks the pages share: labels that never render user text as HTML,
buttons with accessible names, cards, and the one confirmation question."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..theme import COLOURS

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
SIDE_WIDTH, NARROW_SIDE_WIDTH = 330, 290
"""The overview's side panel width; narrower when the window is, so the picture keeps room.
(Here rather than in the overview, so the first frame at start-up can keep the same room.)"""
NARROW_BELOW = 900
"""The overview width under which the side panel is narrow."""
"""Item data role holding the quieter second line a ``TwoLineDelegate`` paints."""


def label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    """A plain-text label (user text is never interpreted as HTML); ``role`` styles it."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def plain_tip(text: str) -> str:
    """A tooltip that shows user text as typed: Qt would otherwise guess it is HTML."""
    return f"<p style='white-space: pre-wrap'>{html.escape(text)}</p>"


def button(
    text: str,
    accessible: str | None = None,
    *,
    primary: bool = False,
    big: bool = False,
    tip: str | None = None,
) -> QPushButton:
    """A push button with an accessible name (the visible text without its '&' by default)."""
    widget = QPushButton(text)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    if primary:
        widget.setProperty("primary", True)
    if big:
        widget.setProperty("big", True)
    if tip:
        widget.setToolTip(tip)
    widget.setAutoDefault(False)
    return widget


def combo(accessible: str, min_chars: int = 14) -> QComboBox:
    """A drop-down list that does not grow to its longest entry (long format titles would
    otherwise push the window wider than a 1280-pixel screen)."""
    widget = QComboBox()
    widget.setAccessibleName(accessible)
    widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    widget.setMinimumContentsLength(min_chars)
    return widget


class UpDownScroller(QScrollArea):
    """A frameless area that scrolls its widget up and down, never sideways: it asks for the
    widget's whole width (and its scroll bar's), and only a little of its height."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widget = self.widget()
        if widget is None:
            return super().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(widget.minimumSizeHint().width() + bar, super().minimumSizeHint().height())


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in an area that scrolls up and down when the screen is too low for it (a
    1280x800 laptop with a taskbar), instead of making the window taller than the screen."""
    area = UpDownScroller()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def card(title: str, parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white, rounded panel with a bold title; returns the frame and its body layout."""
    frame = QFrame(parent)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(6)
    layout.addWidget(label(title, "subheading"))
    return frame, layout


def confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """Ask once before something drastic; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(
        QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


class TwoLineDelegate(QStyledItemDelegate):
    """A title in bold with a quieter line beneath it (``SUBTITLE_ROLE``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(12, 6, -10, -6)
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        line = painter.fontMetrics().height()
        painter.setPen(opt.palette.color(opt.palette.ColorRole.Text))
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft, _elide(painter, title, rect.width()))
        painter.setFont(opt.font)
        painter.setPen(QColor(COLOURS.muted))
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        below = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, _elide(painter, subtitle, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.height()
        return QSize(200, 2 * line + 18)


def _elide(painter: QPainter, text: str, width: int) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)


class ReadsWhenShown:
    """Mixin for a page (put it before QWidget) that reads its data only while it can be seen.

    ``mark_stale()`` says what it shows may have changed: it reads again at once when visible,
    otherwise when next shown. The page's ``refresh()`` starts with ``self._stale = False``.
    """

    _stale = False

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()  # type: ignore[attr-defined]

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()  # type: ignore[attr-defined]
