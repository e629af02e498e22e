"""The projector window: what the room sees, in type sized to the screen, from the run state.

It shows the step title, the prompt for the room, the timer and the newest entries (or, at the
end, today's decisions, agreements and actions); on a step with an exercise, the exercise's
view (radar, scenario matrix, card, dilemma) takes the place of the entries. It owns no data
and never writes. It never takes the keyboard either: a key that reaches it anyway (a click
on it, a window system that hands it the focus) is passed to the console, which treats it
exactly as if it had been typed there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
    QTextTable,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.vocab import EntryKind
from ..common.rich_text import escape, inline_html, safe_browser
from ..exercises.screens import ExerciseScreen
from . import labels
from .projector_theme import PALETTES
from .run_state import CHECK_IN, DARK, FINISHED, RUNNING, RunState
from .summary import SummaryBlock, summary_blocks

ENTRIES_SHOWN = 8
ROOM_TEXT = 0.032
"""The smallest letters the room must read, as a share of the screen height (24 px at 768)."""
RECAP_TEXT = 0.04
BLANK = "#000000"
ROW_MARGIN = 8


class ProjectorWindow(QWidget):
    """A second top-level window that renders the run state for the room.

    ``keyForwarded`` carries a copy of every key that reached the projector, for the console.
    """

    keyForwarded = Signal(QKeyEvent)

    def __init__(self, state: RunState, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.state = state
        self.setWindowTitle(self.tr("Opgroei — projector"))
        self.setAccessibleName(self.tr("Projector view"))
        # The facilitator keeps typing in the console, whatever is clicked in the room.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setMinimumSize(320, 240)
        self.palette_ = PALETTES[DARK]
        self._final = False

        self.step_label = self._label("step")
        self.title_label = self._label("title")
        self.title_label.setWordWrap(True)
        self.timer_label = self._label("timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.timer_caption = self._label("timer_caption")
        self.timer_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.prompt_label = self._label("prompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.entries_view = safe_browser(QTextBrowser())
        self.entries_view.setAccessibleName(self.tr("Entries shown to the room"))
        self.entries_view.setFrameShape(QFrame.Shape.NoFrame)
        self.entries_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.entries_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries_view.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.entries_view.viewport().installEventFilter(self)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.step_label)
        titles.addWidget(self.title_label)
        header.addLayout(titles, 1)
        timer = QVBoxLayout()
        timer.setSpacing(0)
        timer.addWidget(self.timer_label)
        timer.addWidget(self.timer_caption)
        timer.addStretch(1)
        header.addLayout(timer)
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.addLayout(header)
        self.content_layout.addWidget(self.prompt_label)
        self.exercise_screen = ExerciseScreen(state)
        self.body = QStackedLayout()
        self.body.addWidget(self.entries_view)
        self.body.addWidget(self.exercise_screen)
        self.content_layout.addLayout(self.body, 1)
        self.blank_page = QWidget()
        self.blank_page.setObjectName("blank")
        self.blank_page.setAccessibleName(self.tr("Blank screen"))
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.blank_page)

        for signal in (state.stepChanged, state.agendaChanged, state.phaseChanged):
            signal.connect(self.render)
        state.meetingChanged.connect(self.render)
        state.questionChanged.connect(self.render)
        state.entriesChanged.connect(self.render_entries)
        state.exerciseChanged.connect(self.render_exercise)
        state.privacyChanged.connect(self.render_entries)
        state.privacyChanged.connect(self.render_exercise)
        state.timerChanged.connect(self.render_timer)
        state.runningChanged.connect(self.render_timer)
        state.recapChanged.connect(self.render_entries)
        state.blankChanged.connect(self._show_blank)
        state.themeChanged.connect(self.apply_theme)
        self.apply_theme()

    # -- rendering -------------------------------------------------------------------------

    def apply_theme(self) -> None:
        """Colour the window after the run state's theme."""
        self.palette_ = PALETTES.get(self.state.theme, PALETTES[DARK])
        p = self.palette_
        self.setStyleSheet(
            f"ProjectorWindow, QWidget {{ background: {p.background}; color: {p.text}; }}"
            f" QTextBrowser {{ background: {p.background}; color: {p.text}; border: none; }}"
            # A blanked beamer is dark in every theme: light would dazzle the room.
            f" QWidget#blank {{ background: {BLANK}; }}"
        )
        self.step_label.setStyleSheet(f"color: {p.muted};")
        self.title_label.setStyleSheet(f"color: {p.accent}; font-weight: bold;")
        # Links in what was typed read like the rest: Qt's default blue is lost on black.
        colours = self.entries_view.palette()
        for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
            colours.setColor(role, QColor(p.accent))
        self.entries_view.setPalette(colours)
        self.render()

    def render(self) -> None:
        """Show the current step (or the welcome, closing or thank-you screen)."""
        state = self.state
        step = state.current_step
        meeting_title = state.meeting.title if state.meeting is not None else ""
        if state.phase == CHECK_IN:
            self.step_label.setText(self._when())
            self.title_label.setText(meeting_title)
            self.prompt_label.setText(self.tr("Welcome! We will start in a moment."))
        elif state.phase == FINISHED:
            self.step_label.setText(meeting_title)
            self.title_label.setText(self.tr("Thank you!"))
            self.prompt_label.setText(self.tr("This is what we decided and agreed today."))
        elif step is None:
            self.step_label.setText(meeting_title)
            self.title_label.setText(self.tr("Closing"))
            self.prompt_label.setText(self.tr("Is this what we decided and agreed today?"))
        else:
            self.step_label.setText(
                self.tr("Step {0} of {1}").format(state.index + 1, len(state.steps))
            )
            self.title_label.setText(step.title)
            self.prompt_label.setText(state.question or step.prompt)
        self.prompt_label.setVisible(bool(self.prompt_label.text()))
        self._size_fonts()
        self.render_timer()
        self.render_entries()
        self.render_exercise()

    def render_exercise(self, *_: object) -> None:
        """The exercise's view (chart, matrix, card) instead of the entries, when the step has
        one; hidden like the entries in privacy mode."""
        state = self.state
        showing = state.exercise is not None and not state.privacy
        self.body.setCurrentWidget(self.exercise_screen if showing else self.entries_view)
        if showing:
            self.exercise_screen.render(self.palette_)

    def render_timer(self) -> None:
        """The step's time left, or '+mm:ss' in a warning colour once it runs over."""
        state = self.state
        if state.phase != RUNNING or state.current_step is None:
            self.timer_label.setText("")
            self.timer_caption.setText("")
            return
        remaining = state.remaining()
        p = self.palette_
        if remaining < 0:
            text, colour = "+" + labels.clock(-remaining), p.overrun
            caption = self.tr("over time")
        else:
            text, colour = labels.clock(remaining), p.text if state.running else p.muted
            caption = self.tr("left") if state.running else self.tr("paused")
        if self.timer_label.text() != text:
            self.timer_label.setText(text)
        if self.timer_caption.text() != caption:
            self.timer_caption.setText(caption)
        style = f"color: {colour}; font-weight: bold;"
        if self.timer_label.styleSheet() != style:
            self.timer_label.setStyleSheet(style)
            self.timer_caption.setStyleSheet(f"color: {colour};")

    def render_entries(self) -> None:
        """The newest entries of the current step, the closing list, or before the start the
        meeting's goal and agenda; nothing in privacy mode."""
        state = self.state
        if state.privacy:
            self.entries_view.clear()
            return
        if state.phase == CHECK_IN:
            self.entries_view.setHtml(self._walk_in_html())
            return
        if state.phase == FINISHED or state.at_closing:
            self._show_recap()
            return
        self._pixel_font(self.entries_view, max(self.height(), 240) * 0.042)
        self.entries_view.document().setDefaultFont(self.entries_view.font())
        public = [
            entry
            for entry in state.entries_of_step(state.current_step.id)
            if entry.kind != EntryKind.PRIVE
        ]
        shown = public[-ENTRIES_SHOWN:]
        rows = [self._entry_row(entry, entry is shown[-1]) for entry in shown]
        self._set_rows(rows)
        self._drop_rows_that_do_not_fit()
        # A note too long for the screen shows from its start, where the speaker is named.
        bar = self.entries_view.verticalScrollBar()
        bar.setValue(min(bar.maximum(), self._top_of_newest_row()))

    def _walk_in_html(self) -> str:
        """The goal of the meeting and its agenda items, as the room walks in."""
        p, state = self.palette_, self.state
        goal_title, agenda_title = self.tr("Goal"), self.tr("Agenda")
        parts = []
        goal = getattr(state.meeting, "goal", "") if state.meeting is not None else ""
        if goal:
            parts.append(f'<h2 style="color:{p.accent}">{escape(goal_title)}</h2>')
            parts.append(f"<p>{escape(goal)}</p>")
        if state.items:
            parts.append(f'<h2 style="color:{p.accent}">{escape(agenda_title)}</h2><ol>')
            parts.extend(f"<li>{escape(item.title)}</li>" for item in state.items)
            parts.append("</ol>")
        return "".join(parts)

    def _set_rows(self, rows: list[str]) -> None:
        self.entries_view.setHtml(
            f'<table width="100%" cellspacing="3" cellpadding="5">{"".join(rows)}</table>'
        )

    def _drop_rows_that_do_not_fit(self) -> None:
        """Leave out the oldest rows that do not fit, so that no entry shows cut in half."""
        view = self.entries_view
        document = view.document()
        document.setTextWidth(view.viewport().width())
        total, available = document.size().height(), view.viewport().height()
        tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
        if total <= available or not tables:
            return
        table, layout = tables[0], document.documentLayout()
        first = table.rows() - 1
        for row in range(table.rows()):
            block = table.cellAt(row, table.columns() - 1).firstCursorPosition().block()
            top = layout.blockBoundingRect(block).top() - ROW_MARGIN
            if total - top <= available:
                first = row
                break
        if first:
            table.removeRows(0, first)

    def _top_of_newest_row(self) -> int:
        document = self.entries_view.document()
        tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
        if not tables or not tables[0].rows():
            return 0
        table = tables[0]
        block = table.cellAt(table.rows() - 1, table.columns() - 1).firstCursorPosition().block()
        return max(0, int(document.documentLayout().blockBoundingRect(block).top()) - ROW_MARGIN)

    def _show_recap(self) -> None:
        """Today's decisions, agreements and actions in letters the back row reads; a list
        longer than the screen is shown a page at a time (PgDn) with how many more follow."""
        state, p, view = self.state, self.palette_, self.entries_view
        self._pixel_font(view, max(self.height(), 240) * RECAP_TEXT)
        view.document().setDefaultFont(view.font())
        blocks = summary_blocks(state, p.accent, p.muted)
        pages = self._recap_pages(blocks)
        state.set_recap_pages(len(pages))
        shown = pages[state.recap_page]
        more = sum(1 for block in blocks[shown[-1] + 1 :] if block.is_line)
        view.setHtml("".join(blocks[index].html for index in shown) + self._recap_footer(more))

    def _recap_footer(self, more: int) -> str:
        if not more:
            return ""
        text = self.tr("{0} more — PgDn").format(more)
        return f'<p align="right" style="color:{self.palette_.muted}"><b>{escape(text)}</b></p>'

    def _recap_pages(self, blocks: list[SummaryBlock]) -> list[list[int]]:
        """Block indices per page; a page that starts inside a list repeats its heading."""
        view = self.entries_view
        measure = QTextDocument()
        measure.setDefaultFont(view.font())
        measure.setTextWidth(view.viewport().width())
        available = view.viewport().height()

        def height(indices: list[int], more: int) -> float:
            measure.setHtml(
                "".join(blocks[index].html for index in indices) + self._recap_footer(more)
            )
            return measure.size().height()

        pages: list[list[int]] = []
        start = 0
        while start < len(blocks):
            first = blocks[start]
            page = [first.heading] if first.is_line else []
            end = start
            while end < len(blocks):
                more = sum(1 for block in blocks[end + 1 :] if block.is_line)
                if end > start and height([*page, end], more) > available:
                    break
                page.append(end)
                end += 1
            # A heading is never left alone at the foot of a page.
            if end < len(blocks) and end - start > 1 and not blocks[end - 1].is_line:
                page.pop()
                end -= 1
            pages.append(page)
            start = end
        return pages or [[]]

    def _entry_row(self, entry: object, newest: bool) -> str:
        p = self.palette_
        tags = []
        if entry.voice:
            tags.append(labels.voice(entry.voice))
        if entry.kind != EntryKind.OPMERKING:
            tag = labels.kind(entry.kind)
            if entry.decision_number:
                tag += f" {entry.decision_number}"
            tags.append(tag)
        colour = p.parties.get(entry.voice or "", p.muted)
        lead = (
            f'<span style="color:{colour}; font-weight:bold; font-size:80%">'
            f"{escape(' · '.join(tags))}</span>&nbsp; "
            if tags
            else ""
        )
        background = f' bgcolor="{p.newest}"' if newest else ""
        return (
            f'<tr><td width="10" bgcolor="{colour}"></td><td width="6"></td>'
            f"<td{background}>{lead}{inline_html(entry.text)}{self._action_details(entry)}"
            "</td></tr>"
        )

    def _action_details(self, entry: object) -> str:
        action = self.state.actions.get(entry.id)
        if action is None:
            return ""
        parts = []
        if action.owner_person_id:
            parts.append(self.state.names.get(action.owner_person_id, ""))
        elif action.owner_party:
            parts.append(labels.party(action.owner_party))
        if action.due_on:
            parts.append(self.tr("before {0}").format(labels.day(action.due_on)))
        parts = [part for part in parts if part]
        if not parts:
            return ""
        return f' <span style="color:{self.palette_.muted}">→ {escape(", ".join(parts))}</span>'

    def _when(self) -> str:
        meeting = self.state.meeting
        if meeting is None or meeting.starts_at is None:
            return ""
        return f"{labels.day(meeting.starts_at.date())} {labels.time_of_day(meeting.starts_at)}"

    # -- sizes -----------------------------------------------------------------------------

    def _size_fonts(self) -> None:
        height = max(self.height(), 240)
        margin = int(height * 0.04)
        self.content_layout.setContentsMargins(margin, margin, margin, margin)
        self.content_layout.setSpacing(int(height * 0.025))
        self._pixel_font(self.step_label, height * 0.035)
        self._pixel_font(self.title_label, height * 0.06)
        self._pixel_font(self.timer_label, height * 0.1)
        self._pixel_font(self.timer_caption, height * ROOM_TEXT)
        self._pixel_font(self.entries_view, height * 0.042)
        self.entries_view.document().setDefaultFont(self.entries_view.font())
        self.exercise_screen.size_fonts(height)
        self._fit_prompt(height)

    def _fit_prompt(self, height: int) -> None:
        label = self.prompt_label
        width = max(self.width() - 2 * int(height * 0.04), 100)
        lines = label.text().split("\n")
        # During an exercise the chart, matrix or card needs the room more than the prompt.
        exercise = self.state.exercise is not None
        size = height * (0.048 if exercise else 0.075)
        room = 0.13 if exercise else 0.3
        while size > height * ROOM_TEXT:
            font = QFont(label.font())
            font.setPixelSize(int(size))
            metrics = QFontMetrics(font)
            needed = metrics.boundingRect(
                0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, label.text()
            )
            # Keep the author's line breaks intact while the letters stay large enough.
            unbroken = max(metrics.horizontalAdvance(line) for line in lines) <= width
            if needed.height() <= height * room and (unbroken or size < height * 0.045):
                break
            size *= 0.93
        self._pixel_font(label, size)

    @staticmethod
    def _pixel_font(widget: QWidget, size: float) -> None:
        font = QFont(widget.font())
        font.setPixelSize(max(int(size), 10))
        widget.setFont(font)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _show_blank(self, blank: bool) -> None:
        self.pages.setCurrentWidget(self.blank_page if blank else self.content)

    # -- events ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._size_fonts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The entries are fitted to the viewport, so they follow its size, not the window's.
        if watched is self.entries_view.viewport() and event.type() == QEvent.Type.Resize:
            self.render_entries()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        self.keyForwarded.emit(
            QKeyEvent(
                event.type(),
                event.key(),
                event.modifiers(),
                event.text(),
                event.isAutoRepeat(),
                event.count(),
            )
        )

    def close_for_good(self) -> None:
        """Close with the console (closing the projector on its own only hides it)."""
        self._final = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # Closed by accident in the room, it must come back with F5 from the console.
        if self._final:
            event.accept()
        else:
            event.ignore()
            self.hide()
