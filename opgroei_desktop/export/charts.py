"""The exercise charts, painted with QPainter: the baseline radar and the trend over time.

One drawing for every place: the projector and the console paint these onto their widgets, the
minutes onto an image. Like the PDF writer, this module imports Qt only inside its functions,
so importing the export package stays Qt-free and quick; painting an image without a window
makes an offscreen QGuiApplication when there is none.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

SCALE_MAX = 5


@dataclass(frozen=True)
class Series:
    """One party's line: its name, colour, line style and a value (or None) per axis."""

    name: str
    colour: str
    values: tuple[float | None, ...]
    dashed: bool = False


@dataclass(frozen=True)
class ChartColours:
    """Background, text, faint text and grid lines of a chart."""

    background: str
    text: str
    muted: str
    grid: str


PRINT = ChartColours("#FFFFFF", "#1D2228", "#55606C", "#C5CDD6")
"""Colours for paper and Word: dark on white."""

PARTY_PRINT = {"gemeente": "#2561A3", "initiatief": "#A8501A"}
"""The parties' colours on paper, the same as in the app."""


def paint_radar(
    painter: Any,
    rect: Any,
    axes: Sequence[str],
    series: Sequence[Series],
    colours: ChartColours,
    *,
    legend: bool = True,
    min_px: float = 11.0,
) -> None:
    """A radar chart of ``series`` over ``axes`` (scores 1–5) filling ``rect`` (a QRectF).

    Type and lines scale with the rectangle, so the same drawing reads on a 1024x768 beamer
    and on an A4 page; no letter is smaller than ``min_px`` pixels. Parties differ by colour,
    by line style and in the legend.
    """
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor(colours.background))
    side = min(rect.width(), rect.height())
    font_px = max(min_px, side * 0.043)
    legend_h = font_px * 2.0 if legend and series else 0.0
    font = QFont(painter.font())
    font.setPixelSize(int(font_px))
    font.setBold(True)
    metrics = QFontMetrics(font)
    # A label may wrap between words, never inside one.
    widest_word = max((metrics.horizontalAdvance(w) for t in axes for w in t.split()), default=0)
    label_w = max(font_px * 6.2, widest_word + font_px * 0.4)
    label_h = metrics.lineSpacing() * 2.2
    area = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - legend_h)
    radius = max(10.0, min(area.width() / 2 - label_w, area.height() / 2 - label_h) / 1.09)
    centre = area.center()
    count = max(len(axes), 3)

    def point(index: float, value: float) -> QPointF:
        angle = -math.pi / 2 + index * 2 * math.pi / count
        distance = radius * value / SCALE_MAX
        return QPointF(
            centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle)
        )

    grid = QPen(QColor(colours.grid), max(1.0, font_px * 0.06))
    painter.setPen(grid)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in range(1, SCALE_MAX + 1):
        painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
    for index in range(count):
        painter.drawLine(centre, point(index, SCALE_MAX))
    small = QFont(font)
    small.setPixelSize(int(max(min_px, font_px * 0.7)))
    small.setBold(False)
    painter.setFont(small)
    painter.setPen(QColor(colours.muted))
    box = font_px * 0.8
    # Large letters on a small radar: number every other ring, so the numbers never overlap.
    every = 1 if radius / SCALE_MAX >= small.pixelSize() * 1.1 else 2
    for ring in range(1, SCALE_MAX + 1, every):
        # Between the first two axes, where no party's dot can sit on the number.
        where = point(0.5, ring)
        painter.drawText(
            QRectF(where.x() - box, where.y() - box, 2 * box, 2 * box),
            int(Qt.AlignmentFlag.AlignCenter),
            str(ring),
        )

    line_width = max(3.0, font_px * 0.2)
    for one in series:
        colour = QColor(one.colour)
        pen = QPen(colour, line_width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if one.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        known = [(i, v) for i, v in enumerate(one.values[:count]) if v is not None]
        fill = QColor(colour)
        fill.setAlphaF(0.16)
        painter.setPen(pen)
        painter.setBrush(fill)
        if len(known) >= 2:
            painter.drawPolygon(QPolygonF([point(i, v) for i, v in known]))
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        dot = line_width * 1.5
        for i, v in known:
            centre_dot = point(i, v)
            if one.dashed:
                painter.drawRect(
                    QRectF(centre_dot.x() - dot, centre_dot.y() - dot, 2 * dot, 2 * dot)
                )
            else:
                painter.drawEllipse(centre_dot, dot, dot)

    painter.setFont(font)
    painter.setPen(QColor(colours.text))
    for index, title in enumerate(axes[:count]):
        angle = -math.pi / 2 + index * 2 * math.pi / count
        anchor = point(index, SCALE_MAX + 0.3)
        cos, sin = math.cos(angle), math.sin(angle)
        x = anchor.x() - (0 if cos > 0.3 else label_w if cos < -0.3 else label_w / 2)
        y = anchor.y() - (0 if sin > 0.3 else label_h if sin < -0.3 else label_h / 2)
        horizontal = (
            Qt.AlignmentFlag.AlignLeft
            if cos > 0.3
            else Qt.AlignmentFlag.AlignRight
            if cos < -0.3
            else Qt.AlignmentFlag.AlignHCenter
        )
        vertical = (
            Qt.AlignmentFlag.AlignTop
            if sin > 0.3
            else Qt.AlignmentFlag.AlignBottom
            if sin < -0.3
            else Qt.AlignmentFlag.AlignVCenter
        )
        painter.drawText(
            QRectF(x, y, label_w, label_h),
            int(horizontal | vertical | Qt.TextFlag.TextWordWrap),
            title,
        )
    if legend_h:
        _legend(
            painter,
            QRectF(rect.left(), rect.bottom() - legend_h, rect.width(), legend_h),
            series,
            font_px,
            colours,
            min_px,
        )
    painter.restore()


def _legend(
    painter: Any,
    rect: Any,
    series: Sequence[Series],
    font_px: float,
    colours: ChartColours,
    min_px: float = 11.0,
) -> None:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPen

    font = QFont(painter.font())
    font.setPixelSize(int(max(min_px, font_px * 0.85)))
    font.setBold(True)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    swatch = font_px * 1.6
    gap = font_px * 1.2
    widths = [swatch + font_px * 0.4 + metrics.horizontalAdvance(s.name) for s in series]
    x = rect.center().x() - (sum(widths) + gap * (len(series) - 1)) / 2
    y = rect.center().y()
    for one, width in zip(series, widths, strict=True):
        pen = QPen(QColor(one.colour), max(3.0, font_px * 0.2))
        if one.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x + swatch, y))
        painter.setPen(QColor(colours.text))
        text_rect = QRectF(x + swatch + font_px * 0.4, rect.top(), width, rect.height())
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), one.name
        )
        x += width + gap


def paint_trend(
    painter: Any,
    rect: Any,
    panels: Sequence[tuple[str, Sequence[Series]]],
    moments: Sequence[str],
    colours: ChartColours,
    *,
    legend: bool = True,
    min_px: float = 10.0,
) -> None:
    """Small line charts, one per dimension (title, series over ``moments``), in a grid of
    four columns: how each party's average moved over repeated measurements. No letter is
    smaller than ``min_px`` pixels; the legend below names the parties' lines."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor(colours.background))
    columns = 4
    rows = max(1, math.ceil(len(panels) / columns))
    shown = next((series for _title, series in panels if series), ())
    font_px = max(min_px, min(rect.width() / columns * 0.085, rect.height() / rows * 0.11))
    small_px = max(min_px, font_px * 0.7)
    font = QFont(painter.font())
    font.setPixelSize(int(small_px))
    metrics = QFontMetrics(font)
    first, last = (moments[0], moments[-1]) if moments else ("", "")
    plot_w = rect.width() / columns - font_px * 2.4
    # The dates under every small chart when they fit; else once, below all of them.
    dates_below = len(moments) > 1 and (
        metrics.horizontalAdvance(first) + metrics.horizontalAdvance(last) + font_px > plot_w
    )
    dates_h = small_px * 1.6 if dates_below else 0.0
    legend_h = font_px * 2.0 if legend and shown else 0.0
    cell_w, cell_h = rect.width() / columns, (rect.height() - legend_h - dates_h) / rows
    for number, (title, series) in enumerate(panels):
        left = rect.left() + (number % columns) * cell_w
        top = rect.top() + (number // columns) * cell_h
        font.setPixelSize(int(font_px))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colours.text))
        painter.drawText(
            QRectF(left, top, cell_w, font_px * 1.5),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        plot = QRectF(
            left + font_px * 1.4,
            top + font_px * 1.8,
            cell_w - font_px * 2.4,
            cell_h - font_px * (2.4 if dates_below else 3.6),
        )
        painter.setPen(QPen(QColor(colours.grid), 1))
        for level in range(1, SCALE_MAX + 1):
            y = plot.bottom() - (level - 1) / (SCALE_MAX - 1) * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        font.setBold(False)
        font.setPixelSize(int(small_px))
        painter.setFont(font)
        painter.setPen(QColor(colours.muted))
        for level in (1, SCALE_MAX):
            y = plot.bottom() - (level - 1) / (SCALE_MAX - 1) * plot.height()
            painter.drawText(
                QRectF(left, y - font_px, font_px * 1.2, 2 * font_px),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(level),
            )
        steps = max(len(moments) - 1, 1)

        def at(index: int, value: float, plot: Any = plot, steps: int = steps) -> QPointF:
            x = plot.left() + (index / steps if len(moments) > 1 else 0.5) * plot.width()
            return QPointF(x, plot.bottom() - (value - 1) / (SCALE_MAX - 1) * plot.height())

        below = QRectF(plot.left(), plot.bottom() + font_px * 0.2, plot.width(), font_px * 1.4)
        if len(moments) == 1:
            painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter), first)
        elif not dates_below:
            painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), first)
            painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), last)
        width = max(2.5, font_px * 0.22)
        for one in series:
            pen = QPen(QColor(one.colour), width)
            if one.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            known = [(i, v) for i, v in enumerate(one.values) if v is not None]
            painter.setPen(pen)
            for (i, v), (j, w) in zip(known, known[1:], strict=False):
                painter.drawLine(at(i, v), at(j, w))
            painter.setBrush(QColor(one.colour))
            painter.setPen(QPen(QColor(one.colour), 1))
            for i, v in known:
                painter.drawEllipse(at(i, v), width * 1.3, width * 1.3)
    if dates_h:
        font.setBold(False)
        font.setPixelSize(int(small_px))
        painter.setFont(font)
        painter.setPen(QColor(colours.muted))
        painter.drawText(
            QRectF(rect.left(), rect.bottom() - legend_h - dates_h, rect.width(), dates_h),
            int(Qt.AlignmentFlag.AlignCenter),
            f"{first} → {last}",
        )
    if legend_h:
        _legend(
            painter,
            QRectF(rect.left(), rect.bottom() - legend_h, rect.width(), legend_h),
            shown,
            font_px,
            colours,
            min_px,
        )
    painter.restore()


def radar_png(
    axes: Sequence[str],
    series: Sequence[Series],
    *,
    width: int = 1600,
    height: int = 1250,
    colours: ChartColours = PRINT,
) -> bytes | None:
    """The radar as PNG bytes for a document; None where no graphics can be made at all
    (a headless process that already runs a non-graphical Qt application)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    if not _graphics_available():
        return None
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        paint_radar(painter, QRectF(0, 0, width, height), axes, series, colours)
    finally:
        painter.end()
    return png_bytes(image)


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes; the binding accepts only str for it.
    image.save(buffer, cast(bytes, "PNG"))
    buffer.close()
    return bytes(data.data())


_app: Any = None


def _graphics_available() -> bool:
    from PySide6.QtGui import QGuiApplication

    global _app
    existing = QGuiApplication.instance()
    if existing is None:
        _app = QGuiApplication(["opgroei", "-platform", "offscreen"])
        return True
    return isinstance(existing, QGuiApplication)
