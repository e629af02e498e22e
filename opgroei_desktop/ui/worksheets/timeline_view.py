"""The milestone time line, drawn with QPainter: every piketpaal on its date, today as a line,
what was decided at each evaluation, and a warning sign where a stop-go moment looms.

Colour never speaks alone: every marker carries its outcome or its risk in words beside it.
The picture is painted from the ``Timeline`` value it was given; painting never queries.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.vocab import MilestoneOutcome
from ...worksheets.timeline import Phase, Timeline, TimelinePoint
from ..theme import COLOURS
from . import labels

_MONTHS = (
    QT_TRANSLATE_NOOP("Timeline", "Jan"),
    QT_TRANSLATE_NOOP("Timeline", "Feb"),
    QT_TRANSLATE_NOOP("Timeline", "Mar"),
    QT_TRANSLATE_NOOP("Timeline", "Apr"),
    QT_TRANSLATE_NOOP("Timeline", "May"),
    QT_TRANSLATE_NOOP("Timeline", "Jun"),
    QT_TRANSLATE_NOOP("Timeline", "Jul"),
    QT_TRANSLATE_NOOP("Timeline", "Aug"),
    QT_TRANSLATE_NOOP("Timeline", "Sep"),
    QT_TRANSLATE_NOOP("Timeline", "Oct"),
    QT_TRANSLATE_NOOP("Timeline", "Nov"),
    QT_TRANSLATE_NOOP("Timeline", "Dec"),
)

MARGIN = 28
MARKER = 11
LABEL_MIN, LABEL_MAX = 150, 280
PAD_DAYS = 45
RISK_MARK = "⚠"

_OUTCOME_COLOURS = {
    MilestoneOutcome.DOORGAAN: COLOURS.ok,
    MilestoneOutcome.BIJSTELLEN: COLOURS.warning,
    MilestoneOutcome.STOPPEN: COLOURS.error,
}


def month_name(month: int) -> str:
    return QCoreApplication.translate("Timeline", _MONTHS[month - 1])


def point_lines(point: TimelinePoint) -> list[str]:
    """The words beside a marker: date, outcome or state, guarantee, risk."""
    milestone = point.milestone
    translate = QCoreApplication.translate
    lines = [labels.day(point.when) if point.when else translate("Timeline", "no date")]
    if milestone.outcome:
        outcome = labels.milestone_outcome(milestone.outcome)
        lines.append(translate("Timeline", "Evaluated: %1").replace("%1", outcome))
    elif point.phase == Phase.PAST:
        lines.append(translate("Timeline", "Not evaluated yet"))
    guarantee = milestone.guarantee.strip()
    if guarantee:
        lines.append(translate("Timeline", "Guaranteed: %1").replace("%1", guarantee))
    else:
        lines.append(translate("Timeline", "No guarantee recorded"))
    if point.at_risk:
        lines.append(RISK_MARK + " " + translate("Timeline", "Stop-go risk"))
    return lines


def wrapped(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` broken into at most ``most`` lines of ``width`` pixels; the last one elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        lines.append(" ".join(words))
    return lines


class TimelineWidget(QWidget):
    """The time line; click a marker, or use the arrow keys, to choose a milestone; Enter or a
    double click opens the chosen one."""

    chosen = Signal(str)
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.selected: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Time line of the milestones"))
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        line = QFontMetrics(self.font()).height()
        return QSize(640, 2 * (6 * line + 2 * MARKER) + 3 * line + 24)

    def set_timeline(self, timeline: Timeline) -> None:
        if timeline == self.timeline:
            return
        self.timeline = timeline
        ids = [point.id for point in timeline.points]
        if self.selected not in ids:
            self.selected = None
        self.setAccessibleDescription(self._description())
        self.setToolTip(self._description())
        self.update()

    def select(self, milestone_id: str | None) -> None:
        self.selected = milestone_id
        self.update()

    # -- geometry -------------------------------------------------------------------------------

    def _dated(self) -> list[TimelinePoint]:
        return [point for point in self.timeline.points if point.when] if self.timeline else []

    def _range(self) -> tuple[date, date]:
        first, last = self.timeline.span()
        return first - timedelta(days=PAD_DAYS), last + timedelta(days=PAD_DAYS)

    def _label_width(self) -> float:
        # Labels alternate above and below the line, so half of them share each side.
        per_side = max(1, (len(self._dated()) + 1) // 2)
        return max(LABEL_MIN, min(LABEL_MAX, (self.width() - 2 * MARGIN) / per_side - 12))

    def _x(self, day: date) -> float:
        first, last = self._range()
        inset = self._label_width() / 4
        share = (day - first).days / max(1, (last - first).days)
        return MARGIN + inset + share * (self.width() - 2 * (MARGIN + inset))

    def _axis_y(self) -> float:
        return self.height() / 2

    def _marker_at(self, x: float, y: float) -> str | None:
        axis = self._axis_y()
        best, distance = None, 2.0 * MARKER + 4
        for point in self._dated():
            gap = abs(self._x(point.when) - x) + abs(axis - y) / 4
            if gap < distance:
                best, distance = point.id, gap
        return best

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(COLOURS.surface))
        if not self._dated():
            painter.setPen(QColor(COLOURS.muted))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No milestones with a date yet. Add one below."),
            )
            return
        self._paint_axis(painter)
        for index, point in enumerate(self._dated()):
            self._paint_point(painter, point, above=index % 2 == 0)
        if self.hasFocus():
            painter.setPen(QPen(QColor(COLOURS.focus), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def _paint_axis(self, painter: QPainter) -> None:
        axis = self._axis_y()
        first, last = self._range()
        painter.setPen(QPen(QColor(COLOURS.border), 3))
        painter.drawLine(QPointF(MARGIN, axis), QPointF(self.width() - MARGIN, axis))
        metrics = QFontMetrics(painter.font())
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        room = max(1.0, (self.width() - 2 * MARGIN) / max(1, months))
        every = next(
            step
            for step in (1, 2, 3, 6, 12, 24)
            if step * room >= metrics.horizontalAdvance("Mmm 0000") + 12
        )
        painter.setPen(QColor(COLOURS.muted))
        year, month = first.year, first.month
        free_from = 0.0
        for index in range(months + 1):
            day = date(year, month, 1)
            if day >= first and index % every == 0:
                x = self._x(day)
                painter.drawLine(QPointF(x, axis - 4), QPointF(x, axis + 4))
                text = f"{month_name(month)} {year}"
                width = metrics.horizontalAdvance(text)
                left = min(max(4.0, x - width / 2), self.width() - width - 4)
                if left >= free_from:
                    painter.drawText(QPointF(left, self.height() - 6), text)
                    free_from = left + width + 8
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        today = self._x(self.timeline.today)
        pen = QPen(QColor(COLOURS.accent), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(
            QPointF(today, 4 + metrics.height()),
            QPointF(today, self.height() - metrics.height() - 8),
        )
        painter.setPen(QColor(COLOURS.accent))
        text = self.tr("Today")
        painter.drawText(
            QPointF(today - metrics.horizontalAdvance(text) / 2, metrics.height()), text
        )

    def _paint_point(self, painter: QPainter, point: TimelinePoint, *, above: bool) -> None:
        axis, x = self._axis_y(), self._x(point.when)
        fill, edge = self._colours(point)
        diamond = QPolygonF(
            [
                QPointF(x, axis - MARKER),
                QPointF(x + MARKER, axis),
                QPointF(x, axis + MARKER),
                QPointF(x - MARKER, axis),
            ]
        )
        width = 4 if point.id == self.selected else 2
        painter.setPen(QPen(QColor(COLOURS.focus if point.id == self.selected else edge), width))
        painter.setBrush(QColor(fill))
        painter.drawPolygon(diamond)
        bold = QFont(painter.font())
        bold.setBold(True)
        metrics = QFontMetrics(painter.font())
        height = metrics.height()
        wide = self._label_width()
        lines = [point.milestone.title]
        for text in point_lines(point):
            lines.extend(wrapped(text, metrics, int(wide), 2))
        left = min(max(MARGIN / 2, x - wide / 2), self.width() - wide - MARGIN / 2)
        top = axis - MARKER - 6 - height * len(lines) if above else axis + MARKER + 6
        for index, text in enumerate(lines):
            risky = text.startswith(RISK_MARK)
            painter.setFont(bold if index == 0 or risky else self.font())
            painter.setPen(
                QColor(COLOURS.error if risky else COLOURS.text if index == 0 else COLOURS.muted)
            )
            fitted = QFontMetrics(painter.font())
            elided = fitted.elidedText(text, Qt.TextElideMode.ElideRight, int(wide))
            box = QRectF(left, top + index * height, wide, height)
            # A backing so the dashed 'today' line never runs through the words.
            width = fitted.horizontalAdvance(elided) + 6
            painter.fillRect(
                QRectF(box.center().x() - width / 2, box.top(), width, height),
                QColor(COLOURS.surface),
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, elided)
        painter.setFont(self.font())

    @staticmethod
    def _colours(point: TimelinePoint) -> tuple[str, str]:
        milestone = point.milestone
        if milestone.outcome:
            colour = _OUTCOME_COLOURS.get(milestone.outcome, COLOURS.muted)
            return colour, colour
        if point.at_risk:
            return COLOURS.error_soft, COLOURS.error
        if point.phase == Phase.NEAR:
            return COLOURS.accent_soft, COLOURS.accent
        return COLOURS.surface, COLOURS.accent

    def _description(self) -> str:
        if not self.timeline or not self.timeline.points:
            return self.tr("No milestones yet.")
        return "\n".join(
            f"{point.milestone.title}: " + "; ".join(point_lines(point))
            for point in self.timeline.points
        )

    # -- choosing -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        found = self._marker_at(event.position().x(), event.position().y())
        if found:
            self.select(found)
            self.chosen.emit(found)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.selected:
            self.activated.emit(self.selected)
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.activated.emit(self.selected)
            return
        ids = [point.id for point in self._dated()]
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is None or not ids:
            super().keyPressEvent(event)
            return
        index = ids.index(self.selected) + step if self.selected in ids else 0
        self.select(ids[max(0, min(len(ids) - 1, index))])
        self.chosen.emit(self.selected)
