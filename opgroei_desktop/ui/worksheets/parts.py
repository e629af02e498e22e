"""Building blocks the worksheet widgets share: status chips, rows kept per id so a refresh
never throws away what someone is typing, and the one way to run an undoable edit."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.vocab import AgreementStatus
from ..common.widgets import button, label
from ..theme import COLOURS, Colours

__all__ = [
    "Chip",
    "KeyedRows",
    "button",
    "compact_button",
    "label",
    "line_edit",
    "set_style",
    "status_chip",
    "worksheet_style",
]

S = AgreementStatus

_STATUS_COLOURS = {
    S.VOORSTEL: (COLOURS.verhelderen, COLOURS.verhelderen_soft),
    S.AKKOORD_GEMEENTE: (COLOURS.gemeente, COLOURS.accent_soft),
    S.AKKOORD_INITIATIEF: (COLOURS.initiatief, COLOURS.warning_soft),
    S.AKKOORD_BEIDEN: (COLOURS.ok, COLOURS.ok_soft),
    S.VASTGELEGD: (COLOURS.ok, COLOURS.ok_soft),
    S.TE_EVALUEREN: (COLOURS.accent, COLOURS.accent_soft),
    S.GEEVALUEERD: (COLOURS.muted, COLOURS.surface_alt),
}


class Chip(QLabel):
    """A small coloured label that always says in words what its colour means."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(self.sizePolicy().Policy.Maximum, self.sizePolicy().Policy.Fixed)


def status_chip(chip: Chip, status: str, text: str) -> None:
    """Show an agreement status on ``chip``: in words, coloured by ``worksheet_style``."""
    chip.setText(text)
    set_style(chip, "status", status)


def set_style(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on, re-styling only when it changed.

    One style sheet on the worksheet with property selectors is much cheaper than a style
    sheet per row: a sheet with hundreds of rows opens noticeably faster.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def worksheet_style(c: Colours = COLOURS) -> str:
    """The worksheet's own rules on top of the app's theme: chips, row borders, choices."""
    rules = [
        "Chip { border-radius: 10px; padding: 2px 10px; font-weight: bold;"
        f" color: {c.muted}; background: {c.surface_alt}; border: 1px solid {c.muted}; }}",
        f"EntryRow {{ border-left: 4px solid {c.procesbegeleider}; }}",
        f"HistoryRow {{ border-left: 3px solid {c.border}; }}",
        'AgreementRow[chosen="true"], MilestoneRow[chosen="true"]'
        f" {{ border: 2px solid {c.focus}; }}",
        f'ChallengeCard[plays="true"] {{ border-left: 5px solid {c.verhelderen}; }}',
        'QPushButton[compact="true"] { padding: 4px 6px; min-width: 24px; }',
    ]
    for status, (foreground, background) in _STATUS_COLOURS.items():
        rules.append(
            f'Chip[status="{status}"] {{ color: {foreground}; background: {background};'
            f" border: 1px solid {foreground}; }}"
        )
    for voice in ("gemeente", "initiatief", "samen"):
        rules.append(f'EntryRow[voice="{voice}"] {{ border-left: 4px solid {c.party(voice)}; }}')
    return "\n".join(rules)


def compact_button(text: str, accessible: str, tip: str) -> QPushButton:
    """A square-ish button for a sign such as ✕, still large enough to hit (36 px)."""
    widget = button(text, accessible, tip=tip)
    widget.setProperty("compact", True)
    widget.setFixedWidth(40)
    return widget


def line_edit(placeholder: str, accessible: str, text: str = "") -> QLineEdit:
    """A one-line input with a hint and an accessible name."""
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    return edit


class KeyedRows(QFrame):
    """A column of row widgets, one per key, kept across refreshes.

    ``make_row(value)`` builds a row showing ``value``; rows have ``show_value(value)``.
    ``sync`` adds rows for new keys, updates existing rows in place, removes rows whose key
    is gone and restores the order; a row being edited keeps its widgets (and its text).
    """

    def __init__(self, make_row: Callable[[Any], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make_row = make_row
        self.rows: dict[Hashable, QWidget] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(6)

    def ordered(self) -> list[QWidget]:
        """The rows in the order they are shown."""
        return [self.column.itemAt(index).widget() for index in range(self.column.count())]

    def sync(self, values: Iterable[tuple[Hashable, Any]]) -> None:
        wanted = list(values)
        keys = {key for key, _value in wanted}
        for key in [key for key in self.rows if key not in keys]:
            row = self.rows.pop(key)
            self.column.removeWidget(row)
            row.deleteLater()
        for index, (key, value) in enumerate(wanted):
            row = self.rows.get(key)
            if row is None:
                row = self.rows[key] = self.make_row(value)
            else:
                row.show_value(value)  # type: ignore[attr-defined]
            if self.column.indexOf(row) != index:
                self.column.removeWidget(row)
                self.column.insertWidget(index, row)
        if self.isHidden() == bool(wanted):
            self.setVisible(bool(wanted))
