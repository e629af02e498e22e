"""The overview picture of the process: four DOEN tiles together in the middle, circled by the
four VERHELDEREN themes that keep coming back. Each tile is a button that opens its worksheet
and says how much was captured and agreed there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ...core.tally import WorksheetTally
from ...library import Library
from ..theme import COLOURS

THEME_ORDER = ("namens_wie", "rollen", "veerkracht", "financiering")
"""Clockwise around the ring, starting top left."""


class WorksheetTile(QAbstractButton):
    """One worksheet as a large, focusable button: its title and what it holds, in counts.

    No bar: the components and themes run side by side for as long as the partnership lasts,
    and a bar filling up would suggest one of them can be finished.
    """

    def __init__(self, key: str, title: str, kind: str, summary: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.key, self.title, self.kind = key, title, kind
        self.tally = WorksheetTally()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(" ".join(summary.split()))
        self.setAccessibleName(title)
        self.set_tally(self.tally)

    def set_tally(self, tally: WorksheetTally) -> None:
        self.tally = tally
        hint = self.tr("Press Enter to open.")
        details = self.tr("%n agreements", "", tally.agreements)
        self.setAccessibleDescription(f"{self.counts_text()} ({details}). {hint}")
        self.update()

    def counts_text(self) -> str:
        """Short enough for a tile: "4 notities · 1 van 2 akkoord"."""
        entries = self.tr("%n entries", "", self.tally.entries)
        if not self.tally.agreements:
            none = self.tr("no agreements")
            return f"{entries} · {none}"
        agreed = (
            self.tr("%1 of %2 agreed")
            .replace("%1", str(self.tally.agreed))
            .replace("%2", str(self.tally.agreements))
        )
        return f"{entries} · {agreed}"

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(220, 90)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        doen = self.kind == "doen"
        ink = QColor(COLOURS.doen if doen else COLOURS.verhelderen)
        soft = QColor(COLOURS.doen_soft if doen else COLOURS.verhelderen_soft)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        fill = QColor(COLOURS.surface) if doen else soft
        if self.isDown():
            fill = QColor(COLOURS.selection)
        elif self.underMouse():
            fill = soft.darker(104) if not doen else soft
        painter.setPen(QPen(ink, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 10, 10)
        if self.hasFocus():
            painter.setPen(QPen(QColor(COLOURS.focus), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 12, 12)
        inner = box.adjusted(14, 10, -14, -10).toRect()
        title_font = QFont(self.font())
        title_font.setBold(True)
        # Bigger tiles (a large screen or a projector) get a bigger title.
        scale = 1.35 if self.height() > 120 else 1.12 if self.width() >= 190 else 1.0
        title_font.setPointSizeF(self.font().pointSizeF() * scale)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * (1.05 if self.height() > 120 else 0.92))
        small_metrics = QFontMetrics(small)
        counts_height = small_metrics.height()
        title_rect = QRect(
            inner.left(), inner.top(), inner.width(), inner.height() - counts_height - 6
        )
        wrap = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        _fit(title_font, title_rect, wrap, self.title, floor=self.font().pointSizeF() * 0.8)
        painter.setPen(QColor(COLOURS.text))
        painter.setFont(title_font)
        painter.drawText(title_rect, wrap, self.title)
        counts_top = inner.bottom() - counts_height
        painter.setFont(small)
        painter.setPen(QColor(COLOURS.muted))
        painter.drawText(
            QRect(inner.left(), counts_top, inner.width(), counts_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small_metrics.elidedText(
                self.counts_text(), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )

    def enterEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().leaveEvent(event)


class ProcessPicture(QWidget):
    """Lays out the eight tiles as the process picture and paints the ring and the DOEN zone."""

    open_worksheet = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 400)
        self.tiles: dict[str, WorksheetTile] = {}
        summaries = {c.key: c.summary for c in library.components}
        summaries.update({t.key: t.summary for t in library.themes})
        for worksheet in library.worksheets():
            tile = WorksheetTile(
                worksheet.key,
                worksheet.title,
                worksheet.kind,
                summaries.get(worksheet.key, ""),
                self,
            )
            tile.clicked.connect(lambda _=False, key=worksheet.key: self.open_worksheet.emit(key))
            self.tiles[worksheet.key] = tile
        self._ring = QRectF()
        self._zone = QRectF()
        self._legend = QRectF()

    def set_tallies(self, tallies: dict[str, WorksheetTally]) -> None:
        for key, tile in self.tiles.items():
            tile.set_tally(tallies.get(key, WorksheetTally()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        metrics = self.fontMetrics()
        margin, gap, inner = 12, 14, 10
        header = metrics.height() + 14
        legend = metrics.height() + 16
        avail_w = self.width() - 2 * margin
        avail_h = self.height() - 2 * margin - legend
        theme_h = (avail_h - 2 * gap - header - 3 * inner) / (2 + 2 * 1.1)
        theme_h = max(64.0, min(150.0, theme_h))
        doen_h = theme_h * 1.1
        total_h = 2 * theme_h + 2 * gap + header + 2 * doen_h + 3 * inner
        width = min(avail_w, 1180)
        left = margin + (avail_w - width) / 2
        top = margin + max(0.0, (avail_h - total_h) / 2)
        self._ring = QRectF(left + 8, top + theme_h / 2, width - 16, total_h - theme_h)
        theme_w = min(400.0, width * 0.42)
        centres = (left + width * 0.27, left + width * 0.73)
        rows = (top, top + total_h - theme_h)
        places = [
            (centres[0], rows[0]),
            (centres[1], rows[0]),
            (centres[1], rows[1]),
            (centres[0], rows[1]),
        ]
        for key, (centre, y) in zip(THEME_ORDER, places, strict=True):
            if key in self.tiles:
                self.tiles[key].setGeometry(
                    QRectF(centre - theme_w / 2, y, theme_w, theme_h).toRect()
                )
        self._zone = QRectF(
            left + 40, top + theme_h + gap, width - 80, header + 2 * doen_h + 3 * inner
        )
        doen_w = (self._zone.width() - 3 * inner) / 2
        doen_keys = [key for key, tile in self.tiles.items() if tile.kind == "doen"]
        for index, key in enumerate(doen_keys[:4]):
            row, column = divmod(index, 2)
            x = self._zone.left() + inner + column * (doen_w + inner)
            y = self._zone.top() + header + row * (doen_h + inner)
            self.tiles[key].setGeometry(QRectF(x, y, doen_w, doen_h).toRect())
        self._legend = QRectF(left, top + total_h + 6, width, legend)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring_colour = QColor(COLOURS.verhelderen)
        pen = QPen(ring_colour, 3, Qt.PenStyle.DashLine)
        pen.setDashPattern([4, 3])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._ring, 40, 40)
        self._paint_arrows(painter, ring_colour)
        painter.setPen(QPen(QColor(COLOURS.doen), 1.5))
        painter.setBrush(QColor(COLOURS.doen_soft))
        painter.drawRoundedRect(self._zone, 14, 14)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(COLOURS.doen))
        zone_text = self._zone.adjusted(14, 6, -14, 0)
        painter.drawText(
            zone_text,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            painter.fontMetrics().elidedText(
                self.tr("DOEN · four components, running side by side"),
                Qt.TextElideMode.ElideRight,
                int(zone_text.width()),
            ),
        )
        painter.setPen(ring_colour)
        painter.drawText(
            self._legend,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(
                self.tr("VERHELDEREN · four themes that keep coming back"),
                Qt.TextElideMode.ElideRight,
                int(self._legend.width()),
            ),
        )

    def _paint_arrows(self, painter: QPainter, colour: QColor) -> None:
        """Arrowheads on the ring's sides: up on the left, down on the right (clockwise)."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        middle = self._ring.center().y()
        size = 9.0
        for x, direction in ((self._ring.left(), -1), (self._ring.right(), 1)):
            tip = QPointF(x, middle + direction * size)
            base = middle - direction * size
            path = QPainterPath()
            path.addPolygon(QPolygonF([tip, QPointF(x - size, base), QPointF(x + size, base), tip]))
            painter.drawPath(path)


def _fit(font: QFont, rect: QRect, flags: int, text: str, floor: float) -> None:
    """Shrink ``font`` (not below ``floor`` points) until ``text`` wraps inside ``rect``.

    On a narrow window (a 1024-wide beamer) long titles would otherwise be cut off.
    """
    while font.pointSizeF() > floor:
        needed = QFontMetrics(font).boundingRect(rect, flags, text)
        if needed.height() <= rect.height() and needed.width() <= rect.width():
            return
        font.setPointSizeF(max(floor, font.pointSizeF() - 0.5))
