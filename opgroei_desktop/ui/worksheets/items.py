"""Structured lines on a DOEN worksheet (a value, a decision route, a document, a working group),
edited in place: typing is saved after a pause and undone as one step.

The work structure on 'borgen' has fields of its own, because the agreement drafts build their
articles from them: whether a line is a body or a role, what it decides (or does), the body it
falls under or serves or that takes a decision, and the term of a decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from ...core.services import worksheet_data
from ...core.views import WorksheetItemView
from ...worksheets.sheet import SectionShape
from ..common.autosave import AutoSaver
from ..common.context import Workbench
from . import labels
from .edits import SheetEdits
from .parts import KeyedRows, button, compact_button, line_edit

_CONTEXT = "WorksheetItems"

# (title hint, text hint) per section: what a line in that section holds.
_HINTS: dict[str, tuple[str, str]] = {
    "waarden_doelen": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Value or goal"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Explanation"),
    ),
    "werkwijze": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Decision route"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Usual lead time, e.g. 3 to 6 months"),
    ),
    "risico": (
        QT_TRANSLATE_NOOP("WorksheetItems", "What could happen"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Explanation"),
    ),
    "rollen": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Role"),
        QT_TRANSLATE_NOOP("WorksheetItems", "In which project phase"),
    ),
    "ervaringen": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Experience"),
        QT_TRANSLATE_NOOP("WorksheetItems", "What we take from it"),
    ),
    "stappen": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Step or project"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Who leads, who joins, what it delivers"),
    ),
    "documenten": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Document"),
        QT_TRANSLATE_NOOP("WorksheetItems", "What it records"),
    ),
    "werkstructuur": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Name of the body, or the role"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Note for yourselves (not in the agreement)"),
    ),
    "besluitvorming": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Which decision"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Note for yourselves (not in the agreement)"),
    ),
    "financiering_samenwerking": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Source of money"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Amount and conditions"),
    ),
    "naam_slogan": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Proposed name or slogan"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Who proposed it, and why"),
    ),
    "verhaal": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Message"),
        QT_TRANSLATE_NOOP("WorksheetItems", "The core, in plain words"),
    ),
    "communicatie": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Where we tell it"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Who takes care of it"),
    ),
    "vieren": (
        QT_TRANSLATE_NOOP("WorksheetItems", "Milestone to celebrate"),
        QT_TRANSLATE_NOOP("WorksheetItems", "How we celebrate it"),
    ),
}
_DEFAULT_HINTS = (
    QT_TRANSLATE_NOOP("WorksheetItems", "Title"),
    QT_TRANSLATE_NOOP("WorksheetItems", "Explanation"),
)


# (label, hint) per field of the work structure, by section.
_FIELDS: dict[tuple[str, str], tuple[str, str]] = {
    ("werkstructuur", "decides"): (
        QT_TRANSLATE_NOOP("WorksheetItems", "Decides on / tasks"),
        QT_TRANSLATE_NOOP("WorksheetItems", "What this body decides, or what this role does"),
    ),
    ("werkstructuur", "body"): (
        QT_TRANSLATE_NOOP("WorksheetItems", "Falls under / works for"),
        QT_TRANSLATE_NOOP("WorksheetItems", "e.g. the steering group (optional)"),
    ),
    ("besluitvorming", "body"): (
        QT_TRANSLATE_NOOP("WorksheetItems", "Decided by"),
        QT_TRANSLATE_NOOP("WorksheetItems", "Which body takes this decision"),
    ),
    ("besluitvorming", "term"): (
        QT_TRANSLATE_NOOP("WorksheetItems", "Within"),
        QT_TRANSLATE_NOOP("WorksheetItems", "e.g. six weeks"),
    ),
}

_USUAL_BODIES = (
    QT_TRANSLATE_NOOP("WorksheetItems", "steering group"),
    QT_TRANSLATE_NOOP("WorksheetItems", "mayor and aldermen"),
    QT_TRANSLATE_NOOP("WorksheetItems", "municipal council"),
    QT_TRANSLATE_NOOP("WorksheetItems", "board of the cooperative"),
    QT_TRANSLATE_NOOP("WorksheetItems", "general members' meeting"),
)
"""Offered while typing which body; any other name can be typed."""


def field_text(section: str, name: str) -> tuple[str, str]:
    """The translated (label, hint) of a work-structure field."""
    found = _FIELDS.get((section, name), (name, ""))
    return (
        QCoreApplication.translate(_CONTEXT, found[0]),
        QCoreApplication.translate(_CONTEXT, found[1]),
    )


def _body_completer(parent: QWidget) -> QCompleter:
    names = [QCoreApplication.translate(_CONTEXT, name) for name in _USUAL_BODIES]
    completer = QCompleter(QStringListModel(names, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def _field_edit(section: str, name: str, parent: QWidget) -> QLineEdit:
    text, hint = field_text(section, name)
    edit = line_edit(hint, text)
    if name == "body":
        edit.setCompleter(_body_completer(parent))
    return edit


def _kind_box(accessible: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    # Narrow enough for three party columns side by side at 1280 pixels.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(10)
    for code in labels.WORK_KINDS:
        box.addItem(labels.work_kind(code), code)
    return box


def hints(section: str) -> tuple[str, str]:
    """The translated (title, text) hints for a section's lines."""
    title, text = _HINTS.get(section, _DEFAULT_HINTS)
    return (
        QCoreApplication.translate(_CONTEXT, title),
        QCoreApplication.translate(_CONTEXT, text),
    )


def _state_box(shape: SectionShape, accessible: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    box.addItem("—", "")
    for code in shape.states:
        box.addItem(labels.item_state(code), code)
    box.setVisible(bool(shape.states))
    return box


class ItemRow(QFrame):
    """One line, editable in place; deleting can be undone."""

    def __init__(
        self, item: WorksheetItemView, shape: SectionShape, work: Workbench, edits: SheetEdits
    ) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.item_id = item.id
        title_hint, text_hint = hints(item.section)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.title = line_edit(title_hint, title_hint)
        self.text = line_edit(text_hint, text_hint)
        self.state = _state_box(shape, self.tr("State"))
        self.shared = QCheckBox(self.tr("Shared by both"))
        self.shared.setVisible(shape.shared)
        self.on_date = line_edit(self.tr("dd-mm-yyyy"), self.tr("Date"))
        self.on_date.setMaximumWidth(130)
        self.on_date.setVisible(shape.dated)
        self.delete_button = compact_button(
            "✕", self.tr("Delete line"), self.tr("Delete this line (Ctrl+Z undoes it)")
        )
        self.delete_button.clicked.connect(lambda: edits.delete_item(self.item_id))
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.state, 0, 1)
        grid.addWidget(self.delete_button, 0, 2)
        # On the work structure the fields the agreement uses come first, the own note last.
        structured = shape.kinds or bool(shape.fields)
        grid.addWidget(self.text, *((3, 0, 1, 3) if structured else (1, 0)))
        grid.addWidget(self.shared, 1, 1, 1, 2)
        grid.addWidget(self.on_date, 1, 1, 1, 2)
        grid.setColumnStretch(0, 1)
        self.kind = _kind_box(self.tr("Body or role"))
        self.kind.setVisible(shape.kinds)
        self.extra = {name: _field_edit(item.section, name, self) for name in shape.fields}
        if structured:
            form = QFormLayout()
            form.setContentsMargins(0, 0, 0, 0)
            form.setSpacing(2)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            if shape.kinds:
                form.addRow(self.tr("Kind"), self.kind)
            for name, edit in self.extra.items():
                form.addRow(field_text(item.section, name)[0], edit)
            grid.addLayout(form, 2, 0, 1, 3)
        self.saver = AutoSaver(
            work, worksheet_data.update_item, self.tr("Edit worksheet line"), self
        )
        if shape.kinds:
            self.saver.bind("kind", self.kind)
        for name, edit in self.extra.items():
            self.saver.bind(name, edit)
        self.saver.bind("title", self.title)
        self.saver.bind("text", self.text)
        self.saver.bind("state", self.state)
        self.saver.bind("shared", self.shared)
        self.saver.bind_custom(
            "on_date",
            self.on_date,
            self.on_date.text,
            self.on_date.setText,
            self.on_date.textChanged,
        )
        self.show_value(item)

    def show_value(self, item: WorksheetItemView) -> None:
        self.saver.load(
            item.id,
            {
                "title": item.title,
                "text": item.text,
                "state": item.state,
                "shared": item.shared,
                "on_date": labels.day(item.on_date),
                "kind": item.kind or "orgaan",
                **{name: getattr(item, name) for name in self.extra},
            },
            item.row_version,
        )
        self.delete_button.setAccessibleName(self.tr("Delete line: %1").replace("%1", item.title))


class ItemAdder(QWidget):
    """A new line for a section: its party when the section is per party, whether it is a body
    or a role on the work structure, its title and the field that matters most beside it."""

    def __init__(
        self,
        section: str,
        shape: SectionShape,
        add: Callable[[dict[str, Any]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.add = add
        title_hint, text_hint = hints(section)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("For which party"))
        for code in ("gemeente", "initiatief"):
            self.party.addItem(labels.party(code), code)
        self.party.addItem(self.tr("Both / other"), None)
        self.party.setVisible(shape.by_party)
        self.kind = _kind_box(self.tr("Body or role"))
        self.kind.setVisible(shape.kinds)
        self.title = line_edit(self.tr("New: %1").replace("%1", title_hint.lower()), title_hint)
        self.lead_name = shape.lead
        if shape.lead == "text":
            self.lead = line_edit(text_hint, text_hint)
        else:
            self.lead = _field_edit(section, shape.lead, self)
        self.add_button = button(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add line: %1").replace("%1", title_hint))
        for edit in (self.title, self.lead):
            edit.returnPressed.connect(self.submit)
        self.add_button.clicked.connect(self.submit)
        layout.addWidget(self.party)
        layout.addWidget(self.kind)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.lead, 3)
        layout.addWidget(self.add_button)
        self.by_party = shape.by_party
        self.kinds = shape.kinds

    def submit(self) -> None:
        fields = {"title": self.title.text(), self.lead_name: self.lead.text()}
        if self.by_party:
            fields["party"] = self.party.currentData()
        if self.kinds:
            fields["kind"] = self.kind.currentData()
        if self.add(fields):
            self.title.clear()
            self.lead.clear()
            self.title.setFocus()


class ItemGroup(KeyedRows):
    """The lines of a section (or of one party within it)."""

    def __init__(self, shape: SectionShape, work: Workbench, edits: SheetEdits) -> None:
        super().__init__(lambda item: ItemRow(item, shape, work, edits))

    def show_items(self, items: Iterable[WorksheetItemView]) -> None:
        self.sync((item.id, item) for item in items)
