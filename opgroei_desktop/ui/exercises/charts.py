"""Chart widgets for the exercises: the baseline radar, the trend and the scenario matrix.

The radar and the trend are painted by ``export.charts``, the same drawing the minutes use;
the matrix is painted here. Each widget paints only the plain values it was given, never
querying anything while painting.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...export.charts import PRINT, ChartColours, Series, paint_radar, paint_trend
from ...worksheets.exercise_results import SHARED_FROM, ScenarioMatrix

HEAT = {1: "#9B1C12", 2: "#F08A4B", 3: "#F6D55C", 4: "#8CCB5E", 5: "#0F5C2E"}
"""Score colours from 1 (bad) to 5 (good); the number is always printed on top, at 7:1."""
HEAT_TEXT = {1: "#FFFFFF", 2: "#101418", 3: "#101418", 4: "#101418", 5: "#FFFFFF"}


class ChartWidget(QWidget):
    """A painted chart with colours that follow the projector's theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours: ChartColours = PRINT
        self.min_text_px = 11.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 160)

    def set_colours(self, colours: ChartColours) -> None:
        """Paint with these colours from now on."""
        self.colours = colours
        self.update()

    def set_min_text_px(self, pixels: float) -> None:
        """No letter smaller than this (the projector sets what reads from the back)."""
        self.min_text_px = pixels
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw the chart over the whole widget with ``painter``."""
        raise NotImplementedError


class RadarChart(ChartWidget):
    """Both parties' averages per dimension as a radar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axes: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.setAccessibleName(self.tr("Radar chart of the baseline"))

    def set_data(self, axes: tuple[str, ...], series: tuple[Series, ...]) -> None:
        """The axis titles and one series per party."""
        self.axes, self.series = axes, series
        self.setAccessibleDescription(
            "; ".join(
                f"{one.name}: "
                + ", ".join(
                    f"{axis} {value:.1f}"
                    for axis, value in zip(axes, one.values, strict=False)
                    if value
                )
                for one in series
            )
        )
        self.update()

    def paint(self, painter: QPainter) -> None:
        """Draw the radar over the whole widget."""
        paint_radar(
            painter,
            QRectF(self.rect()),
            self.axes,
            self.series,
            self.colours,
            min_px=self.min_text_px,
        )


class TrendChart(ChartWidget):
    """Small line charts per dimension over the repeated measurements."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels: tuple[tuple[str, tuple[Series, ...]], ...] = ()
        self.moments: tuple[str, ...] = ()
        self.setAccessibleName(self.tr("Trend of the baseline over time"))

    def set_data(self, panels: tuple, moments: tuple[str, ...]) -> None:
        """One panel (title, series) per dimension, and the labels of the measurements."""
        self.panels, self.moments = panels, moments
        self.update()

    def paint(self, painter: QPainter) -> None:
        """Draw the small charts over the whole widget."""
        paint_trend(
            painter,
            QRectF(self.rect()),
            self.panels,
            self.moments,
            self.colours,
            min_px=self.min_text_px,
        )


class MatrixChart(ChartWidget):
    """Scenarios by criteria, two cells per criterion (municipality, initiative): colour and
    number, with a star where both rate it 4 or higher."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: ScenarioMatrix | None = None
        self.party_colours = {"gemeente": "#2561A3", "initiatief": "#A8501A"}
        self.accent = "#1F5C8B"
        self.setAccessibleName(self.tr("Scenario matrix"))

    def set_data(self, matrix: ScenarioMatrix | None) -> None:
        """The matrix to paint."""
        self.matrix = matrix
        self.update()

    def set_party_colours(self, colours: dict[str, str], accent: str) -> None:
        """The parties' colours and the highlight colour of the theme."""
        self.party_colours, self.accent = dict(colours), accent
        self.update()

    def paint(self, painter: QPainter) -> None:
        """Draw the matrix over the whole widget."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colours
        painter.fillRect(self.rect(), QColor(c.background))
        matrix = self.matrix
        if matrix is None or not matrix.scenarios:
            return
        width, height = self.width(), self.height()
        rows, columns = len(matrix.scenarios), len(matrix.criteria)
        least = self.min_text_px
        font_px = max(least, min(height / (rows + 2.2) * 0.34, width * 0.028))
        legend_h = font_px * 1.8
        header_h = font_px * 3.0
        title_w = width * 0.26
        row_h = min((height - header_h - legend_h) / rows, font_px * 3.4)
        cell_w = (width - title_w) / columns
        gap = max(2.0, font_px * 0.15)
        font = QFont(self.font())
        letters = {"gemeente": self.tr("M"), "initiatief": self.tr("I")}
        parties = ("gemeente", "initiatief")
        for column, criterion in enumerate(matrix.criteria):
            left = title_w + column * cell_w
            font.setPixelSize(int(max(least, font_px * 0.95)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(c.text))
            painter.drawText(
                QRectF(left, 0, cell_w, header_h * 0.55),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                criterion.short,
            )
            font.setPixelSize(int(max(least, font_px * 0.75)))
            painter.setFont(font)
            half = (cell_w - 3 * gap) / 2
            for number, party in enumerate(parties):
                painter.setPen(QColor(self.party_colours[party]))
                painter.drawText(
                    QRectF(
                        left + gap + number * (half + gap), header_h * 0.55, half, header_h * 0.4
                    ),
                    int(Qt.AlignmentFlag.AlignCenter),
                    letters[party],
                )
        for row, scenario in enumerate(matrix.scenarios):
            top = header_h + row * row_h
            font.setPixelSize(int(font_px))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(c.text))
            painter.drawText(
                QRectF(0, top, title_w - gap * 2, row_h),
                int(
                    Qt.AlignmentFlag.AlignVCenter
                    | Qt.AlignmentFlag.AlignLeft
                    | Qt.TextFlag.TextWordWrap
                ),
                scenario.title,
            )
            for column, criterion in enumerate(matrix.criteria):
                left = title_w + column * cell_w
                half = (cell_w - 3 * gap) / 2
                ratings = [matrix.rating(scenario.id, criterion.key, p) for p in parties]
                for number, rating in enumerate(ratings):
                    cell = QRectF(
                        left + gap + number * (half + gap), top + gap, half, row_h - 2 * gap
                    )
                    self._cell(painter, cell, rating.score if rating else None, font_px)
                if all(r is not None and r.score >= SHARED_FROM for r in ratings):
                    painter.setPen(QPen(QColor(self.accent), max(3.0, font_px * 0.2)))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(
                        QRectF(left + gap / 2, top + gap / 2, cell_w - gap, row_h - gap), 6, 6
                    )
        font.setPixelSize(int(max(least, font_px * 0.75)))
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor(c.muted))
        painter.drawText(
            QRectF(0, height - legend_h, width, legend_h),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("M = municipality · I = initiative · 1 poor … 5 good · framed: both 4 or more"),
        )

    def _cell(self, painter: QPainter, cell: QRectF, score: int | None, font_px: float) -> None:
        font = QFont(self.font())
        font.setPixelSize(int(max(self.min_text_px, min(cell.height() * 0.6, font_px * 1.4))))
        font.setBold(True)
        painter.setFont(font)
        if score is None:
            painter.setPen(QPen(QColor(self.colours.grid), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell, 4, 4)
            painter.setPen(QColor(self.colours.muted))
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), "–")
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(HEAT[score]))
        painter.drawRoundedRect(cell, 4, 4)
        painter.setPen(QColor(HEAT_TEXT[score]))
        painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(score))
