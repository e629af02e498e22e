"""Browsing the library of session formats while planning: search, filter, read, add.

The dialog lists the formats that match the search words (in title, summary and steps) and the
filters (category, worksheet, length, group size); the chosen format's page shows its summary,
preparation, materials and every step with minutes, room prompt and instructions. The whole
format, or the steps ticked in its step list, are added to the agenda as one agenda item; the
dialog stays open for the next one. Everything works from the keyboard: type to search, the
arrow keys move through the formats, Alt+W adds the whole format, Space ticks a step and
Alt+S adds the ticked steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...library import CATEGORIES, Library, SessionFormat
from ..common.widgets import button, combo, label

KEY_ROLE = Qt.ItemDataRole.UserRole
LENGTHS = (15, 30, 60, 90, 120)

Add = Callable[[str, dict], object]
"""Adds an agenda item: an undo text and the keywords for ``add_agenda_item``."""


def matches(fmt: SessionFormat, words: list[str]) -> bool:
    """Whether every search word occurs in the format's title, summary or steps."""
    haystack = " ".join(
        [fmt.title, fmt.summary, fmt.key, fmt.preparation, *fmt.all_materials]
        + [f"{s.title} {s.prompt} {s.instructions}" for s in fmt.steps]
    ).casefold()
    return all(word in haystack for word in words)


class LibraryBrowser(QDialog):
    """Search, filter and read the session formats, and add them to a meeting's agenda."""

    def __init__(
        self,
        library: Library,
        add: Add,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._add = add
        self.setWindowTitle(self.tr("Library of session formats"))
        self.setAccessibleName(self.tr("Library of session formats"))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        filters = QGridLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the session formats"))
        self.search.setPlaceholderText(self.tr("Search: words from the title, summary or steps"))
        self.search.setClearButtonEnabled(True)
        self.category = combo(self.tr("Kind of session format"), 12)
        self.category.addItem(self.tr("Every kind"), None)
        for key in CATEGORIES:
            self.category.addItem(category_title(key), key)
        self.theme = combo(self.tr("Worksheet"), 12)
        self.theme.addItem(self.tr("Every worksheet"), None)
        for sheet in library.worksheets():
            self.theme.addItem(sheet.title, sheet.key)
        self.length = combo(self.tr("Length"), 10)
        self.length.addItem(self.tr("Any length"), None)
        for minutes in LENGTHS:
            self.length.addItem(self.tr("At most %1 min").replace("%1", str(minutes)), minutes)
        self.group = QSpinBox()
        self.group.setRange(0, 200)
        self.group.setSpecialValueText(self.tr("any group"))
        self.group.setSuffix(self.tr(" people"))
        self.group.setAccessibleName(self.tr("Group size"))
        filters.addWidget(self.search, 0, 0, 1, 4)
        filters.addWidget(self.category, 1, 0)
        filters.addWidget(self.theme, 1, 1)
        filters.addWidget(self.length, 1, 2)
        filters.addWidget(self.group, 1, 3)
        layout.addLayout(filters)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.count = label("", "muted")
        self.formats = QListWidget()
        self.formats.setAccessibleName(self.tr("Session formats found"))
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.formats, 1)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.page.setAccessibleName(self.tr("The session format in full"))
        right_layout.addWidget(self.page, 3)
        right_layout.addWidget(label(self.tr("Steps (Space ticks a step)"), "subheading"))
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps of the session format"))
        right_layout.addWidget(self.steps, 1)
        buttons = QHBoxLayout()
        # Shortcuts rather than mnemonics: they work wherever the focus is in the dialog.
        self.add_format_button = button(
            self.tr("Add whole format"), primary=True, tip=self.tr("Alt+W")
        )
        self.add_steps_button = button(self.tr("Add ticked steps"), tip=self.tr("Alt+S"))
        buttons.addWidget(self.add_format_button)
        buttons.addWidget(self.add_steps_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setSizes([380, 720])
        layout.addWidget(splitter, 1)
        self.added = label("", "muted")
        layout.addWidget(self.added)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.search.textChanged.connect(self.refilter)
        for box in (self.category, self.theme, self.length):
            box.currentIndexChanged.connect(self.refilter)
        self.group.valueChanged.connect(self.refilter)
        self.formats.currentItemChanged.connect(self._show_current)
        self.steps.itemChanged.connect(self._update_buttons)
        self.add_format_button.clicked.connect(self.add_whole_format)
        self.add_steps_button.clicked.connect(self.add_ticked_steps)
        QShortcut(QKeySequence("Alt+W"), self, self.add_whole_format)
        QShortcut(QKeySequence("Alt+S"), self, self.add_ticked_steps)
        self.search.installEventFilter(self)
        self.refilter()
        self.search.setFocus()

    # -- finding -------------------------------------------------------------------------------

    def visible_keys(self) -> list[str]:
        """The keys of the formats listed now, in order."""
        return [self.formats.item(row).data(KEY_ROLE) for row in range(self.formats.count())]

    def refilter(self) -> None:
        """List the formats that match the search words and every filter."""
        current = self.current_format()
        words = self.search.text().casefold().split()
        category, theme = self.category.currentData(), self.theme.currentData()
        length, people = self.length.currentData(), self.group.value()
        self.formats.blockSignals(True)
        self.formats.clear()
        for fmt in self.library.formats:
            if category and fmt.category != category:
                continue
            if theme and fmt.theme != theme and all(s.capture != theme for s in fmt.steps):
                continue
            if length and fmt.total_minutes > length:
                continue
            if people and not fmt.fits_group(people):
                continue
            if words and not matches(fmt, words):
                continue
            item = QListWidgetItem(
                self.tr("%1 · %2 min · %3")
                .replace("%1", fmt.title)
                .replace("%2", str(fmt.total_minutes))
                .replace("%3", category_title(fmt.category))
            )
            item.setData(KEY_ROLE, fmt.key)
            self.formats.addItem(item)
        self.formats.blockSignals(False)
        self.count.setText(self.tr("%n session format(s)", "", self.formats.count()))
        keys = self.visible_keys()
        row = keys.index(current.key) if current and current.key in keys else 0
        self.formats.setCurrentRow(row if keys else -1)
        self._show_current()

    def current_format(self) -> SessionFormat | None:
        """The format whose page is shown, or None."""
        item = self.formats.currentItem()
        return self.library.format(item.data(KEY_ROLE)) if item is not None else None

    # -- adding --------------------------------------------------------------------------------

    def add_whole_format(self) -> None:
        """Add the shown format as one agenda item with all its steps."""
        fmt = self.current_format()
        if fmt is None:
            return
        self._add(self.tr("Add session format %1").replace("%1", fmt.title), fmt.agenda_item())
        self.added.setText(self.tr("Added: %1").replace("%1", fmt.title))

    def add_ticked_steps(self) -> None:
        """Add the ticked steps of the shown format: one step as an item of its own, more as
        one item named after the format."""
        fmt = self.current_format()
        chosen = self.ticked_steps()
        if fmt is None or not chosen:
            return
        if len(chosen) == 1:
            [step] = [s for s in fmt.steps if s.key == chosen[0]]
            fields: dict = step.agenda_fields(fmt.key)
            title = step.title
        else:
            fields, title = fmt.agenda_item(tuple(chosen)), fmt.title
        self._add(self.tr("Add agenda item"), fields)
        self.added.setText(self.tr("Added: %1").replace("%1", title))
        for row in range(self.steps.count()):
            self.steps.item(row).setCheckState(Qt.CheckState.Unchecked)

    def ticked_steps(self) -> list[str]:
        """Keys of the ticked steps, in the format's order."""
        return [
            self.steps.item(row).data(KEY_ROLE)
            for row in range(self.steps.count())
            if self.steps.item(row).checkState() == Qt.CheckState.Checked
        ]

    # -- showing -------------------------------------------------------------------------------

    def _show_current(self, *_args: object) -> None:
        fmt = self.current_format()
        self.steps.blockSignals(True)
        self.steps.clear()
        if fmt is None:
            nothing = self.tr("No session format matches. Try other words or filters.")
            self.page.setHtml(f"<p>{escape(nothing)}</p>")
        else:
            self.page.setHtml(self.format_html(fmt))
            for step in fmt.steps:
                item = QListWidgetItem(
                    self.tr("%1 (%2 min)")
                    .replace("%1", step.title)
                    .replace("%2", str(step.minutes))
                )
                item.setData(KEY_ROLE, step.key)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Unchecked)
                self.steps.addItem(item)
            self.steps.setCurrentRow(0)
        self.steps.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.add_format_button.setEnabled(self.current_format() is not None)
        self.add_steps_button.setEnabled(bool(self.ticked_steps()))

    def format_html(self, fmt: SessionFormat) -> str:
        """The format's page: summary, length and group, preparation, materials and steps."""
        preparation, materials, steps = (
            self.tr("Preparation"),
            self.tr("Materials"),
            self.tr("Steps"),
        )
        on_screen, materials_line = self.tr("On the screen:"), self.tr("Materials:")
        parts = [f"<h2>{escape(fmt.title)}</h2>"]
        facts = [
            self.tr("%n minutes", "", fmt.total_minutes),
            category_title(fmt.category),
            self.group_text(fmt),
        ]
        if fmt.origin == "eigen":
            facts.append(self.tr("your own session format"))
        parts.append(f"<p><i>{escape(' · '.join(facts))}</i></p>")
        parts.append(_paragraphs(fmt.summary))
        if fmt.preparation:
            parts.append(f"<h3>{escape(preparation)}</h3>")
            parts.append(_paragraphs(fmt.preparation))
        if fmt.all_materials:
            parts.append(f"<h3>{escape(materials)}</h3><ul>")
            parts.extend(f"<li>{escape(item)}</li>" for item in fmt.all_materials)
            parts.append("</ul>")
        parts.append(f"<h3>{escape(steps)}</h3>")
        for number, step in enumerate(fmt.steps, start=1):
            length = self.tr("%n min", "", step.minutes)
            parts.append(f"<h4>{number}. {escape(step.title)} ({escape(length)})</h4>")
            prompt = "<br>".join(escape(line) for line in step.prompt.split("\n"))
            parts.append(f"<p><b>{escape(on_screen)}</b> <i>{prompt}</i></p>")
            parts.append(_paragraphs(step.instructions))
            if step.materials:
                listed = escape(", ".join(step.materials))
                parts.append(f"<p><b>{escape(materials_line)}</b> {listed}</p>")
        return "".join(parts)

    def group_text(self, fmt: SessionFormat) -> str:
        """For how many people the format works."""
        if fmt.group_size is None:
            return self.tr("any group size")
        low, high = fmt.group_size
        return self.tr("%1 to %2 people").replace("%1", str(low)).replace("%2", str(high))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Up, Down, Page Up and Page Down in the search field move through the formats."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                self.formats.event(QKeyEvent(event.type(), event.key(), event.modifiers()))
                return True
        return False


def category_title(key: str) -> str:
    """The name of a kind of session format, as the planner shows it."""
    source = _CATEGORY_TITLES.get(key)
    return QCoreApplication.translate("Categories", source) if source else key


def _paragraphs(text: str) -> str:
    """Library text (Markdown-ish, our own) as escaped paragraphs and list items."""
    html, in_list = [], False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped[:2] in ("- ", "* "):
            if not in_list:
                html.append("<ul>")
                in_list = True
            html.append(f"<li>{_plain(stripped[2:])}</li>")
            continue
        if in_list:
            html.append("</ul>")
            in_list = False
        if stripped:
            html.append(f"<p>{_plain(stripped)}</p>")
    if in_list:
        html.append("</ul>")
    return "".join(html)


_CATEGORY_TITLES = {
    "opening": QT_TRANSLATE_NOOP("Categories", "Opening"),
    "kennismaken": QT_TRANSLATE_NOOP("Categories", "Getting to know each other"),
    "overleg": QT_TRANSLATE_NOOP("Categories", "Regular meeting"),
    "scenario": QT_TRANSLATE_NOOP("Categories", "Scenarios"),
    "komedie": QT_TRANSLATE_NOOP("Categories", "Comedy"),
    "herstel": QT_TRANSLATE_NOOP("Categories", "Repair"),
    "stappen": QT_TRANSLATE_NOOP("Categories", "Step by step"),
    "evaluatie": QT_TRANSLATE_NOOP("Categories", "Evaluation"),
    "afspraken": QT_TRANSLATE_NOOP("Categories", "Agreements"),
    "verhaal": QT_TRANSLATE_NOOP("Categories", "Shared story"),
    "thema": QT_TRANSLATE_NOOP("Categories", "Theme"),
    "afsluiting": QT_TRANSLATE_NOOP("Categories", "Closing"),
}
_EMPHASIS = re.compile(r"\*{1,2}([^*]+)\*{1,2}")


def _plain(text: str) -> str:
    """Escaped text without the Markdown emphasis marks."""
    return escape(_EMPHASIS.sub(r"\1", text))
