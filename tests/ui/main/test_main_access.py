"""Language and access: a complete Dutch translation, the settings dialog, keyboard paths and
accessible names on everything a user can operate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from opgroei_desktop.core.services import people
from opgroei_desktop.ui.i18n import TsTranslator, read_ts, translation_files

ROOT = Path(__file__).resolve().parents[3]
SOURCES = [
    ROOT / "opgroei_desktop" / "app.py",
    ROOT / "opgroei_desktop" / "ui" / "main_window.py",
    *sorted((ROOT / "opgroei_desktop" / "ui" / "main").glob("*.py")),
]
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def every_page(window):
    for name in ("people", "meetings", "details", "overview"):
        window.view.show_page(name)
    return window


def test_the_dutch_file_is_complete_and_up_to_date(tmp_path):
    """If this fails, Dutch users see English words in the main window."""
    fresh = tmp_path / "fresh_nl.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    subprocess.run(
        [str(lupdate), *map(str, SOURCES), "-ts", str(fresh), "-target-language", "nl"],
        check=True,
        capture_output=True,
    )
    wanted = set(read_ts_sources(fresh))
    translated = {key for path in translation_files("nl") for key in read_ts(path)}
    assert wanted - translated == set()


def read_ts_sources(path):
    import xml.etree.ElementTree as ElementTree

    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield (name, message.findtext("source", ""))


def test_no_english_is_left_on_screen_in_dutch(qapp, make_window, store, trajectory):
    """If this fails, a string escaped translation (for instance a tr() inside an f-string)."""
    translator = TsTranslator("nl")
    english = english_plain(source for (_context, source) in translator.messages) - english_plain(
        forms[0] for forms in translator.messages.values()
    )
    qapp.installTranslator(translator)
    try:
        people.add_person(store, trajectory, name="Anna", party="gemeente")
        window = every_page(make_window(open_trajectory=trajectory))
        shown = set()
        for widget in window.findChildren(QWidget):
            if isinstance(widget, (QLabel, QAbstractButton)):
                shown.add(widget.text().replace("&", ""))
        for action in window.findChildren(type(window.commands.undo)):
            shown.add(action.text().replace("&", ""))
        for bar in window.findChildren(QTabBar):
            shown.update(bar.tabText(i).replace("&", "") for i in range(bar.count()))
        leftovers = {text for text in shown if text in english}
        assert leftovers == set()
    finally:
        qapp.removeTranslator(translator)


def english_plain(sources):
    return {source.replace("&", "") for source in sources if "%" not in source}


def test_every_control_has_an_accessible_name(make_window, store, trajectory):
    """If this fails, a screen-reader user meets an unnamed control."""
    people.add_person(store, trajectory, name="Anna", party="gemeente")
    window = every_page(make_window(open_trajectory=trajectory))
    nameless = [
        f"{type(widget).__name__} in {type(widget.parent()).__name__}"
        for widget in window.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.isVisibleTo(window)
        and not widget.accessibleName()
        and not _qt_internal(widget)
    ]
    assert nameless == []


def _qt_internal(widget):
    """Parts Qt builds inside its own widgets (a spin box's editor, a view's scroll buttons)."""
    parent = widget.parent()
    return isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)) or (
        widget.objectName().startswith("qt_")
    )


def test_every_menu_command_has_a_mnemonic_and_the_frequent_ones_a_shortcut(window):
    """If this fails, someone without a mouse cannot reach a command."""
    for action in window.commands.all():
        assert "&" in action.text(), action.text()
        assert action.objectName()
    for action in (
        window.commands.undo,
        window.commands.redo,
        window.commands.save,
        window.commands.new_trajectory,
        *window.commands.pages,
    ):
        assert not action.shortcut().isEmpty(), action.text()
    assert {s.toString() for s in window.commands.redo.shortcuts()} >= {"Ctrl+Shift+Z", "Ctrl+Y"}


def test_settings_offer_no_language_choice(window):
    """If this fails, a facilitator could pick English and get Dutch content in an English frame."""
    dialog = window.open_settings()
    assert not hasattr(dialog, "language")
    texts = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert not texts & {"Language", "Taal"}
    dialog.reject()
