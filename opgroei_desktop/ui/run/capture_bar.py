"""The capture line with its sticky choices and a legend of the shorthand.

Typing is the fast path: ``g: ac: Bel de wethouder @Anna #15-03`` then Enter. The chips
beside the line show the party and kind that apply when none is typed (Ctrl+1..4, Alt+letter).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.vocab import EntryKind, Voice
from ...worksheets.capture_complete import complete
from ...worksheets.capture_syntax import KIND_CODES, KIND_MARKS, VOICE_CODES
from ..common.lines import UndoFriendlyLine
from ..common.rich_text import escape
from ..theme import COLOURS
from . import keys, labels


class CaptureLine(UndoFriendlyLine):
    """The input line. Ctrl+Z first undoes typing; on an empty history it undoes filed entries.

    Tab finishes the shorthand or owner being typed (``names`` gives the people), or does
    nothing; it never moves the keyboard away from the line.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: Callable[[], list[str]] = list

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        if next_:
            done = complete(self.text(), self.cursorPosition(), self.names())
            if done is not None:
                text, cursor = done
                # Through the edit history, so Ctrl+Z takes a completion back.
                self.selectAll()
                self.insert(text)
                self.setCursorPosition(cursor)
        return True

    def reset(self) -> None:
        """Empty the line and its typing history, after an entry was filed."""
        self.setText("")


class CaptureBar(QWidget):
    """Chips for the sticky party and kind, the input line, a file button and the legend."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voice: Voice | None = None
        self.kind: EntryKind | None = None
        self.voice_chip = self._chip(self.tr("Who"))
        self.voice_chip.clicked.connect(lambda: self.set_voice(None))
        self.kind_chip = self._chip(self.tr("Kind"))
        self.kind_chip.clicked.connect(lambda: self.set_kind(None))
        self.line = CaptureLine()
        self.line.setAccessibleName(self.tr("Capture what is said"))
        self.line.setPlaceholderText(
            self.tr("Type what is said, then Enter. Example: {0}").format(
                self.tr("g: ac: Call the alderman @Anna #15-03")
            )
        )
        self.line.setMinimumHeight(44)
        self.line.setStyleSheet("QLineEdit { font-size: 14pt; }")
        self.line.returnPressed.connect(lambda: self.submitted.emit(self.line.text()))
        self.file_button = QPushButton(self.tr("File (Enter)"))
        self.file_button.setAccessibleName(self.tr("File the entry"))
        self.file_button.setProperty("primary", True)
        self.file_button.setMinimumHeight(44)
        self.file_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.file_button.clicked.connect(lambda: self.submitted.emit(self.line.text()))
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Shorthand and keys"))
        self.legend.setText(self.legend_html())

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.voice_chip)
        row.addWidget(self.kind_chip)
        row.addWidget(self.line, 1)
        row.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.legend)
        self._show_chips()

    def set_voice(self, voice: Voice | None) -> None:
        """Make ``voice`` the party for the following entries; the same key again clears it."""
        self.voice = None if voice == self.voice else voice
        self._show_chips()

    def set_kind(self, kind: EntryKind | None) -> None:
        """Make ``kind`` the kind for the following entries; the same key again clears it."""
        self.kind = None if kind in (self.kind, EntryKind.OPMERKING) else kind
        self._show_chips()

    def legend_html(self) -> str:
        """The compact legend of prefixes and keys (our own words, so rich text is safe)."""
        who = " · ".join(
            f"<b>{code}:</b> {escape(labels.voice(voice).lower())}"
            for code, voice in VOICE_CODES.items()
        )
        marks = {kind: mark for mark, kind in KIND_MARKS.items()}
        what = " · ".join(
            f"<b>{code}:</b>{f' <b>{mark}</b>' if (mark := marks.get(kind)) else ''}"
            f" {escape(labels.kind(kind).lower())}"
            for code, kind in KIND_CODES.items()
        )
        letters = " ".join(keys.letter(sequence) for sequence in keys.KIND_KEYS.values())
        keep_voice = self.tr("keep with Ctrl+1…4, clear with Ctrl+0")
        keep_kind = self.tr("keep with Alt+{0}").format(letters)
        action = self.tr(
            "@name owner · #dd-mm due date · \\ at the start: no shorthand · Tab completes"
        )
        undo = self.tr("Ctrl+Z undoes the last entry")
        who_title, kind_title, action_title = self.tr("Who"), self.tr("Kind"), self.tr("Action")
        muted = COLOURS.muted
        return (
            "<div style='line-height:140%'>"
            f"<b>{escape(who_title)}</b>&nbsp; {who}"
            f" <span style='color:{muted}'>({escape(keep_voice)})</span><br>"
            f"<b>{escape(kind_title)}</b>&nbsp; {what}"
            f" <span style='color:{muted}'>({escape(keep_kind)})</span><br>"
            f"<b>{escape(action_title)}</b>&nbsp; {escape(action)}"
            f" <span style='color:{muted}'>· {escape(undo)}</span></div>"
        )

    def _chip(self, name: str) -> QToolButton:
        chip = QToolButton()
        chip.setAccessibleName(name)
        chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chip.setMinimumHeight(44)
        chip.setMinimumWidth(120)
        return chip

    def _show_chips(self) -> None:
        if self.voice is None:
            voice_text = self.tr("Who: —")
            colour, text_colour = COLOURS.surface_alt, COLOURS.muted
        else:
            voice_text = self.tr("Who: {0}").format(labels.voice(self.voice))
            colour, text_colour = COLOURS.party(self.voice.value), "#FFFFFF"
        self.voice_chip.setText(voice_text)
        self.voice_chip.setToolTip(self.tr("Party for the next entries; click to clear"))
        self.voice_chip.setStyleSheet(self._chip_style(colour, text_colour))
        kind = self.kind or EntryKind.OPMERKING
        self.kind_chip.setText(self.tr("Kind: {0}").format(labels.kind(kind)))
        self.kind_chip.setToolTip(self.tr("Kind of the next entries; click to clear"))
        strong = self.kind is not None
        self.kind_chip.setStyleSheet(
            self._chip_style(
                COLOURS.accent if strong else COLOURS.surface_alt,
                "#FFFFFF" if strong else COLOURS.muted,
            )
        )

    @staticmethod
    def _chip_style(background: str, text: str) -> str:
        return (
            f"QToolButton {{ background: {background}; color: {text}; border-radius: 16px;"
            f" padding: 6px 14px; font-weight: bold; border: 1px solid {COLOURS.border}; }}"
        )
