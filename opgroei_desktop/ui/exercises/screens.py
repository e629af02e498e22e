"""What the projector shows during an exercise: the radar with the biggest differences (or the
trend), the scenario matrix, the revealed card, or the role-reversal dilemma.

Driven only by the run state: the current step's exercise, ``exercise_data``, the shown card
and the baseline view. It owns no data and never writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...export.charts import ChartColours, Series
from ...export.minutes_exercises import radar_series
from .. import labels
from ..common.rich_text import escape
from .words import TREND

if TYPE_CHECKING:
    from ..run.run_state import RunState
from .card_view import CardView
from .charts import MatrixChart, RadarChart, TrendChart
from .controller import BASELINE, CARDS, ROLE_REVERSAL, SCENARIOS
from .words import played_line, score_text, verdict_word

DIFFERENCES_SHOWN = 2
"""On the beamer, beside the radar and the three lines, in letters the back row reads."""
ROOM_TEXT = 0.032
"""The smallest letters the room must read, as a share of the screen height (24 px at 768)."""
GRID = {"#0B0E13": "#3A4452"}


def chart_colours(palette: Any) -> ChartColours:
    """Chart colours from a projector palette."""
    return ChartColours(
        palette.background, palette.text, palette.muted, GRID.get(palette.background, "#C5CDD6")
    )


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class BaselineScreen(QWidget):
    """The radar of both parties beside the statements they differ on most; or the trend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.radar = RadarChart()
        self.trend = TrendChart()
        self.heading = _label("differences_heading")
        self.heading.setText(self.tr("Where we differ most"))
        self.rows: list[QLabel] = []
        self.lines = QLabel()
        self.lines.setObjectName("lines")
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.empty = _label("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side = QVBoxLayout()
        side.setSpacing(14)
        side.addWidget(self.heading)
        for _ in range(DIFFERENCES_SHOWN):
            row = QLabel()
            row.setTextFormat(Qt.TextFormat.RichText)
            row.setWordWrap(True)
            self.rows.append(row)
            side.addWidget(row)
        side.addSpacing(10)
        side.addWidget(self.lines)
        side.addStretch(1)
        self.radar_page = QWidget()
        radar_layout = QHBoxLayout(self.radar_page)
        radar_layout.setContentsMargins(0, 0, 0, 0)
        radar_layout.setSpacing(24)
        radar_layout.addWidget(self.radar, 3)
        radar_layout.addLayout(side, 2)
        self.pages = QStackedWidget()
        for page in (self.radar_page, self.trend, self.empty):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.palette_: Any = None

    def render(self, state: RunState, palette: Any) -> None:
        """Show the data of the baseline in ``state``."""
        self.palette_ = palette
        show = state.exercise_data.get(BASELINE)
        colours = chart_colours(palette)
        self.radar.set_colours(colours)
        self.trend.set_colours(colours)
        self.heading.setStyleSheet(f"color: {palette.accent}; font-weight: bold;")
        if show is None or show.result.empty:
            self.empty.setText(self.tr("No scores yet. The result appears here when it is shown."))
            self.pages.setCurrentWidget(self.empty)
            return
        if not state.baseline_revealed:
            # While people score in silence, nobody sees how the others scored.
            counts = show.result.counts
            self.empty.setText(
                self.tr("Scoring in silence. The result follows when everyone is done.")
                + "\n\n"
                + self.tr("Scores so far: municipality {0} · initiative {1}").format(
                    counts.get("gemeente", 0), counts.get("initiatief", 0)
                )
            )
            self.pages.setCurrentWidget(self.empty)
            return
        content, result = show.content, show.result
        names = {party: labels.party(party) for party in ("gemeente", "initiatief")}
        axes = tuple(content.short_title(d) for d in result.dimensions)
        self.radar.set_data(axes, tuple(radar_series(result, names, palette.parties)))
        biggest = result.biggest(DIFFERENCES_SHOWN)
        for row, difference in zip(
            self.rows, [*biggest, *[None] * DIFFERENCES_SHOWN], strict=False
        ):
            row.setVisible(difference is not None)
            if difference is not None:
                row.setText(self._difference_html(difference, names, palette))
        self.lines.setText(self._lines_html(result, names, palette))
        self.lines.setVisible(bool(result.lines))
        if state.baseline_view == TREND and len(show.trend) >= 2:
            panels = tuple(
                (
                    content.short_title(d),
                    tuple(radar_series_over_time(show.trend, d, names, palette.parties)),
                )
                for d in result.dimensions
            )
            moments = tuple(
                labels.day(p.assessment.held_on) or p.assessment.title for p in show.trend
            )
            self.trend.set_data(panels, moments)
            self.pages.setCurrentWidget(self.trend)
        else:
            self.pages.setCurrentWidget(self.radar_page)

    @staticmethod
    def _difference_html(difference: Any, names: dict[str, str], palette: Any) -> str:
        parts = [
            f'<span style="color:{palette.parties[party]}; font-weight:bold">'
            f"{escape(names[party][:1])} {score_text(getattr(difference, party))}</span>"
            for party in ("gemeente", "initiatief")
        ]
        return f"{escape(difference.statement.text)}<br>{' · '.join(parts)}"

    def _lines_html(self, result: Any, names: dict[str, str], palette: Any) -> str:
        titles = {
            "partijen": self.tr("Parties"),
            "samenwerking": self.tr("Collaboration"),
            "participatie": self.tr("Participation"),
        }
        rows = []
        for line, title in titles.items():
            averages = result.lines.get(line)
            if averages is None:
                continue
            scores = " · ".join(
                f'<span style="color:{palette.parties[party]}; font-weight:bold">'
                f"{escape(names[party][:1])} {score_text(averages.get(party))}</span>"
                for party in ("gemeente", "initiatief")
            )
            rows.append(f"{escape(title)}&nbsp; {scores}")
        heading = escape(self.tr("The three lines"))
        return (
            f'<span style="color:{palette.accent}; font-weight:bold">{heading}</span><br>'
            + "<br>".join(rows)
        )

    def size_fonts(self, height: int) -> None:
        """Letters that read from the back of the room."""
        _pixel(self.heading, height * 0.036)
        _pixel(self.lines, height * ROOM_TEXT)
        for row in self.rows:
            _pixel(row, height * ROOM_TEXT)
        _pixel(self.empty, height * 0.045)
        self.radar.set_min_text_px(height * ROOM_TEXT)
        self.trend.set_min_text_px(height * ROOM_TEXT)


def radar_series_over_time(points: tuple, dimension: str, names: dict, colours: dict) -> list:
    """Per party, its averages on one dimension over the measurements."""
    return [
        Series(
            names[party],
            colours[party],
            tuple(p.averages[dimension][party] for p in points),
            dashed=party == "initiatief",
        )
        for party in ("gemeente", "initiatief")
    ]


class CardScreen(QWidget):
    """The card turned over now, with the pile's count; the pile alone before the first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = CardView()
        self.pile = _label("pile")
        self.pile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.pile)

    def render(self, state: RunState, palette: Any) -> None:
        """Show the card the run state points at."""
        cards = state.exercise_data.get(CARDS) or []
        shown = next((c for c in cards if c.id == state.shown_card_id), None)
        self.card.party_colours = dict(palette.parties)
        self.card.set_card(shown)
        self.card.setVisible(shown is not None)
        judged = [c for c in cards if c.verdict]
        if not cards:
            text = self.tr("The cards appear here one by one, as they are read out.")
        elif shown is None:
            text = self.tr("%n card(s) on the pile. Which one goes first?", "", len(cards))
        else:
            number = cards.index(shown) + 1
            text = self.tr("Card {0} of {1}").format(number, len(cards))
            if judged:
                counts = " · ".join(
                    f"{verdict_word(v).lower()} {sum(1 for c in judged if c.verdict == v)}"
                    for v in ("waar", "deels", "niet_waar")
                )
                text += f"  ·  {counts}"
        self.pile.setText(text)
        self.pile.setStyleSheet(f"color: {palette.muted};")

    def size_fonts(self, height: int) -> None:
        """Letters that read from the back of the room."""
        _pixel(self.pile, height * ROOM_TEXT)
        self.card.min_text_px = height * ROOM_TEXT
        self.card.update()


class RoleScreen(QWidget):
    """The dilemma in large type, and what each side noticed while playing the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = _label("dilemma_caption")
        self.caption.setText(self.tr("Our dilemma"))
        self.dilemma = _label("dilemma")
        self.columns: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(30)
        for column, party in enumerate(("gemeente", "initiatief")):
            heading, body = _label(f"{party}_heading"), _label(f"{party}_noticed")
            heading.setText(played_line(party))
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(heading, 0, column)
            grid.addWidget(body, 1, column)
            grid.setColumnStretch(column, 1)
            self.columns[party] = (heading, body)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.dilemma)
        layout.addLayout(grid, 1)

    def render(self, state: RunState, palette: Any) -> None:
        """Show the dilemma and the two columns."""
        show = state.exercise_data.get(ROLE_REVERSAL)
        dilemma = show.dilemma if show is not None else ""
        self.caption.setStyleSheet(f"color: {palette.muted};")
        self.dilemma.setText(dilemma or self.tr("The dilemma appears here."))
        self.dilemma.setStyleSheet(
            f"color: {palette.text}; background: {palette.newest}; padding: 14px;"
            f" border-left: 10px solid {palette.accent};"
        )
        for party, (heading, body) in self.columns.items():
            heading.setStyleSheet(f"color: {palette.parties[party]}; font-weight: bold;")
            noticed = show.noticed.get(party, ()) if show is not None else ()
            body.setText("\n".join(f"• {' '.join(text.split())}" for text in noticed[-5:]))
            body.setStyleSheet(f"color: {palette.text};")

    def size_fonts(self, height: int) -> None:
        """Letters that read from the back of the room."""
        _pixel(self.caption, height * ROOM_TEXT)
        _pixel(self.dilemma, height * 0.05)
        for heading, body in self.columns.values():
            _pixel(heading, height * 0.034)
            _pixel(body, height * 0.034)


class ExerciseScreen(QStackedWidget):
    """The projector's view of the current step's exercise."""

    def __init__(self, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("Exercise shown to the room"))
        self.baseline = BaselineScreen()
        self.matrix = MatrixChart()
        self.cards = CardScreen()
        self.role = RoleScreen()
        self.pages = {
            BASELINE: self.baseline,
            SCENARIOS: self.matrix,
            CARDS: self.cards,
            ROLE_REVERSAL: self.role,
        }
        for page in self.pages.values():
            self.addWidget(page)
        self.palette_: Any = None

    def render(self, palette: Any) -> None:
        """Show the page of the current exercise, with its data."""
        self.palette_ = palette
        exercise = self.state.exercise
        page = self.pages.get(exercise or "")
        if page is None:
            return
        self.setCurrentWidget(page)
        if page is self.matrix:
            self.matrix.set_colours(chart_colours(palette))
            self.matrix.set_party_colours(palette.parties, palette.accent)
            self.matrix.set_data(self.state.exercise_data.get(SCENARIOS))
        else:
            page.render(self.state, palette)

    def size_fonts(self, height: int) -> None:
        """Scale the pages' letters with the projector window."""
        for page in (self.baseline, self.cards, self.role):
            page.size_fonts(height)
        self.matrix.set_min_text_px(height * ROOM_TEXT)


def _pixel(widget: QWidget, size: float) -> None:
    font = widget.font()
    font.setPixelSize(max(int(size), 10))
    widget.setFont(font)
